"""Tester-voice6 #11: an entry said again another way right after it ("no wait, that was
yesterday", "not that one, I meant the sunday dinner", on a shared device "actually it's Faith")
is moved, said back, and never the partner's; odd slot values and old entries change nothing.
Through the real skill (spoken text, rows) and models.disputes.amend_recent directly."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW, make_couple
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models import disputes
from trust_tracker.models.entities import LogKind, Source
from trust_tracker.models.errors import Conflict, NotAllowed, NotFound, ValidationError
from trust_tracker.models.localtime import local_today
from trust_tracker.models.tracking import log_entry
from trust_tracker.skill.simulator import Match

NOTHING = "There's nothing of yours from the last ten minutes to change. Older entries can be changed on the website."
UNCLEAR = "I couldn't tell what to change. Say, for example: that was yesterday, or: not that one, the evening talk."


def test_that_was_yesterday_moves_the_entry_and_says_it(session, session_factory) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    heard = alexa("no wait, that was yesterday")
    assert heard.speech == "Changed: you kept your school run, on Tuesday."
    [entry] = entries(session)
    # "did the school run" is the promise's own name, never its note (tester-voice16 E6)
    assert (entry.partner_id, entry.kind, entry.note) == (faith.id, LogKind.KEPT, "")
    assert entry.local_date == local_today(faith.couple, NOW) - timedelta(days=1)


def test_not_that_one_moves_it_to_the_promise_meant(session, session_factory) -> None:
    alexa, _, _, items = couple_home(session, session_factory, "rohan-frank", locale="en-AU")
    alexa("I did the dishes")
    heard = alexa("not that one, I meant the sunday swim")
    assert heard.speech == "Changed: you kept your sunday swim, today."
    [entry] = entries(session)
    assert (entry.lineage_id, entry.note) == (items["sunday swim"], "")  # the words were about the dishes


def test_a_small_win_moves_to_yesterday_in_en_in(session, session_factory) -> None:
    alexa, priya, *_ = couple_home(session, session_factory, "priya-tomas", locale="en-IN")
    alexa("log a small win: I fixed the tap")
    alexa("actually, that was yesterday")
    [entry] = entries(session)
    assert (entry.kind, entry.local_date) == (LogKind.SMALL_WIN, local_today(priya.couple, NOW) - timedelta(days=1))


def test_never_the_partners_entry(session, session_factory) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace")
    theirs = log_entry(
        session, grace, LogKind.SMALL_WIN, source=Source.VOICE, note="a calm talk", now=NOW - timedelta(minutes=2)
    )
    session.flush()
    assert alexa("no wait, that was yesterday").speech == NOTHING
    assert alexa("not that one, I meant film night").speech == NOTHING
    [entry] = entries(session)
    assert (entry.id, entry.partner_id, entry.local_date) == (theirs.id, grace.id, local_today(grace.couple, NOW))


def test_an_entry_older_than_ten_minutes_stays(session, session_factory) -> None:
    alexa, faith, _, items = couple_home(session, session_factory, "faith-grace")
    log_entry(
        session,
        faith,
        LogKind.KEPT,
        source=Source.VOICE,
        lineage_id=items["school run"],
        now=NOW - timedelta(minutes=11),
    )
    session.flush()
    assert alexa("no wait, that was yesterday").speech == NOTHING
    assert entries(session)[0].local_date == local_today(faith.couple, NOW)


def test_a_day_already_logged_keeps_the_entry_where_it_was(session, session_factory) -> None:
    alexa, faith, _, items = couple_home(session, session_factory, "faith-grace")
    log_entry(
        session, faith, LogKind.KEPT, source=Source.WEB, lineage_id=items["school run"], now=NOW - timedelta(days=1)
    )
    session.flush()
    alexa("I did the school run")
    heard = alexa("no wait, that was yesterday")
    assert "already logged as kept" in heard.speech
    assert sorted(e.local_date for e in entries(session)) == [
        local_today(faith.couple, NOW) - timedelta(days=1),
        local_today(faith.couple, NOW),
    ]


@pytest.mark.parametrize(
    "slots",
    [
        {"day": "purple"},
        {"day": "next week"},
        {"day": "yesterday\x07"},
        {"commitment": "the moon"},
        {"commitment": "x" * 400},
        {"commitment": "film\x00night"},
        {"day": "", "commitment": ""},
        {},
    ],
)
def test_odd_slot_values_change_nothing(session, session_factory, slots) -> None:
    alexa, faith, _, items = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    heard = alexa.send(Match("AmendEntryIntent", slots))
    assert "Changed" not in heard.speech
    [entry] = entries(session)
    assert (entry.lineage_id, entry.local_date) == (items["school run"], local_today(faith.couple, NOW))


def test_a_small_win_has_no_promise_to_move_to(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("log a small win: I mended the gate")
    assert alexa("not that one, I meant film night").speech == UNCLEAR
    assert entries(session)[0].lineage_id is None


def test_in_a_checkin_it_repairs_the_answer_and_logs_nothing(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("check-in time")
    alexa("no, just me")
    alexa("it was calm")
    alexa("not that one, I meant we laughed more")
    assert entries(session) == []


# On a shared device: the entry just made in the name said before is the one now named.
@pytest.mark.parametrize(
    ("key", "first", "repair", "who"),
    [
        ("faith-grace", "Grace here, I did the school run", "oh sorry, it's Faith actually", 0),
        ("will-bill", "Will here, log a small win: I cooked a roast", "no wait, I'm Bill, Will picked me up", 1),
        ("will-bill", "Will here, I did the washing", "actually it's Bill, sorry", 1),
        ("rohan-frank", "Frank here, log a small win: I fixed the fence", "no wait, I'm Rohan", 0),
    ],
)
def test_the_one_now_named_takes_the_entry(session, session_factory, key, first, repair, who) -> None:
    alexa, one, two, _ = couple_home(session, session_factory, key, person_id=None)
    alexa(first)
    name, before = (one, two)[who].name, (one, two)[1 - who].name
    heard = alexa(repair)
    assert heard.speech.startswith(f"Thanks, {name}:"), heard.speech
    assert f"The entry {before} just made says" in heard.speech and heard.speech.endswith("Is it yours?")
    assert entries(session)[0].partner_id == (one, two)[1 - who].id  # nothing moves before the yes
    heard = alexa("yes")
    assert heard.speech.startswith("Done: the entry saying") and "is yours now" in heard.speech, heard.speech
    [entry] = entries(session)
    assert entry.partner_id == (one, two)[who].id


# Alexa sends the name, not "actually" around it: a plain handover after a log is asked, never moved.
@pytest.mark.parametrize("handover", ["it's Faith now", "hi, this is Faith", "now it's Faith"])
def test_a_plain_handover_after_a_log_moves_nothing_without_a_yes(session, session_factory, handover) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace", person_id=None)
    alexa("Grace here, I did the school run")
    assert "Is it yours?" in alexa(handover).speech
    heard = alexa("no")
    assert heard.speech.startswith("Okay, it stays as it was."), heard.speech
    assert heard.open
    [entry] = entries(session)
    assert entry.partner_id == grace.id


def test_a_forged_offer_moves_nothing(session, session_factory, couple) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace", person_id=None)
    alexa("Grace here, I did the school run")
    alexa("it's Faith now")
    assert len(entries(session)) == 1
    stranger = couple[0]  # another couple's partner named as the one it came from
    alexa.conversation.attributes["flow"]["from"] = stranger.id
    heard = alexa("yes")
    assert "yours now" not in heard.speech
    assert entries(session)[0].partner_id == grace.id


def test_a_known_voice_moves_nothing(session, session_factory) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace")  # Faith's voice
    alexa("I did the school run")
    heard = alexa("oh sorry, it's Grace actually")
    assert "Faith" in heard.speech and "yours now" not in heard.speech
    assert entries(session)[0].partner_id == faith.id


def test_the_partners_own_site_entry_is_never_moved(session, session_factory) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace", person_id=None)
    alexa("it's Grace now")
    log_entry(session, grace, LogKind.SMALL_WIN, source=Source.WEB, note="typed", now=NOW - timedelta(minutes=1))
    session.flush()
    heard = alexa("oh sorry, it's Faith actually")
    assert "yours now" not in heard.speech
    assert entries(session)[0].partner_id == grace.id


def test_amend_recent_refuses_what_is_not_the_speakers(session, couple) -> None:
    alex, sam = couple
    other, _ = make_couple(session, "Jo", None)
    entry = log_entry(session, sam, LogKind.SMALL_WIN, source=Source.VOICE, note="tea", now=NOW)
    session.flush()
    today = local_today(alex.couple, NOW)
    with pytest.raises(NotAllowed):
        disputes.amend_recent(session, alex, entry.id, NOW, day=today - timedelta(days=1))
    with pytest.raises(NotFound):
        disputes.amend_recent(session, other, entry.id, NOW, day=today - timedelta(days=1))
    with pytest.raises(NotFound):
        disputes.amend_recent(session, sam, entry.id, NOW, author=other)
    with pytest.raises(ValidationError):
        disputes.amend_recent(session, sam, entry.id, NOW, day=today + timedelta(days=1))
    with pytest.raises(Conflict):
        disputes.amend_recent(session, sam, entry.id, NOW, day=today - timedelta(days=30))
    with pytest.raises(Conflict):
        disputes.amend_recent(session, sam, entry.id, NOW + timedelta(minutes=11), day=today - timedelta(days=1))
    assert [(e.partner_id, e.local_date) for e in entries(session)] == [(sam.id, today)]
