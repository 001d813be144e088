"""/healthz: 200 when the database answers, 503 when it does not; no login."""

from __future__ import annotations

from sqlalchemy.orm import sessionmaker

from trust_tracker.models.db import make_engine


def test_healthy(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_unreachable_database_is_a_503(make_app, tmp_path) -> None:
    broken = make_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'db.sqlite'}")
    app = make_app(SESSION_FACTORY=sessionmaker(broken))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json() == {"status": "error"}
    broken.dispose()
