"""Answers to the question the skill asked: free-form words, yes and no. Each goes to the
conversation in progress (check-in or reflection); out of place, it is said so kindly."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import Partner

from ..dialog import (
    LAST_QUESTION,
    PENDING_LOG,
    IntentHandler,
    ask_again_unclear,
    current_flow,
    not_linked,
    session_attributes,
    slot_text,
    speech,
    tell,
    vary,
    what_next,
)
from ..speakers import PartnerIntentHandler, linked_couple
from ..steering import held_choice
from .checkin import StartCheckInIntentHandler, answer_checkin
from .checkin_flow import HELD_STEP, begin_checkin, checkin_offered
from .checkin_held import WHICH_STEP, confirm_answer, settle_held, settle_which
from .logbook import log_commitment, log_moment, moment_offered
from .logbook_confirm import hedge_waiting, settle_several
from .menu import at_menu
from .partner import NEWS_FLOW, SEEN_STEP, answer_seen
from .reflection import answer_reflection, propose_or_not, reflect_or_not

YES_NO_STEPS = {"together?", "reflect?", "propose?", "answer?", SEEN_STEP}


class AnswerIntentHandler(IntentHandler):
    """Free-form words captured for a question the skill asked (check-in or reflection)."""

    intents = ("AnswerIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        name = flow.get("name")
        say = speech(handler_input).say
        if name == "checkin" and flow.get("step") == WHICH_STEP:  # which promise to log, mid-check-in
            return settle_which(handler_input, couple, flow, slot_text(handler_input, "answer"))
        if name == "checkin" and flow.get("step") == HELD_STEP:  # "log it", "my answer"
            choice = held_choice(slot_text(handler_input, "answer"))
            if choice is not None:
                return settle_held(handler_input, couple, flow, choice)
            return ask_again_unclear(handler_input, say("fallback_pending")) or what_next(
                handler_input, say("not_expecting")
            )
        if flow.get("step") in YES_NO_STEPS:  # "I think so" to a yes-or-no question
            return ask_again_unclear(handler_input, say("yes_or_no")) or what_next(
                handler_input, say("not_expecting"), unasked=True
            )
        if name == "checkin" and "position" in flow:
            return answer_checkin(handler_input, couple, flow, slot_text(handler_input, "answer"))
        if name == "setback" and flow.get("step") in ("trigger", "prevention"):
            return answer_reflection(handler_input, couple, flow, slot_text(handler_input, "answer"))
        return ask_again_unclear(handler_input, say("fallback_pending")) or what_next(
            handler_input, say("not_expecting"), unasked=True
        )


class YesIntentHandler(PartnerIntentHandler):
    intents = ("AMAZON.YesIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return answer_yes_no(handler_input, partner, True)


class NoIntentHandler(PartnerIntentHandler):
    intents = ("AMAZON.NoIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return answer_yes_no(handler_input, partner, False)


def answer_yes_no(handler_input: HandlerInput, partner: Partner, yes: bool) -> Response:
    flow = current_flow(handler_input)
    step = (flow.get("name"), flow.get("step"))
    if step == ("checkin", "together?"):
        present = list(partner.couple.partners) if yes else [partner]
        present.sort(key=lambda p: p.id != partner.id)  # the speaker first
        return begin_checkin(handler_input, partner, present)
    if step == ("setback", "reflect?"):
        return reflect_or_not(handler_input, partner, flow, yes)
    if step == ("setback", "propose?"):
        return propose_or_not(handler_input, partner, flow, yes)
    if step[0] == "setback" and step[1] in ("trigger", "prevention"):  # a bare yes or no to an open question
        return answer_reflection(handler_input, partner.couple, flow, "yes" if yes else "no")
    if step == (NEWS_FLOW, SEEN_STEP):
        return answer_seen(handler_input, partner, flow, yes)
    if step == ("checkin", WHICH_STEP):  # "yes" or "no" names no promise: nothing logged
        return settle_which(handler_input, partner.couple, flow, "")
    if step == ("checkin", HELD_STEP):
        return settle_held(handler_input, partner.couple, flow, "answer" if yes else "no")
    if step == ("checkin", "answer?"):
        return confirm_answer(handler_input, partner.couple, flow, yes)
    if step[0] == "checkin" and "position" in flow:  # "yes" or "no" as the answer to a question
        return answer_checkin(handler_input, partner.couple, flow, "yes" if yes else "no")
    if not flow and (several := settle_several(handler_input, partner, yes)) is not None:
        return several  # "Shall I log all three as missed?"
    if not flow and (hedge := hedge_waiting(handler_input, partner)) is not None:  # "Shall I log that as kept?"
        kind, said, named_ids = hedge
        if yes:
            return log_commitment(handler_input, partner, kind, confirmed=(said, named_ids))
        return tell(handler_input, speech(handler_input).say(f"hedge_not_logged_{kind.value}"))
    if not flow and (words := moment_offered(handler_input)) is not None:
        # "Shall I note it as a moment of reliability, or which promise was it?"
        if yes:
            return log_moment(handler_input, partner, words)
        session_attributes(handler_input).pop(PENDING_LOG, None)
        return tell(handler_input, speech(handler_input).say("moment_not_noted"))
    if not yes and not flow:  # "no", "nothing", "that's all" at the menu: the way out
        return tell(handler_input, vary(handler_input, "goodbye"))
    if yes and checkin_offered(handler_input):  # "Your check-in is half done: …" "Yes."
        return StartCheckInIntentHandler().handle_for(handler_input, partner)
    attributes = session_attributes(handler_input)
    if yes and not flow and isinstance(attributes.get(LAST_QUESTION), dict) and PENDING_LOG not in attributes:
        return at_menu(handler_input, "yes", partner)  # "yes" to "what would you like to do?"
    return what_next(handler_input, speech(handler_input).say("yes_no_out_of_place"))
