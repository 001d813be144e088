"""One line of a contract version as someone wrote it (`ItemDraft`), and its checks: every
problem of every item found before anything is written (models.contracts writes versions)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Any

from .entities import Cadence, ItemKind
from .errors import ValidationError

CATEGORIES = ("communication", "punctuality", "chores", "privacy", "honesty", "other")
MAX_ITEM_TEXT = 500
MAX_SHORT_NAME = 60


@dataclass
class ItemDraft:
    """One line of a version as someone wrote it; lineage_id continues an earlier item."""

    kind: ItemKind
    text: str
    short_name: str = ""
    owner_id: int | None = None
    cadence: Cadence = Cadence.DAILY
    weekdays: str = ""
    times_per_week: int | None = None
    due_time: time | None = None
    category: str = "other"
    hard_day_form: str = ""
    consequence: str = ""
    lineage_id: int | None = None


def clean_text(value: str, limit: int, label: str, *, required: bool = False) -> str:
    value = " ".join((value or "").split())
    if required and not value:
        raise ValidationError(f"{label} cannot be empty.")
    if len(value) > limit:
        raise ValidationError(f"{label} can be at most {limit} characters.")
    return value


@dataclass(frozen=True)
class ItemProblem:
    """What is wrong with one item: which one (its place among the items proposed, and
    what it says), which of its fields, and the message."""

    index: int
    field: str  # an ItemDraft field name
    message: str
    text: str = ""

    @property
    def label(self) -> str:
        text = " ".join(self.text.split())
        if len(text) > MAX_TEXT_IN_LABEL:
            text = text[: MAX_TEXT_IN_LABEL - 1].rstrip() + "…"
        return f"Item {self.index + 1} (“{text}”)" if text else f"Item {self.index + 1}"


class ItemProblems(ValidationError):
    """Every problem of every item, found before anything is written."""

    def __init__(self, problems: list[ItemProblem]) -> None:
        self.problems = problems
        super().__init__(" ".join(f"{p.label}: {p.message}" for p in problems))


MAX_TEXT_IN_LABEL = 40


_WEEKDAY_DIGITS = re.compile(r"[0-6]{1,7}")


def validated_item(draft: ItemDraft, partner_ids: set[int], problems: list[tuple[str, str]]) -> dict[str, Any]:
    """The item's columns, cleaned; each problem found is added to `problems` as
    (field, message), so every problem of every item can be told at once."""

    def clean(name: str, limit: int, label: str, *, required: bool = False) -> str:
        try:
            return clean_text(getattr(draft, name), limit, label, required=required)
        except ValidationError as e:
            problems.append((name, str(e)))
            return ""

    label = draft.kind.value.capitalize()
    values: dict[str, Any] = {
        "kind": draft.kind,
        "text": clean("text", MAX_ITEM_TEXT, f"{label} text", required=True),
        "short_name": clean("short_name", MAX_SHORT_NAME, "A short name"),
        "consequence": clean("consequence", MAX_ITEM_TEXT, "A consequence"),
    }
    if draft.kind is ItemKind.COMMITMENT:
        if draft.owner_id is not None and draft.owner_id not in partner_ids:
            problems.append(("owner_id", "A commitment's owner must be one of you, or both."))
        if draft.category not in CATEGORIES:
            problems.append(("category", "Please choose one of the categories."))
        weekdays = ""
        if draft.cadence is Cadence.WEEKDAYS:
            weekdays = "".join(sorted(set(draft.weekdays or "")))
            if not weekdays or not _WEEKDAY_DIGITS.fullmatch(weekdays):
                problems.append(("weekdays", "Choose at least one day of the week for this commitment."))
        times = None
        if draft.cadence is Cadence.WEEKLY:
            times = draft.times_per_week
            if not isinstance(times, int) or not 1 <= times <= 7:
                problems.append(("times_per_week", "A weekly commitment happens between 1 and 7 times a week."))
        values |= {
            "owner_id": draft.owner_id,
            "cadence": draft.cadence,
            "weekdays": weekdays,
            "times_per_week": times,
            "due_time": draft.due_time,
            "category": draft.category,
            "hard_day_form": clean("hard_day_form", MAX_ITEM_TEXT, "A hard-day form"),
        }
    return values
