"""Tables for private things that stay safe by default: each partner's own reflection on a
setback, the setbacks a partner has put away, and a request to delete the couple that
waits for the other partner, and a notice a partner is given once at their next log-in. Their rules live in models.setbacks and models.accounts."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

if TYPE_CHECKING:
    from .entities import Partner


class SetbackReflection(Base):
    """One partner's reflection on a setback: only its author changes it."""

    __tablename__ = "setback_reflection"
    __table_args__ = (UniqueConstraint("setback_id", "author_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    setback_id: Mapped[int] = mapped_column(ForeignKey("setback.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    trigger: Mapped[str] = mapped_column(Text, default="")  # what triggered it
    prevention: Mapped[str] = mapped_column(Text, default="")  # what would have prevented it
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    author: Mapped[Partner] = relationship()


class SetbackDismissal(Base):
    """A miss or breach one partner has put away from their Setbacks page (the other's
    page is unchanged)."""

    __tablename__ = "setback_dismissal"
    __table_args__ = (UniqueConstraint("partner_id", "log_entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    log_entry_id: Mapped[int] = mapped_column(ForeignKey("log_entry.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CoupleDeletionRequest(Base):
    """One partner asked to delete the whole couple; it happens only when the other confirms."""

    __tablename__ = "couple_deletion_request"

    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), primary_key=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)


class PartnerNotice(Base):
    """Something a partner is told once, at their next log-in ("Sam left: your couple is
    dissolved"); deleted as it is shown."""

    __tablename__ = "partner_notice"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
