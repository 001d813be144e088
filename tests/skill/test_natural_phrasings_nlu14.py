"""Questions that reached only Alexa's fallback in every locale (tv35 D9): "how am I doing" (the
launch and repair prompts invite it) and "are we doing ok" are the progress answer; "what are my
promises" and "what did I promise" read the contract back; "can we do the weekly thing" starts the
check-in. Said alone through the locale's own model (tests/skill/talk.py). Their twins, doing
something or for something ("how am I doing for time", "are we doing anything tonight") or said
of oneself ("I'm doing ok"), are not the progress question, and nothing is written."""

from __future__ import annotations

import pytest

from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk
from tests.skill.voice12_home import named_rows as rows

PROGRESS_ASKED = [
    ("how am I doing", "ProgressIntent"),
    ("how am I doing this week", "ProgressIntent"),
    ("how am I doing this week honestly", "ProgressTopicIntent"),
    ("so how am I doing with my promises", "ProgressTopicIntent"),
    ("are we doing ok", "ProgressTopicIntent"),
    ("are we doing alright", "ProgressTopicIntent"),
    ("are we doing okay this week", "ProgressTopicIntent"),
    ("honestly are we doing well", "ProgressTopicIntent"),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("said", "heard"), PROGRESS_ASKED)
def test_how_am_i_doing_is_the_progress_answer(session, session_factory, locale, said, heard) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == heard
    answer = talk(said).speech
    assert "this week" in answer and answer == talk("how are we doing").speech, answer
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    [
        "how am I doing for time",
        "how are we doing for money",
        "are we doing anything tonight",
        "what are we doing this weekend",
        "how am I doing it wrong",
        "I'm doing ok",
        "we're doing alright thanks",
    ],
)
def test_doing_something_or_doing_ok_is_not_the_progress_question(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk(said).speech
    assert "this week" not in answer and "how you're doing" not in answer, answer
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["what are my promises", "what did I promise", "what did I promise please"])
def test_my_promises_read_the_contract_back(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "ReadContractIntent"
    answer = talk(said).speech
    assert answer.startswith("Here's your contract") and answer == talk("read our contract").speech, answer


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["can we do the weekly thing", "are we doing our check in tonight"])
def test_the_weekly_thing_starts_the_check_in(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk(said)
    assert answer.speech.startswith("Let's do your check-in.") and answer.open, answer.speech
    assert rows(session) == []
