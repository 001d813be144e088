"""Words said to "You skipped: …. Answer it now, or leave it?": "answer it now" or "carry on" (the
question asked), "leave it" (the next skipped one, or the end); a question to another job ("how are
we doing?"), served, then the offer again; other words, said straight away, confirmed as the
skipped question's answer first ("Did you mean that as your answer to: …?"), never lost or
guessed; a filler or a bare yes or no that is neither, the offer asked again, said once."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import Couple
from trust_tracker.models.steering_words import control, is_filler

from ..dialog import aside_comes_back_here, ask_again_unclear, lost_place, replay
from ..speakers import current_partner
from ..steering import answer_now, bare_yes_or_no, unasked_request
from ..understanding import has_words
from .checkin import confirm_as_answer
from .checkin_flow import settle_skipped, take_up_offered_skip


def answer_skipped_offer(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """See the module's docstring."""
    partner = current_partner(handler_input)
    if partner is None:
        return lost_place(handler_input)
    now = answer_now(said)
    if now is None and control(said) == "go on":  # "carry on", "keep going": on with it, the question
        now = True
    if now is None and control(said) in ("stop", "skip"):  # "that's all", "skip it": left, as "leave it" is
        now = False
    if now is not None:
        return settle_skipped(handler_input, partner, flow, now)
    request = unasked_request(said)
    if request is not None:  # served; then, as after any aside, the offer again (skill/checkin_aside.py)
        aside_comes_back_here(handler_input)
        return replay(handler_input, *request)
    unclear = not has_words(said) or is_filler(said) or bare_yes_or_no(said, "") or control(said)
    if unclear or not take_up_offered_skip(handler_input, couple, flow):
        return ask_again_unclear(handler_input, "") or lost_place(handler_input)
    # Words said straight away: the skipped question's answer, once confirmed ("answer it now" first).
    return confirm_as_answer(handler_input, flow, said)
