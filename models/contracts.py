"""The contract: proposing, withdrawing, revising and agreeing to versions (comparing two
of them lives in models.contract_diff, comments on them in models.contract_comments)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from functools import partial
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, joinedload

from . import revisions
from .base import utcnow
from .db import remembered
from .entities import (
    Cadence,
    Contract,
    ContractItem,
    ContractVersion,
    ItemKind,
    ItemLineage,
    LogEntry,
    Milestone,
    Partner,
    Setback,
    VersionStatus,
)
from .errors import Conflict, NotAllowed, NotFound, ValidationError

CATEGORIES = ("communication", "punctuality", "chores", "privacy", "honesty", "other")
MAX_ITEM_TEXT = 500
MAX_SHORT_NAME = 60
MAX_NOTE = 1000
MAX_ITEMS = 60


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


def contract_of(session: Session, couple_id: int, *, for_update: bool = False) -> Contract:
    """The couple's contract; `for_update` holds it until the transaction ends, so two
    partners changing it at the same moment take turns (the second then sees the first's
    change) instead of colliding. SQLite takes turns anyway: see models.db."""
    query = select(Contract).where(Contract.couple_id == couple_id)
    if for_update:
        query = query.with_for_update()
    contract = session.scalar(query)
    if contract is None:  # every couple gets one at sign-up
        raise NotFound("This couple has no contract.")
    return contract


def _version_with(session: Session, couple_id: int, status: VersionStatus, query: Any) -> ContractVersion | None:
    # Every row read (a joined load's collection spans them), then the newest version.
    found = session.execute(query, {"couple_id": couple_id, "status": status}).unique().scalars().all()
    return found[0] if found else None


_VERSION_WITH = (  # built once: every voice request and most pages ask for the active version
    select(ContractVersion)
    .join(Contract)
    .where(Contract.couple_id == bindparam("couple_id"), ContractVersion.status == bindparam("status"))
    .order_by(ContractVersion.number.desc())
)
# The active version comes with its items in one statement (a selectin load cost twice a
# joined one). Not their lineages: a database still under an older schema lacks some of
# their columns, and only the names sent to Alexa need them.
_ACTIVE_VERSION = _VERSION_WITH.options(joinedload(ContractVersion.items))


def active_version(session: Session, couple_id: int) -> ContractVersion | None:
    """The agreed version in force, read once while the session writes nothing but the log (db.remembered)."""

    def read() -> ContractVersion | None:  # the copy this process keeps while the couple's stamp stands
        fresh = partial(_version_with, couple_id=couple_id, status=VersionStatus.ACTIVE, query=_ACTIVE_VERSION)
        return revisions.kept(session, ("active_version", couple_id), couple_id, fresh)

    return remembered(session, ("active_version", couple_id), read, survives=(LogEntry, Milestone))


def open_proposal(session: Session, couple_id: int) -> ContractVersion | None:
    return _version_with(session, couple_id, VersionStatus.PROPOSED, _VERSION_WITH)


def versions(session: Session, couple_id: int) -> list[ContractVersion]:
    return list(
        session.scalars(
            select(ContractVersion)
            .join(Contract)
            .where(Contract.couple_id == couple_id)
            .order_by(ContractVersion.number.desc(), ContractVersion.revision.desc())
        )
    )


def item_names(session: Session, couple_id: int, kind: ItemKind | None = None) -> dict[int, str]:
    """What each item (by lineage) is called: its newest wording, even if a later version dropped it."""
    query = (
        select(ContractItem.lineage_id, ContractItem.short_name, ContractItem.text)
        .join(ContractVersion)
        .join(Contract)
        .where(Contract.couple_id == couple_id)
        .order_by(ContractVersion.number.desc(), ContractVersion.revision.desc(), ContractItem.position)
    )
    if kind is not None:
        query = query.where(ContractItem.kind == kind)
    rows = session.execute(query)
    names: dict[int, str] = {}
    for lineage_id, short_name, text in rows:
        names.setdefault(lineage_id, short_name or text)
    return names


def get_version(session: Session, couple_id: int, version_id: int) -> ContractVersion:
    version = session.scalar(
        select(ContractVersion).join(Contract).where(Contract.couple_id == couple_id, ContractVersion.id == version_id)
    )
    if version is None:
        raise NotFound("No such version of your contract.")
    return version


def _clean(value: str, limit: int, label: str, *, required: bool = False) -> str:
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


def _validated_item(draft: ItemDraft, partner_ids: set[int], problems: list[tuple[str, str]]) -> dict[str, Any]:
    """The item's columns, cleaned; each problem found is added to `problems` as
    (field, message), so every problem of every item can be told at once."""

    def clean(name: str, limit: int, label: str, *, required: bool = False) -> str:
        try:
            return _clean(getattr(draft, name), limit, label, required=required)
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
            if not weekdays or not re.fullmatch(r"[0-6]{1,7}", weekdays):
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


def _lineage(session: Session, contract: Contract, draft: ItemDraft) -> ItemLineage:
    if draft.lineage_id is None:
        return ItemLineage(contract_id=contract.id, kind=draft.kind)
    lineage = session.get(ItemLineage, draft.lineage_id)
    if lineage is None or lineage.contract_id != contract.id:
        raise NotFound("That item is not part of your contract.")
    return lineage


def _checked_items(
    session: Session, contract: Contract, partner_ids: set[int], items: list[ItemDraft]
) -> tuple[list[dict[str, Any]], list[ItemLineage]]:
    """Each item's columns and lineage; ItemProblems naming every problem of every item."""
    rows, lineages, problems = [], [], []
    for index, draft in enumerate(items):
        found: list[tuple[str, str]] = []
        lineage = _lineage(session, contract, draft)
        if lineage.kind is not draft.kind:
            # A lineage has one kind: history, streaks and diffs are about one kind of thing.
            found.append(("kind", "An item cannot change kind: remove it and add a new one."))
        rows.append(_validated_item(draft, partner_ids, found))
        lineages.append(lineage)
        problems += [ItemProblem(index, field, message, draft.text or "") for field, message in found]
    if problems:
        raise ItemProblems(problems)
    return rows, lineages


def check_items(session: Session, partner: Partner, items: list[ItemDraft]) -> list[ItemProblem]:
    """The problems proposing these items would find in them, without writing anything
    (a form can show them next to its own, all at once)."""
    contract = contract_of(session, partner.couple_id)
    try:
        _checked_items(session, contract, {p.id for p in partner.couple.partners}, items)
    except ItemProblems as e:
        return e.problems
    return []


def propose_version(
    session: Session,
    partner: Partner,
    items: list[ItemDraft],
    note: str = "",
    now: datetime | None = None,
) -> ContractVersion:
    """A new proposed version; it becomes active when the other partner agrees."""
    contract = contract_of(session, partner.couple_id, for_update=True)
    if open_proposal(session, partner.couple_id) is not None:
        raise Conflict("There is already a proposal waiting to be agreed. Agree to it, revise it or withdraw it first.")
    number = max((v.number for v in contract.versions), default=0) + 1
    return _write_version(session, contract, partner, items, note, now, number=number)


def _write_version(
    session: Session,
    contract: Contract,
    partner: Partner,
    items: list[ItemDraft],
    note: str,
    now: datetime | None,
    *,
    number: int,
    revision: int = 0,
) -> ContractVersion:
    """A proposed version of these items, once every problem of every item is ruled out."""
    if not items:
        raise ValidationError("A contract needs at least one commitment, boundary or example.")
    if len(items) > MAX_ITEMS:
        raise ValidationError(f"A contract can hold at most {MAX_ITEMS} items.")
    continued = [d.lineage_id for d in items if d.lineage_id is not None]
    if len(continued) != len(set(continued)):
        raise ValidationError("The same item appears twice.")
    partner_ids = {p.id for p in partner.couple.partners}
    # Everything is checked, and every problem told, before anything is written.
    rows, lineages = _checked_items(session, contract, partner_ids, items)
    version = ContractVersion(
        contract=contract,
        number=number,
        revision=revision,
        status=VersionStatus.PROPOSED,
        note=_clean(note, MAX_NOTE, "The note"),
        proposed_by_id=partner.id,
        proposed_at=now or utcnow(),
        items=[
            ContractItem(position=i, lineage=lineage, **row)
            for i, (row, lineage) in enumerate(zip(rows, lineages, strict=True))
        ],
    )
    session.add(version)
    session.flush()
    return version


REVISED_MEANWHILE = "This proposal was revised meanwhile: please read the newest revision first."


def require_waiting(version: ContractVersion, not_waiting: str) -> None:
    """Conflict unless `version` still waits for agreement, saying why when it was revised."""
    if version.status is VersionStatus.REVISED:
        raise Conflict(REVISED_MEANWHILE)
    if version.status is not VersionStatus.PROPOSED:
        raise Conflict(not_waiting)


def agree_version(session: Session, partner: Partner, version_id: int, now: datetime | None = None) -> ContractVersion:
    """The other partner agrees: the proposal becomes the active contract."""
    contract_of(session, partner.couple_id, for_update=True)
    version = get_version(session, partner.couple_id, version_id)
    require_waiting(version, "This version is not waiting for agreement.")
    if version.proposed_by_id == partner.id:
        raise NotAllowed("Your partner needs to agree to your proposal.")
    previous = active_version(session, partner.couple_id)
    if previous is not None:
        previous.status = VersionStatus.SUPERSEDED
    version.status = VersionStatus.ACTIVE
    version.agreed_by_id = partner.id
    version.agreed_at = now or utcnow()
    session.flush()
    return version


def withdraw_version(session: Session, partner: Partner, version_id: int) -> ContractVersion:
    """The proposer takes their open proposal back, so a new one can be made."""
    contract_of(session, partner.couple_id, for_update=True)
    version = get_version(session, partner.couple_id, version_id)
    require_waiting(version, "Only a proposal that is still waiting can be withdrawn.")
    if version.proposed_by_id != partner.id:
        raise NotAllowed("Only the partner who proposed this version can withdraw it.")
    withdraw(session, version)
    return version


def withdraw(session: Session, version: ContractVersion) -> None:
    """Mark a waiting proposal withdrawn. A withdrawn proposal led to no change, so a
    setback that led to it is free again to lead to another one."""
    version.status = VersionStatus.WITHDRAWN
    session.execute(
        update(Setback)
        .where(Setback.version_id == version.id)
        .values(version_id=None)
        .execution_options(synchronize_session="fetch")
    )
    session.flush()


def revise_proposal(
    session: Session,
    partner: Partner,
    version_id: int,
    items: list[ItemDraft],
    note: str = "",
    now: datetime | None = None,
) -> ContractVersion:
    """Either partner revises the waiting proposal (say, after a comment), instead of
    agreeing to it as it is or withdrawing it.

    The revision keeps the proposal's number ("version 3, revised"); the draft it
    replaces stays in the history as revised, with its comments, which the revision
    shows too; a setback that led to it now points at the revision. Whoever revises is
    its proposer, so the other partner agrees to it. If it is invalid, nothing changes.
    """
    contract = contract_of(session, partner.couple_id, for_update=True)
    old = get_version(session, partner.couple_id, version_id)
    require_waiting(old, "This version is no longer waiting for agreement, so it cannot be revised.")
    with session.begin_nested():  # the old draft stays as it was if the revision is refused
        old.status = VersionStatus.REVISED
        session.flush()
        new = _write_version(session, contract, partner, items, note, now, number=old.number, revision=old.revision + 1)
        session.execute(update(Setback).where(Setback.version_id == old.id).values(version_id=new.id))
    return new


def active_commitments(session: Session, couple_id: int, *, lineages: bool = False) -> list[ContractItem]:
    """The active version's commitments; `lineages`: with each one's lineage read too, all in one
    statement (touched one by one, each would be a statement of its own)."""
    version = active_version(session, couple_id)
    items = version.items_of(ItemKind.COMMITMENT) if version else []
    if lineages and items:
        # In the session's identity map (held there: models.db), where item.lineage finds them;
        # kept by the process, like the version, while the couple's stamp stands.
        ids = [item.lineage_id for item in items]
        revisions.kept(
            session, ("lineages", couple_id), couple_id, lambda other: list(other.scalars(_LINEAGES, {"ids": ids}))
        )
    return items


_LINEAGES = select(ItemLineage).where(ItemLineage.id.in_(bindparam("ids", expanding=True)))
