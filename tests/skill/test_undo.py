""" "Undo that" and "that wasn't me", typed as people say them, through the simulator and the real skill."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_couple, make_entry
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, TODAY, Talk, contract, entries, home, skill
from trust_tracker.models import tracking
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.models.stat_entities import RemovedEntry
from trust_tracker.skill.dialog import FLOW

__all__ = ["contract", "home", "skill"]  # fixtures shared with the conversation tests


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


@pytest.mark.parametrize("undo", ["undo that", "scratch that", "delete my last entry", "take that back"])
def test_undo_that_removes_the_speakers_last_entry_after_a_yes(session, contract, alex_talks, undo) -> None:
    said = alex_talks("I kept my promise to call when late")
    assert "call when late" in said.speech
    asked = alex_talks(undo)
    assert asked.open and "says you kept your promise to call when late" in asked.speech and "remove" in asked.speech
    done = alex_talks("yes")
    assert not done.open and done.speech.startswith("Removed the entry saying you kept your promise to call when late.")
    assert entries(session) == []
    assert len(session.scalars(select(RemovedEntry)).all()) == 1  # the site can still bring it back


def test_no_leaves_the_entry_as_it_was(session, contract, alex_talks) -> None:
    alex_talks("log a small win we talked calmly")
    alex_talks("undo that")
    said = alex_talks("no")
    assert said.speech == SAY("undo_kept") and not said.open
    assert [e.kind for e in entries(session)] == [LogKind.SMALL_WIN]


@pytest.mark.parametrize(
    ("logged", "named"),
    [
        ("note a moment of reliability Sam picked me up from the station", "Sam picked you up from the station"),
        ("log a small win we talked calmly", "we talked calmly"),
    ],
)
def test_undo_names_the_moment_or_win_it_would_remove(session, contract, alex_talks, logged, named) -> None:
    """Which moment, so the person can check before saying yes (tester-voice31 E5); a miss's or a
    breach's note is not read aloud here."""
    alex_talks(logged)
    asked = alex_talks("undo that")
    assert asked.open and asked.speech.endswith(f": {named}. Shall I remove it?"), asked.speech
    alex_talks("no")
    assert len(entries(session)) == 1


def test_undo_reaches_back_ten_minutes_and_only_to_the_speakers_own(session, skill, session_factory, home, contract):
    alex, sam = home
    tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.VOICE, note="hers", now=NOW)
    tracking.log_entry(
        session, alex, LogKind.SMALL_WIN, source=Source.VOICE, note="old", now=NOW - timedelta(minutes=11)
    )
    session.flush()
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("undo that")
    assert said.speech == SAY("undo_nothing") and not said.open
    assert len(entries(session)) == 2


def test_a_yes_after_ten_minutes_is_too_late(session, skill, session_factory, home, contract) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("I kept my promise to call when late")
    talk("undo that")
    talk.now = NOW + timedelta(minutes=11)
    said = talk("yes")
    assert said.speech == SAY("undo_too_late")
    assert len(entries(session)) == 1


def test_that_wasnt_me_disputes_the_last_voice_entry_in_the_speakers_name(
    session, skill, session_factory, home, contract
):
    _alex, sam = home
    claimed = tracking.log_entry(
        session,
        sam,
        LogKind.KEPT,
        source=Source.VOICE,
        lineage_id=contract["evening talk"],
        now=NOW - timedelta(days=1),
    )
    session.flush()
    sam_talks = Talk(skill, session_factory, person_id=SAM_VOICE)
    asked = sam_talks("that wasn't me")
    assert asked.open and "says you kept your evening talk" in asked.speech and "on Tuesday" in asked.speech
    said = sam_talks("yes")
    assert said.speech == SAY("not_me_done")
    session.expire_all()
    assert session.get(LogEntry, claimed.id).disputed_at is not None
    assert Talk(skill, session_factory, person_id=SAM_VOICE)("that was not me").speech == SAY("not_me_nothing")


def test_that_wasnt_me_never_touches_a_typed_entry_or_the_partners(session, skill, session_factory, home, contract):
    alex, sam = home
    make_entry(session, sam, LogKind.KEPT, TODAY, source=Source.WEB)
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY, source=Source.VOICE)
    said = Talk(skill, session_factory, person_id=SAM_VOICE)("it wasn't me")
    assert said.speech == SAY("not_me_nothing")
    assert all(e.disputed_at is None for e in entries(session))


def test_a_forged_session_pointing_at_the_partners_entry_changes_nothing(session, contract, home, alex_talks) -> None:
    _alex, sam = home
    theirs = tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.VOICE, note="hers", now=NOW)
    kim, _lee = make_couple(session, "Kim", "Lee")
    other = make_entry(session, kim, LogKind.SMALL_WIN, TODAY, source=Source.VOICE)
    session.flush()
    for entry_id, step in ((theirs.id, "remove?"), (other.id, "dispute?"), ("7", "remove?"), (True, "remove?")):
        alex_talks.conversation.attributes[FLOW] = {"name": "undo", "step": step, "entry": entry_id}
        said = alex_talks("yes")
        assert SAY("lost_place") in said.speech
    session.expire_all()
    assert {e.id for e in entries(session)} == {theirs.id, other.id}
    assert all(e.disputed_at is None for e in entries(session))
