"""Knowing who speaks: recognised voices, remembered voices, and nothing across couples."""

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.errors import Conflict, NotFound

USER = "amzn1.ask.account.SHARED"
SAM_VOICE = "amzn1.ask.person.SAM"


@pytest.fixture
def linked(session, couple):
    alex, _ = couple
    voice.link_device(session, voice.issue_pairing_code(session, alex, now=NOW), alexa_user_id=USER, now=NOW)
    return couple


def test_a_new_voice_is_not_guessed_then_remembered_once_named(session, linked):
    alex, sam = linked
    assert speakers.linked_couple(session, USER) == alex.couple
    assert speakers.recognised_partner(session, USER, SAM_VOICE) is None
    speakers.remember_voice(session, USER, SAM_VOICE, sam)
    assert speakers.recognised_partner(session, USER, SAM_VOICE) == sam
    speakers.remember_voice(session, USER, SAM_VOICE, sam)  # said again: still one link
    assert session.scalar(select(func.count(VoiceLink.id)).where(VoiceLink.person_id == SAM_VOICE)) == 1
    # A name said aloud never moves a known voice to the other partner.
    with pytest.raises(Conflict):
        speakers.remember_voice(session, USER, SAM_VOICE, alex)
    assert speakers.recognised_partner(session, USER, SAM_VOICE) == sam
    assert speakers.recognised_partner(session, USER, "") is None


def test_a_voice_cannot_be_tied_to_another_couple(session, linked):
    kim, _ = make_couple(session, first="Kim", second="Lee")
    with pytest.raises(NotFound):
        speakers.remember_voice(session, USER, SAM_VOICE, kim)
    with pytest.raises(NotFound):
        speakers.remember_voice(session, "amzn1.ask.account.UNLINKED", SAM_VOICE, kim)
    alex, _ = linked
    with pytest.raises(NotFound):
        speakers.remember_voice(session, USER, "", alex)
    assert speakers.linked_couple(session, "amzn1.ask.account.UNLINKED") is None


def test_member_accepts_only_this_couples_ids(session, linked):
    alex, sam = linked
    kim, _ = make_couple(session, first="Kim", second="Lee")
    assert speakers.member(alex.couple, sam.id) == sam
    for bad in (kim.id, str(sam.id), None, True, 10**9):
        assert speakers.member(alex.couple, bad) is None
