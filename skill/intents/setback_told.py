"""After a miss by voice: the reflection offered, and a setback told in words that name none of the
couple's promises logged as such (logbook.py asks for them)."""

from __future__ import annotations

from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import logbook, setbacks
from trust_tracker.models.entities import LogKind, Partner

from .. import screens
from ..alexa_apis import device_zone
from ..deeds_told import with_subject
from ..dialog import FLOW, PENDING_LOG, ask, elicit_answer, session_attributes, skill_context, speech, vary
from ..grammar import to_you
from ..speech_text import excerpt
from ..understanding import has_words
from .notes import read_back


def offer_reflection(handler_input: HandlerInput, partner: Partner, entry_id: int, confirmation: str) -> Response:
    """After a miss: thanks for the honesty, and a short reflection offered, in words that
    change from one setback to the next (by how many this partner has logged)."""
    say = speech(handler_input).say
    told = setbacks.setbacks_logged(skill_context(handler_input).session, partner) - 1  # this one counted
    session_attributes(handler_input)[FLOW] = {"name": "setback", "step": "reflect?", "entry": entry_id}
    screens.summary_card(handler_input, say("card_logged"), confirmation)
    spoken = [
        vary(handler_input, "honesty", first=told),
        confirmation,
        vary(handler_input, "offer_reflect", first=told),
    ]
    elicit_answer(handler_input)  # the reflection itself may come as the answer
    return ask(handler_input, " ".join(spoken), say("offer_reflect_reprompt"))


def log_setback_told(
    handler_input: HandlerInput, partner: Partner, words: str, day: date | None, *, added: str = ""
) -> Response:
    """A setback told in words that name none of the couple's promises ("I forgot our anniversary
    dinner"): a miss about no promise, its words the note (as the site's log form allows a note
    alone), then the reflection offered as after any miss. `added`: words said to "Did it go against
    one of your promises?" that name none: a setback's words are its note, so they join it (a second
    "which promise?" would only ask again what they have answered: none)."""
    context, words = skill_context(handler_input), with_subject(words)
    if has_words(added):
        more = with_subject(added)
        words = f"{words.rstrip(' .!?')}. {more[:1].upper()}{more[1:]}"
    session_attributes(handler_input).pop(PENDING_LOG, None)
    zone = device_zone(handler_input, partner.couple)
    logged = logbook.log_note(
        context.session, partner, LogKind.MISSED, words, now=context.now, device_zone=zone, day=day
    )
    note = to_you(excerpt(read_back(logged.entry.note, [p.name for p in partner.couple.partners], words)))
    confirmation = speech(handler_input).say("logged_setback_told", said=note)
    return offer_reflection(handler_input, partner, logged.entry.id, confirmation)
