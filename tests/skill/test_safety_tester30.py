"""tester-voice30's distress saved or only doubted (on main ebde39a): a cover story kept up, "haha just
another week of pretending the bruises are from netball" (a check-in answer and a note, saved silently;
skill/distress_hiding.py); fear of what happens when he reads this, "honestly I'm scared of what happens
when he reads this" (doubt-only, saved on "yes"; skill/distress_hidden_shapes.py); children shielded from
his shouting, "whichever one stops him yelling at the kids" (at "which one?", a moment on "yes";
skill/distress_children_shielded.py). And at a yes-or-no question ("Is Sam with you?"), words the learned
check doubts got only "Just yes or no, please": nothing can be saved there, so the numbers come first
(skill/ways_out.py). Each with sentences of ours in the same shapes and everyday twins that share their
words, heard with the couple's names and without, and where a person would say it.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, envelope, say, speech, then
from trust_tracker.models.checkin_entities import CheckIn, CheckInAnswer
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.saved_words import BANDS, doubt_score

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # The tester's.
    "haha just another week of pretending the bruises are from netball",
    "honestly I'm scared of what happens when he reads this",
    "whichever one stops him yelling at the kids",
    # The tester's probe without the humour.
    "pretending the bruises are from netball",
    # Ours, in the same shapes, written after the rules.
    "I keep pretending the marks on my arm are from the gym",
    "another month of making out my black eye was from football",
    "I'm terrified of what will happen if she sees this",
    "I'm afraid of what happens once he hears what I said",
    "anything that stops him screaming at the children",
    "I keep the house quiet so she won't go off at the children",
    "honestly whatever stops my husband shouting at our son",
    "he screams at the kids until they cry",
]
TWINS = [
    # The tester's lookalikes (none given help lines), in these shapes.
    "haha just another week of pretending I know how to cook",
    "pretending the cake was from the bakery",
    # Ours.
    "the bruises really are from netball, I fell twice",
    "I'm scared of what happens when the exam results come out",
    "I'm scared of what happens when he reads the last chapter of the book",
    "he yells at the kids to come to dinner",
    "he yelled at the kids to tidy their rooms",
    "the coach screams at the kids until they cry",
    "whichever one stops him snoring",
    "anything that stops the kids yelling at each other",
    "he screams at the kids until they laugh",
    "I set an alarm so he does not have to yell at the kids",
    "pretending the marks on my car are from the hail",
]


LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS)


# Words the learned check doubts, not heard by a rule: at a yes-or-no question nothing is saved, so
# the numbers are said and the question asked again; "yes" then goes on, still nothing of theirs saved.
DOUBTED_AT_A_YES_OR_NO = "I set an alarm so he does not have to yell at the kids"
US_NUMBERS = "call nine one one. Call or text the Suicide and Crisis Lifeline at nine eight eight."


def _rows(session) -> tuple[int, int]:
    return session.scalar(select(func.count(LogEntry.id))), session.scalar(select(func.count(CheckInAnswer.id)))


def test_the_doubted_words_are_in_the_band_and_not_heard() -> None:
    assert BANDS["answers"].doubts(DOUBTED_AT_A_YES_OR_NO, ("Alex", "Sam"))
    assert doubt_score("what time does the shop close", ("Alex", "Sam")) < BANDS["answers"].floor


def test_doubted_words_at_is_sam_with_you_get_the_numbers_then_the_question(say, session, alex) -> None:
    together = say(envelope("StartCheckInIntent"))
    assert speech(together) == "Let's do your check-in. Is Sam with you?"
    before = _rows(session)
    again = say(then(together, "AnswerIntent", {"answer": DOUBTED_AT_A_YES_OR_NO}))
    assert speech(again).startswith(f"If you're in danger, {US_NUMBERS}")
    assert speech(again).endswith("Just yes or no, please. Is Sam here for the check-in too? Yes or no?")
    assert _rows(session) == before
    asked = say(then(again, "AMAZON.YesIntent"))
    assert "question 1: What went well this week?" in speech(asked)
    assert _rows(session) == before and session.scalar(select(func.count(CheckIn.id))) <= 1


def test_everyday_words_at_is_sam_with_you_get_only_the_question_again(say, session, alex) -> None:
    together = say(envelope("StartCheckInIntent"))
    again = say(then(together, "AnswerIntent", {"answer": "what time does the shop close"}))
    assert speech(again) == "Just yes or no, please. Is Sam here for the check-in too? Yes or no?"
