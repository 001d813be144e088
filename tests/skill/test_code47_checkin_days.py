"""The day said with something held at a check-in question (code47): "I missed a promise on Monday" is logged on
Monday, whatever "which one?" asks meanwhile; a hard day held with its day is logged on that day; a bare "yes" to a
"which one?" offering one promise ("Or was it another one you missed: X?") takes X. Speech and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, TODAY, Talk, add_kept, entries
from tests.skill.test_code45_checkin_repairs import week
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill", "week"]

MONDAY, TUESDAY = TODAY - timedelta(days=2), TODAY - timedelta(days=1)  # conversations.TODAY is a Wednesday


def _last(session) -> tuple[object, ...]:
    entry = entries(session)[-1]
    return entry.partner_id, entry.lineage_id, entry.kind, entry.local_date


def _alone(talk: Talk) -> None:
    talk("start our check-in")
    assert talk("no, just me").speech.endswith(f"Question 1: {QUESTIONS[0]}")


@pytest.mark.parametrize(
    ("voice", "name", "locale"),
    [
        (ALEX_VOICE, "Alex", "en-GB"),
        (SAM_VOICE, "Sam", "en-US"),
        (ALEX_VOICE, "Alex", "en-AU"),
        (SAM_VOICE, "Sam", "en-IN"),
    ],
)
@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("I missed a promise on Monday", MONDAY),
        ("i missed my promise yesterday", TUESDAY),
        ("I didn't keep a promise on Tuesday", TUESDAY),
    ],
)
def test_a_miss_held_with_its_day_is_logged_on_that_day(
    session, skill, session_factory, home, week, voice, name, said, day, locale
):
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    _alone(talk)
    assert "Shall I log that" in talk(said).speech
    which = talk("log it")
    assert which.speech.startswith("Which one did you miss") and which.open, which.speech
    logged = talk("call when late")
    assert "Logged: you missed" in logged.speech and logged.speech.endswith(QUESTIONS[0]), logged.speech
    partner = next(p for p in home if p.name == name)
    assert _last(session) == (partner.id, week["call when late"], LogKind.MISSED, day)
    assert answers(session) == []  # held, never saved as the answer


def test_a_bare_yes_to_which_one_keeps_the_day_held(session, skill, session_factory, home, week):
    alex, _ = home
    add_kept(session, alex, week["call when late"], 2)  # Monday's call logged: only the evening talk is open then
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone(talk)
    talk("I missed a promise on Monday")
    assert talk("log it").speech == "Which one did you miss: evening talk?"
    assert "on Monday" in talk("yes").speech
    entry = entries(session)[-1]
    assert (entry.lineage_id, entry.kind, entry.local_date) == (week["evening talk"], LogKind.MISSED, MONDAY)


def test_a_day_said_with_the_promise_wins_over_the_day_held(session, skill, session_factory, home, week):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone(talk)
    talk("I missed a promise on Monday")
    talk("log it")
    assert "Logged: you missed" in talk("call when late yesterday").speech
    assert entries(session)[-1].local_date == TUESDAY


@pytest.mark.parametrize("forged", ["2026-13-01", "2025-01-01", "2026-12-30", 5, ["x"]])
def test_a_forged_day_held_is_no_day(session, skill, session_factory, home, week, forged):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone(talk)
    talk("I missed a promise on Monday")
    talk("log it")
    talk.conversation.attributes["flow"]["held_day"] = forged
    assert "Logged: you missed" in talk("call when late").speech
    assert entries(session)[-1].local_date == TODAY


@pytest.mark.parametrize(
    ("said", "day"), [("yesterday was a really hard day", TUESDAY), ("I had a hard day on Monday", MONDAY)]
)
def test_a_hard_day_held_with_its_day_is_logged_on_that_day(session, skill, session_factory, home, week, said, day):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone(talk)
    held = talk.send(Match("HardDayIntent", {"said": said}))  # the whole sentence, as skill/said_alone.py sends it
    assert "Shall I log a hard day for " in held.speech, held.speech  # voice48: what a yes logs, its day
    logged = talk("yes")
    assert logged.speech.endswith(QUESTIONS[0]) and logged.open, logged.speech
    hard = [e for e in entries(session) if e.kind is LogKind.HARD_DAY]
    assert [(e.partner_id, e.local_date) for e in hard] == [(alex.id, day)]
    assert answers(session) == []


@pytest.mark.parametrize("yes", ["yes", "yeah", "yes please"])
def test_a_bare_yes_to_another_one_offering_one_takes_it(session, skill, session_factory, home, week, yes):
    alex, _ = home
    add_kept(session, alex, week["call when late"], 2)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    said = talk("I didn't call like I promised on Monday")
    assert said.speech.endswith("Or was it another one you missed: evening talk?") and said.open, said.speech
    logged = talk(yes)
    assert "Which one" not in logged.speech and "Logged: you missed your evening talk, on Monday." in logged.speech
    assert _last(session) == (alex.id, week["evening talk"], LogKind.MISSED, MONDAY)


def test_a_no_to_another_one_offering_one_logs_nothing(session, skill, session_factory, home, week):
    alex, _ = home
    add_kept(session, alex, week["call when late"], 2)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("I didn't call like I promised on Monday")
    before = len(entries(session))
    assert talk("no").speech == "Alright, I haven't logged anything."
    assert len(entries(session)) == before


def test_a_yes_to_which_one_offering_several_still_asks_which(session, skill, session_factory, home, week):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    first = talk("I missed a promise")
    assert first.speech.startswith("Which one did you miss") and " or " in first.speech, first.speech
    before = len(entries(session))
    assert talk("yes").speech.startswith("Which one:")
    assert len(entries(session)) == before
