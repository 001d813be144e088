"""Two partners acting at the same moment, on a database of their own (these tests commit).

The second of two simultaneous proposals must get the clear conflict, not a database
error; likewise two people starting this week's check-in at once share one check-in.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine, func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import checkins, contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import CheckIn, ContractVersion, ItemKind, Partner, Source
from trust_tracker.models.errors import Conflict


def _both_at_once(engine: Engine, act) -> list[object]:
    """Run act(session, partner) for both partners in two threads, released together."""
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        ids = [p.id for p in make_couple(session)]
    start, results = threading.Barrier(2), []

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
