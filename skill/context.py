"""What every handler needs besides the request: the database session and the clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session


@dataclass
class SkillContext:
    """Passed as `context` to `CustomSkill.invoke`; handlers read it as `handler_input.context`.

    The caller owns the transaction: it commits after the skill answers, unless the
    exception handler set `failed`, in which case it rolls back (one transaction per intent).
    """

    session: Session
    now: datetime  # aware UTC; fixed by tests and passed to every domain operation
    failed: bool = False
