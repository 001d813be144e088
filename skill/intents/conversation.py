"""Answers to the question the skill asked: free-form words, yes and no. Each goes to the
conversation in progress (check-in or reflection); out of place, it is said so kindly."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import control, is_filler

from ..dialog import (
    LAST_QUESTION,
    PENDING_LOG,
    IntentHandler,
    ask,
    ask_again,
    ask_again_unclear,
    current_flow,
    lost_place,
    not_linked,
    replay,
    session_attributes,
    slot_text,
    speech,
    tell,
    vary,
    what_next,
)
from ..feelings_said import low_mood
from ..replies_said import words_of_their_own
from ..speakers import PartnerIntentHandler, current_partner, linked_couple
from ..steering import answer_now, held_choice, speaker_correction, unasked_request
from ..stranger_words import stranger_named
from ..ways_out import checkin_stopped, yes_or_no_again
from ..yes_no_asked import answered_in_words
from .breach import BREACH_FLOW, settle_breach
from .breach import WHICH_STEP as BREACH_WHICH
from .checkin import StartCheckInIntentHandler, answer_checkin
from .checkin_after import change_offered, settle_change
from .checkin_asked import answer_about_checkin
from .checkin_flow import (
    HELD_KEYS,
    HELD_STEP,
    HELD_TRIES,
    SKIPPED_STEP,
    begin_checkin,
    checkin_offered,
    settle_skipped,
)
from .checkin_held import WHICH_STEP, confirm_answer, settle_held, settle_which
from .checkin_join import join_asked, settle_join
from .checkin_skipped import answer_skipped_offer
from .checkin_together import answer_join, answer_together
from .checkin_who import WAY_ON_STEP, handover_in_answer, way_on
from .day_asked import DAY_STEP, HARD_DAY_FLOW
from .hard_day import day_given
from .lapse import BREACH_STEP as LAPSE_STEP
from .lapse import LAPSE_FLOW, settle_lapse, yes_or_no
from .linking import handover
from .log_several import settle_several
from .logbook import log_commitment
from .logbook_confirm import hedge_waiting
from .menu import at_menu
from .moment_offered import log_moment, moment_offered
from .partner import NEWS_FLOW, SEEN_STEP, answer_seen
from .reflection import answer_reflection, propose_or_not, proposed_in_words, reflect_at_once, reflect_or_not
from .which_one_ask import which_one_again
from .which_one_left import closest_answered

MAX_UNCLEAR = 3  # unclear replies to "shall I log that?": the third leaves it
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
        said = slot_text(handler_input, "answer")
        named = speaker_correction(couple, said) if name != "checkin" else None
        if name != "checkin" and (named is not None or stranger_named(couple, said)):  # "it's Sam now"
            return handover(handler_input, couple, named, named is None)
        if (settled := answered_in_words(handler_input, said)) is not None:  # "actually no" to "Shall I …?"
            return settled
        if name == "checkin" and flow.get("step") == WHICH_STEP:  # which promise to log, mid-check-in
            return settle_which(handler_input, couple, flow, slot_text(handler_input, "answer"))
        if name == "checkin" and flow.get("step") == SKIPPED_STEP:  # "answer it now, or leave it?"
            return answer_skipped_offer(handler_input, couple, flow, said)
        if name == "checkin" and flow.get("step") == HELD_STEP:  # "log it", "my answer"
            return held_reply(handler_input, couple, flow, slot_text(handler_input, "answer"))
        if (name, flow.get("step")) == (BREACH_FLOW, BREACH_WHICH):  # "which of your boundaries was it?"
            partner = current_partner(handler_input)
            if partner is None:
                return lost_place(handler_input)
            return settle_breach(handler_input, partner, flow, slot_text(handler_input, "answer"))
        if (name, flow.get("step")) == (HARD_DAY_FLOW, DAY_STEP):  # "Tuesday" to "Which day was that?"
            partner = current_partner(handler_input)
            return day_given(handler_input, partner, said) if partner is not None else lost_place(handler_input)
        if (name, flow.get("step")) == (LAPSE_FLOW, LAPSE_STEP):  # "yes, log it" to "shall I log it as a breach?"
            partner = current_partner(handler_input)
            if partner is None:
                return lost_place(handler_input)
            return settle_lapse(handler_input, partner, flow, yes_or_no(slot_text(handler_input, "answer")))
        if (name, flow.get("step")) == ("setback", "reflect?"):  # "traffic, and my phone was dead"
            partner = current_partner(handler_input)
            if partner is None:
                return lost_place(handler_input)
            return reflect_at_once(handler_input, partner, flow, slot_text(handler_input, "answer"))
        if (name, flow.get("step")) == ("checkin", "together?"):  # "no, Sam's at work", "just me"
            return answer_together(handler_input, couple, said)
        if join_asked(flow):  # "yes she does", "no, just me": would Sam like to join now?
            return answer_join(handler_input, couple, flow, said)
        if (name, flow.get("step")) == ("checkin", WAY_ON_STEP):  # "carry on alone", "let's pick it up later"
            return way_on(handler_input, couple, flow, said)
        if (name, flow.get("step")) == ("checkin", "answer?"):  # "Did you mean that as your answer?"
            if control(said) == "stop":  # "that's all": the words held are not saved; the rest are
                return checkin_stopped(handler_input)
            # "Carry on" is a no: what was asked is done, then the question (README).
            yes = False if control(said) == "go on" else answer_now(said)
            if yes is not None:
                return confirm_answer(handler_input, couple, flow, yes)
        if (name, flow.get("step")) == ("setback", "propose?"):  # "undo", "an alarm at five would have helped"
            partner = current_partner(handler_input)
            return proposed_in_words(handler_input, partner, flow, said) if partner else lost_place(handler_input)
        if flow.get("step") in YES_NO_STEPS:  # "I think so" to a yes-or-no question; "I'm done" ends it
            return yes_or_no_again(handler_input, said, lambda h: what_next(h, say("not_expecting"), unasked=True))
        if name == "checkin" and "position" in flow:
            return answer_checkin(handler_input, couple, flow, slot_text(handler_input, "answer"))
        if name == "setback" and flow.get("step") in ("trigger", "prevention"):
            return answer_reflection(handler_input, couple, flow, slot_text(handler_input, "answer"))
        # Nothing waits for words here (a session gone stale as well): what they ask, if anything.
        stale = not flow.get("step") and "position" not in flow
        request = unasked_request(slot_text(handler_input, "answer")) if stale else None
        if request is not None:  # "honestly, I forgot the house jobs" when nothing was asked: what it says
            return replay(handler_input, *request)
        if low_mood(said):  # "honestly I've been really down this week", the check-in over: the hard day's way in
            return ask(handler_input, say("log_low_mood"), say("log_low_mood_reprompt"))
        return ask_again_unclear(handler_input, say("fallback_pending")) or what_next(
            handler_input, say("not_expecting"), unasked=True
        )


def held_reply(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """ "Shall I log that? Or …: my answer." answered in words: settled when clear; asked
    again with the choices when not; the third unclear reply leaves it, nothing logged or
    saved, and the check-in question comes back."""
    steer = control(said)
    if steer == "repeat":  # "say it again": the choices again, not an unclear reply
        return ask_again(handler_input) or lost_place(handler_input)
    if (about := answer_about_checkin(handler_input, couple, flow, said, held=True)) is not None:
        return about  # "what are the questions": answered, and what waits to be logged still waits
    # "Carry on": go ahead, as the question offers ("log that, then come back to the question").
    choice = held_choice(said) or ("log" if steer == "go on" else None)
    handed = handover_in_answer(couple, said) if choice is None and steer is None else None
    if handed or (choice is None and steer is None and words_of_their_own(said)):
        # "Frank here, I'd say …", "the texts helped a lot": an answer to the question instead,
        # the offer said to be left; a handover in it honoured (checkin.answer_checkin).
        for key in HELD_KEYS:
            flow.pop(key, None)
        return answer_checkin(
            handler_input, couple, flow, said, lead=speech(handler_input).say("checkin_held_answered")
        )
    tries = flow.get(HELD_TRIES)
    tries = tries + 1 if isinstance(tries, int) and not isinstance(tries, bool) else 1
    if choice is None and tries >= MAX_UNCLEAR:
        choice = "no"
    if choice is not None:
        return settle_held(handler_input, couple, flow, choice)
    flow[HELD_TRIES] = tries
    prefix = vary(handler_input, "checkin_empty") if is_filler(said) else ""
    return ask_again(handler_input, prefix) or lost_place(handler_input)


class YesIntentHandler(PartnerIntentHandler):
    intents = ("AMAZON.YesIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return answer_yes_no(handler_input, partner, True)


class NoIntentHandler(PartnerIntentHandler):
    intents = ("AMAZON.NoIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        session = handler_input.request_envelope.session
        if session is not None and session.new and linked_couple(handler_input) is not None:
            # "That's all" as a new session's first words: nothing waits, so nobody is asked who they are.
            return tell(handler_input, vary(handler_input, "goodbye"))
        return super().handle(handler_input)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return answer_yes_no(handler_input, partner, False)


def answer_yes_no(handler_input: HandlerInput, partner: Partner, yes: bool) -> Response:
    flow = current_flow(handler_input)
    step = (flow.get("name"), flow.get("step"))
    if step == ("checkin", "together?"):
        present = list(partner.couple.partners) if yes else [partner]
        present.sort(key=lambda p: p.id != partner.id)  # the speaker first
        return begin_checkin(handler_input, partner, present)
    if join_asked(flow):  # "Would Sam like to join the check-in now?"
        return settle_join(handler_input, partner.couple, flow, yes)
    if step == ("checkin", WAY_ON_STEP):  # a yes or no chooses neither "just you" nor "later": asked again
        return way_on(handler_input, partner.couple, flow, "yes" if yes else "no")
    if step == ("setback", "reflect?"):
        return reflect_or_not(handler_input, partner, flow, yes)
    if step == ("setback", "propose?"):
        return propose_or_not(handler_input, partner, flow, yes)
    if step[0] == "setback" and step[1] in ("trigger", "prevention"):  # a bare yes or no to an open question
        return answer_reflection(handler_input, partner.couple, flow, "yes" if yes else "no")
    if step == (NEWS_FLOW, SEEN_STEP):
        return answer_seen(handler_input, partner, flow, yes)
    if step == (LAPSE_FLOW, LAPSE_STEP):  # "Shall I log it as a breach?"
        return settle_lapse(handler_input, partner, flow, yes)
    if step == (BREACH_FLOW, BREACH_WHICH):  # "no" to "which of your boundaries was it?": nothing logged
        return settle_breach(handler_input, partner, flow, "yes" if yes else "no")
    if step == ("checkin", WHICH_STEP):  # "yes" or "no" names no promise: nothing logged
        return settle_which(handler_input, partner.couple, flow, "")
    if step == ("checkin", HELD_STEP):  # "Shall I log that?"
        return settle_held(handler_input, partner.couple, flow, "log" if yes else "no")
    if step == ("checkin", "answer?"):
        return confirm_answer(handler_input, partner.couple, flow, yes)
    if step == ("checkin", SKIPPED_STEP):  # "You skipped …: answer it now, or leave it?"
        return settle_skipped(handler_input, partner, flow, yes)
    if step[0] == "checkin" and "position" in flow:  # "yes" or "no" as the answer to a question
        return answer_checkin(handler_input, partner.couple, flow, "yes" if yes else "no")
    if not flow and (several := settle_several(handler_input, partner, yes)) is not None:
        return several  # "Shall I log all three as missed?"
    if not flow and (hedge := hedge_waiting(handler_input, partner)) is not None:  # "Shall I log that as kept?"
        if yes:
            confirmed = (hedge.said, hedge.named_ids)
            return log_commitment(
                handler_input, partner, hedge.kind, confirmed, hedge.told, on=hedge.day, over_partner=hedge.over_partner
            )
        key = "which_one_none" if hedge.over_partner else f"hedge_not_logged_{hedge.kind.value}"
        return tell(handler_input, speech(handler_input).say(key))
    if not flow and (closest := closest_answered(handler_input, yes)) is not None:
        return closest  # "Was it your promise to call when late?" "Yes.": that one (voice35's find)
    if not flow and yes and (again := which_one_again(handler_input, partner)) is not None:
        return again  # "yes" to "Was it X, Y or Z?": "Which one: X, Y or Z?", never a guess
    if not flow and (words := moment_offered(handler_input)) is not None:
        # "Shall I note it as a moment of reliability, or which promise was it?"
        if yes:
            return log_moment(handler_input, partner, words)
        session_attributes(handler_input).pop(PENDING_LOG, None)
        return tell(handler_input, speech(handler_input).say("moment_not_noted"))
    if change_offered(handler_input):  # "Shall I ask it again, so you can change your answer?"
        return settle_change(handler_input, yes) or lost_place(handler_input)
    if not yes and not flow:  # "no", "nothing", "that's all" at the menu: the way out
        return tell(handler_input, vary(handler_input, "goodbye"))
    if yes and checkin_offered(handler_input):  # "Your check-in is half done: …" "Yes."
        return StartCheckInIntentHandler().handle_for(handler_input, partner)
    attributes = session_attributes(handler_input)
    if yes and not flow and isinstance(attributes.get(LAST_QUESTION), dict) and PENDING_LOG not in attributes:
        return at_menu(handler_input, "yes", partner)  # "yes" to "what would you like to do?"
    return what_next(handler_input, speech(handler_input).say("yes_no_out_of_place"))
