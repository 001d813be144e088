"""Comparing two versions of a contract item by item, and what a proposal set out to change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from .entities import ContractItem, ContractVersion, ItemKind


def baseline_of(session: Session, version: ContractVersion) -> ContractVersion | None:
    """The agreed version this one set out to change: the newest agreed one before it.

    Only one proposal is open at a time, so when a version was proposed every earlier
    one had been agreed or withdrawn, and the newest agreed one was in force.
    """
    return session.scalar(
        select(ContractVersion)
        .where(
            ContractVersion.contract_id == version.contract_id,
            ContractVersion.number < version.number,
            ContractVersion.agreed_at.is_not(None),
        )
        .order_by(ContractVersion.number.desc())
    )


def previous_draft(session: Session, version: ContractVersion) -> ContractVersion | None:
    """The draft a revision replaced: the proposal as it was commented on, or None."""
    if version.revision == 0:
        return None
    return session.scalar(
        select(ContractVersion).where(
            ContractVersion.contract_id == version.contract_id,
            ContractVersion.number == version.number,
            ContractVersion.revision == version.revision - 1,
        )
    )


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"  # some fields differ (it may have moved too)
    MOVED = "moved"  # same content, a different place in the list
    UNCHANGED = "unchanged"


# The fields that make an item "changed". Kind never changes: a lineage has one kind.
COMPARED_FIELDS = (
    "text",
    "short_name",
    "owner_id",
    "cadence",
    "weekdays",
    "times_per_week",
    "due_time",
    "category",
    "hard_day_form",
    "consequence",
)


@dataclass(frozen=True)
class ItemChange:
    """One row of a side-by-side comparison: the item before (None if added) and after."""

    change: Change
    kind: ItemKind
    old: ContractItem | None
    new: ContractItem | None
    fields: tuple[str, ...] = ()  # for CHANGED: which of COMPARED_FIELDS differ
    moved: bool = False


def diff_versions(old: ContractVersion | None, new: ContractVersion) -> list[ItemChange]:
    """How `new` differs from `old`, item by item, matched by lineage.

    Rows follow `new`'s order; a removed item is listed right after the item that
    preceded it in `old`, so the two sides line up. An item counts as moved only when
    it left the longest run of items kept in the same relative order, so moving one
    item up does not mark all the others as moved.
    """
    old_items = list(old.items) if old is not None else []
    after = {item.lineage_id: item for item in new.items}
    before = {item.lineage_id: item for item in old_items}
    kept_old_order = [item.lineage_id for item in old_items if item.lineage_id in after]
    kept_new_order = [item.lineage_id for item in new.items if item.lineage_id in before]
    in_place = _longest_common_order(kept_old_order, kept_new_order)

    rows: list[ItemChange] = []
    removed_after: dict[int | None, list[ContractItem]] = {}
    previous: int | None = None  # the last surviving old item seen
    for item in old_items:
        if item.lineage_id in after:
            previous = item.lineage_id
        else:
            removed_after.setdefault(previous, []).append(item)

    def removed_rows(anchor: int | None) -> list[ItemChange]:
        return [ItemChange(Change.REMOVED, gone.kind, gone, None) for gone in removed_after.pop(anchor, [])]

    rows += removed_rows(None)
    for item in new.items:
        was = before.get(item.lineage_id)
        if was is None:
            rows.append(ItemChange(Change.ADDED, item.kind, None, item))
            continue
        fields = tuple(name for name in COMPARED_FIELDS if getattr(was, name) != getattr(item, name))
        moved = item.lineage_id not in in_place
        change = Change.CHANGED if fields else Change.MOVED if moved else Change.UNCHANGED
        rows.append(ItemChange(change, item.kind, was, item, fields, moved))
        rows += removed_rows(item.lineage_id)
    return rows


def _longest_common_order(a: list[int], b: list[int]) -> set[int]:
    """The elements of the longest common subsequence of two orderings of the same ids."""
    # Plain dynamic programming: contracts have at most MAX_ITEMS items.
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            lengths[i][j] = lengths[i + 1][j + 1] + 1 if a[i] == b[j] else max(lengths[i + 1][j], lengths[i][j + 1])
    common: set[int] = set()
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            common.add(a[i])
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            i += 1
        else:
            j += 1
    return common
