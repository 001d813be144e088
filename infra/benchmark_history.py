"""The same couple with one day of history, with its pages' windows full, and with five years
of it: every page and the voice answers this project owns, side by side, with the ratios.

    .venv/bin/python infra/benchmark_history.py [--years 5 | --days N] [--full-days 183] [--runs 9]

Seeds a temporary SQLite file (and, when TRUST_TRACKER_TEST_POSTGRES_URL names a server,
that PostgreSQL database too: `infra/with-postgres.sh .venv/bin/python
infra/benchmark_history.py`) with one couple, four commitments and an entry per
commitment per day for both partners (written in bulk, then `stats.rebuild` computes the
figures, as `trust-tracker db rebuild-stats` does), three times: with one day of history,
with 26 weeks of it (every page's window full: Charts' calendars, History's 50 entries),
and with `--years` of it. Then it times the pages through Flask's test client (home,
Today, History, Charts, the CSV export) and the voice requests through the simulator and
the real skill ("how are we doing", a keep, a moment, "undo that" and its yes), and prints
the fastest of several runs (taken in turns, so a busy machine slows them alike) and the
ratios of the long history to one day and to the windows full, both of this process's CPU
time and of the wall time. The goal: every page within 1.5x and every voice request within
1.2x of the one-day couple's, except the full export, which streams in constant memory but
is as long as the history. A page that shows a fixed window (Charts' 26 weeks, History's 50
entries) costs more full than empty: the ratio to the windows full is what the couple's age
alone adds. It asserts nothing: a measuring tool."""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trust_tracker.models import accounts, contracts, stats, voice
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Conversation, InteractionModel
from trust_tracker.web import create_app

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
PASSWORD = "benchmark password"
USER, VOICE = "amzn1.ask.account.BENCH", "amzn1.ask.person.ALEX"
SECRET_KEY = "benchmark only"  # the site's, and the key its pairing codes are kept under
# Enough history to fill every page's window: Charts' 26 weeks of calendars (and its 90 days
# of rates), History's 50 entries, Today's four weeks. Past it, only what grows with the
# couple's age can make a page slower.
WINDOW_FULL_DAYS = 26 * 7 + 1


def seed(engine: Engine, days: int) -> tuple[int, int]:
    """One couple with `days` days of history (today included); returns (couple id, entries written)."""
    sessions = make_sessionmaker(engine, SECRET_KEY)
    rng = random.Random(4)
    with sessions() as session, session.begin():
        alex = accounts.sign_up(
            session, name="Alex", email="alex@example.com", password=PASSWORD, timezone="Europe/Berlin"
        )
        token = accounts.create_invitation(session, alex, now=NOW)
        sam = accounts.join(session, token=token, name="Sam", email="sam@example.com", password=PASSWORD, now=NOW)
        start = NOW - timedelta(days=days - 1)
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
        for offset in range(days - 1):  # today is left to log during the benchmark
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
        # In bulk, past the ORM (which refuses bulk writes of entries), then the figures rebuilt.
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(LogEntry.__table__), rows[chunk : chunk + 5000])
        stats.rebuild(session, [alex.couple_id])
        couple_id = alex.couple_id
        code = voice.issue_pairing_code(session, alex, now=NOW)
        voice.link_device(session, code, alexa_user_id=USER, person_id=VOICE, now=NOW)
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


Case = tuple[Callable[[], object], Callable[[], object] | None]


def timed_in_turns(runs: int, cases: list[Case]) -> tuple[list[float], list[float]]:
    """The fastest of `runs` runs of each case, in milliseconds, taken in turns (one, then the
    next) so a busy machine slows them alike; a warm-up run first; `reset` runs untimed after
    each. Two figures each: the wall time, and the CPU time of this process, which waiting for
    a busy machine's cores does not inflate (on PostgreSQL it leaves out the server's own work)."""
    wall, cpu = [float("inf")] * len(cases), [float("inf")] * len(cases)
    for run in range(runs + 1):
        for i, (action, reset) in enumerate(cases):
            started, used = time.perf_counter(), time.process_time()
            action()
            if run:
                wall[i] = min(wall[i], (time.perf_counter() - started) * 1000)
                cpu[i] = min(cpu[i], (time.process_time() - used) * 1000)
            if reset is not None:
                reset()
    return wall, cpu


def prepare(engine: Engine, days: int) -> tuple[dict[str, Case], int]:
    """The pages and voice requests to time for a couple with `days` days of history, and its entry count."""
    couple_id, _written = seed(engine, days)
    sessions = make_sessionmaker(engine, SECRET_KEY)
    app = create_app(
        {
            "SESSION_FACTORY": sessions,
            "SECRET_KEY": SECRET_KEY,
            "WTF_CSRF_ENABLED": False,
            "CLOCK": lambda: NOW,
            "INSTANCE_PATH": tempfile.mkdtemp(prefix="trust-tracker-bench-"),
        }
    )
    client = app.test_client()
    assert client.post("/login", data={"email": "alex@example.com", "password": PASSWORD}).status_code == 302

    def get(url: str) -> Callable[[], object]:
        def fetch() -> object:
            response = client.get(url, follow_redirects=True)
            assert response.status_code == 200, (url, response.status_code)
            return response.get_data()  # a streamed body is read to its end

        return fetch

    skill, model = build_skill(), InteractionModel.load()

    def say(*utterances: str) -> Callable[[], object]:
        def speak() -> object:
            device = Conversation(user_id=USER, person_id=VOICE)
            for utterance in utterances:
                match = device.hear(model, utterance)
                assert match is not None, utterance
                response = invoke(skill, sessions, device.request(match, timestamp=NOW), now=NOW)
                device.update(response)
            return response

        return speak

    def forget_today() -> None:
        """What a timed voice request logged today is taken back, untimed, one entry at a time."""
        with sessions() as session, session.begin():
            for entry in session.scalars(
                select(LogEntry).where(LogEntry.couple_id == couple_id, LogEntry.local_date == NOW.date())
            ):
                session.delete(entry)

    def log_one() -> None:
        say("I kept my promise to call when late")()

    cases: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
        ("page: home (/ to Today)", get("/"), None),
        ("page: /today/", get("/today/"), None),
        ("page: /history/", get("/history/"), None),
        ("page: /history/charts", get("/history/charts"), None),
        ("page: /account/log.csv (everything)", get("/account/log.csv"), None),
        ("voice: how are we doing", say("how are we doing"), None),
        ("voice: I kept my promise to call when late", say("I kept my promise to call when late"), forget_today),
        ("voice: note a moment of reliability", say("note a moment of reliability Sam was on time"), forget_today),
        ("voice: undo that, yes", say("undo that", "yes"), log_one),
    ]
    log_one()  # "undo that" has something to take back from its first run
    with sessions() as session:
        total = session.scalar(select(func.count(LogEntry.id))) or 0
    return {name: (action, reset) for name, action, reset in cases}, total


def _span(days: int) -> str:
    if days > 365 and days % 365 == 1:
        return f"{days // 365} years"
    return f"{days // 7} weeks" if days % 7 == 1 and days > 7 else f"{days} day{'s' if days != 1 else ''}"


def compare(label: str, fresh: Callable[[], Engine], spans: tuple[int, int, int], runs: int) -> None:
    """The three couples side by side: one day, the windows full, and the long history; each
    page's ratio of the long history to one day and to the windows full."""
    started = time.perf_counter()
    prepared = [prepare(fresh(), n) for n in spans]
    names = [_span(n) for n in spans]
    print(f"{label}: seeded in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    load = "/".join(f"{figure:.1f}" for figure in os.getloadavg())
    print(f"\n{label}: fastest of {runs} runs in ms, {' against '.join(names)} of history, taken in turns")
    print(f"(load average {load} over 1/5/15 minutes as the timing began: a busy machine slows them alike)")
    print(f"({' against '.join(f'{total:,}' for _, total in prepared)} log entries)\n")
    one, full = names[:2]
    heads = [f"CPU {n}" for n in names] + [f"/{one}", f"/{full}"] + names + [f"/{one}", f"/{full}"]
    print(f"| {'what':44} | " + " | ".join(f"{h:>9}" for h in heads) + " |")
    print(f"|{'-' * 46}|" + "|".join("-" * (max(9, len(h)) + 2) for h in heads) + "|")
    for name in prepared[0][0]:
        wall, cpu = timed_in_turns(runs, [cases[name] for cases, _ in prepared])
        cells = []
        for figures in (cpu, wall):
            cells += [f"{figure:9.1f}" for figure in figures]
            cells += [f"{figures[2] / figures[0]:8.2f}x", f"{figures[2] / figures[1]:8.2f}x"]
        print(
            f"| {name:44} | " + " | ".join(f"{c:>{max(9, len(h))}}" for c, h in zip(cells, heads, strict=True)) + " |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--days", type=int, help="this many days of history instead of --years (a quick check)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--full-days",
        type=int,
        default=WINDOW_FULL_DAYS,
        help="the middle couple's days of history: every page's window full (at most the long history)",
    )
    args = parser.parse_args()
    days = args.days or 365 * args.years + 1
    spans = (1, max(1, min(args.full_days, days)), days)
    with tempfile.TemporaryDirectory(prefix="trust-tracker-bench-") as folder:
        made = iter(range(3))

        def sqlite_engine() -> Engine:
            engine = make_engine(f"sqlite:///{Path(folder) / f'bench-{next(made)}.db'}")
            upgrade(engine)
            return engine

        compare("SQLite", sqlite_engine, spans, args.runs)
    url = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
    if url:
        schemas = iter(("bench_one_day", "bench_window_full", "bench_years"))

        def postgres_engine() -> Engine:
            """A schema of its own in the test database, so both couples are there at once."""
            schema = next(schemas)
            with make_engine(url).begin() as connection:
                connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
                connection.execute(text(f"CREATE SCHEMA {schema}"))
            engine = make_engine(url, connect_args={"options": f"-csearch_path={schema}"})
            upgrade(engine)
            return engine

        compare("PostgreSQL", postgres_engine, spans, args.runs)
    else:
        print("\n(PostgreSQL skipped: set TRUST_TRACKER_TEST_POSTGRES_URL, e.g. through infra/with-postgres.sh)")


if __name__ == "__main__":
    main()
