"""The couple's schedule: their time zone and the weekly check-in slot."""

from __future__ import annotations

from datetime import time

from sqlalchemy.orm import Session

from .entities import Couple, Partner
from .errors import ValidationError
from .localtime import check_timezone


def update_schedule(session: Session, partner: Partner, *, timezone: str, weekday: int, checkin_time: time) -> Couple:
    """Set the couple's time zone and check-in slot (weekday Monday=0, local wall-clock time)."""
    couple = partner.couple
    check_timezone(timezone)
    if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise ValidationError("Please choose a day of the week.")
    if not isinstance(checkin_time, time) or checkin_time.tzinfo is not None:
        # A check-in time is the couple's wall clock; the time zone says where.
        raise ValidationError("Please enter a check-in time like 19:00.")
    couple.timezone = timezone
    couple.checkin_weekday = weekday
    couple.checkin_time = checkin_time.replace(second=0, microsecond=0)
    session.flush()
    return couple
