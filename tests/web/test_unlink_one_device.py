"""Unlinking one Alexa account or voice in Settings removes that one only: the partners' other
devices and voices stay linked and keep logging as them (through the real /alexa endpoint,
verification off). Another couple's links, and ids that are no link, are 404 and nothing goes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from tests.factories import NOW, agreed_contract, make_couple, make_token
from tests.web.helpers import log_in, text_of
from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import LogEntry, Partner, VoiceLink
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.models.speakers import Heard
from trust_tracker.skill.requests import intent_request
from trust_tracker.skill.speech import for_locale

SAY = for_locale("en-US").say
KITCHEN, BEDROOM = "amzn1.ask.account.KITCHEN", "amzn1.ask.account.BEDROOM"
ALEX, SAM = "amzn1.ask.person.ALEX", "amzn1.ask.person.SAM"


@pytest.fixture
def app(make_app) -> Flask:
    return make_app(ALEXA_VERIFY=False)


def said(app: Flask, name: str, slots: dict[str, str], account: str, person: str | None) -> str:
    envelope = intent_request(name, slots, user_id=account, person_id=person)
    response = app.test_client().post("/alexa", json=envelope)
    assert response.status_code == 200, response.text
    return response.get_json()["response"]["outputSpeech"]["ssml"].removeprefix("<speak>").removesuffix("</speak>")


def wins_of(session, partner: Partner) -> int:
    session.expire_all()
    return session.scalar(select(func.count(LogEntry.id)).where(LogEntry.partner_id == partner.id)) or 0


def pair(session, partner: Partner, account: str, person: str | None) -> None:
    now = NOW  # the site's clock, which /alexa reads too
    voice.link_device(
        session, voice.issue_pairing_code(session, partner, now=now), alexa_user_id=account, person_id=person, now=now
    )


@pytest.fixture
def two_each(session, couple) -> dict[tuple[str, str], int]:
    """Alex's and Sam's voices, each paired by code on both the kitchen and the bedroom account:
    the ids of the four links by (account, voice)."""
    alex, sam = couple
    agreed_contract(session, alex, sam)
    for account in (KITCHEN, BEDROOM):
        for partner, person in ((alex, ALEX), (sam, SAM)):
            pair(session, partner, account, person)
    session.commit()
    return {(link.alexa_user_id, link.person_id): link.id for link in session.scalars(select(VoiceLink))}


def remaining(session) -> set[tuple[str, str]]:
    session.expire_all()
    return {(link.alexa_user_id, link.person_id) for link in session.scalars(select(VoiceLink))}


def test_unlinking_one_of_sams_voices_leaves_his_other_device_and_alexs_linked(app, session, couple, two_each) -> None:
    alex, sam = couple
    browser = app.test_client()
    log_in(browser, alex.email)  # either partner may unlink
    response = browser.post(f"/settings/alexa/{two_each[KITCHEN, SAM]}/unlink")
    assert response.status_code == 302
    flashed = text_of(browser.get(response.location))
    assert "That voice is unlinked" in flashed and "Your other devices and voices stay linked." in flashed
    assert remaining(session) == {(KITCHEN, ALEX), (BEDROOM, ALEX), (BEDROOM, SAM)}
    # Sam's other device still logs as Sam; Alex's two still log as Alex.
    assert said(app, "LogSmallWinIntent", {"note": "we cooked together"}, BEDROOM, SAM).startswith("Logged")
    assert wins_of(session, sam) == 1
    for account in (KITCHEN, BEDROOM):
        assert said(app, "LogSmallWinIntent", {"note": f"a walk from the {account}"}, account, ALEX).startswith(
            "Logged"
        )
    assert wins_of(session, alex) == 2
    # Sam's voice in the kitchen is a voice the kitchen no longer knows: asked who, nothing credited.
    asked = said(app, "LogSmallWinIntent", {"note": "we laughed"}, KITCHEN, SAM)
    assert "Alex or Sam" in asked and wins_of(session, sam) == 1


def test_unlinking_an_account_removes_that_account_and_its_voices_only(app, session, couple) -> None:
    alex, sam = couple
    agreed_contract(session, alex, sam)
    pair(session, alex, KITCHEN, None)  # the kitchen account itself, by Alex's code
    for account in (KITCHEN, BEDROOM):
        pair(session, sam, account, SAM)
    pair(session, alex, BEDROOM, ALEX)
    session.commit()
    kitchen = session.scalars(
        select(VoiceLink).where(VoiceLink.alexa_user_id == KITCHEN, VoiceLink.person_id == "")
    ).one()
    browser = app.test_client()
    log_in(browser, sam.email)
    response = browser.post(f"/settings/alexa/{kitchen.id}/unlink")
    assert response.status_code == 302
    assert "That Alexa account is unlinked" in text_of(browser.get(response.location))
    assert remaining(session) == {(BEDROOM, SAM), (BEDROOM, ALEX)}
    assert said(app, "LogSmallWinIntent", {"note": "tea in the garden"}, KITCHEN, SAM) == SAY("not_linked")
    assert said(app, "LogSmallWinIntent", {"note": "tea in the garden"}, BEDROOM, SAM).startswith("Logged")
    assert said(app, "LogSmallWinIntent", {"note": "tea in the garden"}, BEDROOM, ALEX).startswith("Logged")
    assert wins_of(session, sam) == 1 and wins_of(session, alex) == 1


def test_only_the_tokens_the_unlinked_voice_used_stop_working(session, couple) -> None:
    """Sam linked his voice with his log-in on two accounts (two grants): unlinking the kitchen's
    revokes the kitchen's token, and the bedroom's goes on working."""
    alex, sam = couple
    now = datetime(2026, 12, 1, 12, tzinfo=UTC)
    make_token(session, sam, "kitchen-token", now=now)
    make_token(session, sam, "bedroom-token", now=now)
    speakers.identify(session, Heard(KITCHEN, SAM, person_token="kitchen-token"), now)
    speakers.identify(session, Heard(BEDROOM, SAM, person_token="bedroom-token"), now)
    kitchen = session.scalars(select(VoiceLink).where(VoiceLink.alexa_user_id == KITCHEN)).one()
    speakers.unlink(session, alex, kitchen.id, now + timedelta(minutes=1))
    live = session.scalars(select(OAuthToken.alexa_user_id).where(OAuthToken.revoked_at.is_(None))).all()
    assert live == [BEDROOM]
    assert speakers.identify(session, Heard(BEDROOM, SAM, person_token="bedroom-token"), now).partner == sam
    assert speakers.identify(session, Heard(KITCHEN, SAM, person_token="kitchen-token"), now).partner is None


@pytest.mark.parametrize(
    "link_id",
    ["THEIRS", "999999", str(10**30), "-1", "0", "abc", "1%00", "1%0A", "%E2%80%8B1", "1.0", " 1"],
)
def test_another_couples_device_or_no_device_is_404_and_nothing_goes(app, session, couple, two_each, link_id) -> None:
    kim, _lee = make_couple(session, first="Kim", second="Lee")
    pair(session, kim, "amzn1.ask.account.KIM", "amzn1.ask.person.KIM")
    session.commit()
    theirs = session.scalars(select(VoiceLink.id).where(VoiceLink.partner_id == kim.id)).one()
    before = remaining(session)
    browser = app.test_client()
    log_in(browser, couple[0].email)
    target = str(theirs) if link_id == "THEIRS" else link_id
    assert browser.post(f"/settings/alexa/{target}/unlink").status_code == 404
    assert remaining(session) == before and len(before) == 5
