"""Server-rendered SVG for the history charts: no scripts, no inline styles (the site's
Content-Security-Policy allows none). Shapes carry classes (kept, missed, hard_day, axis
...) that site.css colours, so the charts follow the light or dark scheme.

Each chart is an image with a title and a description for screen readers; the page
puts an accessible data table of the same numbers beside it. Every chart scales to
its box: a phone sees the whole of it, the newest week on top.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from markupsafe import Markup, escape

from trust_tracker.models import cadence, milestones, text
from trust_tracker.models.charts import CommitmentStats, Heatmap, MonthPoint, WeekBar
from trust_tracker.models.entities import Couple
from trust_tracker.models.localtime import local_today, week_start
from trust_tracker.models.text import MONTH_ABBREVIATIONS

# A heatmap cell's class by Day.state: site.css colours it (light and dark), and the
# legend and the tables name each one.
STATES = ("kept", "missed", "mixed", "hard_day", "unlogged", "none")
STATE_WORDS = {
    "kept": "kept",
    "missed": "missed",
    "mixed": "kept and missed",
    "hard_day": "hard day",
    "unlogged": "not logged",
    "none": "not due",
}
STATE_CELLS = {state: f"<td>{words}</td>" for state, words in STATE_WORDS.items()}
CELL, GAP = 14, 4
DISPLAY_SCALE = 1.4
# How wide "Sep 2026" is at the charts' 12px, with room to spare (wide digits, wide fonts).
MONTH_LABEL_WIDTH = 64
# The long arc's plot: with its margins about 330 wide, what a phone's column shows unscaled
# (wider, and a phone shrank its 12px labels to 9px).
ARC_PLOT_WIDTH = 260
WEEKDAY_LETTERS = ("M", "T", "W", "T", "F", "S", "S")
# What the charts page says before the first milestone: the real first thresholds.
FIRST_STREAK = milestones.STREAK_THRESHOLDS[0]
FIRST_KEPT_COUNT = milestones.KEPT_THRESHOLDS[0]


def _svg(chart_id: str, kind: str, width: float, height: float, title: str, desc: str, body: Iterable[str]) -> Markup:
    # Shown a little larger than drawn where there is room (a laptop); the stylesheet
    # (max-width: 100%, height: auto) scales it down to its box on a phone, so nothing
    # scrolls sideways and the words stay about 12px.
    shown_w, shown_h = width * DISPLAY_SCALE, height * DISPLAY_SCALE
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" id="{chart_id}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {width:g} {height:g}" '
        f'width="{shown_w:g}" height="{shown_h:g}" preserveAspectRatio="xMinYMin meet" font-family="system-ui, sans-serif" font-size="12">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _text(x: float, y: float, words: str, *, anchor: str = "start", muted: bool = False) -> str:
    muted_class = ' class="axis"' if muted else ""
    return f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}"{muted_class}>{escape(words)}</text>'


def _percent(value: float | None) -> str:
    return "no data" if value is None else f"{round(value * 100)}%"


def heatmap_svg(heatmap: Heatmap, chart_id: str) -> Markup:
    """A calendar heatmap: a column per week, a row per weekday, Monday on top. Hundreds of
    cells: where each goes and its words are laid out once per range of days (every calendar
    of a page shares one), so a calendar only picks each cell's state."""
    if not heatmap.days:
        return Markup("")
    first, last = heatmap.days[0].day, heatmap.days[-1].day
    width, height, labels, cells = _calendar_layout(first, last)
    body = [*labels, *(shapes[cell.state] for shapes, cell in zip(cells, heatmap.days, strict=True))]
    counts = Counter(cell.state for cell in heatmap.days)
    desc = (
        f"From {first.isoformat()} to {last.isoformat()}: {counts['kept']} days kept, "
        f"{counts['missed']} missed, {counts['hard_day']} hard days. The table below lists every day."
    )
    return _svg(chart_id, "heatmap", width, height, f"Calendar of “{heatmap.name}”", desc, body)


@functools.lru_cache(maxsize=8)
def _calendar_layout(first: date, last: date) -> tuple[int, int, list[str], list[dict[str, str]]]:
    """A calendar of these days: its size, its weekday labels, and each day's cell in every
    state (after its month's name, above the first day of a month) (an f-string of known-safe words: a date and a state, nothing to
    escape), oldest first. Once per range of days, for every calendar of the page (and the next)."""
    monday = week_start(first)
    weeks = (last - monday).days // 7 + 1
    left, top, pitch = 16, 16, CELL + GAP
    # Room on the right for the last month's name, so it is never cut ("De").
    width = max(left + weeks * pitch, left + MONTH_LABEL_WIDTH)
    height = top + 7 * pitch
    labels = [
        _text(0, top + row * pitch + CELL - 2, letter, muted=True)
        for row, letter in enumerate(WEEKDAY_LETTERS)
        if row % 2 == 0
    ]
    cells, last_label = [], -100
    for day in cadence.days(first, last):
        x, y = left + (day - monday).days // 7 * pitch, top + day.weekday() * pitch
        # Name the month above the column of its first day, where the whole name fits
        # (written just before that day's cell).
        label = ""
        if (day.day == 1 or day == first) and x - last_label >= 30 and x + 28 <= width:
            label, last_label = _text(x, 11, MONTH_ABBREVIATIONS[day.month - 1], muted=True), x
        words = text.day(day)
        cells.append(
            {
                state: f'{label}<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="2" class="{state}">'
                f"<title>{words}: {STATE_WORDS[state]}</title></rect>"
                for state in STATES
            }
        )
    return width, height, labels, cells


def heatmap_rows(heatmap: Heatmap) -> Markup:
    """The rows of a heatmap's table: one per week, its Monday then each day's state in words
    (an empty cell outside the range). Built here, not in a Jinja loop, for the same reason."""
    rows = []
    for monday, cells in heatmap.weeks:
        states = "".join(STATE_CELLS[cell.state] if cell else "<td></td>" for cell in cells)
        rows.append(f"{_week_header(monday)}{states}</tr>")
    return Markup("".join(rows))


@functools.lru_cache(maxsize=64)
def _week_header(monday: date) -> str:
    """A week's row as far as its Monday, once per week for every calendar of the page (and the next)."""
    return f'<tr><th scope="row"><time datetime="{monday.isoformat()}">{text.day(monday)}</time></th>'


def month_rows(points: list[MonthPoint]) -> Markup:
    """The long arc's table rows, newest first ("so far" on this month): a row per month of
    the couple's history, built here for the reason heatmap_rows is (numbers and month names
    only, nothing to escape)."""
    rows = []
    for i, point in enumerate(reversed(points)):
        rate = "–" if point.rate is None else f"{round(point.rate * 100)}%"
        rows.append(
            f'<tr><th scope="row">{text.month(point.month)}{" (so far)" if i == 0 else ""}</th>'
            f"<td>{point.kept}</td><td>{point.missed}</td><td>{rate}</td><td>{point.moments}</td></tr>"
        )
    return Markup("".join(rows))


def legend_svg(chart_id: str) -> Markup:
    """What each heatmap colour means, on two rows so that it fits a phone."""
    body = []
    for i, state in enumerate(STATES):
        x, y = (i % 3) * 130, (i // 3) * 20
        body.append(f'<rect x="{x + 1}" y="{y + 2}" width="{CELL}" height="{CELL}" rx="2" class="{state}"/>')
        body.append(_text(x + CELL + 6, y + 13, STATE_WORDS[state]))
    return _svg(chart_id, "legend", 390, 38, "Colour key", "What the colours of the calendars mean.", body)


def counted_weeks(bars: list[WeekBar], couple: Couple, stats: Iterable[CommitmentStats]) -> list[WeekBar]:
    """The weeks since the couple's first day (their sign-up, or the first day a commitment
    counted if that was earlier): no empty weeks from before they began. The current week
    is always kept, and so is any week with something logged."""
    first = min([local_today(couple, couple.created_at), *(s.since for s in stats)])
    return [b for b in bars if b.start + timedelta(days=6) >= first or b.kept or b.missed or b is bars[-1]]


def weekly_bars_svg(bars: list[WeekBar], chart_id: str) -> Markup:
    """Kept and missed for each week, one row a week, the newest on top. The last week
    is the current one: drawn lighter and dashed, and called "so far"."""
    label_w, bar_w, row_h, top = 72, 210, 34, 4
    width, height = label_w + bar_w + 32, top + row_h * len(bars) + 28
    most = max([1, *(max(b.kept, b.missed) for b in bars)])
    body = []
    for row, bar in enumerate(reversed(bars)):
        y = top + row * row_h
        partial = row == 0
        label = "This week" if partial else f"{bar.start.day} {bar.start:%b}"
        body.append(_text(0, y + 14, label, muted=not partial))
        if partial:
            body.append(_text(0, y + 27, "so far", muted=True))
        for offset, value, word in ((2, bar.kept, "kept"), (16, bar.missed, "missed")):
            w = max(bar_w * value / most, 1.5)
            shape = f"{word} partial" if partial else word
            so_far = " so far" if partial else ""
            body.append(
                f'<rect x="{label_w}" y="{y + offset}" width="{w:g}" height="12" rx="2" class="{shape}">'
                f"<title>{escape(f'Week of {bar.start.day} {bar.start:%b}: {value} {word}{so_far}')}</title></rect>"
            )
            body.append(_text(label_w + w + 5, y + offset + 10, str(value), muted=True))
    key_y = height - 14
    body.append(f'<rect x="{label_w}" y="{key_y}" width="10" height="10" class="kept"/>')
    body.append(_text(label_w + 14, key_y + 9, "kept"))
    body.append(f'<rect x="{label_w + 60}" y="{key_y}" width="10" height="10" class="missed"/>')
    body.append(_text(label_w + 74, key_y + 9, "missed"))
    weeks = f"{len(bars)} week{'s' if len(bars) != 1 else ''}"
    desc = (
        f"{sum(b.kept for b in bars)} kept and {sum(b.missed for b in bars)} missed over {weeks}, "
        "the newest first; this week is not over yet. The table below has each week's numbers."
    )
    return _svg(chart_id, "bars", width, height, f"Kept and missed, week by week ({weeks})", desc, body)


def rates_svg(stats: CommitmentStats, chart_id: str) -> Markup:
    """One commitment's kept rates over 7, 30 and 90 days, and its strength, as bars out of 100%."""
    rows = [(f"last {days} days", rate) for days, rate in stats.rates.items()] + [("strength", stats.strength)]
    label_w, bar_w, row_h = 84, 200, 22
    width, height = label_w + bar_w + 52, row_h * len(rows) + 4
    body = []
    for i, (label, value) in enumerate(rows):
        y = 2 + i * row_h
        body.append(_text(0, y + 13, label, muted=True))
        body.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="12" rx="2" class="track"/>')
        if value is not None:
            body.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w * value:g}" height="12" rx="2" class="kept"/>')
        body.append(_text(label_w + bar_w + 6, y + 13, _percent(value)))
    desc = ", ".join(f"{label}: {_percent(value)}" for label, value in rows)
    return _svg(chart_id, "rates", width, height, f"How often “{stats.name}” was kept", desc, body)


def monthly_trend_svg(points: list[MonthPoint], chart_id: str) -> Markup:
    """The long arc: the kept rate of each month since the start, as a line. The last
    month is the current one: drawn lighter and dashed, and called "so far", so that a
    single miss on its first day does not read as a fall. Drawn about as wide as a phone
    shows it, so its 12px words stay 12px there."""
    if not points:
        return Markup("")
    # A month label is centred under its point: the last one needs half its width to
    # the right of the plot, or "Nov 2026" is cut to "Nov 20" and reads as a date; the
    # first one, half its width to the left of its point.
    left, plot_w, plot_h, top = max(40.0, MONTH_LABEL_WIDTH / 2 + 2), ARC_PLOT_WIDTH, 140, 8
    width, height = left + plot_w + MONTH_LABEL_WIDTH / 2 + 4, top + plot_h + 24
    step = plot_w / max(len(points) - 1, 1)
    body = []
    for tick in (0, 50, 100):
        y = top + plot_h * (1 - tick / 100)
        body.append(f'<line x1="{left:g}" x2="{left + plot_w:g}" y1="{y:g}" y2="{y:g}" class="grid"/>')
        body.append(_text(left - 4, y + 4, f"{tick}%", anchor="end", muted=True))
    segment: list[str] = []
    label_every = max(1, math.ceil((MONTH_LABEL_WIDTH + 8) / step))  # labels apart, with a gap
    for i, point in enumerate(points):
        x = left + i * step
        if i % label_every == 0:
            body.append(
                _text(
                    x,
                    height - 6,
                    f"{MONTH_ABBREVIATIONS[point.month.month - 1]} {point.month.year}",
                    anchor="middle",
                    muted=True,
                )
            )
        if point.rate is None:
            if len(segment) > 1:
                body.append(f'<polyline points="{" ".join(segment)}" class="line"/>')
            segment = []
            continue
        y = top + plot_h * (1 - point.rate)
        if i == len(points) - 1:  # this month, not over yet
            if segment:
                body.append(f'<polyline points="{segment[-1]} {x:g},{y:g}" class="line partial"/>')
            # Written leftwards of its point, unless that is the plot's left edge (a couple's first month):
            # there it would lie over the percent labels, so rightwards (tester-web51).
            at, anchor = (x, "end") if i else (x + 8, "start")
            body.append(_text(at, max(y - 8, 10), "so far", anchor=anchor, muted=True))
            shape, words = "kept partial", f"{text.month(point.month)} so far: {_percent(point.rate)} kept"
        else:
            segment.append(f"{x:g},{y:g}")
            shape, words = "kept", f"{text.month(point.month)}: {_percent(point.rate)} kept"
        body.append(f'<circle cx="{x:g}" cy="{y:g}" r="3.5" class="{shape}"><title>{escape(words)}</title></circle>')
    if len(segment) > 1:
        body.append(f'<polyline points="{" ".join(segment)}" class="line"/>')
    rated = [p for p in points[:-1] if p.rate is not None]
    desc = (
        f"{len(points)} months from {text.month(points[0].month)}"
        + (f"; first {_percent(rated[0].rate)}, latest whole month {_percent(rated[-1].rate)} kept" if rated else "")
        + f"; {text.month(points[-1].month)} so far {_percent(points[-1].rate)}. The table below has every month."
    )
    return _svg(chart_id, "arc", width, height, "Kept rate by month, since the start", desc, body)
