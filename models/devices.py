"""Alexa devices' time zones, as Alexa's Settings API gives them: cached per device for a day.

The skill asks the API (it owns the HTTP call); the domain decides when the cached
answer is stale and keeps it. A device's zone dates that device's voice entries
(models.localtime.entry_date) and places its reminders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ScalarSelect, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .alexa_entities import DeviceTimeZone
from .db import read, remembered
from .entities import Couple, VoiceLink
from .errors import ValidationError
from .localtime import check_timezone

# A zone is asked again after a day; after a failed attempt, after an hour.
FRESH_FOR = timedelta(days=1)
RETRY_AFTER = timedelta(hours=1)
MAX_DEVICE_ID = 512


@dataclass(frozen=True)
class CachedZone:
    """What is known of a device's zone: the zone (None: unknown) and whether to ask again."""

    zone: str | None
    stale: bool


def answering(session: Session, device_id: object) -> None:
    """This transaction answers a request from this device (context.System.device.deviceId): the
    account's read (models.speakers), which every voice request makes first, fetches the device's
    cached zone along with it (`ZONE_OF_ACCOUNT`), so a voice entry dates itself without a statement
    of its own. Only a saving: without it, `cached_zone` reads as before."""
    if isinstance(device_id, str) and 0 < len(device_id) <= MAX_DEVICE_ID:
        session.info[_ANSWERING] = device_id


def answered_device(session: Session) -> str:
    """The device `answering` named for this transaction; "" for none."""
    return str(session.info.get(_ANSWERING, ""))


def zone_key(couple_id: int, device_id: str) -> tuple[str, int, str]:
    """Where this transaction remembers a device's cached zone (db.remembered)."""
    return ("device_zone", couple_id, device_id)


def cached_zone(session: Session, couple: Couple, device_id: str, now: datetime) -> CachedZone:
    params = {"couple_id": couple.id, "device_id": device_id}
    row = remembered(session, zone_key(couple.id, device_id), lambda: read(session, _ZONE, params).first())
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
_ANSWERING = "trust_tracker.answering_device"
# The zone and when it was checked, as columns of the account's read (correlated to the voice
# link's couple; the device is the `device_id` parameter): checked_at is never NULL in a row, so
# a NULL says there is none.
ZONE_OF_ACCOUNT: tuple[ScalarSelect[Any], ...] = tuple(
    select(column).where(DeviceTimeZone.couple_id == VoiceLink.couple_id, _THE_DEVICE[1]).scalar_subquery()
    for column in (DeviceTimeZone.timezone, DeviceTimeZone.checked_at)
)
