"""One's own entry said back to them ("you missed your promise to call when late", "on Tuesday"): one
wording for the undo, a repair, the partner's news, the help lines' offer and a reflection begun."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from trust_tracker.models import contracts
from trust_tracker.models.entities import LogEntry, Partner
from trust_tracker.models.localtime import local_today
from trust_tracker.models.text import MONTH_NAMES

from .dialog import skill_context, speech
from .grammar import promise
from .speech import Language

_A_WEEK = 7


def describe_entry(language: Language, entry: LogEntry, names: dict[int, str]) -> str:
    """One's own entry, said to them: "you missed your promise to call when late"."""
    name = names.get(entry.lineage_id or 0) or language.say("a_promise")
    return language.say(f"entry_{entry.kind.value}", promise=promise(language, name))


def described_entry(handler_input: HandlerInput, partner: Partner, entry: LogEntry) -> tuple[str, str]:
    """What the entry was ("kept call when late") and when ("today", "on Tuesday", a week or more back "on Wednesday
    25 November")."""
    context, language = skill_context(handler_input), speech(handler_input)
    names = contracts.item_names(context.session, partner.couple_id)
    today = local_today(partner.couple, context.now)
    day = entry.local_date
    weekday = language.weekdays[day.weekday()]
    if day == today:
        when = language.say("today")
    elif (today - day).days < _A_WEEK:
        when = language.say("on_weekday", day=weekday)
    else:  # "on Wednesday" for a day a week or more back names the wrong one (tester-voice45 D10)
        when = language.say("on_date", day=weekday, date=day.day, month=MONTH_NAMES[day.month - 1])
    return describe_entry(language, entry, names), when
