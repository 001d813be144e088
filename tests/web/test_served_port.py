"""Servers that tests start keep to E2E_PORTS when it is set (a machine shared by several runs)."""

from __future__ import annotations

import socket

from tests.web.helpers import served_port


def test_a_server_keeps_to_the_range_and_skips_ports_in_use(monkeypatch) -> None:
    monkeypatch.setenv("E2E_PORTS", "8700-8749")
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT", raising=False)
    first = served_port()
    assert 8700 <= first <= 8749
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", first))
        busy.listen()
        second = served_port()
    assert 8700 <= second <= 8749 and second != first
    assert served_port(first) != first  # one not listening yet is kept for its server


def test_each_worker_takes_its_own_share(monkeypatch) -> None:
    monkeypatch.setenv("E2E_PORTS", "8700-8749")
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    assert served_port() % 2 == 1  # 8701, 8703 …: never the other worker's


def test_without_a_range_the_system_picks(monkeypatch) -> None:
    monkeypatch.delenv("E2E_PORTS", raising=False)
    assert served_port() > 0
