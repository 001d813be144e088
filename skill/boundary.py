"""The skill's input boundary: slot values that are not words to keep.

A value holding control characters is not words: no speech recogniser produces them; a
forged, replayed or typed request can, and the words would end up in the database and in
speech. Such a request is answered as something not understood (the pending question
asked again), and nothing is done.

A value longer than the domain keeps for its slot (a SearchQuery can hold 10,000
characters) is never cut to fit: nothing of it is saved, the speaker hears so in one
sentence, and the question is asked again (the same slot elicited) so they can say it
more briefly. Both run after the safety check, so distress is answered whatever its size.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response, Slot

from trust_tracker.models import setbacks, tracking
from trust_tracker.models.text import has_control_characters

from .dialog import ELICITED, MAX_SLOT_TEXT, ask, ask_again, elicit, speech, vary
from .intents.basics import FallbackIntentHandler

# The longest words each free-text slot may hold: what the domain keeps (an answer goes to a
# check-in, up to checkins.MAX_ANSWER, or to a reflection: the smaller of the two), and a
# line for a name or a commitment. A pairing code is never kept: LinkDeviceIntent says so.
_LIMITS = {
    "note": tracking.MAX_NOTE,
    "answer": setbacks.MAX_REFLECTION,
    "commitment": MAX_SLOT_TEXT,
    "name": MAX_SLOT_TEXT,
    "partner": MAX_SLOT_TEXT,
}


# What is said when a slot's words are too long: (the refusal, the question asked again).
_REFUSALS = {
    "name": ("name_too_long", "name_again"),
    "partner": ("name_too_long", "name_again"),
    "commitment": ("promise_too_long", "promise_again"),
}


def limit(slot: str) -> int | None:
    """The most characters `slot` may hold, whitespace tidied; None for a slot whose words are not kept."""
    return _LIMITS.get(slot)


def unreadable(value: object) -> bool:
    return isinstance(value, str) and has_control_characters(value)


def _slots(handler_input: HandlerInput) -> dict[str, Slot]:
    request = handler_input.request_envelope.request
    if not isinstance(request, IntentRequest) or request.intent is None:
        return {}
    return {name: slot for name, slot in (request.intent.slots or {}).items() if slot is not None}


def _too_long(handler_input: HandlerInput) -> str | None:
    """The first slot whose words are longer than it may hold; None when all fit."""
    for name, slot in _slots(handler_input).items():
        most = limit(name)
        if most is not None and isinstance(slot.value, str) and len(" ".join(slot.value.split())) > most:
            return name
    return None


class UnreadableSlotHandler(AbstractRequestHandler):
    """After safety, before any handler reads a slot: any intent with an unreadable slot value."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(unreadable(slot.value) for slot in _slots(handler_input).values())

    def handle(self, handler_input: HandlerInput) -> Response:
        return FallbackIntentHandler().handle(handler_input)


class TooLongSlotHandler(AbstractRequestHandler):
    """After safety, before any handler reads a slot: words longer than their slot keeps.
    Nothing is saved or cut; the question waiting is asked again, or this slot's."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return _too_long(handler_input) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        slot = _too_long(handler_input)
        # A name is not caught; a promise is asked for by name; words are kept only when short.
        refused, again = _REFUSALS.get(slot or "", ("too_long", "too_long_again"))
        waiting = ask_again(handler_input, say(refused))
        if waiting is not None:
            return waiting
        request = handler_input.request_envelope.request
        intent = request.intent.name if isinstance(request, IntentRequest) and request.intent else None
        if (intent, slot) in ELICITED:
            assert intent is not None and slot is not None
            elicit(handler_input, intent, slot)
            return ask(handler_input, f"{say(refused)} {say(again)}", say(again))
        return ask(handler_input, f"{say(refused)} {vary(handler_input, 'what_next_short')}", say("what_next_reprompt"))
