"""Attempt counters and the pairing-code limit, alone and under real threads racing on a committed database."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select

from tests.conftest import TEST_SECRET
from tests.factories import NOW, make_couple
from trust_tracker.models import throttle, voice
from trust_tracker.models.db import make_sessionmaker, upgrade
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.errors import NotAllowed
from trust_tracker.models.login_entities import Throttle
from trust_tracker.models.pairing_entities import PairingFailure
from trust_tracker.models.throttle import Limit

THREE_A_MINUTE = Limit("test", 3, timedelta(minutes=1))
SECRET = "the app's secret key"


def test_attempts_are_counted_in_a_window_that_waiting_out_ends(session) -> None:
    verdicts = [
        throttle.attempt(session, THREE_A_MINUTE, "someone", NOW + timedelta(seconds=s), secret=SECRET)
        for s in range(5)
    ]
    assert [v.allowed for v in verdicts] == [True, True, True, False, False]
    assert verdicts[3].retry_after == 57  # the window opened at NOW; refusals never move it
    assert verdicts[4].retry_after == 56
    assert throttle.attempt(session, THREE_A_MINUTE, "someone else", NOW, secret=SECRET).allowed
    assert throttle.attempt(session, THREE_A_MINUTE, "someone", NOW + timedelta(minutes=1), secret=SECRET).allowed


def test_old_counters_are_pruned(session) -> None:
    throttle.attempt(
        session, THREE_A_MINUTE, "yesterday", NOW - throttle.STALE_AFTER - timedelta(seconds=1), secret=SECRET
    )
    throttle.attempt(session, THREE_A_MINUTE, "today", NOW, secret=SECRET)
    assert session.scalars(select(Throttle.key)).all() == [throttle.key_for(THREE_A_MINUTE, "today", SECRET)]


def test_keys_are_keyed_by_the_secret_so_an_address_cannot_be_found_by_hashing_them_all(session) -> None:
    address = "192.0.2.7"
    key = throttle.key_for(THREE_A_MINUTE, address, SECRET)
    assert address not in key and hashlib.sha256(address.encode()).hexdigest()[:40] not in key
    assert key != throttle.key_for(THREE_A_MINUTE, address, "another secret")
    assert key == throttle.key_for(THREE_A_MINUTE, address, SECRET.encode())


def test_a_forgiven_attempt_gives_its_place_back(session) -> None:
    for _ in range(3):
        assert throttle.attempt(session, THREE_A_MINUTE, "alex", NOW, secret=SECRET).allowed
        throttle.forgive(session, THREE_A_MINUTE, "alex", secret=SECRET)
    assert session.scalar(select(Throttle.hits)) == 0
    throttle.forgive(session, THREE_A_MINUTE, "alex", secret=SECRET)  # never below nothing
    assert session.scalar(select(Throttle.hits)) == 0
    throttle.forgive(session, THREE_A_MINUTE, "nobody", secret=SECRET)  # no counter: nothing to do
    assert [throttle.attempt(session, THREE_A_MINUTE, "alex", NOW, secret=SECRET).allowed for _ in range(4)] == [
        True,
        True,
        True,
        False,
    ]


@pytest.fixture
def fresh_engine(own_engine) -> Engine:
    upgrade(own_engine)
    return own_engine


def all_at_once(count: int, act: Callable[[int], object]) -> list[object]:
    """act(n) in `count` threads released together; each result, or the exception it raised."""
    start, results = threading.Barrier(count), []

    def run(n: int) -> None:
        start.wait()
        try:
            results.append(act(n))
        except Exception as error:  # the result under test, whatever it is
            results.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_racing_attempts_never_get_past_the_limit(fresh_engine) -> None:
    sessions = make_sessionmaker(fresh_engine)
    ten = Limit("race", 10, timedelta(minutes=15))

    def attempt(_: int) -> bool:
        with sessions.begin() as session:
            return throttle.attempt(session, ten, "alex@example.com", NOW, secret=SECRET).allowed

    results = all_at_once(16, attempt)
    assert sorted(map(str, results)) == ["False"] * 6 + ["True"] * 10
    with sessions() as session:
        assert session.scalar(select(Throttle.hits)) == 16


def test_racing_wrong_guesses_never_get_past_the_ceiling_nor_end_the_code(fresh_engine) -> None:
    """Finding 7: on PostgreSQL the limit could be raced. Now the ceiling is one atomic
    counter for every Alexa account; the real code is not ended by strangers."""
    sessions = make_sessionmaker(fresh_engine, TEST_SECRET)
    with sessions.begin() as session:
        alex, _ = make_couple(session)
        code = voice.issue_pairing_code(session, alex, now=NOW)
    racers = voice.EVERYONE.attempts + 8

    def guess(n: int) -> object:
        wrong = f"{(int(code) + n + 1) % 1_000_000:06d}"
        with sessions.begin() as session:
            return voice.link_device(session, wrong, alexa_user_id=f"guesser-{n}", now=NOW)

    results = all_at_once(racers, guess)
    assert results.count(None) == voice.EVERYONE.attempts, results
    assert all(isinstance(r, NotAllowed) for r in results if r is not None), results
    with sessions() as session:
        assert session.scalar(select(func.count(PairingFailure.id))) == voice.EVERYONE.attempts
    after = NOW + voice.FAILURE_WINDOW - timedelta(seconds=1)
    with sessions.begin() as session, pytest.raises(NotAllowed):  # the window still open: paused
        voice.link_device(session, code, alexa_user_id="home", now=after)
    with sessions.begin() as session:
        assert voice.link_device(session, code, alexa_user_id="home", now=NOW + voice.FAILURE_WINDOW) is None  # expired
        fresh = voice.issue_pairing_code(session, alex, now=NOW + voice.FAILURE_WINDOW)
        assert voice.link_device(session, fresh, alexa_user_id="home", now=NOW + voice.FAILURE_WINDOW).name == "Alex"


def test_a_code_said_on_two_devices_at_once_links_only_one(fresh_engine) -> None:
    sessions = make_sessionmaker(fresh_engine, TEST_SECRET)
    with sessions.begin() as session:
        alex, _ = make_couple(session)
        code = voice.issue_pairing_code(session, alex, now=NOW)

    def use(n: int) -> object:
        with sessions.begin() as session:
            partner = voice.link_device(session, code, alexa_user_id=f"device-{n}", now=NOW)
            return partner and partner.name

    results = all_at_once(6, use)
    assert sorted(map(str, results)) == ["Alex"] + ["None"] * 5
    with sessions() as session:
        assert session.scalar(select(func.count(VoiceLink.id))) == 1
