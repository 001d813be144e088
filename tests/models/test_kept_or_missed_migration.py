"""Migration 0011: a day logged both kept and missed keeps its miss (and its setback), and the
figures follow; every other entry stays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.factories import NOW, agreed_contract, make_couple, make_entry
from trust_tracker.models import stats
from trust_tracker.models.db import upgrade
from trust_tracker.models.entities import LogEntry, LogKind, Setback
from trust_tracker.models.private_entities import SetbackReflection

DAY = date(2026, 11, 20)


def test_a_day_kept_and_missed_keeps_the_miss_its_reflection_and_both_notes(own_engine) -> None:
    upgrade(own_engine, "0010")
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        call, talk = agreed_contract(session, alex, sam).items[:2]
        kept = make_entry(session, alex, LogKind.KEPT, DAY, call, note="rang")
        missed = make_entry(session, alex, LogKind.MISSED, DAY, call, note="too late")
        session.flush()
        setback = Setback(couple_id=alex.couple_id, log_entry_id=missed.id, created_at=NOW)
        setback.reflections.append(SetbackReflection(author_id=sam.id, trigger="traffic", prevention="leave early"))
        session.add(setback)
        others = [
            make_entry(session, sam, LogKind.KEPT, DAY, call),  # the other partner's day
            make_entry(session, alex, LogKind.KEPT, DAY, talk),  # another commitment
            make_entry(session, alex, LogKind.MISSED, date(2026, 11, 21), call),  # another day
            make_entry(session, alex, LogKind.RELIABILITY, DAY, call),
        ]
        session.flush()
        ids = {"kept": kept.id, "missed": missed.id, "others": {o.id for o in others}, "couple": alex.couple_id}

    upgrade(own_engine)

    with Session(own_engine) as session, session.begin():
        left = {e.id: e for e in session.scalars(select(LogEntry))}
        assert set(left) == {ids["missed"], *ids["others"]}
        assert left[ids["missed"]].note == "too late rang"
        reflections = session.scalars(select(SetbackReflection.trigger)).all()
        assert reflections == ["traffic"]
        # The figures are those of the entries left, as a rebuild from them would make them.
        figures = stats.snapshot(session, ids["couple"])
        stats.rebuild(session, [ids["couple"]])
        assert stats.snapshot(session, ids["couple"]) == figures


def test_the_index_now_refuses_missed_beside_kept(fresh_engine) -> None:
    with Session(fresh_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        call = agreed_contract(session, alex, sam).items[0]
        make_entry(session, alex, LogKind.KEPT, DAY, call)
        session.flush()
        with pytest.raises(IntegrityError), session.begin_nested():
            make_entry(session, alex, LogKind.MISSED, DAY, call)
        # A disputed entry no longer holds the day.
        entry = session.scalars(select(LogEntry)).one()
        entry.disputed_at = datetime.combine(DAY, time(12), tzinfo=UTC)
        make_entry(session, alex, LogKind.MISSED, DAY, call)
        session.flush()
