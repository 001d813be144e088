"""Today: what is due for one partner, what is waiting for them, and how far the couple has come.

One call (`overview`) gathers the home page after log-in from the operations that own each
rule: "who may log what" (tracking.loggable_commitments), "is it due" (cadence.still_due),
check-in progress (checkins), what the partner shared (journal.shared_entries, never a
private body), the long arc (progress.long_arc). Nothing here decides those rules again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from . import cadence, checkin_questions, checkins, contract_comments, contracts, journal, leaving, progress, tracking
from .base import utcnow
from .entities import (
    CheckInAnswer,
    ContractItem,
    ContractVersion,
    Couple,
    LogEntry,
    LogKind,
    Partner,
    VersionComment,
    VoiceLink,
)
from .localtime import local_today, week_start
from .oauth_entities import OAuthToken

# A partner's shared journal excerpt is news on Today for this long after it was shared.
SHARED_NEWS_DAYS = 7


@dataclass(frozen=True)
class DueItem:
    """One commitment this partner may log, due today or already logged today."""

    commitment: ContractItem
    logged: list[LogEntry]  # today's kept or missed entries for it, by either partner, oldest first
    partner_id: int  # whose Today this is

    @property
    def shared(self) -> bool:
        return self.commitment.owner_id is None

    @property
    def mine(self) -> list[LogEntry]:
        """What this partner logged for it today: once logged, it shows that instead of buttons
        (an entry they disputed as "not me" does not count, so the buttons come back)."""
        return [e for e in self.logged if e.partner_id == self.partner_id and e.disputed_at is None]


@dataclass(frozen=True)
class Onboarding:
    """A new couple's first steps, each ticked when done. Alexa is offered, never required: the
    site is whole without it, so a couple who never link it still finish setting up."""

    partner_joined: bool
    contract_agreed: bool  # an active version exists
    alexa_linked: bool  # either partner linked a device or an Alexa account (optional)
    slot_chosen: bool  # the check-in slot was changed from the sign-up default, or a check-in has happened

    @property
    def started(self) -> bool:
        """Enough to have something due: until then Today is the checklist."""
        return self.partner_joined and self.contract_agreed

    @property
    def done(self) -> bool:
        """Every step the site needs; linking Alexa is not one of them."""
        return self.started and self.slot_chosen


@dataclass(frozen=True)
class Waiting:
    """What is waiting for this partner to act on."""

    proposal: ContractVersion | None  # the other partner's proposal, to agree or discuss
    checkin_to_answer: bool  # this week's check-in has questions this partner has not answered
    to_acknowledge: list[LogEntry]  # the other partner's recent entries, not yet acknowledged
    shared_excerpts: list[journal.SharedEntry]  # what the other partner shared lately (shared text only)
    new_questions: bool = False  # the other partner proposed new check-in questions, to agree or discuss
    couple_deletion: bool = False  # the other partner asked to delete the couple: confirm or keep it
    # What the other partner asked to change in this partner's waiting proposal: revise or reply.
    changes_asked: list[VersionComment] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(
            self.proposal
            or self.checkin_to_answer
            or self.to_acknowledge
            or self.shared_excerpts
            or self.new_questions
            or self.couple_deletion
            or self.changes_asked
        )


@dataclass(frozen=True)
class Today:
    day: date  # today in the couple's time zone
    onboarding: Onboarding
    due: list[DueItem]  # in contract order
    hard_day: bool  # this partner declared a hard day today: show the simplified forms
    waiting: Waiting
    checkin_status: checkins.CheckInStatus  # this week's slot, and whether it is due
    checkin_progress: checkins.CheckInProgress  # who answered how much this week
    arc: progress.Arc | None  # the long arc, once there is enough history


def overview(session: Session, partner: Partner, now: datetime | None = None) -> Today:
    """Everything the Today page shows for this partner, from their couple's data only."""
    now = now or utcnow()
    couple = partner.couple
    day = local_today(couple, now)
    status = checkins.checkin_status(session, couple, now)
    answered = checkins.checkin_progress(session, couple, now)
    return Today(
        day=day,
        onboarding=_onboarding(session, couple),
        due=due(session, partner, day),
        hard_day=_declared_hard_day(session, partner, day),
        waiting=_waiting(session, partner, now, status, answered),
        checkin_status=status,
        checkin_progress=answered,
        arc=progress.long_arc(session, couple.id, day),
    )


def due(session: Session, partner: Partner, day: date) -> list[DueItem]:
    """This partner's commitments due on `day` (or logged that day), in contract order."""
    mine = tracking.loggable_commitments(session, partner)
    entries = session.scalars(
        select(LogEntry)
        .where(
            LogEntry.couple_id == partner.couple_id,
            LogEntry.lineage_id.in_([c.lineage_id for c in mine]),
            LogEntry.kind.in_(tracking.COMMITMENT_KINDS),
            LogEntry.local_date.between(week_start(day), day),
        )
        .order_by(LogEntry.created_at, LogEntry.id)
    ).all()
    items = []
    for commitment in mine:
        these = [e for e in entries if e.lineage_id == commitment.lineage_id]
        kept = sum(e.kind is LogKind.KEPT and e.disputed_at is None for e in these)
        logged_today = [e for e in these if e.local_date == day]
        # A weekly one kept N times today is no longer due, but still shows what was logged.
        if logged_today or cadence.still_due(cadence.Rule.of(commitment), day, kept):
            items.append(DueItem(commitment, logged_today, partner.id))
    return items


def _declared_hard_day(session: Session, partner: Partner, day: date) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    # The couple and day first: the (couple, local date) index finds it among years of entries.
                    LogEntry.couple_id == partner.couple_id,
                    LogEntry.local_date == day,
                    LogEntry.partner_id == partner.id,
                    LogEntry.kind == LogKind.HARD_DAY,
                )
            )
        )
    )


def _waiting(
    session: Session,
    partner: Partner,
    now: datetime,
    status: checkins.CheckInStatus,
    answered: checkins.CheckInProgress,
) -> Waiting:
    proposal = contracts.open_proposal(session, partner.couple_id)
    mine = answered.answered.get(partner.id, 0)
    # Waiting once the slot has come, or as soon as the other partner has started answering.
    started = any(count for who, count in answered.answered.items() if who != partner.id)
    since = now - timedelta(days=SHARED_NEWS_DAYS)
    questions = checkin_questions.waiting_proposal(session, partner.couple_id)
    deletion = leaving.pending_couple_deletion(session, partner.couple_id)
    return Waiting(
        proposal=proposal if proposal is not None and proposal.proposed_by_id != partner.id else None,
        checkin_to_answer=mine < answered.total and (status.due or started),
        to_acknowledge=tracking.unacknowledged_partner_entries(session, partner, now),
        shared_excerpts=[
            s
            for s in journal.shared_entries(session, partner.couple_id)
            if s.author_id != partner.id and s.shared_at >= since
        ],
        new_questions=questions is not None and questions.proposed_by_id != partner.id,
        couple_deletion=deletion is not None and deletion.requested_by_id != partner.id,
        changes_asked=contract_comments.changes_asked(session, partner),
    )


def _onboarding(session: Session, couple: Couple) -> Onboarding:
    columns = Couple.__table__.c
    # The schema keeps no "chosen" mark, so a slot still at its column defaults counts as
    # not chosen, until a check-in has been answered in it: the couple uses it as it is.
    default_slot = (columns.checkin_weekday.default.arg, columns.checkin_time.default.arg)
    partner_ids = [p.id for p in couple.partners]
    linked = exists().where(VoiceLink.couple_id == couple.id)
    account_linked = exists().where(OAuthToken.partner_id.in_(partner_ids))
    checked_in = exists().where(CheckInAnswer.partner_id.in_(partner_ids))
    return Onboarding(
        partner_joined=len(couple.partners) == 2,
        contract_agreed=contracts.active_version(session, couple.id) is not None,
        alexa_linked=bool(session.scalar(select(linked | account_linked))),
        slot_chosen=(couple.checkin_weekday, couple.checkin_time) != default_slot
        or bool(session.scalar(select(checked_in))),
    )
