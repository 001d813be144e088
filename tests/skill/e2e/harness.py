"""End to end: virtual-alexa (an Alexa simulator on npm) reads the interaction model and
posts what Alexa would to the real HTTP server, started the way `make run` starts it, over a
fresh database with the demo couple. Every end-to-end test starts, links and reads it here.

`make test` installs virtual-alexa into tests/node_modules (tests/package.json). Without
node or virtual-alexa the tests skip and say why (REQUIRE_E2E=1, as in CI, makes that a failure).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tests.pairing import pairing_code_in
from tests.web.helpers import served_port
from trust_tracker.models.db import make_engine
from trust_tracker.models.pairing_entities import PairingFailure

E2E = Path(__file__).parent
VIRTUAL_ALEXA = Path(__file__).parents[2] / "node_modules" / "virtual-alexa"
MODEL = Path(__file__).parents[3] / "interaction-model" / "en-US.json"
USER, ALEX_VOICE = "amzn1.ask.account.E2E-HOME", "amzn1.ask.person.E2E-ALEX"


def _unavailable(reason: str) -> None:
    if os.environ.get("REQUIRE_E2E") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def conversation_script() -> Path:
    if not shutil.which("node"):
        _unavailable("the end-to-end test needs node")
    if not VIRTUAL_ALEXA.is_dir():
        _unavailable(f"virtual-alexa is missing at {VIRTUAL_ALEXA} (make test installs it with npm)")
    return E2E / "conversation.js"


def cli(env: dict[str, str], *args: str) -> str:
    """What `trust-tracker ARGS` prints, run as its own process on the server's database."""
    done = subprocess.run(
        [sys.executable, "-c", "from web.cli import main; main()", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[str, dict[str, str], Path]]:
    """`trust-tracker serve --dev` on a free port, over a fresh database with the demo couple."""
    folder = tmp_path_factory.mktemp("e2e")
    database = folder / "trust-tracker.db"
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRUST_TRACKER_")}
    env |= {
        "DATABASE_URL": f"sqlite:///{database}",
        "TRUST_TRACKER_SECRET_KEY": "e2e-" + "x" * 40,
        "TRUST_TRACKER_INSTANCE_PATH": str(folder / "instance"),
    }
    cli(env, "db", "upgrade")
    cli(env, "demo")
    port = served_port()
    process = subprocess.Popen(
        [sys.executable, "-c", "from web.cli import main; main()", "serve", "--dev", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("the server did not start")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/alexa", env, database
    finally:
        process.terminate()
        process.wait(timeout=10)


def pairing_code(env: dict[str, str], email: str = "alex@example.com") -> str:
    """A fresh code from `trust-tracker pair-code`, as a partner would get one."""
    return pairing_code_in(cli(env, "pair-code", email))


def model_of(locale: str) -> Path:
    """The locale's interaction model, as Alexa would use it for a device set to that locale."""
    model = MODEL.with_name(f"{locale}.json")
    if not model.is_file():
        raise ValueError(f"no interaction model for {locale!r}")
    return model


def _node(script: Path, url: str, turns: dict[str, Any], timeout: int, locale: str = "en-US") -> list[dict]:
    """Each request carries `locale`, routed over that locale's model."""
    done = subprocess.run(
        ["node", str(script), url, str(model_of(locale))],
        input=json.dumps({**turns, "locale": locale}),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def talk(script: Path, url: str, utterances: list[str], locale: str = "en-US", **device: str) -> list[dict]:
    """One conversation on the home's device, Alex's voice, set to `locale`; `device` adds to what
    each request carries (apiEndpoint, apiAccessToken)."""
    turns = {"userId": USER, "personId": ALEX_VOICE, **device, "utterances": utterances}
    return _node(script, url, turns, 120, locale)


def alex_says(
    script: Path, server: tuple[str, dict[str, str], Path], utterances: list[str], locale: str = "en-US", **device: str
) -> list[dict]:
    """Alex links the home's device with a fresh pairing code (the first turn), then says `utterances`."""
    url, env, _ = server
    return talk(script, url, [f"my code is {pairing_code(env)}", *utterances], locale, **device)


def spoken(turns: list[dict]) -> list[str]:
    """What Alexa said at each turn ("" where it said nothing)."""
    return [turn["ssml"] or "" for turn in turns]


def linked(script: Path, server: tuple[str, dict[str, str], Path]) -> None:
    """The home's device linked to Alex, by Alex's own pairing code, said."""
    with opened(server[2]) as session:  # wrong codes said by an earlier test here (the held-out list has four)
        session.execute(delete(PairingFailure))
        session.commit()
    [answer] = alex_says(script, server, [])
    assert "This device is now linked" in answer["ssml"], answer


def one_shot(url: str, utterances: list[str], locale: str = "en-US") -> list[dict]:
    """Each phrasing said alone ("Alexa, ask trust tracker …") to the server, routed by virtual-alexa."""
    turns = {"userId": USER, "personId": ALEX_VOICE, "utterances": utterances}
    return _node(E2E / "intents.js", url, turns, 600, locale)


def route_only(utterances: list[str], locale: str = "en-US") -> list[dict]:
    """Which intent (and slot words) virtual-alexa, as alexa.js puts it right, gives each phrasing
    over `locale`'s model; nothing is sent."""
    turns = {"userId": USER, "routeOnly": True, "utterances": utterances}
    return _node(E2E / "intents.js", "unused", turns, 600, locale)


def written_since(database: Path, entity: Any, before: set[int] | None = None) -> Any:
    """The ids of `entity`'s rows now (`before` None), or the rows written since `before`."""
    with opened(database) as session:
        if before is None:
            return set(session.scalars(select(entity.id)).all())
        rows = session.scalars(select(entity).where(entity.id.not_in(before)).order_by(entity.id)).all()
        session.expunge_all()
        return rows


@contextmanager
def opened(database: Path) -> Iterator[Session]:
    """A session on the server's database, to set the scene or read what a conversation wrote."""
    engine = make_engine(f"sqlite:///{database}")
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()
