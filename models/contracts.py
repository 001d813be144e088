"""The contract: proposing versions, agreeing to them, and finding a commitment by name."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import utcnow
from .entities import (
    Cadence,
    Contract,
    ContractItem,
    ContractVersion,
    ItemKind,
    ItemLineage,
    Partner,
    VersionStatus,
)
from .errors import Conflict, NotAllowed, NotFound, ValidationError

CATEGORIES = ("communication", "punctuality", "chores", "privacy", "honesty", "other")
MAX_ITEM_TEXT = 500
MAX_SHORT_NAME = 60
MAX_NOTE = 1000
MAX_ITEMS = 100


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


def contract_of(session: Session, couple_id: int) -> Contract:
    contract = session.scalar(select(Contract).where(Contract.couple_id == couple_id))
    if contract is None:  # every couple gets one at sign-up
        raise NotFound("This couple has no contract.")
    return contract


def _version_with(session: Session, couple_id: int, status: VersionStatus) -> ContractVersion | None:
    return session.scalar(
        select(ContractVersion)
        .join(Contract)
        .where(Contract.couple_id == couple_id, ContractVersion.status == status)
        .order_by(ContractVersion.number.desc())
    )


def active_version(session: Session, couple_id: int) -> ContractVersion | None:
    return _version_with(session, couple_id, VersionStatus.ACTIVE)


def open_proposal(session: Session, couple_id: int) -> ContractVersion | None:
    return _version_with(session, couple_id, VersionStatus.PROPOSED)


def versions(session: Session, couple_id: int) -> list[ContractVersion]:
    return list(
        session.scalars(
            select(ContractVersion)
            .join(Contract)
            .where(Contract.couple_id == couple_id)
            .order_by(ContractVersion.number.desc())
        )
    )


def get_version(session: Session, couple_id: int, version_id: int) -> ContractVersion:
    version = session.scalar(
        select(ContractVersion)
        .join(Contract)
        .where(Contract.couple_id == couple_id, ContractVersion.id == version_id)
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


def _validated_item(draft: ItemDraft, partner_ids: set[int]) -> dict:
    label = draft.kind.value.capitalize()
    values = {
        "kind": draft.kind,
        "text": _clean(draft.text, MAX_ITEM_TEXT, f"{label} text", required=True),
        "short_name": _clean(draft.short_name, MAX_SHORT_NAME, "A short name"),
        "consequence": _clean(draft.consequence, MAX_ITEM_TEXT, "A consequence"),
    }
    if draft.kind is ItemKind.COMMITMENT:
        if draft.owner_id is not None and draft.owner_id not in partner_ids:
            raise ValidationError("A commitment's owner must be one of you, or both.")
        if draft.category not in CATEGORIES:
            raise ValidationError("Please choose one of the categories.")
        weekdays = ""
        if draft.cadence is Cadence.WEEKDAYS:
            weekdays = "".join(sorted(set(draft.weekdays or "")))
            if not weekdays or not re.fullmatch(r"[0-6]{1,7}", weekdays):
                raise ValidationError("Choose at least one day of the week for this commitment.")
        times = None
        if draft.cadence is Cadence.WEEKLY:
            times = draft.times_per_week
            if not isinstance(times, int) or not 1 <= times <= 7:
                raise ValidationError("A weekly commitment happens between 1 and 7 times a week.")
        values |= {
            "owner_id": draft.owner_id,
            "cadence": draft.cadence,
            "weekdays": weekdays,
            "times_per_week": times,
            "due_time": draft.due_time,
            "category": draft.category,
            "hard_day_form": _clean(draft.hard_day_form, MAX_ITEM_TEXT, "A hard-day form"),
        }
    return values


def _lineage(session: Session, contract: Contract, draft: ItemDraft) -> ItemLineage:
    if draft.lineage_id is None:
        return ItemLineage(contract_id=contract.id, kind=draft.kind)
    lineage = session.get(ItemLineage, draft.lineage_id)
    if lineage is None or lineage.contract_id != contract.id or lineage.kind is not draft.kind:
        raise NotFound("That item is not part of your contract.")
    return lineage


def propose_version(
    session: Session,
    partner: Partner,
    items: list[ItemDraft],
    note: str = "",
    now: datetime | None = None,
) -> ContractVersion:
    """A new proposed version; it becomes active when the other partner agrees."""
    contract = contract_of(session, partner.couple_id)
    if open_proposal(session, partner.couple_id) is not None:
        raise Conflict(
            "There is already a proposal waiting to be agreed. "
            "Agree to it or withdraw it before proposing another."
        )
    if not items:
        raise ValidationError("A contract needs at least one commitment, boundary or example.")
    if len(items) > MAX_ITEMS:
        raise ValidationError(f"A contract can hold at most {MAX_ITEMS} items.")
    continued = [d.lineage_id for d in items if d.lineage_id is not None]
    if len(continued) != len(set(continued)):
        raise ValidationError("The same item appears twice.")
    partner_ids = {p.id for p in partner.couple.partners}
    # Everything is checked before anything is written.
    rows = [_validated_item(d, partner_ids) for d in items]
    lineages = [_lineage(session, contract, d) for d in items]
    number = max((v.number for v in contract.versions), default=0) + 1
    version = ContractVersion(
        contract=contract,
        number=number,
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


def agree_version(
    session: Session, partner: Partner, version_id: int, now: datetime | None = None
) -> ContractVersion:
    """The other partner agrees: the proposal becomes the active contract."""
    version = get_version(session, partner.couple_id, version_id)
    if version.status is not VersionStatus.PROPOSED:
        raise Conflict("This version is not waiting for agreement.")
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


def active_commitments(session: Session, couple_id: int) -> list[ContractItem]:
    version = active_version(session, couple_id)
    return version.items_of(ItemKind.COMMITMENT) if version else []


_FILLER = {"my", "our", "the", "a", "an", "to", "promise", "commitment", "i", "that", "about"}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9']+", text.lower()) if w not in _FILLER]


def match_commitments(session: Session, couple_id: int, spoken: str) -> list[ContractItem]:
    """Active commitments that fit what was said, best first; several when ambiguous.

    Case-insensitive and forgiving: an exact short name wins; otherwise commitments
    whose names share words with what was said, or sound close (difflib).
    """
    commitments = active_commitments(session, couple_id)
    said = " ".join(_words(spoken))
    if not said:
        return []
    exact = [c for c in commitments if " ".join(_words(c.spoken_name)) == said]
    if exact:
        return exact
    scored = []
    for item in commitments:
        names = {" ".join(_words(item.short_name)), " ".join(_words(item.text))} - {""}
        score = max(
            max(difflib.SequenceMatcher(None, said, name).ratio() for name in names),
            max(_overlap(said, name) for name in names),
        )
        if score >= 0.6:
            scored.append((score, item))
    if not scored:
        return []
    best = max(score for score, _ in scored)
    # Keep every candidate close to the best: those are the ones to ask about.
    return [item for score, item in sorted(scored, key=lambda p: -p[0]) if score >= best - 0.1]


def _overlap(said: str, name: str) -> float:
    said_words, name_words = set(said.split()), set(name.split())
    return len(said_words & name_words) / len(said_words) if said_words else 0.0
