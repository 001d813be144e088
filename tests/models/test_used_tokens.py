"""A single-use token's id is accepted once, on both backends, also when two transactions
use it at the same moment (models/used_tokens.py)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from tests.factories import NOW
from tests.races import second_between_look_up_and_write
from trust_tracker.models.db import upgrade
from trust_tracker.models.used_tokens import UsedToken, use_once

HOUR = timedelta(hours=1)


def test_an_id_is_used_once(session) -> None:
    assert use_once(session, "save-anyway:a", NOW + HOUR, NOW) is True
    assert use_once(session, "save-anyway:a", NOW + HOUR, NOW) is False
    assert use_once(session, "save-anyway:b", NOW + HOUR, NOW) is True  # another token is its own


def test_ids_of_expired_tokens_are_pruned(session) -> None:
    use_once(session, "save-anyway:old", NOW + HOUR, NOW)
    use_once(session, "save-anyway:new", NOW + 3 * HOUR, NOW + 2 * HOUR)
    assert list(session.scalars(select(UsedToken.id))) == ["save-anyway:new"]


def test_two_transactions_racing_one_id_let_one_in(own_engine) -> None:
    upgrade(own_engine)
    first, second = second_between_look_up_and_write(
        own_engine,
        lambda s: use_once(s, "save-anyway:raced", NOW + HOUR, NOW),
        lambda s: use_once(s, "save-anyway:raced", NOW + HOUR, NOW),
        look_up="INSERT INTO used_token",
    )
    assert sorted([first, second]) == [False, True]
    with own_engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(UsedToken)) == 1
