"""Safety in the save path (a sixth tester's #1-#3: words the phrase list missed were offered as a
moment of reliability and saved on "yes", or saved as a reflection). Whatever the skill writes in
someone's own words is read for distress as it is written (skill/saved_words.py). To show the
save path holds on its own, these tests blind the safety handler's reading of the slots: the
words reach the flows as a sentence the list once missed did, and are caught where they are
saved, in every flow that saves free text; nothing is written and the help lines are said."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.factories import agreed_contract
from tests.skill.test_safety import ALEX_VOICE, alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_states import STATES, _link, stored
from trust_tracker.models.entities import LogEntry
from trust_tracker.models.stat_entities import DailyStat
from trust_tracker.skill import carrier_reading, safety
from trust_tracker.skill.distress import Readings, is_distress
from trust_tracker.skill.saved_words import distress_in

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

# Distress of the shapes the tester's were, and everyday words saved in the same places.
HELD = [
    "sam threw a plate at my head last night",
    "i don't see the point of waking up tomorrow",
    "was too scared of what sam would do to me",
]
EVERYDAY = ["sam fixed the side gate", "we booked the dentist for both of us", "being tired after work"]


@pytest.fixture
def blind_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    """The safety handler reads no slot as distress: only the save path is left to hear it."""
    monkeypatch.setattr(safety, "is_distress", lambda *_: False)


def test_the_save_path_reads_the_words_as_the_slots_are_read() -> None:
    assert distress_in("feel like smashing sam's face in", ("Alex", "Sam"))  # the note keeps no "i"
    assert all(distress_in(said, ("Alex", "Sam")) for said in HELD)
    assert not any(distress_in(said, ("Alex", "Sam")) for said in EVERYDAY)


def test_words_kept_with_capitals_are_heard_as_said_in_lower_case() -> None:
    # A voice note is kept as written ("Sam threw ..."): read in lower case, it is heard the same.
    names = ("Alex", "Sam")
    assert all(distress_in(said.capitalize(), names) for said in HELD)
    assert distress_in("Feel Like Smashing Sam's Face In", names)
    assert distress_in("Sam THREW a plate at my head last night", names)
    assert distress_in("Sam threw a plate at my head, l\u00e0st night", names)  # not ASCII: read as it stands
    assert not any(distress_in(said.title(), names) for said in EVERYDAY)


def test_a_note_kept_as_written_is_not_searched_again_after_its_slot() -> None:
    """The readings the slot's check searched answer the saved note's: nothing is read afresh."""
    names = ("Alex", "Sam")
    read = Readings()
    said = "sam was on time for our talk"
    assert not any(is_distress(reading, names, read) for reading in carrier_reading.readings({"note": said}))
    searched = (dict(read.texts), dict(read.said))
    assert not distress_in("Sam was on time for our talk", names, read)
    assert (read.texts, read.said) == searched
    # And the other way: a slot sent with capitals (a test's envelope), its note as kept.
    read = Readings()
    assert not any(
        is_distress(reading, names, read) for reading in carrier_reading.readings({"note": "Sam WAS on time"})
    )
    searched = (dict(read.texts), dict(read.said))
    assert not distress_in("Sam was on time", names, read)
    assert (read.texts, read.said) == searched


# The places free text is saved, the slot it is said into there, and what is said next to save it
# (the speaker named, a held log accepted), if it is not saved at once.
SAVING = [
    ("mid check-in", "AnswerIntent", "answer", None),  # a check-in answer
    ("reflection", "AnswerIntent", "answer", None),  # what triggered a setback
    ("unknown voice", "LogSmallWinIntent", "note", ("IdentifySpeakerIntent", {"name": "Alex"})),  # a small win
    ("mid check-in", "LogReliabilityIntent", "note", ("AMAZON.YesIntent", {})),  # a moment held mid check-in
    ("household, no voices", "LogReliabilityIntent", "note", ("IdentifySpeakerIntent", {"name": "Alex"})),
]


@pytest.mark.usefixtures("blind_slots")
@pytest.mark.parametrize(("state", "intent", "slot", "then_said"), SAVING, ids=[f"{s}-{i}" for s, i, *_ in SAVING])
@pytest.mark.parametrize("said", HELD)
def test_words_missed_when_said_are_caught_where_they_are_saved(
    say, session, couple, state, intent, slot, then_said, said
):
    before, person = STATES[state](say, session, couple)
    kept = stored(session)
    request = envelope(intent, {slot: said}, person_id=person) if before is None else then(before, intent, {slot: said})
    answered = say(request)
    if then_said is not None:
        assert stored(session) == kept
        answered = say(then(answered, *then_said, person_id=person))
    assert_support(answered)
    assert stored(session) == kept


def _offered(say, session: Session, couple, words: str) -> dict:
    _link(session, couple[0], ALEX_VOICE)
    agreed_contract(session, *couple)
    offered = say(envelope("LogKeptIntent", {"commitment": words}))
    assert speech(offered).endswith("Or shall I note it as a moment of reliability?")
    return offered


@pytest.mark.usefixtures("blind_slots")
def test_a_moment_offered_then_accepted_is_read_when_the_yes_saves_it(say, session, couple) -> None:
    """The tester's #1 and #2 path: words offered back as a moment, "yes" said next."""
    offered = _offered(say, session, couple, "sam threw a plate at my head last night")
    assert_support(say(then(offered, "AMAZON.YesIntent")))
    assert count(session, LogEntry) == 0


def test_an_everyday_moment_offered_is_still_saved_on_yes(say, session, couple) -> None:
    offered = _offered(say, session, couple, "sam fixed the side gate")
    assert speech(say(then(offered, "AMAZON.YesIntent"))) == "Noted, a moment of reliability: Sam fixed the side gate."
    assert [e.note for e in session.query(LogEntry)] == ["Sam fixed the side gate"]


@pytest.mark.parametrize(
    "feeling",
    [
        "i feel like going to the beach",
        "i want to learn the guitar",
        "i'm going to repaint the fence",
        "i wish we went out more",
        "i don't see the point of this meeting",
        "what's the point of ironing sheets",
    ],
)
def test_a_feeling_or_a_wish_is_never_offered_as_a_moment(say, session, couple, feeling) -> None:
    _link(session, couple[0], ALEX_VOICE)
    agreed_contract(session, *couple)
    said = speech(say(envelope("LogKeptIntent", {"commitment": feeling})))
    assert "moment of reliability" not in said and "I haven't logged anything" in said
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("said", ["i don't see the point of waking up tomorrow", "i feel like smashing sam's face in"])
def test_the_testers_two_saved_sentences_get_help_and_nothing_is_offered(say, session, couple, said) -> None:
    _link(session, couple[0], ALEX_VOICE)
    agreed_contract(session, *couple)
    helped = say(envelope("LogKeptIntent", {"commitment": said.removeprefix("i ")}))
    assert_support(helped)
    assert speech(say(then(helped, "AMAZON.YesIntent"))).startswith("Let's breathe together.")
    assert count(session, LogEntry) == 0


@pytest.mark.usefixtures("blind_slots")
@pytest.mark.parametrize("said", HELD)
def test_a_moment_said_straight_is_read_before_its_row_is_written(say, session, couple, said) -> None:
    """A moment by a known voice is written by Core (models/entry_writes.py), not flushed: the save
    path's reading runs there too, so the help lines are said and no entry, no figure is written."""
    _link(session, couple[0], ALEX_VOICE)
    kept = stored(session)
    assert_support(say(envelope("LogReliabilityIntent", {"note": said})))
    assert stored(session) == kept
    assert count(session, DailyStat) == 0


def test_an_everyday_moment_said_straight_is_written_with_its_figures(say, session, couple) -> None:
    _link(session, couple[0], ALEX_VOICE)
    answered = say(envelope("LogReliabilityIntent", {"note": "sam fixed the side gate"}))
    assert speech(answered) == "Noted, a moment of reliability: Sam fixed the side gate."
    session.expire_all()
    assert [e.note for e in session.query(LogEntry)] == ["Sam fixed the side gate"]
    assert [d.reliability for d in session.query(DailyStat)] == [1]
