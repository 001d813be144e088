"""Changing the couple's check-in questions, by agreement like the contract: one partner
proposes new questions, the other agrees or asks for changes; until then the questions
in use stay as they are. A couple whose second partner has not joined yet changes them
at once: there is nobody to agree with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import checkins
from .base import utcnow
from .checkin_question_entities import QuestionsProposal
from .entities import Couple, Partner
from .errors import Conflict, NotAllowed, NotFound, ValidationError

MAX_REPLY = 1000
CHANGED_MEANWHILE = "These proposed questions were changed meanwhile: please read them again first."


def waiting_proposal(session: Session, couple_id: int) -> QuestionsProposal | None:
    return session.scalar(select(QuestionsProposal).where(QuestionsProposal.couple_id == couple_id))


def _lock(session: Session, couple_id: int) -> None:
    """Take turns with the other partner proposing or agreeing at the same moment
    (PostgreSQL; SQLite takes turns anyway: see models.db)."""
    session.execute(select(Couple.id).where(Couple.id == couple_id).with_for_update())


def _get(session: Session, partner: Partner, proposal_id: int, revision: int | None) -> QuestionsProposal:
    """The couple's waiting proposal by id; Conflict when `revision` is not the one read."""
    _lock(session, partner.couple_id)
    proposal = waiting_proposal(session, partner.couple_id)
    if proposal is None or proposal.id != proposal_id:
        raise NotFound("Those proposed questions are no longer waiting: they were agreed or withdrawn.")
    if revision is not None and revision != proposal.revision:
        raise Conflict(CHANGED_MEANWHILE)
    return proposal


@dataclass(frozen=True)
class QuestionsProposed:
    proposal: QuestionsProposal | None  # None: applied at once (nobody to agree with)
    revised: bool = False  # it replaced a proposal that was waiting
    applied: checkins.QuestionsEdit | None = None


def stamp(proposal: QuestionsProposal | None) -> str:
    """Which proposal, in which revision, a page showed ("" for none)."""
    return f"{proposal.id}.{proposal.revision}" if proposal is not None else ""


def propose_questions(
    session: Session, partner: Partner, texts: list[str], now: datetime | None = None, *, seen: str | None = None
) -> QuestionsProposed:
    """Propose new questions for the check-ins to come. A proposal already waiting, by
    either partner, is revised in place (the reviser becomes its proposer, and the other
    agrees). Alone in the couple, the questions change at once. `seen`, when given, is
    the `stamp` of the proposal the partner was shown: if it changed since, nothing is
    written (a revision never overwrites wording its author has not read)."""
    cleaned = checkins.clean_questions(texts)
    _lock(session, partner.couple_id)
    if seen is not None and seen != stamp(waiting_proposal(session, partner.couple_id)):
        raise Conflict(CHANGED_MEANWHILE)
    if len(partner.couple.partners) < 2:
        return QuestionsProposed(None, applied=checkins.edit_questions(session, partner, cleaned, now))
    if cleaned == checkins.couple_questions(session, partner.couple_id):
        raise ValidationError("These are already your questions: change at least one before proposing.")
    proposal = waiting_proposal(session, partner.couple_id)
    if proposal is None:
        proposal = QuestionsProposal(couple_id=partner.couple_id, revision=0, reply="")
        session.add(proposal)
        revised = False
    else:
        proposal.revision += 1
        revised = True
        if proposal.replied_by_id == partner.id:  # their request for changes is now this revision
            proposal.reply, proposal.replied_by_id = "", None
    proposal.proposed_by_id = partner.id
    proposal.questions = cleaned  # a new list: JSON is not mutation-tracked
    proposal.proposed_at = now or utcnow()
    session.flush()
    return QuestionsProposed(proposal, revised=revised)


def agree_questions(
    session: Session, partner: Partner, proposal_id: int, revision: int, now: datetime | None = None
) -> checkins.QuestionsEdit:
    """The other partner agrees to the questions they read (`revision`): they are the
    couple's questions from now on (this week's too, while nobody has answered it)."""
    proposal = _get(session, partner, proposal_id, revision)
    if proposal.proposed_by_id == partner.id:
        raise NotAllowed("Your partner needs to agree to the questions you proposed.")
    edit = checkins.edit_questions(session, partner, list(proposal.questions), now)
    session.delete(proposal)
    session.flush()
    return edit


def ask_for_changes(session: Session, partner: Partner, proposal_id: int, revision: int, reply: str) -> None:
    """The other partner says what they would change; the proposal keeps waiting."""
    reply = (reply or "").strip()
    if not reply:
        raise ValidationError("Say what you would change, in a few words.")
    if len(reply) > MAX_REPLY:
        raise ValidationError(f"At most {MAX_REPLY} characters, please.")
    proposal = _get(session, partner, proposal_id, revision)
    if proposal.proposed_by_id == partner.id:
        raise NotAllowed("Change your own proposal by revising it.")
    proposal.reply = reply
    proposal.replied_by_id = partner.id
    session.flush()


def withdraw_questions(session: Session, partner: Partner, proposal_id: int) -> None:
    """The proposer takes their proposal back; the questions in use stay as they are."""
    proposal = _get(session, partner, proposal_id, None)
    if proposal.proposed_by_id != partner.id:
        raise NotAllowed("Only the partner who proposed these questions can withdraw them.")
    session.delete(proposal)
    session.flush()
