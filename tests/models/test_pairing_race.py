"""Wrong pairing codes from one Alexa account are counted one at a time: sent all at once,
as a stranger's script would, no more than MAX_FAILURES of them are tried (models/voice.py)."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from tests.conftest import TEST_SECRET
from tests.factories import NOW
from trust_tracker.models import voice
from trust_tracker.models.db import make_sessionmaker, upgrade
from trust_tracker.models.errors import NotAllowed
from trust_tracker.models.pairing_entities import PairingFailure

STRANGER = "amzn1.ask.account.STRANGER"
GUESSES = 12


def test_a_burst_of_wrong_codes_from_one_account_tries_only_five(own_engine) -> None:
    upgrade(own_engine)
    sessions = make_sessionmaker(own_engine, TEST_SECRET)
    start, outcomes = threading.Barrier(GUESSES), []

    def guess(number: int) -> None:
        start.wait()
        try:
            with sessions.begin() as session:
                outcomes.append(voice.link_device(session, f"{number:06d}", alexa_user_id=STRANGER, now=NOW))
        except NotAllowed:
            outcomes.append("refused")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes.count(None) == voice.MAX_FAILURES  # tried, and wrong
    assert outcomes.count("refused") == GUESSES - voice.MAX_FAILURES
    with sessions() as session:
        assert session.scalar(select(func.count(PairingFailure.id))) == voice.MAX_FAILURES
