"""Server-rendered SVG for the history charts: no scripts, colours in SVG attributes
(the site's Content-Security-Policy allows no inline styles).

Each chart is an image with a title and a description for screen readers; the page
puts an accessible data table of the same numbers beside it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import timedelta

from markupsafe import Markup, escape

from trust_tracker.models.charts import CommitmentStats, Heatmap, MonthPoint, WeekBar

INK = "#1f2328"
MUTED = "#5a6169"
GRID = "#d8d4cc"
KEPT = "#2b6a3a"
MISSED = "#a4161a"
# A heatmap cell's colour by Day.state; the legend and the tables name each one.
STATE_COLOURS = {
    "kept": KEPT,
    "missed": MISSED,
    "mixed": "#c77c02",
    "hard_day": "#6a5acd",
    "unlogged": "#ffffff",
    "none": "#efece6",
}
STATE_WORDS = {
    "kept": "kept",
    "missed": "missed",
    "mixed": "kept and missed",
    "hard_day": "hard day",
    "unlogged": "not logged",
    "none": "not due",
}
CELL, GAP = 14, 4
# How wide "Sep 2026" is at the charts' 12px, with room to spare (wide digits, wide fonts).
MONTH_LABEL_WIDTH = 64
WEEKDAY_LETTERS = ("M", "T", "W", "T", "F", "S", "S")


def _svg(chart_id: str, width: float, height: float, title: str, desc: str, body: Iterable[str]) -> Markup:
    # Drawn at its natural size, so its words stay readable on a phone: the page puts
    # a wide chart in a box that scrolls sideways instead of shrinking it.
    size = f'width="{width:g}" height="{height:g}"'
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{chart_id}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {width:g} {height:g}" '
        f'{size} preserveAspectRatio="xMinYMin meet" font-family="system-ui, sans-serif" font-size="12">'
        f'<title id="{chart_id}-title">{escape(title)}</title><desc id="{chart_id}-desc">{escape(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _text(x: float, y: float, words: str, *, anchor: str = "start", fill: str = INK) -> str:
    return f'<text x="{x:g}" y="{y:g}" text-anchor="{anchor}" fill="{fill}">{escape(words)}</text>'


def _percent(value: float | None) -> str:
    return "no data" if value is None else f"{round(value * 100)}%"


def heatmap_svg(heatmap: Heatmap, chart_id: str) -> Markup:
    """A calendar heatmap: a column per week, a row per weekday, Monday on top."""
    if not heatmap.days:
        return Markup("")
    first = heatmap.days[0].day
    monday = first - timedelta(days=first.weekday())
    weeks = (heatmap.days[-1].day - monday).days // 7 + 1
    left, top = 16, 16
    width, height = left + weeks * (CELL + GAP), top + 7 * (CELL + GAP)
    body = [
        _text(0, top + row * (CELL + GAP) + CELL - 2, letter, fill=MUTED)
        for row, letter in enumerate(WEEKDAY_LETTERS)
        if row % 2 == 0
    ]
    last_label = -100
    for day in heatmap.days:
        column = (day.day - monday).days // 7
        x, y = left + column * (CELL + GAP), top + day.day.weekday() * (CELL + GAP)
        # Name the month above the column of its first day, where there is room.
        if (day.day.day == 1 or day is heatmap.days[0]) and x - last_label >= 30:
            body.append(_text(x, 11, f"{day.day:%b}", fill=MUTED))
            last_label = x
        outline = f' stroke="{MUTED}"' if day.state == "unlogged" else ""
        body.append(
            f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="2" fill="{STATE_COLOURS[day.state]}"{outline}>'
            f"<title>{escape(f'{day.day:%a} {day.day.day} {day.day:%b %Y}: {STATE_WORDS[day.state]}')}</title></rect>"
        )
    counts = {state: sum(1 for d in heatmap.days if d.state == state) for state in ("kept", "missed", "hard_day")}
    desc = (
        f"From {first.isoformat()} to {heatmap.days[-1].day.isoformat()}: {counts['kept']} days kept, "
        f"{counts['missed']} missed, {counts['hard_day']} hard days. The table below lists every day."
    )
    return _svg(chart_id, width, height, f"Calendar of “{heatmap.name}”", desc, body)


def legend_svg(chart_id: str) -> Markup:
    """What each heatmap colour means."""
    body, x = [], 0
    for state, colour in STATE_COLOURS.items():
        outline = f' stroke="{MUTED}"' if state == "unlogged" else ""
        body.append(f'<rect x="{x}" y="2" width="{CELL}" height="{CELL}" rx="2" fill="{colour}"{outline}/>')
        body.append(_text(x + CELL + 4, 12, STATE_WORDS[state]))
        x += CELL + 14 + 7 * len(STATE_WORDS[state])
    return _svg(chart_id, x, 18, "Colour key", "What the colours of the calendars mean.", body)


def weekly_bars_svg(bars: list[WeekBar], chart_id: str) -> Markup:
    """Kept and missed side by side for each week."""
    left, bottom, plot_h, slot = 28, 30, 140, 52
    width, height = left + slot * len(bars) + 4, plot_h + bottom + 8
    top = max([1, *(max(b.kept, b.missed) for b in bars)])
    scale = plot_h / top
    body = []
    for tick in sorted({0, top // 2, top}):
        y = 8 + plot_h - tick * scale
        body.append(f'<line x1="{left}" x2="{width}" y1="{y:g}" y2="{y:g}" stroke="{GRID}"/>')
        body.append(_text(left - 4, y + 4, str(tick), anchor="end", fill=MUTED))
    for i, bar in enumerate(bars):
        x = left + i * slot + 4
        for offset, value, colour, word in ((0, bar.kept, KEPT, "kept"), (19, bar.missed, MISSED, "missed")):
            h = value * scale
            body.append(
                f'<rect x="{x + offset}" y="{8 + plot_h - h:g}" width="18" height="{h:g}" fill="{colour}">'
                f"<title>{escape(f'Week of {bar.start.day} {bar.start:%b}: {value} {word}')}</title></rect>"
            )
        body.append(_text(x + 18, height - 14, f"{bar.start.day} {bar.start:%b}", anchor="middle", fill=MUTED))
    body.append(f'<rect x="{left}" y="{height - 10}" width="10" height="10" fill="{KEPT}"/>')
    body.append(_text(left + 14, height - 1, "kept"))
    body.append(f'<rect x="{left + 60}" y="{height - 10}" width="10" height="10" fill="{MISSED}"/>')
    body.append(_text(left + 74, height - 1, "missed"))
    desc = (
        f"{sum(b.kept for b in bars)} kept and {sum(b.missed for b in bars)} missed over "
        f"{len(bars)} weeks. The table below has each week's numbers."
    )
    return _svg(chart_id, width, height, f"Kept and missed, the last {len(bars)} weeks", desc, body)


def rates_svg(stats: CommitmentStats, chart_id: str) -> Markup:
    """One commitment's kept rates over 7, 30 and 90 days, and its strength, as bars out of 100%."""
    rows = [(f"{days} days", rate) for days, rate in stats.rates.items()] + [("strength", stats.strength)]
    label_w, bar_w, row_h = 70, 200, 22
    width, height = label_w + bar_w + 44, row_h * len(rows) + 4
    body = []
    for i, (label, value) in enumerate(rows):
        y = 2 + i * row_h
        body.append(_text(0, y + 13, label, fill=MUTED))
        body.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="12" fill="#efece6"/>')
        if value is not None:
            body.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w * value:g}" height="12" fill="{KEPT}"/>')
        body.append(_text(label_w + bar_w + 6, y + 13, _percent(value)))
    desc = ", ".join(f"{label}: {_percent(value)}" for label, value in rows)
    return _svg(chart_id, width, height, f"How often “{stats.name}” was kept", desc, body)


def monthly_trend_svg(points: list[MonthPoint], chart_id: str) -> Markup:
    """The long arc: the kept rate of each month since the start, as a line."""
    if not points:
        return Markup("")
    left, plot_w, plot_h, top = 40, max(600, 12 * len(points)), 160, 8
    # A month label is centred under its point: the last one needs half its width to
    # the right of the plot, or "Nov 2026" is cut to "Nov 20" and reads as a date.
    width, height = left + plot_w + MONTH_LABEL_WIDTH / 2 + 4, top + plot_h + 24
    step = plot_w / max(len(points) - 1, 1)
    body = []
    for tick in (0, 50, 100):
        y = top + plot_h * (1 - tick / 100)
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:g}" y2="{y:g}" stroke="{GRID}"/>')
        body.append(_text(left - 4, y + 4, f"{tick}%", anchor="end", fill=MUTED))
    segment: list[str] = []
    label_every = max(1, math.ceil((MONTH_LABEL_WIDTH + 8) / step))  # labels apart, with a gap
    for i, point in enumerate(points):
        x = left + i * step
        if i % label_every == 0:
            body.append(_text(x, height - 6, f"{point.month:%b %Y}", anchor="middle", fill=MUTED))
        if point.rate is None:
            if len(segment) > 1:
                body.append(f'<polyline points="{" ".join(segment)}" fill="none" stroke="{KEPT}" stroke-width="2"/>')
            segment = []
            continue
        y = top + plot_h * (1 - point.rate)
        segment.append(f"{x:g},{y:g}")
        body.append(
            f'<circle cx="{x:g}" cy="{y:g}" r="3" fill="{KEPT}">'
            f"<title>{escape(f'{point.month:%B %Y}: {_percent(point.rate)} kept')}</title></circle>"
        )
    if len(segment) > 1:
        body.append(f'<polyline points="{" ".join(segment)}" fill="none" stroke="{KEPT}" stroke-width="2"/>')
    rated = [p for p in points if p.rate is not None]
    desc = (
        f"{len(points)} months from {points[0].month:%B %Y}"
        + (f"; first {_percent(rated[0].rate)}, latest {_percent(rated[-1].rate)} kept" if rated else "")
        + ". The table below has every month."
    )
    return _svg(chart_id, width, height, "Kept rate by month, since the start", desc, body)
