"""One's own entry said back to them ("you missed your promise to call when late", "on Tuesday"): one
wording for the undo, a repair, the partner's news, the help lines' offer and a reflection begun."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from trust_tracker.models import contracts
from trust_tracker.models.entities import LogEntry, Partner
from trust_tracker.models.localtime import local_today

from .dialog import skill_context, speech
from .grammar import promise
from .speech import Language


def describe_entry(language: Language, entry: LogEntry, names: dict[int, str]) -> str:
    """One's own entry, said to them: "you missed your promise to call when late"."""
    name = names.get(entry.lineage_id or 0) or language.say("a_promise")
    return language.say(f"entry_{entry.kind.value}", promise=promise(language, name))


def described_entry(handler_input: HandlerInput, partner: Partner, entry: LogEntry) -> tuple[str, str]:
    """What the entry was ("kept call when late") and when ("today", "on Tuesday")."""
    context, language = skill_context(handler_input), speech(handler_input)
    names = contracts.item_names(context.session, partner.couple_id)
    today = local_today(partner.couple, context.now)
    day = entry.local_date
    when = language.say("today") if day == today else language.say("on_weekday", day=language.weekdays[day.weekday()])
    return describe_entry(language, entry, names), when
