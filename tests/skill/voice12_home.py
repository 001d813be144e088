"""A home for the voice12 tests: a couple of any two names, its device linked with the first
partner's voice bound (or without voice profiles), an agreed contract; readers of what was saved."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill.talk import USER, Talk
from trust_tracker.models import voice
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Partner
from trust_tracker.skill.builder import build_skill

VOICE = "amzn1.ask.person.FIRST"
QUESTIONS = 4  # the default set


def typed(name: str) -> str:
    """A name as Alexa writes it (no accents)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def home(session, session_factory, a: str, b: str, *, bound: bool) -> tuple[Talk, Partner, Partner]:
    """`a` and `b`, the device linked by `a` (`bound`: with `a`'s voice, which Alexa sends)."""
    one, two = make_couple(session, "One", "Two")
    one.name, two.name = a, b
    person = VOICE if bound else None
    code = voice.issue_pairing_code(session, one, now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=person, now=NOW)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=person), one, two


def saved(session) -> list[tuple[str, int, str]]:
    """Check-in answers: (whose, position, text in lower case, as Alexa writes what it heard)."""
    session.expire_all()
    rows = session.scalars(select(CheckInAnswer).order_by(CheckInAnswer.id))
    return [(session.get(Partner, a.partner_id).name, a.position, a.answer.lower()) for a in rows]


def logged(session) -> list[tuple[str, str, str | None]]:
    """Log entries: (whose, kind, note)."""
    session.expire_all()
    return [(e.partner.name, e.kind.value, e.note) for e in session.scalars(select(LogEntry).order_by(LogEntry.id))]
