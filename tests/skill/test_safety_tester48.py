"""tester-voice48's (2026-12-07, on main 2ef5080): distress that got no numbers. Hopelessness said alone ("no point
going on any more", "what's even the point any more", en-IN "i am feeling to die") matched no intent or was taken as
a check-in answer; "I'm the one he beats", "I'm the one who gets hit" were offered as a moment of reliability; "I'm
scared of my bf", en-IN "he is not allowing me to meet my friends", "is there a number I can call if I'm being
abused", "does everyone's husband grab their throat when they argue?" got the calm hint or nothing. And false
alarms: living somewhere is not living ("tired of living out of a suitcase", "in this small flat"), a story watched
is not one's own ("we watched a film where the husband hits his wife", "a doco about domestic violence"), unless it is
turned to oneself ("the documentary about abuse made me realise he does that to me": it was quiet).

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.talk import ALEX_VOICE, Talk, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models.safety import RESOURCES
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.help_words import WORDING

DISTRESS = [
    "no point going on any more",
    "there's no point carrying on anymore",
    "no reason to go on",
    "nothing left to live for",
    "what's even the point any more",
    "honestly what's even the point anymore",
    "i am feeling to die",
    "I'm the one he beats",
    "i'm the one he hurts",
    "I'm the one who gets hit",
    "I've always been the one he takes it out on",
    "i'm scared of my bf",
    "my gf hits me",
    "he is not allowing me to meet my friends",
    "she is not letting me go to my mother's house",
    "is there a number I can call if I'm being abused",
    "does everyone's husband grab their throat when they argue?",
    "he grabs me by the neck",
    # One's own life recognised in a story of abuse (skill/distress_seen_in_a_story.py).
    "the documentary about abuse made me realise he does that to me",
    "we watched a film about a man who hits his wife, my husband does that to me",
    "we saw a movie about a controlling husband and honestly that's my marriage",
    "I read a book about coercive control and realised I've been living with that for years",
    "the podcast about abusive relationships made me realise I am being abused",
    "we watched a movie about domestic abuse, it's us",
]
TWINS = [
    "i'm tired of living out of a suitcase",
    "i am tired of living in this small flat",
    "I'm the one he beats at chess",
    "what's even the point of the meeting",
    "he is not allowing me to pay for dinner",
    "he grabbed his neck pillow",
    # A story watched or read, told in one clause with nothing of one's own (skill/distress_everyday.py).
    "we watched a film where the husband hits his wife",
    "we watched a doco about domestic violence",
    "I saw a news story about a woman whose husband beat her",
    "we watched a film about climbing and that's what happens to me when I panic",
]
# Said alone at a question, no carrier of any locale brings these to the skill: Alexa's fallback takes them there.
UNREACHED = (
    "no reason to go on",
    "nothing left to live for",
    "i'm scared of my bf",
    "my gf hits me",
    "he is not allowing me to meet my friends",
    "she is not letting me go to my mother's house",
    "does everyone's husband grab their throat when they argue?",
    "there's no point carrying on anymore",
    "I've always been the one he takes it out on",
)

LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-AU", "en-IN", "en-CA"])
@pytest.mark.parametrize(
    "said",
    [
        "no point going on any more",
        "what's even the point any more",
        "i am feeling to die",
        "I'm the one he beats",
        "is there a number I can call if I'm being abused",
        "he grabs me by the neck",
    ],
)
def test_said_alone_in_every_locale_it_gets_that_locales_numbers(session, skill, session_factory, home, said, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    answer = talk(said)
    assert RESOURCES[locale].crisis.spoken_name in answer.speech and answer.open, answer.speech
    assert WORDING[locale]["unsure"] not in answer.speech
    assert entries(session) == []


@pytest.mark.parametrize("said", ["i'm the one she hurts", "i'm the one she beats", "I'm the one they take it out on"])
def test_she_or_they_is_read_as_he_is(said) -> None:
    """Alexa's matcher hears "she" as "he" (interaction-model/generate.py keeps one); the reading takes either."""
    assert is_distress(said) and is_distress(said, ("Sam", "Alex"))


@pytest.mark.parametrize(
    "said",
    [
        "he'll kill me if I forget the evening talk",
        "Sam's going to kill me, I forgot the evening talk",
        "she'd kill me if I missed the evening walk",
        "my husband will kill me if I don't call when late",
    ],
)
def test_a_threat_to_kill_over_one_of_the_couples_promises_gets_help(session, alex_talks, contract, said) -> None:
    """tester-voice48: offered back as a moment of reliability for the partner to read, or logged as a miss with the
    threat its note (skill/threat_over_promise.py); over the milk the idiom stays (test_distress_threat_if_late)."""
    answer = alex_talks(said)
    assert RESOURCES["en-US"].crisis.spoken_name in answer.speech, answer.speech
    assert "moment of reliability" not in answer.speech and entries(session) == []


def test_the_same_words_over_no_promise_stay_the_idiom(session, alex_talks, contract) -> None:
    answer = alex_talks("she'll kill me if I forget the milk again")
    assert RESOURCES["en-US"].crisis.spoken_name not in answer.speech, answer.speech
    assert entries(session) == []


def test_on_a_device_not_linked_the_threat_rule_reads_nothing_and_writes_nothing(
    session, skill, session_factory
) -> None:
    """No couple, no promises to read: the words go on as they did (the idiom's calm line or the link steps)."""
    talk = Talk(skill, session_factory, locale="en-US")
    talk.conversation.user_id = "amzn1.ask.account.NOT-LINKED-HOME"
    answer = talk("he'll kill me if I forget the evening talk")
    assert RESOURCES["en-US"].crisis.spoken_name not in answer.speech, answer.speech
    assert entries(session) == []
