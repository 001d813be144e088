"""The tables. Rules that act on them live in the operation modules beside this one."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow


def _enum(cls: type[enum.Enum]) -> Enum:
    # Stored as plain strings with a CHECK constraint: portable, readable in psql.
    return Enum(
        cls,
        name=cls.__name__.lower(),
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class ItemKind(enum.StrEnum):
    COMMITMENT = "commitment"
    BOUNDARY = "boundary"
    EXAMPLE = "example"


class VersionStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    SUPERSEDED = "superseded"
    WITHDRAWN = "withdrawn"
    REVISED = "revised"  # a proposal's earlier draft, replaced by a revision of the same number


class Cadence(enum.StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"  # on the chosen days of the week
    WEEKLY = "weekly"  # N times a week, any days


class LogKind(enum.StrEnum):
    KEPT = "kept"
    MISSED = "missed"
    RELIABILITY = "reliability"  # a moment of reliability noticed
    SMALL_WIN = "small_win"
    HARD_DAY = "hard_day"
    BREACH = "breach"  # a boundary breach


class Source(enum.StrEnum):
    VOICE = "voice"
    WEB = "web"


class Couple(Base):
    __tablename__ = "couple"
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # Monday is 0, as in datetime.weekday().
    checkin_weekday: Mapped[int] = mapped_column(Integer, default=6)
    checkin_time: Mapped[time] = mapped_column(Time, default=time(19, 0))
    # The secret in the private calendar feed's address; None when the feed is off.
    calendar_token: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When a partner left and the other stayed (models.leaving): whoever joins next starts a fresh couple.
    # Both read only when asked for, and never named by an INSERT: an older schema lacks them.
    dissolved_at: Mapped[datetime | None] = mapped_column(deferred=True, server_default=text("NULL"))
    # An earlier relationship, kept for this partner alone once someone new joined them
    # (models.fresh_start); it has no partners, and goes with them.
    kept_for_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE", use_alter=True),
        index=True,
        deferred=True,
        server_default=text("NULL"),
    )

    partners: Mapped[list[Partner]] = relationship(
        back_populates="couple", order_by="Partner.id", cascade="all, delete-orphan", foreign_keys="Partner.couple_id"
    )


class Partner(Base):
    __tablename__ = "partner"
    # SQLite otherwise hands a deleted partner's id to the next sign-up.
    __table_args__ = {"sqlite_autoincrement": True}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    couple: Mapped[Couple] = relationship(back_populates="partners", foreign_keys=[couple_id])


class Invitation(Base):
    """A one-time link for the second partner to join the couple."""

    __tablename__ = "invitation"
    __table_args__ = (
        # One live link a couple: asking again spends the earlier one (models.accounts.create_invitation).
        Index(
            "uq_invitation_one_live",
            "couple_id",
            unique=True,
            sqlite_where=text("used_at IS NULL"),
            postgresql_where=text("used_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    # Only a hash is stored: the link itself is the secret.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class Contract(Base):
    """The couple's living agreement; its content lives in numbered versions."""

    __tablename__ = "contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    versions: Mapped[list[ContractVersion]] = relationship(
        back_populates="contract",
        order_by="[ContractVersion.number, ContractVersion.revision]",
        cascade="all, delete-orphan",
    )


class ContractVersion(Base):
    __tablename__ = "contract_version"
    __table_args__ = (UniqueConstraint("contract_id", "number", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    number: Mapped[int]
    # 0 for a proposal as first written; each revision of it keeps its number and counts up.
    revision: Mapped[int] = mapped_column(default=0, server_default="0")
    status: Mapped[VersionStatus] = mapped_column(_enum(VersionStatus))
    note: Mapped[str] = mapped_column(Text, default="")
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    agreed_by_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    agreed_at: Mapped[datetime | None]

    contract: Mapped[Contract] = relationship(back_populates="versions")
    items: Mapped[list[ContractItem]] = relationship(
        back_populates="version", order_by="ContractItem.position", cascade="all, delete-orphan"
    )

    def items_of(self, kind: ItemKind) -> list[ContractItem]:
        return [item for item in self.items if item.kind is kind]


class VersionComment(Base):
    """A partner's comment on a proposed version, instead of (or before) agreeing."""

    __tablename__ = "version_comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("contract_version.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ItemLineage(Base):
    """The stable identity of an item across versions: log entries point here."""

    __tablename__ = "item_lineage"
    # spoken_forms is read when asked for, not returned by every INSERT (older schemas lack it).
    __mapper_args__ = {"eager_defaults": False}  # noqa: RUF012 (SQLAlchemy reads it once)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind))
    # "How we'd say it when it's done" (models/spoken_forms.py): a recognition aid, not a
    # term of the contract, so it lives here, survives new versions and needs no agreement.
    # Never changed in place: a new list is assigned (JSON is not mutation-tracked).
    # The database fills it ([]), so a row written under an older schema has no such column to name.
    spoken_forms: Mapped[list[str]] = mapped_column(JSON, server_default="[]")

    contract: Mapped[Contract] = relationship()


class ContractItem(Base):
    __tablename__ = "contract_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("contract_version.id", ondelete="CASCADE"), index=True)
    lineage_id: Mapped[int] = mapped_column(ForeignKey("item_lineage.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    # What people say by voice: "call when late".
    short_name: Mapped[str] = mapped_column(String(60), default="")
    # Whose commitment it is; None means both partners'.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id", ondelete="SET NULL"))
    cadence: Mapped[Cadence] = mapped_column(_enum(Cadence), default=Cadence.DAILY)
    # For WEEKDAYS: the days, as digits Monday=0, e.g. "024" for Mon, Wed, Fri.
    weekdays: Mapped[str] = mapped_column(String(7), default="")
    # For WEEKLY: how many times a week.
    times_per_week: Mapped[int | None]
    due_time: Mapped[time | None] = mapped_column(Time)
    category: Mapped[str] = mapped_column(String(24), default="other")
    hard_day_form: Mapped[str] = mapped_column(Text, default="")
    consequence: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[ContractVersion] = relationship(back_populates="items")
    lineage: Mapped[ItemLineage] = relationship()

    @property
    def spoken_name(self) -> str:
        return self.short_name or self.text


# The entries the once-a-day index covers (models.tracking.COMMITMENT_KINDS), in SQL: an
# entry its partner disputed ("not me") no longer holds the day.
ONCE_A_DAY_KINDS = "kind IN ('kept', 'missed') AND lineage_id IS NOT NULL AND disputed_at IS NULL"


class LogEntry(Base):
    __tablename__ = "log_entry"
    __table_args__ = (
        # History pages and streaks read a couple's entries by local date.
        Index("ix_log_entry_couple_date", "couple_id", "local_date"),
        Index("ix_log_entry_lineage_date", "lineage_id", "local_date"),
        # Kept or missed (one or the other) once a day per partner and commitment, even when
        # two requests race.
        Index(
            "uq_log_entry_once_a_day",
            "partner_id",
            "lineage_id",
            "local_date",
            unique=True,
            sqlite_where=text(ONCE_A_DAY_KINDS),
            postgresql_where=text(ONCE_A_DAY_KINDS),
        ),
    )

    # active_history: the columns models/stats.py counts by keep their old value when changed.
    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), active_history=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="CASCADE"), index=True, active_history=True
    )
    kind: Mapped[LogKind] = mapped_column(_enum(LogKind), active_history=True)
    lineage_id: Mapped[int | None] = mapped_column(
        ForeignKey("item_lineage.id", ondelete="SET NULL"), active_history=True
    )
    # The day it happened in the couple's time zone: what streaks and weeks count.
    local_date: Mapped[date] = mapped_column(active_history=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[Source] = mapped_column(_enum(Source))
    acknowledged_at: Mapped[datetime | None]
    # When the partner it was logged for said "not me" (models.disputes): it then counts nowhere.
    disputed_at: Mapped[datetime | None] = mapped_column(active_history=True)

    partner: Mapped[Partner] = relationship()
    lineage: Mapped[ItemLineage | None] = relationship()


class Setback(Base):
    """A missed commitment or a breach, and what the couple learned from it."""

    __tablename__ = "setback"

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    log_entry_id: Mapped[int] = mapped_column(ForeignKey("log_entry.id", ondelete="CASCADE"), unique=True)
    # What triggered it and what would have prevented it: each partner's own reflection,
    # in models.private_entities.SetbackReflection.
    # The contract change it led to, if any.
    version_id: Mapped[int | None] = mapped_column(ForeignKey("contract_version.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    log_entry: Mapped[LogEntry] = relationship()
    reflections: Mapped[list[SetbackReflection]] = relationship(
        order_by="SetbackReflection.created_at, SetbackReflection.id", cascade="all, delete-orphan"
    )


class Milestone(Base):
    """A threshold reached; stored once, celebrated once."""

    __tablename__ = "milestone"
    __table_args__ = (UniqueConstraint("couple_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"))
    # Which threshold was reached, unique per couple, e.g. "streak:12:7" or "kept:25".
    key: Mapped[str] = mapped_column(String(80))
    # What kind of milestone ("streak", "kept_count", ...) and its numbers, dates and
    # names: each interface words it in its own language (models.milestones.wording).
    kind: Mapped[str] = mapped_column(String(24))
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    reached_on: Mapped[date]
    celebrated_at: Mapped[datetime | None]


class JournalEntry(Base):
    """Visible to its author only, until shared."""

    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"), index=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    shared_at: Mapped[datetime | None]
    # What the partner sees when shared: the whole body or a chosen excerpt.
    shared_text: Mapped[str | None] = mapped_column(Text)
    # Deleted by its author: hidden at once, restorable for ten minutes, then gone for good.
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)


class VoiceLink(Base):
    """An Alexa account (and, when Alexa knows it, a voice) linked to a partner."""

    __tablename__ = "voice_link"
    __table_args__ = (UniqueConstraint("alexa_user_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    couple_id: Mapped[int] = mapped_column(ForeignKey("couple.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id", ondelete="CASCADE"))
    alexa_user_id: Mapped[str] = mapped_column(String(512))
    # context.System.person.personId when Alexa recognised the voice; "" when not.
    person_id: Mapped[str] = mapped_column(String(512), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # How: "pairing" (the partner's own code) or "login" (account linking with the partner's log-in).
    linked_by: Mapped[str] = mapped_column(String(16), default="pairing", server_default="pairing")
    last_used_at: Mapped[datetime | None]

    partner: Mapped[Partner] = relationship()


# Tables kept in modules of their own (this one is long enough); imported here so
# Alembic and create_all see them; and models.stats, which keeps the figures in step with the log.
from trust_tracker.models import (  # noqa: E402,F401
    alexa_entities,
    checkin_question_entities,
    email_links,
    login_entities,
    oauth_entities,
    pairing_entities,
    revision_entities,
    stat_entities,
    stats,
    used_tokens,
)
from trust_tracker.models.checkin_entities import CheckIn as CheckIn  # noqa: E402
from trust_tracker.models.checkin_entities import CheckInAnswer as CheckInAnswer  # noqa: E402
from trust_tracker.models.checkin_entities import CheckInQuestion as CheckInQuestion  # noqa: E402
from trust_tracker.models.private_entities import SetbackReflection  # noqa: E402

# Ids are never reused, SQLite included: a deleted row's id never names a later row (a bookmark,
# a kept copy, an export read beside a newer one). PostgreSQL's sequences never reuse one;
# SQLite needs AUTOINCREMENT on every table keyed by one integer id (migration 0018).
for _table in Base.metadata.tables.values():
    if [column.type.python_type for column in _table.primary_key.columns] == [int]:
        _table.dialect_kwargs["sqlite_autoincrement"] = True
