""" "Change my answer" or "go back" once this week's check-in is finished (issue 8 item 4, vfix3; tester-voice40
D10: right after the last answer it offered "go back to your check-in" and changed nothing). The speaker's
last answer is offered for changing, naming its question; the yes asks it again and the new answer replaces
the old, said plainly, also when both partners have finished; the no keeps every answer. A check-in paused
part way is offered again instead (test_voice43_checkin_words.py). Nothing answered this week: said as before."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, Talk
from tests.skill.test_repairs import answers
from trust_tracker.models import checkins
from trust_tracker.models.entities import Source
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-CA", "en-GB"]
LAST = len(QUESTIONS) - 1


def finished(talk: Talk) -> None:
    talk("start our check in")
    talk("no")
    for position in range(len(QUESTIONS)):
        talk(f"answer {position}")


def offered(locale: str) -> str:
    return for_locale(locale).say("checkin_change_offer", question=QUESTIONS[LAST].rstrip("?"))


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("back", ["change my answer", "go back", "i want to change my last answer"])
def test_right_after_the_last_answer_it_is_offered_and_its_yes_changes_it(
    session, home, contract, skill, session_factory, locale, back
):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale=locale)
    finished(talk)
    offer = talk(back)
    assert offer.speech == offered(locale) and offer.open
    say = for_locale(locale).say
    asked = talk("yes")
    assert asked.speech == f"{say('checkin_again')} Question {LAST + 1}: {QUESTIONS[LAST]}" and asked.open
    changed = talk("more notice about meetings")
    assert changed.speech.startswith(f"{say('checkin_answer_changed')} {say('checkin_saved', names='Alex')}")
    assert not changed.open
    assert (alex.id, LAST, "More notice about meetings") in answers(session)
    assert (alex.id, LAST, f"Answer {LAST}") not in answers(session)
    assert len(answers(session)) == len(QUESTIONS)


@pytest.mark.parametrize("locale", LOCALES)
def test_no_to_the_offer_keeps_every_answer(session, home, contract, skill, session_factory, locale):
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale=locale)
    finished(talk)
    before = answers(session)
    talk("change my answer")
    kept = talk("no")
    assert kept.speech == for_locale(locale).say("checkin_change_declined") and not kept.open
    assert answers(session) == before


def test_change_my_answer_said_again_at_the_offer_is_its_yes(session, home, contract, skill, session_factory):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    finished(talk)
    talk("go back")
    assert talk("change my answer").speech.endswith(f"Question {LAST + 1}: {QUESTIONS[LAST]}")
    talk("a set time each week to talk")
    assert (alex.id, LAST, "A set time each week to talk") in answers(session)


@pytest.mark.postgres_smoke
@pytest.mark.parametrize("locale", LOCALES)
def test_after_both_have_finished_the_change_is_said_plainly(session, home, contract, skill, session_factory, locale):
    alex, sam = home
    finished(Talk(skill, session_factory, person_id=conversations.SAM_VOICE, locale=locale))
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale=locale)
    talk("start our check in")  # Sam has answered: Alex's questions at once
    for position in range(len(QUESTIONS)):
        talk(f"answer {position}")
    assert talk("change my answer").speech == offered(locale)
    talk("yes")
    changed = talk("fewer late nights")
    say = for_locale(locale).say
    assert changed.speech.startswith(f"{say('checkin_answer_changed')} {say('checkin_done', names='Alex')}")
    assert (alex.id, LAST, "Fewer late nights") in answers(session)
    assert (sam.id, LAST, f"Answer {LAST}") in answers(session)  # the other's answer untouched
    assert len(answers(session)) == 2 * len(QUESTIONS)


def test_the_offer_names_the_answer_given_last_not_the_furthest(session, home, contract, skill, session_factory):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    finished(talk)
    later = NOW + timedelta(minutes=5)  # question 2's answer changed on the website since
    checkins.save_answer(session, alex, 1, "Being short with you", source=Source.WEB, now=later, question=QUESTIONS[1])
    session.flush()
    again = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, now=later + timedelta(minutes=1))
    assert again("change my answer").speech == SAY("checkin_change_offer", question=QUESTIONS[1].rstrip("?"))
    assert again("yes").speech.endswith(f"Question 2: {QUESTIONS[1]}")
    again("being late once")
    assert (alex.id, 1, "Being late once") in answers(session)


def test_with_nothing_answered_this_week_it_says_none_is_open(session, home, contract, skill, session_factory):
    said = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)("change my answer")
    assert "no check-in is open" in said.speech and not answers(session)


def test_the_other_partners_answers_are_never_reopened(session, home, contract, skill, session_factory):
    finished(Talk(skill, session_factory, person_id=conversations.ALEX_VOICE))
    said = Talk(skill, session_factory, person_id=conversations.SAM_VOICE)("change my answer")
    assert "no check-in is open" in said.speech
