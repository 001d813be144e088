from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from trust_tracker.models import checkins, voice
from trust_tracker.models.entities import CheckIn, PairingCode
from trust_tracker.models.errors import NotAllowed

USER = "amzn1.ask.account.TEST"


def test_pairing_code_links_the_account_once(session, couple):
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    assert len(code) == 6 and code.isdigit()
    assert voice.partner_for_voice(session, USER) is None
    assert voice.link_device(session, code, alexa_user_id=USER, now=NOW) == alex
    assert voice.partner_for_voice(session, USER) == alex
    assert voice.link_device(session, code, alexa_user_id="someone-else", now=NOW) is None


def test_pairing_code_expires_after_ten_minutes(session, couple):
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    assert voice.link_device(session, code, alexa_user_id=USER, now=NOW + timedelta(minutes=10)) is None


def test_a_new_code_replaces_the_old_one(session, couple):
    alex, _ = couple
    voice.issue_pairing_code(session, alex, now=NOW)
    voice.issue_pairing_code(session, alex, now=NOW)
    rows = session.scalars(select(PairingCode).where(PairingCode.partner_id == alex.id)).all()
    assert len(rows) == 2 and [r.used_at is None for r in rows] == [False, True]


def test_relinking_moves_the_account_to_the_new_partner(session, couple):
    alex, sam = couple
    voice.link_device(session, voice.issue_pairing_code(session, alex, now=NOW), alexa_user_id=USER, now=NOW)
    voice.link_device(session, voice.issue_pairing_code(session, sam, now=NOW), alexa_user_id=USER, now=NOW)
    assert voice.partner_for_voice(session, USER) == sam


def test_a_recognised_voice_wins_over_the_account_link(session, couple):
    alex, sam = couple
    voice.link_device(session, voice.issue_pairing_code(session, alex, now=NOW), alexa_user_id=USER, now=NOW)
    voice.link_device(
        session,
        voice.issue_pairing_code(session, sam, now=NOW),
        alexa_user_id=USER,
        person_id="amzn1.ask.person.SAM",
        now=NOW,
    )
    assert voice.partner_for_voice(session, USER, "amzn1.ask.person.SAM") == sam
    assert voice.partner_for_voice(session, USER, "amzn1.ask.person.UNKNOWN") == alex
    assert voice.partner_for_voice(session, USER) == alex


def test_wrong_codes_are_rationed_per_alexa_account(session, couple):
    alex, _ = couple
    wrong = "000000"
    for _ in range(voice.MAX_FAILURES):
        assert voice.link_device(session, wrong, alexa_user_id=USER, now=NOW) is None
    code = voice.issue_pairing_code(session, alex, now=NOW)
    with pytest.raises(NotAllowed):
        voice.link_device(session, code, alexa_user_id=USER, now=NOW)
    # Another account is not punished, and the wait ends.
    assert voice.link_device(session, code, alexa_user_id="another-account", now=NOW) == alex
    later = NOW + voice.FAILURE_WINDOW + timedelta(seconds=1)
    fresh = voice.issue_pairing_code(session, alex, now=later)
    assert voice.link_device(session, fresh, alexa_user_id=USER, now=later) == alex


def test_a_code_dies_after_five_wrong_guesses_from_five_alexa_accounts(session, couple):
    """Finding 7: the limit was per Alexa account, so a guesser changing accounts got round it."""
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    wrong = [f"{(int(code) + n) % 1_000_000:06d}" for n in range(1, voice.MAX_FAILURES + 1)]
    for n, guess in enumerate(wrong):
        assert voice.link_device(session, guess, alexa_user_id=f"guesser-{n}", now=NOW) is None
    assert session.scalar(select(PairingCode.failures).where(PairingCode.code == code)) == voice.MAX_FAILURES
    # The real code, from yet another account that never guessed wrong, no longer works.
    assert voice.link_device(session, code, alexa_user_id="guesser-new", now=NOW) is None
    assert voice.partner_for_voice(session, "guesser-new") is None
    # A new code works: the partner is not locked out.
    fresh = voice.issue_pairing_code(session, alex, now=NOW)
    assert voice.link_device(session, fresh, alexa_user_id="home", now=NOW) == alex


def test_four_wrong_guesses_leave_the_code_working(session, couple):
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    for n in range(1, voice.MAX_FAILURES):
        guess = f"{(int(code) + n) % 1_000_000:06d}"
        assert voice.link_device(session, guess, alexa_user_id=f"guesser-{n}", now=NOW) is None
    assert voice.link_device(session, code, alexa_user_id="home", now=NOW) == alex


def test_checkin_is_due_after_the_slot_until_completed(session, couple):
    alex, _ = couple
    couple_row = alex.couple
    couple_row.checkin_weekday, couple_row.checkin_time = 2, time(6, 0)  # Wednesday 6 am New York
    status = checkins.checkin_status(session, couple_row, NOW)  # Wednesday 7 am New York
    assert status.due and status.slot.hour == 6
    assert not checkins.checkin_status(session, couple_row, datetime(2026, 11, 25, 10, 59, tzinfo=UTC)).due
    monday = status.slot.date() - timedelta(days=2)
    session.add(CheckIn(couple_id=couple_row.id, week_start=monday, completed_at=NOW, questions=["How was the week?"]))
    session.flush()
    assert not checkins.checkin_status(session, couple_row, NOW).due
