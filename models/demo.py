"""A demo couple, Alex & Sam, with a contract and eight weeks of believable history."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import accounts, cadence, contracts, milestones
from .base import utcnow
from .checkins import questions
from .entities import Cadence, CheckIn, CheckInAnswer, ItemKind, LogEntry, LogKind, Partner, Source
from .localtime import local_today, week_start

DEMO_PASSWORD = "demo-password"
DEMO_EMAILS = ("alex@example.com", "sam@example.com")
DEMO_TIMEZONE = "America/New_York"
WEEKS = 8

_ANSWERS = (
    ("We kept our evening talks going.", "You called when you were late on Thursday."),
    ("I got defensive once about my phone.", "A late night without a message."),
    ("Knowing you'd text if plans changed.", "Our walk on Sunday."),
    ("Keep the evening talks short on busy days.", "More notice about late meetings."),
)


@dataclass(frozen=True)
class DemoCouple:
    emails: tuple[str, str]
    password: str
    created: bool  # False when it already existed


def create_demo(session: Session, now: datetime | None = None) -> DemoCouple:
    """Create the demo couple unless it exists already (safe to run twice)."""
    now = now or utcnow()
    if session.scalar(select(Partner.id).where(Partner.email == DEMO_EMAILS[0])) is not None:
        return DemoCouple(DEMO_EMAILS, DEMO_PASSWORD, created=False)
    alex = accounts.sign_up(session, name="Alex", email=DEMO_EMAILS[0], password=DEMO_PASSWORD, timezone=DEMO_TIMEZONE)
    token = accounts.create_invitation(session, alex, now=now)
    sam = accounts.join(session, token=token, name="Sam", email=DEMO_EMAILS[1], password=DEMO_PASSWORD, now=now)
    today = local_today(alex.couple, now)
    start = week_start(today) - timedelta(weeks=WEEKS)
    version = contracts.propose_version(
        session, alex, _demo_items(alex, sam), note="Our first agreement.", now=_at(start, 20, 0)
    )
    contracts.agree_version(session, sam, version.id, now=_at(start, 20, 30))
    _demo_history(session, alex, sam, version.items_of(ItemKind.COMMITMENT), start, today)
    # What eight weeks of history reached was celebrated back then: the first log of
    # a demo should not be buried under a dozen celebrations.
    milestones.celebrate(session, alex, now)
    session.flush()
    return DemoCouple(DEMO_EMAILS, DEMO_PASSWORD, created=True)


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=ZoneInfo(DEMO_TIMEZONE)).astimezone(UTC)


def _demo_items(alex: Partner, sam: Partner) -> list[contracts.ItemDraft]:
    C, B, E = ItemKind.COMMITMENT, ItemKind.BOUNDARY, ItemKind.EXAMPLE
    return [
        contracts.ItemDraft(
            C,
            "Call or text when I'm running more than 15 minutes late",
            short_name="call when late",
            category="punctuality",
            hard_day_form="A one-word text is enough",
            consequence="We talk it through calmly at the check-in",
        ),
        contracts.ItemDraft(
            C,
            "Have a 15-minute evening talk about our day",
            short_name="evening talk",
            cadence=Cadence.WEEKDAYS,
            weekdays="01234",
            due_time=time(21, 0),
            category="communication",
            hard_day_form="Five minutes, just the highlights",
        ),
        contracts.ItemDraft(
            C,
            "Answer questions about my phone openly, without getting defensive",
            short_name="open phone",
            owner_id=alex.id,
            category="privacy",
            hard_day_form="Say 'not now, tonight' and keep to it",
        ),
        contracts.ItemDraft(
            C,
            "Do the house jobs I said I'd do",
            short_name="house jobs",
            owner_id=sam.id,
            cadence=Cadence.WEEKLY,
            times_per_week=3,
            category="chores",
        ),
        contracts.ItemDraft(
            B,
            "No contact with the former affair partner",
            consequence="If contact happens, tell each other within 24 hours",
        ),
        contracts.ItemDraft(
            B, "No reading each other's private journal", consequence="Own it and talk about it that day"
        ),
        contracts.ItemDraft(E, "Texting 'running 20 minutes late, sorry' before the time we agreed"),
        contracts.ItemDraft(E, "Mentioning a difficult call straight away, before being asked"),
    ]


def _demo_history(session: Session, alex: Partner, sam: Partner, commitments, start: date, today: date) -> None:
    rng = random.Random(20261127)  # the same history every time
    days = (today - start).days
    kept_this_week: Counter[int] = Counter()
    for offset in range(days):
        day = start + timedelta(days=offset)
        if day.weekday() == 0:
            kept_this_week.clear()
        progress = offset / days  # reliability grows over the weeks
        for item in commitments:
            if not cadence.still_due(cadence.Rule.of(item), day, kept_this_week[item.lineage_id]):
                continue
            who = {alex.id: alex, sam.id: sam}.get(item.owner_id) or rng.choice((alex, sam))
            roll = rng.random()
            if roll < 0.62 + 0.33 * progress:
                _add(session, who, LogKind.KEPT, day, item.lineage_id, hour=21)
                kept_this_week[item.lineage_id] += 1
            elif roll < 0.80 + 0.15 * progress:
                _add(session, who, LogKind.MISSED, day, item.lineage_id, hour=22, note="Got caught up and forgot")
        if rng.random() < 0.18:
            who, other = rng.choice(((alex, sam), (sam, alex)))
            _add(session, who, LogKind.RELIABILITY, day, None, hour=19, note=f"{other.name} was on time for our talk")
        if rng.random() < 0.08:
            _add(
                session,
                rng.choice((alex, sam)),
                LogKind.SMALL_WIN,
                day,
                None,
                hour=20,
                note="We talked through a hard topic without raising our voices",
            )
        if offset in (17, 39):
            _add(session, rng.choice((alex, sam)), LogKind.HARD_DAY, day, None, hour=8, note="Rough day at work")
    _demo_checkins(session, alex, sam, start, today)


def _add(session, partner, kind, day, lineage_id, *, hour, note="") -> None:
    session.add(
        LogEntry(
            couple_id=partner.couple_id,
            partner_id=partner.id,
            kind=kind,
            lineage_id=lineage_id,
            local_date=day,
            created_at=_at(day, hour, 0),
            note=note,
            source=Source.WEB,
            acknowledged_at=_at(day, hour + 1, 0) if kind is not LogKind.MISSED else None,
        )
    )


def _demo_checkins(session: Session, alex: Partner, sam: Partner, start: date, today: date) -> None:
    asked = questions(session, alex.couple_id)
    monday = start
    while monday < week_start(today):
        sunday = monday + timedelta(days=6)
        checkin = CheckIn(
            couple_id=alex.couple_id,
            week_start=monday,
            created_at=_at(sunday, 19, 0),
            completed_at=_at(sunday, 19, 40),
            questions=asked,
        )
        for position, question in enumerate(asked):
            for partner, answer in zip((alex, sam), _ANSWERS[position % len(_ANSWERS)], strict=False):
                checkin.answers.append(
                    CheckInAnswer(
                        partner_id=partner.id,
                        position=position,
                        question=question,
                        answer=answer,
                        source=Source.VOICE,
                        created_at=_at(sunday, 19, 10),
                    )
                )
        session.add(checkin)
        monday += timedelta(weeks=1)
