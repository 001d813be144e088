"""A hostile client at what web43 touched: the new-password forms (sign-up, joining, reset,
change) and Today's setup steps. Always a 4xx, never a 500, and nothing half-written."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import csrf_token, log_in, text_of
from trust_tracker.models import accounts, settings
from trust_tracker.models.entities import Invitation, Partner, VoiceLink
from trust_tracker.models.login_entities import PasswordReset

HOSTILE = [
    "nul\x00in a long passphrase",
    "\x1b[31mred terminal text here",
    "turned \u202earound passphrase",
    "isolated \u2066text\u2069 passphrase",
    "x" * 100_000,
    "🙂" * 40_000,
    "",
]


def _partners(session) -> int:
    return session.scalar(select(func.count()).select_from(Partner))


@pytest.mark.parametrize("password", HOSTILE)
def test_sign_up_and_join_refuse_hostile_passwords_and_write_nothing(client, session, password) -> None:
    inviter, _ = make_couple(session, "Ama", None)
    token = accounts.create_invitation(session, inviter, now=NOW)
    before = _partners(session)
    person = {"name": "Wren", "email": "wren@example.net", "password": password}
    for path, data in (("/signup", person | {"timezone": "UTC"}), (f"/join/{token}", person)):
        response = client.post(path, data=data)
        assert 400 <= response.status_code < 500, (path, response.status_code)
    assert _partners(session) == before
    assert session.scalar(select(Invitation.used_at)) is None


@pytest.mark.parametrize("password", HOSTILE)
def test_reset_and_change_refuse_hostile_passwords_and_keep_the_old_one(client, couple, session, password) -> None:
    alex, _ = couple
    token = accounts.create_reset(session, alex)
    before = alex.password_hash
    response = client.post(f"/reset/{token}", data={"new": password, "repeat": password})
    assert 400 <= response.status_code < 500
    log_in(client, "alex@example.com")
    response = client.post(
        "/settings/security/password", data={"current": PASSWORD, "new": password, "repeat": password}
    )
    assert 400 <= response.status_code < 500
    session.expire_all()
    assert session.get(Partner, alex.id).password_hash == before
    assert session.scalar(select(PasswordReset.used_at)) is None


def test_a_body_too_big_for_a_password_is_a_413(client, alex, session) -> None:
    before = alex.password_hash
    huge = "y" * 300_000
    response = client.post("/settings/security/password", data={"current": PASSWORD, "new": huge, "repeat": huge})
    assert response.status_code == 413
    session.expire_all()
    assert session.get(Partner, alex.id).password_hash == before


def test_fields_sent_twice_change_nothing(client, alex, session) -> None:
    before = alex.password_hash
    twice = MultiDict(
        [("current", PASSWORD), ("new", "abababababab"), ("new", "a strong passphrase here"), ("repeat", "x")]
    )
    assert client.post("/settings/security/password", data=twice).status_code == 422
    session.expire_all()
    assert session.get(Partner, alex.id).password_hash == before


def test_bytes_that_are_not_utf8_are_read_as_replacement_characters(client, session) -> None:
    """A lone surrogate's bytes (%ED%A0%80), stray continuation bytes: werkzeug reads each as
    U+FFFD, so the sign-up answers as for any password (the same page for a taken email), never a 500."""
    before = _partners(session)
    for junk in (b"%ED%A0%80", b"%80%80", b"%FF"):
        body = b"name=Wren&email=wren%40example.net&timezone=UTC&password=a+strong+passphrase" + junk
        response = client.post("/signup", data=body, content_type="application/x-www-form-urlencoded")
        assert response.status_code == 200 and "Almost there" in text_of(response)
    assert _partners(session) == before + 1
    body = b"name=Wren&email=wren2%40example.net&timezone=UTC&password=%ED%A0%80"
    assert client.post("/signup", data=body, content_type="application/x-www-form-urlencoded").status_code == 422
    assert _partners(session) == before + 1


def test_every_new_password_form_needs_its_csrf_token(make_app, session) -> None:
    inviter, _ = make_couple(session, "Ama", None)
    invitation = accounts.create_invitation(session, inviter, now=NOW)
    reset = accounts.create_reset(session, inviter)
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    good = "a strong passphrase here"
    person = {"name": "Wren", "email": "wren@example.net", "password": good}
    before = (_partners(session), inviter.password_hash)
    for path, data in (
        ("/signup", person | {"timezone": "UTC"}),
        (f"/join/{invitation}", person),
        (f"/reset/{reset}", {"new": good, "repeat": good}),
    ):
        assert client.post(path, data=data).status_code == 400, path
        assert client.post(path, data=data | {"csrf_token": "forged"}).status_code == 400, path
    token = csrf_token(client.get("/login"))
    client.post("/login", data={"email": "ama@example.com", "password": PASSWORD, "csrf_token": token})
    change = {"current": PASSWORD, "new": good, "repeat": good}
    assert client.post("/settings/security/password", data=change).status_code == 400
    session.expire_all()
    assert (_partners(session), session.get(Partner, inviter.id).password_hash) == before
    assert session.scalar(select(func.count()).select_from(PasswordReset).where(PasswordReset.used_at.is_(None))) == 1


def test_another_couples_alexa_does_not_tick_ours(client, alex, contract, session) -> None:
    """Setup and the Alexa offer are read from this couple's own links only."""
    settings.update_schedule(session, alex, timezone="Europe/Berlin", weekday=1, checkin_time=time(20, 0))
    jo, _ = make_couple(session, "Jo", "Kim")
    session.add(VoiceLink(couple_id=jo.couple_id, partner_id=jo.id, alexa_user_id="amzn1.ask.account.JO"))
    session.flush()
    page = text_of(client.get("/today/"))
    assert "Finish setting up" not in page
    assert "Rather say it aloud? Link Alexa" in page
