"""The weekly check-in by voice: the questions read, each answered in turn (by one partner
or both, by name), skipped, repeated, and a short summary of the week at the end.

The wording each partner heard is kept in the session with the question's place and
travels with the answer: if the questions were edited on the site meanwhile, nothing is
saved and the question is asked again as it stands now.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, checkins, speakers
from trust_tracker.models.entities import Couple, Partner, Source

from ..dialog import (
    FLOW,
    IntentHandler,
    ask,
    ask_again,
    current_flow,
    elicit_answer,
    end_flow,
    ids,
    lost_place,
    not_linked,
    session_attributes,
    skill_context,
    speech,
    tell,
    what_next,
)
from ..speakers import PartnerIntentHandler, linked_couple
from ..understanding import control, has_words
from .progress import tell_progress

# Long answers are cut to fit what the domain keeps (brief() may add an ellipsis).
MAX_ANSWER = checkins.MAX_ANSWER - 1


class StartCheckInIntentHandler(PartnerIntentHandler):
    """ "Start our check-in": asks whether the partner is there too, then each question."""

    intents = ("StartCheckInIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        opening = checkin_turns.start(context.session, partner, context.now)
        if not opening.has_questions:
            return tell(handler_input, say("no_questions"))
        if opening.other_waiting is not None:
            other = opening.other_waiting.name
            session_attributes(handler_input)[FLOW] = {"name": "checkin", "step": "together?"}
            return ask(
                handler_input, say("checkin_together", other=other), say("checkin_together_reprompt", other=other)
            )
        if opening.question is not None:
            session_attributes(handler_input)[FLOW] = {"name": "checkin", "order": [partner.id], "asked": 0}
            return ask_question(handler_input, opening.question)
        assert opening.summary is not None  # nothing left for anyone
        return finish_checkin(handler_input, partner, opening.summary, already=True)


def begin_checkin(handler_input: HandlerInput, speaker: Partner, present: list[Partner]) -> Response:
    """ "Is Sam with you?" answered: the questions for those present, in turn."""
    context = skill_context(handler_input)
    session_attributes(handler_input)[FLOW] = {"name": "checkin", "order": [p.id for p in present], "asked": 0}
    return ask_turn(handler_input, speaker, checkin_turns.turn(context.session, speaker, present, context.now))


def present_partners(couple: Couple, flow: dict[str, Any]) -> list[Partner]:
    """The partners taking part, in the order they were asked in (ids checked against the couple)."""
    order = ids(flow.get("order"))
    return sorted((p for p in couple.partners if p.id in order), key=lambda p: order.index(p.id))


def ask_turn(handler_input: HandlerInput, speaker: Partner, turn: checkin_turns.Turn, prefix: str = "") -> Response:
    if turn.question is not None:
        return ask_question(handler_input, turn.question, prefix)
    assert turn.summary is not None
    return finish_checkin(handler_input, speaker, turn.summary, prefix=prefix)


def ask_question(handler_input: HandlerInput, question: checkin_turns.Question, prefix: str = "") -> Response:
    """Ask `question`, by name when both are there; its wording is kept with its place."""
    say = speech(handler_input).say
    flow = current_flow(handler_input)
    together = len(present_partners(question.partner.couple, flow)) > 1
    asked = flow.get("asked", 0)
    asked = asked if isinstance(asked, int) else 0
    flow.update(partner=question.partner.id, position=question.position, question=question.text, asked=asked + 1)
    session_attributes(handler_input)[FLOW] = flow
    # The first question of a session past the first one is where an earlier session stopped.
    key = "checkin_resume" if asked == 0 and question.position > 0 else "checkin_question"
    name, text = question.partner.name, question.text
    spoken = say(f"{key}_to" if together else key, name=name, number=question.position + 1, text=text)
    reprompt = say("checkin_to", name=name, text=text) if together else text
    elicit_answer(handler_input)
    return ask(handler_input, " ".join(filter(None, [prefix, spoken])), reprompt)


def finish_checkin(
    handler_input: HandlerInput,
    partner: Partner,
    summary: checkin_turns.Summary,
    *,
    prefix: str = "",
    already: bool = False,
) -> Response:
    """A short summary of the week, and what is worth celebrating."""
    language = speech(handler_input)
    say = language.say
    end_flow(handler_input)
    parts = [prefix] if prefix else []
    status = summary.status
    if status.complete:
        parts.append(say("checkin_already_done" if already else "checkin_done"))
    else:
        waiting = [p for p in partner.couple.partners if status.answered.get(p.id, 0) < status.total]
        parts.append(say("checkin_saved"))
        if waiting:
            parts.append(say("checkin_later", name=language.both([p.name for p in waiting])))
    return tell_progress(handler_input, summary.week, parts, card="card_checkin", long_arc=False, always_celebrate=True)


def answer_checkin(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """Words captured for the check-in question asked: an answer, or words that steer."""
    context, say = skill_context(handler_input), speech(handler_input).say
    partner = speakers.member(couple, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    # The wording they heard travels with the answer, so it is never filed under another.
    if partner is None or not isinstance(position, int) or not isinstance(heard, str):
        return lost_place(handler_input)
    if not has_words(said):
        return ask_again(handler_input, say("checkin_empty")) or what_next(handler_input, say("lost_place"))
    steer = control(said)
    if steer == "repeat":
        return ask_again(handler_input) or what_next(handler_input, say("lost_place"))
    if steer == "skip":
        return skip_question(handler_input, partner)
    if steer == "request":  # "how are we doing", "start our check-in": not an answer
        return ask_again(handler_input, say("checkin_not_an_answer")) or what_next(handler_input)
    present = present_partners(couple, flow)
    turn = checkin_turns.answer(
        context.session, partner, position, heard, said, present=present, source=Source.VOICE, now=context.now
    )
    speaker = present[0] if present else partner
    return ask_turn(handler_input, speaker, turn, say("checkin_thanks" if turn.saved else "checkin_changed"))


def skip_question(handler_input: HandlerInput, partner: Partner) -> Response:
    """ "Skip": nothing saved; the question stays open for later (by voice it resumes there)."""
    context = skill_context(handler_input)
    summary = checkin_turns.summary(context.session, partner, context.now)
    return finish_checkin(handler_input, partner, summary, prefix=speech(handler_input).say("checkin_skipped"))


class NextIntentHandler(IntentHandler):
    """ "Skip", "next question": during a check-in question, leave it for later."""

    intents = ("AMAZON.NextIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        partner = speakers.member(couple, flow.get("partner"))
        say = speech(handler_input).say
        if flow.get("name") == "checkin" and "position" in flow and partner is not None:
            return skip_question(handler_input, partner)
        return ask_again(handler_input, say("fallback_pending")) or what_next(handler_input, say("fallback_pending"))


class ReadCheckInQuestionsIntentHandler(PartnerIntentHandler):
    intents = ("ReadCheckInQuestionsIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        questions = checkins.questions(context.session, partner.couple_id)
        if not questions:
            return tell(handler_input, say("no_questions"))
        parts = [say("questions_intro")]
        parts += [say("question", number=i, text=q) for i, q in enumerate(questions, start=1)]
        parts.append(say("questions_outro"))
        return tell(handler_input, " ".join(parts))
