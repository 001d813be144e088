"""What every handler needs besides the request: the database session and the clock, and what the
request has already worked out that more than one part of it reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from .distress import Readings


@dataclass
class SkillContext:
    """Passed as `context` to `CustomSkill.invoke`; handlers read it as `handler_input.context`.

    The caller owns the transaction: it commits after the skill answers, unless the
    exception handler set `failed`, in which case it rolls back (one transaction per intent).
    """

    session: Session
    now: datetime  # aware UTC; fixed by tests and passed to every domain operation
    failed: bool = False
    # Every reading searched for distress in this request, and its answer (is_distress's `read`):
    # a note read as it was said is not searched again as it is saved (skill/saved_words.py).
    distress_read: Readings = field(default_factory=Readings)
