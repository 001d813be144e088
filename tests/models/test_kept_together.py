"""A shared promise is kept together (code48): the partner's keep and one's own miss of it on the same day
contradict each other, so the domain says so before anything is stored; a yes (`over_partner`) logs it. "Or was
it another one?" offers only what is open on the day refused; "all of them" goes with its day; the check-in's
closing keeps to the week as it was. On SQLite and PostgreSQL (the suite's fixtures)."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.models.test_logbook import Exact
from trust_tracker.models import contracts, logbook, logbook_all, reports, still_open, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source
from trust_tracker.models.errors import LoggedThatDay
from trust_tracker.models.kept_together import PartnerLoggedOtherwise, other_way
from trust_tracker.models.localtime import local_today

C = ItemKind.COMMITMENT


@pytest.fixture
def promises(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Evening talk for fifteen minutes", short_name="evening talk"),  # shared, daily
            ItemDraft(C, "A walk on Sundays", short_name="sunday walk", cadence=Cadence.WEEKDAYS, weekdays="6"),
            ItemDraft(C, "Share my location on nights out", short_name="location", owner_id=alex.id),
            ItemDraft(C, "Put the bins out", short_name="bins", owner_id=sam.id),
        ],
    )
    contracts.agree_version(session, sam, version.id)
    return {item.short_name: item for item in version.items}


def _log(session, partner, item, kind=LogKind.KEPT, day: date | None = None):
    return tracking.log_entry(session, partner, kind, source=Source.WEB, lineage_id=item.lineage_id, now=NOW, day=day)


def _rows(session):
    return [(e.partner_id, e.lineage_id, e.kind, e.local_date) for e in session.scalars(select(LogEntry))]


def test_a_miss_against_the_partners_keep_is_said_and_nothing_stored(session, couple, promises):
    alex, sam = couple
    talk = promises["evening talk"]
    _log(session, sam, talk)
    before = _rows(session)
    outcome = logbook.log_said(session, alex, LogKind.MISSED, "evening talk", understanding=Exact(), now=NOW)
    assert outcome == PartnerLoggedOtherwise(talk, "Sam", LogKind.KEPT, "today")
    assert _rows(session) == before
    logged = logbook.log_said(
        session, alex, LogKind.MISSED, "evening talk", understanding=Exact(), now=NOW, over_partner=True
    )
    assert isinstance(logged, logbook.Logged) and logged.entry.kind is LogKind.MISSED


@pytest.mark.parametrize("kind", [LogKind.KEPT, LogKind.MISSED])
def test_the_same_way_ones_own_or_a_disputed_entry_is_no_contradiction(session, couple, promises, kind):
    alex, sam = couple
    today = local_today(alex.couple, NOW)
    _log(session, sam, promises["evening talk"], kind)
    assert other_way(session, alex, promises["evening talk"], kind, today, today) is None  # the same way
    assert other_way(session, alex, promises["location"], LogKind.MISSED, today, today) is None  # Alex's own
    entry = _log(session, sam, promises["sunday walk"], LogKind.KEPT)
    entry.disputed_at = NOW
    assert other_way(session, alex, promises["sunday walk"], LogKind.MISSED, today, today) is None


def test_another_day_is_read_on_that_day(session, couple, promises):
    alex, sam = couple
    today = local_today(alex.couple, NOW)
    yesterday = today - timedelta(days=1)
    _log(session, sam, promises["evening talk"], LogKind.MISSED, day=yesterday)
    assert other_way(session, alex, promises["evening talk"], LogKind.KEPT, today, today) is None
    found = other_way(session, alex, promises["evening talk"], LogKind.KEPT, yesterday, today)
    assert found is not None and (found.held, found.day) == (LogKind.MISSED, "yesterday")


def test_all_of_them_leaves_a_contradiction_out_and_keeps_its_day(session, couple, promises):
    alex, sam = couple
    today = local_today(alex.couple, NOW)
    yesterday = today - timedelta(days=1)
    _log(session, sam, promises["evening talk"], LogKind.MISSED, day=yesterday)
    ids = [promises[n].lineage_id for n in ("evening talk", "location", "bins")]
    done = logbook_all.log_all(session, alex, LogKind.KEPT, ids, now=NOW, day=yesterday)
    assert [i.short_name for i in done.items] == ["location"]  # the talk contradicts Sam, the bins are Sam's
    assert (alex.id, promises["location"].lineage_id, LogKind.KEPT, yesterday) in _rows(session)


def test_the_refusal_names_the_promise_and_day_and_others_open_fit_that_day(session, couple, promises):
    alex, _ = couple
    today = local_today(alex.couple, NOW)
    sunday = today - timedelta(days=(today.weekday() + 1) % 7 or 7)
    _log(session, alex, promises["evening talk"], day=sunday)
    with pytest.raises(LoggedThatDay) as refused:
        _log(session, alex, promises["evening talk"], LogKind.MISSED, day=sunday)
    assert (refused.value.lineage_id, refused.value.day) == (promises["evening talk"].lineage_id, sunday)
    offered = still_open.others_open(session, alex, sunday, but=refused.value.lineage_id)
    assert [c.short_name for c in offered] == ["sunday walk", "location"]
    _log(session, alex, promises["sunday walk"], day=sunday)
    assert [c.short_name for c in still_open.others_open(session, alex, sunday, but=0)] == ["location"]


def test_the_closing_celebrates_the_week_as_it_was(session, couple, promises):
    alex, _ = couple
    today = local_today(alex.couple, NOW)
    week = reports.week_report(session, alex, NOW)  # whatever is new: celebrated now
    assert reports.kept_to_celebrate(reports.WeekReport(week.progress, [])) is None  # nothing kept
    _log(session, alex, promises["location"], day=today)
    clean = reports.kept_to_celebrate(reports.WeekReport(reports.week_report(session, alex, NOW).progress, []))
    assert clean == reports.KeptThisWeek(1, none_missed=True)
    _log(session, alex, promises["evening talk"], LogKind.MISSED, day=today)
    week = reports.week_report(session, alex, NOW)
    assert reports.kept_to_celebrate(reports.WeekReport(week.progress, [])) == reports.KeptThisWeek(1, False)


@pytest.mark.parametrize("own", [LogKind.KEPT, LogKind.MISSED])
def test_ones_own_entry_that_day_is_refused_as_such_never_asked_over_the_partner(session, couple, promises, own):
    """voice50: Sam's keep against Alex's miss, with Sam's own entry already there: that entry is what Sam hears."""
    alex, sam = couple
    today = local_today(alex.couple, NOW)
    _log(session, alex, promises["evening talk"], LogKind.MISSED)
    _log(session, sam, promises["evening talk"], own)
    assert other_way(session, sam, promises["evening talk"], LogKind.KEPT, today, today) is None
    with pytest.raises(LoggedThatDay):
        logbook.log_said(session, sam, LogKind.KEPT, "evening talk", understanding=Exact(), now=NOW)


def test_all_of_them_tells_what_it_left_out(session, couple, promises):
    alex, sam = couple
    _log(session, sam, promises["evening talk"], LogKind.MISSED)
    ids = [promises[n].lineage_id for n in ("evening talk", "location")]
    done = logbook_all.log_all(session, alex, LogKind.KEPT, ids, now=NOW)
    assert [i.short_name for i in done.items] == ["location"]
    assert [(o.commitment.short_name, o.name, o.held, o.day) for o in done.left_out] == [
        ("evening talk", "Sam", LogKind.MISSED, "today")
    ]


def test_a_miss_said_with_no_day_is_of_its_last_due_day(session, couple, promises):
    alex, _ = couple
    today = local_today(alex.couple, NOW)  # a Wednesday: the Sunday walk's one day of the past week is Sunday
    walk = promises["sunday walk"]
    assert still_open.missed_on(session, alex, walk, today) == today - timedelta(days=3)
    assert still_open.missed_on(session, alex, promises["evening talk"], today) == today  # due today
