"""A hard day by voice: logged for the partner to see, and today's simplified forms read; one said of
another day logged on it, within the week; "cancel my hard day" right after, taken back."""

from __future__ import annotations

from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import disputes, tracking
from trust_tracker.models.entities import LogKind, Partner
from trust_tracker.models.localtime import entry_date

from .. import screens
from ..alexa_apis import device_zone
from ..days_said import day_of, day_said
from ..dialog import end_flow, replay, skill_context, slot_text, speech, tell
from ..speakers import PartnerIntentHandler, other_partner
from ..speech_text import excerpt, named, sentence_case
from .day_asked import day_refused, refused_why

# A hard day's reply stays under 30 s: two of today's commitments, a simpler form by its first words.
MAX_HARD_DAY_ITEMS = 2
FORM_WORDS = 10
# The slot holding the sentence, when it names a day (skill/topics.py): "yesterday was a hard day".
SAID_SLOT = "said"
KIND = LogKind.HARD_DAY


class HardDayIntentHandler(PartnerIntentHandler):
    """ "I'm having a hard day": logged for the partner to see; today's simplified forms read."""

    intents = ("HardDayIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        say = language.say
        said = slot_text(handler_input, SAID_SLOT)
        today = entry_date(partner.couple, context.now, device_zone(handler_input, partner.couple))
        if day_of(said, today) is None and (refused := day_refused(handler_input, KIND, said, today, may_ask=True)):
            return refused  # "the other day was a hard day": which day is asked; "tomorrow", "a fortnight ago": why not
        if (past := of_another_day_said(handler_input, partner, said)) is not None:
            return tell(handler_input, past)
        day = tracking.hard_day(
            context.session, partner, context.now, device_zone=device_zone(handler_input, partner.couple)
        )
        other = other_partner(partner)
        # Said again the same day: nothing new is logged, and it is not said to be (tester-voice31 E7).
        shared = "hard_day_shared_already" if day.already_logged else "hard_day_shared"
        parts = [say(shared, other=other.name) if other is not None else say("hard_day_sorry")]
        # The simpler forms first, each in a sentence of its own; the rest are on the website.
        due = sorted(day.today, key=lambda i: not i.simplified)[:MAX_HARD_DAY_ITEMS]
        simpler = [
            say("hard_day_item", name=named(i.name), form=sentence_case(excerpt(i.form, FORM_WORDS)))
            for i in due
            if i.simplified
        ]
        as_usual = [named(i.name) for i in due if not i.simplified]  # no simpler form agreed: said plainly
        if simpler:
            parts.append(say("hard_day_forms", forms=" ".join(simpler)))
        if as_usual:
            parts.append(say("hard_day_as_usual", items=language.both(as_usual)))
        if len(day.today) > len(due):
            parts.append(say("hard_day_more", count=len(day.today) - len(due)))
        if not day.today:
            parts.append(say("hard_day_nothing_due"))
        if other is not None:
            parts.append(say("hard_day_touch_base", other=other.name))
        text = " ".join(parts)
        screens.summary_card(handler_input, say("card_hard_day"), text)
        return tell(handler_input, text)


def of_another_day_said(handler_input: HandlerInput, partner: Partner, said: str) -> str | None:
    """A hard day said of another day ("yesterday was a hard day", "I had a rough one on Tuesday"):
    logged on that day when it is one of the last week, as any entry said of a past day; nothing logged
    for a day further back, to come, or not placed, said why. What to say; None when it is today's."""
    context, language = skill_context(handler_input), speech(handler_input)
    zone = device_zone(handler_input, partner.couple)
    today = entry_date(partner.couple, context.now, zone)
    day = day_of(said, today)
    if day == today:
        return None
    if day is None:  # at a check-in question, where no "Which day was that?" is asked
        return refused_why(handler_input, KIND, said, today) or language.say("hard_day_other_day")
    return logged_on(handler_input, partner, day, today)


def day_given(handler_input: HandlerInput, partner: Partner, said: str) -> Response:
    """The answer to "Which day was that?" asked of a hard day: logged on the day it names, within the week;
    no day in it ("I can't remember"), or one that cannot be logged, nothing logged and said why."""
    end_flow(handler_input)
    context = skill_context(handler_input)
    today = entry_date(partner.couple, context.now, device_zone(handler_input, partner.couple))
    if (refused := day_refused(handler_input, KIND, said, today, may_ask=False)) is not None:
        return refused
    day = day_said(said, today)
    if day is None:
        return tell(handler_input, speech(handler_input).say("hard_day_still_vague"))
    if day == today:  # "today, actually": today's hard day, its simpler forms read
        return replay(handler_input, "HardDayIntent", {})
    return tell(handler_input, logged_on(handler_input, partner, day, today))


def logged_on(handler_input: HandlerInput, partner: Partner, day: date, today: date) -> str:
    """A hard day logged on a past day of the last week, and what to say."""
    context, language = skill_context(handler_input), speech(handler_input)
    declared = tracking.hard_day(
        context.session, partner, context.now, device_zone=device_zone(handler_input, partner.couple), day=day
    )
    when = _day_named(handler_input, day, today)
    other = other_partner(partner)
    if declared.already_logged:
        return language.say("hard_day_past_already", day=when)
    if other is None:
        return language.say("hard_day_past_sorry", day=when)
    return language.say("hard_day_past_shared", day=when, other=other.name)


def hard_day_on(handler_input: HandlerInput, partner: Partner, said: str) -> str | None:
    """The day a hard day held at a check-in question would be logged on, as said ("today", "Friday");
    None when its words give none to log (told why once it is confirmed)."""
    today = entry_date(partner.couple, skill_context(handler_input).now, device_zone(handler_input, partner.couple))
    day = day_of(said, today)
    if day is None:
        return None
    return speech(handler_input).say("hard_day_today") if day == today else _day_named(handler_input, day, today)


def _day_named(handler_input: HandlerInput, day: date, today: date) -> str:
    """A past day of the week as said: "yesterday", "Monday", and a week back "last Wednesday" (said on a
    Wednesday, never today's)."""
    language = speech(handler_input)
    when = language.weekdays[day.weekday()]
    if (today - day).days == 1:
        return language.say("news_yesterday")
    return language.say("hard_day_last", day=when) if (today - day).days == 7 else when


def take_back(handler_input: HandlerInput, partner: Partner, said: str = "") -> str:
    """ "Cancel my hard day", "I didn't have a hard day, I said it by mistake": today's hard day taken
    back if it was just logged (tester-voice40 D7), and what was done said: removed, logged too long ago
    to take back here, or none logged. A day of the week named ("undo the hard day I logged on
    Thursday") is that day's, said with its day; one not placed in the week ("last month's") is told
    where it is changed, nothing changed."""
    context, say = skill_context(handler_input), speech(handler_input).say
    zone = device_zone(handler_input, partner.couple)
    today = entry_date(partner.couple, context.now, zone)
    day = day_of(said, today)
    if day is None:
        return say("hard_day_taken_other_day")
    taken = disputes.take_back_hard_day(context.session, partner, context.now, device_zone=zone, day=day)
    if day == today:
        return say(f"hard_day_taken_{taken.value}")
    return say(f"hard_day_taken_{taken.value}_on", day=_day_named(handler_input, day, today))
