"""The weekly check-in's tables: the couple's questions, each week's check-in with its own
copy of them, and each partner's answers. Their rules live in models.checkins and
models.checkin_turns. Re-exported by models.entities, where callers import them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .entities import Source, _enum


class CheckInQuestion(Base):
    """The couple's current questions; answers keep their own copy of the wording."""

    __tablename__ = "checkin_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(200))


class CheckIn(Base):
    """One week's check-in. Its questions are that week's own: a copy of the couple's
    questions taken when it is created, so editing the couple's questions later never
    moves an answer to another question (see models.checkins.edit_questions)."""

    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("couple_id", "week_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"))
    # The Monday of the week it belongs to, in the couple's time zone.
    week_start: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]
    # The week's questions, in order; an answer's position indexes this list.
    # Never changed in place: a new list is assigned (JSON is not mutation-tracked).
    questions: Mapped[list[str]] = mapped_column(JSON)

    answers: Mapped[list[CheckInAnswer]] = relationship(
        back_populates="checkin", order_by="CheckInAnswer.position", cascade="all, delete-orphan"
    )


class CheckInAnswer(Base):
    __tablename__ = "checkin_answer"
    __table_args__ = (UniqueConstraint("checkin_id", "partner_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkin_id: Mapped[int] = mapped_column(ForeignKey("checkin.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    position: Mapped[int]
    question: Mapped[str] = mapped_column(String(200))
    answer: Mapped[str] = mapped_column(Text)
    source: Mapped[Source] = mapped_column(_enum(Source))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    checkin: Mapped[CheckIn] = relationship(back_populates="answers")
