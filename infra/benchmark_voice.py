"""How fast the skill answers, side by side with a bare ask-sdk-core skill.

    .venv/bin/python infra/benchmark_voice.py [--runs 200] [--years 5] [--port 8250]

Two servers on loopback, each its own process served by waitress as `trust-tracker
serve` serves: the project (development mode, so without request verification) and a
bare skill, a Flask app that deserializes the envelope, runs one ask-sdk-core handler
that says one sentence, and serializes the response. Both get the same envelopes, for
Alex, whose device is linked by pairing code and whose voice Alexa knows: the four
requests of issue 12, each a new session as a one-shot "Alexa, ask trust tracker to ..."
is. The project is measured twice: a couple with one day of history, and the same
couple with five years of daily history (infra/benchmark_history.py's seed). A keep is
allowed once a day, so the day's keep is deleted again between runs (not timed).
Request verification is measured on its own, in this process, against a throwaway
certificate authority (tests/alexa_ca.py), and added to the table.

It prints the median milliseconds per request and the ratios; it asserts nothing about
time: it is a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "infra"))

import benchmark_history  # noqa: E402
from sqlalchemy import delete, select  # noqa: E402

from trust_tracker.models import voice  # noqa: E402
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade  # noqa: E402
from trust_tracker.models.entities import ContractItem, LogEntry, LogKind, Partner  # noqa: E402
from trust_tracker.skill.requests import intent_request  # noqa: E402

USER = "amzn1.ask.account.BENCHMARK"
VOICE = "amzn1.ask.person.BENCHMARK-ALEX"
CASES: list[tuple[str, str, dict[str, str]]] = [
    ('"I kept my promise to call when late"', "LogKeptIntent", {"commitment": "call when late"}),
    ('"note a moment of reliability: ..."', "LogReliabilityIntent", {"note": "Sam was on time for our talk"}),
    ('"what are this week\'s check-in questions"', "ReadCheckInQuestionsIntent", {}),
    ('"how are we doing"', "ProgressIntent", {}),
]
WARM_UP = 20


def bare_app() -> Any:
    """The floor: deserialize, one handler, serialize; Flask and waitress as the project has them."""
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_core.skill_builder import SkillBuilder
    from ask_sdk_model import RequestEnvelope
    from flask import Flask, jsonify, request

    class SayOneThing(AbstractRequestHandler):
        def can_handle(self, handler_input: Any) -> bool:
            return True

        def handle(self, handler_input: Any) -> Any:
            return handler_input.response_builder.speak("Logged: you kept your promise.").response

    builder = SkillBuilder()
    builder.add_request_handler(SayOneThing())
    skill = builder.create()
    serializer = DefaultSerializer()
    app = Flask("bare")

    @app.post("/alexa")
    def alexa() -> Any:
        envelope = serializer.deserialize(request.get_data(as_text=True), RequestEnvelope)
        return jsonify(serializer.serialize(skill.invoke(request_envelope=envelope, context=None)))

    return app


def serve(which: str, port: int, database_url: str) -> None:
    """In a child process: serve the bare skill, or the project as `trust-tracker serve --dev` does."""
    import waitress

    if which == "bare":
        app = bare_app()
    else:
        from trust_tracker.web import create_app

        app = create_app(
            {
                "DATABASE_URL": database_url,
                "DEV_MODE": True,
                "ALEXA_VERIFY": False,
                "SECRET_KEY": "benchmark only",
                "INSTANCE_PATH": tempfile.mkdtemp(prefix="trust-tracker-bench-"),
            }
        )
    waitress.serve(app, host="127.0.0.1", port=port, _quiet=True)


@contextmanager
def server(which: str, port: int, database_url: str = "") -> Iterator[tuple[http.client.HTTPConnection, int]]:
    """A child process serving `which` on `port`: a kept-alive connection to it, and its pid."""
    process = subprocess.Popen([sys.executable, __file__, "--serve", which, str(port), database_url])
    try:
        deadline = time.monotonic() + 30
        while True:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.connect()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit(f"the {which} server did not start on port {port}") from None
                time.sleep(0.1)
        yield connection, process.pid
        connection.close()
    finally:
        process.terminate()
        process.wait(10)


def post(connection: http.client.HTTPConnection, envelope: dict[str, Any]) -> dict[str, Any]:
    body = json.dumps(envelope).encode()
    connection.request("POST", "/alexa", body, {"Content-Type": "application/json"})
    response = connection.getresponse()
    payload = response.read()
    if response.status != 200:
        raise SystemExit(f"/alexa answered {response.status}: {payload[:200]!r}")
    return json.loads(payload)


def spoken(answer: dict[str, Any]) -> str:
    return str(answer.get("response", {}).get("outputSpeech", {}).get("ssml", ""))


def timed(
    runs: int,
    action: Callable[[], object],
    between: Callable[[], object] = lambda: None,
    cpu: Callable[[], float] = time.process_time,
) -> tuple[float, float]:
    """Median wall ms of `action` over `runs` after a warm-up (`between` runs untimed before each),
    and the CPU ms per run that `cpu` (a process's CPU seconds) counted meanwhile."""
    times = []
    for run in range(WARM_UP + runs):
        between()
        if run == WARM_UP:
            cpu_before = cpu()
        started = time.perf_counter()
        action()
        if run >= WARM_UP:
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), (cpu() - cpu_before) * 1000 / runs


def cpu_seconds(pid: int) -> Callable[[], float]:
    """The CPU seconds process `pid` has used so far (Linux: /proc), as a callable."""
    tick = os.sysconf("SC_CLK_TCK")

    def used() -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick  # utime, stime

    return used


def seeded_database(folder: Path, years: int, now: datetime) -> str:
    """A migrated SQLite file with the benchmark couple, `years` of history up to `now`; its URL."""
    url = f"sqlite:///{folder / f'voice-{years}.db'}"
    engine = make_engine(url)
    upgrade(engine)
    benchmark_history.NOW = now  # the seed's history ends today, so "this week" has entries
    benchmark_history.seed(engine, years)
    engine.dispose()
    return url


def link_by_pairing_code(connection: http.client.HTTPConnection, url: str) -> None:
    """Alex's device linked as a person would: a code from the site, said to the skill by Alex's voice."""
    engine = make_engine(url)
    with make_sessionmaker(engine).begin() as session:
        alex = session.scalars(select(Partner).where(Partner.email == "alex@example.com")).one()
        code = voice.issue_pairing_code(session, alex)
    engine.dispose()
    answer = post(connection, intent_request("LinkDeviceIntent", {"code": code}, user_id=USER, person_id=VOICE))
    if "Alex" not in spoken(answer):
        raise SystemExit(f"linking failed: {spoken(answer)}")


def forget_todays_keep(url: str) -> Callable[[], None]:
    """Delete Alex's keep or miss of "call when late" since yesterday, so the next keep is logged again."""
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        alex = session.scalars(select(Partner.id).where(Partner.email == "alex@example.com")).one()
        lineage = session.scalars(
            select(ContractItem.lineage_id).where(ContractItem.short_name == "call when late")
        ).first()

    def forget() -> None:
        with sessions.begin() as session:
            session.execute(
                delete(LogEntry).where(
                    LogEntry.partner_id == alex,
                    LogEntry.lineage_id == lineage,
                    LogEntry.kind.in_((LogKind.KEPT, LogKind.MISSED)),
                    LogEntry.local_date >= (datetime.now(UTC) - timedelta(days=1)).date(),
                )
            )

    return forget


def measure(connection: http.client.HTTPConnection, pid: int, runs: int, url: str | None) -> list[tuple[float, float]]:
    """(median wall ms, server CPU ms) of each case through `connection` to the server `pid`;
    `url`: the project's database (None for the bare skill)."""
    figures = []
    for _, intent, slots in CASES:

        def ask(intent: str = intent, slots: dict[str, str] = slots) -> None:
            post(connection, intent_request(intent, slots, user_id=USER, person_id=VOICE))

        between = forget_todays_keep(url) if url and intent == "LogKeptIntent" else (lambda: None)
        figures.append(timed(runs, ask, between, cpu_seconds(pid)))
    return figures


def profile(url: str, runs: int) -> None:
    """In this process, through Flask's test client: SQL statements per request and cProfile's top lines."""
    import cProfile
    import pstats

    from sqlalchemy import event

    from trust_tracker.web import create_app

    engine = make_engine(url)
    app = create_app(
        {
            "SESSION_FACTORY": make_sessionmaker(engine),
            "DEV_MODE": True,
            "ALEXA_VERIFY": False,
            "SECRET_KEY": "benchmark only",
            "INSTANCE_PATH": tempfile.mkdtemp(prefix="trust-tracker-bench-"),
        }
    )
    client = app.test_client()
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    forget = forget_todays_keep(url)
    for label, intent, slots in CASES:
        envelopes = [intent_request(intent, slots, user_id=USER, person_id=VOICE) for _ in range(runs)]
        profiler = cProfile.Profile(time.process_time)  # CPU time: other work on the machine does not count
        for envelope in envelopes:
            if intent == "LogKeptIntent":
                forget()
            statements.clear()
            profiler.enable()
            answer = client.post("/alexa", json=envelope, environ_base={"REMOTE_ADDR": "127.0.0.1"})
            profiler.disable()
        print(f"\n{label}: {len(statements)} SQL statements; says {spoken(answer.get_json())[:90]!r}")
        for statement in statements:
            print("   ", " ".join(statement.split())[:150])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
    engine.dispose()


def verification_ms(runs: int) -> float:
    """Median ms for RequestVerifier.verify of one signed request (chain cached, as in a running server)."""
    from tests.alexa_ca import TestCA

    ca = TestCA(now=datetime.now(UTC))
    verifier = ca.verifier()
    body = json.dumps(ca.envelope()).encode()
    headers = ca.headers(body)
    return timed(runs, lambda: verifier.verify(headers, body))[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--port", type=int, default=8250, help="the first of three loopback ports")
    parser.add_argument("--profile", action="store_true", help="SQL statements and cProfile per request instead")
    parser.add_argument("--serve", nargs=3, metavar=("WHICH", "PORT", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]), args.serve[2])
        return
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="trust-tracker-bench-") as folder:
        print(f"Seeding one day and {args.years} years of daily history (SQLite) ...", flush=True)
        databases = {years: seeded_database(Path(folder), years, now) for years in (0, args.years)}
        if args.profile:
            with server("project", args.port, databases[args.years]) as (connection, _):
                link_by_pairing_code(connection, databases[args.years])
            profile(databases[args.years], args.runs)
            return
        with server("bare", args.port) as (connection, pid):
            bare = measure(connection, pid, args.runs, None)
        project = {}
        for offset, (years, url) in enumerate(databases.items(), start=1):
            with server("project", args.port + offset, url) as (connection, pid):
                link_by_pairing_code(connection, url)
                project[years] = measure(connection, pid, args.runs, url)
    check = verification_ms(args.runs)
    long = args.years
    print(f"\n{args.runs} runs each, one machine ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}), SQLite")
    for title, column in (("median wall ms per request", 0), ("server CPU ms per request", 1)):
        print(f"\n{title:44} {'bare':>6} {'1 day':>7} {'ratio':>6} {f'{long} years':>8} {'ratio':>6} {'vs 1 day':>8}")
        for (label, *_), *figures in zip(CASES, bare, project[0], project[long], strict=True):
            floor, short, lengthy = (figure[column] for figure in figures)
            print(
                f"{label:44} {floor:6.2f} {short:7.2f} {short / floor:5.1f}x "
                f"{lengthy:8.2f} {lengthy / floor:5.1f}x {lengthy / short:7.2f}x"
            )
    print(f"\nrequest verification (signature, chain, timestamp, skill ID), CPU ms per request when on: {check:.2f}")


if __name__ == "__main__":
    main()
