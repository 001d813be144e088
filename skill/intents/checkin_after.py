""" "Go back" and "change my answer" when no check-in question waits, from someone who answered this
week's: their own check-in paused part way is offered again, resumed as "start our check-in" does
("Is Sam with you?": tester-voice38 D14); once they have answered every question, their last answer
is offered for changing, naming its question, and a yes asks that question again (tester-voice40
D10: "change my answer" right after the check-in finished could change nothing). Nothing is
reopened without a yes, and the other partner's answers never are. The new answer said with it, "change my
answer to we talked more", replaces the last one at once, confirmed by its question only (the device is shared)."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns
from trust_tracker.models.entities import Partner
from trust_tracker.models.steering_words import control, names_a_question

from ..dialog import (
    ANSWER_INTENT,
    FLOW,
    LAST_QUESTION,
    ask,
    current_flow,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
)
from ..speakers import PartnerIntentHandler, current_partner
from ..understanding import has_words
from .checkin_flow import ask_question, offer_checkin, opened

# Kept with the question "Shall I ask it again, so you can change your answer?": its yes reopens the
# speaker's last answer. With the question asked, so any later question forgets it.
CHANGE_OFFERED = "offers_change"
# Kept in the check-in's flow while a finished check-in's answer is being changed: its new answer
# is said to replace the old one.
CHANGING = "changing"


def offer_back(handler_input: HandlerInput) -> Response | None:
    """The offer "go back" gets outside a check-in; None when the speaker answered nothing this week."""
    context, partner = skill_context(handler_input), current_partner(handler_input)
    last = checkin_turns.last_answered(context.session, partner, context.now) if partner else None
    if partner is None or last is None:
        return None
    say = speech(handler_input).say
    if checkin_turns.next_question(context.session, [partner], context.now) is not None:
        response = ask(handler_input, say("checkin_back_offer"), say("checkin_back_offer_reprompt"))
        offer_checkin(handler_input)  # kept with the question just asked: "yes" or "next" starts the check-in
        return response
    asked = say("checkin_change_offer", question=last.text.rstrip("?.!"))
    response = ask(handler_input, asked, say("checkin_change_offer_reprompt"))
    question = session_attributes(handler_input).get(LAST_QUESTION)
    if isinstance(question, dict):
        question[CHANGE_OFFERED] = True
    return response


def change_offered(handler_input: HandlerInput) -> bool:
    """Whether the question just asked offers to change the speaker's last check-in answer."""
    attributes = session_attributes(handler_input)
    question = attributes.get(LAST_QUESTION)
    return isinstance(question, dict) and question.get(CHANGE_OFFERED) is True and not attributes.get(FLOW)


def settle_change(handler_input: HandlerInput, yes: bool) -> Response | None:
    """The yes (its question asked again) or no (nothing changed, said so) to the change offer."""
    if not yes:
        return tell(handler_input, speech(handler_input).say("checkin_change_declined"))
    return reopen_last_answer(handler_input, changing=True)


def reopen_last_answer(handler_input: HandlerInput, *, changing: bool = False) -> Response | None:
    """The speaker's last check-in answer this week asked again (the new answer replaces it);
    None when the speaker is not known or gave none this week. `changing`: their check-in was
    finished, so the new answer is said to replace the old one."""
    context, partner = skill_context(handler_input), current_partner(handler_input)
    question = checkin_turns.last_answered(context.session, partner, context.now) if partner else None
    if partner is None or question is None:
        return None
    # Counted as asked, so it is said as "Question 4: …", not as where a check-in stopped.
    flow = {**opened([partner.id], context.now), "asked": 1, **({CHANGING: True} if changing else {})}
    session_attributes(handler_input)[FLOW] = flow
    return ask_question(handler_input, question, speech(handler_input).say("checkin_again"), reopened=True)


class ChangeAnswerIntentHandler(PartnerIntentHandler):
    """ "Change my answer to we talked more", "change my answer, it should be more patience": at a check-in
    question, the answer before changed, as the repair said as an answer is (repair_words.repaired); after
    the speaker's check-in, their last answer replaced at once; else, or with no new words, as "change my answer"."""

    intents = ("ChangeAnswerIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        new = slot_text(handler_input, "answer")
        if not has_words(new) or control(new) is not None or names_a_question(new):  # "… to skip"
            return replay(handler_input, "AMAZON.PreviousIntent", {})
        flow = current_flow(handler_input)
        if flow.get("name") == "checkin":  # a check-in question waits: the repair, said as its answer
            return replay(handler_input, ANSWER_INTENT, {"answer": f"change my answer to {new}"})
        context = skill_context(handler_input)
        changed = checkin_turns.change_last(context.session, partner, new, context.now)
        if changed is None:  # their check-in still open, or nothing answered: offered as "change my answer" is
            return replay(handler_input, "AMAZON.PreviousIntent", {})
        return tell(handler_input, speech(handler_input).say("checkin_changed_to", question=changed.text.rstrip("?.!")))
