"""The partner loop by voice: "what did Sam log?" reads Sam's entries since you last said
thank you (their notes too; journals are never read), then asks whether to say "seen,
thank you"; a yes acknowledges exactly the entries read, not any logged meanwhile."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import logbook, tracking
from trust_tracker.models.entities import LogEntry, Partner
from trust_tracker.models.localtime import local_today

from ..dialog import FLOW, ask, ids, lost_place, session_attributes, skill_context, slot_text, speech, tell
from ..grammar import promise
from ..speakers import PartnerIntentHandler, other_partner
from ..speech import Language, clause

# Entries read aloud in one go; "ask me again" hears the next ones.
MAX_READ = 4
NEWS_FLOW, SEEN_STEP = "partner_news", "seen?"


class PartnerNewsIntentHandler(PartnerIntentHandler):
    """ "What did Sam log?", "what has my partner logged?" """

    intents = ("PartnerNewsIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        say = language.say
        other = other_partner(partner)
        if other is None:
            return tell(handler_input, say("ack_alone"))
        named = slot_text(handler_input, "partner").lower()
        if named and other.name.lower() not in named:
            # Their own name, or someone else's: never read the partner's log for another name.
            key = "news_own" if partner.name.lower() in named else "news_who"
            return tell(handler_input, say(key, other=other.name, me=partner.name))
        news = logbook.partner_news(context.session, partner, context.now, limit=MAX_READ)
        if not news.entries:
            return tell(handler_input, say("news_none", other=other.name))
        today = local_today(partner.couple, context.now)
        read = language.both(_spoken(language, entry, news.names, today) for entry in news.entries)
        count = len(news.entries)
        parts = [say("news_one" if count == 1 else "news_many", other=other.name, count=count, entries=read)]
        if news.more:
            parts.append(say("news_more", count=news.more))
        parts.append(say("news_ask", other=other.name))
        session_attributes(handler_input)[FLOW] = {
            "name": NEWS_FLOW,
            "step": SEEN_STEP,
            "partner": partner.id,
            "entries": [entry.id for entry in news.entries],
        }
        reprompt = say(
            "news_ask_reprompt_one" if count == 1 and not news.more else "news_ask_reprompt", other=other.name
        )
        return ask(handler_input, " ".join(parts), reprompt)


def _spoken(language: Language, entry: LogEntry, names: dict[int, str], today: date) -> str:
    """One of the partner's entries said of them, with its day so that two alike are told apart:
    "kept their promise to call when late on Monday", "noted a small win today: we cooked"."""
    name = names.get(entry.lineage_id or 0) or language.say("a_promise")
    said = language.say(
        f"news_{entry.kind.value}",
        promise=promise(language, name, "their"),
        day=_day(language, entry.local_date, today),
    )
    return language.say("news_with_note", entry=said, note=clause(entry.note, 80)) if entry.note.strip() else said


def _day(language: Language, day: date, today: date) -> str:
    if day == today:
        return language.say("today")
    if day == today - timedelta(days=1):
        return language.say("news_yesterday")
    if today - timedelta(days=7) < day < today:
        return language.say("news_on_day", day=language.weekdays[day.weekday()])
    return language.say("news_on_date", date=day)


def answer_seen(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], yes: bool) -> Response:
    """Yes: "seen, thank you" for exactly the entries read; no: nothing marked."""
    say = speech(handler_input).say
    other = other_partner(partner)
    if flow.get("partner") != partner.id or other is None:
        return lost_place(handler_input)  # someone else answering, or a forged session
    if not yes:
        return tell(handler_input, say("news_not_thanked"))
    context = skill_context(handler_input)
    tracking.acknowledge_heard(context.session, partner, ids(flow.get("entries")), context.now)
    return tell(handler_input, say("news_thanked", other=other.name))
