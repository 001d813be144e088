"""Safety comes first: distress said to any intent, or into any slot, gets help; nothing is stored."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.conftest import NOW
from trust_tracker.models import safety, voice
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Partner, VoiceLink
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill, request_handlers
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.safety import WORDING, SafetyHandler
from trust_tracker.skill.simulator import InteractionModel

USER = "amzn1.ask.account.SAFETY-HOUSEHOLD"
ALEX_VOICE = "amzn1.ask.person.SAFETY-ALEX"
MODEL_DIR = Path(__file__).parents[2] / "interaction-model"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
# Written here, not read from models/safety.py, so a wrong number there fails a test.
NUMBERS = {
    "en-US": (
        "call nine one one",
        "Suicide and Crisis Lifeline at nine eight eight",
        "Domestic Violence Hotline at one, eight zero zero, seven nine nine, seven two three three",
    ),
    "en-CA": ("call nine one one", "Suicide Crisis Helpline at nine eight eight", "ShelterSafe dot C A"),
    "en-GB": (
        "call nine nine nine",
        "Samaritans on one one six, one two three",
        "Domestic Abuse Helpline on zero eight zero eight, two zero zero zero, two four seven",
    ),
    "en-AU": (
        "call zero zero zero",
        "Lifeline on one three, one one, one four",
        "eighteen hundred respect on one eight zero zero, seven three seven, seven three two",
    ),
    "en-IN": ("call one one two", "Tele Manas on one four four one six", "Women Helpline on one eight one"),
}
# Said in distress, in many ways; each must be heard wherever it is said.
DISTRESS = [
    "I don't feel safe at home",
    "I feel unsafe",
    "he threatened me",
    "I'm thinking of ending it all",
    "I want to kill myself",
    "she hurts me",
    "I'm scared of my partner",
    "I am afraid of him",
    "my husband has been hitting me",
    "he's going to kill me",
    "I want to die",
    "I can't go on",
    "I'm in danger",
    "I was raped",
    "I’m afraid of what he will do",
    "she keeps threatening me",
    "he won't let me leave the house",
    "I have nothing to live for",
    "I've been cutting myself",
    "help me",
    "I'm so scared",
    "he pushed me down the stairs",
    "I would rather be dead",
    # What a slot holds once Alexa has taken its carrier words ("I felt ...", "... here") away.
    "threatened",
    "unsafe",
    "not safe here",
    "scared of him",
]
# Ordinary practice sentences, some close to the words above: none is distress.
ORDINARY = [
    "I missed my promise to call",
    "we had a hard day",
    "I kept my promise",
    "she was late again",
    "it hurt me when you didn't call",
    "he forgot and it hurt me",
    "I was afraid to tell her about the money",
    "I was afraid of her reaction",
    "I'm scared we won't make it",
    "she beat me at chess",
    "it hit me that I forgot",
    "I'm dying to see you",
    "we had a family emergency so I missed the call",
    "she pushes me to be better",
    "she threatened to leave",
    "the deadline is killing me",
    "I couldn't live with myself if I lied again",
    "help me remember",
    "help me calm down",
    "call when late",
]


def speech(result: dict[str, Any]) -> str:
    """The spoken words; the SSML must parse, as Alexa requires."""
    ssml = result["response"]["outputSpeech"]["ssml"]
    ElementTree.fromstring(ssml)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", ssml)).split())


def envelope(name: str, slots: dict[str, str | None] | None = None, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("person_id", ALEX_VOICE)
    return alexa.intent_request(name, slots, user_id=USER, **kwargs)


def then(previous: dict[str, Any], name: str, slots: dict[str, str | None] | None = None, **kwargs: Any):
    """The next turn of the same session."""
    return envelope(name, slots, attributes=previous.get("sessionAttributes"), new_session=False, **kwargs)


def past_doubt(say, result: dict[str, Any]) -> dict[str, Any]:
    """The answer once "shall I save it?" is said yes to, where everyday words the learned check
    doubts were asked about (skill/intents/doubt.py): not an alarm, and saved after the yes."""
    said = speech(result)
    if said.startswith("I haven't saved that yet,") and said.endswith("shall I save it?"):
        return say(then(result, "AMAZON.YesIntent"))
    return result


def count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity))


PAUSE = "Would you like a short pause?"


def assert_support(result: dict[str, Any], locale: str = "en-US", *, removal_offered: bool | None = None) -> None:
    """The help answer: the locale's three numbers, what this is not, a pause offered, no menu; or,
    `removal_offered` (an entry the speaker logged by voice just before: a miss whose reflection was
    asked), the undo's question instead, with the removal waiting (None: either, as it was said;
    tests/skill/test_voice32_help_and_entries.py says when each is)."""
    said = speech(result)
    if removal_offered is None:
        removal_offered = said.endswith("Shall I remove it?")
    assert said.startswith("I'm sorry you're going through this. If you're in danger, call")
    for number in NUMBERS[locale]:
        assert number in said, (locale, said)
    assert "That wasn't saved. I'm no substitute for emergency help." in said
    offer, reprompt = (
        ("Shall I remove it?", "Yes or no.") if removal_offered else (PAUSE, f"{PAUSE[:-1]} to breathe? Yes or no?")
    )
    assert said.endswith(offer) and (PAUSE in said) is not removal_offered, said
    assert "would you like to do" not in said.lower() and "Is this" not in said
    assert result["response"]["shouldEndSession"] is False
    assert speech({"response": {"outputSpeech": result["response"]["reprompt"]["outputSpeech"]}}).endswith(reprompt)
    assert "card" not in result["response"]  # the Alexa app may be the partner's too
    # Nothing else waits but a check-in question that was open (asked again after the offer), or the removal.
    waits = {"flow"} if removal_offered else {"safety_pause_offered"}
    assert waits <= set(result["sessionAttributes"]) <= waits | {"checkin_aside"}
    if removal_offered:
        assert result["sessionAttributes"]["flow"]["after_help"] is True


@pytest.fixture(scope="module")
def skill():
    return build_skill()


@pytest.fixture
def say(skill, session_factory):
    def say(request: dict[str, Any], now: datetime = NOW) -> dict[str, Any]:
        return invoke(skill, session_factory, request, now=now)

    return say


@pytest.fixture
def alex(session, couple) -> Partner:
    """This household's device linked to Alex, whose voice Alexa knows."""
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW)
    session.flush()
    return couple[0]


# --- the words -----------------------------------------------------------------------


@pytest.mark.parametrize("said", DISTRESS)
def test_distress_is_heard(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", ORDINARY)
def test_ordinary_practice_sentences_are_not_distress(said) -> None:
    assert not is_distress(said)


def test_every_support_sample_is_distress_and_no_other_sample_is() -> None:
    # Alexa may put any of these words into another intent's slot: the check must know them all.
    model = json.loads((MODEL_DIR / "en-US.json").read_text())["interactionModel"]["languageModel"]
    # Every slot filled with the linked couple's name: "{name} hit me" is "Riley hit me".
    for intent in model["intents"]:
        for sample in intent.get("samples", []):
            if re.search(r"\{(?:after|before|between)_\w+\}", sample):
                continue  # a carrier: its words decide (tests/skill/test_safety_routing.py)
            said = re.sub(r"\{\w+\}", "riley", sample)
            assert is_distress(said, ("Riley", "Jordan")) == (intent["name"] == "SupportIntent"), (intent["name"], said)


# --- SupportIntent, in every locale ---------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_help_comes_first_on_an_unlinked_device_in_every_locale(say, session, couple, locale) -> None:
    result = say(envelope("SupportIntent", locale=locale))
    assert_support(result, locale)
    assert count(session, LogEntry) == 0 and count(session, VoiceLink) == 0


def test_an_unknown_voice_is_helped_before_anyone_asks_who_it_is(say, session, alex) -> None:
    result = say(envelope("SupportIntent", person_id="amzn1.ask.person.SOMEONE-NEW"))
    assert_support(result)
    assert count(session, VoiceLink) == 1  # Alex's only


def test_nothing_of_it_is_logged(say, alex, caplog) -> None:
    with caplog.at_level(logging.DEBUG):
        say(envelope("AnswerIntent", {"answer": "he hit me again last night"}))
    assert "hit me" not in caplog.text


# --- distress in any slot --------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "slot"),
    [
        ("AnswerIntent", "answer"),
        ("LogKeptIntent", "commitment"),
        ("LogMissedIntent", "commitment"),
        ("LogReliabilityIntent", "note"),
        ("LogSmallWinIntent", "note"),
        ("LogBreachIntent", "note"),
        ("IdentifySpeakerIntent", "name"),
        ("AcknowledgeIntent", "partner"),
    ],
)
@pytest.mark.parametrize("locale", LOCALES)
def test_distress_in_any_slot_gets_help_and_nothing_is_stored(say, session, alex, intent, slot, locale) -> None:
    for said in ("I don't feel safe at home", "she hurts me", "I'm thinking of ending it all"):
        result = say(envelope(intent, {slot: said}, locale=locale))
        assert_support(result, locale)
    assert count(session, LogEntry) == 0 and count(session, CheckInAnswer) == 0


def test_a_checkin_answer_in_distress_is_not_saved(say, session, alex) -> None:
    together = say(envelope("StartCheckInIntent"))
    assert speech(together) == "Let's do your check-in. Is Sam with you?"
    question = say(then(together, "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:")
    result = say(then(question, "AnswerIntent", {"answer": "I don't feel safe at home"}))
    assert_support(result)
    assert count(session, CheckInAnswer) == 0
    # Whatever is said next is not taken as question 1's answer: the question is asked again.
    after = say(then(result, "AnswerIntent", {"answer": "our evening walks"}))
    assert count(session, CheckInAnswer) == 0
    assert speech(after).startswith("Back to our check-in:") and speech(after).endswith("What went well this week?")


def test_a_note_in_distress_is_not_logged(say, session, alex) -> None:
    asked = say(envelope("LogReliabilityIntent"))
    assert speech(asked).startswith("What was the moment of reliability?")
    assert_support(say(then(asked, "LogReliabilityIntent", {"note": "he threatened me"})))
    assert count(session, LogEntry) == 0


def test_a_name_said_in_distress_binds_no_speaker_and_runs_no_waiting_request(say, session, alex) -> None:
    asked = say(envelope("LogKeptIntent", {"commitment": None}, person_id="amzn1.ask.person.NEW"))
    assert speech(asked) == "Before I do that: is this Alex or Sam?"
    name = {"name": "scared of my partner"}
    assert_support(say(then(asked, "IdentifySpeakerIntent", name, person_id="amzn1.ask.person.NEW")))
    assert count(session, LogEntry) == 0
    assert session.scalars(select(VoiceLink.person_id)).all() == [ALEX_VOICE]


@pytest.mark.parametrize("said", ORDINARY[:4])
def test_ordinary_words_in_a_slot_go_where_they_were_going(say, session, alex, said) -> None:
    result = say(envelope("LogSmallWinIntent", {"note": said}))
    assert speech(result).startswith("Logged a small win:")
    assert count(session, LogEntry) == 1


# --- the pause offer -------------------------------------------------------------------


@pytest.mark.parametrize("yes", ["AMAZON.YesIntent", "TakeAPauseIntent"])
def test_yes_is_a_breathing_pause_then_the_end(say, yes) -> None:
    offered = say(envelope("SupportIntent", locale="en-GB"))
    result = say(then(offered, yes, locale="en-GB"))
    ssml = result["response"]["outputSpeech"]["ssml"]
    assert ssml.count('<break time="3s"/>') == 5 and '<prosody rate="slow">' in ssml
    said = speech(result)
    assert said.startswith("Let's breathe together. Breathe in, slowly.")
    assert said.endswith("Take all the time you need. You can call Samaritans whenever you want to talk to someone.")
    assert result["response"]["shouldEndSession"] is True and "reprompt" not in result["response"]


@pytest.mark.parametrize("no", ["AMAZON.NoIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_no_ends_kindly(say, no) -> None:
    result = say(then(say(envelope("SupportIntent")), no))
    assert speech(result) == (
        "That's alright. The numbers are on the Trust Tracker website too, under Need help now. Take care."
    )
    assert result["response"]["shouldEndSession"] is True


def test_repeat_says_it_again_and_not_understood_offers_the_pause_gently(say) -> None:
    offered = say(envelope("SupportIntent", locale="en-AU"))
    assert_support(say(then(offered, "AMAZON.RepeatIntent", locale="en-AU")), "en-AU")
    assert_support(say(then(offered, "AMAZON.HelpIntent", locale="en-AU")), "en-AU")
    # "Erm", "hold on": the numbers were just said; the offer again, calmly (tester-voice36 D23).
    gently = say(then(offered, "AMAZON.FallbackIntent", locale="en-AU"))
    assert speech(gently) == "Take your time. Would you like a short pause?"
    assert gently["response"]["shouldEndSession"] is False


def test_the_offer_is_answered_on_the_next_turn_only(say, session, alex) -> None:
    offered = say(envelope("SupportIntent"))
    together = say(then(offered, "StartCheckInIntent"))
    assert speech(together) == "Let's do your check-in. Is Sam with you?"
    # This yes answers the check-in's question, not the pause offered two turns ago.
    assert speech(say(then(together, "AMAZON.YesIntent"))).startswith("Alex, question 1:")


def test_a_yes_nobody_offered_a_pause_for_is_not_a_pause(say, alex) -> None:
    assert "breathe" not in speech(say(envelope("AMAZON.YesIntent")))


# --- the interaction model ---------------------------------------------------------------


def test_every_locale_alexa_speaks_has_its_own_numbers_and_words() -> None:
    # A locale without its own would silently speak the United States' numbers.
    locales = set(json.loads((MODEL_DIR / "source.json").read_text())["locales"])
    assert locales == set(LOCALES) == set(safety.RESOURCES) == set(WORDING)


def test_the_safety_handler_is_tried_first() -> None:
    assert isinstance(request_handlers()[0], SafetyHandler)


def test_the_carriers_that_swallowed_distress_are_gone() -> None:
    model = json.loads((MODEL_DIR / "en-US.json").read_text())["interactionModel"]["languageModel"]
    samples = {sample for intent in model["intents"] for sample in intent.get("samples", [])}
    swallowing = {"i am {name}", "this is {name}", "{name} here", "i feel {answer}", "i think {answer}"}
    assert not samples & (swallowing | {"well {answer}", "{commitment} done", "i did {commitment}"})


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "typed",
    [
        "I am scared of my partner",
        "I'm scared of him",
        "I want to hurt myself",
        "I don't feel safe",
        "he hit me",
        "I want to die",
        "I can't go on",
        "I need help",
        "I'm in danger",
        "help me",
        "ask trust tracker I am thinking about ending it all",
    ],
)
def test_the_model_routes_distress_to_support(locale, typed) -> None:
    match = InteractionModel.load(locale=locale).match(typed)
    assert match is not None and match.intent == "SupportIntent", (typed, match)
