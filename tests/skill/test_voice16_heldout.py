"""Held-out turns for tester-voice6 #11-#14, written before any of the fixes by other couples and
locales than the tester's (Faith & Grace, Rohan & Frank, Will & Bill, Hope & Faith, Priya & Tomás;
en-GB, en-AU, en-IN): repairs right after a log, names said first on a shared device, a request
waiting through "Is this X or Y?", and control words in a check-in. Asserted on rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.checkin_entities import CheckInAnswer
from trust_tracker.models.entities import LogKind
from trust_tracker.models.localtime import local_today

# (couple, locale, the log, the repair)
YESTERDAY = [
    ("faith-grace", "en-GB", "I did the school run", "oh hang on, that was yesterday"),
    ("rohan-frank", "en-AU", "I did the dishes", "sorry, it was yesterday actually"),
    ("priya-tomas", "en-IN", "I did the morning walk", "wait, that was yesterday, not today"),
    ("hope-faith", "en-GB", "I walked the dog", "no, I did that yesterday"),
    ("will-bill", "en-AU", "I did the washing", "hang on, that was yesterday mate"),
]


@pytest.mark.parametrize(("key", "locale", "log", "repair"), YESTERDAY)
def test_yesterday_moves_the_entry(session, session_factory, key, locale, log, repair) -> None:
    alexa, one, *_ = couple_home(session, session_factory, key, locale=locale)
    alexa(log)
    alexa(repair)
    [entry] = entries(session)
    assert entry.local_date == local_today(one.couple, NOW) - timedelta(days=1)


# (couple, locale, the log, the repair, the commitment meant)
OTHER_ONE = [
    ("faith-grace", "en-GB", "I did the school run", "no, not that one, film night", "film night"),
    ("rohan-frank", "en-AU", "I did the dishes", "not that one, I meant the sunday swim", "sunday swim"),
    ("hope-faith", "en-GB", "I did the dog walk", "wrong one, it was the sunday dinner", "sunday dinner"),
    ("priya-tomas", "en-IN", "I did the morning walk", "no not that, I meant call when late", "call when late"),
]


@pytest.mark.parametrize(("key", "locale", "log", "repair", "meant"), OTHER_ONE)
def test_not_that_one_moves_the_entry(session, session_factory, key, locale, log, repair, meant) -> None:
    alexa, _, _, items = couple_home(session, session_factory, key, locale=locale)
    alexa(log)
    alexa(repair)
    [entry] = entries(session)
    assert entry.lineage_id == items[meant]


# (couple, locale, the name first, the log, the repair, who it really is: 0 or 1)
SPEAKER = [
    ("faith-grace", "en-GB", "Grace here, I did the school run", "oh sorry, it's Faith actually", 0),
    ("rohan-frank", "en-AU", "Frank here, log a small win: I fixed the fence", "no wait, I'm Rohan", 0),
    ("will-bill", "en-AU", "Will here, log a small win: I cooked a roast", "actually it's Bill, sorry", 1),
    ("hope-faith", "en-GB", "Faith here, I walked the dog", "hold on, it's Hope actually, Faith went out", 0),
]


@pytest.mark.parametrize(("key", "locale", "log", "repair", "who"), SPEAKER)
def test_the_real_speaker_takes_the_entry(session, session_factory, key, locale, log, repair, who) -> None:
    alexa, one, two, _ = couple_home(session, session_factory, key, locale=locale, person_id=None)
    alexa(log)
    assert len(entries(session)) == 1
    assert "Is it yours?" in alexa(repair).speech  # moved only after a yes
    alexa("yes")
    [entry] = entries(session)
    assert entry.partner_id == (one, two)[who].id


# (couple, locale, said first, who: 0 or 1, kind)
NAME_FIRST = [
    ("rohan-frank", "en-AU", "morning, Frank speaking, log a small win: I cleaned the car", 1, LogKind.SMALL_WIN),
    ("priya-tomas", "en-IN", "it's Priya, I did the morning walk", 0, LogKind.KEPT),
    ("faith-grace", "en-GB", "hiya, Grace speaking, log a small win: I mended the gate", 1, LogKind.SMALL_WIN),
    ("will-bill", "en-AU", "it's Bill, I did the washing", 1, LogKind.KEPT),
]


@pytest.mark.parametrize(("key", "locale", "said", "who", "kind"), NAME_FIRST)
def test_a_name_said_first_logs_for_them(session, session_factory, key, locale, said, who, kind) -> None:
    alexa, one, two, _ = couple_home(session, session_factory, key, locale=locale, person_id=None)
    alexa(said)
    [entry] = entries(session)
    assert (entry.partner_id, entry.kind) == ((one, two)[who].id, kind)


# (couple, locale, the request, the name, who)
WAITS = [
    ("hope-faith", "en-GB", "this is embarrassing, but I read Faith's journal", "Hope", 0),
    ("will-bill", "en-AU", "this is hard to say, I had a go on the pokies", "Bill", 1),
    ("faith-grace", "en-GB", "this is awkward, I messaged my ex", "Grace", 1),
]


@pytest.mark.parametrize(("key", "locale", "said", "name", "who"), WAITS)
def test_a_request_before_the_name_is_served(session, session_factory, key, locale, said, name, who) -> None:
    alexa, one, two, _ = couple_home(session, session_factory, key, locale=locale, person_id=None)
    alexa(said)
    heard = alexa(name)
    logged = entries(session)
    # Served: the breach logged for them, or its own question asked (which boundary?), never the welcome.
    assert [(e.partner_id, e.kind) for e in logged] == [((one, two)[who].id, LogKind.BREACH)] or (
        not logged and "boundar" in heard.speech.lower()
    ), heard.speech


# (couple, locale, the words at "Is X with you?" or a question, which)
CONTROL = [
    ("hope-faith", "en-GB", "no, Faith's gone to work", "together"),
    ("rohan-frank", "en-AU", "nah, Frank's at the footy", "together"),
    ("faith-grace", "en-GB", "that's not what I meant, go back", "answer"),
    ("will-bill", "en-AU", "hang on, I said that wrong, can I change it", "answer"),
    ("priya-tomas", "en-IN", "oops, I made a mistake, take that back", "answer"),
    ("hope-faith", "en-GB", "let me redo that one", "answer"),
]


@pytest.mark.parametrize(("key", "locale", "said", "where"), CONTROL)
def test_control_words_in_a_checkin_are_never_saved(session, session_factory, key, locale, said, where) -> None:
    alexa, *_ = couple_home(session, session_factory, key, locale=locale)
    alexa("check-in time")
    if where == "answer":
        alexa("no, just me")
        alexa("it was a calm week really")
    alexa(said)
    saved = [a.answer for a in session.scalars(select(CheckInAnswer))]
    assert all(said.split(",")[0].lower() not in text.lower() for text in saved), saved
