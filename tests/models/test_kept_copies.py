"""What a process keeps of an account's links and a couple's contract (models/revisions.py): two
engines on one database stand for two server processes, each keeping its own copies. Whatever
one writes, and however (an operation, a bulk statement, a transaction rolled back), the other
never acts on what was removed or changed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, time

import pytest
from sqlalchemy import Engine, event, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from tests.factories import agreed_contract, make_couple
from trust_tracker.models import accounts, contracts, reminders, revisions, speakers, spoken_forms
from trust_tracker.models.alexa_entities import AlexaReminder, ReminderKind
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade
from trust_tracker.models.entities import Couple, ItemKind, Partner, VoiceLink
from trust_tracker.models.speakers import PAIRING, Heard, Standing

ACCOUNT = "amzn1.ask.account.KEPT"
NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)


@pytest.fixture
def two(fresh_engine: Engine) -> Iterator[tuple[sessionmaker[Session], sessionmaker[Session]]]:
    """Two processes' sessions on one migrated database, Alex & Sam's contract agreed and
    Alex's Alexa account linked (by pairing code)."""
    other = make_engine(fresh_engine.url.render_as_string(hide_password=False))
    with make_sessionmaker(fresh_engine).begin() as session:
        alex, sam = make_couple(session)
        assert sam is not None
        agreed_contract(session, alex, sam)
        speakers.bind(session, ACCOUNT, "", alex, PAIRING, NOW)
    yield make_sessionmaker(fresh_engine), make_sessionmaker(other)
    other.dispose()


def _couple(sessions: sessionmaker[Session]) -> Couple | None:
    with sessions.begin() as session:
        return speakers.identify(session, Heard(ACCOUNT), NOW).couple


def _names(sessions: sessionmaker[Session]) -> tuple[str, ...]:
    with sessions.begin() as session:
        return speakers.couple_names(session, ACCOUNT)


def _commitments(sessions: sessionmaker[Session], couple_id: int) -> list[tuple[str, list[str]]]:
    with sessions.begin() as session:
        items = contracts.active_commitments(session, couple_id, lineages=True)
        return [(item.text, list(item.lineage.spoken_forms)) for item in items]


@contextmanager
def statements_of(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements sent to `engine` while in the block."""
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", listener)


def _alex(session: Session) -> Partner:
    return session.scalars(select(Partner).where(Partner.email == "alex@example.com")).one()


def test_a_device_unlinked_by_one_process_is_unlinked_for_the_other(two):
    first, second = two
    couple = _couple(first)
    assert couple is not None and _couple(first) is not None  # read, then kept
    with second.begin() as session:
        alex = _alex(session)
        link = speakers.links(session, alex.couple_id)[0]
        speakers.unlink(session, alex, link.id, NOW)
    with first.begin() as session:
        identity = speakers.identify(session, Heard(ACCOUNT), NOW)
        assert identity.standing is Standing.NOT_LINKED and identity.couple is None


def test_an_account_moved_to_another_couple_by_a_bulk_delete_is_seen_moved(two):
    first, second = two
    assert _names(first) == ("Alex", "Sam")
    with second.begin() as session:
        jo, _ = make_couple(session, "Jo", None)
        speakers.bind(session, ACCOUNT, "", jo, PAIRING, NOW, move=True)  # deletes Alex's links in bulk
    assert _names(first) == ("Jo",)


def test_a_bulk_update_of_links_is_seen(two):
    first, second = two
    assert _couple(first) is not None
    with second.begin() as session:
        session.execute(update(VoiceLink).where(VoiceLink.alexa_user_id == ACCOUNT).values(alexa_user_id="moved"))
    assert _couple(first) is None


def test_a_renamed_partner_and_a_new_contract_are_seen(two):
    first, second = two
    couple = _couple(first)
    assert couple is not None
    before = _commitments(first, couple.id)
    assert _names(first) == ("Alex", "Sam")
    with second.begin() as session:
        accounts.change_name(session, _alex(session), "Alexandra")
    assert _names(first) == ("Alexandra", "Sam")
    with second.begin() as session:
        alex, sam = _alex(session), session.scalars(select(Partner).where(Partner.email == "sam@example.com")).one()
        version = contracts.propose_version(
            session, sam, [ItemDraft(ItemKind.COMMITMENT, "Walk the dog", owner_id=None)]
        )
        contracts.agree_version(session, alex, version.id, NOW)
    after = _commitments(first, couple.id)
    assert after != before and [text for text, _ in after] == ["Walk the dog"]


def test_new_phrasings_are_seen(two):
    first, second = two
    couple = _couple(first)
    assert couple is not None
    lineage = _commitments(first, couple.id)
    with second.begin() as session:
        alex = _alex(session)
        item = contracts.active_commitments(session, alex.couple_id)[0]
        spoken_forms.save(session, alex, item.lineage_id, ["i called when late"])
    assert _commitments(first, couple.id)[0][1] == ["i called when late"] != lineage[0][1]


def test_what_a_rolled_back_transaction_read_or_wrote_is_not_kept(two):
    first, _ = two
    assert _names(first) == ("Alex", "Sam")
    with first() as session:
        accounts.change_name(session, _alex(session), "Nobody")
        assert speakers.couple_names(session, ACCOUNT) == ("Nobody", "Sam")
        session.rollback()
    assert _names(first) == ("Alex", "Sam")


def test_a_kept_copy_costs_one_small_statement(two, fresh_engine):
    first, _ = two
    couple = _couple(first)
    assert couple is not None
    _commitments(first, couple.id)
    with statements_of(fresh_engine) as statements, first.begin() as session:
        found = speakers.identify(session, Heard(ACCOUNT), NOW).couple
        assert found is not None and [p.name for p in found.partners] == ["Alex", "Sam"]
        assert [item.lineage.kind for item in contracts.active_commitments(session, found.id, lineages=True)]
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 1 and "couple_revision.revision" in reads[0]  # no links, version, items or lineages read


def test_each_database_keeps_its_own_copies(two, tmp_path):
    """Another database with the same ids (a test's, a copy) never sees this one's copies."""
    first, _ = two
    assert _names(first) == ("Alex", "Sam")
    other = make_engine(f"sqlite:///{tmp_path / 'elsewhere.db'}")
    upgrade(other)
    with make_sessionmaker(other).begin() as session:
        kim, _ = make_couple(session, "Kim", "Lee")
        speakers.bind(session, ACCOUNT, "", kim, PAIRING, NOW)
    assert _names(make_sessionmaker(other)) == ("Kim", "Lee")
    other.dispose()


def test_a_read_in_raw_sql_keeps_the_copies(two, fresh_engine):
    """A health check's SELECT 1 (web/health.py) replaces no stamp: the next request still uses its copy."""
    first, _ = two
    assert _couple(first) is not None
    with first.begin() as session:
        session.execute(text("SELECT 1"))
    with statements_of(fresh_engine) as statements:
        assert _couple(first) is not None
    assert not any("voice_link.id" in s for s in statements)  # the links came from the kept copy


def test_a_value_kept_by_one_process_is_built_again_when_the_other_renames(two):
    """revisions.kept_value: built once while the couple's stamp stands, again once it changed."""
    first, second = two
    couple = _couple(first)
    assert couple is not None
    built: list[tuple[str, ...]] = []

    def names(sessions: sessionmaker[Session]) -> tuple[str, ...]:
        def make() -> tuple[str, ...]:
            built.append(speakers.couple_names(session, ACCOUNT))
            return built[-1]

        with sessions.begin() as session:
            return revisions.kept_value(session, ("test names", couple.id), couple.id, make)

    assert names(first) == names(first) == ("Alex", "Sam")
    assert len(built) == 1
    with second.begin() as session:
        accounts.change_name(session, _alex(session), "Robin")
    assert names(first) == ("Robin", "Sam")
    assert len(built) == 2
    with first.begin() as session:  # built after this transaction's own write: used, not kept
        accounts.change_name(session, _alex(session), "Kim")
        session.flush()
        assert revisions.kept_value(session, ("test names", couple.id), couple.id, lambda: ("Kim",)) == ("Kim",)
    assert names(first) == ("Kim", "Sam")


@pytest.mark.parametrize(("slot", "moved"), [((0, time(19, 0), "UTC"), False), ((0, time(20, 30), "UTC"), True)])
def test_the_accounts_read_answers_whether_the_reminders_slot_changed(two, fresh_engine, slot, moved):
    """A session's first request learns it with the account, in no statement of its own; after a
    write, it is asked again."""
    first, _ = two
    with first.begin() as session:
        couple = session.scalars(select(Couple)).one()
        couple.checkin_weekday, couple.checkin_time, couple.timezone = 0, time(19, 0), "UTC"
        weekday, at, zone = slot
        reminder = AlexaReminder(
            couple_id=couple.id, alexa_user_id=ACCOUNT, kind=ReminderKind.WEEKLY_CHECKIN, alert_token="t"
        )
        reminder.weekday, reminder.at, reminder.couple_timezone = weekday, at, zone
        session.add(reminder)
    with statements_of(fresh_engine) as statements, first.begin() as session:
        found = speakers.identify(session, Heard(ACCOUNT), NOW).couple
        assert found is not None
        assert (reminders.slot_changed(session, found, ACCOUNT) is not None) is moved
        assert not any("WHERE alexa_reminder.couple_id" in s and "voice_link" not in s for s in statements)
        found.checkin_time = time(20, 30)  # written: asked again, against the new slot
        assert (reminders.slot_changed(session, found, ACCOUNT) is not None) is not moved
        session.rollback()
