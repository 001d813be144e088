"""Everyday words through SupportIntent's openers, served as the request they make (voice21, issue 8):
"I'm worried about how we're doing", "we would be better off doing our check-in now", "tonight feels
like a small win" were let go or met with the line about help. The whole sentence is read by the
learned topic reading (skill/opener_requests.py): a job that only asks or reads is done, a small win
or a moment is offered first, the sentence its note. "He sat with me ..." / "she stood by me ..." is
a moment offered, never the help prompt; menace in the same carriers keeps help. Measured on 71
sentences written for these openers: 0 served as their request before, 39 after (the rest keep what
they had: the reading is not sure of them)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.factories import agreed_contract
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple, logged, saved
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.safety import WORDING
from trust_tracker.skill.simulator import Match

CHECKIN = "Let's do your check-in. Is {other} with you?"
QUESTIONS = "Here are this week's check-in questions."
PROGRESS = "Nothing's been logged yet this week, or by this point last week."
CELEBRATE = "Nothing new to celebrate yet"
WIN = "I'm not sure I followed. Shall I log a small win?"
MOMENT = "I'm not sure I followed. Shall I log a moment of reliability?"
UNSURE = WORDING["en-US"]["unsure"]
HELP = "That wasn't saved. I'm no substitute for emergency help."

SERVED = {
    CHECKIN: [
        "i'm worried we haven't done our check in this week",
        "i'm worried so can we start our check in",
        "i'm worried we should do our check in tonight",
        "we would be better off starting our weekly check in",
        "tonight feels like a good time for our check in",
        "tonight feels like the right night for our check in",
    ],
    QUESTIONS: [
        "i am worried about the check in questions",
        "i'm worried about what the questions are this week",
        "i'm worried about the questions for our check in",
        "i would be better off knowing what the check in questions are",
        "i would be better off hearing the questions before the check in",
    ],
    PROGRESS: [
        "i'm worried about how we're doing",
        "i'm worried our streak is slipping",
        "i am worried about how we are getting on",
        "i would be better off knowing how we're doing",
        "i'd be better off hearing our progress",
        "we would be better off looking at our progress",
        "we would be better off knowing if we're on track",
        "tonight feels like we're getting better",
        "tonight feels like our streak is back",
    ],
    CELEBRATE: [
        "i'm worried we don't celebrate the good stuff",
        "i'm worried we forget what went well",
        "we would be better off celebrating what went well",
        "tonight feels like something to celebrate",
        "tonight feels like we should celebrate",
        "tonight feels like something worth celebrating",
    ],
    WIN: [
        "tonight feels like a small win",
        "tonight feels like a win, we talked calmly",
        "tonight feels like a small win because we didn't argue",
        "tonight feels like a little win, we laughed again",
        "tonight feels like a win because we cooked together",
    ],
    MOMENT: [
        "tonight feels like a moment of reliability",
        "he sat with me while i filled in the forms",
        "she stood by me at the meeting",
        "he sat with me at the hospital",
        "she sat next to me at the parents evening",
        "he stood up for me in front of his mum",
        "she stood by me when my dad was ill",
        "he sat up with me when i couldn't sleep",
        "she stood with me at the funeral",
        "he sat beside me at the appointment",
        "she sat with the kids while i had a bath",
        "he stood by me through the interview",
    ],
}
# Written for the same openers, the reading not sure of them: they keep the calm line, as before.
KEPT_CALM = [
    "i'm worried about our check in tonight",
    "i'm worried about our progress",
    "i'm worried we're not on track",
    "i'm worried we never celebrate anything",
    "he stood behind me while i read my messages",
    "she sat next to me so i couldn't get up",
]
# Distress through the same carriers: the help lines, nothing saved.
DISTRESS = [
    "sam would be better off without me",
    "i'm worried i'll hurt myself tonight",
    "tonight feels like a good night to end it all",
    "i'm worried about how we're doing, he hit me again",
    "he stood over me with his fist",
    "he sat on my chest",
    "he sat on me until i could not breathe",
    "he stood in front of the door so i couldn't leave",
]


def _talk(session, session_factory, a: str = "Alex", b: str = "Sam", locale: str = "en-US") -> Talk:
    one, two = linked_couple(session, a, b, person_id=VOICE)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


def _answers(session) -> int:
    session.expire_all()
    return session.scalar(select(func.count(CheckInAnswer.id))) or 0


@pytest.mark.parametrize(("expected", "said"), [(line, said) for line, all_said in SERVED.items() for said in all_said])
def test_an_opener_s_everyday_request_is_served(session, session_factory, expected, said) -> None:
    talk = _talk(session, session_factory)
    match = talk.model.match(said)
    assert match is not None and match.intent == "SupportIntent", match  # heard through the opener
    heard = talk(said)
    assert heard.speech.startswith(expected.format(other="Sam")), heard.speech
    assert "isn't safe" not in heard.speech and logged(session) == [] and _answers(session) == 0


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en-IN"])
@pytest.mark.parametrize(
    ("couple", "said", "expected"),
    [
        (("Priya", "Rohan"), "i'm worried about how we're doing", PROGRESS),
        (("Priya", "Rohan"), "tonight feels like the right night for our check in", CHECKIN),
        (("Hope", "Faith"), "she stood by me at the meeting", MOMENT),
    ],
)
def test_served_alike_for_another_couple_in_every_locale(
    session, session_factory, locale, couple, said, expected
) -> None:
    talk = _talk(session, session_factory, *couple, locale=locale)
    heard = talk(said)
    assert heard.speech.startswith(expected.format(other=couple[1])), heard.speech
    assert logged(session) == []


@pytest.mark.parametrize(
    ("said", "kind", "note"),
    [
        ("tonight feels like a win, we talked calmly", "small_win", "Tonight feels like a win we talked calmly"),
        ("he sat with me while i filled in the forms", "reliability", "He sat with me while I filled in the forms"),
    ],
)
def test_a_yes_saves_the_sentence_as_its_note_and_a_no_saves_nothing(session, session_factory, said, kind, note):
    talk = _talk(session, session_factory)
    talk(said)
    assert logged(session) == []
    talk("no")
    assert logged(session) == []
    talk(said)
    talk("yes")
    assert logged(session) == [("Alex", kind, note)]


@pytest.mark.parametrize("said", KEPT_CALM)
def test_words_the_reading_is_not_sure_of_keep_the_calm_line(session, session_factory, said) -> None:
    heard = _talk(session, session_factory)(said)
    assert heard.speech == UNSURE, heard.speech
    assert logged(session) == []


@pytest.mark.parametrize("said", DISTRESS)
def test_distress_through_the_same_carriers_still_gets_help(session, session_factory, said) -> None:
    heard = _talk(session, session_factory, "Alex", "Sam")(said)
    assert HELP in heard.speech and "Shall I" not in heard.speech, heard.speech
    assert logged(session) == [] and _answers(session) == 0


@pytest.mark.parametrize(
    "slots",
    [
        {"after_tonight_feels_like": "a small win\u0007"},
        {"after_i_am_worried": "about how we're doing " + "and our streak " * 20},
        {"after_he_sat": ""},
        {"after_he_stood": "by me", "after_i_am_worried": "about how we're doing"},
    ],
)
def test_odd_carrier_words_are_never_served_or_saved(session, session_factory, slots) -> None:
    heard = _talk(session, session_factory).send(Match("SupportIntent", slots))
    assert not heard.speech.startswith((PROGRESS, WIN, MOMENT)), heard.speech
    assert logged(session) == [] and _answers(session) == 0


def test_while_a_check_in_question_waits_the_words_are_its_answer(session, session_factory) -> None:
    talk = _talk(session, session_factory)
    talk("start our check-in")
    assert talk("no").speech == "Question 1: What went well this week?"
    heard = talk("tonight feels like a small win")
    assert heard.speech.endswith("Question 2: What didn't go well?") and WIN not in heard.speech, heard.speech
    assert saved(session) == [("Alex", 0, "tonight feels like a small win")]  # the first question
    assert logged(session) == []
