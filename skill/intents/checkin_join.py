"""The other partner come back to a check-in begun alone ("oh Sam just walked in", "she's back", "Sam's here
now"): asked whether they join now. Yes: they take part from here, their own questions asked in turn in this
check-in (never left for their own check-in); no: it goes on alone, their questions waiting. Either way the
question that waits comes back, nothing saved from the words that brought them in."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns
from trust_tracker.models.entities import Couple, Partner

from ..dialog import FLOW, ask, elicit_answer, lost_place, session_attributes, skill_context, speech
from ..speakers import current_partner
from .checkin_flow import ask_question, present_partners, waiting_question

# "Would Sam like to join the check-in now?" waits for its yes or no.
JOIN_STEP = "join?"


def _joining(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> tuple[Partner, Partner] | None:
    """(the one speaking, the one who came back) when a check-in alone could take the other in: they still
    have a question this week; None when both take part already or the other has nothing left."""
    if len(present_partners(couple, flow)) != 1:
        return None
    question = waiting_question(handler_input, couple, flow)
    speaker = current_partner(handler_input) or (question.partner if question else None)
    other = next((p for p in couple.partners if speaker is not None and p.id != speaker.id), None)
    if speaker is None or other is None:
        return None
    context = skill_context(handler_input)
    return (speaker, other) if checkin_turns.next_question(context.session, [other], context.now) else None


def offer_join(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response | None:
    """ "Would Sam like to join the check-in now?", the partner back at a check-in alone; None when there
    is nobody to bring in (together already, or nothing left for them: the question again, as before)."""
    found = _joining(handler_input, couple, flow)
    if found is None:
        return None
    say = speech(handler_input).say
    flow["step"] = JOIN_STEP
    session_attributes(handler_input)[FLOW] = flow
    elicit_answer(handler_input)  # "yes she does", "no, she's just passing": any words (checkin_together.py)
    return ask(
        handler_input, say("checkin_join_offer", other=found[1].name), say("checkin_join_reprompt", other=found[1].name)
    )


def join_asked(flow: dict[str, Any]) -> bool:
    """Whether "Would Sam like to join the check-in now?" waits."""
    return flow.get("name") == "checkin" and flow.get("step") == JOIN_STEP


def settle_join(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], yes: bool) -> Response:
    """Yes: both take part from here, the question that waits asked again by name, then theirs in turn;
    no: alone, as before. Nothing saved either way."""
    flow.pop("step", None)
    found = _joining(handler_input, couple, flow)
    question = waiting_question(handler_input, couple, flow)
    if question is None:
        return lost_place(handler_input)
    say = speech(handler_input).say
    if found is None:  # answered on the site meanwhile: nothing of theirs to ask
        return ask_question(handler_input, question)
    speaker, other = found
    if not yes:
        return ask_question(handler_input, question, say("checkin_join_no", name=speaker.name, other=other.name))
    flow["order"] = [speaker.id, other.id]
    session_attributes(handler_input)[FLOW] = flow
    return ask_question(handler_input, question, say("checkin_join_yes", other=other.name))
