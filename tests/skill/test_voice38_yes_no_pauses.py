"""Yes-or-no questions and pauses (tester-voice36 D10, D12, D20, D23, D29), typed through the interaction
model of two locales and asserted on speech and rows: "wait no", "no wait", "hang on no" at a yes-or-no
question are a pause (the question again), never an undo of another entry; "actually no", "actually,
no thanks", "actually yes" answer it; pauses at "which one?" and at a check-in question are asked again
gently, never counted, never a skip; after the crisis answer a pause offers the pause again gently."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, Talk, entries
from tests.skill.test_repairs import answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-GB", "en-AU"]
SLIPS = ["wait no", "no wait", "hang on no"]
BOTH = "Shall I log both as missed? Yes or no."


def kinds(session) -> list[tuple[LogKind, int | None]]:
    return [(e.kind, e.lineage_id) for e in entries(session)]


def both_asked(talk: Talk) -> None:
    talk("I kept my promise to call when late")  # an entry an undo could take
    talk("I missed my promise about the evening")
    asked = talk("both")
    assert asked.speech.endswith("Shall I log both as missed?") and asked.reprompt == BOTH


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("slip", SLIPS)
def test_a_slip_at_a_yes_or_no_question_asks_it_again_and_undoes_nothing(
    session, skill, session_factory, contract, locale, slip
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    both_asked(talk)
    heard = talk(slip)
    assert heard.speech.endswith(BOTH) and heard.speech != BOTH and "remove" not in heard.speech and heard.open
    assert kinds(session) == [(LogKind.KEPT, contract["call when late"])]  # nothing removed
    assert talk("yes").speech.startswith("Logged both")
    assert sorted(kinds(session)) == sorted(
        [
            (LogKind.KEPT, contract["call when late"]),
            (LogKind.MISSED, contract["evening talk"]),
            (LogKind.MISSED, contract["evening walk"]),
        ]
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_an_undo_heard_at_a_yes_or_no_question_is_a_pause(session, skill, session_factory, contract, locale):
    """On a device "wait no" may come as UndoIntent itself: the question again, no entry offered."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    both_asked(talk)
    heard = talk.send(Match("UndoIntent", {}))
    assert heard.speech.endswith(BOTH) and "remove" not in heard.speech and heard.open
    assert kinds(session) == [(LogKind.KEPT, contract["call when late"])]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("no", ["actually no", "actually, no thanks", "well no"])
def test_actually_no_is_the_no_of_every_yes_or_no_question(session, skill, session_factory, contract, locale, no):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    both_asked(talk)
    assert talk(no).speech == SAY("which_one_none")
    assert talk("undo that").open  # "Shall I remove it?"
    heard = talk(no)
    assert heard.speech == SAY("undo_kept") and not heard.open
    assert kinds(session) == [(LogKind.KEPT, contract["call when late"])]


@pytest.mark.parametrize("locale", LOCALES)
def test_at_the_undo_offer_a_slip_keeps_the_offer_and_actually_yes_removes_it(
    session, skill, session_factory, contract, locale
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("I kept my promise about the evening walk")
    talk("I kept my promise to call when late")
    offer = talk("undo that")
    assert "call when late" in offer.speech
    for slip in SLIPS:  # never the next older entry (tester-voice36 D12)
        heard = talk(slip)
        assert heard.speech.endswith(offer.reprompt) and "evening walk" not in heard.speech and heard.open
    heard = talk("actually yes")
    assert "call when late" in heard.speech and not heard.open
    assert kinds(session) == [(LogKind.KEPT, contract["evening walk"])]


@pytest.mark.parametrize("locale", LOCALES)
def test_the_one_before_at_the_undo_offer_still_goes_further_back(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("I kept my promise about the evening walk")
    talk("I kept my promise to call when late")
    talk("undo that")
    assert "evening walk" in talk("not that one the one before").speech
    talk("yes")
    assert kinds(session) == [(LogKind.KEPT, contract["call when late"])]


@pytest.mark.parametrize("locale", LOCALES)
def test_pauses_at_which_one_keep_the_question_and_the_moment_offer(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    first = talk("I fixed the gate")  # "Was it …? Or shall I note it as a moment of reliability?"
    assert "moment of reliability" in first.speech
    for pause in ["hold on", "erm", "hang on a sec", "wait"]:
        heard = talk.send(Match("LogKeptIntent", {"commitment": pause}))  # the elicited slot
        assert heard.open and heard.speech.endswith("Or shall I note it as a moment of reliability?")
        assert "couldn't tell" not in heard.speech
    assert kinds(session) == []
    talk.send(Match("LogKeptIntent", {"commitment": "the evening walk"}))
    assert kinds(session) == [(LogKind.KEPT, contract["evening walk"])]


@pytest.mark.parametrize("locale", LOCALES)
def test_pauses_at_a_checkin_question_never_skip_it(session, skill, session_factory, home, contract, locale):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("start our check-in")
    talk("no")
    for pause in ["hold on", "erm", "hang on a sec", "wait"]:
        heard = talk(pause)
        assert heard.speech.endswith(QUESTIONS[0]) and "later" not in heard.speech and heard.open
    assert answers(session) == []
    talk("our walk")
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize("locale", LOCALES)
def test_pauses_after_the_crisis_answer_offer_the_pause_gently(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("I kept my promise to call when late")
    first = talk("i'm scared of him")
    assert "danger" in first.speech and first.speech.endswith("Would you like a short pause?")
    fallback = Match("AMAZON.FallbackIntent", {})  # "erm", "hold on": no intent of the model's
    for heard in (talk.send(fallback), talk.send(fallback), talk("wait no")):
        assert heard.speech == "Take your time. Would you like a short pause?" and heard.open
    helped = talk("help")  # asked for help: the numbers again, in full
    assert "danger" in helped.speech
    assert talk("yes").speech.startswith("Let's breathe")
    assert kinds(session) == [(LogKind.KEPT, contract["call when late"])]  # nothing removed, nothing saved
