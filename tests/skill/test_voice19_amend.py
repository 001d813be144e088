"""An entry said again another way after the skill misheard something (voice19, tester find 1):
"no wait, that was yesterday" after a "Sorry, I didn't get that" changes nothing until a yes,
saying which entry and from when, as "undo that" does; said straight after the log, it moves the
entry as before. Through the real skill: spoken text and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.entities import LogKind, Source
from trust_tracker.models.localtime import local_today
from trust_tracker.models.tracking import log_entry
from trust_tracker.skill.simulator import Match

FALLBACK = Match("AMAZON.FallbackIntent", {})


def test_after_a_fallback_the_change_is_asked_first_and_yes_makes_it(session, session_factory) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    alexa.send(FALLBACK)
    heard = alexa("no wait, that was yesterday")
    assert heard.speech == "Your entry from just now says you kept your school run. Change it to Tuesday?"
    assert heard.open
    [entry] = entries(session)
    assert entry.local_date == local_today(faith.couple, NOW)
    heard = alexa("yes")
    assert heard.speech.startswith("Changed: you kept your school run, on Tuesday.")
    [entry] = entries(session)
    assert entry.local_date == local_today(faith.couple, NOW) - timedelta(days=1)


@pytest.mark.parametrize("no", ["no", "no thanks"])
def test_after_a_fallback_no_keeps_the_entry_as_it_was(session, session_factory, no) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    alexa.send(FALLBACK)
    alexa("no wait, that was yesterday")
    heard = alexa(no)
    assert heard.speech == "Okay. Your earlier entry stays as it was."
    [entry] = entries(session)
    assert entry.local_date == local_today(faith.couple, NOW)


def test_an_older_entry_is_named_with_its_age_and_the_promise_meant(session, session_factory) -> None:
    alexa, rohan, _, items = couple_home(session, session_factory, "rohan-frank", locale="en-AU")
    log_entry(
        session, rohan, LogKind.KEPT, source=Source.VOICE, lineage_id=items["dishes"], now=NOW - timedelta(minutes=9)
    )
    session.flush()
    alexa.send(FALLBACK)
    heard = alexa("not that one, I meant the sunday swim")
    assert heard.speech == "Your entry from 9 minutes ago says you kept your dishes. Change it to sunday swim?"
    assert [e.lineage_id for e in entries(session)] == [items["dishes"]]
    alexa("yes")
    assert [e.lineage_id for e in entries(session)] == [items["sunday swim"]]


def test_said_straight_after_the_log_in_the_same_session_it_moves_at_once(session, session_factory) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace", person_id=None)
    alexa("my name is Faith")
    heard = alexa("log a small win: I fixed the tap")
    assert heard.open  # a name said aloud: the session stays open after a write
    heard = alexa("actually, that was yesterday")
    assert heard.speech.startswith("Changed: you noted a small win, on Tuesday.")
    [entry] = entries(session)
    assert entry.local_date == local_today(faith.couple, NOW) - timedelta(days=1)


def test_a_forged_change_offer_changes_nothing(session, session_factory) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    alexa.send(FALLBACK)
    alexa("no wait, that was yesterday")
    alexa.conversation.attributes["flow"]["entry"] = 999_999
    heard = alexa("yes")
    [entry] = entries(session)
    assert entry.local_date == local_today(faith.couple, NOW) and "Changed" not in heard.speech
