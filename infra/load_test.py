"""Several server processes on one database, many devices at once: how much it holds,
and that nothing is lost or doubled.

    infra/with-postgres.sh sh -c '.venv/bin/python infra/load_test.py --database "$TRUST_TRACKER_TEST_POSTGRES_URL"'
    .venv/bin/python infra/load_test.py --servers 2 --couples 4 --devices 2 --seconds 20 [--database URL]

Starts --servers `trust-tracker serve --dev` processes on loopback (ports from --port on)
sharing the database at --database (an EMPTY one: it is migrated, and one that holds any
row is refused; without --database, a temporary SQLite file). It seeds --couples couples,
each with three daily commitments (one each, one shared) and --devices Alexa devices per
partner, each linked by a pairing code to its partner's voice. Then every device talks
at once for --seconds, round robin over the servers, as fast as it is answered: keeps
(again and again, so the once-a-day rule is raced), moments of reliability (each with a
unique note), "how are we doing" and the check-in questions. Every request is bounded
by a 30 s timeout; everything stays on loopback.

It prints requests per second and p50/p95/p99 latencies, then checks the database: every
moment a device was told was noted is there exactly once, and nothing else is; every
commitment a partner kept today is there once, never twice.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from trust_tracker.models import accounts, contracts, transfer, voice  # noqa: E402
from trust_tracker.models.contracts import ItemDraft  # noqa: E402
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade  # noqa: E402
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind  # noqa: E402
from trust_tracker.skill.requests import intent_request  # noqa: E402

PASSWORD = "load test password"
SECRET_KEY = "load-test-" + "x" * 40  # every server's, and the key the seeded pairing codes are kept under
TIMEOUT_S = 30
ACTIONS = ("keep", "moment", "progress", "questions")
WEIGHTS = (3, 3, 2, 2)


@dataclass
class Device:
    partner_id: int
    user_id: str
    person_id: str
    commitments: tuple[str, ...]


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {action: [] for action in ACTIONS})
    statuses: Counter = field(default_factory=Counter)
    noted: list[str] = field(default_factory=list)  # the unique notes a device was told were noted
    kept: set[tuple[int, str]] = field(default_factory=set)  # (partner, commitment) told "Logged"
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def seed(url: str, couples: int, devices: int) -> list[Device]:
    """`couples` couples with an agreed contract, every partner's devices linked by pairing code."""
    engine = make_engine(url)
    found: list[Device] = []
    with make_sessionmaker(engine, SECRET_KEY)() as session, session.begin():
        for number in range(couples):
            alex = accounts.sign_up(
                session, name="Alex", email=f"alex{number}@example.com", password=PASSWORD, timezone="Europe/Berlin"
            )
            token = accounts.create_invitation(session, alex)
            sam = accounts.join(session, token=token, name="Sam", email=f"sam{number}@example.com", password=PASSWORD)
            version = contracts.propose_version(
                session,
                alex,
                [
                    ItemDraft(ItemKind.COMMITMENT, "Call when late", short_name="call when late", owner_id=alex.id),
                    ItemDraft(ItemKind.COMMITMENT, "Share my location", short_name="share location", owner_id=sam.id),
                    ItemDraft(ItemKind.COMMITMENT, "Tidy the kitchen", short_name="tidy the kitchen"),
                ],
            )
            contracts.agree_version(session, sam, version.id)
            for partner, own in ((alex, "call when late"), (sam, "share location")):
                for device in range(devices):
                    user_id = f"amzn1.ask.account.LOAD-{number}-{partner.name}-{device}"
                    person_id = f"amzn1.ask.person.LOAD-{number}-{partner.name}"
                    code = voice.issue_pairing_code(session, partner)
                    voice.link_device(session, code, alexa_user_id=user_id, person_id=person_id)
                    found.append(Device(partner.id, user_id, person_id, (own, "tidy the kitchen")))
    engine.dispose()
    return found


def start_servers(count: int, first_port: int, url: str, folder: Path) -> list[subprocess.Popen]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRUST_TRACKER_")}
    env |= {
        "DATABASE_URL": url,
        "TRUST_TRACKER_SECRET_KEY": SECRET_KEY,  # one site: every server signs alike (and keys pairing codes)
        "TRUST_TRACKER_INSTANCE_PATH": str(folder / "instance"),
    }
    command = [sys.executable, "-c", "from trust_tracker.web.cli import main; main()", "serve", "--dev", "--port"]
    servers = [
        subprocess.Popen([*command, str(first_port + n)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for n in range(count)
    ]
    for n, process in enumerate(servers):
        deadline = time.monotonic() + 60
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", first_port + n, timeout=2)
                connection.request("GET", "/healthz")
                if connection.getresponse().status == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                stop(servers)
                raise SystemExit(
                    f"server {n} did not start: {process.stderr.read().decode() if process.stderr else ''}"
                )
            time.sleep(0.2)
    return servers


def stop(servers: list[subprocess.Popen]) -> None:
    for process in servers:
        process.terminate()
    for process in servers:
        process.wait(15)


def talk(device: Device, ports: list[int], until: float, tally: Tally, seed: int) -> None:
    """One device, asking as fast as it is answered until `until`, round robin over the servers."""
    rng = random.Random(seed)
    connections = {port: http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S) for port in ports}
    for port in itertools.cycle(rng.sample(ports, len(ports))):
        if time.monotonic() >= until:
            break
        action = rng.choices(ACTIONS, WEIGHTS)[0]
        note = commitment = ""
        if action == "keep":
            commitment = rng.choice(device.commitments)
            envelope = intent_request("LogKeptIntent", {"commitment": commitment}, user_id=device.user_id)
        elif action == "moment":
            note = f"on time again {uuid.uuid4().hex[:12]}"
            envelope = intent_request("LogReliabilityIntent", {"note": note}, user_id=device.user_id)
        else:
            name = "ProgressIntent" if action == "progress" else "ReadCheckInQuestionsIntent"
            envelope = intent_request(name, {}, user_id=device.user_id)
        envelope["context"]["System"]["person"] = {"personId": device.person_id}
        started = time.perf_counter()
        try:
            connection = connections[port]
            connection.request("POST", "/alexa", json.dumps(envelope), {"Content-Type": "application/json"})
            response = connection.getresponse()
            body = response.read()
            status = response.status
        except (OSError, http.client.HTTPException) as error:
            connections[port] = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
            with tally.lock:
                tally.statuses["no answer"] += 1
                tally.errors.append(f"{action}: {error!r}")
            continue
        elapsed = (time.perf_counter() - started) * 1000
        said = json.loads(body).get("response", {}).get("outputSpeech", {}).get("ssml", "") if status == 200 else ""
        with tally.lock:
            tally.latencies[action].append(elapsed)
            tally.statuses[status] += 1
            if status >= 500:
                tally.errors.append(f"{action}: HTTP {status}")
            if action == "moment" and "Noted" in said:
                tally.noted.append(note)
            if action == "keep" and said.startswith("<speak>Logged"):
                tally.kept.add((device.partner_id, commitment))
    for connection in connections.values():
        connection.close()


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "too few"
    cuts = statistics.quantiles(values, n=100)
    return f"p50 {cuts[49]:6.1f}  p95 {cuts[94]:6.1f}  p99 {cuts[98]:6.1f} ms"


def check(url: str, tally: Tally) -> list[str]:
    """What the database says against what the devices were told; an empty list is all well."""
    problems = []
    engine = make_engine(url)
    with Session(engine) as session:
        # Voice notes are stored as written (a first capital: models/text.py), so compared by case-folded words.
        notes = Counter(
            note.casefold()
            for note in session.scalars(select(LogEntry.note).where(LogEntry.kind == LogKind.RELIABILITY))
        )
        told = Counter(note.casefold() for note in tally.noted)
        lost = [note for note in told if notes[note] == 0]
        doubled = [note for note, rows in notes.items() if rows > 1 or told[note] > 1]
        unannounced = [note for note in notes if note not in told]
        keeps = session.execute(
            select(LogEntry.partner_id, LogEntry.lineage_id, LogEntry.local_date, func.count())
            .where(LogEntry.kind.in_((LogKind.KEPT, LogKind.MISSED)))
            .group_by(LogEntry.partner_id, LogEntry.lineage_id, LogEntry.local_date)
        ).all()
    engine.dispose()
    if lost:
        problems.append(f"{len(lost)} moments were noted but are not in the database")
    if doubled:
        problems.append(f"{len(doubled)} moments are in the database more than once")
    if unannounced:
        problems.append(f"{len(unannounced)} moments are in the database though no device heard 'Noted'")
    if any(rows > 1 for *_, rows in keeps):
        problems.append("a commitment was kept twice by one partner on one day")
    if len(keeps) < len(tally.kept):
        problems.append(f"{len(tally.kept)} keeps were logged but only {len(keeps)} are in the database")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--couples", type=int, default=4)
    parser.add_argument("--devices", type=int, default=2, help="Alexa devices per partner")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--port", type=int, default=8270, help="the first loopback port of the servers")
    parser.add_argument("--database", help="an EMPTY database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    if not (
        1 <= args.servers <= 16 and 1 <= args.couples <= 500 and 1 <= args.devices <= 8 and 0 < args.seconds <= 600
    ):
        parser.error("keep it bounded: 1-16 servers, 1-500 couples, 1-8 devices, at most 600 seconds")
    with tempfile.TemporaryDirectory(prefix="trust-tracker-load-") as folder:
        url = args.database or f"sqlite:///{Path(folder) / 'load.db'}"
        engine = make_engine(url)
        upgrade(engine)
        if any(transfer.row_counts(engine).values()):
            raise SystemExit("That database holds rows: the load test only writes into an empty one.")
        engine.dispose()
        devices = seed(url, args.couples, args.devices)
        servers = start_servers(args.servers, args.port, url, Path(folder))
        ports = [args.port + n for n in range(args.servers)]
        tally = Tally()
        until = time.monotonic() + args.seconds
        started = time.perf_counter()
        threads = [
            threading.Thread(target=talk, args=(device, ports, until, tally, n)) for n, device in enumerate(devices)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(args.seconds + TIMEOUT_S + 5)
        elapsed = time.perf_counter() - started
        stop(servers)
        problems = check(url, tally)
    backend = make_engine(url).dialect.name
    total = sum(len(values) for values in tally.latencies.values())
    print(
        f"\n{args.servers} server processes on {backend}, {args.couples} couples, {len(devices)} devices "
        f"talking at once for {elapsed:.0f} s on {os.cpu_count()} cores (load {os.getloadavg()[0]:.1f})"
    )
    print(f"{total / elapsed:.1f} requests/s; statuses {dict(tally.statuses)}")
    print(f"{'all':10} {percentiles([v for values in tally.latencies.values() for v in values])}")
    for action in ACTIONS:
        print(f"{action:10} {percentiles(tally.latencies[action])}  ({len(tally.latencies[action])} requests)")
    print(f"{len(tally.noted)} moments noted, {len(tally.kept)} partner-commitment keeps logged today")
    for error in tally.errors[:5]:
        print("error:", error)
    if problems:
        for problem in problems:
            print("PROBLEM:", problem)
        raise SystemExit(1)
    print("Checked: every moment noted is there once, nothing unannounced; no keep lost or doubled.")


if __name__ == "__main__":
    main()
