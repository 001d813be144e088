"""The weekly reminder's slot, checked at the start of every voice session that carries an API
token (models/reminders.py `slot_changed`): one plain read, and the reminder loaded only when
the couple's slot moved since it was set."""

from __future__ import annotations

from datetime import time

from sqlalchemy import event

from tests.factories import NOW, make_couple
from trust_tracker.models import reminders, settings
from trust_tracker.models.alexa_entities import ReminderKind

USER = "amzn1.ask.account.HOME"


def _statements(session, check):
    seen: list[str] = []
    engine = session.get_bind().engine
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        found = check()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return found, seen


def test_a_reminder_that_fits_costs_one_statement_and_is_not_loaded(session, couple) -> None:
    alex = couple[0]
    wanted = reminders.weekly_checkin(session, alex.couple, "Europe/London", NOW)
    reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "token-1", NOW, weekly=wanted)
    session.expunge_all()
    found, seen = _statements(session, lambda: reminders.slot_changed(session, alex.couple, USER))
    assert found is None and len(seen) == 1 and "alexa_reminder.id" in seen[0]


def test_a_moved_slot_or_a_reminder_kept_without_one_is_changed(session, couple) -> None:
    alex = couple[0]
    reminder = reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "token-1", NOW)
    assert reminder.weekday is None  # set before the slot was remembered with it: moved at the next session
    assert reminders.slot_changed(session, alex.couple, USER) is reminder
    wanted = reminders.weekly_checkin(session, alex.couple, None, NOW)
    reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "token-2", NOW, weekly=wanted)
    assert reminders.slot_changed(session, alex.couple, USER) is None
    settings.update_schedule(session, alex, timezone="Europe/Paris", weekday=6, checkin_time=time(19))
    assert reminders.slot_changed(session, alex.couple, USER) is reminder  # the zone alone moved


def test_another_accounts_or_couples_reminder_is_never_found(session, couple) -> None:
    alex = couple[0]
    reminders.keep(session, alex.couple, USER, ReminderKind.WEEKLY_CHECKIN, "token-1", NOW)
    jo, _ = make_couple(session, "Jo", None)
    assert reminders.slot_changed(session, jo.couple, USER) is None
    assert reminders.slot_changed(session, alex.couple, "amzn1.ask.account.OTHER") is None
