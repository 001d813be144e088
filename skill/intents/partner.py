"""The partner loop by voice: "what did Sam log?" reads Sam's entries since you last said
thank you (their notes too; journals are never read), then asks whether to say "seen,
thank you"; a yes acknowledges exactly the entries read, not any logged meanwhile."""

from __future__ import annotations

from abc import abstractmethod
from datetime import timedelta
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from trust_tracker.models import disputes, tracking
from trust_tracker.models.entities import Partner
from trust_tracker.models.localtime import local_today
from trust_tracker.models.partner_news import acknowledge, partner_news

from ..dialog import (
    FLOW,
    ask,
    ask_again_unclear,
    current_flow,
    ids,
    lost_place,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
)
from ..entries_said import described_entry
from ..render import partner_entries, partner_entry
from ..speakers import PartnerIntentHandler, other_partner
from ..speech_text import excerpt
from ..topic_patterns import OTHER
from .checkin_flow import no_more_asked
from .menu import at_menu

# "What did I just log?" reads back the speaker's newest entry of this many days.
OWN_DAYS = 7

# Entries read aloud in one go: up to four, as many as fit in about 45 words (a note by its
# first words), so the reply stays under 30 s; thanked, "ask me again" hears the next ones.
MAX_READ = 4
READ_WORDS = 35
NEWS_FLOW, SEEN_STEP = "partner_news", "seen?"
# "Acknowledge Sam's entries" says the newest of those it marked, by name.
MAX_ACKNOWLEDGED_READ = 3


class PartnerLoopHandler(PartnerIntentHandler):
    """For the speaker and the other partner (`other`), and the name said in the "partner"
    slot, lower-cased ("" when none); alone, there is no partner's log to hear or thank."""

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        other = other_partner(partner)
        if other is None:
            return tell(handler_input, speech(handler_input).say("ack_alone"))
        named = slot_text(handler_input, "partner").lower()
        # "My partner", "my wife", "her": the other partner, as their name would be.
        return self.handle_with(handler_input, partner, other, "" if OTHER.fullmatch(named.strip()) else named)

    @abstractmethod
    def handle_with(self, handler_input: HandlerInput, partner: Partner, other: Partner, named: str) -> Response:
        """Handle the intent for `partner`, about `other`."""


class PartnerNewsIntentHandler(PartnerLoopHandler):
    """ "What did Sam log?", "what has my partner logged?" """

    intents = ("PartnerNewsIntent",)

    def handle_with(self, handler_input: HandlerInput, partner: Partner, other: Partner, named: str) -> Response:
        say = speech(handler_input).say
        if named and other.name.lower() not in named:
            # Their own name, or someone else's: never read the partner's log for another name.
            # "what did I log today": the speaker's own words for themself ask for their own log
            own = partner.name.lower() in named or named.split()[:1] in (["i"], ["me"], ["myself"], ["mine"])
            if own:  # "what did I just log?": their own newest entry, read back
                return _own_last(handler_input, partner)
            return tell(handler_input, say("news_who", other=other.name, me=partner.name))
        return read_news(handler_input, partner, other, [])


def _own_last(handler_input: HandlerInput, partner: Partner) -> Response:
    """ "What did I just log?": the speaker's newest entry of the last week, what and when."""
    context, say = skill_context(handler_input), speech(handler_input).say
    entry = disputes.last_own_entry(context.session, partner, context.now, within=timedelta(days=OWN_DAYS))
    if entry is None:
        return tell(handler_input, say("news_own_none"))
    what, when = described_entry(handler_input, partner, entry)
    if entry.note:  # their own words, as they were logged
        return tell(handler_input, say("news_own_last_note", what=what, when=when, note=excerpt(entry.note)))
    return tell(handler_input, say("news_own_last", what=what, when=when))


def read_news(handler_input: HandlerInput, partner: Partner, other: Partner, heard: list[int]) -> Response:
    """The other partner's entries not `heard` yet in this conversation, as many as fit, then
    "shall I tell Sam: seen, thank you?" for every one heard; "more" reads the next ones."""
    context, language = skill_context(handler_input), speech(handler_input)
    say = language.say
    news = partner_news(context.session, partner, context.now, limit=MAX_READ, heard=heard)
    if not news.entries and not heard:
        return tell(handler_input, say("news_none", other=other.name))
    today = local_today(partner.couple, context.now)
    said = [partner_entry(language, entry, news.names, today) for entry in news.entries]
    count = next((n for n in range(len(said), 1, -1) if len(" ".join(said[:n]).split()) <= READ_WORDS), 1)
    # Counted as read: the number said is the number waiting, or "the first" so many of them,
    # and "seen, thank you" thanks exactly those read.
    entries = news.entries[:count]
    total, more = len(heard) + len(news.entries) + news.more, len(news.entries) + news.more - len(entries)
    read = language.both(partner_entries(language, entries, news.names, today))
    thanked = len(heard) + len(entries)
    if heard:  # "more": the next ones, or that there are none
        parts = [say("news_then", other=other.name, entries=read) if entries else say("news_no_more", other=other.name)]
    elif not more:
        parts = [say("news_one" if count == 1 else "news_many", other=other.name, count=count, entries=read)]
    else:
        parts = [language.count("news_first", count, other=other.name, total=total, entries=read)]
    if more:
        parts.append(say("news_more", count=more))
        parts.append(language.count("news_ask_some", thanked, other=other.name))
    else:
        parts.append(say("news_ask", other=other.name))
    session_attributes(handler_input)[FLOW] = {
        "name": NEWS_FLOW,
        "step": SEEN_STEP,
        "partner": partner.id,
        "entries": [*heard, *(entry.id for entry in entries)],
        "before": heard,  # what was heard before this reading: "repeat" reads this one again
    }
    reprompt = say("news_ask_reprompt_one" if thanked == 1 else "news_ask_reprompt", other=other.name)
    return ask(handler_input, " ".join(parts), reprompt)


class NewsMoreHandler(PartnerIntentHandler):
    """At the partner's news: "more", "the other ones", "next" read the next ones; "repeat",
    "ask me again" read the last ones again. Elsewhere "more" is not understood."""

    intents = ("AMAZON.MoreIntent", "AMAZON.NextIntent", "AMAZON.RepeatIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        flow = session_attributes(handler_input).get(FLOW)
        at_news = isinstance(flow, dict) and flow.get("name") == NEWS_FLOW
        more = is_intent_name("AMAZON.MoreIntent")(handler_input)
        return super().can_handle(handler_input) and (at_news or more)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        flow = current_flow(handler_input)
        other = other_partner(partner)
        if flow.get("name") == "checkin" and "position" in flow and not flow.get("step"):
            return no_more_asked(handler_input, partner.couple, flow)  # "the rest": another question, not an answer
        if flow.get("name") != NEWS_FLOW:  # "more" with nothing to read more of
            say = speech(handler_input).say
            return ask_again_unclear(handler_input, say("fallback_pending")) or at_menu(handler_input, "yes", partner)
        if flow.get("partner") != partner.id or other is None:
            return lost_place(handler_input)  # someone else asking, or a forged session
        heard, before = ids(flow.get("entries")), ids(flow.get("before"))
        again = is_intent_name("AMAZON.RepeatIntent")(handler_input)
        return read_news(handler_input, partner, other, before if again else heard)


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


class AcknowledgeIntentHandler(PartnerLoopHandler):
    """ "Acknowledge Sam's entries": the partner's recent entries are marked as seen."""

    intents = ("AcknowledgeIntent",)

    def handle_with(self, handler_input: HandlerInput, partner: Partner, other: Partner, named: str) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        say = language.say
        if named and partner.name.lower() in named and other.name.lower() not in named:
            return tell(handler_input, say("ack_own", other=other.name))
        flow = current_flow(handler_input)
        if flow.get("name") == NEWS_FLOW and flow.get("step") == SEEN_STEP:
            # "thank him for that" to "Shall I tell Sam: seen, thank you, for those 3?": those 3 only,
            # never entries not read out (tester-voice38 D12: 14 marked, a breach among them unheard).
            return answer_seen(handler_input, partner, flow, yes=True)
        done = acknowledge(context.session, partner, context.now)
        if not done.entries:
            return tell(handler_input, say("ack_none", other=other.name))
        today = local_today(partner.couple, context.now)
        newest = done.entries[-MAX_ACKNOWLEDGED_READ:]
        described = language.both(partner_entry(language, e, done.names, today, with_note=False) for e in newest)
        text = language.count("ack_done", len(done.entries), other=other.name)
        text = f"{text} {say('ack_newest', other=other.name, entries=described)}"
        return tell(handler_input, text)
