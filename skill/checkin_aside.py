"""Asides during a check-in: "how are we doing?", "what should we celebrate?", "read our
contract", "what did Sam log?" asked while a check-in question waits are answered, briefly,
and then the check-in comes back: "Back to our check-in: <the question>", session open,
nothing of the check-in lost. One mechanism for every intent, not a patch per handler:

- the intents the check-in answers itself (answers, yes and no, skip, go back, undo,
  repeat, help, not understood, "actually this is Sam", something to log) are left to it;
- the ways out keep their meaning: "stop" and "cancel" say the answers are saved and how
  to resume (checkin.stop_checkin), "we need a pause" pauses and says the same, and the
  safety answer is never added to;
- anything else is an aside. If its answer ends the session, the check-in question is
  asked again after it; if it asks a question of its own (shall I tell Sam "seen, thank
  you"?), the check-in waits in the session (SUSPENDED) until that little conversation
  ends, and then comes back.

What waited is read from the session as it came, before any handler ran, and checked again
by the check-in's own handlers when it comes back (session attributes travel through the device).

A reflection's question ("what triggered it?") comes back the same way after a request served in its
place (dialog.comes_back_after); an aside that asks a question of its own ends the reflection there.
"""

from __future__ import annotations

import copy
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response
from ask_sdk_model.dialog import ElicitSlotDirective

from .dialog import (
    ANSWER_INTENT,
    CHECKIN_WAITED,
    FLOW,
    FLOW_WAITED,
    IDENTIFY_INTENT,
    LAST_QUESTION,
    PENDING_LOG,
    SUSPENDED,
    WAITING,
    ask_again,
    session_attributes,
    skill_context,
    speech,
    still_trying,
)
from .intents.checkin_flow import together_asked
from .intents.checkin_held import checkin_waits
from .safety import SafetyHandler
from .said_alone import HELD_INTENTS
from .speech_text import said_ssml, ssml_text

# Answered by the check-in itself while one of its questions waits.
CHECKIN_OWN = frozenset(
    {
        ANSWER_INTENT,
        IDENTIFY_INTENT,
        "StartCheckInIntent",
        "UndoIntent",
        "AmendEntryIntent",
        "AMAZON.YesIntent",
        "AMAZON.NoIntent",
        "AMAZON.NextIntent",
        "AMAZON.PreviousIntent",
        "ChangeAnswerIntent",
        "AMAZON.RepeatIntent",
        "AMAZON.MoreIntent",
        "AMAZON.HelpIntent",
        *HELD_INTENTS,
    }
)
# The ways out: their handlers end the session and say how to resume (checkin.stop_checkin);
# and not understood, which asks the waiting question again and, the third time, says goodbye.
STOPS = frozenset({"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"})
# A pause keeps its meaning (it ends the session); the check-in's place is saved with it.
PAUSE = "TakeAPauseIntent"


def _waiting(attributes: dict[str, Any]) -> dict[str, Any] | None:
    """The check-in waiting in these (incoming) session attributes, or None."""
    if checkin_waits(attributes) and isinstance(attributes.get(LAST_QUESTION), dict):
        return {"flow": attributes[FLOW], "question": attributes[LAST_QUESTION], "own": True}
    flow = attributes.get(FLOW)
    together = isinstance(flow, dict) and (flow.get("name"), flow.get("step")) == ("checkin", "together?")
    if together and isinstance(attributes.get(LAST_QUESTION), dict) and PENDING_LOG not in attributes:
        # "Is Sam with you?": a request to log is logged as it is anywhere, then this comes back
        # (a statement that only sounds like one is the check-in's: checkin_held).
        return {"flow": flow, "question": attributes[LAST_QUESTION], "own": True, "together": True}
    held = attributes.get(SUSPENDED)
    held = held if isinstance(held, dict) else {}
    flow = held.get("flow")
    if isinstance(flow, dict) and flow.get("name") == "checkin" and isinstance(held.get("question"), dict):
        return {"flow": held["flow"], "question": held["question"], "own": False}
    return None


class CheckInAsideRequestInterceptor(AbstractRequestInterceptor):
    """Notes, before any handler runs, the check-in question that waits (if any)."""

    def process(self, handler_input: HandlerInput) -> None:
        session = handler_input.request_envelope.session
        attributes = session.attributes if session is not None else None
        waited = _waiting(attributes) if isinstance(attributes, dict) else None
        handler_input.attributes_manager.request_attributes[CHECKIN_WAITED] = copy.deepcopy(waited)


class CheckInAsideResponseInterceptor(AbstractResponseInterceptor):
    """After the handler: the check-in brought back, kept waiting, or (a way out) saved."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        waited = handler_input.attributes_manager.request_attributes.get(CHECKIN_WAITED)
        other = handler_input.attributes_manager.request_attributes.get(FLOW_WAITED)
        if not isinstance(waited, dict) and not isinstance(other, dict):
            return
        if not is_request_type("IntentRequest")(handler_input):
            return
        if skill_context(handler_input).failed or SafetyHandler().can_handle(handler_input):
            return  # a failure, or the safety answer: nothing is added to it
        if not isinstance(waited, dict):  # a reflection: back to it after an answer, not after a question
            if isinstance(other, dict) and response.should_end_session is True:
                _back_to_checkin(handler_input, response, other, str(other["back"]))
            return
        intent = str(get_intent_name(handler_input))
        attributes = session_attributes(handler_input)
        own = CHECKIN_OWN - HELD_INTENTS.keys() if waited.get("together") is True else CHECKIN_OWN
        if intent in STOPS or (waited["own"] and intent in own):
            return
        if intent == PAUSE:
            attributes.pop(SUSPENDED, None)
            _say_after(handler_input, response, speech(handler_input).say("checkin_stopped"))
            return
        if response.should_end_session is False:
            if intent == "StartCheckInIntent" or _asks_checkin(attributes, response) or together_asked(attributes):
                attributes.pop(SUSPENDED, None)  # the check-in itself is asking
                return
            # The aside asks something of its own ("seen, thank you?", "what's the code?"):
            # the check-in waits for that, out of the way of its answer.
            if attributes.get(FLOW) == waited["flow"]:
                attributes.pop(FLOW)
            attributes[SUSPENDED] = {"flow": waited["flow"], "question": waited["question"]}
            return
        _back_to_checkin(handler_input, response, waited, "checkin_back")


def _asks_checkin(attributes: dict[str, Any], response: Response) -> bool:
    """Whether this response asks a check-in question (its answer slot elicited)."""
    flow = attributes.get(FLOW)
    asked = any(
        isinstance(d, ElicitSlotDirective) and d.updated_intent is not None and d.updated_intent.name == ANSWER_INTENT
        for d in response.directives or []
    )
    return asked and isinstance(flow, dict) and flow.get("name") == "checkin"


def _say_after(handler_input: HandlerInput, response: Response, text: str) -> None:
    handler_input.response_builder.speak(" ".join(filter(None, [said_ssml(response), ssml_text(text)])))


def _back_to_checkin(handler_input: HandlerInput, response: Response, waited: dict[str, Any], back: str) -> None:
    """The aside answered, and the check-in question (or a reflection's) asked again after it, session open."""
    attributes = session_attributes(handler_input)
    for key in (SUSPENDED, *(key for key in WAITING if key != FLOW)):  # whatever the aside left waiting
        attributes.pop(key, None)
    attributes[FLOW], attributes[LAST_QUESTION] = waited["flow"], waited["question"]
    said = said_ssml(response)
    still_trying(handler_input)
    if ask_again(handler_input, speech(handler_input).say(back), after_ssml=said) is None:
        attributes.pop(FLOW, None)  # nothing to go back to after all: the answer stands as it was
