"""Pairing a device to a partner by voice: the six-digit codes, and the wrong codes tried
(too many and that Alexa account must wait)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class PairingCode(Base):
    """A six-digit, ten-minute, single-use code that links a device to a partner, kept only as
    its HMAC under the app's secret (models.voice)."""

    __tablename__ = "pairing_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class PairingFailure(Base):
    """A wrong pairing code tried from an Alexa account: too many and it must wait."""

    __tablename__ = "pairing_failure"
    __table_args__ = (Index("ix_pairing_failure_user_at", "alexa_user_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    alexa_user_id: Mapped[str] = mapped_column(String(512))
    at: Mapped[datetime] = mapped_column(default=utcnow)
