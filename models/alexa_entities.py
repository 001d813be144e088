"""Tables for what Alexa's own APIs told us or hold for us: each device's time zone, and
the reminders the skill set. Imported at the end of entities.py so Alembic sees them."""

from __future__ import annotations

import enum
from datetime import datetime, time

from sqlalchemy import ForeignKey, Integer, String, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from .base import Base, utcnow
from .entities import Couple, _enum


class DeviceTimeZone(Base):
    """An Alexa device's time zone as the Settings API gave it, cached for a day.

    Voice entries from the device are dated in it; the site shows it when it differs
    from the couple's. `timezone` is None when the API could not be asked (tried at
    `checked_at`): the couple's zone is used meanwhile.
    """

    __tablename__ = "device_time_zone"
    __table_args__ = (UniqueConstraint("couple_id", "device_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"))
    # context.System.device.deviceId: a few hundred characters at most.
    device_id: Mapped[str] = mapped_column(String(512))
    timezone: Mapped[str | None] = mapped_column(String(64))
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)

    couple: Mapped[Couple] = relationship(
        backref=backref(
            "device_time_zones", order_by="DeviceTimeZone.id", cascade="all, delete-orphan", passive_deletes=True
        )
    )


class ReminderKind(enum.StrEnum):
    WEEKLY_CHECKIN = "weekly_checkin"  # at the couple's check-in slot, every week
    TOUCH_BASE = "touch_base"  # once, a few hours after a hard day was declared


class AlexaReminder(Base):
    """A reminder the skill set through the Reminders API, for one Alexa account.

    The weekly one remembers the slot it was made for (the couple's weekday, wall-clock
    time and zone, and the device zone it was expressed in), so a changed slot is noticed
    and the reminder moved at the next voice session.
    """

    __tablename__ = "alexa_reminder"
    __table_args__ = (UniqueConstraint("couple_id", "alexa_user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    alexa_user_id: Mapped[str] = mapped_column(String(512))
    kind: Mapped[ReminderKind] = mapped_column(_enum(ReminderKind))
    # The Reminders API's id for it (alertToken).
    alert_token: Mapped[str] = mapped_column(String(512))
    # The slot it was made for (weekly only).
    weekday: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[time | None] = mapped_column(Time)
    couple_timezone: Mapped[str | None] = mapped_column(String(64))
    device_timezone: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
