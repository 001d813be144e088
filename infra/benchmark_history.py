"""How fast the history pages are for a couple with five years of daily entries.

    .venv/bin/python infra/benchmark_history.py [--years 5] [--runs 5]

Seeds a temporary SQLite file (and, when TRUST_TRACKER_TEST_POSTGRES_URL names a
server, that PostgreSQL database too: `infra/with-postgres.sh .venv/bin/python
infra/benchmark_history.py`) with one couple, four commitments and an entry per
commitment per day for both partners, then times the history pages through Flask's
test client and the chart computations on their own, and prints the figures. It
asserts nothing about time: it is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trust_tracker.models import accounts, charts, contracts, export
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source
from trust_tracker.web import create_app

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
PASSWORD = "benchmark password"


def seed(engine: Engine, years: int) -> tuple[int, int]:
    """One couple with `years` of history; returns (couple id, entries written)."""
    sessions = make_sessionmaker(engine)
    rng = random.Random(4)
    with sessions() as session, session.begin():
        alex = accounts.sign_up(
            session, name="Alex", email="alex@example.com", password=PASSWORD, timezone="Europe/Berlin"
        )
        token = accounts.create_invitation(session, alex, now=NOW)
        sam = accounts.join(session, token=token, name="Sam", email="sam@example.com", password=PASSWORD, now=NOW)
        start = NOW - timedelta(days=365 * years)
        version = contracts.propose_version(
            session,
            alex,
            [
                ItemDraft(ItemKind.COMMITMENT, "Call when running late", short_name="call when late", owner_id=alex.id),
                ItemDraft(
                    ItemKind.COMMITMENT,
                    "Evening talk",
                    short_name="evening talk",
                    cadence=Cadence.WEEKDAYS,
                    weekdays="024",
                ),
                ItemDraft(ItemKind.COMMITMENT, "Share my location when travelling", owner_id=sam.id),
                ItemDraft(ItemKind.COMMITMENT, "House jobs", cadence=Cadence.WEEKLY, times_per_week=3),
            ],
            now=start,
        )
        contracts.agree_version(session, sam, version.id, now=start)
        lineages = [item.lineage_id for item in version.items]
        rows = []
        first = start.date()
        for offset in range(365 * years + 1):
            day = first + timedelta(days=offset)
            at = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=19)
            for lineage_id in lineages:
                for partner in (alex, sam):
                    kind = LogKind.KEPT if rng.random() < 0.9 else LogKind.MISSED
                    rows.append(_row(alex.couple_id, partner.id, kind, lineage_id, day, at))
            if rng.random() < 0.1:
                rows.append(_row(alex.couple_id, rng.choice((alex, sam)).id, LogKind.RELIABILITY, None, day, at))
            if rng.random() < 0.03:
                rows.append(_row(alex.couple_id, rng.choice((alex, sam)).id, LogKind.HARD_DAY, None, day, at))
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(LogEntry), rows[chunk : chunk + 5000])
        couple_id = alex.couple_id
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("ANALYZE"))
    return couple_id, len(rows)


def _row(couple_id: int, partner_id: int, kind: LogKind, lineage_id: int | None, day: date, at: datetime) -> dict:
    return {
        "couple_id": couple_id,
        "partner_id": partner_id,
        "kind": kind,
        "lineage_id": lineage_id,
        "local_date": day,
        "created_at": at,
        "note": "",
        "source": Source.VOICE,
    }


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """(fastest, median) in milliseconds, after one warm-up run."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return min(times), statistics.median(times)


def measure(label: str, engine: Engine, years: int, runs: int) -> None:
    started = time.perf_counter()
    couple_id, written = seed(engine, years)
    print(f"\n{label}: seeded {written:,} entries ({years} years) in {time.perf_counter() - started:.1f} s")
    sessions = make_sessionmaker(engine)
    app = create_app(
        {
            "SESSION_FACTORY": sessions,
            "SECRET_KEY": "benchmark only",
            "WTF_CSRF_ENABLED": False,
            "CLOCK": lambda: NOW,
            "INSTANCE_PATH": tempfile.mkdtemp(prefix="trust-tracker-bench-"),
        }
    )
    client = app.test_client()
    assert client.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 302

    def get(url: str) -> Callable[[], object]:
        def fetch() -> object:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        return fetch

    def with_session(work: Callable[[Session], object]) -> Callable[[], object]:
        def run() -> object:
            with sessions() as session:
                return work(session)

        return run

    today = NOW.date()
    cases = [
        ("GET /history/ (newest page)", get("/history/")),
        ("GET /history/?page=100", get("/history/?page=100")),
        ("GET /history/charts", get("/history/charts")),
        ("charts.commitment_stats", with_session(lambda s: charts.commitment_stats(s, couple_id, NOW))),
        (
            "charts.heatmaps (26 weeks)",
            with_session(lambda s: charts.heatmaps(s, couple_id, today - timedelta(weeks=26), today, NOW)),
        ),
        ("charts.weekly_kept_missed", with_session(lambda s: charts.weekly_kept_missed(s, couple_id, NOW))),
        ("charts.monthly_trend", with_session(lambda s: charts.monthly_trend(s, couple_id, NOW))),
        (
            "export.export_log_csv (everything)",
            with_session(lambda s: export.export_log_csv(s, accounts.partner_by_email(s, "alex@example.com"))),
        ),
    ]
    with sessions() as session:
        total = session.scalar(select(func.count(LogEntry.id)))
    print(f"{'what':40} {'fastest ms':>11} {'median ms':>10}   ({total:,} log entries, {runs} runs)")
    for name, action in cases:
        fastest, median = timed(runs, action)
        print(f"{name:40} {fastest:11.1f} {median:10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="trust-tracker-bench-") as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(engine)
        measure("SQLite", engine, args.years, args.runs)
        engine.dispose()
    url = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
    if url:
        engine = make_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        upgrade(engine)
        measure("PostgreSQL", engine, args.years, args.runs)
        engine.dispose()
    else:
        print("\n(PostgreSQL skipped: set TRUST_TRACKER_TEST_POSTGRES_URL, e.g. through infra/with-postgres.sh)")


if __name__ == "__main__":
    main()
