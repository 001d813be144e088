"""Contradicting taps at the same moment (tester-web51): Alex taps Kept and Sam taps Missed on the shared
evening talk, each in its own transaction and thread, the second between the first's look for the partner's
entry and its write (tests/races.py). One is logged; the other is asked "Alex logged it the other way",
never both written. On SQLite the second waits for the first anyway; on PostgreSQL the couple's write
hold (models/figure_lock.py) is taken before the look."""

from __future__ import annotations

from sqlalchemy import Engine, select

from tests.factories import NOW, agreed_contract, make_couple
from tests.races import second_between_look_up_and_write
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import LogEntry, LogKind, Partner
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.logbook import NoteLogged
from trust_tracker.models.logbook_chosen import log_chosen

# The look for both partners' entries of the day (models/kept_together.py), just before the write.
PARTNERS_LOOK = "SELECT log_entry.partner_id, log_entry.kind"


def test_a_keep_and_a_miss_tapped_at_once_are_never_both_written(fresh_engine: Engine) -> None:
    with make_sessionmaker(fresh_engine).begin() as session:
        alex, sam = make_couple(session)
        assert sam is not None
        version = agreed_contract(session, alex, sam)
        talk = next(i for i in version.items if i.short_name == "evening talk")  # shared, due on Wednesdays
        ids, lineage = (alex.id, sam.id), talk.lineage_id

    def tap(partner_id: int, kind: LogKind):
        def act(session):
            return log_chosen(session, session.get_one(Partner, partner_id), kind, lineage_id=lineage, now=NOW)

        return act

    results = second_between_look_up_and_write(
        fresh_engine, tap(ids[0], LogKind.KEPT), tap(ids[1], LogKind.MISSED), look_up=PARTNERS_LOOK
    )
    assert sorted(type(r).__name__ for r in results) == ["NoteLogged", "PartnerLoggedOtherwise"], results
    logged = next(r for r in results if isinstance(r, NoteLogged))
    asked = next(r for r in results if isinstance(r, PartnerLoggedOtherwise))
    assert asked.held is logged.entry.kind and asked.name == ("Alex" if logged.entry.kind is LogKind.KEPT else "Sam")
    with make_sessionmaker(fresh_engine).begin() as session:
        rows = session.execute(select(LogEntry.partner_id, LogEntry.kind).where(LogEntry.lineage_id == lineage)).all()
    assert len(rows) == 1, rows
