"""A one-time link used by someone else while this request was checking the new password
(tester-security50 D1, D2; the race itself: tests/models/test_account_races.py): the reply
is the one a used link gets, and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import text_of
from trust_tracker.models import accounts
from trust_tracker.models.entities import Invitation
from trust_tracker.models.login_entities import PasswordReset

NEW = "amber glacier notebook seven"


@pytest.fixture
def spent_meanwhile(monkeypatch, session):
    """Once the new password is judged, every link of `kind` is used, as by another request."""

    def arrange(kind: type[Invitation | PasswordReset]) -> None:
        judge = accounts.check_password

        def judged_then_spent(*args, **kwargs) -> None:
            judge(*args, **kwargs)
            session.execute(update(kind).values(used_at=NOW))

        monkeypatch.setattr(accounts, "check_password", judged_then_spent)

    return arrange


def test_a_join_whose_link_was_used_meanwhile_is_answered_as_a_used_link(client, session, spent_meanwhile) -> None:
    robin, _ = make_couple(session, "Robin", None)
    token = accounts.create_invitation(session, robin, now=NOW)
    spent_meanwhile(Invitation)
    form = {"name": "Jo", "email": "jo@example.com", "password": PASSWORD}
    raced = client.post(f"/join/{token}", data=form)
    assert raced.status_code == 404
    assert accounts.partner_by_email(session, "jo@example.com") is None
    session.execute(update(Invitation).values(used_at=NOW))  # (the 404 undid the other's use with its own)
    used = client.post(f"/join/{token}", data=form)
    assert (used.status_code, text_of(used)) == (404, text_of(raced))


def test_a_reset_whose_link_was_used_meanwhile_sets_nothing(client, session, couple, spent_meanwhile) -> None:
    token = accounts.create_reset(session, couple[0], now=NOW)
    spent_meanwhile(PasswordReset)
    raced = client.post(f"/reset/{token}", data={"new": NEW, "repeat": NEW})
    assert raced.status_code == 404  # never "your new password is set"
    assert accounts.authenticate(session, "alex@example.com", PASSWORD) is not None
    assert accounts.authenticate(session, "alex@example.com", NEW) is None
    session.execute(update(PasswordReset).values(used_at=NOW))
    used = client.post(f"/reset/{token}", data={"new": NEW, "repeat": NEW})
    assert (used.status_code, text_of(used)) == (404, text_of(raced))
