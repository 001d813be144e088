"""A home for the voice12 tests (and voice14's, voice15's): a couple of any two names, its device
linked with the first partner's voice bound (or without voice profiles), an agreed contract; readers
of what was saved."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date, datetime

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill.talk import USER, Talk
from trust_tracker.models import contracts, voice
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, CheckInAnswer, ItemKind, LogEntry, Partner
from trust_tracker.skill.builder import build_skill

VOICE = "amzn1.ask.person.FIRST"
QUESTIONS = 4  # the default set


def typed(name: str) -> str:
    """A name as Alexa writes it (no accents)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def linked_couple(
    session, a: str, b: str, *, person_id: str | None, timezone: str = "America/New_York", now: datetime = NOW
) -> tuple[Partner, Partner]:
    """`a` and `b`, the home's device linked by `a` (with `person_id`, the voice Alexa sends, if any)."""
    one, two = make_couple(session, "One", "Two", timezone=timezone)
    one.name, two.name = a, b
    code = voice.issue_pairing_code(session, one, now=now)
    voice.link_device(session, code, alexa_user_id=USER, person_id=person_id, now=now)
    return one, two


def home(session, session_factory, a: str, b: str, *, bound: bool) -> tuple[Talk, Partner, Partner]:
    """`a` and `b`, the device linked by `a` (`bound`: with `a`'s voice, which Alexa sends)."""
    person = VOICE if bound else None
    one, two = linked_couple(session, a, b, person_id=person)
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


@pytest.fixture
def couple_talks(session, session_factory) -> Callable[..., Talk]:
    """`couple_talks(a, b, bound=…)`: the device of `a` and `b`'s home, as `home` makes it."""

    def talks(a: str, b: str, *, bound: bool) -> Talk:
        return home(session, session_factory, a, b, bound=bound)[0]

    return talks


@pytest.fixture
def checkin_begun(couple_talks) -> Callable[..., Talk]:
    """`checkin_begun(a, b, bound=…, together=…)`: `a`'s check-in started, at question 1 (without
    voice profiles, `a` says their name first), alone or with `b`."""

    def begun(a: str, b: str, *, bound: bool, together: bool = False) -> Talk:
        talk = couple_talks(a, b, bound=bound)
        talk("start our check-in")
        if not bound:
            talk(f"my name is {typed(a)}")
        talk("yes" if together else "no")
        return talk

    return begun


def home_of(
    session, session_factory, a: str, b: str, locale: str, drafts: Callable[[Partner, Partner], list[ItemDraft]]
) -> Talk:
    """`a`'s device in `locale` (`a`'s voice known), the contract `drafts(a, b)` agreed by both."""
    one, two = linked_couple(session, a, b, person_id=VOICE)
    version = contracts.propose_version(session, one, drafts(one, two), note="ours", now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


def everyday_home(session, session_factory, a: str, b: str, locale: str, own: list[tuple[str, str]]) -> Talk:
    """`home_of` everyday promises: call when late, the evening talk and the Sunday walk shared; open phone
    and `own` ((text, short name) each) `a`'s; the house jobs `b`'s."""

    def drafts(one: Partner, two: Partner) -> list[ItemDraft]:
        C, D = ItemKind.COMMITMENT, ItemDraft
        return [
            D(C, "Call or text when I'm running more than 15 minutes late", short_name="call when late"),
            D(C, "Have a 15-minute evening talk about our day", short_name="evening talk"),
            D(C, "Answer questions about my phone openly, without getting defensive", "open phone", one.id),
            *(D(C, text, short_name=name, owner_id=one.id) for text, name in own),
            D(C, "Do the house jobs I said I'd do", short_name="house jobs", owner_id=two.id),
            D(C, "Go for a walk together on Sundays, phones away", short_name="Sunday walk"),
        ]

    return home_of(session, session_factory, a, b, locale, drafts)


def kinds(session) -> list[tuple[str, str | None]]:
    """Every entry as (kind, the promise's name or None), oldest first."""
    return [(kind, name) for kind, name, _, _ in named_rows(session)]


def named_rows(session) -> list[tuple[str, str | None, date, str]]:
    """Every entry as (kind, the promise's name or None, local date, note), oldest first."""
    session.expire_all()
    found = list(session.scalars(select(LogEntry).order_by(LogEntry.id)))
    names = contracts.item_names(session, found[0].couple_id) if found else {}
    return [(e.kind.value, names.get(e.lineage_id or 0), e.local_date, e.note) for e in found]


def demo_promises(session, one, two) -> None:
    """Four promises, as the demo couple has them (the walk's hard-day form says "ten minutes")."""
    C = ItemKind.COMMITMENT
    drafts = [
        contracts.ItemDraft(C, "Call or text when I'm running more than 15 minutes late", short_name="call when late"),
        contracts.ItemDraft(C, "Have a 15-minute evening talk about our day", short_name="evening talk"),
        contracts.ItemDraft(
            C, "Answer questions about my phone openly, without getting defensive", short_name="open phone"
        ),
        contracts.ItemDraft(
            C,
            "Go for a walk together on Sundays, phones away",
            short_name="Sunday walk",
            cadence=Cadence.DAILY,
            hard_day_form="Ten minutes round the block",
        ),
    ]
    version = contracts.propose_version(session, one, drafts, note="ours", now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)


def four_promises(session, session_factory, a: str, b: str, locale: str) -> Talk:
    """`a`'s device (`a`'s voice known) in `locale`, the couple holding the demo's four promises."""
    one, two = linked_couple(session, a, b, person_id=VOICE)
    demo_promises(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)
