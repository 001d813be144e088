"""After the safety answer in the middle of a check-in (issue 8; the final tester's defect 5): the
check-in is not lost. To "Would you like a short pause?", "no", "carry on", "let's keep going"
or any other words bring back the question that waited, the answers so far kept and nothing
said in between saved; "yes" pauses and says how to resume; "stop" says the same. And when
SupportIntent is reached through a carrier whose words the detector does not know, the answer is
one calm line on how to ask for help, never "Sorry, I didn't get that" (the tester's item 4).
All through the real handler chain, with built requests."""

from __future__ import annotations

import logging

import pytest

from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.test_safety_states import STATES, stored
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.skill.safety import WORDING

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

FIRST, SECOND = "What went well this week?", "What didn't go well?"


def _second_question(say) -> dict:
    """A check-in for Alex alone, question 1 answered: question 2 waits."""
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:") and speech(question).endswith(FIRST)
    second = say(then(question, "AnswerIntent", {"answer": "we walked on sunday"}))
    assert "Question 2:" in speech(second)
    return second


def _helped(say, session, locale: str = "en-US", said: str = "he kicked the door in") -> dict:
    second = _second_question(say)
    helped = say(then(second, "AnswerIntent", {"answer": said}, locale=locale))
    assert_support(helped, locale)
    assert count(session, CheckInAnswer) == 1  # question 1's, and nothing of the distress
    return helped


def _question_two(result: dict) -> str:
    said = speech(result)
    assert said.startswith("Back to our check-in:"), said
    assert result["response"]["shouldEndSession"] is False
    return said


# What people say to "would you like a short pause?" that is not yes, as Alexa may hear it.
NOT_YES = [
    ("AMAZON.NoIntent", {}),
    ("AMAZON.ResumeIntent", {}),  # "carry on"
    ("AMAZON.NextIntent", {}),  # "let's keep going"
    ("StartCheckInIntent", {}),  # "let's carry on with the check-in"
    ("AMAZON.FallbackIntent", {}),
    ("AMAZON.HelpIntent", {}),
    ("AMAZON.RepeatIntent", {}),
    ("AnswerIntent", {"answer": "he beat me at chess"}),
    ("AnswerIntent", {"answer": "let's keep going"}),
    ("LogReliabilityIntent", {"note": "i missed you"}),
    ("LogKeptIntent", {"commitment": "crossed the road together"}),
    ("SupportIntent", {"after_he_said": "he would cook tonight"}),
]


@pytest.mark.parametrize(("intent", "slots"), NOT_YES, ids=[f"{i}-{'-'.join(s.values())}" for i, s in NOT_YES])
def test_anything_but_yes_brings_back_the_waiting_question_and_saves_nothing(say, session, alex, intent, slots) -> None:
    helped = _helped(say, session)
    kept = stored(session)
    back = say(then(helped, intent, slots))
    if intent == "SupportIntent":  # words the detector does not know: the calm line, then the question
        assert speech(back) == f"{WORDING['en-US']['unsure']} {SECOND}"
    else:
        assert _question_two(back).endswith(SECOND)
    assert stored(session) == kept  # nothing said in between is saved, nor logged
    # The check-in goes on where it was: the next answer is question 2's.
    answered = say(then(back, "AnswerIntent", {"answer": "the busy weekend"}))
    assert count(session, CheckInAnswer) == 2
    assert "Question 3:" in speech(answered) or "Thank you" in speech(answered)


@pytest.mark.parametrize("locale", LOCALES)
def test_no_after_the_offer_returns_to_the_question_in_every_locale(say, session, alex, locale) -> None:
    helped = _helped(say, session, locale)
    back = say(then(helped, "AMAZON.NoIntent", locale=locale))
    assert _question_two(back).endswith(SECOND)
    assert count(session, CheckInAnswer) == 1


def test_yes_pauses_and_says_how_to_resume(say, session, alex) -> None:
    helped = _helped(say, session, "en-GB")
    paused = say(then(helped, "AMAZON.YesIntent", locale="en-GB"))
    said = speech(paused)
    assert said.startswith("Let's breathe together.")
    assert said.endswith("Your answers so far are saved. To pick up where you left off, say: start our check-in.")
    assert paused["response"]["shouldEndSession"] is True
    assert count(session, CheckInAnswer) == 1
    # Resumed later, in a new session: question 1's answer kept, question 2 asked.
    resumed = say(envelope("StartCheckInIntent"))
    assert speech(resumed) == f"Let's pick up your check-in where you left off: {SECOND} First, is Sam with you?"
    assert speech(say(then(resumed, "AMAZON.NoIntent"))).endswith(SECOND)


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_after_the_offer_ends_kindly_and_says_how_to_resume(say, session, alex, intent) -> None:
    helped = _helped(say, session)
    closed = say(then(helped, intent))
    assert speech(closed).endswith("To pick up where you left off, say: start our check-in.")
    assert "Take care." in speech(closed) and closed["response"]["shouldEndSession"] is True
    assert count(session, CheckInAnswer) == 1


def test_distress_again_after_the_offer_gets_help_again_and_the_question_still_waits(say, session, alex) -> None:
    helped = _helped(say, session)
    again = say(then(helped, "AnswerIntent", {"answer": "she gives me a slap when i'm late"}))
    assert_support(again)
    back = say(then(again, "AMAZON.NoIntent"))
    assert _question_two(back).endswith(SECOND)
    assert count(session, CheckInAnswer) == 1


def test_outside_a_checkin_no_still_closes_kindly(say, session, alex) -> None:
    helped = say(envelope("LogSmallWinIntent", {"note": "my mum's boyfriend hurts her"}))
    assert_support(helped)
    closed = say(then(helped, "AMAZON.NoIntent"))
    assert speech(closed) == WORDING["en-US"]["close"] and closed["response"]["shouldEndSession"] is True


# --- SupportIntent reached, the detector unsure: one calm line, never "I didn't get that" -------
UNSURE = [
    {"after_he_gives": "me a hand with the shopping"},
    {"after_he_kicked": "the ball over the fence"},
    {"after_my_friend": "is afraid of flying"},
    {"after_he_said": "he'll fix the fence and he means it"},
    {"name": "Sam", "between_did_not__me_this_time": "forget"},
    {"after_he_stood": "in the doorway and waved"},
]


@pytest.mark.parametrize("state", ["not linked", "unknown voice", "household, no voices", "which one?"])
@pytest.mark.parametrize("slots", UNSURE, ids=[next(reversed(s.values())) for s in UNSURE])
def test_unsure_words_through_a_carrier_get_one_calm_line_and_nothing_is_written(
    say, session, couple, state, slots, caplog
) -> None:
    before, person = STATES[state](say, session, couple)
    kept = stored(session)
    locale = LOCALES[UNSURE.index(slots) % len(LOCALES)]
    kwargs = {"person_id": person, "locale": locale}
    request = (
        envelope("SupportIntent", slots, **kwargs) if before is None else then(before, "SupportIntent", slots, **kwargs)
    )
    with caplog.at_level(logging.DEBUG):
        result = say(request)
    assert speech(result) == WORDING[locale]["unsure"]
    assert "didn't get that" not in speech(result) and "would you like" not in speech(result).lower()
    assert result["response"]["shouldEndSession"] is False
    reprompt = result["response"]["reprompt"]["outputSpeech"]["ssml"]
    assert "I need help" in reprompt
    assert stored(session) == kept
    assert all(word not in caplog.text for word in next(reversed(slots.values())).split() if len(word) > 4)
    # "I need help", said next, gets the numbers.
    assert_support(say(then(result, "SupportIntent", {}, person_id=person, locale=locale)), locale)


def test_unsure_words_mid_checkin_get_the_calm_line_and_the_question_again(say, session, alex) -> None:
    second = _second_question(say)
    result = say(then(second, "SupportIntent", {"after_he_kicked": "the ball over the fence"}))
    said = speech(result)
    assert said.startswith(WORDING["en-US"]["unsure"]) and said.endswith(SECOND)
    assert count(session, CheckInAnswer) == 1
    answered = say(then(result, "AnswerIntent", {"answer": "the rain"}))
    assert (count(session, CheckInAnswer) == 2 and "Question" in speech(answered)) or "Thank" in speech(answered)


@pytest.mark.parametrize(
    "value", ["x " * 5000, "the ball\x07", "\u202e\u0000", "   "], ids=["huge", "control", "only control", "blank"]
)
def test_odd_unsure_carrier_values_never_fail_nor_write(say, session, alex, value) -> None:
    kept = stored(session)
    result = say(envelope("SupportIntent", {"after_he_kicked": value}))
    assert result["response"]["shouldEndSession"] is not True
    assert not speech(result).startswith("Sorry")
    assert stored(session) == kept


def test_unsure_three_times_ends_kindly_once_never_a_loop(say, session, alex) -> None:
    carrier = {"after_he_gives": "me a lift to work"}
    first = say(envelope("SupportIntent", carrier))
    second = say(then(first, "SupportIntent", carrier))
    third = say(then(second, "SupportIntent", carrier))
    assert [r["response"]["shouldEndSession"] for r in (first, second, third)] == [False, False, True]
    assert speech(third).startswith(WORDING["en-US"]["unsure"]) and speech(third).endswith("Goodbye.")
    assert count(session, CheckInAnswer) == 0
