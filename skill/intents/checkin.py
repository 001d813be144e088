"""The weekly check-in by voice: the questions read, each answered in turn (by one partner
or both, by name), skipped, repeated, gone back to and changed, and thanks at the end.

The wording each partner heard is kept in the session with the question's place and
travels with the answer: if the questions were edited on the site meanwhile, nothing is
saved and the question is asked again as it stands now.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, speakers
from trust_tracker.models.entities import Couple, Partner, Source
from trust_tracker.models.steering_words import control

from ..dialog import (
    FLOW,
    SUSPENDED,
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
    vary,
)
from ..speakers import PartnerIntentHandler, current_partner, known_speaker, linked_couple, recognised_speaker
from ..steering import bare_yes_or_no, speaker_correction
from ..understanding import has_words
from .menu import at_menu
from .progress import tell_progress


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
            session_attributes(handler_input)[FLOW] = _opened([partner.id], context.now)
            return ask_question(handler_input, opening.question)
        assert opening.summary is not None  # nothing left for anyone
        return finish_checkin(handler_input, partner, opening.summary, already=True)


def begin_checkin(
    handler_input: HandlerInput,
    speaker: Partner,
    present: list[Partner],
    prefix: str = "",
    carried: dict[str, Any] | None = None,
) -> Response:
    """ "Is Sam with you?" answered: the questions for those present, in turn (`carried`:
    what this conversation already holds, when it goes on with someone else)."""
    context = skill_context(handler_input)
    flow = {**_opened([p.id for p in present], context.now), **(carried or {})}
    session_attributes(handler_input)[FLOW] = flow
    return ask_turn(handler_input, speaker, checkin_turns.turn(context.session, speaker, present, context.now), prefix)


def present_partners(couple: Couple, flow: dict[str, Any]) -> list[Partner]:
    """The partners taking part, in the order they were asked in (ids checked against the couple)."""
    order = ids(flow.get("order"))
    return sorted((p for p in couple.partners if p.id in order), key=lambda p: order.index(p.id))


def flow_partner(
    handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], partner_id: object
) -> Partner | None:
    """Whose turn the session says it is: a partner taking part in this check-in (in its
    order) or the one speaking; anyone else means a forged or stale session (None)."""
    partner = speakers.member(couple, partner_id)
    if partner is None or partner.id in ids(flow.get("order")):
        return partner
    speaker = current_partner(handler_input)
    return partner if speaker is not None and speaker.id == partner.id else None


# Answers "go back" can return to, in one conversation (the session stays small).
MAX_GO_BACK = 12


def _answered(flow: dict[str, Any]) -> list[list[Any]]:
    """The answers "go back" can return to, latest last, as read back from the session."""
    found = flow.get("previous")
    return [a for a in found if isinstance(a, list)] if isinstance(found, list) else []


def skipped(flow: dict[str, Any]) -> list[tuple[int, int]]:
    """The (partner id, position) pairs skipped in this conversation, as read back from the session."""
    return _pairs(flow, "skipped")


def _opened(order: list[int], now: datetime) -> dict[str, Any]:
    """A check-in conversation begun now ("began": only its own voice answers move to another name)."""
    return {"name": "checkin", "order": order, "asked": 0, "began": now.isoformat()}


def _began(flow: dict[str, Any]) -> datetime | None:
    """When this conversation's check-in began, as read back from the session (None if unreadable)."""
    try:
        began = datetime.fromisoformat(flow["began"])
    except (KeyError, TypeError, ValueError):
        return None
    return began if began.tzinfo is not None else None


def _pairs(flow: dict[str, Any], key: str) -> list[tuple[int, int]]:
    """(partner id, position) pairs kept in the flow under `key`, as read back from the session."""
    pairs = flow.get(key)
    found = [ids(pair) for pair in pairs] if isinstance(pairs, list) else []
    return [(pair[0], pair[1]) for pair in found if len(pair) == 2]


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
    for waiting in ("step", "held", "held_intent", "fillers"):
        flow.pop(waiting, None)
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
    """Thanks by name, what was left for later, and something honest to celebrate; no statistics."""
    language = speech(handler_input)
    say = language.say
    flow = current_flow(handler_input)
    answered_now = ids(flow.get("answered_by"))
    present = present_partners(partner.couple, flow) or [partner]
    end_flow(handler_input)
    parts = [prefix] if prefix else []
    status = summary.status
    # Left for later: what those here have not answered (a skipped question answered after all is not).
    left = sum(max(status.total - status.answered.get(p.id, 0), 0) for p in present) if skipped(flow) else 0
    if status.complete:
        names = language.both([p.name for p in partner.couple.partners])
        parts.append(say("checkin_already_done") if already else say("checkin_done", names=names))
    else:
        # Thanks to whoever answered here, by name; later, whoever was not here and has questions left.
        thanked = [p.name for p in present if p.id in answered_now]
        parts.append(
            say("checkin_saved", names=language.both(thanked))
            if thanked
            else say("checkin_nothing_saved", name=partner.name)
        )
        if left:
            parts.append(language.count("checkin_left_for_later", left))
        here = {p.id for p in present}
        later = [
            p.name for p in partner.couple.partners if p.id not in here and status.answered.get(p.id, 0) < status.total
        ]
        if later:
            parts.append(say("checkin_later", name=language.both(later)))
    return tell_progress(
        handler_input, summary.week, parts, card="card_checkin", long_arc=False, always_celebrate=True, figures=False
    )


def answer_checkin(
    handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str, *, confirmed: bool = False
) -> Response:
    """Words captured for the check-in question asked: an answer, or words that steer
    (repeat, skip, go back, stop, a filler, "actually this is Sam"); words that sound
    like a request are saved only once confirmed as the answer."""
    context, say = skill_context(handler_input), speech(handler_input).say
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    # The wording they heard travels with the answer, so it is never filed under another.
    if partner is None or not isinstance(position, int) or not isinstance(heard, str):
        return lost_place(handler_input)
    if not has_words(said):
        return ask_again(handler_input, vary(handler_input, "checkin_empty")) or lost_place(handler_input)
    steer = None if confirmed else control(said)
    if steer is None and not confirmed and bare_yes_or_no(said, heard):
        steer = "needs words"  # "no" to "What went well?": not an answer yet
    if steer in ("filler", "needs words"):  # asked again once, gently; a second time, left for later
        if flow.get("fillers") != 1:
            flow["fillers"] = 1
            gently = vary(handler_input, "checkin_empty") if steer == "filler" else say("checkin_needs_words")
            return ask_again(handler_input, gently) or lost_place(handler_input)
        steer = "skip"
    if steer in ("repeat", "help"):
        return ask_again(handler_input, say("help_pending") if steer == "help" else "") or lost_place(handler_input)
    if steer == "skip":
        return skip_question(handler_input, couple, flow)
    if steer == "back":
        return go_back(handler_input, couple, flow)
    if steer == "stop":
        return tell(handler_input, say("checkin_stopped"))
    if not confirmed:
        correction = speaker_correction(couple, said)
        if correction is not None:
            return correct_speaker(handler_input, couple, flow, correction)
    if steer == "request":  # "I missed my promise to call": an answer, or something to do?
        flow.update(step="answer?", held=said)
        return ask(handler_input, say("checkin_confirm"), say("checkin_confirm_reprompt"))
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
        *_answered(flow)[-MAX_GO_BACK + 1 :],
        [partner.id, position, heard],
    ]
    if turn.saved:  # thanked by name at the end; "actually this is Sam" moves what was given here
        flow["answered_by"] = sorted({*ids(flow.get("answered_by")), partner.id})
        flow["given"] = [list(pair) for pair in sorted({*_pairs(flow, "given"), (partner.id, position)})]
    speaker = present[0] if present else partner
    if not turn.saved:
        thanks = say("checkin_changed")
    else:  # the last answer is thanked by name at the end, not with a plain "Thanks." too
        thanks = vary(handler_input, "checkin_thanks") if turn.question is not None else ""
    return ask_turn(handler_input, speaker, turn, thanks)


def confirm_answer(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], yes: bool) -> Response:
    """ "Did you mean that as your answer?" answered: saved as said, or the question again."""
    held = flow.pop("held", None)
    flow.pop("step", None)
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    if not isinstance(held, str) or partner is None or not isinstance(position, int) or not isinstance(heard, str):
        return lost_place(handler_input)
    if yes:
        return answer_checkin(handler_input, couple, flow, held, confirmed=True)
    question = checkin_turns.Question(partner, position, heard)
    return ask_question(handler_input, question, speech(handler_input).say("checkin_not_saved"))


def skip_question(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response:
    """ "Skip": nothing saved; on to the next question (the skipped one waits for later)."""
    context = skill_context(handler_input)
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position = flow.get("position")
    if partner is None or not isinstance(position, int):
        return lost_place(handler_input)
    passed = [*skipped(flow), (partner.id, position)]
    flow["skipped"] = [list(pair) for pair in passed]
    present = present_partners(couple, flow) or [partner]
    turn = checkin_turns.turn(context.session, present[0], present, context.now, skipped=passed)
    return ask_turn(handler_input, present[0], turn, vary(handler_input, "checkin_skipped"))


def go_back(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response:
    """ "Go back", "change my answer": the question answered last, asked again; the new answer replaces it."""
    say = speech(handler_input).say
    answered = _answered(flow)
    previous = answered[-1] if answered else None
    values = previous if isinstance(previous, list) and len(previous) == 3 else [None, None, None]
    partner = flow_partner(handler_input, couple, flow, values[0])
    position, heard = values[1], values[2]
    if partner is None or not isinstance(position, int) or isinstance(position, bool) or not isinstance(heard, str):
        current = flow_partner(handler_input, couple, flow, flow.get("partner"))
        if current is None or not isinstance(flow.get("position"), int) or not isinstance(flow.get("question"), str):
            return lost_place(handler_input)
        question = checkin_turns.Question(current, flow["position"], flow["question"])
        return ask_question(handler_input, question, say("checkin_nothing_to_change"))
    flow["previous"] = answered[:-1]
    return ask_question(handler_input, checkin_turns.Question(partner, position, heard), say("checkin_again"))


def correct_speaker(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], named: Partner) -> Response:
    """ "Actually this is Sam" during a check-in: Sam speaks for the rest of this session
    (a voice Alexa knows is never moved), and the check-in goes on with Sam's questions."""
    say = speech(handler_input).say
    bound = recognised_speaker(handler_input)
    asked = flow_partner(handler_input, couple, flow, flow.get("partner"))
    if bound is not None and bound.id != named.id:
        prefix = say("who_known", name=bound.name)
    elif len(present_partners(couple, flow)) > 1 or asked is None or asked.id == named.id:
        known_speaker(handler_input, named)
        prefix = say("speaker_switched", name=named.name)
    else:  # the questions were someone else's: what was answered here was the one really speaking
        known_speaker(handler_input, named)
        return _moved_to(handler_input, flow, asked, named)
    position, heard = flow.get("position"), flow.get("question")
    if asked is None or not isinstance(position, int) or not isinstance(heard, str):
        return lost_place(handler_input)
    return ask_question(handler_input, checkin_turns.Question(asked, position, heard), prefix)


def _moved_to(handler_input: HandlerInput, flow: dict[str, Any], wrong: Partner, right: Partner) -> Response:
    """ "Actually this is Sam", alone, after answering as Alex: the answers given in this
    conversation become Sam's, and the check-in goes on with Sam's next question."""
    context, language = skill_context(handler_input), speech(handler_input)
    mine = [position for who, position in _pairs(flow, "given") if who == wrong.id]
    began = _began(flow)  # unreadable: nothing is known to be this conversation's, nothing moves
    moved = checkin_turns.reattribute(context.session, wrong, right, mine, context.now, since=began) if began else None

    def renamed(pairs: list[tuple[int, int]]) -> list[list[int]]:
        return [[right.id if who == wrong.id else who, position] for who, position in pairs]

    carried = {
        "asked": flow.get("asked", 0),
        "began": flow.get("began"),
        "given": renamed(_pairs(flow, "given")),
        "skipped": renamed(skipped(flow)),
        "previous": [[right.id if a[0] == wrong.id else a[0], *a[1:]] for a in _answered(flow)],
        "answered_by": sorted({right.id if who == wrong.id else who for who in ids(flow.get("answered_by"))}),
    }
    prefix = [language.say("speaker_switched", name=right.name)]
    if moved and moved.moved:  # said, so that an earlier answer replaced is never lost unheard
        prefix.append(language.count("checkin_answers_moved", moved.moved))
        if moved.replaced:
            prefix.append(language.count("checkin_answers_replaced", moved.replaced))
    return begin_checkin(handler_input, right, [right], " ".join(prefix), carried)


def stop_checkin(handler_input: HandlerInput) -> Response | None:
    """ "Stop" during a check-in question, or during an aside while one waits: every answer
    is already saved; say how to resume."""
    flow = current_flow(handler_input)
    waits = flow.get("name") == "checkin" and "position" in flow
    if not waits and not isinstance(session_attributes(handler_input).get(SUSPENDED), dict):
        return None
    return tell(handler_input, speech(handler_input).say("checkin_stopped"))


class NextIntentHandler(IntentHandler):
    """ "Skip", "next question": during a check-in question, on to the next one."""

    intents = ("AMAZON.NextIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        say = speech(handler_input).say
        if flow.get("name") == "checkin" and "position" in flow:
            return skip_question(handler_input, couple, flow)
        return ask_again(handler_input, say("fallback_pending")) or at_menu(handler_input, "next")


class PreviousIntentHandler(IntentHandler):
    """ "Go back", "change my answer": during a check-in, the last answered question again."""

    intents = ("AMAZON.PreviousIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        say = speech(handler_input).say
        if flow.get("name") == "checkin" and "position" in flow:
            return go_back(handler_input, couple, flow)
        # Said again and again outside a check-in: never the identical line twice in a row.
        return ask_again(handler_input, say("fallback_pending")) or at_menu(handler_input, "previous")
