"""Weak passwords are refused, saying why, at every place a password is set: sign-up,
joining, reset and change; nothing is written when one is."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import log_in, text_of
from trust_tracker.models import accounts
from trust_tracker.models.entities import Partner
from trust_tracker.models.login_entities import PasswordReset

PATTERN = "That password is easy to guess."
COMMON = "one of the most common ones"
OWN = "mostly your own name or email address"

# For a person called Wren Okafor, wren.okafor@example.net.
WEAK = [
    ("cdcdcdcdcdcd", PATTERN),
    ("5678901234", PATTERN),
    ("superman1234", PATTERN),
    ("Password123", COMMON),
    ("wren.okafor@example.net", OWN),
    ("okaforwren77", OWN),
    ("Sunflower2020", PATTERN),  # a common word with a year: zxcvbn's score 2, refused since it must be 3
    ("Coffee2023!", PATTERN),
    ("Leeds2024!", PATTERN),  # one word with a year: zxcvbn's 3, refused as the hint says (tester-web46)
]
# Joining Ama's couple, and changing or resetting Alex's password (Sam's partner): the other's name,
# in passwords that pass without it ("i love zqx 2024" does), spaced or not.
ON_THE_PARTNER = [("ama4ever!!!", PATTERN), ("Ama&me2019", PATTERN), ("i love ama 2024", PATTERN)]


def _partners(session) -> int:
    return session.scalar(select(func.count()).select_from(Partner))


@pytest.mark.parametrize(("password", "message"), WEAK)
def test_sign_up_refuses_a_weak_password(client, session, password, message) -> None:
    before = _partners(session)
    data = {"name": "Wren Okafor", "email": "wren.okafor@example.net", "password": password, "timezone": "UTC"}
    response = client.post("/signup", data=data)
    assert response.status_code == 422 and message in text_of(response)
    assert _partners(session) == before


def test_sign_up_refuses_it_for_a_taken_email_too_so_it_tells_nothing(client, couple, session) -> None:
    data = {"name": "Alex", "email": "alex@example.com", "password": "alex2026alex", "timezone": "UTC"}
    response = client.post("/signup", data=data)
    assert response.status_code == 422 and OWN in text_of(response)


@pytest.mark.parametrize(("password", "message"), WEAK + ON_THE_PARTNER)
def test_joining_refuses_a_weak_password_and_keeps_the_invitation(client, session, password, message) -> None:
    inviter, _ = make_couple(session, "Ama", None)
    token = accounts.create_invitation(session, inviter, now=NOW)
    data = {"name": "Wren Okafor", "email": "wren.okafor@example.net", "password": password}
    response = client.post(f"/join/{token}", data=data)
    assert response.status_code == 422 and message in text_of(response)
    assert len(inviter.couple.partners) == 1
    assert client.get(f"/join/{token}").status_code == 200  # the link still works


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("efefefefefef", PATTERN),
        ("alex@example.com", OWN),
        ("Alex.Example.2026", OWN),
        ("iloveyou123", COMMON),
        ("Brighton2024", PATTERN),
        ("sam4ever!!!", PATTERN),
        ("Sam&me2019", PATTERN),
        ("i love sam 2024", PATTERN),
    ],
)
def test_reset_refuses_a_weak_password_and_keeps_the_old_one(client, couple, session, password, message) -> None:
    alex, _ = couple
    token = accounts.create_reset(session, alex)
    before = alex.password_hash
    response = client.post(f"/reset/{token}", data={"new": password, "repeat": password})
    assert response.status_code == 422 and message in text_of(response)
    session.expire_all()
    assert session.get(Partner, alex.id).password_hash == before
    assert session.scalar(select(PasswordReset.used_at)) is None
    log_in(client, "alex@example.com")


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("ghghghghghgh", PATTERN),
        ("alexalexalex", OWN),
        ("example.alex!", OWN),
        ("1q2w3e4r5t", COMMON),
        ("Winter2025!", PATTERN),
        ("mysamlove99", PATTERN),
        ("Sam&me2019", PATTERN),
        ("I-LOVE-SAM-2024", PATTERN),
    ],
)
def test_changing_refuses_a_weak_password_and_keeps_the_old_one(client, alex, session, password, message) -> None:
    before = alex.password_hash
    data = {"current": PASSWORD, "new": password, "repeat": password}
    response = client.post("/settings/security/password", data=data)
    assert response.status_code == 422 and message in text_of(response)
    session.expire_all()
    assert session.get(Partner, alex.id).password_hash == before
    assert client.get("/today/").status_code == 200  # still logged in: nothing ended


def test_every_new_password_field_says_the_rule(client, alex) -> None:
    page = text_of(client.get("/settings/security/"))
    assert "Not a common password, your name or your email; not a word with a year or digits (Summer2025!)" in page
    client.post("/logout")
    assert "nor a pattern like 1234567890 or abababab" in text_of(client.get("/signup"))
    assert "not a word with a year or digits (Summer2025!)" in text_of(client.get("/signup"))
