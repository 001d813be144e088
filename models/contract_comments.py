"""Comments on a waiting proposal: a question, or what a partner would change. A revision
shows the comments of the drafts it answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import utcnow
from .contracts import get_version, open_proposal, require_waiting
from .entities import ContractVersion, Partner, VersionComment
from .errors import ValidationError

MAX_COMMENT = 2000


def comment_on(
    session: Session, partner: Partner, version_id: int, body: str, now: datetime | None = None
) -> VersionComment:
    """Either partner comments on a waiting proposal: a question, or what they would change."""
    version = get_version(session, partner.couple_id, version_id)
    # Line breaks matter in a comment, so only the ends are trimmed.
    body = (body or "").strip()
    if not body:
        raise ValidationError("Your comment cannot be empty.")
    if len(body) > MAX_COMMENT:
        raise ValidationError(f"A comment can be at most {MAX_COMMENT} characters.")
    require_waiting(version, "This version is no longer waiting for agreement, so it cannot take comments.")
    comment = VersionComment(version_id=version.id, partner_id=partner.id, body=body, created_at=now or utcnow())
    session.add(comment)
    session.flush()
    return comment


def comments(session: Session, couple_id: int, version_id: int) -> list[VersionComment]:
    """A version's comments and its earlier drafts', oldest first (a revision answers
    them); NotFound for another couple's version."""
    version = get_version(session, couple_id, version_id)
    return list(
        session.scalars(
            select(VersionComment)
            .join(ContractVersion)
            .where(
                ContractVersion.contract_id == version.contract_id,
                ContractVersion.number == version.number,
                ContractVersion.revision <= version.revision,
            )
            .order_by(VersionComment.created_at, VersionComment.id)
        )
    )


def changes_asked(session: Session, proposer: Partner) -> list[VersionComment]:
    """What the other partner asked of this partner's waiting proposal: their comments on
    its current draft, oldest first. Comments on earlier drafts are not listed: the
    revision answered them. Empty when the waiting proposal is not this partner's."""
    proposal = open_proposal(session, proposer.couple_id)
    if proposal is None or proposal.proposed_by_id != proposer.id:
        return []
    return list(
        session.scalars(
            select(VersionComment)
            .where(VersionComment.version_id == proposal.id, VersionComment.partner_id != proposer.id)
            .order_by(VersionComment.created_at, VersionComment.id)
        )
    )
