"""A hard day: logged once, and today's commitments in their agreed simplified forms."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import cadence, contracts, disputes, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source
from trust_tracker.models.errors import ValidationError

C = ItemKind.COMMITMENT
# NOW is Wednesday (weekday 2) in New York.


@pytest.fixture
def active(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(
                C,
                "Call or text when more than 15 minutes late",
                short_name="call when late",
                hard_day_form="A one-word text is enough",
            ),
            ItemDraft(
                C,
                "Evening talk for fifteen minutes",
                short_name="evening talk",
                cadence=Cadence.WEEKDAYS,
                weekdays="024",
                hard_day_form="Five minutes, just the highlights",
            ),
            ItemDraft(C, "Friday date night", cadence=Cadence.WEEKDAYS, weekdays="4"),  # not due on a Wednesday
            ItemDraft(C, "Answer questions about my phone openly", short_name="open phone", owner_id=alex.id),
            ItemDraft(
                C,
                "House jobs",
                short_name="house jobs",
                owner_id=sam.id,
                cadence=Cadence.WEEKLY,
                times_per_week=2,
                hard_day_form="One small job",
            ),
            ItemDraft(ItemKind.BOUNDARY, "No contact with the ex"),
        ],
    )
    contracts.agree_version(session, sam, version.id)
    return {item.short_name or item.text: item for item in version.items}


def _hard_days(session, partner):
    return session.scalar(
        select(func.count(LogEntry.id)).where(LogEntry.partner_id == partner.id, LogEntry.kind == LogKind.HARD_DAY)
    )


def test_hard_day_lists_todays_commitments_in_their_simplified_forms(session, couple, active):
    alex, _ = couple
    day = tracking.hard_day(session, alex, NOW)
    assert day.entry.kind is LogKind.HARD_DAY and day.entry.partner_id == alex.id
    assert day.entry.source is Source.VOICE and not day.already_logged
    assert [(i.name, i.form, i.simplified) for i in day.today] == [
        ("call when late", "A one-word text is enough", True),
        ("evening talk", "Five minutes, just the highlights", True),
        # No simplified form agreed: the full commitment.
        ("open phone", "Answer questions about my phone openly", False),
    ]


def test_the_other_partners_own_commitments_and_weekly_ones_done_are_left_out(session, couple, active):
    _, sam = couple
    jobs = active["house jobs"]
    day = tracking.hard_day(session, sam, NOW, source=Source.WEB)
    assert [i.name for i in day.today] == ["call when late", "evening talk", "house jobs"]
    assert day.entry.source is Source.WEB
    # Twice this week already: the weekly commitment is done for the week.
    for back in (1, 2):
        session.add(
            LogEntry(
                couple_id=sam.couple_id,
                partner_id=sam.id,
                kind=LogKind.KEPT,
                lineage_id=jobs.lineage_id,
                local_date=NOW.date() - timedelta(days=back),
                created_at=NOW - timedelta(days=back),
                source=Source.WEB,
            )
        )
    session.flush()
    assert [i.name for i in tracking.hard_day(session, sam, NOW).today] == ["call when late", "evening talk"]


def test_a_hard_day_is_logged_once_a_day(session, couple, active):
    alex, sam = couple
    first = tracking.hard_day(session, alex, NOW)
    again = tracking.hard_day(session, alex, NOW + timedelta(hours=5))
    assert again.entry.id == first.entry.id and again.already_logged
    assert _hard_days(session, alex) == 1
    # The partner's own hard day is theirs; the next day is a new one.
    tracking.hard_day(session, sam, NOW)
    tracking.hard_day(session, alex, NOW + timedelta(days=1))
    assert (_hard_days(session, alex), _hard_days(session, sam)) == (2, 1)


def test_the_day_is_the_couples_own(session, couple, active):
    alex, _ = couple
    # 03:00 UTC Thursday is Wednesday evening in New York.
    day = tracking.hard_day(session, alex, datetime(2026, 11, 26, 3, 0, tzinfo=UTC))
    assert day.entry.local_date == NOW.date() and "evening talk" in [i.name for i in day.today]


def test_without_an_agreed_contract_the_hard_day_is_still_logged(session):
    robin, _ = make_couple(session, first="Robin", second=None)
    day = tracking.hard_day(session, robin, NOW)
    assert day.today == [] and _hard_days(session, robin) == 1


def test_still_due_by_cadence(active):
    wednesday = NOW.date()

    def due(name, day, kept_this_week=0):
        return cadence.still_due(cadence.Rule.of(active[name]), day, kept_this_week)

    assert due("call when late", wednesday)
    assert due("evening talk", wednesday)
    assert not due("Friday date night", wednesday)
    assert due("Friday date night", wednesday + timedelta(days=2))
    assert due("house jobs", wednesday, kept_this_week=1)
    assert not due("house jobs", wednesday, kept_this_week=2)


def test_cancel_my_hard_day_takes_back_only_the_speakers_own_of_today_within_ten_minutes(session, couple):
    alex, sam = couple
    assert disputes.take_back_hard_day(session, alex, NOW) is disputes.HardDayTaken.NONE
    tracking.hard_day(session, alex, NOW)
    tracking.hard_day(session, sam, NOW)
    later = NOW + timedelta(minutes=disputes.UNDO_MINUTES + 1)
    assert disputes.take_back_hard_day(session, alex, later) is disputes.HardDayTaken.TOO_LATE
    assert disputes.take_back_hard_day(session, alex, NOW + timedelta(minutes=9)) is disputes.HardDayTaken.REMOVED
    left = session.scalars(select(LogEntry.partner_id).where(LogEntry.kind == LogKind.HARD_DAY)).all()
    assert left == [sam.id]
    assert disputes.take_back_hard_day(session, alex, NOW + timedelta(minutes=9)) is disputes.HardDayTaken.NONE


@pytest.mark.parametrize("back", [1, 3, tracking.PAST_DAYS])
def test_a_past_hard_day_is_logged_on_its_day_once_and_today_stays_free(session, couple, active, back):
    alex, _ = couple
    today = date(2026, 11, 25)  # NOW in New York
    day = today - timedelta(days=back)
    first = tracking.hard_day(session, alex, NOW, day=day)
    again = tracking.hard_day(session, alex, NOW, day=day)
    assert first.entry.local_date == day and not first.already_logged
    assert again.already_logged and again.entry.id == first.entry.id
    assert tracking.todays_hard_day(session, alex, today) is None
    assert _hard_days(session, alex) == 1


@pytest.mark.parametrize("back", [tracking.PAST_DAYS + 1, 365, -1])
def test_a_hard_day_further_back_than_a_week_or_to_come_is_refused_and_nothing_is_logged(session, couple, active, back):
    alex, _ = couple
    with pytest.raises(ValidationError):
        tracking.hard_day(session, alex, NOW, day=date(2026, 11, 25) - timedelta(days=back))
    assert _hard_days(session, alex) == 0


def test_a_hard_day_taken_back_by_its_day_is_that_days_only(session, couple):
    """Brief voice47: "undo the hard day I logged on Monday" removes Monday's, never today's or another's."""
    alex, sam = couple
    monday = date(2026, 11, 23)
    assert disputes.take_back_hard_day(session, alex, NOW, day=monday) is disputes.HardDayTaken.NONE
    tracking.hard_day(session, alex, NOW, day=monday)
    tracking.hard_day(session, alex, NOW)
    tracking.hard_day(session, sam, NOW, day=monday)
    later = NOW + timedelta(minutes=disputes.UNDO_MINUTES + 1)
    assert disputes.take_back_hard_day(session, alex, later, day=monday) is disputes.HardDayTaken.TOO_LATE
    assert disputes.take_back_hard_day(session, alex, NOW, day=monday) is disputes.HardDayTaken.REMOVED
    left = session.execute(select(LogEntry.partner_id, LogEntry.local_date).where(LogEntry.kind == LogKind.HARD_DAY))
    assert sorted(left.all()) == sorted([(alex.id, date(2026, 11, 25)), (sam.id, monday)])


@pytest.mark.parametrize(
    ("cadence_of", "weekdays", "day", "may"),
    [
        (Cadence.DAILY, "", date(2026, 11, 24), True),
        (Cadence.WEEKLY, "", date(2026, 11, 24), True),  # "N times a week": any day
        (Cadence.WEEKDAYS, "5", date(2026, 11, 21), True),  # a Saturday walk on Saturday
        (Cadence.WEEKDAYS, "5", date(2026, 11, 24), False),  # never on a Tuesday
        (Cadence.WEEKDAYS, "024", date(2026, 11, 23), True),
        (Cadence.WEEKDAYS, "024", date(2026, 11, 22), False),
    ],
)
def test_a_keep_or_miss_may_fall_only_on_a_day_its_cadence_allows(cadence_of, weekdays, day, may):
    rule = cadence.Rule(cadence_of, frozenset(int(d) for d in weekdays), 1)
    assert cadence.may_fall_on(rule, day) is may
