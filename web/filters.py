"""Words and dates for templates: how the domain's values read on a page."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from flask import Flask
from wtforms import Field

from trust_tracker.models.entities import Cadence, ContractItem, Couple, LogKind, Partner, Source

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

KIND_WORDS = {
    LogKind.KEPT: "Kept a commitment",
    LogKind.MISSED: "Missed a commitment",
    LogKind.RELIABILITY: "Moment of reliability",
    LogKind.SMALL_WIN: "Small win",
    LogKind.HARD_DAY: "Hard day",
    LogKind.BREACH: "Boundary crossed",
}

SOURCE_WORDS = {Source.VOICE: "by voice", Source.WEB: "on the site"}


def init_app(app: Flask) -> None:
    app.add_template_filter(kind_words)
    app.add_template_filter(source_words)
    app.add_template_filter(cadence_words)
    app.add_template_filter(day)
    app.add_template_filter(clock)
    app.add_template_filter(local_time)
    app.add_template_global(owner_words)
    app.add_template_global(field_attrs)


def kind_words(kind: LogKind) -> str:
    return KIND_WORDS[kind]


def source_words(source: Source) -> str:
    return SOURCE_WORDS[source]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def cadence_words(item: ContractItem) -> str:
    if item.cadence is Cadence.WEEKDAYS:
        if item.weekdays == "01234":
            return "every weekday, Monday to Friday"
        return "every " + _join([WEEKDAYS[int(d)] for d in item.weekdays])
    if item.cadence is Cadence.WEEKLY:
        times = item.times_per_week or 1
        return {1: "once a week", 2: "twice a week"}.get(times, f"{times} times a week")
    return "every day"


def owner_words(item: ContractItem, viewer: Partner) -> str:
    if item.owner_id is None:
        return "both of you"
    return "you" if item.owner_id == viewer.id else "your partner"


def day(value: date) -> str:
    """Wed 25 Nov 2026 (no %-d: it is not portable)."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def clock(value: time) -> str:
    return f"{value:%H:%M}"


def local_time(value: datetime, couple: Couple) -> str:
    """An instant as the couple's wall clock shows it."""
    here = value.astimezone(ZoneInfo(couple.timezone))
    return f"{day(here.date())}, {here:%H:%M}"


def field_attrs(field: Field, **extra: object) -> dict[str, object]:
    """A field's HTML attributes: `extra`, plus ARIA tying it to its hint and error message."""
    described = [f"{field.id}-hint"] if field.description else []
    attrs = dict(extra)
    if field.errors:
        described.append(f"{field.id}-error")
        attrs["aria_invalid"] = "true"
    if described:
        attrs["aria_describedby"] = " ".join(described)
    return attrs
