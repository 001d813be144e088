"""Leaving: a partner's right to take their data away, and deleting the couple.

One partner never deletes the other's account or journal. Alone, a partner leaves: their
own data goes, and the couple is dissolved around them; the other keeps their account,
their journal and the shared history, and is told once, at their next log-in. Deleting
the whole couple takes both: one asks, the other confirms.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session

from . import stats
from .accounts import confirm_password, hold_couple, partner_of
from .base import utcnow
from .checkin_question_entities import QuestionsProposal
from .contracts import withdraw
from .db import has_table
from .entities import (
    Contract,
    ContractItem,
    ContractVersion,
    Couple,
    ItemLineage,
    JournalEntry,
    LogEntry,
    LogKind,
    Partner,
    Setback,
    VersionStatus,
)
from .errors import Conflict
from .export import KIND_WORDS, item_names
from .milestone_upkeep import drop_unearned
from .private_entities import CoupleDeletionRequest, PartnerNotice, SetbackReflection

WRONG_PASSWORD = "That password is not right, so nothing was deleted."


def delete_partner(session: Session, partner: Partner, password: str) -> None:
    """Delete this partner's account and their own data, once their password confirms it.

    The database's ON DELETE rules do the rest: their log entries (with any setbacks
    about them), reflections, check-in answers, comments, journal, voice links and
    pairing codes go (CASCADE); versions they proposed or agreed stay in the shared
    contract with that person left blank (SET NULL). An open proposal of theirs is
    withdrawn, since nobody is left to stand behind it. The other partner keeps their
    account, journal and the shared history, and is told at their next log-in; a
    partner who is alone takes the couple with them.

    Their own commitments leave with them, from every version: see below.
    """
    confirm_password(partner, password, WRONG_PASSWORD)
    couple = partner.couple
    # Who is in the couple once no join is under way: someone joining this moment is a
    # partner, never taken along with the couple (tester-web51).
    hold_couple(session, couple.id)
    session.expire(couple, ["partners"])
    other = partner_of(partner)
    if other is None:
        _delete_couple(session, couple)
        return
    proposals = session.scalars(
        select(ContractVersion)
        .join(Contract)
        .where(
            Contract.couple_id == couple.id,
            ContractVersion.status == VersionStatus.PROPOSED,
            ContractVersion.proposed_by_id == partner.id,
        )
    ).all()
    for version in proposals:
        withdraw(session, version)
    _keep_copy_of_history(session, partner, other)
    _remove_own_commitments(session, partner)
    _remove_own_words(session, partner)
    session.execute(delete(CoupleDeletionRequest).where(CoupleDeletionRequest.couple_id == couple.id))
    kept = _keep_own_reflections(session, partner, other)
    copied = f" (with your {kept} reflection{'s' if kept != 1 else ''} on their setbacks)" if kept else ""
    _tell(
        session,
        other,
        f"{partner.name} deleted their account, so your couple is dissolved. You keep your account, "
        f"your journal{copied} and your own entries of your history; {partner.name}'s own entries left with them, "
        "and your journal holds a copy of the shared history as it was, their entries without their notes. "
        "You can take a copy of your data, or delete your account too.",
    )
    # The commitments they logged, whose streaks may have stood on their keeps (shared ones).
    touched: set[int] = set(
        session.scalars(
            select(LogEntry.lineage_id)
            .where(LogEntry.partner_id == partner.id, LogEntry.lineage_id.is_not(None))
            .distinct()
        )
    )
    if has_table(session, "couple", "dissolved_at"):  # not under a schema before migration 0018
        couple.dissolved_at = utcnow()  # whoever joins the one who stays starts afresh (models.fresh_start)
    session.delete(partner)
    session.flush()
    # Rows the database removed or changed may still sit in the session: reload them.
    session.expire_all()
    # The database's cascades (their entries, their commitments' lineages) went past
    # models.stats: the couple's figures are made again from the entries left.
    stats.rebuild(session, [couple.id])
    drop_unearned(session, couple.id, touched)  # and what only their entries reached is no longer celebrated


def _keep_copy_of_history(session: Session, leaving: Partner, staying: Partner) -> None:
    """The shared log as it stood, as a private journal entry of the partner who stays, in plain
    sentences: their own entries in full; the leaving partner's only as what happened when, by
    "your former partner", never their name or their notes, which leave with them (tester-web45 F3)."""
    items = item_names(session, staying.couple_id)
    rows = session.execute(
        select(LogEntry.local_date, LogEntry.partner_id, LogEntry.kind, LogEntry.lineage_id, LogEntry.note)
        .where(LogEntry.couple_id == staying.couple_id)
        .order_by(LogEntry.local_date, LogEntry.created_at, LogEntry.id)
    )
    lines = ["Our shared history as it stood when your former partner left. Their notes left with them."]
    for day, partner_id, kind, lineage_id, note in rows:
        if partner_id != staying.id:
            lines.append(f"{day:%-d %B %Y}, your former partner: {KIND_WORDS[kind].lower()}.")
            continue
        promise = f" “{items[lineage_id]}”" if lineage_id in items else ""
        said = f" Your note: {note}" if note else ""
        lines.append(f"{day:%-d %B %Y}, you: {KIND_WORDS[kind].lower()}{promise}.{said}")
    if len(lines) == 1:
        lines.append("Nothing had been logged.")
    session.add(JournalEntry(author_id=staying.id, body="\n".join(lines)))


def _keep_own_reflections(session: Session, leaving: Partner, staying: Partner) -> int:
    """Copy the staying partner's own reflections on the leaving partner's setbacks into
    the staying partner's private journal, before those setbacks go with the leaving
    partner's entries: what someone wrote themselves is never deleted by someone else.
    Returns how many were kept."""
    reflections = session.scalars(
        select(SetbackReflection)
        .join(Setback, Setback.id == SetbackReflection.setback_id)
        .join(LogEntry, LogEntry.id == Setback.log_entry_id)
        .where(SetbackReflection.author_id == staying.id, LogEntry.partner_id == leaving.id)
        .order_by(LogEntry.local_date, SetbackReflection.id)
    ).all()
    for reflection in reflections:
        entry = session.get_one(Setback, reflection.setback_id).log_entry
        what = "breach" if entry.kind is LogKind.BREACH else "missed commitment"
        lines = [f"My reflection on {leaving.name}'s {what} of {entry.local_date:%-d %B %Y}, kept when they left."]
        if reflection.trigger:
            lines.append(f"What triggered it: {reflection.trigger}")
        if reflection.prevention:
            lines.append(f"What would have prevented it: {reflection.prevention}")
        session.add(JournalEntry(author_id=staying.id, body="\n".join(lines), created_at=reflection.created_at))
    session.flush()
    return len(reflections)


def _remove_own_words(session: Session, partner: Partner) -> None:
    """What the leaving partner wrote that outlives them in shared rows goes with their other
    words: the note of each contract version they proposed (often their reflection quoted, when a
    setback led to it), whose status still says a former partner proposed it, and their reply to
    proposed check-in questions. The rows stay, saying only what happened (tester-web46)."""
    contract_ids = select(Contract.id).where(Contract.couple_id == partner.couple_id)
    session.execute(
        update(ContractVersion)
        .where(ContractVersion.contract_id.in_(contract_ids), ContractVersion.proposed_by_id == partner.id)
        .values(note="")
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(QuestionsProposal)
        .where(QuestionsProposal.replied_by_id == partner.id)
        .values(reply="", replied_by_id=None)
        .execution_options(synchronize_session=False)
    )


def _remove_own_commitments(session: Session, partner: Partner) -> None:
    """Take the leaving partner's own commitments out of every version of the contract.

    A commitment's owner is a partner, or None for "both of you". Left to the foreign
    key's SET NULL, a commitment only the leaving partner made would silently become
    the one who stays: shown as theirs ("Whose: both of you"), loggable by them and
    counted in their streaks, in the active version and in every older one, though
    they never promised it alone. Nobody can keep it any more, and it was the leaving
    partner's own promise, so it goes with their other data. Shared commitments,
    the other partner's, boundaries and examples are untouched: those are still the
    remaining partner's agreement. A lineage left with no item in any version goes too,
    so log entries that pointed at it no longer name a promise that is gone.
    """
    contract_ids = select(Contract.id).where(Contract.couple_id == partner.couple_id)
    versions = select(ContractVersion.id).where(ContractVersion.contract_id.in_(contract_ids))
    session.execute(
        delete(ContractItem)
        .where(ContractItem.owner_id == partner.id, ContractItem.version_id.in_(versions))
        .execution_options(synchronize_session=False)
    )
    session.execute(
        delete(ItemLineage)
        .where(
            ItemLineage.contract_id.in_(contract_ids),
            ~exists().where(ContractItem.lineage_id == ItemLineage.id),
        )
        .execution_options(synchronize_session=False)
    )


class CoupleDeletion(enum.StrEnum):
    ASKED = "asked"  # waiting for the other partner to confirm
    DELETED = "deleted"  # the couple and everything of both partners is gone


def pending_couple_deletion(session: Session, couple_id: int) -> CoupleDeletionRequest | None:
    return session.get(CoupleDeletionRequest, couple_id)


def delete_couple(session: Session, partner: Partner, password: str, now: datetime | None = None) -> CoupleDeletion:
    """Ask to delete the whole couple, or confirm the other partner's asking.

    Once the partner's password confirms it: a partner alone deletes it at once; with two,
    the first to ask waits (ASKED) and the couple goes only when the other confirms
    (DELETED). Asking again while waiting changes nothing.
    """
    confirm_password(partner, password, WRONG_PASSWORD)
    couple = partner.couple
    if partner_of(partner) is None:
        _delete_couple(session, couple)
        return CoupleDeletion.DELETED
    # Take turns with the other partner asking at this very moment (PostgreSQL; SQLite takes turns anyway).
    session.execute(select(Couple.id).where(Couple.id == couple.id).with_for_update())
    request = pending_couple_deletion(session, couple.id)
    if request is None:
        session.add(
            CoupleDeletionRequest(couple_id=couple.id, requested_by_id=partner.id, requested_at=now or utcnow())
        )
        session.flush()
        return CoupleDeletion.ASKED
    if request.requested_by_id == partner.id:
        return CoupleDeletion.ASKED
    _delete_couple(session, couple)
    return CoupleDeletion.DELETED


def keep_couple(session: Session, partner: Partner) -> None:
    """Withdraw one's own request to delete the couple, or decline the other's (they are told)."""
    request = pending_couple_deletion(session, partner.couple_id)
    if request is None:
        raise Conflict("Nobody has asked to delete your couple.")
    other = partner_of(partner)
    if request.requested_by_id != partner.id and other is not None:
        _tell(session, other, f"{partner.name} chose to keep your couple, so nothing was deleted.")
    session.delete(request)
    session.flush()


def _tell(session: Session, partner: Partner, text: str) -> None:
    """Leave `partner` a notice for their next log-in (replacing an older one not yet seen)."""
    notice = session.get(PartnerNotice, partner.id)
    if notice is None:
        session.add(PartnerNotice(partner_id=partner.id, text=text))
    else:
        notice.text = text
    session.flush()


def take_notice(session: Session, partner: Partner) -> str | None:
    """The partner's one-time notice, deleted as it is read."""
    notice = session.get(PartnerNotice, partner.id)
    if notice is None:
        return None
    session.delete(notice)
    session.flush()
    return notice.text


def _delete_couple(session: Session, couple: Couple) -> None:
    # Every table hangs off the couple or a partner with ON DELETE CASCADE.
    session.delete(couple)
    session.flush()
    session.expire_all()
