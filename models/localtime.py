"""Time-zone arithmetic: instants are UTC, days and weeks are the couple's own."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from .entities import Couple


def local_now(couple: Couple, now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(couple.timezone))


def local_today(couple: Couple, now: datetime) -> date:
    return local_now(couple, now).date()


def week_start(day: date) -> date:
    """The Monday of the week that holds this day."""
    return day - timedelta(days=day.weekday())
