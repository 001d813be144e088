"""Migration 0005: keeps written twice before the once-a-day index are merged, nothing else lost."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace

import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tests.conftest import NOW, make_couple
from tests.factories import lineages_of_old
from trust_tracker.models.base import UTCDateTime
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Setback, Source

DAY = date(2026, 11, 20)
# The setback table as it was then: its reflection in two columns, without an author (see 0010).
old_setback = sa.table(
    "setback",
    sa.column("couple_id", sa.Integer),
    sa.column("log_entry_id", sa.Integer),
    sa.column("trigger", sa.Text),
    sa.column("prevention", sa.Text),
    sa.column("created_at", UTCDateTime()),
)


def _at(hour: int) -> datetime:
    return datetime.combine(DAY, time(hour), tzinfo=UTC)


def test_duplicates_merge_into_the_earliest_keeping_notes_acknowledgements_and_setbacks(own_engine) -> None:
    before = ScriptDirectory.from_config(alembic_config(own_engine)).get_revision("0005").down_revision
    upgrade(own_engine, str(before))
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        call, talk = lineages_of_old(session, alex.couple_id, [ItemKind.COMMITMENT, ItemKind.COMMITMENT])

        def entry(partner, kind, lineage, hour, note="", acknowledged=None, day=DAY) -> SimpleNamespace:
            # Only the columns of that time (the ORM's LogEntry has later ones, and its figures later tables).
            values = {
                "couple_id": alex.couple_id,
                "partner_id": partner.id,
                "kind": kind,
                "lineage_id": lineage,
                "local_date": day,
                "created_at": _at(hour),
                "note": note,
                "source": Source.WEB,
                "acknowledged_at": acknowledged,
            }
            result = session.execute(insert(LogEntry.__table__).values(values))
            return SimpleNamespace(id=result.inserted_primary_key[0])

        # Three keeps of one call, the earliest written last; the later ones say more.
        later = entry(alex, LogKind.KEPT, call, 9, note="rang at six", acknowledged=_at(22))
        latest = entry(alex, LogKind.KEPT, call, 10, note="rang at six")
        earliest = entry(alex, LogKind.KEPT, call, 8)
        # Two misses of the talk, each with a reflection.
        missed = entry(alex, LogKind.MISSED, talk, 18)
        missed_again = entry(alex, LogKind.MISSED, talk, 19)
        # Sam's two misses of the talk: only the later one has a reflection.
        sams_miss = entry(sam, LogKind.MISSED, talk, 17)
        sams_miss_again = entry(sam, LogKind.MISSED, talk, 20)
        session.execute(
            sa.insert(old_setback),
            [
                {
                    "couple_id": alex.couple_id,
                    "created_at": NOW,
                    "log_entry_id": missed.id,
                    "trigger": "tired",
                    "prevention": "",
                },
                {
                    "couple_id": alex.couple_id,
                    "created_at": NOW,
                    "log_entry_id": missed_again.id,
                    "trigger": "late",
                    "prevention": "alarm",
                },
                {
                    "couple_id": alex.couple_id,
                    "created_at": NOW,
                    "log_entry_id": sams_miss_again.id,
                    "trigger": "forgot",
                    "prevention": "",
                },
            ],
        )
        # Not duplicates: Sam's keep, a miss of the call the next day (0011 keeps one of kept or
        # missed a day), moments of reliability, a hard day twice.
        others = [
            entry(sam, LogKind.KEPT, call, 11),
            entry(alex, LogKind.MISSED, call, 12, day=DAY + timedelta(days=1)),
            entry(alex, LogKind.RELIABILITY, call, 13),
            entry(alex, LogKind.RELIABILITY, call, 14),
            entry(alex, LogKind.HARD_DAY, None, 15),
            entry(alex, LogKind.HARD_DAY, None, 16),
        ]
        ids = {
            "alex": alex.id,
            "sam": sam.id,
            "earliest": earliest.id,
            "missed": missed.id,
            "sams": sams_miss.id,
            "others": {o.id for o in others},
        }
        dropped = {later.id, latest.id, missed_again.id, sams_miss_again.id}

    upgrade(own_engine)

    with Session(own_engine) as session:
        left = {e.id: e for e in session.scalars(select(LogEntry))}
        assert set(left) == {ids["earliest"], ids["missed"], ids["sams"], *ids["others"]}
        assert not dropped & set(left)
        kept = left[ids["earliest"]]
        assert (kept.note, kept.acknowledged_at) == ("rang at six", _at(22))
        # 0010 then gave each merged reflection to the partner whose miss it was about.
        setbacks = {
            s.log_entry_id: [(r.author_id, r.trigger, r.prevention) for r in s.reflections]
            for s in session.scalars(select(Setback))
        }
        assert setbacks == {
            ids["missed"]: [(ids["alex"], "tired late", "alarm")],
            ids["sams"]: [(ids["sam"], "forgot", "")],
        }
