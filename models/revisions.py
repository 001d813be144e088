"""What every voice request reads and hardly ever changes, kept per process and checked by one read.

Every request reads the Alexa account's links (with their partners, the couple and its
partners) and the couple's active contract version (its items, and their lineages for the
names sent to Alexa). They change rarely: a device linked or unlinked, a name, a version
agreed, once a minute the link's "last used". Each couple has a revision (`couple_revision`,
models/revision_entities.py), a random stamp replaced in the same flush as any write of its
row, its partners, voice links, contract, versions, items or lineages (whatever operation
writes them: the flush sees it; a bulk UPDATE or DELETE of one of those tables replaces the
stamp of every couple it may touch). A couple gets its stamp at its first such write (its
sign-up); one without a stamp has nothing kept.

A process keeps what it read with the stamp it read first (`kept`); a request reads the
stamp again (one small statement, once a request while it writes none of those tables) and
uses the kept copy only while it is unchanged, merged into its own session (sessions are
per request and per thread; the kept copy is only ever read). Another process's write
changes the stamp in the database, so no process acts on a link that was removed, whichever
process removed it. Random stamps, not a counter: a transaction rolled back (a test's, or a
request's) cannot leave a stamp that a later, different row could repeat.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar, cast
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, bindparam, event, literal, or_, select, update
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction
from sqlalchemy.orm.attributes import instance_dict

from .db import has_table, upsert_insert
from .entities import Contract, ContractItem, ContractVersion, Couple, ItemLineage, Partner, VoiceLink
from .revision_entities import CoupleRevision

T = TypeVar("T")

# What a couple's kept copies are read from: a write of any of these replaces its stamp.
_BY_COUPLE = (Partner, VoiceLink, Contract)  # couple_id on the row
_BY_CONTRACT = (ContractVersion, ItemLineage)  # contract_id
_BY_VERSION = (ContractItem,)  # version_id
_WATCHED = (Couple, *_BY_COUPLE, *_BY_CONTRACT, *_BY_VERSION)
_TABLES = {cls.__table__ for cls in _WATCHED}
_MAX_KEPT = 20_000  # copies per process; past it, forgotten all at once and read again

_STAMPS = "trust_tracker.stamps"  # this transaction's stamps read, by couple id
_CHANGED = "trust_tracker.stamps_changed"  # this transaction replaced stamps: nothing it reads is kept

_kept: WeakKeyDictionary[Engine, dict[Hashable, tuple[int, str, object]]] = WeakKeyDictionary()
_lock = threading.Lock()

_STAMP = select(CoupleRevision.revision).where(CoupleRevision.couple_id == bindparam("couple_id"))


def new_revision() -> str:
    return secrets.token_hex(8)


def available(session: Session) -> bool:
    """Whether the database has the stamps: not before their migration (0015) ran, so an operation
    under an older schema keeps nothing and writes no stamp."""
    return has_table(session, CoupleRevision.__tablename__)


def stamp(session: Session, couple_id: int) -> str | None:
    """The couple's revision as this transaction sees it (None: it has none yet, or is gone), read once
    while the transaction writes nothing a kept copy is read from."""
    stamps: dict[int, str | None] = session.info.setdefault(_STAMPS, {})
    if session.autoflush:
        session.flush()  # its writes replace the stamp first
    if not available(session):
        return None
    if couple_id not in stamps:
        stamps[couple_id] = session.connection().execute(_STAMP, {"couple_id": couple_id}).scalar()
    return stamps.get(couple_id)


def note_stamp(session: Session, couple_id: int, revision: str | None) -> None:
    """A stamp this transaction read along with something else (the account's, models.speakers)."""
    session.info.setdefault(_STAMPS, {}).setdefault(couple_id, revision)


def kept(session: Session, key: Hashable, couple_id: int, read: Callable[[Session], T]) -> T:
    """`read(a session)`'s entities in `session`: a copy kept by this process while the couple's
    stamp is the one it was read under, else read afresh (on the request's own connection, in
    its transaction) and kept. `read` returns entities (or a list of them), fully loaded for
    what the caller touches; what it left unloaded is loaded in `session` when touched."""
    revision = stamp(session, couple_id)
    if revision is None:  # no stamp (yet): read as it is, keep nothing
        return read(session)
    value = _found(session, key, couple_id, revision)
    if value is _MISSING:
        with Session(bind=session.connection(), autoflush=False) as other:
            value = read(other)
            other.expunge_all()
        _keep(session, key, couple_id, revision, value)
    return _merged(session, cast(T, value))


def kept_value(session: Session, key: Hashable, couple_id: int, make: Callable[[], T]) -> T:
    """`make()`, a plain value (no entities: it is shared by every request of the process, and
    only ever read) worked out only from the rows the couple's stamp covers: kept while the
    stamp stands, as `kept` keeps entities, so most requests neither read nor build it."""
    revision = stamp(session, couple_id)
    if revision is None:
        return make()
    value = _found(session, key, couple_id, revision)
    if value is _MISSING:
        value = make()
        _keep(session, key, couple_id, revision, value)
    return cast(T, value)


_MISSING = object()


def _found(session: Session, key: Hashable, couple_id: int, revision: str) -> object:
    found = _kept.get(session.get_bind().engine, {}).get(key)
    return found[2] if found is not None and found[:2] == (couple_id, revision) else _MISSING


def _keep(session: Session, key: Hashable, couple_id: int, revision: str, value: object) -> None:
    if session.info.get(_CHANGED):  # read under a stamp this transaction replaced: not kept
        return
    with _lock:
        copies = _kept.setdefault(session.get_bind().engine, {})
        if len(copies) >= _MAX_KEPT:
            copies.clear()
        copies[key] = (couple_id, revision, value)


def _merged(session: Session, value: T) -> T:
    if isinstance(value, list):
        return cast(T, [session.merge(one, load=False) for one in value])
    return session.merge(value, load=False) if value is not None else value


def _couples_written(objects: Iterable[object]) -> tuple[set[int], set[int], set[int]] | None:
    """The couples, contracts and versions whose rows these writes touch; None when one cannot be told."""
    couples: set[int] = set()
    contracts: set[int] = set()
    versions: set[int] = set()
    for obj in objects:
        if not isinstance(obj, _WATCHED):
            continue
        values = instance_dict(obj)  # what is loaded: nothing is read from the database here
        if isinstance(obj, Couple):
            found, into = values.get("id"), couples
        elif isinstance(obj, _BY_COUPLE):
            found, into = values.get("couple_id"), couples
        elif isinstance(obj, _BY_CONTRACT):
            found, into = values.get("contract_id"), contracts
        else:
            found, into = values.get("version_id"), versions
        if found is None:
            return None
        into.add(found)
    return couples, contracts, versions


def _replace_stamps(session: Session, where: Any | None) -> None:
    """New stamps for the couples `where` selects, made for those without one (None: every stamp
    there is replaced), in the session's transaction."""
    if not available(session):
        return
    revision = new_revision()
    if where is None:
        statement: Any = update(CoupleRevision).values(revision=revision)
    else:
        insert = upsert_insert(session.get_bind().dialect.name)(CoupleRevision)
        statement = insert.from_select(
            ["couple_id", "revision"], select(Couple.id, literal(revision)).where(where)
        ).on_conflict_do_update(index_elements=["couple_id"], set_={"revision": insert.excluded.revision})
    session.connection().execute(statement)
    session.info.pop(_STAMPS, None)
    session.info[_CHANGED] = True


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: object) -> None:
    written = [*session.new, *session.dirty, *session.deleted]
    if not any(isinstance(obj, _WATCHED) for obj in written):
        return
    found = _couples_written(written)
    if found is None:
        _replace_stamps(session, None)
        return
    couples, contracts, versions = found
    conditions = []
    if couples:
        conditions.append(Couple.id.in_(couples))
    if contracts:
        conditions.append(Couple.id.in_(select(Contract.couple_id).where(Contract.id.in_(contracts))))
    if versions:
        conditions.append(
            Couple.id.in_(select(Contract.couple_id).join(ContractVersion).where(ContractVersion.id.in_(versions)))
        )
    if conditions:
        _replace_stamps(session, or_(*conditions))


@event.listens_for(Session, "do_orm_execute")
def _before_bulk_write(state: ORMExecuteState) -> None:
    """A bulk INSERT, UPDATE or DELETE of a table kept copies are read from: new stamps for the
    couples whose rows it may touch (for a table with a couple_id, those its WHERE selects; else
    all). Raw SQL through `text()` is not looked into: a write in it must replace the stamps itself."""
    if not (state.is_update or state.is_delete or state.is_insert):
        return  # a read; or raw SQL (a health check's SELECT 1), which writes none of these tables
    mapper = state.bind_mapper
    table = mapper.local_table if mapper is not None else None
    if table not in _TABLES:
        if mapper is None:  # a statement the ORM cannot place: it may write anything
            _replace_stamps(state.session, None)
        return
    where = getattr(state.statement, "whereclause", None)
    if table is Couple.__table__ or where is None or "couple_id" not in table.c:
        _replace_stamps(state.session, None)
        return
    _replace_stamps(state.session, Couple.id.in_(select(table.c.couple_id).where(where)))


@event.listens_for(Session, "after_soft_rollback")  # a savepoint's too: the stamps it replaced are back
def _rolled_back(session: Session, _previous: object) -> None:
    session.info.pop(_STAMPS, None)


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the request's own transaction, not a savepoint released
        session.info.pop(_STAMPS, None)
        session.info.pop(_CHANGED, None)
