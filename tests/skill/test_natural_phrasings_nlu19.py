"""Natural phrasings testers found not understood or answered wrongly (nlu19): how "I" am doing is the
speaker's own figures (models/progress.py `own`), never the couple's; what is left "for me" today is
DueTodayIntent; what "I" promised, asked or "reminded", reads the promises the speaker may keep
(tracking.loggable_commitments: who may log what), their own and the shared ones named apart, never the
partner's as "yours", and never sets a reminder. Questions save nothing. Said through each locale's model."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import NOW, agreed_contract
from tests.skill.talk import Talk
from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk
from tests.skill.voice12_home import VOICE, linked_couple
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models import tracking
from trust_tracker.models.entities import LogKind, Source
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.days_said import dated

MINE_EMPTY = "Just your own entries, Alex. Nothing's been logged yet this week, or by this point last week."
PROMISES = "Your own promises: call when late. Shared with Sam: evening talk."
DUE_BOTH = "Still to log today: call when late and evening talk."


def _again(session_factory, locale: str) -> Talk:
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    ["how am I getting on", "how have I been doing", "how have I done this week", "am I doing alright"],
)
def test_how_i_am_doing_is_the_speakers_own_and_saves_nothing(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "MyProgressIntent"
    assert talk(said).speech == MINE_EMPTY
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-AU", "en-IN"])
def test_how_am_i_going_is_said_where_people_say_it(session, session_factory, locale) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, "how am I going") == "MyProgressIntent"
    assert talk("how am I going").speech == MINE_EMPTY


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-CA"])
def test_how_am_i_going_is_not_a_sample_where_people_do_not_say_it(session, session_factory, locale) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, "how am I going") != "MyProgressIntent"


@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
def test_how_am_i_doing_counts_the_speaker_alone_where_how_are_we_doing_counts_both(
    session, session_factory, locale
) -> None:
    alex, sam = linked_couple(session, "Alex", "Sam", person_id=VOICE)
    agreed_contract(session, alex, sam)
    evening = next(c for c in tracking.loggable_commitments(session, sam) if c.short_name == "evening talk")
    tracking.log_entry(session, sam, LogKind.KEPT, source=Source.WEB, lineage_id=evening.lineage_id, now=NOW)
    session.flush()
    talk = Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)
    talk("I kept my promise to call when late")
    mine = _again(session_factory, locale)("how am I doing").speech
    ours = _again(session_factory, locale)("how are we doing").speech
    assert mine.startswith("Just your own entries, Alex. So far this week: 1 kept and 0 missed"), mine
    assert ours.startswith("So far this week: 2 kept and 0 missed"), ours


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    [
        "what have I got left to do today",
        "what's left for me today",
        "anything I still need to do",
        "what else do I need to do today",
    ],
)
def test_what_is_left_for_me_is_due_today(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "DueTodayIntent"
    assert talk(said).speech == DUE_BOTH
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    ["what did I promise to do", "what were my promises", "what promises did I make", "remind me what I agreed to"],
)
def test_what_i_promised_reads_mine_and_the_shared_ones_apart(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "MyPromisesIntent"
    answer = talk(said)
    assert answer.speech == PROMISES
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-IN"])
@pytest.mark.parametrize(
    "said",
    [
        "remind me what I promised to do",
        "so remind me what my promises are",
        "remind me of my commitments please",
        "remind me what I'm supposed to be doing",
    ],
)
def test_remind_me_what_i_promised_reads_them_and_sets_no_reminder(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk(said)
    assert answer.speech == PROMISES, answer.speech
    assert "remind you" not in answer.speech
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-CA", "en-AU"])
def test_remind_me_what_we_agreed_reads_the_couples_contract(session, session_factory, locale) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk("remind me what we agreed to")
    assert answer.speech.startswith("Here's your contract, version 1."), answer.speech


@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
@pytest.mark.parametrize("said", ["remind me to call my mum", "remind me about the dentist"])
def test_a_reminder_of_something_else_is_never_read_as_the_promises(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk(said)
    assert "promises" not in answer.speech, answer.speech
    assert rows(session) == []


# Wednesday 25 November 2026 (tests.factories.NOW): Monday is the 23rd, Friday the 20th; the evening talk is due on
# Mondays, Wednesdays and Fridays (a day it is not due logs nothing: voice47).
@pytest.mark.parametrize("locale", ["en-US", "en-AU", "en-IN"])
@pytest.mark.parametrize(
    ("said", "logged"),
    [
        ("Monday I forgot the evening talk", ("missed", "evening talk", date(2026, 11, 23))),
        ("friday night I skipped our evening talk", ("missed", "evening talk", date(2026, 11, 20))),
        ("Monday evening I didn't do the evening talk", ("missed", "evening talk", date(2026, 11, 23))),
        ("on Monday night I didn't do our evening talk", ("missed", "evening talk", date(2026, 11, 23))),
        ("two days ago I missed my evening talk", ("missed", "evening talk", date(2026, 11, 23))),
    ],
)
def test_a_lapse_said_day_first_is_logged_on_the_day_said(session, session_factory, locale, said, logged) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk(said)
    assert "missed your evening talk" in answer.speech, answer.speech
    assert [(kind, name, day) for kind, name, day, _ in rows(session)] == [logged]


@pytest.mark.parametrize("said", ["the sunday walk was missed", "monday is our walk day"])
def test_a_weekday_that_names_a_promise_or_a_habit_is_no_day(said) -> None:
    assert dated(said, NOW.date()) == (None, said)


def _told_by_sam(session, session_factory, locale: str) -> Talk:
    """The device in Sam's voice; Alex's "call when late" and the shared "evening talk"."""
    sam, alex = linked_couple(session, "Sam", "Alex", person_id=VOICE)
    agreed_contract(session, alex, sam)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize("locale", ["en-GB", "en-CA"])
@pytest.mark.parametrize(
    "said", ["Alex kept his promise to call when late", "Alex kept his promise about the evening talk"]
)
def test_the_partners_keep_told_is_theirs_to_log_and_offered_as_a_moment(
    session, session_factory, locale, said
) -> None:
    talk = _told_by_sam(session, session_factory, locale)
    answer = talk(said)
    assert answer.speech.startswith("That's Alex's to log, so Alex logs it. Shall I note it as a moment"), answer.speech
    assert rows(session) == []  # nothing credited to Alex on Sam's word
    talk("yes")
    assert [kind for kind, _, _, _ in rows(session)] == ["reliability"]  # Sam's moment, never Alex's keep


@pytest.mark.parametrize("locale", ["en-GB", "en-IN"])
@pytest.mark.parametrize(
    "said",
    [
        "Alex didn't do the evening talk today",
        "Alex forgot to call when he was late",
        "Alex missed the evening talk yesterday",
    ],
)
def test_the_partners_lapse_told_blames_nobody(session, session_factory, locale, said) -> None:
    talk = _told_by_sam(session, session_factory, locale)
    answer = talk(said)
    assert (
        answer.speech == "That sounds like Alex's to log, so Alex logs it; I haven't logged anything under your name."
    )
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-US", "en-AU"])
def test_what_i_promised_with_no_contract_says_so(session, session_factory, locale) -> None:
    linked_couple(session, "Alex", "Sam", person_id=VOICE)
    session.flush()
    talk = Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)
    assert talk("what did I promise to do").speech == (
        "There are no promises of yours in the contract yet. You can add them on the website."
    )
    assert rows(session) == []


@pytest.mark.parametrize("said", ["how am I getting on", "what were my promises"])
def test_an_unlinked_device_is_asked_to_link_as_for_the_couples_questions(session_factory, said) -> None:
    mine = Talk(build_skill(), session_factory, locale="en-GB")(said)
    ours = Talk(build_skill(), session_factory, locale="en-GB")("how are we doing")
    assert mine.speech == ours.speech and mine.speech.startswith("This device")  # nobody's figures read
