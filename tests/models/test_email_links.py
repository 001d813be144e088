"""A new email's confirmation link: only the newest of a partner works, once, before it expires,
on both backends and when two requests open it at once; it goes with the partner; migration 0021
moves the links kept in `used_token` into `email_link` and back (models/email_links.py)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.factories import NOW, make_couple
from tests.races import second_between_look_up_and_write
from trust_tracker.models.base import UTCDateTime
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.email_links import EmailLink, keep_newest, pending_until, take_newest
from trust_tracker.models.export import export_json
from trust_tracker.models.used_tokens import UsedToken, use_once

HOUR = timedelta(hours=1)


def test_only_the_newest_link_of_a_partner_is_taken_and_only_once(session, couple) -> None:
    alex, sam = couple
    keep_newest(session, alex.id, "old", NOW + HOUR)
    keep_newest(session, alex.id, "new", NOW + HOUR)
    keep_newest(session, sam.id, "samsown", NOW + HOUR)
    assert session.scalar(select(func.count()).select_from(EmailLink)) == 2  # one row per partner
    assert not take_newest(session, alex.id, "old", NOW)  # replaced
    assert not take_newest(session, alex.id, "samsown", NOW)  # another partner's link is not Alex's
    assert not take_newest(session, sam.id, "new", NOW)
    assert take_newest(session, alex.id, "new", NOW)
    assert not take_newest(session, alex.id, "new", NOW)  # once
    assert take_newest(session, sam.id, "samsown", NOW)
    assert session.scalar(select(func.count()).select_from(UsedToken)) == 0  # nothing kept as a used token


@pytest.mark.parametrize("nonce", ["", "%", "_", "x" * 80, "a\x00b", "new "])
def test_a_nonce_other_than_the_kept_one_is_never_taken(session, couple, nonce) -> None:
    alex, _ = couple
    keep_newest(session, alex.id, "new", NOW + HOUR)
    assert not take_newest(session, alex.id, nonce, NOW)
    assert take_newest(session, alex.id, "new", NOW)


@pytest.mark.parametrize("nonce", ["", "x" * 65, "a\x00b", "new link", "é"])
def test_a_nonce_that_cannot_be_kept_is_refused(session, couple, nonce) -> None:
    with pytest.raises(ValueError, match="nonce"):
        keep_newest(session, couple[0].id, nonce, NOW + HOUR)


def test_an_expired_link_is_not_taken(session, couple) -> None:
    alex, _ = couple
    keep_newest(session, alex.id, "late", NOW + HOUR)
    assert pending_until(session, alex.id) == NOW + HOUR
    assert not take_newest(session, alex.id, "late", NOW + 2 * HOUR)


def test_the_link_goes_with_its_partner(session, couple) -> None:
    alex, sam = couple
    keep_newest(session, alex.id, "mine", NOW + HOUR)
    keep_newest(session, sam.id, "theirs", NOW + HOUR)
    session.delete(alex)
    session.flush()
    assert list(session.scalars(select(EmailLink.partner_id))) == [sam.id]


def test_two_requests_opening_one_link_let_one_in(own_engine) -> None:
    upgrade(own_engine)
    with Session(own_engine) as session, session.begin():
        alex, _ = make_couple(session)
        alex_id = alex.id
        keep_newest(session, alex_id, "raced", NOW + HOUR)
    first, second = second_between_look_up_and_write(
        own_engine,
        lambda s: take_newest(s, alex_id, "raced", NOW),
        lambda s: take_newest(s, alex_id, "raced", NOW),
        look_up="DELETE FROM email_link",
    )
    assert sorted([first, second]) == [False, True]


used_token = sa.table("used_token", sa.column("id", sa.String), sa.column("expires_at", UTCDateTime()))


def test_migration_0021_moves_waiting_links_out_of_used_tokens_and_back(own_engine) -> None:
    upgrade(own_engine, "0020")
    with Session(own_engine) as session, session.begin():
        alex, sam = make_couple(session)
        assert sam is not None
        ids = {"alex": alex.id, "sam": sam.id}
        session.execute(
            sa.insert(used_token),
            [
                {"id": f"email-change:{alex.id}|alexnonce", "expires_at": NOW + HOUR},
                {"id": f"email-change:{sam.id}|samnonce", "expires_at": NOW + 2 * HOUR},
                {"id": "email-change:999999|gone", "expires_at": NOW + HOUR},  # a partner no longer here
                {"id": "email-change:x|odd", "expires_at": NOW + HOUR},  # not a partner's id
                {"id": "save-anyway:abc", "expires_at": NOW + HOUR},  # a used token: it stays
            ],
        )

    upgrade(own_engine)

    with Session(own_engine) as session, session.begin():
        moved = session.execute(select(EmailLink.partner_id, EmailLink.nonce).order_by(EmailLink.partner_id)).all()
        assert moved == [(ids["alex"], "alexnonce"), (ids["sam"], "samnonce")]
        assert list(session.scalars(select(UsedToken.id))) == ["save-anyway:abc"]
        assert take_newest(session, ids["sam"], "samnonce", NOW)  # the link sent before still works, once
        assert use_once(session, "save-anyway:abc", NOW + HOUR, NOW) is False  # still spent
    command.check(alembic_config(own_engine))

    command.downgrade(alembic_config(own_engine), "0020")
    with own_engine.connect() as connection:
        back = sorted(connection.execute(sa.select(used_token.c.id)).scalars())
    assert back == sorted([f"email-change:{ids['alex']}|alexnonce", "save-anyway:abc"])


def test_an_export_tells_its_own_waiting_link_never_its_secret(session, couple) -> None:
    alex, sam = couple
    keep_newest(session, alex.id, "secretnonce", NOW + HOUR)
    mine, theirs = export_json(session, alex, NOW), export_json(session, sam, NOW)
    assert mine["email_change_link_expires_at"] == (NOW + HOUR).isoformat()
    assert theirs["email_change_link_expires_at"] is None  # Alex's link is Alex's
    assert "secretnonce" not in json.dumps(mine) + json.dumps(theirs)
