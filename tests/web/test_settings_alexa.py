"""Settings › Alexa accounts and voices: which partner, linked how, when, last used; unlink (issue 9)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_couple, make_token
from tests.web.helpers import count, text_of
from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.models.speakers import Heard, Standing

HOME = "amzn1.ask.account.HOME"
SAM_VOICE = "amzn1.ask.person.SAM"


@pytest.fixture
def linked(session, couple) -> list[VoiceLink]:
    """The home account paired by Alex's code; Sam's voice linked with Sam's log-in, used half an hour later."""
    alex, sam = couple
    voice.link_device(session, voice.issue_pairing_code(session, alex, now=NOW), alexa_user_id=HOME, now=NOW)
    make_token(session, sam, "sam-voice-token")
    speakers.identify(session, Heard(HOME, SAM_VOICE, person_token="sam-voice-token"), NOW + timedelta(minutes=30))
    session.flush()
    return speakers.links(session, alex.couple_id)


def test_settings_list_each_link_with_who_how_when_and_last_use(client, alex, linked) -> None:
    page = text_of(client.get("/settings/"))
    assert "Alexa accounts and voices" in page
    assert "An Alexa account, linked with Alex's pairing code" in page
    assert "Sam's voice, linked with Sam's log-in in the Alexa app" in page
    assert "last used" in page and page.count("Unlink (") == 2


def test_unlinking_a_voice_deletes_it_and_revokes_its_token(client, alex, linked, session) -> None:
    _account, sams_voice = linked
    response = client.post(f"/settings/alexa/{sams_voice.id}/unlink")
    assert response.status_code == 302
    assert "That voice is unlinked" in text_of(client.get(response.location))
    assert [link.person_id for link in session.scalars(select(VoiceLink))] == [""]
    assert session.scalars(select(OAuthToken.revoked_at)).one() == NOW
    found = speakers.identify(session, Heard(HOME, SAM_VOICE, person_token="sam-voice-token"), NOW)
    assert found.standing is Standing.BAD_TOKEN


def test_unlinking_the_account_unlinks_its_voices_too(client, alex, linked, session) -> None:
    account, _ = linked
    assert client.post(f"/settings/alexa/{account.id}/unlink").status_code == 302
    assert count(session, VoiceLink) == 0
    assert speakers.identify(session, Heard(HOME), NOW).standing is Standing.NOT_LINKED
    assert "No Alexa account or voice is linked yet." in text_of(client.get("/settings/"))


def test_another_couples_links_are_neither_shown_nor_unlinkable(client, alex, session) -> None:
    kim, _ = make_couple(session, first="Kim", second="Lee")
    code = voice.issue_pairing_code(session, kim, now=NOW)
    voice.link_device(session, code, alexa_user_id="amzn1.ask.account.KIM", now=NOW)
    session.flush()
    [theirs] = speakers.links(session, kim.couple_id)
    assert "No Alexa account or voice is linked yet." in text_of(client.get("/settings/"))
    for link_id in (theirs.id, 999_999, 10**30):
        assert client.post(f"/settings/alexa/{link_id}/unlink").status_code == 404
    for odd in ("abc", "-1", "0"):
        assert client.post(f"/settings/alexa/{odd}/unlink").status_code == 404
    assert client.get(f"/settings/alexa/{theirs.id}/unlink").status_code == 405
    assert count(session, VoiceLink) == 1


def test_unlinking_needs_a_login(client, linked, session) -> None:
    response = client.post(f"/settings/alexa/{linked[0].id}/unlink")
    assert response.status_code == 302 and "/login" in response.location
    assert count(session, VoiceLink) == 2
