"""Natural phrasings tester-voice26 found not understood, each added by shape and heard through the
locale's own model (tests/skill/talk.py): "what did we promise" reads the contract back, "write down that
we had a good talk" is a moment, "I didn't manage to keep my promise today" asks which one (no promise
named), "I'm finding this hard" is a hard day (not a keep). "this is Sam" said alone stays unmatched: the bare
"this is {name}" carrier swallowed "this is hard" (issue 8 removes it; "actually this is Sam" switches).
Other words of each shape too."""

from __future__ import annotations

import pytest

from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk
from tests.skill.test_natural_phrasings_nlu8 import _talk_again
from tests.skill.voice12_home import named_rows as rows


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "intent", "like"),
    [
        ("what did we promise", "ReadContractIntent", "what's in our contract"),
        ("what have we promised", "ReadContractIntent", "what's in our contract"),
    ],
)
def test_each_is_heard_as_its_job_and_answered_as_it(session, session_factory, locale, said, intent, like) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == intent
    assert talk(said).speech == _talk_again(session_factory, locale, like)
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("write down that we had a good talk", "We had a good talk"),
        ("jot down that Sam cooked dinner for us", "Sam cooked dinner for us"),
    ],
)
def test_written_down_is_a_moment_in_its_own_words(session, session_factory, locale, said, note) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "LogReliabilityIntent"
    assert talk(said).speech.startswith("Noted, a moment of reliability:")
    assert [(kind, logged) for kind, _, _, logged in rows(session)] == [("reliability", note)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["I didn't manage to keep my promise today", "I couldn't manage to keep my promise"])
def test_a_promise_not_kept_naming_none_asks_which(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "LogMissedIntent"
    asked = talk(said)
    assert asked.speech.startswith("Which one did you miss") and asked.open, asked.speech
    assert rows(session) == []  # nothing guessed
    talk("call when late")
    assert [(kind, name) for kind, name, _, _ in rows(session)] == [("missed", "call when late")]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    [
        "I'm finding this hard",
        "I'm finding things difficult",
        # tester-voice27's en-IN "today was very difficult" and its shape (nlu10).
        "today was very difficult",
        "today was difficult",
        "today has been really difficult",
        "today was so difficult",
    ],
)
def test_finding_it_hard_is_a_hard_day_not_a_keep(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "HardDayIntent"
    assert talk(said).speech.startswith("I'm sorry today is hard")
    assert [kind for kind, _, _, _ in rows(session)] == ["hard_day"]


# The same shapes with other words reach none of the new samples' jobs.
@pytest.mark.parametrize(
    ("said", "not_intent"),
    [
        ("what did we eat", "ReadContractIntent"),
        ("I'm finding this film boring", "HardDayIntent"),
        ("write down the shopping list", "LogReliabilityIntent"),
        # nlu10's shapes.
        ("I let the dog out today", "LogMissedIntent"),
        ("I broke a plate", "LogMissedIntent"),
        ("I want to record a podcast", "LogReliabilityIntent"),
        ("give me a summary of the news", "ProgressIntent"),
        ("how are things going at work", "ProgressIntent"),
        ("today was sunny", "HardDayIntent"),
    ],
)
def test_the_everyday_lookalikes_reach_none_of_the_new_samples(session, session_factory, said, not_intent) -> None:
    talk = _talk(session, session_factory, "en-US")
    assert _heard(talk, said) != not_intent
