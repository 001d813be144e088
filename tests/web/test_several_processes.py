"""Several server processes starting at once on one machine share one generated secret key
(a login made on one is good on the others), and none of them fails reading it half-written."""

from __future__ import annotations

import subprocess
import sys
import time

WORKERS = 6
PROGRAM = """
import sys, time
from pathlib import Path
from trust_tracker.web.config import _instance_secret_key
folder, gate = Path(sys.argv[1]), Path(sys.argv[2])
(gate.parent / f"ready-{sys.argv[3]}").touch()
while not gate.exists():
    time.sleep(0.001)
print(_instance_secret_key(folder))
"""


def test_processes_starting_together_all_read_the_one_key(tmp_path):
    folder, gates = tmp_path / "instance", tmp_path / "gates"
    folder.mkdir()
    gates.mkdir()
    gate = gates / "go"
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", PROGRAM, str(folder), str(gate), str(n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for n in range(WORKERS)
    ]
    deadline = time.monotonic() + 120
    while len(list(gates.glob("ready-*"))) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.05)
    gate.touch()  # all of them at once
    results = [worker.communicate(timeout=120) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers), [err.decode()[-300:] for _, err in results]
    keys = {out.decode().strip() for out, _ in results}
    assert len(keys) == 1 and len(keys.pop()) == 64
    assert [p.name for p in folder.iterdir()] == ["secret_key"]  # no drafts left behind
