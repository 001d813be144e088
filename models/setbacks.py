"""Setbacks as data: a missed commitment or a breach, what triggered it, what would
have prevented it, and the contract change it led to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from .base import utcnow
from .contracts import ItemDraft, active_version, open_proposal, propose_version
from .db import read
from .entities import ContractItem, ContractVersion, LogEntry, LogKind, Partner, Setback
from .errors import Conflict, NotFound, ValidationError
from .private_entities import SetbackDismissal, SetbackReflection
from .stat_entities import MonthlyStat
from .text import day, heard_from, quoted

# The entries that start a setback: a reflection is offered, never a celebration.
SETBACK_KINDS = (LogKind.MISSED, LogKind.BREACH)
MAX_REFLECTION = 1000
# A proposal's note quotes the reflection; these cuts keep it within the note's limit.
MAX_QUOTE = 380
MAX_NAME = 80


def start_setback(session: Session, partner: Partner, log_entry_id: int, now: datetime | None = None) -> Setback:
    """The setback for a missed or breach entry of this couple; the same one if already started."""
    entry = session.get(LogEntry, log_entry_id)
    if entry is None or entry.couple_id != partner.couple_id:
        raise NotFound("That entry is not in your log.")
    if entry.kind not in SETBACK_KINDS:
        raise ValidationError("Only a missed commitment or a boundary breach can be reflected on.")
    query = select(Setback).where(Setback.log_entry_id == entry.id)
    setback = session.scalar(query)
    if setback is not None:
        return setback
    setback = Setback(couple_id=partner.couple_id, log_entry=entry, created_at=now or utcnow())
    try:
        with session.begin_nested():  # the other partner may be starting it right now
            session.add(setback)
    except IntegrityError:
        return session.scalars(query).one()
    return setback


def get_setback(session: Session, couple_id: int, setback_id: int) -> Setback:
    setback = session.get(Setback, setback_id)
    if setback is None or setback.couple_id != couple_id:
        raise NotFound("That setback is not in your log.")
    return setback


def _reflection(value: str, label: str) -> str:
    value = " ".join((value or "").split()) if isinstance(value, str) else ""
    if not value:
        raise ValidationError(f"{label} cannot be empty.")
    if len(value) > MAX_REFLECTION:
        raise ValidationError(f"{label} can be at most {MAX_REFLECTION} characters.")
    return value


def reflection_of(setback: Setback, partner_id: int) -> SetbackReflection | None:
    """This partner's own reflection on the setback, if they have written one."""
    return next((r for r in setback.reflections if r.author_id == partner_id), None)


def reflect(
    session: Session,
    partner: Partner,
    setback_id: int,
    *,
    trigger: str | None = None,
    prevention: str | None = None,
    now: datetime | None = None,
) -> Setback:
    """Store what triggered the setback and/or what would have prevented it (None:
    unchanged) as this partner's own reflection. A reflection belongs to its author:
    nobody else's is ever changed here; the other partner writes their own beside it."""
    setback = get_setback(session, partner.couple_id, setback_id)
    # Both are checked before either is written.
    cleaned_trigger = None if trigger is None else _reflection(trigger, "What triggered it")
    cleaned_prevention = None if prevention is None else _reflection(prevention, "What would have prevented it")
    now = now or utcnow()
    mine = reflection_of(setback, partner.id)
    if mine is None:
        mine = SetbackReflection(setback_id=setback.id, author_id=partner.id, created_at=now)
        try:
            with session.begin_nested():  # the same partner on two devices at once
                setback.reflections.append(mine)
        except IntegrityError:
            session.refresh(setback)
            mine = reflection_of(setback, partner.id)
            assert mine is not None
    if cleaned_trigger is not None:
        mine.trigger = cleaned_trigger
    if cleaned_prevention is not None:
        mine.prevention = cleaned_prevention
    mine.updated_at = now
    session.flush()
    return setback


@dataclass(frozen=True)
class Reflected:
    setback: Setback
    can_propose: bool  # there is an agreed contract that a change could be proposed to


def reflect_answer(
    session: Session, partner: Partner, setback_id: int, *, trigger: str | None = None, prevention: str | None = None
) -> Reflected:
    """`reflect` of words said by voice (kept as they are written, like a note), and whether a
    contract change can be offered from it."""
    trigger, prevention = (None if said is None else heard_from(partner, said) for said in (trigger, prevention))
    setback = reflect(session, partner, setback_id, trigger=trigger, prevention=prevention)
    return Reflected(setback, active_version(session, partner.couple_id) is not None)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _subject(entry: LogEntry, version: ContractVersion) -> str:
    if entry.kind is LogKind.BREACH:
        return "a boundary breach"
    item = next((i for i in version.items if i.lineage_id == entry.lineage_id), None)
    return f"a missed “{_cut(item.spoken_name, MAX_NAME)}”" if item else "a missed commitment"


def _draft(item: ContractItem) -> ItemDraft:
    return ItemDraft(
        kind=item.kind,
        text=item.text,
        short_name=item.short_name,
        owner_id=item.owner_id,
        cadence=item.cadence,
        weekdays=item.weekdays,
        times_per_week=item.times_per_week,
        due_time=item.due_time,
        category=item.category,
        hard_day_form=item.hard_day_form,
        consequence=item.consequence,
        lineage_id=item.lineage_id,
    )


def _check_free(setback: Setback) -> None:
    """A setback leads to at most one live contract change (withdrawing it unlinks the setback)."""
    if setback.version_id is not None:
        raise Conflict("A change has already been proposed for this setback. You can find it on the site.")


def _change_from(session: Session, partner: Partner, setback: Setback) -> tuple[ContractVersion, str]:
    """The version a change would start from and the note quoting the reflection, once
    it is certain a change can be proposed from this setback now."""
    _check_free(setback)
    if open_proposal(session, partner.couple_id) is not None:
        raise Conflict(
            "There is already a proposed change waiting for you both. "
            "Have a look at it together on the site first; this reflection is saved either way."
        )
    active = active_version(session, partner.couple_id)
    if active is None:
        raise Conflict("There is no agreed contract to change yet. Your reflection is saved.")
    note = f"After {_subject(setback.log_entry, active)} on {day(setback.log_entry.local_date)}."
    mine = reflection_of(setback, partner.id)  # the proposer quotes their own words, never the other's
    if mine is not None and mine.trigger:
        note += quoted("What triggered it", _cut(mine.trigger, MAX_QUOTE))
    if mine is not None and mine.prevention:
        note += quoted("What would have prevented it", _cut(mine.prevention, MAX_QUOTE))
    return active, note


def draft_change_from_setback(session: Session, partner: Partner, setback_id: int) -> tuple[list[ItemDraft], str]:
    """What a contract change after this setback starts from, to edit before proposing:
    the active contract's items and a note quoting the reflection. Nothing is written;
    the same Conflict as proposing when no change can be proposed from here now."""
    setback = get_setback(session, partner.couple_id, setback_id)
    active, note = _change_from(session, partner, setback)
    return [_draft(item) for item in active.items], note


def propose_change_from_setback(
    session: Session,
    partner: Partner,
    setback_id: int,
    now: datetime | None = None,
    *,
    items: list[ItemDraft] | None = None,
    note: str | None = None,
    suggested: str | None = None,
) -> ContractVersion:
    """Propose a contract change after this setback, and link the setback to it.

    By voice nothing can be edited, so `items` None proposes a copy of the active
    contract, its note quoting the reflection, and the change `suggested` in words if
    any, for the couple to revise on the site. On the site the partner first edits what
    draft_change_from_setback gave them and this proposes what they wrote (`items`, `note`).
    """
    setback = get_setback(session, partner.couple_id, setback_id)
    active, reflected = _change_from(session, partner, setback)
    if suggested:
        reflected += quoted("The change suggested", _cut(heard_from(partner, suggested), MAX_QUOTE))
    drafts = [_draft(item) for item in active.items] if items is None else items
    version = propose_version(session, partner, drafts, note=reflected if note is None else note, now=now)
    setback.version_id = version.id
    session.flush()
    return version


def setbacks(session: Session, couple_id: int, limit: int = 50) -> list[Setback]:
    """The couple's setbacks, newest first, with their log entries (and who logged them)
    and everyone's reflections."""
    return list(
        session.scalars(
            select(Setback)
            .where(Setback.couple_id == couple_id)
            .options(joinedload(Setback.log_entry).joinedload(LogEntry.partner), selectinload(Setback.reflections))
            .order_by(Setback.created_at.desc(), Setback.id.desc())
            .limit(limit)
        )
    )


@dataclass(frozen=True)
class Lapses:
    """What the Setbacks page offers one partner: their own lapses to reflect on, and the
    other partner's as information (never a to-do). Both leave out what this partner put
    away, and what they have already reflected on."""

    mine: list[LogEntry]
    partners: list[LogEntry]


def lapses_for(session: Session, viewer: Partner, limit: int = 10) -> Lapses:
    """Recent misses and breaches the viewer has neither reflected on nor put away, newest first."""
    reflected = (
        select(SetbackReflection.id)
        .join(Setback, Setback.id == SetbackReflection.setback_id)
        .where(Setback.log_entry_id == LogEntry.id, SetbackReflection.author_id == viewer.id)
    )
    dismissed = select(SetbackDismissal.id).where(
        SetbackDismissal.log_entry_id == LogEntry.id, SetbackDismissal.partner_id == viewer.id
    )
    query = (
        select(LogEntry)
        .where(
            LogEntry.couple_id == viewer.couple_id,
            LogEntry.kind.in_(SETBACK_KINDS),
            ~exists(reflected),
            ~exists(dismissed),
        )
        .options(joinedload(LogEntry.partner))
        .order_by(LogEntry.local_date.desc(), LogEntry.created_at.desc(), LogEntry.id.desc())
        .limit(limit)
    )
    return Lapses(
        mine=list(session.scalars(query.where(LogEntry.partner_id == viewer.id))),
        partners=list(session.scalars(query.where(LogEntry.partner_id != viewer.id))),
    )


def dismiss(session: Session, viewer: Partner, log_entry_id: int, now: datetime | None = None) -> None:
    """Put a miss or breach away from this partner's Setbacks page; the other's is unchanged."""
    entry = session.get(LogEntry, log_entry_id)
    if entry is None or entry.couple_id != viewer.couple_id or entry.kind not in SETBACK_KINDS:
        raise NotFound("That entry is not in your log.")
    exists_already = select(SetbackDismissal.id).where(
        SetbackDismissal.log_entry_id == entry.id, SetbackDismissal.partner_id == viewer.id
    )
    if session.scalar(exists_already) is not None:
        return
    try:
        with session.begin_nested():  # a double click: the second is the same dismissal
            session.add(SetbackDismissal(partner_id=viewer.id, log_entry_id=entry.id, created_at=now or utcnow()))
    except IntegrityError:
        return


def setbacks_logged(session: Session, partner: Partner) -> int:
    """How many misses and breaches this partner has logged (a disputed one counts nowhere):
    what is said about a setback varies by it, so two setbacks in a row, even in separate
    conversations, never hear the same words. Summed from the monthly figures
    (models/stats.py, kept in the entry's own flush): a row a month, never entry by entry."""
    return int(read(session, _SETBACKS_LOGGED, {"partner_id": partner.id}).scalar() or 0)


# Built once: every miss said aloud asks it.
_SETBACKS_LOGGED = select(func.sum(MonthlyStat.missed + MonthlyStat.breach)).where(
    MonthlyStat.partner_id == bindparam("partner_id")
)
