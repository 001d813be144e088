"""A demo couple, Alex & Sam, with eight weeks of believable history that shows the
product: three contract versions (the second came from a setback reflection, the third
was talked over in comments), kept and missed, two hard days
with their simpler forms kept, reflections by both, weekly check-ins with different
answers each week, journals private and shared, and "seen, thank you" on most entries."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import accounts, cadence, contract_comments, contracts, journal, milestones, setbacks
from .base import utcnow
from .checkins import questions
from .entities import (
    Cadence,
    CheckIn,
    CheckInAnswer,
    ItemKind,
    LogEntry,
    LogKind,
    Partner,
    Setback,
    Source,
)
from .localtime import local_today, week_start

DEMO_PASSWORD = "small-steps-daily"
DEMO_EMAILS = ("alex@example.com", "sam@example.com")
DEMO_TIMEZONE = "America/New_York"
WEEKS = 8

# Each check-in question gets a different answer each week, in each partner's own voice.
_ANSWERS = (
    (  # What went well this week?
        ("We kept our evening talks going.", "You called when you were late on Thursday."),
        ("I told you about the work dinner before you asked.", "Sunday's walk, with no phones."),
        ("Getting through a busy week without a row.", "You showed me your messages without me asking."),
        ("The house felt calm.", "We laughed at dinner, properly, for the first time in a while."),
    ),
    (  # What didn't go well?
        ("I got defensive once about my phone.", "A late night without a message."),
        ("I missed our talk on Tuesday and went quiet about it.", "I snapped when you were late."),
        ("Not much, honestly.", "I forgot the bins twice."),
        ("I was short with you after work.", "I didn't say when I felt wobbly."),
    ),
    (  # What helped you feel secure this week?
        ("Knowing you'd text if plans changed.", "Our walk on Sunday."),
        ("You asked how my day really was.", "The message from the station."),
        ("Seeing the list of kept promises grow.", "You telling me about the call straight away."),
        ("That you noticed the small things.", "Hearing you say sorry without a 'but'."),
    ),
    (  # What would make trust easier next week?
        ("Keep the evening talks short on busy days.", "More notice about late meetings."),
        ("An earlier talk on my late days.", "Charging my phone before I leave."),
        ("A walk on Sundays, just us.", "Keep doing what we're doing."),
        ("Telling each other sooner when it's a hard day.", "A hug before the check-in."),
    ),
)
_MISSED_NOTES = ("Got caught up and forgot", "Phone was flat", "Meeting ran late", "I just didn't, sorry")
_KEPT_NOTES = {"call when late": ("Called from the train", "Texted when the bus was late", "", "")}
HARD_DAYS = (17, 39)  # day offsets: Alex, then Sam, says it is a hard day
_SETBACKS = {15: "evening talk", 33: "call when late"}  # day offset: what Alex, then Sam, missed
_V2_DAY, _V3_DAY = 16, 36


@dataclass(frozen=True)
class DemoCouple:
    emails: tuple[str, str]
    password: str | None  # None: a demo made before DEMO_PASSWORD changed keeps the one it was made with
    created: bool  # False when it already existed


def create_demo(session: Session, now: datetime | None = None) -> DemoCouple:
    """Create the demo couple unless it exists already (safe to run twice)."""
    now = now or utcnow()
    if session.scalar(select(Partner.id).where(Partner.email == DEMO_EMAILS[0])) is not None:
        works = accounts.authenticate(session, DEMO_EMAILS[0], DEMO_PASSWORD) is not None  # never print a wrong one
        return DemoCouple(DEMO_EMAILS, DEMO_PASSWORD if works else None, created=False)
    alex = accounts.sign_up(session, name="Alex", email=DEMO_EMAILS[0], password=DEMO_PASSWORD, timezone=DEMO_TIMEZONE)
    token = accounts.create_invitation(session, alex, now=now)
    sam = accounts.join(session, token=token, name="Sam", email=DEMO_EMAILS[1], password=DEMO_PASSWORD, now=now)
    today = local_today(alex.couple, now)
    start = week_start(today) - timedelta(weeks=WEEKS)
    alex.couple.created_at = _at(start, 19, 0)  # they began eight weeks ago
    version = contracts.propose_version(
        session, alex, _demo_items(alex, sam), note="Our first agreement.", now=_at(start, 20, 0)
    )
    contracts.agree_version(session, sam, version.id, now=_at(start, 20, 30))
    _demo_history(session, alex, sam, start, today)
    _demo_checkins(session, alex, sam, start, today)
    _demo_journals(session, alex, sam, start)
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


def _demo_history(session: Session, alex: Partner, sam: Partner, start: date, today: date) -> None:
    """Day by day: kept and missed (more kept as the weeks pass), moments, small wins, two
    hard days with their simpler forms kept, and the contract changing as they learn."""
    rng = random.Random(20261127)  # the same history every time
    days = (today - start).days
    kept_this_week: Counter[int] = Counter()
    for offset in range(days):
        day = start + timedelta(days=offset)
        if day.weekday() == 0:
            kept_this_week.clear()
        if offset in (_V2_DAY, _V3_DAY):
            _change_after_setback(session, *((alex, sam) if offset == _V2_DAY else (sam, alex)), day)
        active = contracts.active_version(session, alex.couple_id)
        progress = offset / days  # reliability grows over the weeks
        hard = (alex, sam)[HARD_DAYS.index(offset)] if offset in HARD_DAYS else None
        if hard is not None:
            _add(session, hard, LogKind.HARD_DAY, day, None, hour=8, note="Rough day at work", rng=rng, today=today)
        for item in active.items_of(ItemKind.COMMITMENT) if active else []:
            if not cadence.still_due(cadence.Rule.of(item), day, kept_this_week[item.lineage_id]):
                continue
            owner = next((p for p in (alex, sam) if p.id == item.owner_id), None)
            who = owner or rng.choice((alex, sam))
            if hard is not None and item.hard_day_form and item.owner_id in (None, hard.id):
                note = f"Hard-day form: {item.hard_day_form.lower()}"
                _add(session, hard, LogKind.KEPT, day, item.lineage_id, hour=21, note=note, rng=rng, today=today)
            elif _SETBACKS.get(offset) == item.short_name:
                who = alex if offset < _V2_DAY else sam
                missed = _add(
                    session,
                    who,
                    LogKind.MISSED,
                    day,
                    item.lineage_id,
                    hour=22,
                    note="I let it slide",
                    rng=rng,
                    today=today,
                )
                _reflect(session, who, missed, day)
                continue
            elif rng.random() < 0.62 + 0.33 * progress:
                _add(
                    session,
                    who,
                    LogKind.KEPT,
                    day,
                    item.lineage_id,
                    hour=21,
                    note=rng.choice(_KEPT_NOTES.get(item.short_name, ("",))),
                    rng=rng,
                    today=today,
                )
            elif rng.random() < 0.5 + 0.4 * progress:
                continue  # not logged
            else:
                note = rng.choice(_MISSED_NOTES)
                _add(session, who, LogKind.MISSED, day, item.lineage_id, hour=22, note=note, rng=rng, today=today)
                continue
            kept_this_week[item.lineage_id] += 1
        if rng.random() < 0.18:
            who, other = rng.choice(((alex, sam), (sam, alex)))
            note = f"{other.name} was on time for our talk"
            _add(session, who, LogKind.RELIABILITY, day, None, hour=19, note=note, rng=rng, today=today)
        if rng.random() < 0.08:
            note = "We talked through a hard topic without raising our voices"
            _add(
                session, rng.choice((alex, sam)), LogKind.SMALL_WIN, day, None, hour=20, note=note, rng=rng, today=today
            )


_REFLECTIONS = {
    "Alex": ("A late meeting ran over and I came home drained.", "Having the talk earlier on my late-meeting days."),
    "Sam": ("My phone died on the bus.", "Charging it at work, and borrowing a phone if it dies."),
}


def _reflect(session: Session, who: Partner, missed: LogEntry, day: date) -> None:
    setback = setbacks.start_setback(session, who, missed.id, now=_at(day, 22, 30))
    trigger, prevention = _REFLECTIONS[who.name]
    setbacks.reflect(session, who, setback.id, trigger=trigger, prevention=prevention)


def _change_after_setback(session: Session, proposer: Partner, partner: Partner, day: date) -> None:
    """A contract change from the proposer's latest reflection. Version 2 (Alex, after a
    missed evening talk): the talk moves earlier. Version 3 (Sam, after a flat phone): a
    borrowed phone counts, and the Sunday walk they wished for at a check-in; Alex asks
    about it in a comment before agreeing."""
    setback = session.scalars(
        select(Setback).join(Setback.log_entry).where(LogEntry.partner_id == proposer.id).order_by(Setback.id.desc())
    ).first()
    assert setback is not None
    drafts, _ = setbacks.draft_change_from_setback(session, proposer, setback.id)
    if proposer.name == "Alex":
        drafts = [replace(d, due_time=time(20, 0)) if d.short_name == "evening talk" else d for d in drafts]
    else:
        borrowed = "A one-word text, or a call from a borrowed phone"
        drafts = [replace(d, hard_day_form=borrowed) if d.short_name == "call when late" else d for d in drafts]
        drafts.append(_SUNDAY_WALK)
    version = setbacks.propose_change_from_setback(session, proposer, setback.id, _at(day, 9, 0), items=drafts)
    if proposer.name == "Sam":
        question = "Yes to the walk! Can we swap to Saturday when it rains?"
        contract_comments.comment_on(session, partner, version.id, question, now=_at(day, 12, 0))
        contract_comments.comment_on(
            session, proposer, version.id, "Of course, let's just say so.", now=_at(day, 12, 30)
        )
    contracts.agree_version(session, partner, version.id, now=_at(day, 18, 0))


_SUNDAY_WALK = contracts.ItemDraft(
    ItemKind.COMMITMENT,
    "Go for a walk together on Sundays, phones away",
    short_name="Sunday walk",
    cadence=Cadence.WEEKDAYS,
    weekdays="6",
    category="communication",
    hard_day_form="Ten minutes round the block",
)


def _add(session, partner, kind, day, lineage_id, *, hour, note, rng, today) -> LogEntry:
    """One entry, logged on the site (the voice tests start from the demo with no voice
    entries); the partner says "seen, thank you" to most, but not yet to the last two days'."""
    recent = day >= today - timedelta(days=2)
    seen = kind is not LogKind.MISSED and not recent and rng.random() < 0.8
    entry = LogEntry(
        couple_id=partner.couple_id,
        partner_id=partner.id,
        kind=kind,
        lineage_id=lineage_id,
        local_date=day,
        created_at=_at(day, hour, rng.randrange(60)),
        note=note,
        source=Source.WEB,
        acknowledged_at=_at(day, hour + 1, 0) if seen else None,
    )
    session.add(entry)
    session.flush()
    return entry


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
        week = (monday - start).days // 7
        for position, question in enumerate(asked):
            pool = _ANSWERS[position % len(_ANSWERS)]
            for partner, answer in zip((alex, sam), pool[week % len(pool)], strict=True):
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


def _demo_journals(session: Session, alex: Partner, sam: Partner, start: date) -> None:
    """Private by default: each writes some entries, and shares a few, whole or in part."""
    for author, offset, body, excerpt in (
        (
            alex,
            3,
            "Still hurt about March. Tonight felt safe and warm, and I want more of that.",
            "Tonight felt safe and warm",
        ),
        (alex, 20, "The earlier talk works. I was less tired and actually listened.", ""),
        (alex, 41, "Some days I still check the phone in my head. Not ready to say that out loud.", None),
        (
            sam,
            9,
            "I keep waiting for the other shoe to drop. But the texts keep coming. Maybe it is real.",
            "the texts keep coming",
        ),
        (sam, 30, "Angry today for no reason I can name. Writing it here instead of at Alex.", None),
    ):
        day = start + timedelta(days=offset)
        entry = journal.write(session, author, body, now=_at(day, 22, 0))
        if excerpt is not None:
            journal.share(session, author, entry.id, excerpt or None, now=_at(day, 22, 5))
