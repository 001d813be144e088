"""What people say first and got only Alexa's fallback (nlu17's additions, landed by nlu18 once the learned
checks trained on a snapshot of the samples), heard by shape in every locale and answered: what is due
today is the speaker's promises due and not yet logged (models/still_open.py), how I am doing is the
progress, what I promised is the contract read, and "actually no" is a no at launch and at the crisis
answer's pause offer. Questions save nothing. A question about the speaker alone is never given a
carrier of the couple ("we would like to know what i promised")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.skill.talk import Talk
from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk
from tests.skill.voice12_home import VOICE
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill

MODELS = Path(__file__).parents[2] / "interaction-model"
PROGRESS = "Nothing's been logged yet this week, or by this point last week."
MINE = "Your own promises: call when late. Shared with Sam: evening talk."
DUE_BOTH = "Still to log today: call when late and evening talk."
DUE_ONE = "Still to log today: evening talk."
DUE_NONE = "Nothing's left to log today."
CRISIS = "I'm sorry you're going through this."


def _again(session_factory, locale: str) -> Talk:
    """Another device session in the same home (an answer heard afresh, not varied for being heard before)."""
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize(
    "said",
    [
        "what's due today",
        "what do I still have to do today",
        "anything left for today",
        "is there anything left to do today",
        "can you tell me what I need to do today",
    ],
)
def test_what_is_due_today_is_what_the_speaker_has_not_logged_yet(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "DueTodayIntent"
    assert talk(said).speech == DUE_BOTH
    assert rows(session) == []
    talk("I kept my promise to call when late")
    assert _again(session_factory, locale)(said).speech == DUE_ONE
    talk("I kept my promise to do the evening talk")
    assert _again(session_factory, locale)(said).speech == DUE_NONE
    assert sorted(name for _, name, _, _ in rows(session)) == ["call when late", "evening talk"]


@pytest.mark.parametrize("locale", ["en-CA", "en-IN"])
@pytest.mark.parametrize("said", ["how am I doing", "how am I doing this week", "am I doing ok", "am I doing alright"])
def test_how_i_am_doing_is_the_progress_and_saves_nothing(session, session_factory, locale, said) -> None:
    """Since nlu19, the speaker's own progress (MyProgressIntent, tests/skill/test_natural_phrasings_nlu19.py)."""
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "MyProgressIntent"
    assert talk(said).speech == f"Just your own entries, Alex. {PROGRESS}"
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-US", "en-AU"])
@pytest.mark.parametrize("said", ["what did I promise", "what have I agreed to", "what are my promises"])
def test_what_i_promised_reads_the_commitments_and_saves_nothing(session, session_factory, locale, said) -> None:
    """Since nlu19, the speaker's own and the shared ones named apart (MyPromisesIntent), never the partner's."""
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "MyPromisesIntent"
    assert talk(said).speech == MINE
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-CA", "en-GB"])
@pytest.mark.parametrize("said", ["actually no", "no actually", "oh actually no"])
def test_actually_no_at_launch_is_its_no(session, session_factory, locale, said) -> None:
    talk, plain = _talk(session, session_factory, locale), _again(session_factory, locale)
    for device in (talk, plain):
        assert device("open trust tracker").open
    assert _heard(talk, said) == "AMAZON.NoIntent"
    answer = talk(said)
    assert answer.speech == plain("no").speech and not answer.open
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-AU", "en-IN"])
@pytest.mark.parametrize("said", ["actually no", "no actually"])
def test_actually_no_at_the_crisis_answers_pause_offer_is_its_no(session, session_factory, locale, said) -> None:
    talk, plain = _talk(session, session_factory, locale), _again(session_factory, locale)
    for device in (talk, plain):
        assert device("I'm scared of him").speech.startswith(CRISIS)
    assert _heard(talk, said) == "AMAZON.NoIntent"
    assert talk(said).speech == plain("no").speech
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
def test_a_question_about_the_speaker_alone_is_never_asked_for_the_couple(locale) -> None:
    model = json.loads((MODELS / f"{locale}.json").read_text())["interactionModel"]["languageModel"]
    questions = [s for i in model["intents"] for s in i.get("samples", []) if " i " in f" {s} "]
    couple = ("can you tell us ", "could you tell us ", "please tell us ", "we want to know ", "let us know ")
    mixed = [s for s in questions if s.startswith(couple) and not {"we", "our", "us"} & set(s.split()[4:])]
    assert mixed == []
    assert "how am i doing" in questions and "can you tell me what i need to do today" in questions
