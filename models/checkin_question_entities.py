"""The table of a proposed change to the couple's check-in questions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .entities import Partner


class QuestionsProposal(Base):
    """New check-in questions one partner proposed, waiting for the other to agree.

    At most one per couple (the unique couple_id): a revision replaces it in place and
    counts up `revision`, so an agreement given to what was read never lands on wording
    changed meanwhile. Agreed or withdrawn, the row goes; the questions live on in
    checkin_question.
    """

    __tablename__ = "checkin_questions_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), unique=True)
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    questions: Mapped[list[str]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(default=0)
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The other partner's "ask for changes": what they would like different.
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_by_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))

    proposed_by: Mapped[Partner] = relationship(foreign_keys=[proposed_by_id])
