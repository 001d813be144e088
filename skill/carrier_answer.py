"""A check-in answer Alexa handed to one of SupportIntent's carriers (tester-voice21 #7): words known
to be everyday ("the kids were hiding under the bed playing hide and seek"), said while a check-in
question of its own waits, are that question's answer, the carrier's fixed words put back
(carrier_reading.whole_sentence), and the check-in goes on. The safety handler decides the words
are everyday; the answer's own path reads them for distress again before saving."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .carrier_reading import whole_sentence
from .dialog import ANSWER_INTENT, ANSWER_SLOT, CHECKIN_WAITED, replay


def _own_question_waits(handler_input: HandlerInput) -> bool:
    """Whether a check-in question of its own waits: not "is Sam with you?", nor one held aside, nor
    "shall I log that?" about words held from it."""
    waited = handler_input.attributes_manager.request_attributes.get(CHECKIN_WAITED)
    if not isinstance(waited, dict) or waited.get("own") is not True or waited.get("together"):
        return False
    return not (isinstance(waited.get("flow"), dict) and "held" in waited["flow"])


def answered_as_checkin(handler_input: HandlerInput, slots: dict[str, str]) -> Response | None:
    """The waiting check-in question answered with the carrier's whole sentence; None when none waits."""
    sentence = whole_sentence(slots)
    if not sentence or not _own_question_waits(handler_input):
        return None
    return replay(handler_input, ANSWER_INTENT, {ANSWER_SLOT: sentence})
