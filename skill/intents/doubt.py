"""Words the learned check doubts, about to be saved (skill/saved_words.py DoubtInSavedWords):
nothing is written; the person hears the locale's numbers (as the help lines say them) and is asked
whether to save it. "Yes" answers the request as it came, with its session as it came, the doubt waived for it (distress
is still read); "no" keeps nothing and goes back to what waited. Three independent testers found
crisis told as a win, a moment or an answer saved because the check scored it just under its
alarm: below the alarm, a question costs one turn; a silent save cannot be taken back."""

from __future__ import annotations

import copy
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import IntentRequest, Response

from ..dialog import IntentHandler, ask, ask_again, replay, session_attributes, skill_context, speech, what_next
from ..help_words import help_numbers
from ..safety import give_help
from ..saved_words import waive_doubt

# Session attribute: the request whose words were doubted, waiting for yes or no.
DOUBT = "doubted"
# Request attribute: this request and its session as they came, before any handler changed them.
_CAME = "doubt_came"
_ANSWERS = ("AMAZON.YesIntent", "AMAZON.NoIntent")


class DoubtInterceptor(AbstractRequestInterceptor):
    """First of all: keeps the request as it came (for a yes to replay), and lets a doubt go
    when anything but yes or no is said to it."""

    def process(self, handler_input: HandlerInput) -> None:
        attributes = session_attributes(handler_input)
        request = handler_input.request_envelope.request
        if not isinstance(request, IntentRequest) or request.intent is None:
            attributes.pop(DOUBT, None)
            return
        if request.intent.name not in _ANSWERS:
            attributes.pop(DOUBT, None)
        slots = {name: slot.value for name, slot in (request.intent.slots or {}).items() if slot.value}
        came = {key: value for key, value in attributes.items() if key != DOUBT}
        handler_input.attributes_manager.request_attributes[_CAME] = {
            "intent": request.intent.name,
            "slots": slots,
            "attributes": copy.deepcopy(came),
        }


def ask_before_saving(handler_input: HandlerInput) -> Response:
    """The doubt said: the session as it came, the request kept for a yes, nothing written."""
    came = handler_input.attributes_manager.request_attributes.get(_CAME)
    if not isinstance(came, dict):  # not an intent: no request to come back to, so the help lines
        return give_help(handler_input)
    attributes = session_attributes(handler_input)
    attributes.clear()
    attributes.update(copy.deepcopy(came["attributes"]))
    attributes[DOUBT] = {"intent": came["intent"], "slots": came["slots"], "attributes": came["attributes"]}
    language = speech(handler_input)
    asked = language.say("doubt_ask", help=" ".join(help_numbers(language.locale)))
    return ask(handler_input, asked, language.say("doubt_ask_reprompt"))


def _waiting(attributes: dict[str, Any]) -> dict[str, Any] | None:
    """The doubted request, if it is whole (a forged or stale session's is let go)."""
    doubted = attributes.get(DOUBT)
    if not isinstance(doubted, dict):
        return None
    intent, slots, before = doubted.get("intent"), doubted.get("slots"), doubted.get("attributes")
    if not isinstance(intent, str) or intent in _ANSWERS or not isinstance(before, dict) or DOUBT in before:
        return None
    if not isinstance(slots, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in slots.items()):
        return None
    return doubted


class DoubtAnswerHandler(IntentHandler):
    """Yes or no to "shall I save it?"."""

    intents = _ANSWERS

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return super().can_handle(handler_input) and DOUBT in session_attributes(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        attributes = session_attributes(handler_input)
        doubted = _waiting(attributes)
        attributes.pop(DOUBT, None)
        if doubted is not None:  # the session as it was when the words were said
            attributes.clear()
            attributes.update(copy.deepcopy(doubted["attributes"]))
        if doubted is not None and get_intent_name(handler_input) == "AMAZON.YesIntent":
            waive_doubt(skill_context(handler_input).session)
            return replay(handler_input, doubted["intent"], doubted["slots"])
        said = speech(handler_input).say("doubt_dropped")
        return ask_again(handler_input, said) or what_next(handler_input, said)
