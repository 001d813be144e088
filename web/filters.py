"""Words and dates for templates: how the domain's values read on a page."""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import Flask
from wtforms import Field

from trust_tracker.models.entities import (
    Cadence,
    ContractItem,
    Couple,
    LogEntry,
    LogKind,
    Milestone,
    Partner,
    Source,
)
from trust_tracker.models.export import KIND_WORDS
from trust_tracker.models.milestones import wording
from trust_tracker.models.text import day, month

from . import timezones
from .config import now
from .distress import help_lines

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


SOURCE_WORDS = {Source.VOICE: "by voice", Source.WEB: "on the site"}

# One sentence per milestone phrase; models.milestones.wording chooses it and its values.
MILESTONE_WORDS = {
    "streak_day": "{count} days in a row of keeping “{name}”. That is what steady looks like.",
    "streak_week": "{count} weeks in a row of keeping “{name}”. That is what steady looks like.",
    "kept_count_10": "Ten promises kept: the first real stretch of the road.",
    "kept_count_25": "25 promises kept. Each one was a small proof, and they add up.",
    "kept_count_50": "50 promises kept together. That is a track record now.",
    "kept_count_100": "100 promises kept. A hundred times you did what you said you would.",
    "first_clean_week": (
        "Your first full week without a lapse: {kept} promises kept and none missed, "
        "the week of {week_of:%B} {week_of.day}."
    ),
    "first_clean_week_one": (
        "Your first full week without a lapse: one promise kept and none missed, "
        "the week of {week_of:%B} {week_of.day}."
    ),
    "checkins_in_a_row": "{count} weekly check-ins in a row. You keep showing up for each other.",
    "better_month_in_ten": "{month:%B} was better than {before:%B}: you kept {now} in 10 promises, up from {then} in 10.",
    "better_month_percent": "{month:%B} was better than {before:%B}: you kept {now}% of your promises, up from {then}%.",
    "other": "{text}",
}


def init_app(app: Flask) -> None:
    app.add_template_filter(kind_words)
    app.add_template_filter(source_words)
    app.add_template_filter(cadence_words)
    app.add_template_filter(milestone_words)
    app.add_template_filter(day)
    app.add_template_filter(month)
    app.add_template_filter(clock)
    app.add_template_filter(local_time)
    app.add_template_filter(zone_label)
    app.add_template_filter(entry_sentence)
    app.add_template_filter(as_written)
    app.add_template_global(owner_words)
    app.add_template_global(field_attrs)
    app.add_template_global(help_lines)


def zone_label(name: str) -> str:
    """A time zone as Settings' list names it, "New York (UTC−5)", wherever a page names one."""
    try:
        return timezones.label(name, now())
    except (ZoneInfoNotFoundError, ValueError):  # a name no zoneinfo knows (a device's, say): as it is
        return name


def kind_words(kind: LogKind) -> str:
    return KIND_WORDS[kind]


def source_words(source: Source) -> str:
    return SOURCE_WORDS[source]


def milestone_words(milestone: Milestone) -> str:
    phrase, values = wording(milestone)
    return MILESTONE_WORDS[phrase].format(**values)


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


# A log entry as a sentence about a person: "You kept “call when late”." The timeline
# groups entries by day, so the day is its heading, not part of the sentence.
ENTRY_SENTENCES = {
    LogKind.KEPT: ("{who} kept “{what}”", "{who} kept a commitment"),
    LogKind.MISSED: ("{who} missed “{what}”", "{who} missed a commitment"),
    LogKind.RELIABILITY: ("{who} noticed a moment of reliability: “{what}”", "{who} noticed a moment of reliability"),
    LogKind.SMALL_WIN: ("{who} logged a small win: “{what}”", "{who} logged a small win"),
    LogKind.HARD_DAY: ("{who} had a hard day", "{who} had a hard day"),
    LogKind.BREACH: ("{who} crossed the boundary “{what}”", "{who} crossed a boundary"),
}


def entry_sentence(entry: LogEntry, viewer: Partner, names: dict[int, str], *, dated: bool = False) -> str:
    """Who did what, in the viewer's words: "Sam missed “evening talk”."; `dated`, and
    when: "You missed “house jobs” on Tue 1 Dec 2026."."""
    who = "You" if entry.partner_id == viewer.id else entry.partner.name
    what = names.get(entry.lineage_id) if entry.lineage_id is not None else None
    about, plain = ENTRY_SENTENCES[entry.kind]
    when = f" on {day(entry.local_date)}" if dated else ""
    return (about if what else plain).format(who=who, what=what) + when + "."


_LONE_I = re.compile(r"(?<![\w'’])i(?=$|[\s,.!?;:'’])")


def as_written(text: str) -> str:
    """Text as a person would write it: voice arrives in lower case ("i forgot to call"),
    so the first letter and the pronoun "I" get their capitals."""
    text = _LONE_I.sub("I", text)
    return text[:1].upper() + text[1:]
