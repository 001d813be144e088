"""No page mails an address someone typed more than a few times an hour (tester-web46): joining
with a taken address, a new email, sign-up and a reset all count under the address's one quota,
and the reply is the same whether or not the address has an account."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from tests.factories import PASSWORD, make_couple
from tests.web.helpers import count, log_in, text_of
from trust_tracker.models import accounts
from trust_tracker.models.entities import Partner
from trust_tracker.web import throttle

QUOTA = throttle.MAIL_RECIPIENT.attempts


def _join(client, token: str, email: str, n: int):
    data = {"name": "Jo", "email": email, "password": PASSWORD}
    return client.post(f"/join/{token}", data=data, environ_base={"REMOTE_ADDR": f"10.7.{n}.1"})


@pytest.mark.parametrize("target", ["alex@example.com", "nobody.here@example.com"])
def test_joining_mails_an_address_a_few_times_then_refuses_taken_or_free(make_app, session, target: str) -> None:
    sent: list = []
    client = make_app(MAILER=sent.append).test_client()
    make_couple(session, "Alex", None)
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    session.flush()
    statuses = []
    for n in range(QUOTA + 3):  # a fresh link and address each time: only the recipient's quota is left
        token = accounts.create_invitation(session, robin)
        session.flush()
        statuses.append(_join(client, token, target.upper() if n % 2 else target, n).status_code)
        if target.startswith("nobody"):  # the free address joined at once: the next link is for it again
            session.execute(delete(Partner).where(Partner.email == target))
            session.flush()
    assert statuses == [200] * QUOTA + [429] * 3
    assert len(sent) == (QUOTA if target.startswith("alex") else 0)
    assert all(m["To"] == target for m in sent)


@pytest.mark.parametrize("target", ["kim@example.com", "New.Home@example.com"])
def test_a_new_email_is_mailed_a_few_times_then_refused_taken_or_free(make_app, couple, session, target) -> None:
    make_couple(session, "Kim", "Lee")
    session.flush()
    sent: list = []
    app = make_app(MAILER=sent.append)
    browsers = {}
    for who in ("alex@example.com", "sam@example.com"):  # two accounts: each has quota left of its own
        browsers[who] = app.test_client()
        log_in(browsers[who], who)
    statuses = []
    for n in range(QUOTA + 2):
        browser = browsers["alex@example.com" if n % 2 else "sam@example.com"]
        response = browser.post("/account/email", data={"email-email": target, "email-password": PASSWORD})
        statuses.append(response.status_code)
    assert statuses == [302] * QUOTA + [429] * 2
    assert "too many attempts" in text_of(response).lower()
    assert len(sent) == QUOTA and {m["To"] for m in sent} == {accounts.normalise_email(target)}
    session.expire_all()
    assert session.get(Partner, couple[0].id).email == "alex@example.com"


def test_the_quota_is_one_across_pages(make_app, couple, session) -> None:
    """Sign-up, a reset and a new email spend the same quota of the address."""
    sent: list = []
    app = make_app(MAILER=sent.append)
    client = app.test_client()
    log_in(client, "alex@example.com")
    statuses = []
    for n in range(QUOTA + 2):
        ip = {"REMOTE_ADDR": f"10.8.{n}.1"}
        if n % 3 == 0:
            data = {"name": "N", "email": "sam@example.com", "password": PASSWORD, "timezone": "UTC"}
            statuses.append(app.test_client().post("/signup", data=data, environ_base=ip).status_code)
        elif n % 3 == 1:
            statuses.append(
                app.test_client().post("/forgot", data={"email": "sam@example.com"}, environ_base=ip).status_code
            )
        else:
            data = {"email-email": "sam@example.com", "email-password": PASSWORD}
            statuses.append(client.post("/account/email", data=data).status_code)
    assert statuses[-2:] == [429, 429] and 429 not in statuses[:QUOTA]
    assert len(sent) == QUOTA and all(m["To"] == "sam@example.com" for m in sent)
    assert count(session, Partner) == 2
