from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, PASSWORD, make_couple
from trust_tracker.models import accounts
from trust_tracker.models.checkins import DEFAULT_QUESTIONS, questions
from trust_tracker.models.contracts import contract_of
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import Conflict, InvalidCode, ValidationError


def test_sign_up_creates_couple_contract_and_default_questions(session):
    partner = accounts.sign_up(
        session, name="  Alex  ", email="Alex@Example.com ", password=PASSWORD, timezone="Europe/Paris"
    )
    assert partner.name == "Alex"
    assert partner.email == "alex@example.com"
    assert partner.couple.timezone == "Europe/Paris"
    assert partner.password_hash.startswith("$argon2")
    assert contract_of(session, partner.couple_id).couple_id == partner.couple_id
    assert questions(session, partner.couple_id) == list(DEFAULT_QUESTIONS)


@pytest.mark.parametrize(
    "name, email, password, timezone, message",
    [
        ("", "a@example.com", PASSWORD, "UTC", "your name"),
        ("x" * 61, "a@example.com", PASSWORD, "UTC", "at most 60"),
        ("Alex", "not-an-email", PASSWORD, "UTC", "valid email"),
        ("Alex", "a@b", PASSWORD, "UTC", "valid email"),
        ("Alex", "a b@example.com", PASSWORD, "UTC", "valid email"),
        # Invisible, control and routing characters are never part of an address (tester-web41 D10).
        ("Alex", "a@example.com\u200b", PASSWORD, "UTC", "valid email"),
        ("Alex", "a\u0007@example.com", PASSWORD, "UTC", "valid email"),
        ("Alex", "<script>@example.com", PASSWORD, "UTC", "valid email"),
        ("Alex", "a@example.com", "short", "UTC", "at least 10"),
        ("Alex", "a@example.com", "x" * 201, "UTC", "at most 200"),
        ("Alex", "a@example.com", PASSWORD, "Mars/Olympus", "time zone"),
        # Invisible and look-alike characters add length but no strength.
        ("Alex", "a@example.com", "a\u200b" * 6, "UTC", "at least 10"),
        ("Alex", "a@example.com", "ab\u200d\u2060\ufeff\u200c" * 2, "UTC", "at least 10"),
        ("Alex", "a@example.com", "\uff41" * 12, "UTC", "Repeats like"),
        ("Alex", "a@example.com", "a\u200b" * 12, "UTC", "Repeats like"),
        (
            "Alex",
            "a@example.com",
            "\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44\uff11\uff12\uff13",
            "UTC",
            "most common",
        ),
    ],
)
def test_sign_up_rejects_bad_input_and_writes_nothing(session, name, email, password, timezone, message):
    with pytest.raises(ValidationError, match=message):
        accounts.sign_up(session, name=name, email=email, password=password, timezone=timezone)
    session.rollback()
    assert session.scalar(select(func.count(Partner.id))) == 0


def test_duplicate_email_is_a_conflict(session):
    accounts.sign_up(session, name="Alex", email="alex@example.com", password=PASSWORD)
    with pytest.raises(Conflict):
        accounts.sign_up(session, name="Other", email="ALEX@example.com", password=PASSWORD)


@pytest.mark.parametrize("same", ["\uff41lex@example.com", "alex@example.com.", "Alex@Example.COM."])
def test_a_look_alike_or_the_same_mailbox_is_the_same_account(session, same):
    """tester-web41 D10: a full-width letter or a trailing dot made a second account that looked like the first."""
    accounts.sign_up(session, name="Alex", email="alex@example.com", password=PASSWORD)
    with pytest.raises(Conflict):
        accounts.sign_up(session, name="Other", email=same, password=PASSWORD)
    assert accounts.authenticate(session, same, PASSWORD) is not None


def test_authenticate(session):
    alex, _ = make_couple(session, second=None)
    assert accounts.authenticate(session, "ALEX@example.com", PASSWORD) == alex
    assert accounts.authenticate(session, "alex@example.com", "wrong password") is None
    assert accounts.authenticate(session, "nobody@example.com", PASSWORD) is None
    assert accounts.authenticate(session, "not an email", PASSWORD) is None


def test_invitation_is_single_use_and_joins_the_same_couple(session):
    alex, _ = make_couple(session, second=None)
    token = accounts.create_invitation(session, alex, now=NOW)
    assert accounts.inviter(session, token, now=NOW).name == "Alex"
    sam = accounts.join(session, token=token, name="Sam", email="sam@example.com", password=PASSWORD, now=NOW)
    assert sam.couple_id == alex.couple_id
    assert accounts.partner_of(alex) == sam
    assert accounts.partner_of(sam) == alex
    with pytest.raises(InvalidCode):
        accounts.join(session, token=token, name="Kim", email="kim@example.com", password=PASSWORD, now=NOW)
    with pytest.raises(Conflict):
        accounts.create_invitation(session, alex, now=NOW)


def test_invitation_expires_and_a_new_one_replaces_the_old(session):
    alex, _ = make_couple(session, second=None)
    old = accounts.create_invitation(session, alex, now=NOW)
    new = accounts.create_invitation(session, alex, now=NOW)
    with pytest.raises(InvalidCode):
        accounts.inviter(session, old, now=NOW)
    with pytest.raises(InvalidCode):
        accounts.inviter(session, new, now=NOW + accounts.INVITATION_LIFETIME + timedelta(seconds=1))
    with pytest.raises(InvalidCode):
        accounts.inviter(session, "made-up-token", now=NOW)


def test_bad_join_input_leaves_the_invitation_usable(session):
    alex, _ = make_couple(session, second=None)
    token = accounts.create_invitation(session, alex, now=NOW)
    with pytest.raises(ValidationError):
        accounts.join(session, token=token, name="Sam", email="sam@example.com", password="short", now=NOW)
    sam = accounts.join(session, token=token, name="Sam", email="sam@example.com", password=PASSWORD, now=NOW)
    assert sam.couple_id == alex.couple_id


def test_partner_by_email(session):
    alex, _ = make_couple(session, second=None)
    assert accounts.partner_by_email(session, " ALEX@example.com") == alex
    assert accounts.partner_by_email(session, "nobody@example.com") is None
    assert accounts.partner_by_email(session, "not an email") is None


def test_a_password_with_a_zero_width_character_is_kept_as_typed(session):
    password = "correct\u200bhorse battery"
    alex = accounts.sign_up(session, name="Alex", email="a@example.com", password=password)
    assert accounts.authenticate(session, "a@example.com", password) == alex
    assert accounts.authenticate(session, "a@example.com", "correcthorse battery") is None
