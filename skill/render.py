"""Domain results into words, where more than one intent says them."""

from __future__ import annotations

from datetime import date, timedelta

from trust_tracker.models.entities import LogEntry, LogKind, Milestone

from .grammar import promise
from .speech import Language
from .speech_text import clause, excerpt, sentence_case

# Milestones spoken in one go; the site lists the rest.
MAX_SPOKEN_MILESTONES = 2
# The first words of a partner's note read back with their entry.
NOTE_WORDS = 8


def celebration(language: Language, fresh: list[Milestone], most: int = MAX_SPOKEN_MILESTONES) -> str:
    """What the couple has newly reached (oldest first), said once; "" when nothing is new."""
    if not fresh:
        return ""
    return f"{language.say('celebrate_intro')} {milestones_said(language, fresh[-most:], len(fresh))}"


def milestones_said(language: Language, shown: list[Milestone], total: int) -> str:
    """`shown` in words, then how many more of `total` the website has."""
    said = [language.milestone(m) for m in shown]
    if total > len(shown):
        said.append(language.say("celebrate_more", count=total - len(shown)))
    return " ".join(said)


def partner_entry(
    language: Language, entry: LogEntry, names: dict[int, str], today: date, with_note: bool = True
) -> str:
    """One of the partner's entries said of them, with its day so that two alike are told apart:
    "kept their promise to call when late on Monday", "noted a small win today: we cooked"."""
    name = names.get(entry.lineage_id or 0)
    crossed = entry.kind is LogKind.BREACH and name  # "logged a breach of no secret accounts"
    said = language.say(
        "news_breach_named" if crossed else f"news_{entry.kind.value}",
        promise=promise(language, name or language.say("a_promise"), "their"),
        boundary=sentence_case(clause(name or "", 60)),
        day=_day(language, entry.local_date, today),
    )
    if not with_note or not entry.note.strip():
        return said
    return language.say("news_with_note", entry=said, note=excerpt(entry.note, NOTE_WORDS))


def partner_entries(language: Language, entries: list[LogEntry], names: dict[int, str], today: date) -> list[str]:
    """The partner's entries said of them (partner_entry), those alike said once with how many:
    four keeps of no promise named, today, are "kept a promise 4 times today", not four times
    the same words."""
    alike: dict[tuple[object, ...], list[LogEntry]] = {}
    for entry in entries:
        unnamed = entry.lineage_id is None and not entry.note.strip()
        alike.setdefault((entry.kind, entry.local_date) if unnamed else (entry.id,), []).append(entry)
    said: list[str] = []
    for group in alike.values():
        first = group[0]
        if len(group) == 1 or first.kind not in (LogKind.KEPT, LogKind.MISSED):
            said.extend(partner_entry(language, entry, names, today) for entry in group)
            continue
        day = _day(language, first.local_date, today)
        said.append(language.say(f"news_{first.kind.value}_times", count=len(group), day=day))
    return said


def _day(language: Language, day: date, today: date) -> str:
    if day == today:
        return language.say("today")
    if day == today - timedelta(days=1):
        return language.say("news_yesterday")
    if today - timedelta(days=7) < day < today:
        return language.say("news_on_day", day=language.weekdays[day.weekday()])
    return language.say("news_on_date", date=day)
