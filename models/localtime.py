"""Time-zone arithmetic: instants are UTC, days and weeks are the couple's own."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

from .entities import Couple
from .errors import ValidationError


def local_now(couple: Couple, now: datetime) -> datetime:
    return now.astimezone(ZoneInfo(couple.timezone))


def local_today(couple: Couple, now: datetime) -> date:
    return local_now(couple, now).date()


def entry_date(couple: Couple, now: datetime, device_zone: str | None = None) -> date:
    """The local date an entry is logged on: a voice entry's comes from the device's time
    zone when Alexa's Settings API gave it (models.devices), anything else's from the couple's."""
    return now.astimezone(ZoneInfo(device_zone)).date() if device_zone else local_today(couple, now)


def week_start(day: date) -> date:
    """The Monday of the week that holds this day."""
    return day - timedelta(days=day.weekday())


def check_timezone(name: str) -> str:
    if name not in available_timezones():
        raise ValidationError("Please choose a time zone from the list.")
    return name
