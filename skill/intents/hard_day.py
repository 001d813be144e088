"""A hard day by voice: logged for the partner to see, and today's simplified forms read; "cancel my
hard day" right after, taken back."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import disputes, tracking
from trust_tracker.models.entities import Partner

from .. import screens
from ..alexa_apis import device_zone
from ..dialog import skill_context, speech, tell
from ..speakers import PartnerIntentHandler, other_partner
from ..speech_text import excerpt, named, sentence_case

# A hard day's reply stays under 30 s: two of today's commitments, a simpler form by its first words.
MAX_HARD_DAY_ITEMS = 2
FORM_WORDS = 10


class HardDayIntentHandler(PartnerIntentHandler):
    """ "I'm having a hard day": logged for the partner to see; today's simplified forms read."""

    intents = ("HardDayIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        say = language.say
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


def take_back(handler_input: HandlerInput, partner: Partner) -> str:
    """ "Cancel my hard day": today's hard day taken back if it was just logged (tester-voice40 D7), and
    what was done said: removed, logged too long ago to take back here, or none logged today."""
    context = skill_context(handler_input)
    zone = device_zone(handler_input, partner.couple)
    taken = disputes.take_back_hard_day(context.session, partner, context.now, device_zone=zone)
    return speech(handler_input).say(f"hard_day_taken_{taken.value}")
