"""How fast the skill answers, side by side with a bare ask-sdk-core skill.

    .venv/bin/python infra/benchmark_voice.py [--runs 200] [--years 5 | --days N] [--port 8250]
    .venv/bin/python infra/benchmark_voice.py --runs 20 --profile    # SQL statements and cProfile instead
    .venv/bin/python infra/benchmark_voice.py --runs 300 --parts     # CPU ms of each part of a request instead
    infra/with-postgres.sh .venv/bin/python infra/benchmark_voice.py  # SQLite, then PostgreSQL too

Servers on loopback, each its own process served by waitress as `trust-tracker
serve` serves: the project (development mode, so without request verification), a
bare skill, a Flask app that deserializes the envelope, runs one ask-sdk-core handler
that says one sentence, and serializes the response, and the same bare skill whose
handler first does what any request that logs must do, on the one-day couple's database
(a session, one row read, one row written, commit: the second floor, "bare+db"). All get
the same envelopes, for
Alex, whose device is linked by pairing code and whose voice Alexa knows: the four
requests of issue 12, each a new session as a one-shot "Alexa, ask trust tracker to ..."
is, each carrying an address and a token for Alexa's own APIs as every real request does (a
local stand-in for them on loopback, skill/stand_in.py: the device's time zone is asked of it
once a day, and the weekly reminder's slot is checked at every session's start). The project is measured twice: a couple with one day of history, and the same
couple with five years of daily history (infra/benchmark_history.py's seed; `--days`
for a quick check with less). A keep is allowed once a day, so the day's keep is deleted
again between runs (not timed).
Request verification is measured on its own, in this process, against a throwaway
certificate authority (tests/alexa_ca.py), and added to the table. The couple, its envelopes,
the keep forgotten between runs and the bare skill are infra/benchmark_voice_couple.py's.

It prints the median milliseconds per request and the ratios to each floor, on SQLite, then on PostgreSQL
when TRUST_TRACKER_TEST_POSTGRES_URL names a server (a schema per couple); it asserts nothing
about time: it is a measuring tool, not a test. With `--profile` it serves nothing
(infra/benchmark_voice_profile.py): each request goes through Flask's test client in this
process, for both couples, and it prints the SQL statements of one request and where cProfile
saw the CPU time go; with `--parts`, the median CPU ms of each part of a request (the envelope, the
interceptors, each on its own too, the handler, commit, Flask around the view, the account's read,
the distress check),
each timed by a wrapper of its function, and the bare skill's whole request alongside (PostgreSQL
too when it is set).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "infra"))

from benchmark_voice_couple import (  # noqa: E402
    CASES,
    SECRET_KEY,
    alexa_apis,
    bare_app,
    floor_app,
    forget_todays_keep,
    link_by_pairing_code,
    postgres_schema,
    request,
    seeded_database,
)

from trust_tracker.skill.stand_in import AlexaStandIn  # noqa: E402

WARM_UP = 20  # requests per case before timing (--warm-up)


def serve(which: str, port: int, database_url: str) -> None:
    """In a child process: serve the bare skill, the bare skill with its database work (the
    floor), or the project as `trust-tracker serve --dev` does."""
    import waitress

    if which == "bare":
        app = bare_app()
    elif which == "floor":
        app = floor_app(database_url)
    else:
        from trust_tracker.web import create_app

        app = create_app(
            {
                "DATABASE_URL": database_url,
                "DEV_MODE": True,
                "ALEXA_VERIFY": False,
                "SECRET_KEY": SECRET_KEY,  # the key the pairing code was issued under
                "INSTANCE_PATH": tempfile.mkdtemp(prefix="trust-tracker-bench-"),
            }
        )
    gc.freeze()  # as `trust-tracker serve` does (web/cli.py); the bare skill alike
    waitress.serve(app, host="127.0.0.1", port=port, _quiet=True)


@contextmanager
def servers(*wanted: tuple[str, int, str]) -> Iterator[list[tuple[http.client.HTTPConnection, int]]]:
    """Child processes serving each (which, port, database URL), started together (they import
    at once, then idle while another is measured): a kept-alive connection to each, and its pid."""
    processes = [subprocess.Popen([sys.executable, __file__, "--serve", *map(str, spec)]) for spec in wanted]
    connections: list[tuple[http.client.HTTPConnection, int]] = []
    try:
        for (which, port, _), process in zip(wanted, processes, strict=True):
            connections.append((_connect(which, port, process), process.pid))
        yield connections
    finally:
        for connection, _ in connections:
            connection.close()
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(10)


def _connect(which: str, port: int, process: subprocess.Popen[bytes]) -> http.client.HTTPConnection:
    deadline = time.monotonic() + 60
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.connect()
            return connection
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit(f"the {which} server did not start on port {port}") from None
            time.sleep(0.1)


def post(connection: http.client.HTTPConnection, envelope: dict[str, Any]) -> dict[str, Any]:
    body = json.dumps(envelope).encode()
    connection.request("POST", "/alexa", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    payload = response.read()
    if response.status != 200:
        raise SystemExit(f"/alexa answered {response.status}: {payload[:200]!r}")
    return json.loads(payload)


def cpu_seconds(pid: int) -> Callable[[], float]:
    """The CPU seconds process `pid` has used so far (Linux: /proc), as a callable."""
    tick = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime

    return used


def database_cpu_seconds(postgres: str, application: str) -> Callable[[], float]:
    """The CPU seconds PostgreSQL's backends serving `application` (the application_name a server's
    connections give) have used so far, as a callable: read from /proc, so only for a server on
    this machine readable by this user (infra/with-postgres.sh's); a backend gone is counted as last seen."""
    import psycopg

    seen: dict[int, float] = {}

    def used() -> float:
        with psycopg.connect(postgres, autocommit=True) as admin:
            pids = [row[0] for row in admin.execute(_BACKENDS, (application,))]
        for pid in pids:
            with contextlib.suppress(OSError):  # ended meanwhile
                seen[pid] = cpu_seconds(pid)()
        return sum(seen.values())

    return used


_BACKENDS = "SELECT pid FROM pg_stat_activity WHERE application_name = %s"


def _named(port: int) -> str:
    return f"trust-tracker-bench-{port}"


def with_application(url: str, application: str) -> str:
    """A PostgreSQL URL whose connections name themselves `application` (database_cpu_seconds)."""
    return f"{url}{'&' if '?' in url else '?'}application_name={application}"


def measure(
    servers: list[tuple[http.client.HTTPConnection, int, str | None, Callable[[], float] | None]],
    runs: int,
    warm_up: int,
    apis: AlexaStandIn,
) -> list[list[tuple[float, float, float]]]:
    """(median wall ms, server CPU ms, database CPU ms) of each case on each server (a connection,
    its pid, the project's database URL or None for the floors, and the CPU seconds of the database
    backends serving it or None: SQLite's work is the server's own), the servers taken in turns,
    request by request: a machine that gets busier or quieter meanwhile slows or speeds them alike.
    Each server's CPU time is its own process's, summed over its timed requests; so is its backends'."""
    figures: list[list[tuple[float, float, float]]] = [[] for _ in servers]
    for _, intent, slots in CASES:
        envelope = request(intent, slots, apis)
        betweens = [
            forget_todays_keep(url) if url and intent == "LogKeptIntent" else (lambda: None) for _, _, url, _ in servers
        ]
        cpus = [cpu_seconds(pid) for _, pid, _, _ in servers]
        databases = [database or (lambda: 0.0) for _, _, _, database in servers]
        times: list[list[float]] = [[] for _ in servers]
        cpu_before = [0.0 for _ in servers]
        database_before = [0.0 for _ in servers]
        for run in range(warm_up + runs):
            for i, (connection, _, _, _) in enumerate(servers):
                betweens[i]()
                if run == warm_up:
                    cpu_before[i], database_before[i] = cpus[i](), databases[i]()
                started = time.perf_counter()
                post(connection, envelope)
                if run >= warm_up:
                    times[i].append((time.perf_counter() - started) * 1000)
        for i in range(len(servers)):
            cpu = (cpus[i]() - cpu_before[i]) * 1000 / runs
            figures[i].append((statistics.median(times[i]), cpu, (databases[i]() - database_before[i]) * 1000 / runs))
    return figures


def verification_ms(runs: int) -> float:
    """CPU ms per RequestVerifier.verify of one signed request (chain cached, as in a running server)."""
    from tests.alexa_ca import TestCA

    ca = TestCA(now=datetime.now(UTC))
    verifier = ca.verifier()
    body = json.dumps(ca.envelope()).encode()
    headers = ca.headers(body)
    for _ in range(WARM_UP):
        verifier.verify(headers, body)
    started = time.process_time()
    for _ in range(runs):
        verifier.verify(headers, body)
    return (time.process_time() - started) * 1000 / runs


def ratio(value: float, floor: float) -> str:
    return f"{value / floor:5.1f}x" if floor else "    -"  # a bare skill too quick for the clock's ticks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warm-up", type=int, default=WARM_UP, help="requests per case before timing")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--days", type=int, help="this many days of history instead of --years (a quick check)")
    parser.add_argument("--port", type=int, default=8250, help="the first of five loopback ports")
    parser.add_argument("--profile", action="store_true", help="SQL statements and cProfile per request instead")
    parser.add_argument("--parts", action="store_true", help="CPU ms of each part of a request instead (in process)")
    parser.add_argument("--serve", nargs=3, metavar=("WHICH", "PORT", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), args.serve[2])
        return
    now = datetime.now(UTC)
    days = args.days or 365 * args.years + 1
    long = f"{days // 365} years" if days > 365 and days % 365 == 1 else f"{days} days"
    with tempfile.TemporaryDirectory(prefix="trust-tracker-bench-") as folder, alexa_apis(args.port + 4) as apis:
        print(f"Seeding one day and {long} of daily history (SQLite) ...", flush=True)
        sqlite = {n: seeded_database(f"sqlite:///{Path(folder) / f'voice-{n}.db'}", n, now) for n in (1, days)}
        if args.profile or args.parts:
            from benchmark_voice_profile import parts, profile

            databases = {("SQLite", n): url for n, url in sqlite.items()}
            postgres = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
            if postgres and args.parts:  # the parts on PostgreSQL too
                for n in (1, days):
                    schema = postgres_schema(postgres, f"bench_parts_{n}")
                    databases["PostgreSQL", n] = seeded_database(schema, n, now)
            for (database, n), url in databases.items():
                print(f"\n=== {'one day' if n == 1 else long} of history, {database} ===")
                (parts if args.parts else profile)(url, args.runs, args.warm_up, apis)
            return
        tables = [("SQLite", compare(sqlite, args, apis))]
        postgres = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
        if postgres:
            print(f"Seeding one day and {long} of daily history (PostgreSQL) ...", flush=True)
            schemas = {n: postgres_schema(postgres, f"bench_voice_{n}") for n in (1, days)}
            seeded = {n: seeded_database(u, n, now) for n, u in schemas.items()}
            tables.append(("PostgreSQL", compare(seeded, args, apis, postgres)))
    check = verification_ms(args.runs)
    for database, (load, bare, floor, project) in tables:
        print(
            f"\n{args.runs} runs each, the servers in turns, one machine ({os.cpu_count()} cores, "
            f"load {load[0]:.1f} as the timing began, {load[1]:.1f} at its end), {database}"
        )
        print(FLOORS)
        columns = [("median wall ms per request", 0), ("server CPU ms per request", 1)]
        if database == "PostgreSQL":  # its backends' work, which the servers' CPU leaves out
            columns.append(("PostgreSQL backends' CPU ms per request", 2))
        for title, column in columns:
            print(
                f"\n{title:44} {'bare':>6} {'bare+db':>7} {'1 day':>7} {'ratio':>6} {'vs +db':>6} "
                f"{long:>8} {'ratio':>6} {'vs +db':>6} {'vs 1 day':>8}"
            )
            for (label, *_), *figures in zip(CASES, bare, floor, project[1], project[days], strict=True):
                at_bare, at_floor, short, lengthy = (figure[column] for figure in figures)
                print(
                    f"{label:44} {at_bare:6.2f} {at_floor:7.2f} {short:7.2f} {ratio(short, at_bare)} "
                    f"{ratio(short, at_floor)} {lengthy:8.2f} {ratio(lengthy, at_bare)} {ratio(lengthy, at_floor)} "
                    f"{ratio(lengthy, short):>7}"
                )
    if not postgres:
        print("\n(PostgreSQL skipped: set TRUST_TRACKER_TEST_POSTGRES_URL, e.g. through infra/with-postgres.sh)")
    print(f"\nrequest verification (signature, chain, timestamp, skill ID), CPU ms per request when on: {check:.2f}")


FLOORS = (
    "bare: the bare skill (deserialize, one handler, serialize); bare+db: the same whose handler opens a session\n"
    "on the one-day database, reads one row, writes one row and commits; ratio: to bare; vs +db: to bare+db"
)


def compare(
    databases: dict[int, str], args: argparse.Namespace, apis: AlexaStandIn, postgres: str | None = None
) -> tuple[Any, Any, Any, Any]:
    """The bare skill, the floor (on the first database) and the project on each database, served
    side by side and measured in turns: the load as the timing began and ended, the bare skill's
    figures, the floor's, the project's per database. With `postgres` (the server's URL) each
    server's connections carry its port as their name, so its backends' CPU time is counted too."""
    urls = list(databases.values())
    wanted = [
        ("bare", args.port, ""),
        ("floor", args.port + 1, urls[0]),
        *(("project", args.port + 2 + i, url) for i, url in enumerate(urls)),
    ]
    if postgres:
        wanted = [(which, port, url and with_application(url, _named(port))) for which, port, url in wanted]
    backends = [database_cpu_seconds(postgres, _named(port)) if postgres and url else None for _, port, url in wanted]
    with servers(*wanted) as ((connection, pid), (floor_connection, floor_pid), *projects):
        for url, (project_connection, _) in zip(urls, projects, strict=True):
            link_by_pairing_code(lambda envelope, c=project_connection: post(c, envelope), url)
        began = os.getloadavg()[0]
        served = [
            (connection, pid, None, backends[0]),
            (floor_connection, floor_pid, None, backends[1]),  # its own table: no keep to forget
            *((c, p, url, b) for (c, p), url, b in zip(projects, urls, backends[2:], strict=True)),
        ]
        bare, floor, *measured = measure(served, args.runs, args.warm_up, apis)
    return (began, os.getloadavg()[0]), bare, floor, dict(zip(databases, measured, strict=True))


if __name__ == "__main__":
    main()
