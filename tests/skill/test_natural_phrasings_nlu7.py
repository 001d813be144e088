"""Natural phrasings testers found not understood (tester-voice21 #12, tester-voice22 #8 and #11;
nlu7, issue 8), each added by shape: a setback or "one" missed asks which promise, as any bare miss
does; how it is going "with us", "our trust" or "our score" is progress; a good or nice moment to
save, or "something good happened", asks for the moment (not a celebration). Said through the
locale's own model (tests/skill/talk.py); the everyday lookalikes of each shape reach none of them."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import Match

LOCALES = ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"]
ASKED_MISSED = "Which one did you miss: call when late or evening talk?"
ASKED_MOMENT = "What was the moment of reliability?"


def _talk(session, session_factory, locale: str) -> Talk:
    one, two = linked_couple(session, "Alex", "Sam", person_id=VOICE)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


def _heard(talk: Talk, said: str) -> str | None:
    match = talk.conversation.hear(talk.model, said)
    return match.intent if match else None


def asks_which_then_logs(session, talk: Talk, said: str, heard: str, asked: str, named: str) -> list[tuple]:
    """`said` names no promise: heard as `heard`, it asks `asked` and logs nothing on a guess; the
    promise `named` next is logged. The (kind, promise) rows written."""
    assert _heard(talk, said) == heard
    answer = talk(said)
    assert answer.speech == asked and answer.open, answer.speech
    assert rows(session) == []  # nothing guessed
    talk(named)
    return [(kind, name) for kind, name, _, _ in rows(session)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said", ["log a setback", "record a setback", "I had a setback", "I missed one today", "I broke one"]
)
def test_a_setback_or_one_missed_asks_which_and_the_answer_logs_it(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    asked = talk(said)
    assert asked.speech == ASKED_MISSED and asked.open, asked.speech
    assert rows(session) == []  # nothing written before the answer
    talk("the evening talk")
    assert [(kind, name) for kind, name, _, _ in rows(session)] == [("missed", "evening talk")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    [
        "how's it going with us",
        "how's it going between us",
        "how's our trust going",
        "how is our relationship going",
        "what's our score this week",
        "what's our score",
        # tester-voice27 and 28's (nlu10).
        "give me a summary of this week",
        # The model gives each sample a share of its polite carriers by its place (generate.py's spread): since
        # voice36's cuts this one has "can you", no longer "could you" (Alexa's matcher hears them alike).
        "can you give me a summary of this week",
        "how are things going between us",
        "how are things between us",
        "how are things going with us",
    ],
)
def test_how_it_is_going_with_us_is_our_progress(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    # "how are things" is a progress topic word since voice36: its carrier, read as the progress question.
    assert _heard(talk, said) == ("ProgressTopicIntent" if "how are things" in said else "ProgressIntent")
    assert talk(said).speech == talk("how are we doing").speech
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said", ["save a good moment", "add a nice moment", "note a lovely moment", "something good happened"]
)
def test_a_good_moment_asks_for_the_moment_and_saves_it(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    asked = talk(said)
    assert asked.speech.startswith(ASKED_MOMENT) and asked.open, asked.speech
    assert rows(session) == []
    talk.send(Match("LogReliabilityIntent", {"note": "sam picked me up from the station"}))
    assert [(kind, note) for kind, _, _, note in rows(session)] == [
        ("reliability", "Sam picked me up from the station")
    ]


# The same shapes with other words: none is a miss, progress or a moment, and nothing is written.
LOOKALIKES = [
    "something bad happened",
    "what's the score in the football",
    "how's it going with the new job",
    "log a complaint",
    "save a seat for me",
]


@pytest.mark.parametrize("said", LOOKALIKES)
def test_the_everyday_lookalikes_reach_none_of_the_new_samples(session, session_factory, said) -> None:
    talk = _talk(session, session_factory, "en-US")
    match = talk.conversation.hear(talk.model, said)
    assert match is None or match.intent not in {"LogMissedIntent", "ProgressIntent", "LogReliabilityIntent"}
    if match is not None:
        talk.send(match)
    assert rows(session) == []


@pytest.mark.parametrize("odd", ["", "?", "🙂🙂", "sam " * 300])
def test_odd_words_for_the_moment_asked_for_save_nothing_odd(session, session_factory, odd) -> None:
    talk = _talk(session, session_factory, "en-GB")
    talk("save a good moment")
    said = talk.send(Match("LogReliabilityIntent", {"note": odd}))
    assert said.speech and "Traceback" not in said.speech
    assert all(note and note.strip("?🙂 ") for _, _, _, note in rows(session))


def test_distress_told_as_something_good_gets_help_and_nothing_is_saved(session, session_factory) -> None:
    talk = _talk(session, session_factory, "en-AU")
    talk("something good happened")
    said = talk.send(Match("LogReliabilityIntent", {"note": "he only hit me once this week"}))
    assert said.speech.startswith("I'm sorry you're going through this."), said.speech
    assert rows(session) == []
