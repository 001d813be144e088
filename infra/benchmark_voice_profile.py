"""Where a voice request's time goes: `infra/benchmark_voice.py --profile` and `--parts` (see its docstring).

`--profile`: each request goes through Flask's test client in this process, for the benchmark's
couples; it prints the SQL statements of one request and where cProfile saw the CPU time go (the
project's own functions, then the time spent in each package). `--parts`: each request goes
straight to the app's WSGI callable, each part timed by a wrapper of its function (cProfile's own
overhead inflates small calls), the bare skill alongside.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmark_voice_couple import CASES, ROOT, bare_app, forget_todays_keep, link_by_pairing_code, request, spoken

from trust_tracker.models.db import make_engine, make_sessionmaker
from trust_tracker.skill.stand_in import AlexaStandIn


def profile(url: str, runs: int, warm_up: int, apis: AlexaStandIn) -> None:
    """In this process, through Flask's test client: each case's SQL statements (of its last
    run) and where cProfile saw the CPU time of `runs` requests go."""
    import cProfile

    from sqlalchemy import event

    engine = make_engine(url)
    client = _app(engine).test_client()

    def send(envelope: dict[str, Any]) -> dict[str, Any]:
        return _post(client, envelope)

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


def _app(engine: Any) -> Any:
    """The project's app as the benchmark's server runs it (development mode), on `engine`."""
    from trust_tracker.web import create_app

    return create_app(
        {
            "SESSION_FACTORY": make_sessionmaker(engine),
            "DEV_MODE": True,
            "ALEXA_VERIFY": False,
            "SECRET_KEY": "benchmark only",
            "INSTANCE_PATH": tempfile.mkdtemp(prefix="trust-tracker-bench-"),
        }
    )


def _post(client: Any, envelope: dict[str, Any]) -> dict[str, Any]:
    return client.post("/alexa", json=envelope, environ_base={"REMOTE_ADDR": "127.0.0.1"}).get_json()


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


PARTS = (  # in the order printed; "of all" parts run inside the others
    "the whole request (the WSGI call)",
    "Flask and werkzeug around the view",
    "the envelope: checks and ask-sdk's deserializer",
    "the interceptors",
    "can_handle (the handlers the intent could go to)",
    "the handler",
    "commit",
    "of all: the account's read (models.speakers._account, the kept copy merged)",
    "of all: distress (every reading, the save path's too)",
    "of all: the figures' write (models.stats.apply: the upserts, the milestone reads they return)",
    "SQL statements (BEGIN included)",
    "the bare skill's whole request, alongside",
)


def parts(url: str, runs: int, warm_up: int, apis: AlexaStandIn) -> None:
    """In this process, each request sent straight to the app's WSGI callable (no test client): the
    median CPU ms of each part, each timed by a wrapper around its function (so a part includes what
    it calls), the SQL statements, and the bare skill's whole request, sent alongside."""
    import statistics
    from collections import defaultdict

    from ask_sdk_core.skill import CustomSkill
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from werkzeug.test import EnvironBuilder

    from trust_tracker.models import speakers, stats
    from trust_tracker.skill import distress, endpoint

    spent: dict[str, float] = defaultdict(float)

    def timer(function: Any, part: str) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[part] += time.process_time() - began

        return timed

    wrapped: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, name: str, part: str) -> None:
        wrapped.append((owner, name, getattr(owner, name)))
        setattr(owner, name, timer(getattr(owner, name), part))

    engine = make_engine(url)
    app = _app(engine)
    link_by_pairing_code(lambda envelope: _post(app.test_client(), envelope), url)
    view = app.view_functions["alexa.alexa"]
    [skill] = [c.cell_contents for c in view.__closure__ or () if isinstance(c.cell_contents, CustomSkill)]
    app.view_functions["alexa.alexa"] = timer(view, "the view")
    bare = bare_app()
    wrap(bare, "wsgi_app", PARTS[-1])
    wrap(app, "wsgi_app", PARTS[0])
    wrap(endpoint, "parse_envelope", PARTS[2])
    wrap(Session, "commit", "commit")
    dispatcher = skill.request_dispatcher
    interceptors = (*dispatcher.request_interceptors, *dispatcher.response_interceptors)
    for interceptor in interceptors:  # each on its own too (the "  of which" lines)
        wrap(interceptor, "process", f"  of which {type(interceptor).__name__}")
        wrap(interceptor, "process", "the interceptors")
    for chain in (c for mapper in dispatcher.request_mappers for c in mapper.request_handler_chains):
        wrap(chain.request_handler, "can_handle", PARTS[4])
        wrap(chain.request_handler, "handle", "the handler")
    wrap(speakers, "_account", PARTS[7])  # whoever asks first: the safety check's names, identify
    wrap(stats, "apply", PARTS[9])
    for module in [m for m in sys.modules.values() if getattr(m, "is_distress", None) is distress.is_distress]:
        wrap(module, "is_distress", PARTS[8])  # where it was imported by name too
    statements = [0]
    event.listen(engine, "before_cursor_execute", lambda *_: statements.__setitem__(0, statements[0] + 1))
    forget = forget_todays_keep(url)
    for label, intent, slots in CASES:
        body = json.dumps(request(intent, slots, apis)).encode()
        figures: dict[str, list[float]] = defaultdict(list)
        for run in range(warm_up + runs):
            if intent == "LogKeptIntent":
                forget()
            spent.clear()
            statements[0] = 0
            for served in (app, bare):
                environ = EnvironBuilder(
                    "/alexa",
                    method="POST",
                    data=body,
                    content_type="application/json",
                    environ_base={"REMOTE_ADDR": "127.0.0.1"},
                ).get_environ()
                served(environ, lambda *_: None)
            if run >= warm_up:
                spent[PARTS[1]] = spent[PARTS[0]] - spent.pop("the view")
                for part, seconds in spent.items():
                    figures[part].append(seconds * 1000)
                figures[PARTS[-2]].append(statements[0])
        print(f"\n{label}: median CPU ms per request, of {runs}")
        each = [f"  of which {type(interceptor).__name__}" for interceptor in interceptors]
        for part in (*PARTS[:4], *dict.fromkeys(each), *PARTS[4:]):
            print(f"  {statistics.median(figures[part] or [0]):7.3f}  {part}")
    for owner, name, function in reversed(wrapped):  # as it was, for the next couple's app
        setattr(owner, name, function)
    engine.dispose()
