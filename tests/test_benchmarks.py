"""The two benchmarks run end to end on a tiny seed and print their tables, so they cannot rot
unnoticed (infra/benchmark_voice.py once stopped at its first keep: a bulk DELETE of entries,
which models/stats.py refuses). They measure nothing here: the figures are not asserted."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import select, text

from trust_tracker.models.db import make_engine
from trust_tracker.models.entities import VoiceLink

ROOT = Path(__file__).resolve().parent.parent
# BENCHMARK_PORTS="5620-5629" keeps the voice benchmark's four servers and its stand-in for
# Alexa's APIs to a range (shared machines).
PORTS = os.environ.get("BENCHMARK_PORTS", "8250-8299")
CASES = (
    '"I kept my promise to call when late"',
    '"note a moment of reliability: ..."',
    '"what are this week\'s check-in questions"',
    '"how are we doing"',
)


def _five_free_ports() -> int:
    """The first of five consecutive free loopback ports in PORTS."""
    low, _, high = PORTS.partition("-")
    for first in range(int(low), int(high) - 3):
        try:
            for port in range(first, first + 5):
                with socket.socket() as probe:
                    # As the servers bind (waitress, http.server): a port the last test's servers left
                    # in TIME_WAIT is free to them.
                    probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                    probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        return first
    raise RuntimeError(f"no five free ports in BENCHMARK_PORTS={PORTS}")


def _infra(script: str) -> Any:
    """infra/<script> as a module (it puts infra/ on the path for its own imports)."""
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), ROOT / "infra" / script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(script: str, *args: str) -> str:
    """What `python infra/<script> <args>` prints, run in this process (the project is imported
    already; the voice benchmark's servers are processes of their own)."""
    module = _infra(script)
    out = io.StringIO()
    with mock.patch.object(sys, "argv", [script, *args]), contextlib.redirect_stdout(out):
        module.main()
    return out.getvalue()


def test_the_voice_benchmark_prints_both_tables_and_what_each_request_said(monkeypatch):
    # SQLite only: its PostgreSQL run makes schemas in the test server's database, which the
    # other workers' tests are using meanwhile (it was run by hand: README, "Speed").
    monkeypatch.delenv("TRUST_TRACKER_TEST_POSTGRES_URL", raising=False)
    out = _run("benchmark_voice.py", "--runs", "2", "--warm-up", "0", "--days", "9", "--port", str(_five_free_ports()))
    assert "2 runs each" in out
    wall, cpu = out.split("median wall ms per request")[1].split("server CPU ms per request")
    for table in (wall, cpu):
        assert re.search(r"bare +bare\+db +1 day +ratio +vs \+db +9 days +ratio +vs \+db +vs 1 day", table)
        for case in CASES:
            row = next(line for line in table.splitlines() if line.startswith(case))
            # both floors, one day and its two ratios, nine days and its two ratios, nine days to one
            figures = re.fullmatch(
                rf"{re.escape(case)} +(\d+\.\d\d) +(\d+\.\d\d) +(\d+\.\d\d)"
                + r" +([\d.]+x|-)" * 2
                + r" +(\d+\.\d\d)"
                + r" +([\d.]+x|-)" * 3,
                row,
            )
            assert figures, row
    assert "bare+db: the same whose handler opens a session" in out
    assert "request verification" in out
    assert "(PostgreSQL skipped" in out
    assert "PostgreSQL backends' CPU" not in out  # SQLite's work is the server's own


def test_the_voice_benchmark_counts_the_cpu_of_the_postgresql_backends_serving_a_server():
    postgres = os.environ.get("TRUST_TRACKER_TEST_POSTGRES_URL")
    if not postgres:
        pytest.skip("PostgreSQL's backends")
    module = _infra("benchmark_voice.py")
    url = module.with_application(postgres, "trust-tracker-bench-test")
    engine = make_engine(url)
    used = module.database_cpu_seconds(postgres, "trust-tracker-bench-test")
    assert used() == 0.0  # no backend of that name yet
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        before = used()
        connection.execute(text("SELECT count(*) FROM generate_series(1, 3000000)"))  # a few hundred ms
        after = used()
    engine.dispose()
    assert after - before > 0.05, (before, after)
    assert used() == after  # the backend gone is counted as last seen


def test_the_floor_reads_the_account_s_link_and_writes_one_row_a_request(tmp_path):
    couple = _infra("benchmark_voice_couple.py")
    url = couple.seeded_database(f"sqlite:///{tmp_path / 'floor.db'}", 1, datetime.now(UTC))
    floor = couple.floor_app(url).test_client()
    envelope = couple.intent_request("LogKeptIntent", {"commitment": "call when late"}, user_id=couple.USER)
    engine = make_engine(url)

    def rows() -> list[tuple[int, str]]:
        with engine.connect() as connection:
            return [
                tuple(row)
                for row in connection.execute(select(couple.FLOOR_ROWS.c.couple_id, couple.FLOOR_ROWS.c.said))
            ]

    # An account linked nowhere: the read finds no row, and the floor writes none (a 500, not a guess).
    assert floor.post("/alexa", json=envelope).status_code == 500
    assert rows() == []
    project = _infra("benchmark_voice_profile.py")._app(engine).test_client()
    couple.link_by_pairing_code(lambda sent: project.post("/alexa", json=sent).get_json(), url)
    with engine.connect() as connection:
        linked = connection.execute(select(VoiceLink.couple_id).where(VoiceLink.alexa_user_id == couple.USER)).scalar()
    for _ in range(2):
        answer = floor.post("/alexa", json=envelope)
        assert answer.status_code == 200
        assert couple.spoken(answer.get_json()) == "<speak>Logged: you kept your promise.</speak>"
    assert rows() == [(linked, "kept"), (linked, "kept")]
    engine.dispose()


def test_the_voice_profile_counts_statements_and_names_the_project_s_functions():
    out = _run(
        "benchmark_voice.py",
        "--runs",
        "1",
        "--warm-up",
        "0",
        "--days",
        "9",
        "--profile",
        "--port",
        str(_five_free_ports()),
    )
    for history in ("one day", "9 days"):
        part = out.split(f"=== {history} of history, SQLite ===")[1].split("===")[0]
        for case in CASES:
            assert re.search(re.escape(case) + r": \d+ SQL statements; says [\'\"]<speak>", part), case
        assert "Logged: you kept your promise to call when late." in part
        assert "skill/endpoint.py" in part and "sqlalchemy" in part


def test_the_voice_parts_are_printed_for_every_request_with_the_bare_skill_alongside(monkeypatch):
    monkeypatch.delenv("TRUST_TRACKER_TEST_POSTGRES_URL", raising=False)
    args = ("--runs", "2", "--warm-up", "1", "--days", "9", "--parts", "--port", str(_five_free_ports()))
    out = _run("benchmark_voice.py", *args)
    for history in ("one day", "9 days"):
        part = out.split(f"=== {history} of history, SQLite ===")[1].split("===")[0]
        for case in CASES:
            figures = part.split(f"{case}: median CPU ms per request, of 2")[1].split('\n"')[0]
            for name in (
                "the whole request",
                "the handler",
                "of all: the account's read",
                "of all: the figures' write",
                "of which SafetyInterceptor",
                "of which HandoverInterceptor",
                "the bare skill's whole request",
            ):
                assert re.search(r"\d+\.\d{3}\s+" + re.escape(name), figures), (case, name)
            whole = float(re.search(r"([\d.]+)  the whole request", figures).group(1))
            assert whole > 0
        statements = re.findall(r"([\d.]+)  SQL statements", part)
        assert len(statements) == 4 and all(float(n) >= 3 for n in statements)  # BEGIN, the account, the work


def test_the_history_benchmark_prints_every_page_and_voice_request_with_its_ratios(monkeypatch):
    monkeypatch.delenv("TRUST_TRACKER_TEST_POSTGRES_URL", raising=False)  # SQLite only: PostgreSQL is the same code
    out = _run("benchmark_history.py", "--days", "9", "--runs", "1")
    assert "1 day against 9 days against 9 days of history" in out  # the windows full: at most the long history
    rows = [line for line in out.splitlines() if line.startswith("| page:") or line.startswith("| voice:")]
    assert len(rows) == 9
    for row in rows:
        # wall times of the three couples, then the long history's ratio to one day and to the windows full
        assert re.search(r"(\| +\d+\.\d ){3}\| +\d+\.\d\dx \| +\d+\.\d\dx \|$", row), row
    assert "(PostgreSQL skipped" in out
