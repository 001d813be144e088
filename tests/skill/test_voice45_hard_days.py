""" "Scrap my hard day", "I'm not having a hard day after all" (brief voice45): every way of taking back
a hard day reaches "cancel my hard day"'s path, never "Shall I log a hard day?"; another day's is not
today's (where it is changed said, nothing changed); a hard day said of another day is logged on that
day within the week, and never on today; further back, to come or not placed, nothing is logged. Through
the skill's real request path; the spoken text and the rows. NOW is Wednesday 25 November in New York."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import NOW, make_couple
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, USER, Talk, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models import voice
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

TODAY = date(2026, 11, 25)
SAY = for_locale("en-GB").say
TAKE_BACKS = [
    "scrap my hard day",
    "i'm not having a hard day after all",
    "forget the hard day, i'm fine",
    "ditch my rough day please",
    "never mind the hard day",
    "take my hard day back",
    "i don't need the hard day anymore",
    "no hard day after all",
    "i'm feeling better now, drop the tough day",
    "withdraw today's hard day",
    "i'm not having a hard day any more, i'm feeling better",
]


def talk_to(skill, session_factory, voice: str = ALEX_VOICE, locale: str = "en-GB") -> Talk:
    return Talk(skill, session_factory, person_id=voice, locale=locale)


def heard(talk: Talk, said: str):
    """The answer to `said`; when it is first asked "Shall I log a hard day?", to its yes, which must do the same."""
    answer = talk(said)
    return talk("yes") if answer.open and "Shall I log a hard day" in answer.speech else answer


def hard_days(session) -> list[tuple[int, date]]:
    return [(e.partner_id, e.local_date) for e in entries(session) if e.kind is LogKind.HARD_DAY]


@pytest.mark.parametrize("said", TAKE_BACKS)
def test_every_way_of_taking_back_a_hard_day_takes_back_todays(session, skill, session_factory, home, contract, said):
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    taken = talk(said)
    assert taken.speech == SAY("hard_day_taken_removed") and not taken.open
    assert entries(session) == []


@pytest.mark.parametrize("said", TAKE_BACKS[:6])
def test_with_none_today_it_says_so_and_never_offers_to_log_one(session, skill, session_factory, home, contract, said):
    answer = talk_to(skill, session_factory)(said)
    assert answer.speech == SAY("hard_day_taken_none") and "Shall I" not in answer.speech and not answer.open
    assert entries(session) == []


@pytest.mark.parametrize(
    "said", ["don't cancel my hard day", "i want to forget this bad day", "i can't scrap my hard day"]
)
def test_words_that_do_not_take_it_back_leave_it_logged(session, skill, session_factory, home, contract, said):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    assert talk(said).speech != SAY("hard_day_taken_removed")
    assert hard_days(session) == [(alex.id, TODAY)]


@pytest.mark.parametrize(
    ("said", "day", "named"),
    [
        ("cancel yesterday's hard day", date(2026, 11, 24), "yesterday"),
        ("undo my rough day from yesterday", date(2026, 11, 24), "yesterday"),
        ("take back monday's hard day", date(2026, 11, 23), "Monday"),
        ("forget the hard day on tuesday", date(2026, 11, 24), "yesterday"),
    ],
)
def test_another_days_hard_day_is_that_days_and_todays_stays(
    session, skill, session_factory, home, contract, said, day, named
):
    """Brief voice47 (2): a day of the week named picks that day's hard day, never today's."""
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk(f"{day:%A} was a hard day" if day != date(2026, 11, 24) else "yesterday was a hard day")
    talk("I'm having a hard day")
    answer = talk(said)
    assert answer.speech == SAY("hard_day_taken_removed_on", day=named) and not answer.open
    assert hard_days(session) == [(alex.id, TODAY)]


@pytest.mark.parametrize("said", ["delete the hard day from two weeks ago", "scrap last week's hard day"])
def test_a_hard_day_not_placed_in_the_week_is_not_changed_by_voice(
    session, skill, session_factory, home, contract, said
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("yesterday was a hard day")
    talk("I'm having a hard day")
    answer = talk(said)
    assert answer.speech == SAY("hard_day_taken_other_day") and "History" in answer.speech and not answer.open
    assert hard_days(session) == [(alex.id, date(2026, 11, 24)), (alex.id, TODAY)]


@pytest.mark.parametrize(
    ("said", "day", "named"),
    [
        ("yesterday was a hard day", date(2026, 11, 24), "yesterday"),
        ("i had a rough day on monday", date(2026, 11, 23), "Monday"),
        ("last sunday was a tough day", date(2026, 11, 22), "Sunday"),
        ("the day before yesterday was a bad day", date(2026, 11, 23), "Monday"),
        ("i had a hard day last wednesday", date(2026, 11, 18), "last Wednesday"),  # a week back: the bound, kept
    ],
)
def test_a_hard_day_of_another_day_is_logged_on_that_day_never_today(
    session, skill, session_factory, home, contract, said, day, named
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    answer = heard(talk, said)
    assert answer.speech == SAY("hard_day_past_shared", day=named, other="Sam") and not answer.open
    assert hard_days(session) == [(alex.id, day)]
    assert [e.source.value for e in entries(session)] == ["voice"]


def test_the_same_past_day_said_twice_is_logged_once_and_today_stays_free(
    session, skill, session_factory, home, contract
):
    _, sam = home
    talk = talk_to(skill, session_factory, voice=SAM_VOICE, locale="en-AU")
    talk("i had a hard day yesterday")
    again = talk("yesterday was a rough day")
    assert again.speech == for_locale("en-AU").say("hard_day_past_already", day="yesterday")
    assert hard_days(session) == [(sam.id, date(2026, 11, 24))]
    assert "today is hard" in talk("I'm having a hard day").speech  # today's is its own
    assert hard_days(session) == [(sam.id, date(2026, 11, 24)), (sam.id, TODAY)]


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("i had a hard day last week", "hard_day_other_day"),
        ("two weeks ago was a hard day", "hard_day_too_far"),  # voice48: said why, as a keep's day is
        ("a year ago i had a rough day", "hard_day_too_far"),
        ("i had a hard day on the 3rd of march", "hard_day_other_day"),
        ("tomorrow will be a hard day", "hard_day_ahead"),
        ("i had a hard day in february", "hard_day_other_day"),
        ("not today, yesterday was a hard day", "hard_day_other_day"),
        ("i had a tough day last year", "hard_day_other_day"),
        ("a fortnight ago was a hard day", "hard_day_too_far"),
        ("i had a hard day ten days ago", "hard_day_too_far"),
        ("three weeks ago was a really rough day", "hard_day_too_far"),
        ("tomorrow is going to be a hard day", "hard_day_ahead"),
        ("next friday will be a tough day", "hard_day_ahead"),
        ("saturday's going to be a rough one", "hard_day_ahead"),
    ],
)
def test_a_day_not_placed_in_the_week_logs_nothing_and_says_so(
    session, skill, session_factory, home, contract, said, why
):
    talk = talk_to(skill, session_factory)
    answer = heard(talk, said)
    assert answer.speech == SAY(why) and not answer.open
    assert entries(session) == []


@pytest.mark.parametrize("said", ["i had a hard day on funday", "yesterday's tomorrow was a hard day"])
def test_odd_days_never_log_on_today(session, skill, session_factory, home, contract, said):
    talk = talk_to(skill, session_factory)
    answer = heard(talk, said)
    assert all(day != TODAY for _, day in hard_days(session)) or "today is hard" in answer.speech
    assert all(day <= TODAY for _, day in hard_days(session))


@pytest.mark.parametrize(
    "words", ["yesterday\x07 was a", "i had a\x00", "on tuesday \x1b[31m", "yesterday was a " + "very " * 60]
)
def test_control_characters_or_too_many_words_around_it_log_nothing(
    session, skill, session_factory, home, contract, words
):
    talk = talk_to(skill, session_factory)
    match = talk.model.match("yesterday was a hard day")
    assert match is not None and match.intent == "HardDayTopicIntent"
    answer = talk.send(Match("HardDayTopicIntent", {"before_hard_day": words}))
    assert answer.speech and "logged" not in answer.speech
    assert entries(session) == []


def test_the_said_slot_with_control_characters_logs_nothing(session, skill, session_factory, home, contract):
    answer = talk_to(skill, session_factory).send(Match("HardDayIntent", {"said": "yesterday\x07 was hard"}))
    assert answer.speech.startswith("Sorry, I didn't get that.") and entries(session) == []


def test_at_a_checkin_question_another_days_hard_day_is_an_answer_never_todays_hard_day(
    session, skill, session_factory, home, contract
):
    talk = talk_to(skill, session_factory)
    alone(talk)
    asked = talk("yesterday was a hard day")
    assert asked.open and "Question 2" in asked.speech
    assert hard_days(session) == [] and len(answers(session)) == 1


def test_at_a_checkin_question_another_days_take_back_leaves_todays(session, skill, session_factory, home, contract):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    alone(talk)
    talk("cancel yesterday's hard day")
    said = talk("no")
    assert said.speech == f"{SAY('hard_day_taken_none_on', day='yesterday')} Question 1: {QUESTIONS[0]}"
    assert hard_days(session) == [(alex.id, TODAY)] and answers(session) == []


@pytest.mark.parametrize(
    "said",
    [
        "scrap my hard day, he hit me",
        "yesterday was a hard day, he hurt me again",
        "forget the hard day, i want to die",
        "cancel yesterday's hard day, i'm scared of him",
        "i'm not having a hard day after all, she threatened me",
    ],
)
def test_distress_said_with_a_hard_day_is_heard_first_and_nothing_changes(
    session, skill, session_factory, home, contract, said
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    answer = talk(said)
    assert "If you're in danger, call nine nine nine" in answer.speech
    assert hard_days(session) == [(alex.id, TODAY)]


def test_a_partner_not_yet_joined_hears_it_logged_on_that_day_without_a_partner_named(session, skill, session_factory):
    jo, _ = make_couple(session, "Jo", None)
    voice.link_device(
        session, voice.issue_pairing_code(session, jo, now=NOW), alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW
    )
    session.flush()
    talk = talk_to(skill, session_factory)
    answer = heard(talk, "i had a rough day on monday")
    assert answer.speech == SAY("hard_day_past_sorry", day="Monday")
    assert hard_days(session) == [(jo.id, date(2026, 11, 23))]


@pytest.mark.parametrize(
    "said",
    [
        "i'm having a hard day, my dad died a year ago",
        "i'm having a rough day, 3 kids off sick",
        "i'm having a hard day, nothing like last tuesday",
    ],
)
def test_todays_hard_day_said_first_is_todays_whatever_day_its_account_names(
    session, skill, session_factory, home, contract, said
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    answer = heard(talk, said)
    assert answer.speech.startswith(SAY("hard_day_shared", other="Sam"))
    assert hard_days(session) == [(alex.id, TODAY)]
