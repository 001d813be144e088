"""tester-voice37's D5, mid check-in: "delete this before he sees it" at a check-in question got the help lines
and "I've removed your last entry", but what went was a kept promise of a minute before, while the check-in
answers just given, which the partner can read on the site, stayed. In a check-in, or right after one, "this"
is the speaker's own answers of this week: those go, the partner's and every log entry stay, and the answer
says what went (skill/help_entries.py). Other phrasings were not heard at all ("wipe what i just said, she
reads everything" was saved as an answer): skill/distress_fear_kept_secret.py.

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.skill import talk as conversations
from tests.skill.checked_lists import CheckedLists
from tests.skill.talk import ALEX_VOICE, NOW, Talk, entries
from trust_tracker.models import checkins
from trust_tracker.models.entities import CheckInAnswer, Source

contract, home, skill = conversations.contract, conversations.home, conversations.skill
__all__ = ["contract", "home", "skill"]  # fixtures

HELP = "I'm sorry you're going through this."
GONE = "I've removed your check-in answers from this week, as you asked."
GONE_ONE = "I've removed your check-in answer from this week, as you asked."

# Removal asked in fear of the partner reading: at a check-in question, the speaker's answers of this week go.
REMOVE_ANSWERS = [
    "delete this before he sees it",
    "wipe what I just said, she reads everything",
    "get rid of my answers before he sees them",
    # Ours, in the same shapes, written before the rule.
    "delete everything i said before she reads it",
    "erase all my answers, he reads every word i say",
    "please remove my answers in case she checks",
]
TWINS = [
    "wipe what i just said, it came out wrong",
    "wipe what i just said, she reads everything so it needs to be right",
    "delete my answers before she sees them, they are part of her birthday surprise",
    "get rid of my answers, i want to start again",
    "delete that, she reads everything and it's wrong",
    "erase all my answers, she reads every word i say at our check-in anyway",
]
LISTS = CheckedLists(heard=REMOVE_ANSWERS, quiet=TWINS, disclosed=[])
# The rows removed and kept are the domain's queries: checked on PostgreSQL too (tests/conftest.py).
pytestmark = pytest.mark.postgres_smoke


def _answers(session) -> list[tuple[int, str]]:
    session.expire_all()
    return [(a.partner_id, a.answer) for a in session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.id))]


def _checkin_begun(talk: Talk) -> None:
    assert "Is Sam with you?" in talk("start our check-in").speech
    assert "Question 1" in talk("no").speech


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize("said", REMOVE_ANSWERS)
def test_asked_at_a_checkin_question_the_speakers_answers_go_and_nothing_else(
    skill, session_factory, session, home, contract, said, locale
):
    alex, sam = home
    checkins.save_answer(session, sam, 0, "Our walk on Sunday.", source=Source.WEB, now=NOW)
    session.commit()
    Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale, now=NOW)("I kept my promise to call when late")
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale, now=NOW + timedelta(minutes=1))
    _checkin_begun(talk)
    assert "Question 2" in talk("we had a nice walk").speech
    assert "Question 3" in talk("the dishes piled up again").speech
    heard = talk(said)
    assert heard.speech.startswith(HELP), heard.speech
    assert heard.speech.index("If you're in danger") < heard.speech.index(GONE)
    assert "last entry" not in heard.speech
    assert _answers(session) == [(sam.id, "Our walk on Sunday.")]  # the partner's answer is never touched
    assert [(e.partner_id, e.kind.value) for e in entries(session)] == [(alex.id, "kept")]  # nor the log
    closed = talk("no")  # no pause: the check-in is not asked again, its answers gone
    assert "Question" not in closed.speech and not closed.open


def test_asked_right_after_a_checkin_its_answers_go_not_the_keep_before_it(
    skill, session_factory, session, home, contract
):
    Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW)("I kept my promise to call when late")
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(minutes=1))
    _checkin_begun(talk)
    for answer in ("a nice walk", "the dishes", "the hug", "more time"):
        said_back = talk(answer)
    assert not said_back.open and len(_answers(session)) == 4
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(minutes=3))(
        "get rid of my answers before she sees them"
    )
    assert heard.speech.startswith(HELP) and GONE in heard.speech
    assert _answers(session) == [] and len(entries(session)) == 1


def test_one_answer_given_is_said_as_one(skill, session_factory, session, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-AU")
    _checkin_begun(talk)
    talk("we had a nice walk")
    heard = talk("delete this before he sees it")
    assert heard.speech.startswith(HELP) and GONE_ONE in heard.speech
    assert _answers(session) == []


def test_at_the_first_question_nothing_is_removed_and_that_is_said(skill, session_factory, session, home, contract):
    """In a check-in, "this" is never the keep of a minute before: nothing of the check-in was saved, so said so."""
    Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW)("I kept my promise to call when late")
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(minutes=1))
    _checkin_begun(talk)
    heard = talk("delete this before he sees it")
    assert heard.speech.startswith(HELP) and "That wasn't saved." in heard.speech
    assert len(entries(session)) == 1


def test_outside_a_checkin_the_newest_entry_goes_and_an_older_checkin_stays(
    skill, session_factory, session, home, contract
):
    """Answers an hour ago, a keep just now: the undo asked for is the keep, as before."""
    alex, _ = home
    checkins.save_answer(session, alex, 0, "A nice walk.", source=Source.VOICE, now=NOW - timedelta(hours=1))
    session.commit()
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("I kept my promise to call when late")
    heard = talk("delete this before she sees it")
    assert heard.speech.startswith(HELP) and "I've removed your last entry, as you asked." in heard.speech
    assert entries(session) == [] and _answers(session) == [(alex.id, "A nice walk.")]
