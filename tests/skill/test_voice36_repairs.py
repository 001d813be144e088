"""Ordinary conversations tester-voice33 and tester-voice34 found mishandled (task voice36), for two
couples in two locales, through the skill's real request path (spoken text and the rows saved). Item 4
(the moment picked without its "a") is in test_voice28_repairs.py; item 6's pauses at "Is Sam with you?"
in test_hesitation_at_together.py.

1. Said alone, how things are between us (progress), a day that has been hard (the hard day), a setback
   (a miss, which promise asked) reach their job, in other words than the tester's too; their innocent
   twins ("how are things at work", "the match was a rough one", "a setback for the builders") do nothing.
2. A keep of the partner's own promise told by the other ("kept my word and did the dishes", the
   dishes Sam's) is not theirs to log, but the session stays open: one of their own, or the moment.
6. Pauses during a setback's reflection ("hang on", then "wait no") are asked again gently, at the offer
   and at its questions: never "just yes or no", never the reflection ended.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, four_promises, linked_couple
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.builder import build_skill

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]


# --- 6. pauses in a reflection -------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_pauses_during_a_reflection_ask_again(session, session_factory, a, b, locale) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    assert "reflect on it?" in talk("I missed my open phone").speech
    for pause in ["hang on", "wait no"]:
        said = talk(pause)
        assert said.open and said.speech.endswith("Would you like to reflect on it now? Yes or no?"), said.speech
        assert "Just yes or no" not in said.speech, said.speech
    assert talk("yes").speech == "What triggered it?"
    for pause in ["hang on", "wait no", "erm"]:
        said = talk(pause)
        assert said.open and said.speech.endswith(" What triggered it?"), said.speech
    assert talk("I was tired after work").speech.endswith("What would have prevented it?")
    assert [r.trigger for r in session.scalars(select(SetbackReflection))] == ["I was tired after work"]
    assert [k for k, _, _, _ in rows(session)] == ["missed"]


# --- 1. said alone, by shape ---------------------------------------------------------------------

PROGRESS = [
    "how are things between us lately",
    "how are things with us",
    "how are things going between us",
    "how are things going",
]
HARD_DAY = [
    "today's been really rough",
    "today has been so hard",
    "it's been a rough one today",
    "it has been a rough one",
    "honestly today was so hard",
]
SETBACK = ["a bit of a setback today", "small setback this week", "i had a setback", "log a setback"]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", PROGRESS)
def test_how_things_are_between_us_is_progress(session, session_factory, a, b, locale, said) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    reply = talk(said)
    assert reply.speech.startswith("Nothing's been logged yet this week"), reply.speech  # the progress, of no entries
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", HARD_DAY)
def test_a_hard_day_said_in_other_words_is_the_hard_day(session, session_factory, a, b, locale, said) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    reply = talk(said)
    assert "simpler versions you agreed are enough today" in reply.speech, reply.speech
    assert [k for k, _, _, _ in rows(session)] == ["hard_day"]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", SETBACK)
def test_a_setback_said_alone_asks_which_promise(session, session_factory, a, b, locale, said) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    reply = talk(said)
    assert reply.open and "call when late, evening talk, open phone or Sunday walk?" in reply.speech, reply.speech
    assert rows(session) == []
    logged = talk("the evening talk")
    assert "you missed your evening talk" in logged.speech, logged.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("missed", "evening talk")]


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize(
    "said",
    [
        "how are things at work",
        "the ferry crossing was really rough",
        "the match was a rough one",
        "that maths exam was so hard",
        "a setback for the builders",
        "it was so hard to find parking",
    ],
)
def test_their_innocent_twins_do_nothing(session, session_factory, locale, said) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    reply = talk(said)
    assert "this week" not in reply.speech and "simpler versions" not in reply.speech, reply.speech
    assert "Which one did you miss" not in reply.speech, reply.speech
    assert rows(session) == []


# --- 2. the partner's promise kept by the other ----------------------------------------------------


def _dishes_theirs(session, session_factory, a: str, b: str, locale: str) -> Talk:
    """`a`'s device; "the dishes" is `b`'s promise, "call when late" `a`'s own."""
    one, two = linked_couple(session, a, b, person_id=VOICE)
    drafts = [
        contracts.ItemDraft(
            ItemKind.COMMITMENT, "Do the dishes after dinner", short_name="the dishes", owner_id=two.id
        ),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when I'm late", short_name="call when late", owner_id=one.id),
    ]
    version = contracts.propose_version(session, one, drafts, note="ours", now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", ["kept my word and did the dishes", "i did the dishes tonight"])
def test_the_partners_promise_kept_offers_the_moment(session, session_factory, a, b, locale, said) -> None:
    talk = _dishes_theirs(session, session_factory, a, b, locale)
    offered = talk(said)
    assert offered.open, offered.speech
    assert offered.speech == (
        f"That is {b}'s commitment, so {b} logs it. Was it one of yours: call when late? "
        "Or shall I note it as a moment of reliability?"
    )
    assert rows(session) == []
    noted = talk("yes")
    assert noted.speech.startswith("Noted, a moment of reliability: you "), noted.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("reliability", None)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_no_to_the_offer_logs_nothing(session, session_factory, a, b, locale) -> None:
    talk = _dishes_theirs(session, session_factory, a, b, locale)
    talk("kept my word and did the dishes")
    said = talk("no")
    assert "haven't logged" in said.speech and not said.open, said.speech
    assert rows(session) == []
