"""By voice: tokens from account linking, a token that no longer holds, and one Alexa account
per couple, moved only after a spoken yes (issues 9 and 10)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple, make_token
from tests.skill.raw_requests import asks, count, entries, speech, tells
from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.pairing_entities import PairingCode
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.speech import for_locale

HOME = "amzn1.ask.account.HOME"
SAM_VOICE = "amzn1.ask.person.SAM"
SAY = for_locale("en-US").say


@pytest.fixture(scope="module")
def skill():
    return build_skill()


@pytest.fixture
def say(skill, session_factory):
    def say(envelope: dict[str, Any], now=NOW, **tokens: str) -> dict[str, Any]:
        system = envelope["context"]["System"]
        for where, token in tokens.items():
            system.setdefault(where, {})["accessToken"] = token
        return invoke(skill, session_factory, envelope, now=now)

    return say


def kept(**kwargs: Any) -> dict[str, Any]:
    return alexa.intent_request("LogKeptIntent", user_id=kwargs.pop("user_id", HOME), **kwargs)


def answer(name: str, attributes: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return alexa.intent_request(name, user_id=HOME, new_session=False, attributes=attributes, **kwargs)


def test_a_voice_token_logs_as_its_partner_without_asking(say, session, couple) -> None:
    alex, sam = couple
    agreed_contract(session, alex, sam)
    make_token(session, sam, "sam-voice")
    result = say(kept(person_id=SAM_VOICE), person="sam-voice")
    assert speech(result).startswith("Logged: you kept") and tells(result)
    assert [e.partner_id for e in entries(session)] == [sam.id]


def test_a_household_token_asks_who_is_speaking(say, session, couple) -> None:
    alex, _ = couple
    make_token(session, alex, "household")
    result = say(alexa.launch_request(user_id=HOME), user="household")
    assert speech(result) == "Hi! Is this Alex or Sam?" and asks(result)


@pytest.mark.parametrize("case", ["unknown", "expired", "revoked", "empty", "huge"])
def test_a_token_that_does_not_hold_gets_the_link_account_card(say, session, couple, case) -> None:
    alex, _ = couple
    make_token(session, alex, "household")
    token, now = {"unknown": "nope", "empty": "", "huge": "t" * 50_000}.get(case, "household"), NOW
    if case == "expired":
        now = NOW + timedelta(hours=1, seconds=1)
    if case == "revoked":
        assert asks(say(alexa.launch_request(user_id=HOME), user="household"))  # first use links the account
        [link] = session.scalars(select(VoiceLink)).all()
        speakers.unlink(session, alex, link.id, NOW)
        session.flush()
    for request in (
        alexa.launch_request(user_id=HOME),
        kept(),
        alexa.intent_request("LinkDeviceIntent", {"code": "123456"}, user_id=HOME),
    ):
        result = say(request, now=now, user=token)
        assert result["response"]["card"] == {"type": "LinkAccount"}
        # Only a token once issued here was linked; garbage or a token never seen was not, yet.
        key = "link_account" if case in ("expired", "revoked") else "link_account_new"
        assert speech(result) == SAY(key) and tells(result)
    assert entries(session) == [] and count(session, PairingCode) == 0


def test_stop_needs_no_account(say, session, couple) -> None:
    result = say(alexa.intent_request("AMAZON.StopIntent", user_id=HOME), user="nope")
    assert "card" not in result["response"] and tells(result)


@pytest.fixture
def elsewhere(session, couple):
    """HOME belongs to Kim and Lee (Kim's code); Alex and Sam have a contract."""
    alex, sam = couple
    agreed_contract(session, alex, sam)
    kim, _lee = make_couple(session, first="Kim", second="Lee")
    voice.link_device(session, voice.issue_pairing_code(session, kim, now=NOW), alexa_user_id=HOME, now=NOW)
    session.flush()
    return alex, sam, kim


def _owners(session) -> set[int]:
    return {link.couple_id for link in session.scalars(select(VoiceLink))}


def test_a_pairing_code_for_another_couple_moves_the_account_only_after_yes(say, session, elsewhere) -> None:
    alex, _sam, kim = elsewhere
    code = voice.issue_pairing_code(session, alex, now=NOW)
    session.flush()
    asked = say(alexa.intent_request("LinkDeviceIntent", {"code": code}, user_id=HOME))
    assert speech(asked) == "This Alexa account is linked to another couple. Move it to yours?" and asks(asked)
    assert _owners(session) == {kim.couple_id}
    assert (
        session.scalar(select(PairingCode.used_at).where(PairingCode.code_hash == voice.keyed_code(session, code)))
        is None
    )  # not spent
    attributes = asked["sessionAttributes"]
    no = say(answer("AMAZON.NoIntent", attributes))
    assert speech(no) == "All right, nothing has changed." and tells(no)
    assert _owners(session) == {kim.couple_id}
    # Asked again, and this time yes.
    asked = say(alexa.intent_request("LinkDeviceIntent", {"code": code}, user_id=HOME))
    yes = say(answer("AMAZON.YesIntent", asked["sessionAttributes"]))
    assert speech(yes) == "Done: this Alexa account now belongs to your couple, Alex." and tells(yes)
    assert _owners(session) == {alex.couple_id}
    assert (
        session.scalar(select(PairingCode.used_at).where(PairingCode.code_hash == voice.keyed_code(session, code)))
        == NOW
    )


def test_a_yes_said_later_moves_nothing(say, session, elsewhere) -> None:
    alex, _sam, kim = elsewhere
    code = voice.issue_pairing_code(session, alex, now=NOW)
    session.flush()
    asked = say(alexa.intent_request("LinkDeviceIntent", {"code": code}, user_id=HOME))
    other = say(answer("AMAZON.HelpIntent", asked["sessionAttributes"]))
    say(answer("AMAZON.YesIntent", other["sessionAttributes"]))
    assert _owners(session) == {kim.couple_id}
    forged = say(answer("AMAZON.YesIntent", {"pending_move": {"code": "not-a-code"}}))
    assert _owners(session) == {kim.couple_id} and not tells(forged)


def test_a_token_for_another_couple_moves_the_account_only_after_yes(say, session, elsewhere) -> None:
    alex, sam, kim = elsewhere
    make_token(session, sam, "sam-voice")
    asked = say(kept(person_id=SAM_VOICE), person="sam-voice")
    assert speech(asked) == SAY("move_account") and asks(asked)
    assert entries(session) == [] and _owners(session) == {kim.couple_id}
    no = answer("AMAZON.NoIntent", asked["sessionAttributes"], person_id=SAM_VOICE)
    assert speech(say(no, person="sam-voice")) == SAY("not_moved")
    assert _owners(session) == {kim.couple_id}
    asked = say(kept(person_id=SAM_VOICE), person="sam-voice")
    yes = answer("AMAZON.YesIntent", asked["sessionAttributes"], person_id=SAM_VOICE)
    moved = say(yes, person="sam-voice")
    assert speech(moved) == (
        "Done: this Alexa account now belongs to your couple, Sam. "
        "What you asked just before isn't done yet: please say it again."
    )
    assert asks(moved) and entries(session) == []  # the kept promise asked before is not logged unseen
    assert _owners(session) == {alex.couple_id}
    logged = say(kept(person_id=SAM_VOICE), person="sam-voice")
    assert speech(logged).startswith("Logged: you kept")
    assert [e.partner_id for e in entries(session)] == [sam.id]


def test_safety_comes_before_any_token(say, session, couple) -> None:
    result = say(alexa.intent_request("SupportIntent", user_id=HOME), user="revoked-or-not")
    assert "card" not in result["response"]
    assert speech(result) != SAY("link_account") and count(session, VoiceLink) == 0


def test_a_yes_to_a_move_never_asked_moves_nothing(say, session, elsewhere) -> None:
    _alex, _sam, kim = elsewhere
    result = say(answer("AMAZON.YesIntent", {"pending_move": {"login": True}}))  # no token at all
    assert speech(result) == SAY("not_moved")
    assert _owners(session) == {kim.couple_id}
