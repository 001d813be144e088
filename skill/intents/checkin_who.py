"""Who is answering the check-in: "I only know Alex and Sam here. Who's answering?" asked until
a name in the couple is given; "actually this is Sam" switching the speaker (the answers
given in this conversation moved to Sam when the questions were someone else's); "just me",
"she's not here" leaving the speaker alone with their own questions, never saved as an answer; a voice Alexa
knows refused twice at the other's turn offered a way on: alone, or stop and pick it up later."""

from __future__ import annotations

import re
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, checkins, speakers
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import control, spoken

from ..dialog import (
    FLOW,
    ask,
    ask_again,
    ask_again_unclear,
    current_flow,
    elicit_answer,
    ids,
    lost_place,
    session_attributes,
    skill_context,
    speech,
)
from ..partner_names import partner_named
from ..presence import gone, without_them
from ..speakers import current_partner, known_speaker, recognised_speaker, voice_identity
from ..steering import handover_before
from ..understanding import has_words
from ..ways_out import checkin_stopped
from .checkin_flow import (
    VOICE_REFUSED,
    WHO_ASKED,
    WHO_HELD,
    answered,
    ask_question,
    ask_turn,
    began_at,
    begin_checkin,
    flow_partner,
    pairs,
    present_partners,
    set_question,
    skipped,
    waiting_question,
)

MAX_NAME_WORDS = 4  # "it's me, Sam": a name given to "who's answering?", not an answer naming someone


def ask_who(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """ "I only know Alex and Sam here. Who's answering: Alex or Sam?": asked until a name in
    the couple is given; an answer said meanwhile (`said`, the first one) waits for that name."""
    language = speech(handler_input)
    names = language.either([p.name for p in couple.partners])
    first = flow.get(WHO_ASKED) is not True
    flow[WHO_ASKED] = True
    if said and not isinstance(flow.get(WHO_HELD), str):
        flow[WHO_HELD] = said
    session_attributes(handler_input)[FLOW] = flow
    elicit_answer(handler_input)
    lead = only_us(handler_input, couple) if first else language.say("checkin_who_first")
    return ask(
        handler_input, f"{lead} {language.say('checkin_who', names=names)}", language.say("who_reprompt", names=names)
    )


def only_us(handler_input: HandlerInput, couple: Couple) -> str:
    """ "I only know Alex and Sam here.": a name said that is nobody in this couple."""
    language = speech(handler_input)
    return language.say("who_only_us", names=language.both([p.name for p in couple.partners]))


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
    mine = [position for who, position in pairs(flow, "given") if who == wrong.id]
    began = began_at(flow)  # unreadable: nothing is known to be this conversation's, nothing moves
    moved = checkin_turns.reattribute(context.session, wrong, right, mine, context.now, since=began) if began else None

    def renamed(found: list[tuple[int, int]]) -> list[list[int]]:
        return [[right.id if who == wrong.id else who, position] for who, position in found]

    carried = {
        "asked": flow.get("asked", 0),
        "began": flow.get("began"),
        "given": renamed(pairs(flow, "given")),
        "skipped": renamed(skipped(flow)),
        "previous": [[right.id if a[0] == wrong.id else a[0], *a[1:]] for a in answered(flow)],
        "answered_by": sorted({right.id if who == wrong.id else who for who in ids(flow.get("answered_by"))}),
    }
    prefix = [language.say("speaker_switched", name=right.name)]
    if moved and moved.moved:
        prefix.append(language.count("checkin_answers_moved", moved.moved))
    if moved and moved.kept:  # an earlier answer of theirs is never replaced unheard: kept, and said so
        prefix.append(language.count("checkin_answers_kept", moved.kept, wrong=wrong.name))
    go_back = language.say("checkin_go_back_yours") if moved and moved.kept else ""
    return begin_checkin(handler_input, right, [right], " ".join(prefix), carried, if_asked=go_back)


def just_the_speaker(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], asked: Partner) -> Response:
    """ "Just me", "she's not here" said to a question: never saved as an answer. Taken together,
    the check-in goes on with the speaker's questions only; alone, the question is asked again."""
    context, say = skill_context(handler_input), speech(handler_input).say
    speaker = current_partner(handler_input) or asked
    lead = say("checkin_just_you", name=speaker.name)
    if len(present_partners(couple, flow)) < 2:
        question = waiting_question(handler_input, couple, flow)
        return ask_question(handler_input, question, lead) if question else lost_place(handler_input)
    flow["order"] = [speaker.id]
    turn = checkin_turns.turn(context.session, speaker, [speaker], context.now, skipped=skipped(flow))
    return ask_turn(handler_input, speaker, turn, lead)


def one_left(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response | None:
    """ "Sam's gone to bed", "Alex had to go out, it's just me now", said at anyone's question: the one
    who stayed goes on alone, nothing saved for the one who left (their questions wait, as after "just
    me"); None when the words say no one left. Named, the other one stays; said as "she", the speaker."""
    if not gone(said, [p.name for p in couple.partners]):
        return None
    words = set(spoken(said).replace("'s", " ").split())
    left = [p for p in couple.partners if words & set(spoken(p.name).split())]
    if len(left) == 1 and recognised_speaker(handler_input) is None:
        known_speaker(handler_input, next(p for p in couple.partners if p.id != left[0].id))
    return just_the_speaker(handler_input, couple, flow, current_partner(handler_input) or left[0])


# "May again, nothing went badly", "it's May again": the one who answered before, back.
_BACK_AGAIN = re.compile(r"^(?:(?:it's|it is|this is)\s+)?(?P<name>[a-z' ]+?)\s+(?:here\s+)?again\b\s*(?P<rest>.*)$")


def handover_in_answer(couple: Couple, said: str) -> tuple[Partner, str] | None:
    """(who is answering, the answer) when an answer begins with a handover ("Will here, I'd say
    the walk was lovely", "May again, nothing went badly"); None when it does not."""
    back = _BACK_AGAIN.match(spoken(said))
    named = partner_named(couple, back["name"]) if back is not None else None
    if named is not None and back is not None and has_words(back["rest"]):
        return named, back["rest"]
    found = handover_before(couple, said, any_words=True, least=1)
    return found if found is not None and has_words(found[1]) else None


# "Shall we go on with just you, or stop here and pick it up later?" waits (after the second refusal).
WAY_ON_STEP = "way on?"


def voice_not_theirs(handler_input: HandlerInput, named: Partner) -> Response | None:
    """A voice Alexa knows as one partner never answers as the other (a handover said first, or
    the other's turn in a check-in together): nothing saved, the question again; the second time at
    this question, a way on offered instead (alone, or stop and resume later: tester, it looped); None
    otherwise."""
    bound = recognised_speaker(handler_input)
    if bound is None or bound.id == named.id:
        return None
    say = speech(handler_input).say
    # Their voice already bound on this account: no "once it's linked" (tester-voice43 D8).
    known = speakers.voice_bound(skill_context(handler_input).session, voice_identity(handler_input)[0], named)
    refused = say(
        "checkin_handover_bound_known" if known else "checkin_handover_bound", name=bound.name, other=named.name
    )
    flow = current_flow(handler_input)
    times = flow.get(VOICE_REFUSED)
    flow[VOICE_REFUSED] = times + 1 if isinstance(times, int) and not isinstance(times, bool) else 1
    if flow[VOICE_REFUSED] < 2:
        return ask_again(handler_input, refused) or lost_place(handler_input)
    flow["step"] = WAY_ON_STEP
    session_attributes(handler_input)[FLOW] = flow
    elicit_answer(handler_input)
    offer = say("checkin_way_on", name=bound.name, other=named.name)
    return ask(handler_input, f"{refused} {offer}", say("checkin_way_on_reprompt", name=bound.name))


# To "go on with just you, or stop here?": on alone ("just me", "carry on alone", "without her"), read before
# stopping ("stop", "pick it up later", "another time"), so "go on alone, Sam can do hers later" goes on.
_ON_ALONE = re.compile(r"\b(?:alone|on my own|by myself|just me|only me|just you|without (?:her|him|them))\b")
_LATER = re.compile(r"\b(?:stop|later|another time|tomorrow|pause|resume|pick (?:it|this) up|finish (?:it|this))\b")


def way_on(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """Words said to "go on with just you, or stop here and pick it up later?": either one taken; else asked again."""
    flow.pop("step", None)
    flow.pop(VOICE_REFUSED, None)
    speaker = recognised_speaker(handler_input) or current_partner(handler_input)
    text = spoken(said)
    names = [p.name for p in couple.partners]  # "carry on without Sam"
    if speaker is not None and (_ON_ALONE.search(text) or without_them(said, names) or control(said) == "go on"):
        return just_the_speaker(handler_input, couple, flow, speaker)
    if _LATER.search(text) or control(said) == "stop":
        return checkin_stopped(handler_input)
    flow["step"] = WAY_ON_STEP
    return ask_again_unclear(handler_input, "") or lost_place(handler_input)


def answer_handed_over(
    handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], named: Partner
) -> dict[str, Any] | Response:
    """A check-in answer said after a handover to `named`: the flow to save it in, as `named`'s
    answer to the question asked; or, where the device does not allow it (a voice Alexa knows as
    the other partner), what to say instead, nothing saved. Together, the answer is `named`'s;
    alone, `named` takes over with their own questions, what was answered before staying as it is."""
    refused = voice_not_theirs(handler_input, named)
    if refused is not None:
        return refused
    context, say = skill_context(handler_input), speech(handler_input).say
    asked, together = flow.get("partner"), len(present_partners(couple, flow)) > 1
    if together and asked != named.id:  # their turn comes: this question is the other's
        other = next((p.name for p in couple.partners if p.id == asked), "")
        return ask_again(handler_input, say("checkin_their_turn", name=other)) or lost_place(handler_input)
    known_speaker(handler_input, named)
    if named.id not in ids(flow.get("order")):
        flow["order"] = [named.id]
    flow["partner"] = named.id
    position = flow.get("position")
    if isinstance(position, int) and checkins.has_answered(context.session, named, position, context.now):
        # Answered already (before the one they took over from): their next question, the words held for it.
        turn = checkin_turns.turn(context.session, named, [named], context.now, skipped=skipped(flow))
        if turn.question is None:
            return ask_turn(handler_input, named, turn, say("speaker_switched", name=named.name))
        set_question(handler_input, turn.question)
    return flow
