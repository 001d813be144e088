"""Log-in, sign-up, join, reset and password change are rationed (issue 9, finding 3)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import count, log_in, text_of
from trust_tracker.models import accounts
from trust_tracker.models.db import make_engine, upgrade
from trust_tracker.models.entities import Partner
from trust_tracker.models.login_entities import Throttle
from trust_tracker.web import create_app, throttle


class CountingHasher:
    """The real (cheap) hasher, counting every hash and verify: Argon2 time spent."""

    def __init__(self, real) -> None:
        self.real, self.calls = real, 0

    def hash(self, password: str) -> str:
        self.calls += 1
        return self.real.hash(password)

    def verify(self, hashed: str, password: str) -> bool:
        self.calls += 1
        return self.real.verify(hashed, password)

    def check_needs_rehash(self, hashed: str) -> bool:
        return self.real.check_needs_rehash(hashed)


@pytest.fixture
def hasher(monkeypatch) -> CountingHasher:
    counting = CountingHasher(accounts._hasher)
    monkeypatch.setattr(accounts, "_hasher", counting)
    return counting


def wrong_login(browser, email: str = "alex@example.com", **environ):
    return browser.post("/login", data={"email": email, "password": "not the password"}, environ_base=environ)


def test_eleven_wrong_passwords_then_the_right_one_is_refused_without_argon2(client, couple, hasher) -> None:
    """Finding 3: 40 wrong passwords, then the right one worked."""
    for _ in range(throttle.LOGIN_ACCOUNT.attempts):
        assert wrong_login(client).status_code == 401
    assert hasher.calls == throttle.LOGIN_ACCOUNT.attempts
    refused = wrong_login(client)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == str(15 * 60)
    assert "Too many attempts" in text_of(refused) and "wait 15 minutes" in text_of(refused)
    right = client.post("/login", data={"email": "alex@example.com", "password": PASSWORD})
    assert right.status_code == 429
    assert hasher.calls == throttle.LOGIN_ACCOUNT.attempts  # no Argon2 for a throttled request
    assert client.get("/history/").status_code == 302


def test_right_passwords_never_lock_the_account_and_wrong_ones_still_do(make_app, couple, hasher) -> None:
    """Finding: ten ordinary log-ins in fifteen minutes locked the account."""
    browser = make_app().test_client()
    right = {"email": "alex@example.com", "password": PASSWORD}
    for n in range(throttle.LOGIN_ACCOUNT.attempts + 5):
        assert browser.post("/login", data=right, environ_base={"REMOTE_ADDR": f"10.0.2.{n}"}).status_code == 302
    for n in range(throttle.LOGIN_ACCOUNT.attempts):
        assert wrong_login(browser, REMOTE_ADDR=f"10.0.3.{n}").status_code == 401
    assert wrong_login(browser, REMOTE_ADDR="10.0.4.1").status_code == 429
    assert browser.post("/login", data=right).status_code == 429


def test_right_passwords_never_lock_an_address_and_wrong_ones_still_do(make_app, couple, hasher) -> None:
    """tester-web41 D6: 30 log-ins from one address, right ones included, locked everybody behind
    it out (a mobile carrier's or a clinic's address). Two server processes share the count."""
    first, second = make_app().test_client(), make_app().test_client()
    right = {"email": "alex@example.com", "password": PASSWORD}
    for n in range(throttle.LOGIN_ADDRESS.attempts + 10):
        assert (first, second)[n % 2].post("/login", data=right).status_code == 302
    for n in range(throttle.LOGIN_ADDRESS.attempts):
        assert wrong_login((first, second)[n % 2], f"someone{n}@example.com").status_code == 401
    assert wrong_login(first, "sam@example.com").status_code == 429
    assert second.post("/login", data={"email": "sam@example.com", "password": PASSWORD}).status_code == 429


def test_the_account_limit_holds_across_addresses_and_ends_with_its_window(make_app, couple, hasher) -> None:
    clock = {"now": NOW}
    browser = make_app(CLOCK=lambda: clock["now"]).test_client()
    for n in range(throttle.LOGIN_ACCOUNT.attempts):
        assert wrong_login(browser, REMOTE_ADDR=f"10.0.0.{n}").status_code == 401
    assert wrong_login(browser, REMOTE_ADDR="10.0.1.1").status_code == 429
    clock["now"] = NOW + timedelta(minutes=10)
    refused = browser.post("/login", data={"email": "alex@example.com", "password": PASSWORD})
    assert refused.status_code == 429 and refused.headers["Retry-After"] == str(5 * 60)
    clock["now"] = NOW + throttle.LOGIN_ACCOUNT.window
    log_in(browser, "alex@example.com")


def test_one_address_is_refused_across_many_accounts(client, couple, hasher) -> None:
    for n in range(throttle.LOGIN_ADDRESS.attempts):
        assert wrong_login(client, f"someone{n}@example.com").status_code == 401
    assert wrong_login(client, "alex@example.com").status_code == 429
    calls = hasher.calls
    assert client.post("/login", data={"email": "sam@example.com", "password": PASSWORD}).status_code == 429
    assert hasher.calls == calls
    # Another address is not punished.
    other = client.post(
        "/login", data={"email": "sam@example.com", "password": PASSWORD}, environ_base={"REMOTE_ADDR": "10.9.9.9"}
    )
    assert other.status_code == 302


def test_the_throttle_table_holds_no_email_or_address(client, couple, session) -> None:
    wrong_login(client, REMOTE_ADDR="192.0.2.77")
    keys = session.scalars(select(Throttle.key)).all()
    assert len(keys) == 2
    assert not any("alex" in key or "192.0.2" in key for key in keys)


def test_sign_up_is_rationed_per_address(client, session, hasher) -> None:
    for n in range(throttle.SIGNUP_ADDRESS.attempts):
        data = {"name": "N", "email": f"n{n}@example.com", "password": PASSWORD, "timezone": "UTC"}
        assert client.post("/signup", data=data).status_code == 200
    before = count(session, Partner), hasher.calls
    data = {"name": "N", "email": "late@example.com", "password": PASSWORD, "timezone": "UTC"}
    response = client.post("/signup", data=data)
    assert response.status_code == 429 and int(response.headers["Retry-After"]) == 3600
    assert (count(session, Partner), hasher.calls) == before


def test_join_is_rationed_per_address(client, session) -> None:
    for _ in range(throttle.JOIN_ADDRESS.attempts):
        assert client.post("/join/not-a-token", data={"name": "Jo"}).status_code == 404
    assert client.post("/join/not-a-token", data={"name": "Jo"}).status_code == 429


def test_forgot_password_is_rationed_per_email(client, couple) -> None:
    for n in range(throttle.RESET_ACCOUNT.attempts):
        response = client.post(
            "/forgot", data={"email": "alex@example.com"}, environ_base={"REMOTE_ADDR": f"10.0.0.{n}"}
        )
        assert response.status_code == 200
    assert client.post("/forgot", data={"email": "alex@example.com"}).status_code == 429


def test_changing_the_password_is_rationed_before_the_current_one_is_checked(client, alex, hasher) -> None:
    wrong = {"current": "not my password", "new": "a fresh long passphrase", "repeat": "a fresh long passphrase"}
    for _ in range(throttle.CHANGE_ACCOUNT.attempts):
        assert client.post("/settings/security/password", data=wrong).status_code == 403
    calls = hasher.calls
    right = wrong | {"current": PASSWORD}
    response = client.post("/settings/security/password", data=right)
    assert response.status_code == 429 and "Retry-After" in response.headers
    assert hasher.calls == calls
    assert client.get("/history/").status_code == 200  # still logged in, password unchanged
    client.post("/logout")
    log_in(client, "alex@example.com")


def test_confirming_a_deletion_is_rationed_before_the_password_is_checked(client, alex, hasher, session) -> None:
    wrong = {"me-password": "not my password", "me-confirm": "y"}
    for _ in range(throttle.DELETE_ACCOUNT.attempts):
        assert client.post("/account/delete", data=wrong).status_code == 403
    calls = hasher.calls
    response = client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"})
    assert response.status_code == 429
    assert hasher.calls == calls
    assert session.get(Partner, alex.id) is not None


def test_logging_in_on_a_real_sqlite_file_never_waits_on_its_own_lock(tmp_path) -> None:
    """On one SQLite file (no shared test transaction), the throttle's own transactions run
    beside the request's: a right password logs in at once, not after the busy timeout."""
    url = f"sqlite:///{tmp_path / 'site.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session, session.begin():
        make_couple(session)
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "test", "WTF_CSRF_ENABLED": False,
                      "INSTANCE_PATH": tmp_path / "instance", "TESTING": True})  # fmt: skip
    started = time.monotonic()
    response = app.test_client().post("/login", data={"email": "alex@example.com", "password": PASSWORD})
    assert response.status_code == 302, response.status_code
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "spelling", ["ALEX@EXAMPLE.COM", "alex@example.com.", " Alex@Example.Com ", "ａｌｅｘ@ｅｘａｍｐｌｅ.ｃｏｍ"]
)
def test_another_spelling_of_the_address_shares_its_quota(make_app, couple, hasher, spelling) -> None:
    """web44: the quota was keyed by the email as typed, while logging in reads it normalised, so
    each spelling of Alex's address ("alex@example.com.", full-width letters) had ten more guesses."""
    browser = make_app().test_client()
    for n in range(throttle.LOGIN_ACCOUNT.attempts):
        assert wrong_login(browser, REMOTE_ADDR=f"10.0.5.{n}").status_code == 401
    assert wrong_login(browser, spelling, REMOTE_ADDR="10.0.6.1").status_code == 429
    right = {"email": spelling, "password": PASSWORD}
    assert browser.post("/login", data=right, environ_base={"REMOTE_ADDR": "10.0.6.2"}).status_code == 429
    assert hasher.calls == throttle.LOGIN_ACCOUNT.attempts


# Every spelling an account signs in under spends that account's one quota (tester-web45 F1).
SPELLINGS = ("sam@example.com.", "SAM@Example.COM", "\uff53\uff41\uff4d@example.com", " sam@example.com ")


def spelled(n: int, name: str) -> str:
    """The nth spelling of name@example.com (full width for the third)."""
    wide = "".join(chr(ord(c) + 0xFEE0) for c in name)
    return (
        SPELLINGS[n % len(SPELLINGS)]
        .replace("\uff53\uff41\uff4d", wide)
        .replace("sam", name)
        .replace("SAM", name.upper())
    )


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_locked_account_stays_locked_under_another_spelling(client, couple, spelling: str) -> None:
    for n in range(throttle.LOGIN_ACCOUNT.attempts):
        assert wrong_login(client, "sam@example.com", REMOTE_ADDR=f"10.1.0.{n}").status_code == 401
    right = {"email": spelling, "password": PASSWORD}
    refused = client.post("/login", data=right, environ_base={"REMOTE_ADDR": "10.1.1.1"})
    assert refused.status_code == 429 and "location" not in refused.headers


def test_wrong_passwords_under_many_spellings_spend_one_quota(client, couple) -> None:
    spellings = [*SPELLINGS, "sam@example.com", "Sam@example.com."]
    for n in range(throttle.LOGIN_ACCOUNT.attempts):
        assert wrong_login(client, spellings[n % len(spellings)], REMOTE_ADDR=f"10.2.0.{n}").status_code == 401
    assert wrong_login(client, "sam@EXAMPLE.com", REMOTE_ADDR="10.2.1.1").status_code == 429
    # Alex's quota is Alex's own; an address no account could have has its own too.
    assert client.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 302
    assert wrong_login(client, "not an email", REMOTE_ADDR="10.2.2.2").status_code == 401


def test_sign_up_per_email_counts_every_spelling_of_it(client, session) -> None:
    for n in range(throttle.SIGNUP_ACCOUNT.attempts):
        email = spelled(n, "new")
        data = {"name": "N", "email": email, "password": PASSWORD, "timezone": "UTC"}
        assert client.post("/signup", data=data, environ_base={"REMOTE_ADDR": f"10.3.0.{n}"}).status_code == 200
    data = {"name": "N", "email": "NEW@example.com.", "password": PASSWORD, "timezone": "UTC"}
    assert client.post("/signup", data=data, environ_base={"REMOTE_ADDR": "10.3.1.1"}).status_code == 429
    assert count(session, Partner) == 1  # the first made the account; no spelling made another


def test_forgot_password_counts_every_spelling_of_an_email(client, couple) -> None:
    for n in range(throttle.RESET_ACCOUNT.attempts):
        data = {"email": spelled(n, "alex")}
        assert client.post("/forgot", data=data, environ_base={"REMOTE_ADDR": f"10.4.0.{n}"}).status_code == 200
    refused = client.post("/forgot", data={"email": "alex@example.com."}, environ_base={"REMOTE_ADDR": "10.4.1.1"})
    assert refused.status_code == 429
