"""Codes and tokens of account linking: hashed, single-use, short-lived, revocable."""

from datetime import timedelta

from sqlalchemy import select

from tests.factories import NOW, make_token
from trust_tracker.models import oauth
from trust_tracker.models.base import digest
from trust_tracker.models.oauth_entities import OAuthCode, OAuthToken

REDIRECT = "https://pitangui.amazon.com/api/skill/link/M123"


def _code(session, partner, code="the-code"):
    return oauth.issue_code(
        session, partner, code, client_id="alexa", redirect_uri=REDIRECT, scope="trust_tracker", now=NOW
    )


def test_a_code_is_stored_hashed_and_works_once_for_five_minutes(session, couple):
    alex, _ = couple
    _code(session, alex)
    _code(session, alex, "late-code")
    assert session.scalars(select(OAuthCode.code_hash).order_by(OAuthCode.id)).all() == [
        digest("the-code"),
        digest("late-code"),
    ]
    assert oauth.redeem_code(session, "the-code", "someone-else", NOW) is None  # another client's
    row = oauth.redeem_code(session, "the-code", "alexa", NOW + timedelta(minutes=4))
    assert row is not None and row.partner == alex
    assert oauth.redeem_code(session, "the-code", "alexa", NOW) is None  # used
    assert oauth.redeem_code(session, "late-code", "alexa", NOW + timedelta(minutes=5)) is None  # expired
    for odd in ("", "x" * 10_000, "nul\x00"):
        assert oauth.redeem_code(session, odd, "alexa", NOW) is None


def test_a_replayed_code_revokes_what_it_was_exchanged_for(session, couple):
    alex, _ = couple
    _code(session, alex)
    row = oauth.redeem_code(session, "the-code", "alexa", NOW)
    assert row is not None
    token = make_token(session, alex, "access", "refresh", code_id=row.id)
    assert oauth.revoke_replayed(session, "never-issued", NOW) == 0
    assert oauth.revoke_replayed(session, "the-code", NOW) == 1
    assert token.revoked_at == NOW
    assert oauth.find_access(session, "access", NOW) is None


def test_tokens_are_hashed_live_an_hour_and_refresh_once(session, couple):
    alex, _ = couple
    make_token(session, alex, "access", "refresh")
    row = session.scalars(select(OAuthToken)).one()
    assert (row.access_hash, row.refresh_hash) == (digest("access"), digest("refresh"))
    assert oauth.find_access(session, "access", NOW + timedelta(minutes=59)) == row
    assert oauth.find_access(session, "access", NOW + timedelta(hours=1)) is None
    assert oauth.spend_refresh_token(session, "refresh", "someone-else", NOW) is None
    row.alexa_user_id, row.person_id = "amzn1.ask.account.HOME", ""
    spent = oauth.spend_refresh_token(session, "refresh", "alexa", NOW)
    assert spent == row and row.revoked_at == NOW
    assert oauth.spend_refresh_token(session, "refresh", "alexa", NOW) is None  # once
    new = make_token(session, alex, "access-2", "refresh-2", replaces=spent)
    assert (new.alexa_user_id, new.person_id) == ("amzn1.ask.account.HOME", "")  # carries on
    assert oauth.find_access(session, "access", NOW) is None
    assert oauth.find_access(session, "access-2", NOW) == new
