"""The time-zone select: one option per place, labelled the right way round with its UTC offset.

The places are those of the tz database's own zone.tab (the tzdata package the project already
depends on): one zone per country region, never an old alias ("Asia/Calcutta", "US/Eastern", "GB",
"Zulu") nor an "Etc/GMT+1", which POSIX signs backwards (it is UTC-1: tester-web45 F5). A zone
saved before, alias or not, stays accepted and shown as it is, so a couple's setting never fails.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from wtforms import SelectField
from wtforms.validators import ValidationError

from .config import now, timezone_names

UTC_NAME = "UTC"
INVALID_ZONE = "Please choose a time zone from the list."


@cache
def places() -> tuple[str, ...]:
    """zone.tab's zones present in this zoneinfo, and UTC; sorted."""
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    named = {line.split("\t")[2] for line in table.splitlines() if line and not line.startswith("#")}
    return (*sorted(named & set(timezone_names())), UTC_NAME)


@cache
def aliases() -> dict[str, list[str]]:
    """Each place's older names, by the tz database's own link table (the "L target link" lines of
    tzdata.zi, its backward file): "Asia/Kolkata": ["Asia/Calcutta"]. A browser may report either,
    and the page's script matches both (static/timezone.js). A place is never another's alias,
    though several share a file (Africa/Asmara and Nairobi; America/Atikokan and Panama): matching
    files put Eritrea under Mayotte (tester-web46)."""
    text = resources.files("tzdata.zoneinfo").joinpath("tzdata.zi").read_text(encoding="utf-8")
    links = [line.split()[1:3] for line in text.splitlines() if line.startswith("L ")]
    groups: dict[str, set[str]] = {}
    for target, name in links:
        groups.setdefault(target, {target}).add(name)
    known, where = set(timezone_names()), set(places())
    found: dict[str, list[str]] = {}
    for target, names in groups.items():
        place = target if target in where else min(names & where, default=None)
        if place is not None:
            found[place] = sorted(name for name in names - where if name in known)
    return {place: also for place, also in found.items() if also}


def offset_words(offset: timedelta) -> str:
    """UTC+5:30, UTC−3, UTC+0: what a reader compares with their own clock (a true minus sign)."""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def label(name: str, now: datetime) -> str:
    """ "Kolkata (UTC+5:30)", "Argentina, Buenos Aires (UTC−3)": the offset in force at `now`."""
    if name == UTC_NAME:
        return name
    _, _, place = name.partition("/")
    offset = now.astimezone(ZoneInfo(name)).utcoffset() or timedelta()
    words = place.replace("_", " ").replace("/", ", ") or name
    return f"{words} ({offset_words(offset)})"


Option = tuple[str, str, dict[str, str]]  # value, label, attributes


def choices(at: datetime, current: str | None = None) -> dict[str, list[Option]]:
    """The places grouped by region, "Other" (UTC) last, each with its aliases for the page's script;
    `current` kept when it is a zone saved before that is not a place (an alias, "Etc/GMT+1")."""
    groups: dict[str, list[Option]] = {}
    for name in places():
        region, _, place = name.partition("/")
        also = {"data-also": " ".join(aliases()[name])} if name in aliases() else {}
        groups.setdefault(region if place else "Other", []).append((name, label(name, at), also))
    if current in timezone_names() and current not in places():
        groups["Other"].append((current, label(current, at), {}))
    groups["Other"] = groups.pop("Other")
    return groups


class TimezoneField(SelectField):
    """A select of places, labelled with the offset in force now, that accepts any zone a couple may
    have (an alias saved before included, so saving other settings never fails on it)."""

    @property
    def choices(self) -> dict[str, list[Option]]:
        return choices(now(), self.data)

    @choices.setter
    def choices(self, value: object) -> None:
        """Computed from the clock and the field's value: nothing to set."""

    def pre_validate(self, form: object) -> None:
        """The list's rule: a place it offers, or the zone saved before (its `object_data`, given by the
        view): a hand-made "Etc/GMT-14" or "EST5EDT" is refused as the list hides it (tester-web46)."""
        if self.data not in places() and (self.data != self.object_data or self.data not in timezone_names()):
            raise ValidationError(INVALID_ZONE)
