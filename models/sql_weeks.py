"""Week buckets in SQL. Each dialect spells "the Monday of this date" differently; both
give back ISO text, so results compare alike."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class week_of(FunctionElement[str]):
    type = String()
    inherit_cache = True


@compiles(week_of, "sqlite")
def _week_of_sqlite(element, compiler, **kw) -> str:
    # Back six days, then forward to the next Monday: the Monday of the same week.
    return f"date({compiler.process(element.clauses, **kw)}, '-6 days', 'weekday 1')"


@compiles(week_of, "postgresql")
def _week_of_postgresql(element, compiler, **kw) -> str:
    return f"to_char(date_trunc('week', {compiler.process(element.clauses, **kw)}), 'YYYY-MM-DD')"
