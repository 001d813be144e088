"""The charts page, the timeline's extra filters, and "seen, thank you"."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, agreed_contract, make_couple, make_entry
from tests.web.helpers import assert_accessible_form, csrf_token, text_of
from trust_tracker import web
from trust_tracker.models.charts import Day, Heatmap, MonthPoint
from trust_tracker.models.entities import LogEntry, LogKind, Milestone

TODAY = date(2026, 11, 25)


# --- the charts page --------------------------------------------------------------


def test_charts_need_a_login(client, couple) -> None:
    response = client.get("/history/charts")
    assert response.status_code == 302 and "/login" in response.location


def test_charts_before_anything_is_agreed(client, alex) -> None:
    response = client.get("/history/charts")
    assert response.status_code == 200
    page = text_of(response)
    # The empty state names the real first thresholds (models/milestones.py), not "the first kept promise".
    assert (
        "No milestones yet. Your first will come soon: keeping one commitment 3 times in a row is one, and so are 10 promises kept in all."
        in page
    )
    assert "Charts of each commitment appear once you have agreed a contract." in page
    assert "Once you log something, each month's kept rate shows here." in page
    assert response.text.count('role="img"') == 1  # the weekly bars, all zero


def test_charts_show_every_chart_with_its_table(client, alex, couple, contract, session) -> None:
    _, sam = couple
    call, talk = contract.items[0], contract.items[1]
    for back in range(1, 8):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    make_entry(session, alex, LogKind.MISSED, TODAY - timedelta(days=8), call)
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 23), talk)
    make_entry(session, sam, LogKind.HARD_DAY, date(2026, 11, 24))
    make_entry(session, sam, LogKind.RELIABILITY, date(2026, 10, 2))
    session.add(
        Milestone(
            couple_id=alex.couple_id,
            key="checkins:4",
            kind="checkins_in_a_row",
            params={"count": 4},
            reached_on=TODAY - timedelta(days=7),
        )
    )
    session.flush()

    response = client.get("/history/charts")

    assert response.status_code == 200
    page = text_of(response)
    # Milestones.
    assert "4 weekly check-ins in a row. You keep showing up for each other. (Wed 18 Nov 2026)" in page
    # Weekly bars and their table, newest first: this week Mon 23 .. today (partial),
    # last week 16 .. 22, and nothing before the first day anything counted (the 17th).
    assert "Mon 23 Nov 2026 (so far) 3 0 Mon 16 Nov 2026 5 1" in page  # Alex's 23rd, 24th and Sam's talk
    assert "Mon 9 Nov 2026" not in page
    assert "This week so far Week of 23 Nov: 3 kept so far" in page  # the chart marks it partial
    assert response.text.count('class="kept partial"') == 2  # this week's bar, and this month's point
    # Each commitment: streaks, one explanation of strength, rates once (the table is its
    # text alternative), a calendar and its table.
    assert "call when late Current streak 7 days Best streak 7 days Counting since Tue 17 Nov 2026" in page
    assert page.count("Strength grows with every day kept") == 1
    assert "Last 7 days Last 30 days Last 90 days Strength 100% 88% 88% 31%" in page
    # The evening talk counts since the 23rd: too early for rates or strength.
    assert (
        "evening talk Current streak 1 day Best streak 1 day Counting since Mon 23 Nov 2026 Too early to tell" in page
    )
    assert 'id="chart-rates-' + str(talk.lineage_id) not in response.text
    assert re.search(rf'<svg[^>]+id="chart-heatmap-{call.lineage_id}"[^>]+role="img"', response.text)
    assert f'<title id="chart-heatmap-{call.lineage_id}-title">Calendar of “call when late”</title>' in response.text
    # The long arc: October and November.
    assert "November 2026 (so far) 8 1 89% 0" in page
    assert "October 2026 0 0 – 1" in page
    # The calendars start with the week the first commitment counted, not months before.
    assert "Each day of the last 2 weeks" in page
    svgs = re.findall(r"<svg\b[^>]*>", response.text)
    assert len(svgs) == 1 + 1 + 2 + 1 + 1  # weeks, legend, two calendars, one rates (not too early), months
    assert all('role="img"' in s and "aria-labelledby" in s and "viewBox" in s for s in svgs)
    css = (Path(web.__file__).parent / "static" / "site.css").read_text()  # drawn at their size, scaled to fit
    assert "svg.chart { display: block; max-width: 100%; height: auto; }" in css


def test_charts_never_show_another_couple(client, alex, contract, session) -> None:
    kim, lee = make_couple(session, "Kim", "Lee")
    from trust_tracker.models import contracts
    from trust_tracker.models.contracts import ItemDraft
    from trust_tracker.models.entities import ItemKind

    version = contracts.propose_version(session, kim, [ItemDraft(ItemKind.COMMITMENT, "Kim's secret promise")], now=NOW)
    contracts.agree_version(session, lee, version.id, now=NOW)
    for back in range(1, 5):
        make_entry(session, kim, LogKind.KEPT, TODAY - timedelta(days=back), version.items[0])
    session.add(
        Milestone(
            couple_id=kim.couple_id, key="other", kind="other", params={"text": "Kim's milestone"}, reached_on=TODAY
        )
    )
    session.flush()
    page = client.get("/history/charts").text
    assert "Kim" not in page
    assert "Mon 23 Nov 2026 (so far) 0 0" in text_of(client.get("/history/charts"))


# --- the timeline's filters -------------------------------------------------------


def test_filter_by_commitment_and_dates(client, alex, couple, contract, session) -> None:
    _, sam = couple
    call, talk = contract.items[0], contract.items[1]
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 2), call, note="early call")
    make_entry(session, alex, LogKind.KEPT, date(2026, 11, 20), call, note="late call")
    make_entry(session, sam, LogKind.KEPT, date(2026, 11, 20), talk, note="a talk")

    calls = text_of(client.get("/history/", query_string={"commitment": call.lineage_id}))
    assert "early call" in calls and "late call" in calls and "a talk" not in calls
    november = client.get("/history/", query_string={"start": "2026-11-10", "end": "2026-11-25"})
    assert "late call" in november.text and "a talk" in november.text and "early call" not in november.text
    assert 'value="2026-11-10"' in november.text
    both = client.get("/history/", query_string={"commitment": call.lineage_id, "start": "2026-11-10"})
    assert "late call" in both.text and "early call" not in both.text and "a talk" not in both.text
    assert "No entries match this filter. Show everything" in text_of(
        client.get("/history/", query_string={"start": "2026-11-21", "end": "2026-11-22"})
    )
    assert_accessible_form(november)


def test_paging_keeps_the_filters(client, alex, contract, session) -> None:
    call = contract.items[0]
    for i in range(55):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=i), call)
    first = client.get("/history/", query_string={"commitment": call.lineage_id, "start": "2025-01-01"})
    assert f'href="/history/?page=2&amp;commitment={call.lineage_id}&amp;start=2025-01-01" rel="next"' in first.text


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"commitment": "abc"}, "Choose a commitment from the list."),
        ({"commitment": "999999"}, "Choose a commitment from the list."),
        ({"start": "yesterday"}, "Enter a date like 2026-11-01."),
        ({"end": "2026-13-45"}, "Enter a date like 2026-11-30."),
        ({"start": "2026-11-20", "end": "2026-11-01"}, "The end date must not be before the start date."),
    ],
)
def test_bad_filters_are_a_400_with_a_message(client, alex, contract, session, query, message) -> None:
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="visible when valid")
    response = client.get("/history/", query_string=query)
    assert response.status_code == 400
    assert message in text_of(response)
    assert "visible when valid" not in response.text


def test_another_couples_commitment_is_not_a_filter(client, alex, contract, session) -> None:
    kim, lee = make_couple(session, "Kim", "Lee")
    theirs = agreed_contract(session, kim, lee).items[0]
    make_entry(session, kim, LogKind.KEPT, TODAY, theirs, note="kim's entry")
    response = client.get("/history/", query_string={"commitment": theirs.lineage_id})
    assert response.status_code == 400
    assert "kim's entry" not in response.text


# --- seen, thank you --------------------------------------------------------------


def test_acknowledging_the_partners_entry_shows_to_both(client, alex, sam_client, session) -> None:
    entry = make_entry(session, alex, LogKind.RELIABILITY, TODAY, note="on time")
    assert "Seen, thank you" not in client.get("/history/").text  # never on one's own entries
    assert "Seen, thank you" in sam_client.get("/history/").text

    response = sam_client.post(f"/history/entries/{entry.id}/acknowledge")

    assert response.status_code == 302 and response.location.endswith(f"/history/#entry-{entry.id}")
    assert session.scalar(select(LogEntry.acknowledged_at).where(LogEntry.id == entry.id)) == NOW
    assert "✓ Seen by you, thank you" in text_of(sam_client.get("/history/"))
    assert "✓ Seen by Sam, thank you" in text_of(client.get("/history/"))


def test_one_cannot_acknowledge_ones_own_or_another_couples_entry(client, alex, session) -> None:
    mine = make_entry(session, alex, LogKind.KEPT, TODAY)
    kim, _ = make_couple(session, "Kim", "Lee")
    theirs = make_entry(session, kim, LogKind.KEPT, TODAY)
    assert client.post(f"/history/entries/{mine.id}/acknowledge").status_code == 403
    assert client.post(f"/history/entries/{theirs.id}/acknowledge").status_code == 404
    assert client.post("/history/entries/99999999/acknowledge").status_code == 404
    assert client.post("/history/entries/abc/acknowledge").status_code == 404
    assert client.get(f"/history/entries/{theirs.id}/acknowledge").status_code == 405
    assert session.scalars(select(LogEntry.acknowledged_at)).all() == [None, None]


def test_acknowledging_needs_the_csrf_token(make_app, couple, session) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    token = csrf_token(client.get("/login"))
    client.post("/login", data={"email": "sam@example.com", "password": PASSWORD, "csrf_token": token})
    entry = make_entry(session, couple[0], LogKind.KEPT, TODAY)
    assert client.post(f"/history/entries/{entry.id}/acknowledge").status_code == 400
    assert entry.acknowledged_at is None
    page = client.get("/history/")
    assert (
        client.post(f"/history/entries/{entry.id}/acknowledge", data={"csrf_token": csrf_token(page)}).status_code
        == 302
    )


def test_acknowledge_requires_a_login(client, couple, session) -> None:
    entry = make_entry(session, couple[0], LogKind.KEPT, TODAY)
    response = client.post(f"/history/entries/{entry.id}/acknowledge")
    assert response.status_code == 302 and "/login" in response.location
    assert entry.acknowledged_at is None


@pytest.mark.parametrize("months", [1, 2, 12, 13, 60])
def test_the_long_arc_month_labels_fit_inside_the_chart(months) -> None:
    """Before: the last label, centred on the plot's right edge, was cut ("Nov 20")."""
    from trust_tracker.models.charts import MonthPoint
    from trust_tracker.web.charts_svg import monthly_trend_svg

    month, points = date(2026, 11, 1), []
    for _ in range(months):  # back from November 2026, a month at a time
        points.insert(0, MonthPoint(month=month, kept=3, missed=1, moments=0))
        month = (month - timedelta(days=1)).replace(day=1)
    svg = str(monthly_trend_svg(points, "arc"))
    width = float(re.search(r'<svg[^>]* viewBox="0 0 ([\d.]+) [\d.]+"', svg).group(1))
    labels = re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle"[^>]*>([A-Z][a-z]{2} \d{4})</text>', svg)
    assert labels and labels[0][1] == f"{points[0].month:%b %Y}"
    for x, words in labels:
        half = len(words) * 12 * 0.6 / 2  # a generous average glyph width at font-size 12
        assert half <= float(x) and float(x) + half <= width, (words, x, width)
    if months in (1, 13):  # the last month is labelled, whole
        assert labels[-1][1] == "Nov 2026"
    assert "Nov 20<" not in svg


def test_the_long_arc_draws_this_month_as_so_far_and_fits_a_phone() -> None:
    """Before: one miss on the 1st drew this month as a full point, a fall from 95% to 50%,
    and the chart, drawn 492 wide, shrank its 12px labels to 9px on a 390px phone."""
    from trust_tracker.models.charts import MonthPoint
    from trust_tracker.web.charts_svg import monthly_trend_svg

    points = [
        MonthPoint(date(2026, 10, 1), kept=19, missed=1, moments=0),
        MonthPoint(date(2026, 11, 1), kept=20, missed=1, moments=0),
        MonthPoint(date(2026, 12, 1), kept=1, missed=1, moments=0),
    ]
    svg = str(monthly_trend_svg(points, "arc"))

    assert svg.count('class="kept partial"') == 1 and svg.count('class="line partial"') == 1
    assert "<title>December 2026 so far: 50% kept</title>" in svg
    assert ">so far</text>" in svg
    # The full line joins the whole months only; the dashed one goes on to this month.
    [full] = re.findall(r'<polyline points="([^"]+)" class="line"/>', svg)
    assert len(full.split()) == 2
    assert "latest whole month 95% kept; December 2026 so far 50%" in svg
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
    assert width <= 340  # a 390px phone's column shows it at least at its drawn size
    assert 'font-size="12"' in svg


@pytest.mark.parametrize("rates", [(1, 0), (0, 1), (1, 1), (3, 1)])  # kept, missed this month
@pytest.mark.parametrize("months", [1, 2])
def test_the_long_arcs_so_far_stays_clear_of_the_percent_labels(rates, months) -> None:
    """tester-web51: in a couple's first month "so far", written leftwards of its point at the plot's left edge,
    lay over "100%"."""
    from trust_tracker.models.charts import MonthPoint
    from trust_tracker.web.charts_svg import monthly_trend_svg

    kept, missed = rates
    points = [MonthPoint(date(2026, 12 - i, 1), kept=kept, missed=missed, moments=0) for i in range(months)][::-1]
    svg = str(monthly_trend_svg(points, "arc"))
    x, anchor = re.search(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="(\w+)"[^>]*>so far</text>', svg).groups()
    wide = len("so far") * 12 * 0.6  # a generous average glyph width at font-size 12
    starts = float(x) - (wide if anchor == "end" else 0)
    plot_left = float(re.search(r'<line x1="([\d.]+)"', svg).group(1))  # the percent labels end left of it
    assert starts >= plot_left, (x, anchor, plot_left)
    width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
    assert starts + wide <= width


def test_weekly_figures_agree_with_their_calendars(client, alex, couple, session) -> None:
    """Before: "house jobs" read 100% over 90 days beside a miss in its calendar, and a
    commitment due on Sundays read "3 days" for three Sundays."""
    from trust_tracker.models import contracts
    from trust_tracker.models.contracts import ItemDraft
    from trust_tracker.models.entities import Cadence, ItemKind

    _, sam = couple
    agreed = NOW - timedelta(days=60)
    drafts = [
        ItemDraft(ItemKind.COMMITMENT, "House jobs", short_name="house jobs", cadence=Cadence.WEEKLY, times_per_week=3),
        ItemDraft(ItemKind.COMMITMENT, "Walk", short_name="Sunday walk", cadence=Cadence.WEEKDAYS, weekdays="6"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=agreed)
    contracts.agree_version(session, sam, version.id, now=agreed)
    jobs, walk = version.items
    for day in (9, 10, 11, 16, 17, 18, 23):
        make_entry(session, sam, LogKind.KEPT, date(2026, 11, day), jobs)
    make_entry(session, sam, LogKind.MISSED, date(2026, 11, 12), jobs)
    for day in (8, 15, 22):
        make_entry(session, alex, LogKind.KEPT, date(2026, 11, day), walk)
    session.flush()

    page = text_of(client.get("/history/charts"))

    # 7 days: the week that ended Sun 22 (3 of 3) and this week so far (1). 30 days: the weeks
    # ending 1 and 8 Nov owed 3 each, none done; the 9th's 3 kept and 1 missed; 3; 1 -> 7 of 14.
    assert "“house jobs” was kept Last 7 days Last 30 days Last 90 days Strength 100% 50%" in page
    assert "Mon 9 Nov 2026 kept kept kept missed" in page  # the calendar's table names the miss
    assert "Sunday walk Current streak 3 weeks Best streak 3 weeks" in page


def test_the_long_arc_table_lists_every_month_newest_first() -> None:
    points = [
        MonthPoint(date(2026, 9, 1), 0, 0, 2),  # nothing kept or missed: no rate
        MonthPoint(date(2026, 10, 1), 5, 3, 0),  # 62.5%: rounded half to even, as Jinja's round did
        MonthPoint(date(2026, 11, 1), 1, 7, 1),
    ]
    rows = str(web.charts_svg.month_rows(points))
    assert rows.index("November 2026 (so far)") < rows.index("October 2026<") < rows.index("September 2026<")
    assert rows.count("(so far)") == 1
    assert "October 2026</th><td>5</td><td>3</td><td>62%</td><td>0</td>" in rows
    assert "September 2026</th><td>0</td><td>0</td><td>–</td><td>2</td>" in rows
    assert str(web.charts_svg.month_rows([])) == ""


def test_calendars_of_one_range_share_a_layout_and_each_shows_its_own_days() -> None:
    """Every calendar of a page covers the same days: where each cell goes is laid out once,
    and each calendar still draws its own states, month names and words."""
    first = date(2026, 10, 14)  # a Wednesday: the first week starts part way through
    days = [first + timedelta(days=i) for i in range(29)]
    kept = Heatmap(1, "Call", [Day(d, 1, 0, False, True, "kept") for d in days])
    mixed = Heatmap(2, "Walk <&>", [Day(d, 0, 0, d.day == 1, True, "hard_day" if d.day == 1 else "none") for d in days])
    one, other = (str(web.charts_svg.heatmap_svg(h, f"chart-{h.lineage_id}")) for h in (kept, mixed))

    def cells(svg: str) -> list[tuple[str, str, str, str]]:
        return re.findall(
            r'<rect x="(\d+)" y="(\d+)" width="14" height="14" rx="2" class="(\w+)"><title>([^<]+)</title>', svg
        )

    assert [c[:2] for c in cells(one)] == [c[:2] for c in cells(other)]  # the same places
    assert cells(one)[0] == ("16", "52", "kept", "Wed 14 Oct 2026: kept")  # column 0, row 2 (Wednesday)
    assert cells(other)[18] == ("52", "124", "hard_day", "Sun 1 Nov 2026: hard day")  # Sunday: the last row
    assert len(cells(one)) == len(cells(other)) == 29
    assert "29 days kept, 0 missed, 0 hard days" in one and "0 days kept, 0 missed, 1 hard days" in other
    assert "Walk &lt;&amp;&gt;" in other  # the name is escaped; the laid-out cells need no escaping
    for svg in (one, other):  # the month's name just before its first day's cell
        assert re.search(
            r'class="axis">Nov</text><rect x="\d+" y="\d+" width="14" height="14" rx="2" class="\w+"><title>Sun 1 Nov',
            svg,
        )
    rows = str(web.charts_svg.heatmap_rows(mixed))
    assert rows.startswith(
        '<tr><th scope="row"><time datetime="2026-10-12">Mon 12 Oct 2026</time></th><td></td><td></td><td>not due</td>'
    )
    assert "<td>hard day</td></tr>" in rows  # Sunday 1 November
