"""Natural phrasings left after nlu7 (issue 8; nlu8), each added by shape and heard through the
locale's own model (tests/skill/talk.py): "how's it going for us" is progress, "any wins this week"
asks what to celebrate, "I want to note something good Sam did" is a moment (not a celebration),
"mark my promise as done" is a keep, "today is a very difficult day for me" is a hard day (an
intensifier after "a": generate.py's intensify rule), and "no wait, change that" goes back a
question. Said alone, a game split at the "and he beat" carrier or a comparison at "rather die"
is read whole (skill/carrier_reading.py), and a bare "he shot me" reaches the help lines."""

from __future__ import annotations

import pytest

from tests.skill.talk import Talk
from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk
from tests.skill.voice12_home import VOICE
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.carrier_reading import readings
from trust_tracker.skill.distress import is_distress


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "intent", "like"),
    [
        ("how's it going for us", "ProgressIntent", "how are we doing"),
        ("any wins this week", "CelebrateIntent", "what should we celebrate"),
        ("were there any wins today", "CelebrateIntent", "what should we celebrate"),
        ("today is a very difficult day for me", "HardDayIntent", "I'm having a hard day"),
        ("it's a really rough day", "HardDayIntent", "I'm having a hard day"),
        ("I'm having a really hard day", "HardDayIntent", "I'm having a hard day"),
    ],
)
def test_each_is_heard_as_its_job_and_answered_as_it(session, session_factory, locale, said, intent, like) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == intent
    if intent == "HardDayIntent":  # logged once a day, and said so after: both compared as said again
        _talk_again(session_factory, locale, like)
    assert talk(said).speech == _talk_again(session_factory, locale, like)


def _talk_again(session_factory, locale: str, said: str) -> str:
    # The same couple, a fresh conversation: the answer the usual words get.
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)(said).speech


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["mark my promise as done", "mark my commitment as complete"])
def test_a_promise_marked_done_is_a_keep(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "LogKeptIntent"
    asked = talk(said)
    assert asked.open and rows(session) == [], asked.speech  # which one: nothing guessed
    talk("call when late")
    assert [(kind, name) for kind, name, _, _ in rows(session)] == [("kept", "call when late")]


@pytest.mark.parametrize("locale", LOCALES)
def test_something_good_sam_did_is_a_moment_not_a_celebration(session, session_factory, locale) -> None:
    talk = _talk(session, session_factory, locale)
    said = "I want to note something good Sam picked me up from the station"
    assert _heard(talk, said) == "LogReliabilityIntent"
    assert _heard(talk, "I want to note something good Sam did") == "LogReliabilityIntent"
    talk(said)
    assert [(kind, note) for kind, _, _, note in rows(session)] == [
        ("reliability", "Sam picked me up from the station")
    ]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["no wait, change that", "hang on, let me change it", "sorry, change that"])
def test_no_wait_change_that_is_going_back(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "AMAZON.PreviousIntent"


# The same shapes with other words reach none of the new samples.
@pytest.mark.parametrize(
    "said", ["any winners this week", "mark my words", "how's it going for your mum", "change the channel"]
)
def test_the_everyday_lookalikes_reach_none_of_the_new_samples(session, session_factory, said) -> None:
    talk = _talk(session, session_factory, "en-US")
    assert _heard(talk, said) not in {"CelebrateIntent", "LogKeptIntent", "ProgressIntent", "AMAZON.PreviousIntent"}


@pytest.mark.parametrize(
    ("slots", "heard"),
    [
        ({"before_and_he_beat": "we played hoops", "after_and_he_beat": "me badly"}, False),
        ({"before_and_he_beat": "we played chess", "after_and_he_beat": "me again"}, False),
        ({"before_and_he_beat": "i told him i was leaving", "after_and_he_beat": "me"}, True),
        ({"after_and_he_beat": "me badly"}, True),
        ({"before_rather_just_die": "i'd", "after_rather_just_die": "than eat sprouts"}, False),
        ({"before_rather_just_die": "honestly i'd", "after_rather_just_die": "than live like this"}, True),
        ({"before_rather_just_die": "honestly i'd"}, True),
    ],
)
def test_a_carrier_joined_by_and_or_than_is_read_whole(slots, heard) -> None:
    assert any(is_distress(said) for said in readings(slots)) is heard


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["he shot me", "he shot me again", "my partner shot me"])
def test_a_bare_shot_said_alone_gets_the_help_lines(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert talk(said).speech.startswith("I'm sorry you're going through this.")
    assert rows(session) == []
