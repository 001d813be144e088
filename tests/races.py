"""Two requests racing on a committed database, in two threads, the interleaving forced."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from trust_tracker.models.db import make_sessionmaker

# How long the first request waits for the second before going on. SQLite lets one
# writer in at a time, so there the second waits for the first instead (busy_timeout).
PAUSE = 1.0


def second_between_look_up_and_write(
    engine: Engine, first: Callable[[Session], object], second: Callable[[Session], object], look_up: str
) -> tuple[object, object]:
    """Run `first` and `second` each in its own transaction and thread. `first` pauses
    right after its first statement containing `look_up` until `second` has committed:
    `second` acts exactly between `first`'s look-up and its write, as two people at two
    devices can. Returns what each returned, or the exception it raised."""
    sessions = make_sessionmaker(engine)
    looked, second_done = threading.Event(), threading.Event()
    results: dict[str, object] = {}
    first_thread: list[int] = []

    def pause(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        if first_thread == [threading.get_ident()] and look_up in statement and not looked.is_set():
            looked.set()
            second_done.wait(PAUSE)

    def run(name: str, act: Callable[[Session], object]) -> None:
        if name == "first":
            first_thread.append(threading.get_ident())
        else:
            looked.wait(10)
        try:
            with sessions.begin() as session:
                results[name] = act(session)
        except Exception as error:  # the outcome under test, whatever it is
            results[name] = error
        finally:
            if name == "second":
                second_done.set()

    event.listen(engine, "after_cursor_execute", pause)
    try:
        threads = [threading.Thread(target=run, args=args) for args in (("first", first), ("second", second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        event.remove(engine, "after_cursor_execute", pause)
    assert looked.is_set(), f"the first never ran a statement containing {look_up!r}"
    return results["first"], results["second"]
