"""Alexa devices' time zones, as Alexa's Settings API gives them: cached per device for a day.

The skill asks the API (it owns the HTTP call); the domain decides when the cached
answer is stale and keeps it. A device's zone dates that device's voice entries
(models.localtime.entry_date) and places its reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .accounts import check_timezone
from .alexa_entities import DeviceTimeZone
from .db import read
from .entities import Couple
from .errors import ValidationError

# A zone is asked again after a day; after a failed attempt, after an hour.
FRESH_FOR = timedelta(days=1)
RETRY_AFTER = timedelta(hours=1)
MAX_DEVICE_ID = 512


@dataclass(frozen=True)
class CachedZone:
    """What is known of a device's zone: the zone (None: unknown) and whether to ask again."""

    zone: str | None
    stale: bool


def cached_zone(session: Session, couple: Couple, device_id: str, now: datetime) -> CachedZone:
    row = read(session, _ZONE, {"couple_id": couple.id, "device_id": device_id}).first()
    if row is None:
        return CachedZone(None, True)
    zone, checked_at = row
    return CachedZone(zone, now - checked_at >= (FRESH_FOR if zone else RETRY_AFTER))


def remember_zone(session: Session, couple: Couple, device_id: str, zone: str | None, now: datetime) -> str | None:
    """Keep what the Settings API answered (None: it could not say); a zone name nobody
    knows is not kept. Returns the zone to use now: the new one, else the last known."""
    if not device_id or len(device_id) > MAX_DEVICE_ID:
        return None
    if zone is not None:
        try:
            check_timezone(zone)
        except ValidationError:
            zone = None
    row = _row(session, couple, device_id)
    if row is None:
        row = DeviceTimeZone(couple_id=couple.id, device_id=device_id)
        try:
            with session.begin_nested():  # the same device heard twice at once
                session.add(row)
        except IntegrityError:
            row = _row(session, couple, device_id)
            assert row is not None
    row.checked_at = now
    row.timezone = zone or row.timezone  # a failed refresh keeps the last known zone
    session.flush()
    return row.timezone


def _row(session: Session, couple: Couple, device_id: str) -> DeviceTimeZone | None:
    return session.scalar(_ROW, {"couple_id": couple.id, "device_id": device_id})


_THE_DEVICE = (DeviceTimeZone.couple_id == bindparam("couple_id"), DeviceTimeZone.device_id == bindparam("device_id"))
_ROW = select(DeviceTimeZone).where(*_THE_DEVICE)
_ZONE = select(DeviceTimeZone.timezone, DeviceTimeZone.checked_at).where(
    *_THE_DEVICE
)  # built once: every voice entry asks it
