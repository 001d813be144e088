"""Knowing who speaks and whose an Alexa account is: bound voices, tokens, one couple per account."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_couple, make_token
from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import VoiceLink
from trust_tracker.models.errors import NotFound
from trust_tracker.models.oauth_entities import OAuthToken
from trust_tracker.models.speakers import LOGIN, PAIRING, AccountElsewhere, Heard, Standing

USER = "amzn1.ask.account.SHARED"
SAM_VOICE = "amzn1.ask.person.SAM"


@pytest.fixture
def linked(session, couple):
    alex, _ = couple
    voice.link_device(session, voice.issue_pairing_code(session, alex, now=NOW), alexa_user_id=USER, now=NOW)
    return couple


def _links(session) -> list[tuple[str, str, int, str]]:
    rows = session.scalars(select(VoiceLink).order_by(VoiceLink.id))
    return [(r.alexa_user_id, r.person_id, r.partner_id, r.linked_by) for r in rows]


def test_a_paired_account_knows_the_couple_but_not_a_new_voice(session, linked):
    alex, _sam = linked
    found = speakers.identify(session, Heard(USER, SAM_VOICE), NOW)
    assert (found.standing, found.couple, found.partner) == (Standing.LINKED, alex.couple, None)
    assert speakers.recognised_partner(session, USER, SAM_VOICE) is None
    assert speakers.identify(session, Heard("amzn1.ask.account.OTHER"), NOW).standing is Standing.NOT_LINKED
    [link] = session.scalars(select(VoiceLink)).all()
    assert (link.linked_by, link.last_used_at) == (PAIRING, NOW)  # for Settings


def test_a_voice_is_bound_only_by_its_own_partners_code(session, linked):
    _alex, sam = linked
    code = voice.issue_pairing_code(session, sam, now=NOW)
    assert voice.link_device(session, code, alexa_user_id=USER, person_id=SAM_VOICE, now=NOW) == sam
    assert speakers.identify(session, Heard(USER, SAM_VOICE), NOW).partner == sam
    assert speakers.identify(session, Heard(USER, "amzn1.ask.person.OTHER"), NOW).partner is None


def test_a_voice_token_binds_that_voice_to_its_partner(session, couple):
    _alex, sam = couple
    make_token(session, sam, "sam-voice-token")
    found = speakers.identify(session, Heard(USER, SAM_VOICE, person_token="sam-voice-token"), NOW)
    assert (found.standing, found.partner) == (Standing.LINKED, sam)
    assert _links(session) == [(USER, SAM_VOICE, sam.id, LOGIN)]
    token = session.scalars(select(OAuthToken)).one()
    assert (token.alexa_user_id, token.person_id, token.last_used_at) == (USER, SAM_VOICE, NOW)
    # The same voice without its token is still Sam (the binding stays); another voice is not.
    assert speakers.identify(session, Heard(USER, SAM_VOICE), NOW).partner == sam
    assert speakers.identify(session, Heard(USER, "amzn1.ask.person.X"), NOW).partner is None


def test_a_household_token_knows_the_couple_and_asks_who_speaks(session, couple):
    alex, _ = couple
    make_token(session, alex, "household")
    found = speakers.identify(session, Heard(USER, SAM_VOICE, user_token="household"), NOW)
    assert (found.standing, found.couple, found.partner) == (Standing.LINKED, alex.couple, None)
    assert _links(session) == [(USER, "", alex.id, LOGIN)]


@pytest.mark.parametrize(
    "heard",
    [
        Heard(USER, user_token="never-issued"),
        Heard(USER, user_token=""),
        Heard(USER, user_token="x" * 10_000),
        Heard(USER, user_token="tok\x00en"),
        Heard(USER, SAM_VOICE, person_token="never-issued", user_token="household"),
        Heard(USER, None, person_token="household"),  # a voice's token without a voice
        Heard("amzn1.ask.account.THIEF", user_token="household"),  # first used by another account
    ],
    ids=["unknown", "empty", "huge", "control", "bad-voice-token", "no-voice", "other-account"],
)
def test_a_token_that_does_not_hold_is_never_a_guess(session, couple, heard):
    alex, _ = couple
    make_token(session, alex, "household")
    speakers.identify(session, Heard(USER, user_token="household"), NOW)  # first used here
    before = _links(session)
    found = speakers.identify(session, heard, NOW)
    assert (found.standing, found.partner, found.couple) == (Standing.BAD_TOKEN, None, None)
    assert _links(session) == before


def test_an_expired_or_revoked_token_does_not_hold(session, couple):
    alex, _ = couple
    make_token(session, alex, "household")
    later = NOW + timedelta(hours=1)
    assert speakers.identify(session, Heard(USER, user_token="household"), later).standing is Standing.BAD_TOKEN
    session.scalars(select(OAuthToken)).one().revoked_at = NOW
    assert speakers.identify(session, Heard(USER, user_token="household"), NOW).standing is Standing.BAD_TOKEN


def test_one_alexa_account_belongs_to_one_couple_and_moves_only_when_asked(session, linked):
    alex, sam = linked
    kim, lee = make_couple(session, first="Kim", second="Lee")
    make_token(session, alex, "alex-household")
    speakers.identify(session, Heard(USER, user_token="alex-household"), NOW)
    # Kim's code on Alex and Sam's account: refused, the code unspent.
    code = voice.issue_pairing_code(session, kim, now=NOW)
    with pytest.raises(AccountElsewhere):
        voice.link_device(session, code, alexa_user_id=USER, now=NOW)
    assert speakers.linked_couple(session, USER) == alex.couple
    # Lee's voice token: the account stays Alex and Sam's until Lee says yes.
    make_token(session, lee, "lee-voice")
    heard = Heard(USER, "amzn1.ask.person.LEE", person_token="lee-voice")
    assert speakers.identify(session, heard, NOW).standing is Standing.ELSEWHERE
    assert {row[2] for row in _links(session)} == {alex.id}
    # The code again, now with a yes: the account is Kim and Lee's, and Alex's token stops.
    assert voice.link_device(session, code, alexa_user_id=USER, now=NOW, move=True) == kim
    assert _links(session) == [(USER, "", kim.id, PAIRING)]
    assert speakers.identify(session, Heard(USER, user_token="alex-household"), NOW).standing is Standing.BAD_TOKEN
    assert speakers.identify(session, heard, NOW).partner == lee
    assert sam.couple_id != kim.couple_id


def test_unlinking_deletes_the_link_and_revokes_its_tokens(session, couple):
    alex, sam = couple
    make_token(session, alex, "household")
    make_token(session, sam, "sam-voice")
    make_token(session, sam, "sam-elsewhere")  # never used on this account: not touched
    speakers.identify(session, Heard(USER, user_token="household"), NOW)
    speakers.identify(session, Heard(USER, SAM_VOICE, person_token="sam-voice"), NOW)
    account, sams_voice = speakers.links(session, alex.couple_id)
    speakers.unlink(session, alex, sams_voice.id, NOW)  # either partner may unlink
    assert _links(session) == [(USER, "", alex.id, LOGIN)]
    assert speakers.identify(session, Heard(USER, SAM_VOICE, person_token="sam-voice"), NOW).standing is (
        Standing.BAD_TOKEN
    )
    assert speakers.identify(session, Heard(USER, user_token="household"), NOW).standing is Standing.LINKED
    speakers.unlink(session, sam, account.id, NOW)
    assert _links(session) == []
    assert speakers.identify(session, Heard(USER, user_token="household"), NOW).standing is Standing.BAD_TOKEN
    live = session.scalars(select(OAuthToken.alexa_user_id).where(OAuthToken.revoked_at.is_(None))).all()
    assert live == [None]  # only what this account used ends: Sam's grant never used here still works


def test_another_couples_link_is_not_found(session, linked):
    kim, _ = make_couple(session, first="Kim", second="Lee")
    [link] = speakers.links(session, linked[0].couple_id)
    assert speakers.links(session, kim.couple_id) == []
    for bad in (link.id, 10**9):
        with pytest.raises(NotFound):
            speakers.unlink(session, kim, bad, NOW)
    assert len(_links(session)) == 1


def test_member_accepts_only_this_couples_ids(session, linked):
    alex, sam = linked
    kim, _ = make_couple(session, first="Kim", second="Lee")
    assert speakers.member(alex.couple, sam.id) == sam
    for bad in (kim.id, str(sam.id), None, True, 10**9):
        assert speakers.member(alex.couple, bad) is None
