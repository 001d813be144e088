"""Distress heard however it is said (issue: 27 of 68 disclosures were saved and shown to
the partner), and the answer short enough to hear out (it was 77 to 88 words)."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import pytest

from tests.skill.distress_phrases import DISTRESS, ORDINARY
from tests.skill.test_safety import LOCALES, MODEL_DIR, alex, assert_support, count, envelope, say, skill, speech, then
from trust_tracker.models.entities import CheckInAnswer, LogEntry, VoiceLink
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.help_words import support_ssml
from trust_tracker.skill.simulator import InteractionModel

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

_DIGITS = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"


def test_the_held_out_lists_are_long_enough() -> None:
    assert len(set(DISTRESS)) >= 80 and len(set(ORDINARY)) >= 60


@pytest.mark.parametrize("said", DISTRESS)
def test_held_out_distress_is_heard(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", ORDINARY)
def test_held_out_practice_sentences_are_not_distress(said) -> None:
    assert not is_distress(said)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_answer_is_short_and_valid_ssml(locale) -> None:
    ssml, reprompt = support_ssml(locale)
    for part in (ssml, reprompt):
        ElementTree.fromstring(f"<speak>{part}</speak>")
    said = re.sub(r"<[^>]+>", " ", ssml)
    before_offer = said.split("Would you like")[0]
    # A number counts as one word per group ("seven two three three"), as it is written.
    grouped = re.sub(rf"\b{_DIGITS}(?: {_DIGITS})*\b", "N", before_offer)
    assert len(grouped.split()) <= 45, (locale, len(grouped.split()), said)
    # Every digit spoken too: still well under the 77 to 88 words it was.
    assert len(said.split()) <= 60, (locale, len(said.split()))


@pytest.mark.parametrize("intent", ["LogReliabilityIntent", "LogSmallWinIntent", "LogBreachIntent"])
@pytest.mark.parametrize(
    "said",
    [
        "he said he'd hurt me if I told anyone",
        "um so yeah last night he he uh pushed me against the wall",
        "my wife is violent",
        "I can't do this anymore",
    ],
)
def test_a_disclosure_in_a_note_gets_help_and_is_not_logged(say, session, alex, intent, said) -> None:
    assert_support(say(envelope(intent, {"note": said})))
    assert count(session, LogEntry) == 0


def test_a_checkin_answer_that_discloses_gets_help_and_is_not_saved(say, session, alex) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:")
    assert_support(say(then(question, "AnswerIntent", {"answer": "she threw a glass at me"})))
    assert count(session, CheckInAnswer) == 0


def test_the_answer_to_who_is_this_that_discloses_binds_no_voice(say, session, alex) -> None:
    asked = say(envelope("LogKeptIntent", {"commitment": None}, person_id="amzn1.ask.person.NEW"))
    assert speech(asked) == "Before I do that: is this Alex or Sam?"
    said = {"name": "im scared hes gonna find out i called"}
    assert_support(say(then(asked, "IdentifySpeakerIntent", said, person_id="amzn1.ask.person.NEW")))
    assert count(session, VoiceLink) == 1 and count(session, LogEntry) == 0


# Said straight to the skill, with contractions and as ASR writes them: SupportIntent.
SAID_TO_ALEXA = [
    "i'm scared of him",
    "i'm terrified of my husband",
    "i don't feel safe",
    "i can't do this anymore",
    "i can't take it anymore",
    "i'm at the end of my rope",
    "i've been cutting again",
    "i'm being abused",
    "he's violent",
    "she's violent",
    "he's been violent again",
    "my wife is violent",
    "he raped me",
    "he strangled me",
    "she threw a glass at me",
    "he pushed me against the wall",
    "he has a gun",
    "he pulled a knife on me",
    "he said he'd hurt me",
    "he won't let me see my friends",
    "he controls all the money",
    "he follows me everywhere",
    "he's outside the door",
    "i'm hiding in the bathroom",
    "i'm having thoughts of suicide",
    "i want to end it",
    "life isn't worth living",
    "i don't see the point in living",
    "nobody would miss me if i was gone",
    "i took a bunch of pills",
    "i want to disappear forever",
    "i'm not going to be around much longer",
    "i wish i could go to sleep and never wake up",
    "i just want it all to stop",
    "my dad hits me",
    "he hurt our son",
    "i'm afraid he'll hurt me",
    "there's a knife and he's threatening me",
    "i'm in danger",
    "he says he'll kill himself if i leave",
]


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_distress_said_to_alexa_is_heard_as_support(locale) -> None:
    model = InteractionModel.load(locale=locale)
    missed = [said for said in SAID_TO_ALEXA if getattr(model.match(said), "intent", None) != "SupportIntent"]
    assert len(SAID_TO_ALEXA) >= 30 and missed == []


def test_support_samples_are_also_written_with_contractions() -> None:
    # Some simulators (virtual-alexa) match samples literally: "i'm" must be a sample.
    model = json.loads((MODEL_DIR / "en-US.json").read_text())["interactionModel"]["languageModel"]
    samples = {s for intent in model["intents"] if intent["name"] == "SupportIntent" for s in intent["samples"]}
    assert {"i'm scared of him", "i don't feel safe", "i can't go on", "he's violent"} <= samples
