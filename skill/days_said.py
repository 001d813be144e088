"""The day in someone's words, one reading for every place that hears one: a repair's day slot
("actually that was yesterday": skill/intents/amend.py), a keep or a miss told with its day ("I
forgot to call when I was running late yesterday": skill/intents/logbook.py), which dates the entry
and leaves the note, and a moment or a win told with its day (skill/intents/notes.py), which dates
it and keeps its words. Never further back than a week: the last weekday named is within it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from trust_tracker.models.steering_words import spoken
from trust_tracker.models.tracking import PAST_DAYS

WEEK = PAST_DAYS  # the furthest back a day said can be: the last Monday, said on a Monday
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART = r"(?: (?:morning|afternoon|evening|night))?"
_COUNTS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_COUNT = rf"(?:\d{{1,3}}|{'|'.join(_COUNTS[1:])}|an?)"
# "three days ago", "4 days back", "a week ago", "two weeks ago", "a month ago", "a fortnight ago"
_AGO = re.compile(rf"\b(?P<count>{_COUNT}) (?P<unit>days?|weeks?|fortnights?|months?|years?) (?:ago|back)\b")
# A past day with no day to it: "the other day", "a few days ago", "a while back".
_VAGUE = re.compile(
    r"\b(?:the other (?:day|night)|(?:a few|a couple of|some|several|few) (?:days|nights) ago|"
    r"a (?:while|little while) (?:ago|back)|some time ago)\b"
)
_TOMORROW = re.compile(r"\btomorrow\b")
# A day told of as still to come: "next friday will be rough", "monday's going to be a hard day".
_DAY_AHEAD = re.compile(
    rf"\bnext (?:week|weekend|{'|'.join(_WEEKDAYS)})\b|(?:\bis|'s|\bwill|'ll) (?:going to |gonna )?be (?:a|another|such a)\b"
)
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
# In a sentence, a weekday counts only after "on" or "last", or opening it (_OPENING_DAY): "the sunday
# walk" names a promise.
_IN_WORDS = re.compile(
    r"(?:^|,? )(?:(?:on )?(?:the )?day before yesterday|yesterday"
    + _PART
    + "|"
    + _AGO.pattern.removeprefix(r"\b").removesuffix(r"\b")
    + r"|last night|this (?:morning|afternoon|evening)|earlier today|today|tonight"
    + rf"|(?:on|last) (?:{'|'.join(_WEEKDAYS)}){_PART})(?=[,.]? |[,.]?$)",
    re.IGNORECASE,
)

# A weekday that opens the sentence before who did it is its day too: "monday i forgot the evening talk".
_OPENING_DAY = re.compile(rf"^(?:{'|'.join(_WEEKDAYS)}){_PART}(?=,? (?:i|we)\b)", re.IGNORECASE)


def _day_in(said: str) -> re.Match[str] | None:
    return _IN_WORDS.search(said) or _OPENING_DAY.match(said)


_TODAY_SAID = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b")


def day_said(said: str, today: date) -> date | None:
    """The day in the words: "yesterday", "last night", "the day before yesterday", a weekday
    (the last one before today), "this morning" or "today"; None for anything else."""
    words = spoken(said)
    if (back := days_back(words)) is not None:
        return today - timedelta(days=back) if back <= WEEK else None
    if "day before yesterday" in words:
        return today - timedelta(days=2)
    if "yesterday" in words or "last night" in words:
        return today - timedelta(days=1)
    if _TODAY_SAID.search(words):
        return today
    weekday = next((i for i, name in enumerate(_WEEKDAYS) if name in words.split()), None)
    if weekday is None:
        return None
    return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


def days_back(said: str) -> int | None:
    """How many days back "N days ago" (or weeks, a fortnight, a month) says; None when it says none."""
    found = _AGO.search(spoken(said))
    if found is None:
        return None
    count = found["count"]
    number = int(count) if count.isdigit() else 1 if count == "an" else _COUNTS.index(count) or 1
    return number * _UNIT_DAYS[found["unit"].rstrip("s")]


def day_unloggable(said: str, today: date, *, told: bool = False) -> str | None:
    """Why the day in a keep or a miss cannot date it: "ahead" ("tomorrow": nothing is logged
    ahead), "too_far" (further back than the week: "a fortnight ago", "ten days ago") or "vague"
    ("the other day": which day is not said); None when its day, if any, is one to log. `told`: the
    words tell of a day ("monday is going to be a hard day", "next friday will be rough"), so a day
    told as still to come is ahead too."""
    words = spoken(said)
    if _TOMORROW.search(words) or (told and _DAY_AHEAD.search(words)):
        return "ahead"
    if (back := days_back(words)) is not None and back > WEEK:
        return "too_far"
    return "vague" if _VAGUE.search(words) and day_said(words, today) is None else None


def without_vague_day(said: str) -> str:
    """The words without a past day that has no day to it: "i kept the talk the other day" -> "i kept the talk"."""
    return " ".join(_VAGUE.sub(" ", said).split())


def names_a_day(said: str) -> bool:
    """Whether a sentence says its day ("i kept my promise yesterday"): words to keep, though
    they name no promise."""
    return _day_in(said) is not None


def dated(said: str, today: date) -> tuple[date | None, str]:
    """A sentence's day, and the sentence without it: "i forgot to call yesterday" -> (yesterday,
    "i forgot to call"); (None, said) when it names no day."""
    found = _day_in(said)
    if found is None:
        return None, said
    before, after = said[: found.start()].strip(" ,"), said[found.end() :].strip(" ,")
    # Cut from the middle before a clause of its own, the two stay apart: "i forgot the dishes last night
    # i'm such an idiot" -> "i forgot the dishes, i'm such an idiot", never one run-on phrase.
    joint = ", " if before and _CLAUSE.match(after) else " "
    rest = " ".join(f"{before}{joint}{after}".split())
    return day_said(found.group(0), today), rest.replace(" ,", ",").strip(" ,")


# What opens a clause of its own after a day cut out of a sentence.
_CLAUSE = re.compile(
    r"(?:i|i'm|im|i've|i'd|we|we're|we've|he|he's|she|she's|they|they're|it|it's|that|that's|and|but|so|"
    r"because|cos|though|which|honestly|ugh|oh)\b",
    re.IGNORECASE,
)


# A day still to come: "tomorrow", "next Saturday", "we'll go on Saturday", "Sam is going to cook on
# Sunday"; never a name or a place ("Will made pancakes", "sat next to me", "we were going to the beach").
_AHEAD = re.compile(
    r"\b(?:tomorrow|next (?:week|weekend|time|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"gonna)\b|'ll\b|(?:\bam|\bis|\bare|'m|'re|'s) going to\b|"
    # "Sam will cook", not "my son Will made pancakes" (a name is followed by what was done).
    r"\b[a-z']+ will (?!(?:[a-z]+ed|made|took|brought|did|came|went|gave|got|ran|sat|had|was|bought|found|left|kept|"
    r"told|read|said|won|wrote|drove|ate|put|paid|sent|rang)\b)"
)


def day_told(note: str, today: date) -> date | None:
    """The day past a moment or a win tells of ("Sam made pancakes on Saturday": the last Saturday),
    which dates it as a keep's day does; None when it names none, or tells of a day to come."""
    said = spoken(note)
    return None if _AHEAD.search(said) else dated(said, today)[0]


def note_on(note: str, day: date, today: date) -> str:
    """A note moved to `day`, without a day word it now contradicts ("Sam made dinner tonight",
    moved to Tuesday: "Sam made dinner"); as it was when it names no day, or that same day."""
    said_day, rest = dated(note, today)
    return rest if said_day is not None and said_day != day and rest else note


_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A day no weekday or "yesterday" places within the week: a week or more back, a date, a day to come.
_FAR_OR_AHEAD = re.compile(
    r"\b(?:(?:last|past|previous|other) (?:week|weekend|month|year|time)|the other day|"
    r"(?:a|an|one|two|three|four|five|six|\d+|a few|a couple of|couple of|several) (?:days?|weeks?|months?|years?) "
    r"(?:ago|back|before|earlier)|ago|tomorrow|next (?:week|weekend|month|year|time|[a-z]+day)|"
    rf"(?:in|on|of|last|since|during) {_MONTH}|{_MONTH} \d|\d+(?:st|nd|rd|th)|on the \d+|"
    r"(?:the )?(?:first|second|third|fourth|fifth|[a-z]+teenth|twentieth|thirtieth|twenty [a-z]+|thirty first) of)\b"
)
# Today's hard day said first ("I'm having a hard day, dad died a year ago"): the rest is its account.
_TODAY_FIRST = re.compile(
    r"^(?:[a-z]+ )?(?:(?:i'm|i am|im) having (?:a|such a|one of those) |today(?:'s| is| has been) )"
)
_ANOTHER_DAY = re.compile(rf"\b(?:yesterday|last night|(?:{'|'.join(_WEEKDAYS)})(?:'s)?(?: night)?)\b")


def day_of(said: str, today: date) -> date | None:
    """The one day a sentence tells of ("yesterday was a hard day", "monday's hard day", "i had a rough
    one on tuesday"): `today` when it names none, or only today; a day of the last week; None when the
    words cannot be placed there (a week or more back, a date, a day to come, today and another day)."""
    if _TODAY_FIRST.match(spoken(said)) is not None:
        return today
    words = spoken(said).replace("'s ", " ")
    if day_unloggable(spoken(said), today, told=True) is not None:
        return None
    back = days_back(words)  # "a week ago", "three days back": within the week, as a keep's (`day_said`)
    rest = _AGO.sub(" ", words) if back is not None else words
    if _FAR_OR_AHEAD.search(rest) is not None:
        return None
    others = _ANOTHER_DAY.search(rest) or (_AGO.search(words) if back else None)
    if others is None:
        return today
    if _TODAY_SAID.search(rest) is not None or (back is not None and _ANOTHER_DAY.search(rest)):
        return None  # "not today, yesterday", "yesterday, three days ago": which one was hard is not for a guess
    return day_said(words, today)


def tells_of_a_day(said: str) -> bool:
    """Whether a sentence names a day at all, placed or not: its day is then read (`day_of`)."""
    words = spoken(said).replace("'s ", " ")
    return any(p.search(words) for p in (_FAR_OR_AHEAD, _ANOTHER_DAY, _TODAY_SAID))
