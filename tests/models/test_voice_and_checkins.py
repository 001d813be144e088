from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from trust_tracker.models import checkins, voice
from trust_tracker.models.entities import CheckIn
from trust_tracker.models.errors import NotAllowed
from trust_tracker.models.pairing_entities import PairingCode

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


def wrong_codes(code: str, count: int, *, offset: int = 0) -> list[str]:
    return [f"{(int(code) + offset + n) % 1_000_000:06d}" for n in range(1, count + 1)]


def test_strangers_wrong_codes_never_end_a_partners_code(session, couple):
    """Finding: every wrong code counted against every open code, so five wrong codes from
    anyone ended every partner's code."""
    alex, sam = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    sams = voice.issue_pairing_code(session, sam, now=NOW)
    guesses = [g for g in wrong_codes(code, 40) if g != sams][:25]
    for n, guess in enumerate(guesses):  # five accounts, five wrong codes each
        assert voice.link_device(session, guess, alexa_user_id=f"guesser-{n // 5}", now=NOW) is None
    # Each guesser is held off; the partners' codes still work.
    with pytest.raises(NotAllowed, match=r"Too many wrong codes\. Please wait ten minutes"):
        voice.link_device(session, code, alexa_user_id="guesser-0", now=NOW)
    assert voice.link_device(session, code, alexa_user_id="home", now=NOW) == alex
    assert voice.link_device(session, sams, alexa_user_id="sams-home", now=NOW) == sam


def test_wrong_codes_from_everyone_together_pause_pairing_for_a_while(session, couple):
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    for n, guess in enumerate(wrong_codes(code, voice.EVERYONE.attempts)):
        assert voice.link_device(session, guess, alexa_user_id=f"guesser-{n}", now=NOW) is None
    # Past the ceiling every account waits, the right code too, but nothing is ended.
    with pytest.raises(NotAllowed, match=r"tried lately\. Please try yours again in 10 minutes\."):
        voice.link_device(session, code, alexa_user_id="home", now=NOW)
    later = NOW + timedelta(minutes=9)
    with pytest.raises(NotAllowed, match=r"again in a minute\."):
        voice.link_device(session, code, alexa_user_id="home", now=later)
    after = NOW + voice.FAILURE_WINDOW
    fresh = voice.issue_pairing_code(session, alex, now=after)
    assert voice.link_device(session, fresh, alexa_user_id="home", now=after) == alex
    assert voice.partner_for_voice(session, "guesser-0") is None


def test_right_codes_do_not_count_toward_the_ceiling(session, couple):
    alex, _ = couple
    for n in range(voice.EVERYONE.attempts + 5):
        code = voice.issue_pairing_code(session, alex, now=NOW)
        assert voice.link_device(session, code, alexa_user_id=f"home-{n}", now=NOW, move=True) == alex


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
