"""The weekly check-in by voice: the questions read, each answered in turn (by one partner
or both, by name), skipped, repeated, gone back to and changed, "actually this is Sam".
The conversation's place and the questions asked are in checkin_flow.py; something to log
said mid-way ("your answer, or shall I log it?"), in checkin_held.py; who is answering
("who's answering?", "actually this is Sam"), in checkin_who.py; skip and go back, in
checkin_moves.py; "Is Sam with you?", in checkin_together.py; the skipped-question offer, in
checkin_skipped.py.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any, ClassVar

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, tracking
from trust_tracker.models.answer_words import keeps_earlier, says_alone, says_mine
from trust_tracker.models.entities import Couple, Partner, Source
from trust_tracker.models.repair_words import repaired
from trust_tracker.models.steering_words import Requested, control, requested
from trust_tracker.models.text import has_control_characters

from ..dialog import (
    FLOW,
    IntentHandler,
    ask,
    ask_again,
    ask_again_paused,
    ask_again_unclear,
    current_flow,
    elicit_answer,
    ids,
    lost_place,
    not_linked,
    replay,
    session_attributes,
    skill_context,
    speech,
    tell,
    vary,
)
from ..partner_names import partner_named
from ..presence import without_them
from ..speakers import PartnerIntentHandler, known_speaker, linked_couple, recognised_speaker
from ..speech_text import excerpt
from ..steering import asks_for_more, bare_yes_or_no, speaker_correction, starts_over
from ..stranger_words import stranger_named
from ..understanding import has_words
from ..ways_out import checkin_stopped, never_mind
from ..yes_no_asked import plain_answer
from .checkin_after import CHANGING, change_offered, offer_back, reopen_last_answer, settle_change
from .checkin_asked import answer_about_checkin
from .checkin_flow import (
    MAX_GO_BACK,
    STOPPED_AT,
    WHO_ASKED,
    WHO_HELD,
    answered,
    ask_question,
    ask_turn,
    carry_out,
    checkin_offered,
    finish_checkin,
    flow_partner,
    no_more_asked,
    opened,
    pairs,
    present_partners,
    set_question,
    skipped,
    together_asked,
    waiting_question,
)
from .checkin_join import join_asked, settle_join
from .checkin_log_asked import ask_log_or_answer, on_record, to_log
from .checkin_moves import changes_this_one, go_back, skip_question
from .checkin_who import (
    MAX_NAME_WORDS,
    answer_handed_over,
    ask_who,
    correct_speaker,
    handover_in_answer,
    just_the_speaker,
    one_left,
    voice_not_theirs,
)
from .menu import at_menu
from .which_one_left import left_by_intent


class StartCheckInIntentHandler(PartnerIntentHandler):
    """ "Start our check-in": asks whether the partner is there too, then each question."""

    intents = ("StartCheckInIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        opening = checkin_turns.start(context.session, partner, context.now)
        if not opening.has_questions:
            return tell(handler_input, say("no_questions"))
        if opening.other_waiting is not None:
            other, stopped = opening.other_waiting.name, opening.stopped_at
            flow: dict[str, Any] = {"name": "checkin", "step": "together?"}
            if stopped is not None:  # its question said first, so an answer to it can be given here
                flow[STOPPED_AT] = stopped.position
            session_attributes(handler_input)[FLOW] = flow
            elicit_answer(handler_input)  # "no, Sam's at work", "just me": any words (checkin_together.py)
            opening_words = (
                say("checkin_together_stopped", other=other, text=stopped.text)
                if stopped is not None
                else say("checkin_together", other=other)
            )
            return ask(handler_input, opening_words, say("checkin_together_reprompt", other=other))
        if opening.question is not None:
            session_attributes(handler_input)[FLOW] = opened([partner.id], context.now)
            return ask_question(handler_input, opening.question)
        assert opening.summary is not None  # nothing left for anyone
        return finish_checkin(handler_input, partner, opening.summary, already=True)


def answer_where_stopped(handler_input: HandlerInput, couple: Couple, speaker: Partner, said: str) -> Response | None:
    """Words that are no yes or no, said to "…where you left off: What didn't go well? First, is Sam
    with you?": the speaker's answer to that question, alone (tester-voice21 #13); None when no
    check-in stopped there (it was answered on the site since: the yes-or-no is asked again)."""
    context = skill_context(handler_input)
    position = current_flow(handler_input).get(STOPPED_AT)
    question = checkin_turns.next_question(context.session, [speaker], context.now)
    if question is None or question.position != position:
        return None
    session_attributes(handler_input)[FLOW] = opened([speaker.id], context.now)
    set_question(handler_input, question)
    return answer_checkin(handler_input, couple, current_flow(handler_input), said)


def answer_checkin(
    handler_input: HandlerInput,
    couple: Couple,
    flow: dict[str, Any],
    said: str,
    *,
    confirmed: bool = False,
    lead: str = "",
) -> Response:
    """Words captured for the check-in question asked: an answer, or words that steer
    (repeat, skip, go back, stop, a filler, "actually this is Sam", a name that is nobody
    here); something to log, or words that sound like a request, are saved only once
    confirmed as the answer."""
    context, say = skill_context(handler_input), speech(handler_input).say
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    # The wording they heard travels with the answer, so it is never filed under another.
    if partner is None or not isinstance(position, int) or not isinstance(heard, str):
        return lost_place(handler_input)
    if not has_words(said):
        return ask_again(handler_input, vary(handler_input, "checkin_empty")) or lost_place(handler_input)
    instead = None if confirmed else repaired(said)
    if instead is not None and answered(flow) and not changes_this_one(flow, said):
        # "not that one, I meant to say …": the answer before, changed (at a question gone back to: this one)
        go_back(handler_input, couple, flow, mine=True)
        return answer_checkin(handler_input, couple, current_flow(handler_input), instead, confirmed=True)
    said = instead or said  # at the first question: the repair words are never part of the answer
    if not confirmed and keeps_earlier(said):  # "keep it as it was" after "go back": nothing saved
        present = present_partners(couple, flow) or [partner]
        kept = checkin_turns.keep(
            context.session, partner, position, present=present, now=context.now, skipped=skipped(flow)
        )
        if kept is not None:
            return ask_turn(handler_input, present[0], kept, say("checkin_kept_earlier"))
    if not confirmed and (alone := one_left(handler_input, couple, flow, said)) is not None:
        return alone  # "Sam's gone to bed": the one who stayed, alone, never an answer (tester D1)
    if not confirmed and (says_alone(said) or without_them(said, [p.name for p in couple.partners])):
        # "just me", "she's not here", "go on without her": who is here, never an answer
        return just_the_speaker(handler_input, couple, flow, partner)
    if not confirmed and (about := answer_about_checkin(handler_input, couple, flow, said)) is not None:
        return about  # "how many are left", "go back to question one", "yes she's here": never an answer
    steer = None if confirmed else control(said)
    if not confirmed and never_mind(said):  # the way out's "forget it", "never mind that": here, as "never mind" is,
        steer = "skip"  # this question left for later, nothing saved (a skip in control, never a pause)
    if steer is None and not confirmed and bare_yes_or_no(plain_answer(said), heard):
        steer = "needs words"  # "no", "actually no" to "What went well?": not an answer yet (tester-voice38 D2)
    if steer == "filler":  # "hold on", "erm": a pause, asked again gently each time, never a skip (tester-voice36 D20)
        return ask_again_paused(handler_input) or lost_place(handler_input)
    if steer == "needs words":  # "no" to "What went well?": asked again once; a second time, left for later
        if flow.get("fillers") != 1:
            flow["fillers"] = 1
            return ask_again(handler_input, say("checkin_needs_words")) or lost_place(handler_input)
        steer = "skip"
    if steer == "repeat" and starts_over(said):  # "start over": said so, then the question in full
        question = waiting_question(handler_input, couple, flow)
        again = vary(handler_input, "checkin_start_over" if answered(flow) else "checkin_start_over_first")
        return ask_question(handler_input, question, again) if question else lost_place(handler_input)
    if steer is None and not confirmed and asks_for_more(said):  # "the rest": never an answer
        return no_more_asked(handler_input, couple, flow)
    if steer in ("repeat", "help", "go on"):  # "no, let's keep going": the question, again
        helped = vary(handler_input, "checkin_help") if steer == "help" else ""
        return ask_again(handler_input, helped) or lost_place(handler_input)
    if steer == "skip":
        return skip_question(handler_input, couple, flow)
    if steer == "back":
        return go_back(handler_input, couple, flow, mine=says_mine(said), said=said)
    if steer == "stop":
        return checkin_stopped(handler_input)
    if confirmed and flow.get(WHO_ASKED) is True:  # "my answer", with nobody named yet: it waits too
        return ask_who(handler_input, couple, flow, said)
    if not confirmed:
        correction = speaker_correction(couple, said)
        if correction is None and flow.get(WHO_ASKED) is True and len(said.split()) <= MAX_NAME_WORDS:
            correction = partner_named(couple, said)  # "Sam", "it's me, Sam": answering "who's answering?"
        if correction is not None:
            return named_speaker(handler_input, couple, flow, correction)
        stranger = stranger_named(couple, said, asked=flow.get(WHO_ASKED) is True)
        if stranger or flow.get(WHO_ASKED) is True:
            # "Actually this is Jordan": not Alex, whoever it is; nothing is credited to anyone
            # until a name in the couple is given (the first answer said meanwhile waits for it).
            return ask_who(handler_input, couple, flow, "" if stranger else said)
        handed = handover_in_answer(couple, said)  # "Will here, I'd say …": never in the answer
        if handed is not None:
            moved = answer_handed_over(handler_input, couple, flow, handed[0])
            if isinstance(moved, Response):
                return moved
            if moved.get("position") != position:  # held for their own next question: asked about first
                return confirm_as_answer(handler_input, moved, handed[1])
            lead = say("speaker_switched", name=handed[0].name) if handed[0].id != partner.id else ""
            return answer_checkin(handler_input, couple, moved, handed[1], lead=lead)
        held = to_log(handler_input, couple, said, steer)
        logged = on_record(handler_input, partner, *held) if held is not None and steer is None else ""
        if (
            held is not None and not logged
        ):  # "I missed the evening talk on Thursday": shall I log that, or your answer?
            return ask_log_or_answer(handler_input, flow, *held, said=said)
        lead = say("checkin_on_record", refused=logged) if logged else lead  # on record already: the answer saved
    if steer == "request" and requested(said) == Requested("pause", ""):  # a way out: obeyed, never questioned
        question = waiting_question(handler_input, couple, flow)
        return carry_out(handler_input, question, "TakeAPauseIntent", {}) if question else lost_place(handler_input)
    if steer == "request":  # "how are we doing?": an answer, or something to do?
        return confirm_as_answer(handler_input, flow, said)
    refused = voice_not_theirs(handler_input, partner)  # Alex's known voice at Sam's turn, together
    if refused is not None:
        return refused
    present = present_partners(couple, flow)
    turn = checkin_turns.answer(
        context.session,
        partner,
        position,
        heard,
        said,
        present=present,
        source=Source.VOICE,
        now=context.now,
        skipped=skipped(flow),
    )
    # Every answer of this conversation, latest last: "go back" again goes back further.
    flow["previous"] = [
        *answered(flow)[-MAX_GO_BACK + 1 :],
        [partner.id, position, heard],
    ]
    if turn.saved:  # thanked by name at the end; "actually this is Sam" moves what was given here
        flow["answered_by"] = sorted({*ids(flow.get("answered_by")), partner.id})
        flow["given"] = [list(pair) for pair in sorted({*pairs(flow, "given"), (partner.id, position)})]
    speaker = present[0] if present else partner
    if not turn.saved:
        thanks = say("checkin_changed")
    elif flow.pop(CHANGING, None) is True:  # a finished check-in's answer changed: said plainly, to the end
        thanks = say("checkin_answer_changed")
    else:  # the last answer is thanked by name at the end, not with a plain "Thanks." too
        thanks = vary(handler_input, "checkin_thanks") if turn.question is not None else ""
    return ask_turn(handler_input, speaker, turn, " ".join(filter(None, [lead, thanks])))


def confirm_as_answer(handler_input: HandlerInput, flow: dict[str, Any], said: str) -> Response:
    """ "I heard: …. Did you mean that as your answer to: …?": `said` waits for a yes (saved as the
    answer to the question that waits) or a no (what it asks is done: checkin_held.confirm_answer)."""
    say = speech(handler_input).say
    heard = str(flow.get("question", ""))
    flow.update(step="answer?", held=said)
    asked = heard if heard.endswith(("?", ".", "!")) else f"{heard}?"
    confirm = say("checkin_confirm", said=excerpt(said).rstrip(".!?"), question=asked)
    elicit_answer(handler_input)  # "carry on" is heard too (intents/conversation.py), not only yes or no
    return ask(handler_input, confirm, say("checkin_confirm_reprompt"))


def named_speaker(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], named: Partner) -> Response:
    """A name in the couple given mid check-in ("actually this is Sam", or the answer to
    "who's answering?"): the answer waiting for it is saved as theirs when the question was
    theirs; otherwise the speaker switches (correct_speaker) and nothing waiting is kept."""
    held = flow.pop(WHO_HELD, None)
    asked_who = flow.pop(WHO_ASKED, None) is True
    asked = flow_partner(handler_input, couple, flow, flow.get("partner"))
    bound = recognised_speaker(handler_input)
    together, lead = len(present_partners(couple, flow)) > 1, ""
    if asked_who and not together and bound is not None and bound.id != named.id:
        # Alone, a voice Alexa knows answers "who's answering?" itself: a name said aloud never moves it.
        lead, named = speech(handler_input).say("who_known", name=bound.name), bound
    if asked_who and asked is not None and asked.id == named.id and (together or bound is None or bound.id == named.id):
        known_speaker(handler_input, named)
        if isinstance(held, str) and len(held) <= tracking.MAX_NOTE and not has_control_characters(held):
            return answer_checkin(handler_input, couple, flow, held, lead=lead)
        question = waiting_question(handler_input, couple, flow)
        if question is None:
            return lost_place(handler_input)
        thanks = lead or speech(handler_input).say("checkin_who_thanks", name=named.name)
        return ask_question(handler_input, question, thanks)
    return correct_speaker(handler_input, couple, flow, named)


class _MoveHandler(IntentHandler):
    """Skip and go back: at a check-in question they move through its questions (`at_question`); elsewhere
    each has meanings of its own (`elsewhere`, None for none), and said again and again, never the
    identical line twice in a row."""

    menu_word: ClassVar[str]

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        if flow.get("name") == "checkin" and "position" in flow:
            return self.at_question(handler_input, couple, flow)
        unclear = speech(handler_input).say("fallback_pending")
        return (
            self.elsewhere(handler_input, flow)
            or ask_again_unclear(handler_input, unclear)
            or at_menu(handler_input, self.menu_word)
        )

    @abstractmethod
    def at_question(self, handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response: ...

    @abstractmethod
    def elsewhere(self, handler_input: HandlerInput, flow: dict[str, Any]) -> Response | None: ...


class NextIntentHandler(_MoveHandler):
    """ "Skip", "next question": during a check-in question, on to the next one."""

    intents = ("AMAZON.NextIntent",)
    menu_word = "next"

    def at_question(self, handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response:
        if join_asked(flow):  # "skip" to "Would Sam like to join now?": on alone, no question skipped
            return settle_join(handler_input, couple, flow, False)
        return skip_question(handler_input, couple, flow)

    def elsewhere(self, handler_input: HandlerInput, flow: dict[str, Any]) -> Response | None:
        if together_asked(session_attributes(handler_input)):  # "skip" at "Is Sam with you?": on alone
            return replay(handler_input, "AMAZON.NoIntent", {})
        if checkin_offered(handler_input):  # "Your check-in is half done: …" "Next."
            return StartCheckInIntentHandler().handle(handler_input)
        return left_by_intent(handler_input, "skip")  # at "which one?": left, nothing logged


class PreviousIntentHandler(_MoveHandler):
    """ "Go back", "change my answer": during a check-in, the last answered question again."""

    intents = ("AMAZON.PreviousIntent",)
    menu_word = "previous"

    def at_question(self, handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response:
        return go_back(handler_input, couple, flow)

    def elsewhere(self, handler_input: HandlerInput, flow: dict[str, Any]) -> Response | None:
        if together_asked(session_attributes(handler_input)):
            # A check-in resumed (or done) this week: the speaker's last answer again, alone (tester-voice28
            # C4); before any answer, nothing comes before "Is Sam with you?": asked again.
            again = speech(handler_input).say("checkin_together_back")
            return reopen_last_answer(handler_input) or ask_again(handler_input, again) or lost_place(handler_input)
        if change_offered(handler_input):  # "change my answer" again at "Shall I ask it again?": its yes
            return settle_change(handler_input, yes=True) or lost_place(handler_input)
        return offer_back(handler_input) if not flow else None
