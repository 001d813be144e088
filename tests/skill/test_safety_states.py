"""Safety first whatever the device's state (issue 8): distress naming the partner, or anyone,
said before the device is linked, on a household device, by a voice not known yet, in the
middle of pairing, of "who is this?", of a check-in or of "which one?", gets the locale's
help lines first, in every locale, and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.factories import agreed_contract
from tests.skill.test_safety import (
    ALEX_VOICE,
    LOCALES,
    USER,
    assert_support,
    count,
    envelope,
    say,
    skill,
    speech,
    then,
)
from trust_tracker.models import voice
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Partner, Setback, VoiceLink
from trust_tracker.models.pairing_entities import PairingFailure
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.safety import WORDING

__all__ = ["say", "skill"]  # fixtures, shared with test_safety.py

NEW_VOICE = "amzn1.ask.person.NOT-KNOWN-YET"
# The couple is Alex and Sam (tests/conftest.py); before linking, the skill knows no names.
# Names nobody told the skill: a friend, an ex, a family member, in the locales' many names.
SAID = [
    "Sam hit me",
    "sam hit me last night",
    "Alex has been hitting me",
    "Sam's been hurting me again",
    "alex punched me",
    "Sam slapped me",
    "Dave hit me",
    "dave hit me last night",
    "Priya slapped me in the face",
    "Jamie has been hitting me",
    "Chris punched me",
    "Marcus choked me",
    "Mohammed threatened to kill me",
    "Dave is going to kill me",
    "Jamie grabbed me by the throat",
    "Priya pushed me down the stairs",
    "Tom kicked me",
    "Ryan attacked me",
    "Dave beat me up",
    "Chris raped me",
    "Aroha strangled me",
    "Mary Jane hit me",
    "and then Dave hit me",
    "yesterday Chris hurt me",
    "I'm afraid Dave will hurt me",
    "I'm scared Sam is going to hit me",
    "Sam keeps threatening me",
    "Dave is controlling me",
    "Siobhan won't let me see my friends",
    "Sam locked me in the bedroom",
]
# What a hurting couple says every day, names and all: never the help lines.
ORDINARY = [
    "Sam hit the gym",
    "Dave hit me up last night",
    "Chris beat me at chess",
    "Sam beat me to it",
    "Dave kept his promise",
    "life hit me hard this week",
    "reality hit me",
    "it hit me that I forgot",
    "cheating hurt me",
    "lying hurts me",
    "silence hurts me",
    "distance hurts me",
    "jealousy hurt me",
    "work is killing me",
    "the traffic hit me",
    "Sam's words hurt me",
    "harsh words hurt me",
    "flying scares me",
    "Dave forgot to call me",
    "Sam pushed me to be better",
    "grief hit me out of nowhere",
    "everything hurts me today",
    "nostalgia hit me",
    "the dog bit me",
    "my knee hurts",
    "Dave hurt his back",
    "Priya made dinner for me",
    "Sam surprised me",
]


@pytest.mark.parametrize("said", SAID)
def test_distress_naming_anyone_is_heard_without_knowing_the_names(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", ORDINARY)
def test_ordinary_sentences_naming_people_are_not_distress(said) -> None:
    assert not is_distress(said) and not is_distress(said, ("Alex", "Sam"))


# --- the device's states ------------------------------------------------------------------
# Each returns the previous turn (or None for a new session) and the voice that speaks next.
State = Callable[[Any, Session, tuple[Partner, Partner]], tuple[dict[str, Any] | None, str | None]]


def _link(session: Session, partner: Partner, person_id: str | None) -> None:
    code = voice.issue_pairing_code(session, partner, now=partner.created_at)
    voice.link_device(session, code, alexa_user_id=USER, person_id=person_id, now=partner.created_at)
    session.flush()


def not_linked(say, session, couple):
    return None, ALEX_VOICE


def mid_pairing(say, session, couple):
    asked = say(envelope("LinkDeviceIntent", {"code": None}))
    assert speech(asked).startswith("What's your six-digit code?")
    return asked, ALEX_VOICE


def household_without_voices(say, session, couple):
    _link(session, couple[0], None)
    return None, None


def unknown_voice(say, session, couple):
    _link(session, couple[0], ALEX_VOICE)
    return None, NEW_VOICE


def who_is_this(say, session, couple):
    _link(session, couple[0], ALEX_VOICE)
    asked = say(envelope("LogKeptIntent", {"commitment": None}, person_id=NEW_VOICE))
    assert speech(asked) == "Before I do that: is this Alex or Sam?"
    return asked, NEW_VOICE


def mid_checkin(say, session, couple):
    _link(session, couple[0], ALEX_VOICE)
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:")
    return question, ALEX_VOICE


def which_one(say, session, couple):
    _link(session, couple[0], ALEX_VOICE)
    agreed_contract(session, *couple)
    asked = say(envelope("LogKeptIntent", {"commitment": "the dishes"}))
    assert speech(asked).startswith("That isn't one of your promises by name. Was it")
    return asked, ALEX_VOICE


def held_log(say, session, couple):
    question, person = mid_checkin(say, session, couple)
    agreed_contract(session, *couple)
    held = say(then(question, "LogMissedIntent", {"commitment": "call when late"}))
    assert speech(held).startswith("Shall I log that")
    return held, person


def reflection(say, session, couple):
    _link(session, couple[0], ALEX_VOICE)
    agreed_contract(session, *couple)
    offered = say(envelope("LogMissedIntent", {"commitment": "call when late"}))
    asked = say(then(offered, "AMAZON.YesIntent"))
    assert speech(asked) == "What triggered it?"
    return asked, ALEX_VOICE


def checkin_paused(say, session, couple):
    question, person = mid_checkin(say, session, couple)
    stopped = say(then(question, "AMAZON.StopIntent"))
    assert speech(stopped).startswith("Alright, we'll leave the check-in for now.")  # nothing answered yet
    return None, person  # a new session, the check-in waiting to be resumed


def pause_offered(say, session, couple):
    _link(session, couple[0], ALEX_VOICE)
    offered = say(envelope("SupportIntent"))
    assert_support(offered)
    return offered, ALEX_VOICE


STATES: dict[str, State] = {
    "not linked": not_linked,
    "mid pairing": mid_pairing,
    "household, no voices": household_without_voices,
    "unknown voice": unknown_voice,
    "who is this?": who_is_this,
    "mid check-in": mid_checkin,
    "which one?": which_one,
    "held log": held_log,
    "reflection": reflection,
    "check-in paused": checkin_paused,
    "pause offered": pause_offered,
}
# Whatever intent Alexa picks, and whichever slot the words land in.
SLOTS = [
    ("SupportIntent", {}),
    ("SupportIntent", {"name": "Dave"}),
    ("AnswerIntent", {"answer": "{said}"}),
    ("LogReliabilityIntent", {"note": "{said}"}),
    ("LogSmallWinIntent", {"note": "{said}"}),
    ("LogBreachIntent", {"note": "{said}"}),
    ("LogKeptIntent", {"commitment": "{said}"}),
    ("LogMissedIntent", {"commitment": "{said}"}),
    ("IdentifySpeakerIntent", {"name": "{said}"}),
    ("LinkDeviceIntent", {"code": "{said}"}),
    ("AcknowledgeIntent", {"partner": "{said}"}),
]


def stored(session: Session) -> tuple[int, ...]:
    session.expire_all()
    return tuple(count(session, kind) for kind in (LogEntry, CheckInAnswer, Setback, VoiceLink, PairingFailure))


def _disclose(say, session, couple, state: str, intent: str, slots: dict[str, str], said: str, locale: str):
    before, person = STATES[state](say, session, couple)
    kept = stored(session)
    filled = {slot: value.format(said=said) for slot, value in slots.items()}
    if before is None:
        request = envelope(intent, filled, person_id=person, locale=locale)
    else:
        request = then(before, intent, filled, person_id=person, locale=locale)
    result = say(request)
    assert_support(result, locale, removal_offered=state == "reflection")  # the miss just logged, offered
    assert stored(session) == kept, (state, intent, said)
    return result


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(("intent", "slots"), SLOTS, ids=[f"{i}-{'-'.join(s) or 'bare'}" for i, s in SLOTS])
def test_help_comes_first_in_every_state_whatever_the_intent(say, session, couple, state, intent, slots) -> None:
    _disclose(say, session, couple, state, intent, slots, "Sam hit me", "en-US")


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("said", SAID)
def test_help_comes_first_in_every_state_however_it_is_said(say, session, couple, state, said) -> None:
    _disclose(say, session, couple, state, "AnswerIntent", {"answer": "{said}"}, said, "en-US")


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("locale", LOCALES)
def test_help_comes_first_in_every_state_in_every_locale(say, session, couple, state, locale) -> None:
    _disclose(say, session, couple, state, "LogSmallWinIntent", {"note": "{said}"}, "Dave hit me", locale)


@pytest.mark.parametrize("state", [state for state in STATES if state not in ("mid check-in", "held log")])
def test_after_help_the_old_place_is_dropped_not_resumed(say, session, couple, state) -> None:
    """A log, a reflection, "who is this?": dropped. A check-in question waits on
    (tests/skill/test_safety_checkin_resumed.py)."""
    answered = _disclose(say, session, couple, state, "AnswerIntent", {"answer": "{said}"}, "Sam hit me", "en-US")
    # In a reflection the one question is removing the miss (skill/help_entries.py), else the pause: one "no" closes.
    closed = say(then(answered, "AMAZON.NoIntent"))
    assert "Take care." in speech(closed) and closed["response"]["shouldEndSession"] is True
    logged_before = 1 if state == "reflection" else 0  # the missed promise being reflected on
    assert count(session, CheckInAnswer) == 0 and count(session, LogEntry) == logged_before


# --- said on its own, heard through a carrier sample (skill/safety.py, as_said) -----------------
# SupportIntent's carrier slots are named for the words beside them: "he threw {after_he_threw}".
CARRIED = [
    ({"after_he_threw": "my phone and i am scared"}, "en-US"),
    ({"after_i_am_scared_of": "what jordan will do when he gets home"}, "en-GB"),
    ({"after_i_am_scared_of": "jordan"}, "en-AU"),
    ({"before_and_i_am_scared": "sam yells at me"}, "en-CA"),
    ({"after_my_partner": "beats me every day"}, "en-IN"),
    ({"after_it_is_not": "safe for me here"}, "en-US"),
    ({"after_he_hurt": "me again"}, "en-GB"),
]


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(("slots", "locale"), CARRIED, ids=[next(iter(s.values())) for s, _ in CARRIED])
def test_distress_heard_through_a_carrier_gets_help_in_every_state(say, session, couple, state, slots, locale) -> None:
    _disclose(say, session, couple, state, "SupportIntent", slots, "", locale)


EVERYDAY_CARRIED = [
    {"after_he_said": "he would cook tonight"},
    {"after_my_partner": "kept his promise"},
    {"before_and_i_am_scared": "the exam is tomorrow"},
    {"after_he_hurt": "his back"},
    {"after_i_am_done": "with the reminders"},
]
# The speaker's own everyday fear is answered as a worry, not with the calm line (safety10).
EVERYDAY_WORRIES_CARRIED = [{"after_i_am_scared_of": "the dentist"}, {"after_i_am_scared_of": "spiders"}]
KIND_LINES = [(slots, "unsure") for slots in EVERYDAY_CARRIED] + [
    (slots, "worry") for slots in EVERYDAY_WORRIES_CARRIED
]


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize(("slots", "line"), KIND_LINES, ids=[next(iter(s.values())) for s, _ in KIND_LINES])
def test_everyday_words_through_a_carrier_get_their_kind_line_and_nothing_changes(
    say, session, couple, state, slots, line
) -> None:
    """Never "not understood": how to ask for help, in one line (tests/skill/test_safety_checkin_resumed.py),
    or, for an everyday worry, a line that fits it, never the numbers."""
    before, person = STATES[state](say, session, couple)
    kept = stored(session)
    request = (
        envelope("SupportIntent", slots, person_id=person)
        if before is None
        else then(before, "SupportIntent", slots, person_id=person)
    )
    result = say(request)
    if state == "mid check-in" and line == "worry":  # the waiting question's answer (tester-voice21 #7)
        assert speech(result).startswith("Thank") and "Question 2" in speech(result), speech(result)
        assert stored(session) == (kept[0], kept[1] + 1, *kept[2:])
        return
    assert speech(result).startswith(WORDING["en-US"][line])
    assert "nine one one" not in speech(result)
    assert stored(session) == kept
    if before is not None and speech(before).startswith("Question 1:"):
        assert speech(result).endswith("What went well this week?")  # the open question, asked again


@pytest.mark.parametrize(
    ("value", "helped"),
    [
        ("me again and then " + "again and " * 1000, True),  # 10,000 characters
        ("x " * 5000 + "the ball", False),
        ("me\x07 again", True),
        ("the ball\x07", False),
        ("\u202e\u0000", False),
        ("   ", False),
    ],
    ids=["huge distress", "huge everyday", "control distress", "control everyday", "only control", "blank"],
)
def test_odd_carrier_values_get_help_or_a_reprompt_and_nothing_is_stored(say, session, couple, value, helped) -> None:
    question, person = mid_checkin(say, session, couple)
    kept = stored(session)
    result = say(then(question, "SupportIntent", {"after_he_hit": value}, person_id=person))
    if helped:
        assert_support(result)
    else:
        assert not speech(result).startswith("I'm sorry you're going through this")
        assert result["response"]["shouldEndSession"] is not True  # a reprompt, the session open
    assert stored(session) == kept
