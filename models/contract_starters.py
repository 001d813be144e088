"""Starter items for a first contract, drawn from the demo couple's agreement: concrete,
observable, small enough to keep, each with a line on why it helps."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time

from .contracts import ItemDraft
from .entities import Cadence, ItemKind
from .errors import ValidationError


@dataclass(frozen=True)
class Starter:
    key: str
    title: str
    why: str  # the guidance shown next to it
    draft: ItemDraft


STARTERS = (
    Starter(
        "punctuality",
        "Being on time for our talks",
        "Showing up when you said you would is the smallest promise, and the one noticed most.",
        ItemDraft(
            ItemKind.COMMITMENT,
            "Be on time for the conversations we plan, or call before the time if I'm running late",
            short_name="on time for talks",
            category="punctuality",
            hard_day_form="A one-line text before the time is enough",
            consequence="We talk it through calmly at the check-in",
        ),
    ),
    Starter(
        "chores",
        "Following through on chores",
        "Doing what you said you would, without being reminded, rebuilds trust in daily life.",
        ItemDraft(
            ItemKind.COMMITMENT,
            "Do the house jobs I said I'd do, without being reminded",
            short_name="house jobs",
            cadence=Cadence.WEEKLY,
            times_per_week=3,
            category="chores",
            hard_day_form="Say which job moves to tomorrow",
        ),
    ),
    Starter(
        "privacy",
        "Honouring agreed privacy limits",
        "A boundary both of you agreed, with what happens if it is crossed, so nobody has to guess.",
        ItemDraft(
            ItemKind.BOUNDARY,
            "No reading each other's private journal or messages",
            consequence="Own it and talk about it that day",
        ),
    ),
    Starter(
        "checkin",
        "A weekly check-in",
        "A fixed time each week to say what went well and what didn't, before small things grow.",
        ItemDraft(
            ItemKind.COMMITMENT,
            "Sit down together for our weekly check-in",
            short_name="weekly check-in",
            cadence=Cadence.WEEKLY,
            times_per_week=1,
            category="communication",
            hard_day_form="Ten minutes, and the rest next day",
        ),
    ),
    Starter(
        "hard-day",
        "An evening talk, with a hard-day form",
        "Every commitment can have a simpler form for low-capacity days, so a hard day is not a miss.",
        ItemDraft(
            ItemKind.COMMITMENT,
            "Have a 15-minute evening talk about our day",
            short_name="evening talk",
            cadence=Cadence.WEEKDAYS,
            weekdays="01234",
            due_time=time(21, 0),
            category="communication",
            hard_day_form="Five minutes, just the highlights",
        ),
    ),
)
BY_KEY = {starter.key: starter for starter in STARTERS}


def starter_drafts(keys: list[str]) -> list[ItemDraft]:
    """The chosen starters' items, in the order offered; ValidationError for a key not offered."""
    unknown = [key for key in keys if key not in BY_KEY]
    if unknown:
        raise ValidationError("Please choose starting points from the list.")
    return [replace(starter.draft) for starter in STARTERS if starter.key in keys]
