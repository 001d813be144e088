"""Moving through the check-in's questions: "skip" (nothing saved, on to the next; the skipped
one waits for later) and "go back" or "change my answer" (the question answered or skipped last,
asked again; the new answer replaces it; "undo" just after a hard day was logged takes back the hard day)."""

from __future__ import annotations

import re
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns
from trust_tracker.models.entities import Couple
from trust_tracker.models.steering_words import removes, spoken, takes_back

from ..dialog import lost_place, skill_context, speech, vary
from ..speakers import current_partner
from .checkin_flow import (
    HARD_DAY_LOGGED,
    MAX_GO_BACK,
    REOPENED,
    WHO_ASKED,
    WHO_HELD,
    answered,
    ask_question,
    ask_turn,
    flow_partner,
    present_partners,
    skipped,
    waiting_question,
)
from .checkin_who import ask_who
from .hard_day import take_back

# Words that move back ("go back", "back to the last question", "previous one", "rewind"). At a
# question just gone back to, only these go further back: "change my answer", "redo that" or
# "I got it wrong" there mean the question that waits (tester-voice30 D6).
_MOVES_BACK = re.compile(r"\b(?:go(?:ing)? back|back to|previous|rewind|step back|one back|back one)\b|^back$")


def changes_this_one(flow: dict[str, Any], said: str) -> bool:
    """Whether `said`, at the question that waits, changes that question's answer: the question was
    gone back to, and the words ask to change an answer rather than to move further back."""
    return flow.get(REOPENED) is True and _MOVES_BACK.search(spoken(said)) is None


def skip_question(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any]) -> Response:
    """ "Skip": nothing saved; on to the next question (the skipped one waits for later)."""
    context = skill_context(handler_input)
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position = flow.get("position")
    if partner is None or not isinstance(position, int):
        return lost_place(handler_input)
    passed = [*skipped(flow), (partner.id, position)]
    flow["skipped"] = [list(pair) for pair in passed]
    heard = flow.get("question")
    if isinstance(heard, str):  # "go back" returns to a question skipped, as to one answered
        flow["previous"] = [*answered(flow)[-MAX_GO_BACK + 1 :], [partner.id, position, heard]]
    present = present_partners(couple, flow) or [partner]
    turn = checkin_turns.turn(context.session, present[0], present, context.now, skipped=passed)
    return ask_turn(handler_input, present[0], turn, vary(handler_input, "checkin_skipped"))


def go_back(
    handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], *, mine: bool = False, said: str = ""
) -> Response:
    """ "Go back", "change my answer": the question answered (or skipped) last, asked again;
    the new answer replaces it. `mine` ("change my answer" when both take part): the speaker's
    own last one, never the other partner's. `said`: the words, when "change my answer" at a
    question just gone back to means that question (changes_this_one)."""
    if flow.get(WHO_ASKED) is True and isinstance(flow.get(WHO_HELD), str):
        return ask_who(handler_input, couple, flow, "")  # an answer waits for its name: never dropped
    say = speech(handler_input).say
    logged, waits = flow.get(HARD_DAY_LOGGED), waiting_question(handler_input, couple, flow)
    if isinstance(logged, str) and waits is not None and takes_back(said):  # the hard day just logged, not an answer
        taken = take_back(handler_input, current_partner(handler_input) or waits.partner, logged)
        return ask_question(handler_input, waits, taken)
    given = answered(flow)
    speaker = current_partner(handler_input) if mine and len(present_partners(couple, flow)) > 1 else None
    here = waiting_question(handler_input, couple, flow) if said and changes_this_one(flow, said) else None
    if here is not None and (speaker is None or speaker.id == here.partner.id):
        return ask_question(handler_input, here, say("checkin_change_this"), reopened=True)
    own = [i for i, a in enumerate(given) if speaker is not None and a[:1] == [speaker.id]]
    if own:  # the speaker's own last answer comes out of the list; the other's stay
        given = [*given[: own[-1]], *given[own[-1] + 1 :], given[own[-1]]]
    previous = given[-1] if given else None
    values = previous if isinstance(previous, list) and len(previous) == 3 else [None, None, None]
    partner = flow_partner(handler_input, couple, flow, values[0])
    position, heard = values[1], values[2]
    if partner is None or not isinstance(position, int) or isinstance(position, bool) or not isinstance(heard, str):
        current = waiting_question(handler_input, couple, flow)
        if current is None:
            return lost_place(handler_input)
        # Nothing answered in this conversation: the one answered before this question, in
        # whichever conversation (a check-in resumed goes back into the earlier one's answers).
        context = skill_context(handler_input)
        present = present_partners(couple, flow) or [current.partner]
        earlier = checkin_turns.answered_before(context.session, present, current, context.now)
        if earlier is None:  # "go back" at the first question: said so, then it is asked
            key = "checkin_first_question" if current.position == 0 else "checkin_nothing_to_change"
            return ask_question(handler_input, current, vary(handler_input, key))
        return ask_question(
            handler_input, earlier, _withdrawn(handler_input, earlier, said) or say("checkin_again"), reopened=True
        )
    flow["previous"] = given[:-1]
    back = checkin_turns.Question(partner, position, heard)
    return ask_question(
        handler_input, back, _withdrawn(handler_input, back, said) or say("checkin_again"), reopened=True
    )


def _withdrawn(handler_input: HandlerInput, question: checkin_turns.Question, said: str) -> str:
    """ "Delete that": the answer to `question` removed, and said so; "" for words that only go back."""
    if not removes(said):
        return ""
    context = skill_context(handler_input)
    removed = checkin_turns.withdraw_answers(context.session, question.partner, context.now, position=question.position)
    return speech(handler_input).say("checkin_answer_removed") if removed else ""
