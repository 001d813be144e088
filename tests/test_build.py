"""The build the next engineer relies on: Alembic's own CLI, the next migration, the installed names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from click.testing import CliRunner

from trust_tracker.models import db
from trust_tracker.web.cli import main

TOP = Path(__file__).resolve().parent.parent


def alembic(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    command = [sys.executable, "-m", "alembic", "-c", str(TOP / "alembic.ini"), *args]
    return subprocess.run(command, env=env, cwd=TOP, capture_output=True, text=True, timeout=120)


def test_alembic_cli_upgrades_and_finds_models_and_migrations_agree(tmp_path):
    database = tmp_path / "cli.db"
    upgraded = alembic("upgrade", "head", database=database)
    assert upgraded.returncode == 0, upgraded.stderr
    checked = alembic("check", database=database)
    assert checked.returncode == 0, checked.stderr
    assert "No new upgrade operations detected" in checked.stdout + checked.stderr


def test_alembic_cli_without_a_database_says_what_to_set(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    command = [sys.executable, "-m", "alembic", "-c", str(TOP / "alembic.ini"), "current"]
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "Set DATABASE_URL" in result.stderr


def test_db_revision_writes_the_next_numbered_migration(tmp_path, monkeypatch):
    # A copy of the migrations, so the test never writes into the source tree.
    versions = shutil.copytree(db.MIGRATIONS, tmp_path / "migrations")
    monkeypatch.setattr(db, "MIGRATIONS", versions)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setenv("TRUST_TRACKER_SECRET_KEY", "test-secret-" + "x" * 40)
    monkeypatch.setenv("TRUST_TRACKER_INSTANCE_PATH", str(tmp_path / "instance"))
    before = {p.name for p in (versions / "versions").glob("0*.py")}
    latest = max(int(name[:4]) for name in before)

    refused = CliRunner().invoke(main, ["db", "revision", "-m", "too early"])
    assert refused.exit_code == 1 and "run `trust-tracker db upgrade` first" in refused.output

    assert CliRunner().invoke(main, ["db", "upgrade"]).exit_code == 0
    result = CliRunner().invoke(main, ["db", "revision", "-m", "add a thing"])
    assert result.exit_code == 0, result.output
    [new] = {p.name for p in (versions / "versions").glob("0*.py")} - before
    assert new == f"{latest + 1:04d}_add_a_thing.py"
    text = (versions / "versions" / new).read_text()
    assert f"down_revision = '{latest:04d}'" in text or f'down_revision = "{latest:04d}"' in text
    # The models and the migrations agree, so the generated migration has nothing to do.
    assert "op." not in text
    # And it already passes the checks `make test` runs.
    for check in (["check"], ["format", "--check"]):
        ruff = subprocess.run(
            [sys.executable, "-m", "ruff", *check, str(versions / "versions" / new)], capture_output=True
        )
        assert ruff.returncode == 0, ruff.stdout


def test_the_distribution_installs_under_trust_tracker_only(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", tmp_path, TOP],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("trust_tracker-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"trust_tracker"}
    # Every module and template of the three folders is in it (a new subpackage must be listed).
    for folder in ("models", "skill", "web"):
        for path in (TOP / folder).rglob("*"):
            if path.suffix in (".py", ".html", ".css", ".mako", ".txt") and "__pycache__" not in path.parts:
                assert f"trust_tracker/{path.relative_to(TOP).as_posix()}" in names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "trust-tracker = trust_tracker.web.cli:main" in entry_points
    # And it works from there, away from the source tree.
    unpacked = tmp_path / "unpacked"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = "import trust_tracker.web, trust_tracker.skill.builder; print(trust_tracker.web.__file__)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(unpacked)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(str(unpacked))


def test_the_command_works_from_a_plain_folder_without_settings(tmp_path):
    """`make run` as a new user runs it: no instance path, no database URL; ./instance is used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRUST_TRACKER_") and k != "DATABASE_URL"}
    command = [str(Path(sys.executable).with_name("trust-tracker")), "db", "upgrade"]
    result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "instance" / "trust-tracker.db").exists()
    assert (tmp_path / "instance" / "secret_key").exists()
