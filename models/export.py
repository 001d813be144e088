"""A partner's copy of the couple's data: everything as JSON, and the log as CSV.

Both partners get the couple's shared data. Journals differ: each export holds the
exporting partner's own entries in full, and of the other partner's only what they
shared (the shared text, never the body). No password hashes, invitation or pairing
secrets, the calendar feed's token or a new email's confirmation link (only when it expires).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import email_links
from .alexa_entities import AlexaReminder, DeviceTimeZone
from .base import utcnow
from .checkin_views import answers_for
from .entities import (
    CheckIn,
    CheckInQuestion,
    Contract,
    ContractItem,
    ContractVersion,
    ItemLineage,
    JournalEntry,
    LogEntry,
    LogKind,
    Milestone,
    Partner,
    Setback,
    VersionComment,
    VoiceLink,
)
from .fresh_start import kept_couples
from .journal import shared_entries

FORMAT_VERSION = 1
# What each kind of entry reads as on a page and in a kept copy of the history.
KIND_WORDS = {
    LogKind.KEPT: "Kept a commitment",
    LogKind.MISSED: "Missed a commitment",
    LogKind.RELIABILITY: "Moment of reliability",
    LogKind.SMALL_WIN: "Small win",
    LogKind.HARD_DAY: "Hard day",
    LogKind.BREACH: "Boundary crossed",
}
CSV_COLUMNS = ("date", "partner", "kind", "commitment", "note", "source", "logged_at", "acknowledged_at")
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ROWS_PER_FETCH = 500


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _row(obj: Any, *fields: str) -> dict[str, Any]:
    return {field: _plain(getattr(obj, field)) for field in fields}


def item_names(session: Session, couple_id: int) -> dict[int, str]:
    """Each item's newest wording, by lineage, even if a later version dropped it."""
    names: dict[int, str] = {}
    rows = session.execute(
        select(ContractItem.lineage_id, ContractItem.short_name, ContractItem.text)
        .join(ContractVersion, ContractItem.version_id == ContractVersion.id)
        .join(Contract, ContractVersion.contract_id == Contract.id)
        .where(Contract.couple_id == couple_id)
        .order_by(ContractVersion.number.desc())
    )
    for lineage_id, short_name, text in rows:
        names.setdefault(lineage_id, short_name or text)
    return names


def export_json(session: Session, partner: Partner, now: datetime | None = None) -> dict[str, Any]:
    """All of the couple's data, as JSON-ready dicts and lists, and the partner's earlier
    relationships kept for them alone (models.fresh_start)."""
    couple, couple_id = partner.couple, partner.couple_id
    return (
        {
            "format": FORMAT_VERSION,
            "exported_at": _plain(now or utcnow()),
            "exported_by": partner.id,
            "couple": _row(couple, "id", "timezone", "checkin_weekday", "checkin_time", "created_at")
            | {"calendar_feed_on": couple.calendar_token is not None},
            "partners": [_row(p, "id", "name", "email", "created_at") for p in couple.partners],
            # Your own link to confirm a new email, if one waits: when it expires, never its secret.
            "email_change_link_expires_at": _plain(email_links.pending_until(session, partner.id)),
        }
        | _history(session, partner, couple_id, current=True)
        | _devices_and_journal(session, partner, couple_id)
        | {
            "earlier_relationships": [
                _row(kept, "id", "created_at", "dissolved_at") | _history(session, partner, kept.id, current=False)
                for kept in kept_couples(session, partner)
            ]
        }
    )


def _history(session: Session, partner: Partner, couple_id: int, *, current: bool) -> dict[str, Any]:
    """One relationship's contract, log, check-ins, milestones and setbacks. In an earlier one
    (not `current`) only the partner's own check-in answers are left: the other's went with them."""
    versions = session.scalars(
        select(ContractVersion)
        .join(Contract)
        .where(Contract.couple_id == couple_id)
        .order_by(ContractVersion.number, ContractVersion.revision)
    ).all()
    version_ids = [v.id for v in versions]
    checkins = session.scalars(select(CheckIn).where(CheckIn.couple_id == couple_id).order_by(CheckIn.week_start)).all()
    return {
        "contract": {
            "versions": [
                _row(
                    v,
                    "id",
                    "number",
                    "revision",
                    "status",
                    "note",
                    "proposed_by_id",
                    "proposed_at",
                    "agreed_by_id",
                    "agreed_at",
                )
                | {
                    "items": [
                        _row(
                            i,
                            "lineage_id",
                            "kind",
                            "position",
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
                        for i in v.items
                    ]
                }
                for v in versions
            ],
            "comments": [
                _row(c, "id", "version_id", "partner_id", "body", "created_at")
                for c in session.scalars(
                    select(VersionComment)
                    .where(VersionComment.version_id.in_(version_ids))
                    .order_by(VersionComment.created_at, VersionComment.id)
                )
            ],
            # "How we'd say it when it's done", by lineage (models/spoken_forms.py).
            "spoken_forms": [
                {"lineage_id": lineage.id, "phrasings": list(lineage.spoken_forms)}
                for lineage in session.scalars(
                    select(ItemLineage).join(Contract).where(Contract.couple_id == couple_id).order_by(ItemLineage.id)
                )
                if lineage.spoken_forms
            ],
        },
        "log": [
            _row(
                e,
                "id",
                "local_date",
                "partner_id",
                "kind",
                "lineage_id",
                "note",
                "source",
                "created_at",
                "acknowledged_at",
            )
            for e in session.scalars(
                select(LogEntry)
                .where(LogEntry.couple_id == couple_id)
                .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
                .execution_options(yield_per=_ROWS_PER_FETCH)
            )
        ],
        "commitment_names": {str(k): v for k, v in item_names(session, couple_id).items()},
        "checkin_questions": list(
            session.scalars(
                select(CheckInQuestion.text)
                .where(CheckInQuestion.couple_id == couple_id)
                .order_by(CheckInQuestion.position)
            )
        ),
        "checkins": [
            _row(c, "id", "week_start", "created_at", "completed_at")
            | {
                "answers": [
                    _row(a, "partner_id", "position", "question", "answer", "source", "created_at")
                    for a in c.answers
                    if a.partner_id == partner.id or revealed
                ]
            }
            # The partner's answers only for weeks the exporter has answered too (models.checkin_views.answers_for).
            for c, revealed in ((c, current and answers_for(session, partner, c.week_start).revealed) for c in checkins)
        ],
        "milestones": [
            _row(m, "key", "kind", "params", "reached_on", "celebrated_at")
            for m in session.scalars(
                select(Milestone).where(Milestone.couple_id == couple_id).order_by(Milestone.reached_on, Milestone.id)
            )
        ],
        "setbacks": [
            _row(s, "id", "log_entry_id", "version_id", "created_at")
            | {
                "reflections": [
                    _row(r, "author_id", "trigger", "prevention", "created_at", "updated_at") for r in s.reflections
                ]
            }
            for s in session.scalars(
                select(Setback).where(Setback.couple_id == couple_id).order_by(Setback.created_at, Setback.id)
            )
        ],
    }


def _devices_and_journal(session: Session, partner: Partner, couple_id: int) -> dict[str, Any]:
    return {
        "voice_links": [
            _row(v, "partner_id", "created_at") | {"voice_recognised": bool(v.person_id)}
            for v in session.scalars(select(VoiceLink).where(VoiceLink.couple_id == couple_id).order_by(VoiceLink.id))
        ],
        # What Alexa's APIs told or hold for the couple (device and reminder ids are Amazon's, left out).
        "alexa_device_time_zones": [
            _row(d, "timezone", "checked_at")
            for d in session.scalars(
                select(DeviceTimeZone).where(DeviceTimeZone.couple_id == couple_id).order_by(DeviceTimeZone.id)
            )
        ],
        "alexa_reminders": [
            _row(r, "kind", "weekday", "at", "couple_timezone", "device_timezone", "created_at", "updated_at")
            for r in session.scalars(
                select(AlexaReminder).where(AlexaReminder.couple_id == couple_id).order_by(AlexaReminder.id)
            )
        ],
        "journal": {
            # The exporting partner's own entries, private ones included.
            "mine": [
                _row(j, "id", "body", "created_at", "shared_at", "shared_text")
                for j in session.scalars(
                    select(JournalEntry)
                    .where(JournalEntry.author_id == partner.id, JournalEntry.deleted_at.is_(None))
                    .order_by(JournalEntry.created_at, JournalEntry.id)
                )
            ],
            # The other partner's: only what they chose to share.
            "shared_with_me": [
                {
                    "id": e.id,
                    "author_id": e.author_id,
                    "text": e.text,
                    "created_at": _plain(e.written_at),
                    "shared_at": _plain(e.shared_at),
                }
                for e in reversed(shared_entries(session, couple_id))
                if e.author_id != partner.id
            ],
        },
    }


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def iter_log_csv(session: Session, partner: Partner) -> Iterator[str]:
    """The couple's log as CSV, oldest first, in chunks of a few hundred rows: ready to stream
    in constant memory (the rows are fetched as many at a time)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def taken() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    names = {p.id: p.name for p in partner.couple.partners}
    items = item_names(session, partner.couple_id)
    writer.writerow(CSV_COLUMNS)
    rows = session.execute(
        select(
            LogEntry.local_date,
            LogEntry.partner_id,
            LogEntry.kind,
            LogEntry.lineage_id,
            LogEntry.note,
            LogEntry.source,
            LogEntry.created_at,
            LogEntry.acknowledged_at,
        )
        .where(LogEntry.couple_id == partner.couple_id)
        .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
        .execution_options(yield_per=_ROWS_PER_FETCH)
    )
    for n, (day, partner_id, kind, lineage_id, note, source, created_at, acknowledged_at) in enumerate(rows, 1):
        writer.writerow(
            (
                day.isoformat(),
                _cell(names.get(partner_id, "")),
                kind.value,
                _cell(items.get(lineage_id, "") if lineage_id else ""),
                _cell(note),
                source.value,
                created_at.isoformat(),
                acknowledged_at.isoformat() if acknowledged_at else "",
            )
        )
        if n % _ROWS_PER_FETCH == 0:
            yield taken()
    if rest := taken():
        yield rest


def export_log_csv(session: Session, partner: Partner) -> str:
    return "".join(iter_log_csv(session, partner))
