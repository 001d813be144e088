"""Every way a partner's Alexa link ends but one device's (the grant unlinked in Settings, a
password changed or reset) ends every way the skill knows that partner: their
tokens, the devices they paired with a code and the voices bound to them. Unlinking one device
or voice removes that one only: tests/web/test_unlink_one_device.py. Through the real
/alexa endpoint (verification off), the next request from any of those devices or voices is
an unlinked device's: it asks to link, logs nothing, and still gets the safety answer."""

# ruff: noqa: F811 (pytest fixtures imported from test_oauth.py, named as arguments)
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select

from tests.factories import PASSWORD, agreed_contract
from tests.web.helpers import log_in
from tests.web.test_oauth import OAUTH, allow, authorize_url, clock, code_of, exchange  # noqa: F401
from trust_tracker.models import accounts, voice
from trust_tracker.models.entities import LogEntry, Partner, VoiceLink
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.skill.requests import intent_request
from trust_tracker.skill.speech import for_locale

SAY = for_locale("en-US").say
KITCHEN, SAMS_VOICE = "amzn1.ask.account.KITCHEN", "amzn1.ask.person.SAM-KITCHEN"
BEDROOM, SAMS_OTHER_VOICE = "amzn1.ask.account.BEDROOM", "amzn1.ask.person.SAM-BEDROOM"
NEW = "a brand new long password"


@pytest.fixture
def app(make_app, clock) -> Flask:
    return make_app(CLOCK=clock, ALEXA_VERIFY=False, **OAUTH)


def alexa(app: Flask, name: str, slots: dict[str, str], account: str, person: str, token: str | None = None) -> Any:
    """One request to /alexa as Alexa sends it: the voice's own token when it has one."""
    envelope = intent_request(name, slots, user_id=account, person_id=person)
    if token is not None:
        envelope["context"]["System"]["person"]["accessToken"] = token
    response = app.test_client().post("/alexa", json=envelope)
    assert response.status_code == 200, response.text
    return response.get_json()["response"]


def speech(response: dict[str, Any]) -> str:
    return response["outputSpeech"]["ssml"].removeprefix("<speak>").removesuffix("</speak>")


def entries_of(session, partner: Partner) -> int:
    session.expire_all()
    return session.scalar(select(func.count(LogEntry.id)).where(LogEntry.partner_id == partner.id)) or 0


@pytest.fixture
def sam_linked(app, clock, couple, session) -> tuple[Partner, str]:
    """Sam linked two ways: his voice in the kitchen by account linking (his log-in), his voice in
    the bedroom by a pairing code; each has logged a kept promise as Sam. Sam's access token."""
    alex, sam = couple
    agreed_contract(session, sam, alex)
    code = voice.issue_pairing_code(session, sam)
    session.commit()
    browser = app.test_client()
    log_in(browser, sam.email)
    tokens = exchange(browser, code_of(allow(browser, authorize_url()))).json
    kept = {"commitment": "call when late"}
    assert speech(alexa(app, "LogKeptIntent", kept, KITCHEN, SAMS_VOICE, tokens["access_token"])).startswith(
        "Logged: you kept"
    )
    alexa(app, "LinkDeviceIntent", {"code": code}, BEDROOM, SAMS_OTHER_VOICE)
    alexa(app, "LogKeptIntent", kept, BEDROOM, SAMS_OTHER_VOICE)
    assert entries_of(session, sam) == 1  # once a day: the bedroom heard it was already logged
    links = session.scalars(select(VoiceLink.alexa_user_id).where(VoiceLink.partner_id == sam.id)).all()
    assert sorted(links) == [BEDROOM, KITCHEN]
    return sam, tokens["access_token"]


def _end_grant_in_settings(app, session, sam) -> None:
    grant = session.scalars(select(OAuthToken).where(OAuthToken.revoked_at.is_(None))).one()
    alex = app.test_client()
    log_in(alex, "alex@example.com")
    response = alex.post(f"/settings/alexa-grants/{grant.id}/unlink")
    assert response.status_code == 302
    assert "every device and voice linked to the same person" in alex.get(response.location).text


def _change_password(app, session, sam) -> None:
    browser = app.test_client()
    log_in(browser, sam.email)
    data = {"current": PASSWORD, "new": NEW, "repeat": NEW}
    assert browser.post("/settings/security/password", data=data).status_code == 302


def _reset_password(app, session, sam) -> None:
    token = accounts.create_reset(session, sam)
    session.commit()
    assert app.test_client().post(f"/reset/{token}", data={"new": NEW, "repeat": NEW}).status_code == 302


@pytest.mark.postgres_smoke
@pytest.mark.parametrize(
    "revoke", [_end_grant_in_settings, _change_password, _reset_password], ids=lambda f: f.__name__
)
def test_every_revocation_leaves_every_device_and_voice_of_that_partner_unlinked(
    app, session, sam_linked, revoke
) -> None:
    sam, token = sam_linked
    revoke(app, session, sam)
    session.expire_all()
    assert session.scalar(select(func.count(VoiceLink.id)).where(VoiceLink.partner_id == sam.id)) == 0
    assert session.scalar(select(func.count(OAuthToken.id)).where(OAuthToken.revoked_at.is_(None))) == 0
    before = entries_of(session, sam)
    for account, person in ((KITCHEN, SAMS_VOICE), (BEDROOM, SAMS_OTHER_VOICE)):
        # Alexa stops sending a token it was told is dead: the device is then simply not linked.
        for name, slots in (
            ("LogKeptIntent", {"commitment": "call when late"}),
            ("LogSmallWinIntent", {"note": "we cooked together"}),
        ):
            answer = alexa(app, name, slots, account, person)
            assert speech(answer) == SAY("not_linked"), (account, name)
        # The safety answer needs no link.
        help_now = speech(alexa(app, "SupportIntent", {}, account, person))
        assert "call nine one one" in help_now and "That wasn't saved" in help_now
    # The old token itself, still sent: the link-your-account card, nothing logged.
    stale = alexa(app, "LogKeptIntent", {"commitment": "call when late"}, KITCHEN, SAMS_VOICE, token)
    assert stale["card"] == {"type": "LinkAccount"} and speech(stale) == SAY("link_account")
    assert entries_of(session, sam) == before


def test_alex_keeps_his_own_links_when_sams_end(app, session, couple, sam_linked) -> None:
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex)
    session.commit()
    alexa(app, "LinkDeviceIntent", {"code": code}, BEDROOM, "amzn1.ask.person.ALEX")
    sam, _token = sam_linked
    _change_password(app, session, sam)
    answer = alexa(app, "LogSmallWinIntent", {"note": "made dinner together"}, BEDROOM, "amzn1.ask.person.ALEX")
    assert speech(answer) != SAY("not_linked")
    session.expire_all()
    assert session.scalars(select(VoiceLink.partner_id)).all() == [alex.id]
