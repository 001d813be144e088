"""Pairing codes are kept only as their HMAC under the app's secret (models.db.keyed): the
database alone gives no live code, and a session without the key cannot issue or use one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.conftest import TEST_SECRET
from tests.factories import NOW
from trust_tracker.models import voice
from trust_tracker.models.db import PAIRING_KEY, keyed
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.pairing_entities import PairingCode, PairingFailure

USER = "amzn1.ask.account.KEYED"


def test_the_stored_code_is_a_keyed_hash_never_the_digits(session, couple) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    (stored,) = session.scalars(select(PairingCode.code_hash)).all()
    assert stored != code and code not in stored and len(stored) == 64
    assert stored == voice.keyed_code(session, code)
    # The same code under another secret is another hash: without the key, trying all
    # million codes finds nothing.
    with Session(bind=session.connection(), info=keyed("another site's secret")) as other:
        assert voice.keyed_code(other, code) != stored


def test_under_another_secret_a_live_code_links_nothing_and_counts_as_wrong(session, couple) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    with Session(bind=session.connection(), info=keyed("a leaked copy's guess")) as other:
        assert voice.link_device(other, code, alexa_user_id=USER, now=NOW) is None
        assert other.scalars(select(VoiceLink)).all() == []
        assert other.scalars(select(PairingFailure.alexa_user_id)).all() == [USER]
    assert voice.link_device(session, code, alexa_user_id=USER, now=NOW) == couple[0]  # still open for its owner


def test_the_key_comes_from_the_secret_alone(session) -> None:
    assert session.info[PAIRING_KEY] == keyed(TEST_SECRET)[PAIRING_KEY] == keyed(TEST_SECRET.encode())[PAIRING_KEY]
    assert keyed(TEST_SECRET) != keyed(TEST_SECRET + " ")
    assert keyed(TEST_SECRET)[PAIRING_KEY] != TEST_SECRET.encode()  # derived: the secret's other uses never meet it


def test_a_session_without_the_key_refuses_to_issue_or_use_a_code(session, couple) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    with Session(bind=session.connection()) as keyless:
        with pytest.raises(RuntimeError, match="no pairing key"):
            voice.issue_pairing_code(keyless, keyless.merge(couple[1]), now=NOW)
        with pytest.raises(RuntimeError, match="no pairing key"):
            voice.link_device(keyless, code, alexa_user_id=USER, now=NOW)
        keyless.rollback()


@pytest.mark.parametrize(
    "said",
    [
        "",
        "12345",
        "1234567",
        "١٢٣٤٥٦",  # Arabic-Indic digits: not the code
        "12 34 56",
        "123456\x00",
        "123\u200b456",
        "\ud800\ud800\ud800",  # lone surrogates, as a malformed slot could carry
        "9" * 100_000,
    ],
    ids=["empty", "five", "seven", "arabic-indic", "spaced", "nul", "zero-width", "surrogates", "huge"],
)
def test_an_odd_code_links_nothing_and_counts_as_a_wrong_code(session, couple, said) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    assert said != code
    assert voice.link_device(session, said, alexa_user_id=USER, now=NOW) is None
    assert session.scalars(select(VoiceLink)).all() == []
    assert len(session.scalars(select(PairingFailure)).all()) == 1
    # Nothing half-written: the real code is still open and works.
    assert voice.link_device(session, code, alexa_user_id=USER, now=NOW + timedelta(minutes=1)) == couple[0]
