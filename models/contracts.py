"""The contract: proposing, withdrawing, revising and agreeing to versions (comparing two
of them lives in models.contract_diff, comments on them in models.contract_comments)."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, joinedload

from . import revisions
from .base import utcnow

# The drafts and their checks: most callers ask for them here, with the operations.
from .contract_items import CATEGORIES as CATEGORIES
from .contract_items import MAX_ITEM_TEXT as MAX_ITEM_TEXT
from .contract_items import MAX_SHORT_NAME as MAX_SHORT_NAME
from .contract_items import ItemDraft as ItemDraft
from .contract_items import ItemProblem as ItemProblem
from .contract_items import ItemProblems as ItemProblems
from .contract_items import clean_text, validated_item
from .db import remembered
from .entities import (
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

MAX_NOTE = 1000
MAX_ITEMS = 60


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
        rows.append(validated_item(draft, partner_ids, found))
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
        note=clean_text(note, MAX_NOTE, "The note"),
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
