"""The hard day and the day said, data right (brief voice47). A hard day denied or taken back as people
say it ("I didn't have a hard day today, I said it by mistake") is a take-back of that day's, never an
offer to log one; a day named picks that day's; "Thursday was a hard day" is logged on Thursday without
asking; "..., log it" at a check-in question is held as something to log, never saved as the answer or
logged on today; "reflect on my setback" begins the reflection on the latest one; a miss told with a
feeling is a miss; the day said refuses the breach and several at once as it refuses a keep; a promise
said of a day it was not due is refused with what was; a day cut from the middle keeps the note's two
clauses apart. Through the skill's real request path; the spoken text and the rows. NOW is Wednesday
25 November 2026 in New York."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_entry
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, Talk, count, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models import contracts
from trust_tracker.models.entities import Cadence, ItemKind, LogKind, Setback
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.days_said import dated
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

TODAY = date(2026, 11, 25)  # a Wednesday
LOCALES = ["en-GB", "en-US", "en-AU", "en-IN"]


def talk_to(skill, session_factory, voice: str = ALEX_VOICE, locale: str = "en-GB", now=NOW) -> Talk:
    return Talk(skill, session_factory, person_id=voice, locale=locale, now=now)


def hard_days(session) -> list[tuple[int, date]]:
    return [(e.partner_id, e.local_date) for e in entries(session) if e.kind is LogKind.HARD_DAY]


# --- 1. a hard day denied or taken back, as people say it ---------------------------------------

DENIALS = [
    "i didn't have a hard day today, i said it by mistake",
    "i'm feeling better, it's not a hard day any more",
    "actually it's not a hard day after all",
    "it wasn't a hard day after all, my mistake",
    "i'm fine, it's no longer a bad day",
    "oh i logged a rough day by accident, cancel it",
    "i did not have a tough day",
    "well, today isn't a hard day any more",
    # voice48: the hard day itself said to be the mistake, with or without its article
    "i said hard day by mistake",
    "the hard day was a mistake",
    "my rough day was logged by accident",
    "today's tough day was wrong, i'm fine",
    "i logged bad day by mistake",
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", DENIALS)
def test_a_hard_day_denied_takes_back_todays(session, skill, session_factory, home, contract, said, locale):
    _, sam = home
    talk = talk_to(skill, session_factory, voice=SAM_VOICE, locale=locale)
    talk("I'm having a hard day")
    assert hard_days(session) == [(sam.id, TODAY)]
    answer = talk(said)
    assert answer.speech == for_locale(locale).say("hard_day_taken_removed") and not answer.open
    assert hard_days(session) == []


@pytest.mark.parametrize("said", DENIALS)
def test_denied_with_none_logged_there_is_nothing_to_take_back_and_nothing_offered(
    session, skill, session_factory, home, contract, said
):
    answer = talk_to(skill, session_factory)(said)
    assert answer.speech == for_locale("en-GB").say("hard_day_taken_none")
    assert "Shall I" not in answer.speech and not answer.open
    assert entries(session) == []


@pytest.mark.parametrize(
    "said", ["i don't want to cancel my hard day", "i had a hard day", "it's not a hard day, it's a terrible day"]
)
def test_words_that_keep_or_tell_a_hard_day_take_nothing_back(session, skill, session_factory, home, contract, said):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    assert "taken back" not in talk(said).speech
    assert hard_days(session) == [(alex.id, TODAY)]


# --- 2. a day named picks that day's; "Friday was a hard day" logged on Friday ---------------------


@pytest.mark.parametrize(
    ("logged", "said", "day", "named"),
    [
        ("monday was a hard day", "undo the hard day i logged on monday", date(2026, 11, 23), "Monday"),
        ("sunday was a rough day", "remove the rough day i said on sunday", date(2026, 11, 22), "Sunday"),
        (
            "yesterday was a bad day",
            "i didn't have a bad day yesterday, i said it by mistake",
            date(2026, 11, 24),
            "yesterday",
        ),
    ],
)
def test_a_day_named_takes_back_that_days_hard_day_and_leaves_todays(
    session, skill, session_factory, home, contract, logged, said, day, named
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    assert talk(logged).speech == for_locale("en-GB").say("hard_day_past_shared", day=named, other="Sam")
    talk("I'm having a hard day")
    assert hard_days(session) == [(alex.id, day), (alex.id, TODAY)]
    answer = talk(said)
    assert answer.speech == for_locale("en-GB").say("hard_day_taken_removed_on", day=named)
    assert hard_days(session) == [(alex.id, TODAY)]


def test_a_day_with_no_hard_day_says_so_and_today_stays(session, skill, session_factory, home, contract):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    answer = talk("undo the hard day i logged on thursday")
    assert answer.speech == for_locale("en-GB").say("hard_day_taken_none_on", day="Thursday")
    assert hard_days(session) == [(alex.id, TODAY)]


def test_another_days_hard_day_logged_long_ago_is_too_late_by_voice(session, skill, session_factory, home, contract):
    alex, _ = home
    talk_to(skill, session_factory)("monday was a hard day")
    later = talk_to(skill, session_factory, now=NOW + timedelta(minutes=11))
    answer = later("cancel the hard day i logged on monday")
    assert answer.speech == for_locale("en-GB").say("hard_day_taken_too_late_on", day="Monday")
    assert "website" in answer.speech and hard_days(session) == [(alex.id, date(2026, 11, 23))]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "day", "named"),
    [
        ("friday was a hard day", date(2026, 11, 20), "Friday"),
        ("thursday was a rough day", date(2026, 11, 19), "Thursday"),
        ("on monday i had a hard day", date(2026, 11, 23), "Monday"),
        ("saturday's been a tough day", date(2026, 11, 21), "Saturday"),
    ],
)
def test_a_weekday_said_with_a_hard_day_is_logged_on_it_without_asking(
    session, skill, session_factory, home, contract, said, day, named, locale
):
    _, sam = home
    answer = talk_to(skill, session_factory, voice=SAM_VOICE, locale=locale)(said)
    assert answer.speech == for_locale(locale).say("hard_day_past_shared", day=named, other="Alex")
    assert "Shall I" not in answer.speech and not answer.open
    assert hard_days(session) == [(sam.id, day)]


@pytest.mark.parametrize("words", ["monday\x07 was a", "undo the\x00", ""])
def test_a_take_back_with_control_characters_or_no_words_changes_nothing(
    session, skill, session_factory, home, contract, words
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    talk("I'm having a hard day")
    answer = talk.send(Match("HardDayTopicIntent", {"before_hard_day": words, "after_hard_day": "i logged on monday"}))
    assert "taken back" not in answer.speech
    assert hard_days(session) == [(alex.id, TODAY)]


# --- 3. "..., log it" at a check-in question --------------------------------------------------


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("yesterday was a hard day, log it", date(2026, 11, 24)),
        ("i had a rough one on monday, please log that", date(2026, 11, 23)),
        ("sunday was a tough day, note it down", date(2026, 11, 22)),
    ],
)
def test_at_a_checkin_question_a_hard_day_to_log_is_asked_then_logged_on_its_day(
    session, skill, session_factory, home, contract, said, day
):
    alex, _ = home
    talk = talk_to(skill, session_factory)
    alone(talk)
    held = talk(said)
    named = "yesterday" if (TODAY - day).days == 1 else for_locale("en-GB").weekdays[day.weekday()]
    assert held.speech == for_locale("en-GB").say("checkin_log_hard_day_or_answer", day=named) and held.open
    assert answers(session) == [] and hard_days(session) == []  # voice48: the line says what a yes logs
    logged = talk("yes")
    assert logged.speech.endswith(f"Question 1: {QUESTIONS[0]}") and "logged a hard day" in logged.speech
    assert hard_days(session) == [(alex.id, day)] and answers(session) == []


def test_at_a_checkin_question_a_hard_day_to_log_said_as_the_answer_is_saved_and_never_logged(
    session, skill, session_factory, home, contract
):
    talk = talk_to(skill, session_factory, voice=SAM_VOICE, locale="en-AU")
    alone(talk)
    talk("friday was a hard day, log it")
    talk("my answer")
    assert [a[2].lower() for a in answers(session)] == ["friday was a hard day log it"]
    assert hard_days(session) == []


def test_a_far_day_to_log_at_a_checkin_question_logs_nothing(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    alone(talk)
    talk("a fortnight ago was a hard day, log it")
    said = talk("yes")
    assert said.speech.startswith(for_locale("en-GB").say("hard_day_too_far"))  # voice48: said why
    assert entries(session) == [] and answers(session) == []


# --- 4. "reflect on my setback" -------------------------------------------------------------


def reflections(session) -> list[tuple[int, str | None]]:
    session.expire_all()
    return [(r.author_id, r.trigger) for r in session.scalars(select(SetbackReflection))]


@pytest.mark.parametrize(
    "said", ["reflect on my setback", "i want to reflect on the setback", "can i reflect on my last setback"]
)
def test_with_no_setback_there_is_nothing_to_reflect_on_and_no_miss_logged(
    session, skill, session_factory, home, contract, said
):
    answer = talk_to(skill, session_factory)(said)
    assert answer.speech == for_locale("en-GB").say("reflect_none") and not answer.open
    assert entries(session) == [] and count(session, Setback) == 0


@pytest.mark.parametrize("locale", ["en-US", "en-IN"])
def test_reflect_on_my_setback_begins_the_reflection_on_the_latest(
    session, skill, session_factory, home, contract, locale
):
    alex, _ = home
    talk = talk_to(skill, session_factory, locale=locale)
    talk("I missed my promise to call when late")
    talk("no")  # no reflection now
    begun = talk("I want to reflect on the setback")
    say = for_locale(locale).say
    what = "you missed your promise to call when late"
    assert begun.speech == say("reflect_latest", what=what, when=say("today")) and begun.open
    talk("traffic and a flat phone")
    assert reflections(session) == [(alex.id, "Traffic and a flat phone")]
    assert [e.kind for e in entries(session)] == [LogKind.MISSED]  # no second miss


def test_a_partners_setback_is_never_offered_for_reflection(session, skill, session_factory, home, contract):
    talk_to(skill, session_factory, voice=SAM_VOICE)("I missed my promise to call when late")
    answer = talk_to(skill, session_factory)("reflect on my setback")
    assert answer.speech == for_locale("en-GB").say("reflect_none")
    assert reflections(session) == []


# --- 5. a miss told with a feeling ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i feel like such a failure for missing the evening walk",
        "i feel terrible for forgetting the evening talk",
        "i hate myself for not calling when late",
        "i'm gutted that i forgot the evening walk",
    ],
)
def test_a_miss_told_with_a_feeling_is_a_miss(session, skill, session_factory, home, contract, said):
    talk = talk_to(skill, session_factory, locale="en-AU")
    answer = talk.send(Match("LogKeptIntent", {"commitment": said.removeprefix("i ")}))
    answer = talk("yes") if answer.open and "Was it" in answer.speech else answer
    assert "missed" in answer.speech and "kept" not in answer.speech
    assert [e.kind for e in entries(session)] == [LogKind.MISSED]


@pytest.mark.parametrize(
    "said", ["called when late because i didn't want her to worry", "did the evening walk after missing it last week"]
)
def test_a_keep_with_a_missing_word_after_the_promise_stays_a_keep(
    session, skill, session_factory, home, contract, said
):
    talk = talk_to(skill, session_factory)
    answer = talk.send(Match("LogKeptIntent", {"commitment": said}))
    answer = talk("yes") if answer.open and "Was it" in answer.speech else answer
    assert [e.kind for e in entries(session)] == [LogKind.KEPT]


# --- 6. the day said on every logging path --------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "slots", "key"),
    [
        ("LogBreachIntent", {"note": "a fortnight ago"}, "day_too_far"),
        ("LogBreachIntent", {"note": "i messaged my ex tomorrow"}, "day_ahead"),
        ("LogBreachIntent", {"note": "ten days ago i contacted the former affair partner"}, "day_too_far"),
        ("LogAllKeptIntent", {"after_i_did_everything": "a fortnight ago"}, "day_too_far"),
        ("LogAllKeptIntent", {"after_i_did_everything": "tomorrow"}, "day_ahead"),
        ("LogAllMissedIntent", {"quantity": "all of them three weeks ago"}, "day_too_far"),
    ],
)
def test_a_breach_or_several_at_once_refuse_a_day_they_cannot_be_of(
    session, skill, session_factory, home, contract, intent, slots, key
):
    answer = talk_to(skill, session_factory).send(Match(intent, slots))
    assert answer.speech == for_locale("en-GB").say(key) and not answer.open
    assert entries(session) == []


@pytest.fixture
def weekend_walk(session, home) -> int:
    """Three daily promises and a Saturday walk, due on Saturdays only."""
    alex, sam = home
    daily = [("Call or text when late", "call when late"), ("A fifteen-minute evening talk", "evening talk")]
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, text, short_name=name) for text, name in daily]
    drafts.append(contracts.ItemDraft(ItemKind.COMMITMENT, "An evening walk together", short_name="evening walk"))
    drafts.append(
        contracts.ItemDraft(
            ItemKind.COMMITMENT, "A Saturday walk", short_name="saturday walk", cadence=Cadence.WEEKDAYS, weekdays="5"
        )
    )
    proposed = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=20))
    contracts.agree_version(session, sam, proposed.id, now=NOW - timedelta(days=20))
    session.flush()
    return next(i.lineage_id for i in proposed.items if i.short_name == "saturday walk")


@pytest.mark.parametrize(
    ("said", "day"),
    [("i missed the saturday walk on monday", "on Monday"), ("i missed the saturday walk yesterday", "yesterday")],
)
def test_a_promise_said_of_a_day_it_was_not_due_is_refused_with_what_was(
    session, skill, session_factory, home, weekend_walk, said, day
):
    answer = talk_to(skill, session_factory)(said)
    due = "call when late, evening talk and evening walk"
    assert answer.speech == for_locale("en-GB").say("not_due", promise="Your saturday walk", day=day, due=due)
    assert entries(session) == []


def test_a_keep_on_a_past_day_it_was_not_due_is_told_so(session, skill, session_factory, home, weekend_walk):
    """voice50: a past day said for a keep is checked as a miss's is (a keep said today, with no day, is kept on an
    off day as before: test_voice50_days_shared)."""
    answer = talk_to(skill, session_factory)("i kept the saturday walk on monday")
    due = "call when late, evening talk and evening walk"
    assert answer.speech == for_locale("en-GB").say("not_due", promise="Your saturday walk", day="on Monday", due=due)
    assert entries(session) == []


def test_a_promise_said_of_its_own_day_is_logged_on_it(session, skill, session_factory, home, weekend_walk):
    talk_to(skill, session_factory)("i kept the saturday walk on saturday")
    assert [(e.lineage_id, e.local_date) for e in entries(session)] == [(weekend_walk, date(2026, 11, 21))]


@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("i forgot to do the dishes last night i'm such an idiot", "i forgot to do the dishes, i'm such an idiot"),
        ("i kept the walk yesterday and it was lovely", "i kept the walk, and it was lovely"),
        ("i forgot to call on monday when i was late", "i forgot to call when i was late"),
        ("yesterday i forgot the walk", "i forgot the walk"),
    ],
)
def test_a_day_cut_from_the_middle_keeps_the_clauses_apart(said, note):
    assert dated(said, TODAY)[1] == note


def test_a_miss_with_its_day_in_the_middle_keeps_a_clean_note(session, skill, session_factory, home, contract):
    talk = talk_to(skill, session_factory)
    talk("I forgot to call when I was running late last night, I'm such an idiot")
    [entry] = entries(session)
    assert (entry.kind, entry.local_date) == (LogKind.MISSED, date(2026, 11, 24))
    assert "late i'm" not in entry.note.lower() and "idiot" in entry.note.lower()


def test_a_setback_a_week_or_more_back_is_named_by_its_date(session, skill, session_factory, home, contract):
    """tester-voice45 D10: a miss eleven days back was named "on Wednesday", which is another day."""
    alex, _ = home
    item = next(i for i in contracts.active_commitments(session, alex.couple_id) if i.short_name == "call when late")
    make_entry(session, alex, LogKind.MISSED, date(2026, 11, 14), item)
    session.flush()
    begun = talk_to(skill, session_factory)("reflect on my setback")
    assert "on Saturday 14 November" in begun.speech and begun.open, begun.speech
