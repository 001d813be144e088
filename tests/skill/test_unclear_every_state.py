"""No state loops (issue 8, voice8; a tester heard "Sorry, I didn't get that" eight times at "Is
Sam with you?"). Every question state the skill can be in gets four unclear replies: the first
asks again, the second (counted per session) offers two things to say there and the way to help,
the third ends kindly, keeping what was saved; the fourth starts afresh."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_entry
from tests.skill import talk as conversations
from tests.skill.talk import SAY, Talk, entries
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import LogKind
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.simulator import Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

GENTLE = "If you're not safe, say: I need help."
# Each state: how to get there, and the two things suggested there.
STATES = {
    "menu": ([], "hint_menu"),
    "together?": (["start our check-in"], "hint_together"),
    "a check-in question": (["start our check-in", "no"], "hint_question"),
    "answer or request?": (["start our check-in", "no", "how are we doing"], "hint_yes_no"),
    "log it or my answer?": (["start our check-in", "no", "I missed the evening talk on Thursday"], "hint_held"),
    "which one, mid check-in": (["start our check-in", "I kept my promise to call"], "hint_which"),
    "which one?": (["I kept my promise to call"], "hint_which"),
    "reflect?": (["I missed my promise to call when late"], "hint_yes_no"),
    "what triggered it?": (["I missed my promise to call when late", "yes"], "hint_reflection"),
    "what would have prevented it?": (
        ["I missed my promise to call when late", "yes", "traffic and a flat phone"],
        "hint_reflection",
    ),
    "propose a change?": (
        ["I missed my promise to call when late", "yes", "traffic and a flat phone", "charging it at night"],
        "hint_yes_no",
    ),
    "a skipped question, offered again": (
        ["start our check-in", "no", "skip", "we argued less", "more walks", "a date night"],
        "hint_skipped",
    ),
    "which boundary?": (["I crossed a boundary at the gym"], "hint_which"),
    "undo?": (["log a small win we cooked", "undo that"], "hint_yes_no"),
    "all of them?": (["I missed all of them"], "hint_yes_no"),
    "seen?": (["what did sam log"], "hint_yes_no"),
}


def _four_unclear(talk: Talk) -> list:
    said = []
    for _ in range(4):
        said.append(talk.send(Match("AMAZON.FallbackIntent")))
    return said


@pytest.mark.parametrize("state", sorted(STATES))
def test_four_unclear_replies_in_every_state_never_loop(session, home, contract, alex_talks, state):
    _, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, NOW.date(), note="we cooked")
    steps, hint = STATES[state]
    for utterance in ["open trust tracker", *steps]:
        asked = alex_talks(utterance)
    assert asked.open, state
    saved = (answers(session), [e.id for e in entries(session)], session.scalars(select(SetbackReflection)).all())
    first, second, third, fourth = _four_unclear(alex_talks)
    assert first.open and second.open and not third.open
    assert (
        second.speech.startswith(f"I'm still not getting it. You could say: {SAY(hint)}.") and GENTLE in second.speech
    )
    assert third.speech in (SAY("fallback_give_up"), SAY("fallback_give_up_saved"))
    assert fourth.open and fourth.speech != third.speech  # a new session: the menu's first fallback
    assert saved == (
        answers(session),
        [e.id for e in entries(session)],
        session.scalars(select(SetbackReflection)).all(),
    )


def test_who_is_speaking_gets_its_two_things_then_ends(session, couple, shared_talk):
    assert shared_talk("open trust tracker").open
    first, second, third, _ = _four_unclear(shared_talk)
    assert first.open and second.speech.startswith(f"I'm still not getting it. You could say: {SAY('hint_who')}.")
    assert not third.open


def test_the_testers_loop_at_is_sam_with_you_ends_by_the_third(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    said = [alex_talks.send(Match("AMAZON.FallbackIntent")) for _ in range(3)]
    assert [s.open for s in said] == [True, True, False]
    assert said[2].speech == SAY("fallback_give_up") and answers(session) == []


def test_skip_at_is_sam_with_you_goes_on_alone(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    skipped = alex_talks.send(Match("AMAZON.NextIntent"))  # voice31: understood, never a reply not understood
    assert skipped.open and "Question 1" in skipped.speech, skipped.speech
    assert answers(session) == []


def test_go_back_at_is_sam_with_you_asks_again_and_never_ends_it(session, home, contract, alex_talks):
    alex_talks("start our check-in")
    said = [alex_talks.send(Match("AMAZON.PreviousIntent")) for _ in range(3)]
    assert all(s.open and "Is Sam here for the check-in too?" in s.speech for s in said), [s.speech for s in said]
    assert answers(session) == []


def test_the_count_is_per_session_and_answers_saved_stay_saved(session, home, contract, alex_talks):
    alex, _ = home
    alex_talks("start our check-in")
    alex_talks.send(Match("AMAZON.FallbackIntent"))  # one at "Is Sam with you?"
    alex_talks("no")
    alex_talks("our walk")
    second = alex_talks.send(Match("AMAZON.FallbackIntent"))  # the second in this session, at question 2
    assert second.speech.startswith(f"I'm still not getting it. You could say: {SAY('hint_question')}.")
    third = alex_talks.send(Match("AMAZON.FallbackIntent"))
    assert third.speech == SAY("fallback_give_up_saved") and not third.open
    assert answers(session) == [(alex.id, 0, "Our walk")]
