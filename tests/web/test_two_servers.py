"""Two `trust-tracker serve` processes on one database, as the review ran them (issue 9):
both partners logging the same keep many times at once, through both servers, make one
row each and never a server error."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from tests.conftest import PASSWORD, make_couple
from tests.web.helpers import served_port
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import upgrade
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind

CLIENTS = 16  # as in the review: 16 clients, two servers
ROUNDS = 3
TOKEN = re.compile(r'name="log-csrf_token" type="hidden" value="([^"]+)"')


@pytest.fixture
def servers(own_engine: Engine, tmp_path) -> Iterator[tuple[list[str], int]]:
    """Two servers on `own_engine`'s database; Alex and Sam share one commitment (its lineage id)."""
    upgrade(own_engine)
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        version = contracts.propose_version(session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call when late")])
        contracts.agree_version(session, sam, version.id)
        lineage_id = version.items[0].lineage_id
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRUST_TRACKER_")}
    env |= {
        "DATABASE_URL": own_engine.url.render_as_string(hide_password=False),
        "TRUST_TRACKER_SECRET_KEY": "two-servers-" + "x" * 40,  # one site: a login is good on both
        "TRUST_TRACKER_INSTANCE_PATH": str(tmp_path / "instance"),
    }
    # --dev: plain HTTP on loopback, so the session cookie is not Secure-only.
    first = served_port()
    ports = [first, served_port(first)]
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from trust_tracker.web.cli import main; main()",
                "serve",
                "--dev",
                "--port",
                str(p),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for p in ports
    ]
    try:
        urls = [f"http://127.0.0.1:{port}" for port in ports]
        for url, process in zip(urls, processes, strict=True):
            deadline = time.monotonic() + 30
            while True:
                try:
                    if requests.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except requests.ConnectionError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("a server did not start")
                time.sleep(0.2)
        yield urls, lineage_id
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def _logged_in(url: str, email: str) -> tuple[requests.Session, str]:
    client = requests.Session()
    login = client.get(f"{url}/login", timeout=10).text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login)
    assert token, "no CSRF token on the log-in page"
    answer = client.post(
        f"{url}/login",
        data={"csrf_token": token.group(1), "email": email, "password": PASSWORD},
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 302, answer.text
    page = TOKEN.search(client.get(f"{url}/history/", timeout=10).text)
    assert page, "no log form on the history page"
    return client, page.group(1)


def test_keeps_posted_at_once_to_two_servers_make_one_row_per_partner(servers, own_engine) -> None:
    urls, lineage_id = servers
    logins = {(url, email): _logged_in(url, email) for url in urls for email in ("alex@example.com", "sam@example.com")}
    statuses: list[int] = []
    start = threading.Barrier(CLIENTS)

    def client(n: int) -> None:
        url, email = urls[n % 2], ("alex@example.com", "sam@example.com")[n // 2 % 2]
        logged_in, token = logins[url, email]
        session = requests.Session()
        session.cookies.update(logged_in.cookies)
        data = {"log-csrf_token": token, "log-kind": "kept", "log-lineage_id": str(lineage_id), "log-note": ""}
        start.wait()
        for _ in range(ROUNDS):
            statuses.append(
                session.post(f"{url}/history/log", data=data, allow_redirects=False, timeout=60).status_code
            )

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(statuses) == CLIENTS * ROUNDS
    assert set(statuses) <= {302, 409}, sorted(statuses)
    assert statuses.count(302) == 2  # the first keep of each partner
    with Session(own_engine) as session:
        rows = session.execute(
            select(LogEntry.partner_id, func.count()).where(LogEntry.kind == LogKind.KEPT).group_by(LogEntry.partner_id)
        ).all()
    assert sorted(count for _, count in rows) == [1, 1]
