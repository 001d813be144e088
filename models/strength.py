"""Habit strength, 0..1, after Loop Habit Tracker: how well a commitment is kept, weighing
recent days most (models/cadence.py holds the rules it reads: due days, tallies, skips)."""

from __future__ import annotations

import math
from datetime import date, timedelta

from .cadence import Rule, Tallies, days
from .entities import Cadence


def _frequency(rule: Rule) -> tuple[int, int]:
    """Repetitions per interval of days, as Loop Habit Tracker's Frequency."""
    if rule.cadence is Cadence.WEEKDAYS:
        return max(len(rule.weekdays), 1), 7
    if rule.cadence is Cadence.WEEKLY:
        return rule.times_per_week, 7
    return 1, 1


def strength(rule: Rule, tallies: Tallies, skipped: set[date], since: date, today: date) -> float:
    """Habit strength, 0..1, after Loop Habit Tracker (iSoron/uhabits, uhabits-core:
    models/Score.kt `Score.compute` and models/ScoreList.kt `recompute`).

    Each day: score = score * m + checkmark * (1 - m), with m = 0.5 ** (sqrt(freq) / 13):
    a daily commitment's score halves its distance to a new level in 13 days, so a
    single miss after a good run costs about 5% and a streak of misses costs a lot.
    For commitments less often than daily, the checkmark is the share of the expected
    repetitions done in a rolling window (Loop doubles the window to smooth uneven
    days). A hard day with nothing logged is Loop's SKIP: the score stays as it was.
    Today counts only once something is logged, as in the streaks.
    """
    return strength_between(rule, tallies, skipped, since, since, strength_until(tallies, today))


def strength_until(tallies: Tallies, today: date) -> date:
    """The last day strength counts: today once something is logged for it, else yesterday."""
    return today if today in tallies else today - timedelta(days=1)


def _window(rule: Rule) -> tuple[int, int, float]:
    """Repetitions expected per rolling window of days, the window, and the daily multiplier."""
    numerator, denominator = _frequency(rule)
    frequency = numerator / denominator
    if frequency < 1:
        numerator, denominator = numerator * 2, denominator * 2
    return numerator, denominator, 0.5 ** (math.sqrt(frequency) / 13)


def strength_between(
    rule: Rule, tallies: Tallies, skipped: set[date], since: date, first: date, last: date, score: float = 0.0
) -> float:
    """The strength at the end of `last`, carrying on from `score` at the end of the day before
    `first` (`since` is the first day that counts: the rolling window never reaches before it)."""
    numerator, denominator, multiplier = _window(rule)
    warm = max(since, first - timedelta(days=denominator))  # days already in the window at `first`
    walked = days(warm, last)
    logged = [tallies.get(day) for day in walked]
    kept = [tally is not None and tally.clean for tally in logged]
    rest = 1 - multiplier
    rolling = 0.0
    counted_from = (first - warm).days  # the days before `first` only fill the window
    for i, day in enumerate(walked):
        rolling += kept[i]
        if i >= denominator:
            rolling -= kept[i - denominator]
        if i < counted_from or (logged[i] is None and day in skipped):
            continue
        score = score * multiplier + min(1.0, rolling / numerator) * rest
    return score
