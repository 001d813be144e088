"""Something to log heard while a check-in question waits: "Shall I log that? Or, if it was your
answer, say: my answer." asked, and what it holds in the check-in's flow till it is answered
(checkin_held.settle_held answers it)."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.localtime import local_today

from ..days_said import dated
from ..dialog import FLOW, ask, elicit_answer, session_attributes, skill_context, speech
from ..speakers import current_partner
from .checkin_flow import HELD_DAY, HELD_NAMED, HELD_SAID, HELD_STEP, HELD_TRIES, SKIPPED_STEP, take_up_offered_skip
from .hard_day import hard_day_on


def ask_log_or_answer(
    handler_input: HandlerInput,
    flow: dict[str, Any],
    intent: str,
    words: str,
    *,
    named: list[int] | None = None,
    said: str = "",
) -> Response:
    """ "Shall I log that? Or, if it was your answer, say: my answer.": something to log
    (`intent` and its slot's `words`; `named`: what Alexa resolved them to; `said`: the whole
    sentence, when it came as an answer) held, neither logged nor saved until answered
    (checkin_held.settle_held): yes logs it, no leaves it, each meaning one thing."""
    say = speech(handler_input).say
    speaker = current_partner(handler_input)
    if flow.get("step") == SKIPPED_STEP and speaker is not None:  # "the question" is the one offered again
        take_up_offered_skip(handler_input, speaker.couple, flow)
    # "… on Monday": that day's when it is logged, whatever is asked meanwhile.
    today = local_today(speaker.couple, skill_context(handler_input).now) if speaker is not None else None
    day = (dated(said, today)[0] or dated(words, today)[0]) if today is not None else None
    held: dict[str, object] = {"step": HELD_STEP, "held": words, "held_intent": intent, HELD_NAMED: named or []}
    held.update({HELD_SAID: said, HELD_DAY: day.isoformat() if day is not None else None})
    flow.update(held)
    flow.pop(HELD_TRIES, None)
    session_attributes(handler_input)[FLOW] = flow
    elicit_answer(handler_input)
    asked = say("checkin_log_or_answer")
    if intent == "HardDayIntent" and speaker is not None and (on := hard_day_on(handler_input, speaker, words)):
        asked = say("checkin_log_hard_day_or_answer", day=on)  # what a yes logs: "a hard day for Friday"
    return ask(handler_input, asked, say("checkin_log_or_answer_reprompt"))
