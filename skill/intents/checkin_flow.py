"""The check-in conversation's place in the session, and its questions asked: the order of
those taking part, whose turn it is, what was answered, skipped and given in this
conversation, the question asked (by name when both are there), and the thanks at the end.
The turns that change it (an answer, skip, go back, "actually this is Sam") are in checkin.py;
something to log heard mid-way, in checkin_held.py.

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
from trust_tracker.models.entities import Couple, Partner

from ..dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    FLOW,
    LAST_QUESTION,
    PENDING_LOG,
    SUSPENDED,
    aside_comes_back_here,
    ask,
    ask_again,
    current_flow,
    elicit_answer,
    end_flow,
    ids,
    lost_place,
    replay,
    session_attributes,
    skill_context,
    speech,
)
from ..speakers import current_partner
from ..ways_out import checkin_stopped
from .progress import tell_progress

# Something to log heard while a question waits: "your answer, or shall I log it?" (checkin_held.py).
HELD_STEP = "log?"
HELD_NAMED = "held_named"  # what Alexa resolved a promise's words to
HELD_SAID = "held_said"  # the whole sentence, when it came as an answer
HELD_TRIES = "held_tries"  # unclear replies to "shall I log that?" so far (the third leaves it)
HELD_DAY = "held_day"  # the day said with it ("I missed a promise on Monday"), kept till it is logged
# What "shall I log that?" keeps in the check-in's flow while it waits.
HELD_KEYS = ("step", "held", "held_intent", HELD_NAMED, HELD_SAID, HELD_TRIES, HELD_DAY)
# "Who's answering: Alex or Sam?" asked after a name that is nobody here: asked until a name in
# the couple is given, whichever question waits; what was said to this one waits for it (checkin.ask_who).
WHO_ASKED, WHO_HELD = "who_asked", "who_held"
# The question waiting was reached by "go back": "change my answer" there means this one (tester-voice30 D6).
REOPENED = "reopened"
VOICE_REFUSED = "voice_refused"  # answers refused there, the voice the other's (checkin_who.voice_not_theirs)
# A hard day logged while this question waits (its words, for its day): "undo", "I said it by mistake"
# next take it back rather than go back to the last answer (checkin_moves.go_back).
HARD_DAY_LOGGED = "hard_day_logged"
# "Is Sam with you?" asked again after a check-in stopped part way: the question it stopped at.
STOPPED_AT = "stopped_at"


def begin_checkin(
    handler_input: HandlerInput,
    speaker: Partner,
    present: list[Partner],
    prefix: str = "",
    carried: dict[str, Any] | None = None,
    *,
    if_asked: str = "",
) -> Response:
    """ "Is Sam with you?" answered: the questions for those present, in turn (`carried`:
    what this conversation already holds, when it goes on with someone else; `if_asked`:
    said after the prefix only when a question follows, never as the session ends)."""
    context = skill_context(handler_input)
    flow = {**opened([p.id for p in present], context.now), **(carried or {})}
    session_attributes(handler_input)[FLOW] = flow
    turn = checkin_turns.turn(context.session, speaker, present, context.now)
    more = if_asked if turn.question is not None else ""
    return ask_turn(handler_input, speaker, turn, " ".join(filter(None, [prefix, more])))


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


def answered(flow: dict[str, Any]) -> list[list[Any]]:
    """The answers "go back" can return to, latest last, as read back from the session."""
    found = flow.get("previous")
    return [a for a in found if isinstance(a, list)] if isinstance(found, list) else []


def skipped(flow: dict[str, Any]) -> list[tuple[int, int]]:
    """The (partner id, position) pairs skipped in this conversation, as read back from the session."""
    return pairs(flow, "skipped")


def opened(order: list[int], now: datetime) -> dict[str, Any]:
    """A check-in conversation begun now ("began": only its own voice answers move to another name)."""
    return {"name": "checkin", "order": order, "asked": 0, "began": now.isoformat()}


def began_at(flow: dict[str, Any]) -> datetime | None:
    """When this conversation's check-in began, as read back from the session (None if unreadable)."""
    try:
        began = datetime.fromisoformat(flow["began"])
    except (KeyError, TypeError, ValueError):
        return None
    return began if began.tzinfo is not None else None


def pairs(flow: dict[str, Any], key: str) -> list[tuple[int, int]]:
    """(partner id, position) pairs kept in the flow under `key`, as read back from the session."""
    pairs = flow.get(key)
    found = [ids(pair) for pair in pairs] if isinstance(pairs, list) else []
    return [(pair[0], pair[1]) for pair in found if len(pair) == 2]


def ask_turn(handler_input: HandlerInput, speaker: Partner, turn: checkin_turns.Turn, prefix: str = "") -> Response:
    if turn.question is not None:
        return ask_question(handler_input, turn.question, prefix)
    assert turn.summary is not None
    return offer_skipped(handler_input, speaker, prefix) or finish_checkin(
        handler_input, speaker, turn.summary, prefix=prefix
    )


# At the end, each question skipped in this conversation is offered once more ("You skipped …:
# answer it now, or leave it?"), then left: the (partner id, position) pairs offered so far.
SKIPPED_STEP, OFFERED_SKIPS = "skipped?", "offered_skips"


def offer_skipped(handler_input: HandlerInput, speaker: Partner, prefix: str = "") -> Response | None:
    """The first skipped question not offered yet, offered; None when every one was."""
    context, say = skill_context(handler_input), speech(handler_input).say
    flow = current_flow(handler_input)
    offered = pairs(flow, OFFERED_SKIPS)
    present = present_partners(speaker.couple, flow) or [speaker]
    question = checkin_turns.next_question(context.session, present, context.now, offered) if skipped(flow) else None
    if question is None:
        return None
    flow.update(step=SKIPPED_STEP, **{OFFERED_SKIPS: [*map(list, offered), [question.partner.id, question.position]]})
    session_attributes(handler_input)[FLOW] = flow
    elicit_answer(handler_input)
    text = say("checkin_skipped_offer", question=question.text.rstrip("?.!"))
    return ask(handler_input, " ".join(filter(None, [prefix, text])), say("checkin_skipped_offer_reprompt"))


def settle_skipped(handler_input: HandlerInput, speaker: Partner, flow: dict[str, Any], now: bool) -> Response:
    """ "Answer it now" (the question asked again) or "leave it" (the next skipped one, or the end)."""
    context = skill_context(handler_input)
    offered = pairs(flow, OFFERED_SKIPS)
    present = present_partners(speaker.couple, flow) or [speaker]
    if now and offered:
        flow["skipped"] = [list(pair) for pair in skipped(flow) if pair != offered[-1]]
        question = checkin_turns.next_question(context.session, present, context.now, offered[:-1])
        if question is not None:
            return ask_question(handler_input, question)
    flow.pop("step", None)
    turn = checkin_turns.turn(context.session, speaker, present, context.now, skipped=skipped(flow))
    return ask_turn(handler_input, speaker, turn)


def offered_skip(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> checkin_turns.Question | None:
    """The skipped question on offer (the last one offered), as it stands this week."""
    context = skill_context(handler_input)
    offered = pairs(flow, OFFERED_SKIPS)
    if not offered:
        return None
    present = present_partners(couple, flow) or [p for p in couple.partners if p.id == offered[-1][0]]
    return checkin_turns.next_question(context.session, present, context.now, offered[:-1])


def take_up_offered_skip(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> bool:
    """Words said to "You skipped: …" are for that question: it waits now, skipped no longer."""
    question = offered_skip(handler_input, couple, flow)
    if question is None:
        return False
    flow["skipped"] = [list(pair) for pair in skipped(flow) if pair != (question.partner.id, question.position)]
    set_question(handler_input, question)
    return True


def ask_question(
    handler_input: HandlerInput, question: checkin_turns.Question, prefix: str = "", *, reopened: bool = False
) -> Response:
    """Ask `question`, by name when both are there; its wording is kept with its place.
    `reopened`: a question gone back to, whose answer "change my answer" now changes."""
    spoken, reprompt = set_question(handler_input, question)
    if reopened:
        current_flow(handler_input)[REOPENED] = True
    elicit_answer(handler_input)
    return ask(handler_input, " ".join(filter(None, [prefix, spoken])), reprompt)


def set_question(handler_input: HandlerInput, question: checkin_turns.Question) -> tuple[str, str]:
    """`question` made the one that waits (its wording kept with its place, nothing else
    pending): what asking it says, and its reprompt."""
    say = speech(handler_input).say
    flow = current_flow(handler_input)
    together = len(present_partners(question.partner.couple, flow)) > 1
    asked = flow.get("asked", 0)
    asked = asked if isinstance(asked, int) else 0
    flow.update(partner=question.partner.id, position=question.position, question=question.text, asked=asked + 1)
    for waiting in (*HELD_KEYS, "fillers", WHO_HELD, REOPENED, VOICE_REFUSED, HARD_DAY_LOGGED):
        flow.pop(waiting, None)
    session_attributes(handler_input)[FLOW] = flow
    # The first question of a session past the first one is where an earlier session stopped.
    key = "checkin_resume" if asked == 0 and question.position > 0 else "checkin_question"
    name, text = question.partner.name, question.text
    spoken = say(f"{key}_to" if together else key, name=name, number=question.position + 1, text=text)
    reprompt = say("checkin_to", name=name, text=after_comma(text)) if together else text
    return spoken, reprompt


def carry_out(
    handler_input: HandlerInput, question: checkin_turns.Question, intent: str, slots: dict[str, str]
) -> Response:
    """A request said where `question`'s answer was expected, answered as the request it was
    (`intent`, `slots`) by the skill's own handlers; then, as after any aside, `question` again
    (skill/checkin_aside.py), or, for a way out (a pause), how to resume."""
    _, reprompt = set_question(handler_input, question)
    session_attributes(handler_input)[LAST_QUESTION] = {"reprompt": reprompt, "elicit": [ANSWER_INTENT, ANSWER_SLOT]}
    aside_comes_back_here(handler_input)
    return replay(handler_input, intent, slots)


def after_comma(text: str) -> str:
    """A question read after a name and a comma ("Alex, what went well?"): its first word in
    lower case, unless it is "I" or a name (a capital inside the word: "McKenzie")."""
    first, _, rest = text.partition(" ")
    if first in ("I", "I'm", "I've", "I'd", "I'll") or not first[1:].islower():
        return text
    return " ".join(filter(None, [first[0].lower() + first[1:], rest]))


def waiting_question(
    handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]
) -> checkin_turns.Question | None:
    """The question the session says waits (whose turn checked, its wording as heard); None
    when the session does not hold one readably (stale or forged)."""
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    if partner is None or not isinstance(position, int) or isinstance(position, bool) or not isinstance(heard, str):
        return None
    return checkin_turns.Question(partner, position, heard)


def no_more_asked(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response:
    """ "The rest", "the other ones" where an answer was expected: never saved; at the last
    question, that there are no more; before it, that the next comes after. Then the question."""
    context, say = skill_context(handler_input), speech(handler_input).say
    question = waiting_question(handler_input, couple, flow)
    if question is None:
        return lost_place(handler_input)
    if flow.get(WHO_ASKED) is True:  # "who's answering?" waits, with what was said for it
        return ask_again(handler_input) or lost_place(handler_input)
    passed = [*pairs(flow, "skipped"), (question.partner.id, question.position)]
    present = present_partners(couple, flow) or [question.partner]
    last = checkin_turns.next_question(context.session, present, context.now, passed) is None
    return ask_question(handler_input, question, say("checkin_no_more" if last else "checkin_one_at_a_time"))


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
        # Thanked: whoever answered here; one who finished on the site earlier is not thanked for this.
        here_now = [p.name for p in partner.couple.partners if p.id in answered_now] or [partner.name]
        names = language.both(here_now)
        parts.append(say("checkin_already_done") if already else say("checkin_done", names=names))
    else:
        # Thanks to whoever answered here, by name; later, whoever was not here and has questions left.
        thanked = [p.name for p in present if p.id in answered_now]
        # Nothing asked because those here had answered it all ("pass" to "Is Sam with you?" after one's own
        # check-in): said so, never "nothing needed saving" (tester-voice28 C1).
        theirs_done = all(status.answered.get(p.id, 0) >= status.total for p in present)
        key = "checkin_saved" if thanked else "checkin_yours_done" if theirs_done else "checkin_nothing_saved"
        parts.append(say(key, names=language.both(thanked), name=partner.name))
        if left:
            parts.append(language.count("checkin_left_for_later", left))
        here = {p.id for p in present}
        later = [
            p.name for p in partner.couple.partners if p.id not in here and status.answered.get(p.id, 0) < status.total
        ]
        if later:
            parts.append(say("checkin_later", name=language.both(later)))
    return tell_progress(
        handler_input,
        summary.week,
        parts,
        card="card_checkin",
        long_arc=False,
        always_celebrate=True,
        figures=False,
        checkin_over=True,
    )


# The question just asked offers the check-in ("your check-in is half done: …"): "yes" or
# "next" to it starts (or resumes) it. Kept with the question asked, so any later question forgets it.
OFFERED = "offers_checkin"


def offer_checkin(handler_input: HandlerInput) -> None:
    question = session_attributes(handler_input).get(LAST_QUESTION)
    if isinstance(question, dict):
        question[OFFERED] = True


def checkin_offered(handler_input: HandlerInput) -> bool:
    question = session_attributes(handler_input).get(LAST_QUESTION)
    return isinstance(question, dict) and question.get(OFFERED) is True and not current_flow(handler_input)


def stop_checkin(handler_input: HandlerInput) -> Response | None:
    """ "Stop" during a check-in question, or during an aside while one waits: every answer
    is already saved; say how to resume."""
    flow = current_flow(handler_input)
    waits = flow.get("name") == "checkin" and "position" in flow
    if not waits and not isinstance(session_attributes(handler_input).get(SUSPENDED), dict):
        return None
    return checkin_stopped(handler_input)


def together_asked(attributes: object) -> bool:
    """Whether "Is Sam with you?" (the check-in's first question) waits for its yes or no."""
    if not isinstance(attributes, dict) or isinstance(attributes.get(PENDING_LOG), dict):
        return False
    flow = attributes.get(FLOW)
    return isinstance(flow, dict) and (flow.get("name"), flow.get("step")) == ("checkin", "together?")
