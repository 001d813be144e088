"""Where a voice request's time goes: `infra/benchmark_voice.py --profile` (see its docstring).

Each request goes through Flask's test client in this process, for the benchmark's couples; it
prints the SQL statements of one request and where cProfile saw the CPU time go (the project's
own functions, then the time spent in each package).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from benchmark_voice import CASES, ROOT, forget_todays_keep, link_by_pairing_code, request, spoken

from trust_tracker.models.db import make_engine, make_sessionmaker
from trust_tracker.skill.stand_in import AlexaStandIn


def profile(url: str, runs: int, warm_up: int, apis: AlexaStandIn) -> None:
    """In this process, through Flask's test client: each case's SQL statements (of its last
    run) and where cProfile saw the CPU time of `runs` requests go."""
    import cProfile

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

    def send(envelope: dict[str, Any]) -> dict[str, Any]:
        return client.post("/alexa", json=envelope, environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_json()

    link_by_pairing_code(send, url)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    forget = forget_todays_keep(url)
    for label, intent, slots in CASES:
        profiler = cProfile.Profile(time.process_time)  # CPU time: other work on the machine does not count
        for run in range(warm_up + runs):
            envelope = request(intent, slots, apis)
            if intent == "LogKeptIntent":
                forget()
            statements.clear()
            if run >= warm_up:
                profiler.enable()
            answer = send(envelope)
            profiler.disable()
        print(f"\n{label}: {len(statements)} SQL statements; says {spoken(answer)[:90]!r}")
        for statement in statements:
            print("   ", " ".join(statement.split())[:150])
        _print_profile(profiler, runs)
    engine.dispose()


def _print_profile(profiler: Any, runs: int) -> None:
    """The project's own functions by cumulative CPU time, then each package's own time, per request."""
    import pstats
    import re
    from collections import Counter

    stats = pstats.Stats(profiler)
    print(f"  the project's functions, cumulative CPU ms per request (of {runs}):")
    own = [(key, row[3]) for key, row in stats.stats.items() if str(ROOT) in key[0] and "/.venv/" not in key[0]]
    for (file, line, name), cumulative in sorted(own, key=lambda pair: -pair[1])[:25]:
        print(f"    {cumulative * 1000 / runs:7.2f}  {Path(file).relative_to(ROOT)}:{line}({name})")
    packages: Counter[str] = Counter()
    for (file, _, _name), row in stats.stats.items():
        found = re.search(r"site-packages/([^/]+)", file)
        if found:
            packages[found.group(1)] += row[2]
        elif str(ROOT) in file:
            packages["(the project)"] += row[2]
        else:
            packages["(the standard library and built-ins)"] += row[2]
    total = sum(packages.values())
    print(f"  own CPU time by package, ms per request (of {total * 1000 / runs:.1f}):")
    for package, seconds in packages.most_common(8):
        print(f"    {seconds * 1000 / runs:7.2f}  {package}")
