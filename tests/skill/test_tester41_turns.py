"""tester-voice41's lost keeps (2026-12-06, on main 839baa7): a worry or an idiom, then a turn to what was done.
L1: "I'm terrified of this exam tomorrow but I kept my promise to …" got the worry line and the keep was lost;
L2: "I could kill for a coffee, but on tuesday I kept my promise …" was read as a wish, "still to come". The keep
told after the turn is logged, on its day; fear of a person before the turn still gets the help lines, nothing
saved; a wish with nothing done after it is still not logged. And at a check-in together (C2, C3): a handover
to the partner is never the speaker's answer, a stop said at the partner's turn stops."""

from __future__ import annotations

from datetime import date

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAY, entries
from tests.skill.test_logging_dialog import alex_talks, logged, mine
from tests.skill.voice12_home import checkin_begun, couple_talks, saved
from trust_tracker.models.checkins import DEFAULT_QUESTIONS
from trust_tracker.models.entities import LogKind

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "checkin_begun", "couple_talks", "home", "mine", "skill"]


@pytest.mark.parametrize(
    "utterance",
    [
        "i'm terrified of this exam tomorrow but i kept my promise to call when late",
        "i'm scared of spiders but i kept my promise to call when late",
        "i am nervous about the interview though i kept my promise to call when late",
    ],
)
def test_a_worry_then_a_keep_logs_the_keep(session, mine, alex_talks, utterance):
    said = alex_talks(utterance)
    assert said.speech.startswith("Logged: you kept your promise to call when late"), said.speech
    assert logged(session) == [(LogKind.KEPT, mine["call when late"])]


def test_an_idiom_wish_then_a_keep_on_a_day_logs_it_on_that_day(session, mine, alex_talks):
    said = alex_talks("i could kill for a coffee, but on tuesday i kept my promise to call when late")
    assert "call when late" in said.speech and "still to come" not in said.speech, said.speech
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id, entry.local_date) == (
        LogKind.KEPT,
        mine["call when late"],
        date(2026, 11, 24),  # NOW is Wednesday 25 November
    )


def test_fear_of_a_person_before_the_turn_gets_help_and_saves_nothing(session, mine, alex_talks):
    said = alex_talks("i'm scared of my husband but i kept my promise to call when late")
    assert "That wasn't saved" in said.speech, said.speech
    assert logged(session) == []


def test_a_wish_with_nothing_done_after_it_is_not_logged(session, mine, alex_talks):
    said = alex_talks("i'm dying to go on our evening walk but i need to finish work first")
    assert "still to come" in said.speech, said.speech
    assert logged(session) == []


@pytest.mark.parametrize("said", ["hold on, I need to stop here, we'll finish tomorrow", "we'll finish it later"])
def test_a_stop_said_at_the_partners_turn_stops_and_saves_nothing(session, checkin_begun, said):
    """C3: Alex's known voice at Sam's question, asking to stop, got the voice refusal and the question again."""
    talk = checkin_begun("Alex", "Sam", bound=True, together=True)
    talk("we talked every evening")  # Alex's answer; Sam's turn next
    heard = talk(said)
    assert heard.speech == SAY("checkin_stopped") and not heard.open, heard.speech
    assert saved(session) == [("Alex", 0, "we talked every evening")]


def test_the_partner_handed_the_turn_is_asked_and_nothing_is_saved_as_mine(session, checkin_begun):
    """C2: "Sam, your turn" at Alex's question was saved as Alex's answer."""
    talk = checkin_begun("Alex", "Sam", bound=False, together=True)
    heard = talk("Sam, your turn")
    assert heard.open and "Sam" in heard.speech and DEFAULT_QUESTIONS[0] in heard.speech, heard.speech
    assert saved(session) == []
