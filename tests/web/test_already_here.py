"""An account already here cannot join another couple. Every page that sends one to a partner's
invitation says so in the same words and offers what it can do instead (auth/_already_here.html):
the join page when logged in, what joining replies, the note mailed to a taken address, and the
invite page of the partner who sends the link."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import count, log_in, text_of
from trust_tracker.models import accounts
from trust_tracker.models.entities import Partner

STAYS = "An account that is already here stays in its own couple and cannot move into another."
LEAVE_FIRST = "Leave your couple first: take a copy of your data and delete your account on its account page"


def _robin_invites(session) -> str:
    """Robin, alone, with an invitation link; Kim and Lee, a couple of their own."""
    make_couple(session, "Kim", "Lee")
    robin = accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    token = accounts.create_invitation(session, robin, now=NOW)
    session.commit()
    return token


def _couples(session) -> list[tuple[str, int]]:
    return sorted((email, couple_id) for email, couple_id in session.execute(select(Partner.email, Partner.couple_id)))


def test_the_join_page_tells_a_logged_in_account_what_it_can_do(app, client, session) -> None:
    token = _robin_invites(session)
    before = _couples(session)
    log_in(client, "kim@example.com")
    page = client.get(f"/join/{token}")
    said = text_of(page)
    assert page.status_code == 200 and "You are logged in as Kim." in said
    assert STAYS in said and LEAVE_FIRST in said
    assert "Or ask Robin to join yours" not in said  # Lee has joined Kim: no room
    assert "Or join as a new account, with an email address no account here uses" in said
    assert 'href="/account/"' in page.text
    assert 'name="password"' not in page.text
    assert "nothing is created until you press" not in said  # no such button on this page (tester-web49)
    for data in (
        {"name": "Kim", "email": "kim2@example.com", "password": PASSWORD},
        {},
        {"name": "K" * 10_000, "email": "x\x00@example.com", "password": "\x07" * 12},
    ):
        posted = client.post(f"/join/{token}", data=data)
        assert posted.status_code == 409 and STAYS in text_of(posted)
    assert _couples(session) == before  # nobody moved, nobody made


def test_an_account_alone_is_offered_to_ask_the_inviter_to_join_it(client, session) -> None:
    token = _robin_invites(session)
    accounts.sign_up(session, name="Pat", email="pat@example.com", password=PASSWORD)
    session.commit()
    log_in(client, "pat@example.com")
    page = client.get(f"/join/{token}")
    said = text_of(page)
    assert 'href="/invite"' in page.text and STAYS in said and LEAVE_FIRST in said
    assert "Or ask Robin to join yours: make a link on your Invite page" in said
    assert "Robin has an account here too, so they would leave their couple first" in said


def test_the_join_reply_says_the_same_whether_or_not_the_address_is_taken(make_app, session) -> None:
    token = _robin_invites(session)
    sent: list = []
    app = make_app(MAILER=sent.append)
    replies = []
    for email in ("kim@example.com", "new.person@example.com"):
        response = app.test_client().post(f"/join/{token}", data={"name": "Kim", "email": email, "password": PASSWORD})
        assert response.status_code == 200
        replies.append(text_of(response).replace(email, "X"))
        if email == "kim@example.com":
            session.expire_all()
            assert len(accounts.partner_by_email(session, email).couple.partners) == 2  # Kim stays with Lee
            token = _another_link(session)
    assert replies[0] == replies[1].replace("new.person", "kim")  # tells nobody which one was taken
    assert STAYS in replies[0] and LEAVE_FIRST in replies[0] and "Or ask Robin to join yours" in replies[0]
    [note] = [m for m in sent if m["To"] == "kim@example.com"]
    body = note.get_content()
    assert STAYS in " ".join(body.split()) and "delete your account on its account page" in body
    assert "/account/" in body and "/invite" in body and "Nothing was changed." in body
    # tester-web49: the mail offered asking the inviter unconditionally, and left out joining as a new account.
    flat = " ".join(body.split())
    assert "if nobody has joined you yet" in flat and "join as a new account" in flat


def _another_link(session) -> str:
    robin = accounts.partner_by_email(session, "robin@example.com")
    token = accounts.create_invitation(session, robin, now=NOW)
    session.commit()
    return token


def test_the_invite_page_tells_the_sender_the_same(client, session) -> None:
    accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD)
    session.commit()
    log_in(client, "robin@example.com")
    for page in (client.get("/invite"), client.post("/invite")):
        said = text_of(page)
        assert page.status_code == 200
        assert "already has an account here, it stays in its own couple and cannot move into another" in said
        assert "they can leave their couple first" in said and "or you can join theirs in the same way" in said


def test_ones_own_link_is_not_answered_as_another_couples(client, session) -> None:
    token = _robin_invites(session)
    log_in(client, "robin@example.com")
    said = text_of(client.get(f"/join/{token}"))
    assert "own couple’s invitation link" in said and STAYS not in said


@pytest.mark.parametrize("token", ["", "x" * 5000, "%00", "not-a-token"])
def test_a_bad_link_is_a_404_for_an_account_already_here(client, session, token) -> None:
    _robin_invites(session)
    log_in(client, "kim@example.com")
    before = count(session, Partner)
    assert client.get(f"/join/{token}").status_code == 404
    assert client.post(f"/join/{token}", data={"name": "Kim"}).status_code == 404
    assert count(session, Partner) == before


def test_joining_without_the_forms_csrf_token_is_refused(make_app, session) -> None:
    token = _robin_invites(session)
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    before = _couples(session)
    response = client.post(f"/join/{token}", data={"name": "Jo", "email": "jo@example.com", "password": PASSWORD})
    assert response.status_code == 400
    assert _couples(session) == before


ALONE = (
    "You are the only partner in your couple, so this deletes the whole couple: its contract, everything logged in it"
)
WITH_PARTNER = "Your journal and your own entries leave with the account."
NOT_KNOWN = "if nobody has joined you yet, the whole couple goes with it, its contract too."


def test_deleting_the_account_is_told_as_it_is_alone_or_with_a_partner(client, session) -> None:
    """Alone, deleting the account deletes the couple: never "your own entries leave with it" (tester-web49)."""
    token = _robin_invites(session)
    accounts.sign_up(session, name="Pat", email="pat@example.com", password=PASSWORD)
    session.commit()
    log_in(client, "pat@example.com")
    alone = text_of(client.get(f"/join/{token}"))
    assert ALONE in alone and WITH_PARTNER not in alone
    client.post("/logout")
    log_in(client, "kim@example.com")  # Lee has joined Kim
    paired = text_of(client.get(f"/join/{token}"))
    assert WITH_PARTNER in paired and ALONE not in paired and NOT_KNOWN not in paired
    client.post("/logout")
    replied = text_of(
        client.post(f"/join/{token}", data={"name": "Kim", "email": "kim@example.com", "password": PASSWORD})
    )
    assert NOT_KNOWN in replied and ALONE not in replied  # whoever asked is not known: both cases said
