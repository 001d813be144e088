"""Words longer than the skill keeps (issue 8: "10,000-character SearchQuery values"), and
control characters, in every free-text slot of every intent that stores text: a short
sentence saying nothing was saved, the question asked again, and nothing stored or cut.
What fits is kept whole, even when it waited for "Is this Alex or Sam?"."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from tests.factories import agreed_contract
from tests.skill.test_safety import ALEX_VOICE, USER, alex, assert_support, count, envelope, say, skill, speech, then
from trust_tracker.models import tracking, voice
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Setback, VoiceLink
from trust_tracker.models.pairing_entities import PairingFailure
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.boundary import limit
from trust_tracker.skill.speech import for_locale

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

SAY = for_locale("en-US").say
HUGE = "we talked for a long time " * 400  # 10,400 characters, as a SearchQuery can hold
CONTROL = "came home early\x00\x1b[31m"
# Every intent that stores words, and the slot they come in.
TEXT_SLOTS = [
    ("LogReliabilityIntent", "note"),
    ("LogSmallWinIntent", "note"),
    ("LogBreachIntent", "note"),
    ("LogKeptIntent", "commitment"),
]


# The refusal each slot hears: a name is not caught, a promise is asked for by name.
REFUSAL = {"commitment": "promise_too_long", "name": "name_too_long", "partner": "name_too_long"}


def too_long(result: dict[str, Any], slot: str = "note") -> str:
    """The refusal: said plainly, the session open, a reprompt; returns what was said."""
    said = speech(result)
    assert said.startswith(SAY(REFUSAL.get(slot, "too_long"))), said
    assert result["response"]["shouldEndSession"] is False
    assert speech({"response": {"outputSpeech": result["response"]["reprompt"]["outputSpeech"]}})
    assert "…" not in said and "we talked for a long time" not in said
    return said


def elicited(result: dict[str, Any]) -> tuple[str, str] | None:
    for directive in result["response"].get("directives", []):
        if directive["type"] == "Dialog.ElicitSlot":
            return directive["updatedIntent"]["name"], directive["slotToElicit"]
    return None


def stored(session) -> dict[str, int]:
    session.expire_all()
    return {
        "entries": count(session, LogEntry),
        "answers": count(session, CheckInAnswer),
        "reflections": count(session, SetbackReflection),
        "links": count(session, VoiceLink),
    }


@pytest.fixture
def home(session, alex, couple):
    agreed_contract(session, *couple)
    session.flush()
    return alex


@pytest.mark.parametrize(("intent", "slot"), [*TEXT_SLOTS, ("LogMissedIntent", "commitment")])
@pytest.mark.parametrize("size", [10_000, 1_000_001])
def test_a_huge_value_in_a_one_shot_request_is_refused_and_asked_again(say, session, home, intent, slot, size) -> None:
    before = stored(session)
    result = say(envelope(intent, {slot: ("x " * size)[:size]}))
    said = too_long(result, slot)
    if slot == "commitment":
        assert said == "I didn't catch which promise that was. Which promise was it?"
    assert elicited(result) == (intent, slot)  # whatever is said next is that same note
    assert stored(session) == before


def test_the_reprompt_after_a_huge_note_takes_a_short_one(say, session, home) -> None:
    asked = say(envelope("LogSmallWinIntent", {"note": HUGE}))
    too_long(asked)
    logged = say(then(asked, "LogSmallWinIntent", {"note": "we cooked together"}))
    assert speech(logged).startswith("Logged a small win: we cooked together.")
    assert [e.note for e in session.scalars(select(LogEntry))] == ["We cooked together"]


@pytest.mark.parametrize("intent", ["LogReliabilityIntent", "LogSmallWinIntent", "LogBreachIntent"])
def test_a_note_just_over_what_is_kept_is_refused_and_one_that_fits_is_kept_whole(say, session, home, intent) -> None:
    over = ("a" * 9 + " ") * (tracking.MAX_NOTE // 10) + "b"
    assert len(over) == tracking.MAX_NOTE + 1
    too_long(say(envelope(intent, {"note": over})))
    assert count(session, LogEntry) == 0
    fits = over[:-2]
    said = say(envelope(intent, {"note": fits}))
    if intent == "LogBreachIntent":  # words naming none of their boundaries: which one, first
        say(then(said, intent, {"note": "the first one"}))
    assert [e.note for e in session.scalars(select(LogEntry))] == [fits.strip().capitalize()]


def test_a_note_that_waited_for_who_is_this_is_kept_whole(say, session, couple) -> None:
    # A device linked to the household, and a voice it does not know yet.
    code = voice.issue_pairing_code(session, couple[0], now=couple[0].created_at)
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=couple[0].created_at)
    session.flush()
    note = ("we walked the dog together and talked " * 20).strip()
    assert 600 < len(note) <= (limit("note") or 0)
    asked = say(envelope("LogSmallWinIntent", {"note": note}, person_id="amzn1.ask.person.NEW"))
    assert speech(asked) == "Before I do that: is this Alex or Sam?"
    say(then(asked, "IdentifySpeakerIntent", {"name": "Sam"}, person_id="amzn1.ask.person.NEW"))
    assert [e.note for e in session.scalars(select(LogEntry))] == [note.capitalize()]


def test_a_huge_name_to_who_is_this_is_refused_and_asked_again(say, session, home) -> None:
    asked = say(envelope("LogKeptIntent", {"commitment": None}, person_id="amzn1.ask.person.NEW"))
    assert speech(asked) == "Before I do that: is this Alex or Sam?"
    result = say(then(asked, "IdentifySpeakerIntent", {"name": HUGE}, person_id="amzn1.ask.person.NEW"))
    assert too_long(result, "name") == "I didn't catch the name. Who's speaking: Alex or Sam?"
    assert elicited(result) == ("IdentifySpeakerIntent", "name")
    assert count(session, LogEntry) == 0 and count(session, VoiceLink) == 1


@pytest.mark.parametrize(
    ("intent", "slot"),
    [("IdentifySpeakerIntent", "name"), ("PartnerNewsIntent", "partner"), ("AcknowledgeIntent", "partner")],
)
def test_a_huge_name_anywhere_is_not_caught_and_nothing_is_stored(say, session, home, intent, slot) -> None:
    before = stored(session)
    said = too_long(say(envelope(intent, {slot: HUGE})), slot)
    assert said.startswith("I didn't catch the name.") and "keep by voice" not in said
    assert len(said.split()) <= 30
    assert stored(session) == before


def test_a_huge_code_is_not_a_code_and_no_attempt_is_counted(say, session, couple) -> None:
    result = say(envelope("LinkDeviceIntent", {"code": "1" * 10_000}))
    assert speech(result).startswith("Sorry, I didn't catch six digits.")
    assert result["response"]["shouldEndSession"] is False
    assert count(session, VoiceLink) == 0 and count(session, PairingFailure) == 0


def _checkin_question(say) -> dict[str, Any]:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:")
    return question


def test_a_huge_checkin_answer_is_refused_and_the_question_asked_again(say, session, home) -> None:
    question = _checkin_question(say)
    result = say(then(question, "AnswerIntent", {"answer": HUGE}))
    said = too_long(result)
    assert said.endswith(speech({"response": {"outputSpeech": question["response"]["reprompt"]["outputSpeech"]}}))
    assert elicited(result) == ("AnswerIntent", "answer")
    assert count(session, CheckInAnswer) == 0
    # The check-in goes on: a short answer is saved, whole.
    answered = say(then(result, "AnswerIntent", {"answer": "we listened to each other"}))
    assert speech(answered).startswith("Thank you.") or "Question 2" in speech(answered)
    assert [a.answer for a in session.scalars(select(CheckInAnswer))] == ["We listened to each other"]


def test_a_huge_reflection_is_refused_and_nothing_half_written(say, session, home) -> None:
    missed = say(envelope("LogMissedIntent", {"commitment": "call when late"}))
    trigger = say(then(missed, "AMAZON.YesIntent"))
    assert speech(trigger) == SAY("reflect_trigger")
    result = say(then(trigger, "AnswerIntent", {"answer": HUGE}))
    assert too_long(result).endswith(SAY("reflect_trigger"))
    assert count(session, Setback) == 1
    assert [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))] in ([], [("", "")])
    next_step = say(then(result, "AnswerIntent", {"answer": "my phone died"}))
    assert speech(next_step).endswith(SAY("reflect_prevention"))
    reflections = list(session.scalars(select(SetbackReflection)))
    assert [r.trigger for r in reflections] == ["My phone died"]


@pytest.mark.parametrize(("intent", "slot"), [*TEXT_SLOTS, ("IdentifySpeakerIntent", "name")])
def test_control_characters_in_any_text_slot_store_nothing(say, session, home, intent, slot) -> None:
    before = stored(session)
    result = say(envelope(intent, {slot: CONTROL}))
    assert speech(result).startswith("Sorry, I didn't get that.")
    assert result["response"]["shouldEndSession"] is False
    assert stored(session) == before


def test_control_characters_in_a_checkin_answer_store_nothing_and_ask_again(say, session, home) -> None:
    question = _checkin_question(say)
    result = say(then(question, "AnswerIntent", {"answer": CONTROL}))
    assert speech(result).startswith("Sorry, I didn't get that.")
    assert elicited(result) == ("AnswerIntent", "answer")
    assert session.scalar(select(func.count()).select_from(CheckInAnswer)) == 0


@pytest.mark.parametrize(
    "said",
    [HUGE + " and then he hit me", "he hit me\x00", "I want to die\x1b[0m", ("x " * 5000) + ". And then Dave hit me"],
    ids=["huge", "nul", "escape", "huge-named"],
)
def test_distress_comes_first_however_long_or_unreadable_the_words(say, session, home, said) -> None:
    before = stored(session)
    assert_support(say(envelope("LogSmallWinIntent", {"note": said})))
    assert stored(session) == before
