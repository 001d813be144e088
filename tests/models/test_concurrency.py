"""Two partners acting at the same moment, on a database of their own (these tests commit).

The second of two simultaneous proposals must get the clear conflict, not a database
error; likewise two people starting this week's check-in at once share one check-in.
"""

from __future__ import annotations

import itertools
import threading

from sqlalchemy import Engine, func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import checkins, contracts, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import (
    CheckIn,
    ContractItem,
    ContractVersion,
    ItemKind,
    LogEntry,
    LogKind,
    Partner,
    Source,
)
from trust_tracker.models.errors import Conflict


def _both_at_once(engine: Engine, act, *, each: int = 1, prepare=None) -> list[object]:
    """Run act(session, partner) for both partners, `each` threads apiece, released together
    (after prepare(session, partners), when given)."""
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        partners = make_couple(session)
        if prepare is not None:
            prepare(session, partners)
        ids = [p.id for p in partners] * each
    start, results = threading.Barrier(len(ids)), []

    def run(partner_id: int) -> None:
        start.wait()
        try:
            with sessions.begin() as session:
                results.append(act(session, session.get_one(Partner, partner_id)))
        except Exception as error:  # the result under test, whatever it is
            results.append(error)

    threads = [threading.Thread(target=run, args=(partner_id,)) for partner_id in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_two_proposals_at_once_one_wins_the_other_is_told(fresh_engine) -> None:
    def propose(session, partner):
        return contracts.propose_version(session, partner, [ItemDraft(ItemKind.COMMITMENT, partner.name)]).id

    results = _both_at_once(fresh_engine, propose)
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "int"], results
    assert "already a proposal" in str(next(r for r in results if isinstance(r, Conflict)))
    with make_sessionmaker(fresh_engine)() as session:
        assert session.scalar(select(func.count(ContractVersion.id))) == 1


def test_both_starting_the_check_in_at_once_share_one(fresh_engine) -> None:
    def answer(session, partner):
        return checkins.save_answer(session, partner, 0, f"{partner.name} here", source=Source.VOICE, now=NOW).id

    results = _both_at_once(fresh_engine, answer)
    assert all(isinstance(r, int) for r in results), results
    with make_sessionmaker(fresh_engine)() as session:
        assert session.scalar(select(func.count(CheckIn.id))) == 1


def test_many_keeps_of_one_commitment_at_once_write_one_row_per_partner(fresh_engine) -> None:
    def shared_commitment(session, partners):
        version = contracts.propose_version(session, partners[0], [ItemDraft(ItemKind.COMMITMENT, "Call when late")])
        contracts.agree_version(session, partners[1], version.id, now=NOW)

    def keep(session, partner):
        lineage_id = session.scalars(select(ContractItem.lineage_id)).one()
        return tracking.log_entry(session, partner, LogKind.KEPT, source=Source.WEB, lineage_id=lineage_id, now=NOW).id

    results = _both_at_once(fresh_engine, keep, each=8, prepare=shared_commitment)
    assert sum(isinstance(r, int) for r in results) == 2, results
    refused = [r for r in results if not isinstance(r, int)]
    assert all(isinstance(r, Conflict) and "already logged as kept today" in str(r) for r in refused), refused
    with make_sessionmaker(fresh_engine)() as session:
        rows = session.execute(select(LogEntry.partner_id, func.count()).group_by(LogEntry.partner_id)).all()
        assert sorted(count for _, count in rows) == [1, 1]


def test_kept_and_missed_racing_for_one_day_write_one_row_per_partner(fresh_engine) -> None:
    def shared_commitment(session, partners):
        version = contracts.propose_version(session, partners[0], [ItemDraft(ItemKind.COMMITMENT, "Call when late")])
        contracts.agree_version(session, partners[1], version.id, now=NOW)

    kinds = itertools.cycle([LogKind.KEPT, LogKind.KEPT, LogKind.MISSED, LogKind.MISSED])

    def keep_or_miss(session, partner):
        lineage_id = session.scalars(select(ContractItem.lineage_id)).one()
        kind = next(kinds)
        return tracking.log_entry(session, partner, kind, source=Source.WEB, lineage_id=lineage_id, now=NOW).id

    results = _both_at_once(fresh_engine, keep_or_miss, each=6, prepare=shared_commitment)
    assert sum(isinstance(r, int) for r in results) == 2, results
    refused = [r for r in results if not isinstance(r, int)]
    assert all(isinstance(r, Conflict) and "already logged as" in str(r) for r in refused), refused
    with make_sessionmaker(fresh_engine)() as session:
        rows = session.execute(select(LogEntry.partner_id, func.count()).group_by(LogEntry.partner_id)).all()
        assert sorted(count for _, count in rows) == [1, 1]
