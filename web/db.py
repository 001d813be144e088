"""One database session per request: committed when the response succeeds, else rolled back."""

from __future__ import annotations

from flask import Flask, Response, current_app, g
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.models.db import PAIRING_KEY, keyed, make_engine, make_sessionmaker

EXTENSION = "trust_tracker.sessions"


def init_app(app: Flask) -> None:
    sessions = app.config["SESSION_FACTORY"]
    if sessions is None:
        sessions = make_sessionmaker(make_engine(app.config["DATABASE_URL"]), app.config["SECRET_KEY"])
    elif isinstance(sessions, sessionmaker) and PAIRING_KEY not in (sessions.kw.get("info") or {}):
        # A factory handed in (tests, benchmarks) without a pairing key gets the app's.
        sessions.configure(info={**(sessions.kw.get("info") or {}), **keyed(app.config["SECRET_KEY"])})
    app.extensions[EXTENSION] = sessions
    app.after_request(_finish)
    app.teardown_request(_close)


def sessions() -> sessionmaker[Session]:
    return current_app.extensions[EXTENSION]


def get_session() -> Session:
    """This request's session, opened on first use."""
    if "db_session" not in g:
        g.db_session = sessions()()
    return g.db_session


def _finish(response: Response) -> Response:
    # A rejected form answers 4xx: whatever the view flushed before rejecting it is undone.
    session: Session | None = g.get("db_session")
    if session is not None:
        if response.status_code < 400:
            session.commit()
        else:
            session.rollback()
    return response


def _close(exc: BaseException | None) -> None:
    session: Session | None = g.pop("db_session", None)
    if session is not None:
        if exc is not None:
            session.rollback()
        session.close()
