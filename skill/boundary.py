"""The skill's input boundary: a slot value holding control characters is not words.

No speech recogniser produces them; a forged, replayed or typed request can, and the
words would end up in the database and in speech. Such a request is answered as
something not understood (the pending question asked again), and nothing is done.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from trust_tracker.models.text import has_control_characters

from .intents.basics import FallbackIntentHandler


def unreadable(value: object) -> bool:
    return isinstance(value, str) and has_control_characters(value)


class UnreadableSlotHandler(AbstractRequestHandler):
    """First in the list: any intent with an unreadable slot value, whichever intent it is."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        if not isinstance(request, IntentRequest) or request.intent is None:
            return False
        return any(slot is not None and unreadable(slot.value) for slot in (request.intent.slots or {}).values())

    def handle(self, handler_input: HandlerInput) -> Response:
        return FallbackIntentHandler().handle(handler_input)
