"""Each couple's revision stamp: what a process keeps of the couple is used only while it stands.

A random value, replaced with every write of the couple, its partners, voice links or contract
(models/revisions.py). A row of its own, made at the couple's first such write: a couple without
one has nothing kept, and a couple deleted takes its row along (a later couple given the same id
starts without one).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class CoupleRevision(Base):
    __tablename__ = "couple_revision"

    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), primary_key=True)
    revision: Mapped[str] = mapped_column(String(16))
