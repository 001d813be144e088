"""Reading pages in tests: forms, fields, labels and links, without a browser."""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from html import unescape
from html.parser import HTMLParser

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from tests.factories import PASSWORD
from trust_tracker.models.entities import ContractVersion, ItemLineage, VersionStatus


def log_in(client: FlaskClient, email: str, password: str = PASSWORD) -> TestResponse:
    response = client.post("/login", data={"email": email, "password": password})
    assert response.status_code == 302, response.text
    return response


def count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity))


def text_of(response: TestResponse) -> str:
    """The page's visible text, whitespace collapsed: what assertions about wording read."""
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", response.text, flags=re.S)
    body = re.sub(r"</?(a|strong|em|span|time|code)\b[^>]*>", "", body)  # inline: no word break
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


class _Fields(HTMLParser):
    """Collects form controls, labels and the ids that exist on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.ids: set[str] = set()
        self.duplicate_ids: set[str] = set()
        self.values: dict[str, list[str]] = {}
        self._select: str | None = None
        self._first: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.duplicate_ids |= {a["id"]} & self.ids
            self.ids.add(a["id"])
        if tag == "label" and a.get("for"):
            self.label_for.add(a["for"])
        if tag in ("input", "select", "textarea"):
            self.controls.append(a | {"tag": tag})
        if tag == "select":
            self._select = a.get("name")
            self._first = None
        if tag == "option" and self._select:
            if self._first is None:
                self._first = a.get("value") or ""
            if "selected" in a:
                self.values.setdefault(self._select, []).append(a.get("value") or "")
        if tag == "input" and a.get("name") and a.get("type") not in ("checkbox", "radio", "submit"):
            self.values.setdefault(a["name"], []).append(a.get("value") or "")
        if tag == "input" and a.get("type") == "checkbox" and "checked" in a:
            self.values.setdefault(a["name"] or "", []).append(a.get("value") or "y")

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self._select:
            if self._select not in self.values and self._first is not None:
                self.values[self._select] = [self._first]  # what a browser sends when none is selected
            self._select = None


def fields(response: TestResponse) -> _Fields:
    parser = _Fields()
    parser.feed(response.text)
    return parser


def form_data(response: TestResponse) -> dict[str, list[str]]:
    """The values a browser would submit from the page's fields (selected options, text inputs)."""
    data = fields(response).values
    for match in re.finditer(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', response.text, re.S):
        data[match.group(1)] = [unescape(match.group(2)).removeprefix("\r\n").removeprefix("\n")]  # as browsers do
    return data


def assert_accessible_form(response: TestResponse) -> None:
    """Ids are unique, every visible control has a label, every aria-describedby points at something real."""
    page = fields(response)
    assert not page.duplicate_ids, f"ids used twice: {page.duplicate_ids}"
    for control in page.controls:
        if control.get("type") in ("hidden", "submit"):
            continue
        assert control.get("id") in page.label_for, f"unlabelled control: {control}"
        for ref in (control.get("aria-describedby") or "").split():
            assert ref in page.ids, f"aria-describedby points nowhere: {ref}"


def csrf_token(response: TestResponse) -> str:
    match = re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"', response.text
    )
    assert match, "no CSRF token on the page"
    return match.group(1) or match.group(2)


@contextmanager
def serving(app: Flask, *, threads: int = 4, port: int | None = None) -> Iterator[str]:
    """`app` under waitress on a loopback port in a thread; its URL. The server is stopped from
    inside its own loop: closing its sockets from the test's thread while the loop waited in
    select() raised EBADF in the server's thread, and pytest failed the test beside it (CI)."""
    from waitress import wasyncore
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=served_port() if port is None else port, threads=threads)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        # the loop ends when its map is empty: the trigger's thunk runs in the loop's thread
        server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
        thread.join(timeout=10)
        server.task_dispatcher.shutdown()


def served_port(*taken: int) -> int:
    """A free loopback port for a server a test starts, other than `taken` (a server not listening
    yet); E2E_PORTS="8700-8749" keeps to that range (machines shared by several runs). Each
    pytest-xdist worker takes its own share of the range: two workers probing the same free port
    would start two servers on it."""
    low, _, high = os.environ.get("E2E_PORTS", "0-0").partition("-")
    if not int(low):
        return free_port(range(1))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    share = range(int(low) + worker, int(high or low) + 1, workers)
    return free_port([port for port in share if port not in taken])


def free_port(ports: Sequence[int]) -> int:
    """The first loopback port of `ports` nobody listens on (each branch's tests have their own range);
    `range(1)`: any free port the system picks."""
    for port in ports:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return probe.getsockname()[1]
    raise RuntimeError(f"no free port among these {len(ports)}: set E2E_PORTS to a wider range")


# The contract pages (tests/web/test_contract*.py).
NEW_COMMITMENT = {
    "kind": "commitment",
    "text": "Text when I leave work",
    "short_name": "text when leaving",
    "owner": "",
    "cadence": "daily",
    "times_per_week": "",
    "due_time": "18:30",
    "category": "communication",
    "hard_day_form": "",
    "consequence": "",
}


def row(index: int, **values: str | list[str]) -> dict[str, str | list[str]]:
    """Form fields for one row of the edit form."""
    return {f"items-{index}-{name}": value for name, value in (NEW_COMMITMENT | values).items()}


def edit_page_data(client) -> dict[str, list[str]]:
    page = client.get("/contract/edit")
    assert page.status_code == 200
    return form_data(page)


def written(session) -> tuple[int, int]:
    return count(session, ContractVersion), count(session, ItemLineage)


def version_id(response) -> int:
    return int(response.location.rsplit("/", 1)[1])


def status_of(session, version_id: int) -> VersionStatus:
    session.expire_all()
    return session.get(ContractVersion, version_id).status


def propose_from_edit(client, **changes: list[str]):
    data = form_data(client.get("/contract/edit")) | changes
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 302, text_of(response)
    return response
