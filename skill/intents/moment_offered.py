"""The moment of reliability offered at "which one?" ("… Or shall I note it as a moment of reliability?"):
what waits for the yes, and the yes noting it."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import Partner

from ..deeds_told import with_subject
from ..dialog import PENDING_LOG, session_attributes
from .good_news import LogReliabilityIntentHandler


def log_moment(handler_input: HandlerInput, partner: Partner, note: str) -> Response:
    """What was said, noted as a moment of reliability (the offer after words that named no promise)."""
    session_attributes(handler_input).pop(PENDING_LOG, None)
    return LogReliabilityIntentHandler().note(handler_input, partner, with_subject(note))


def moment_offered(handler_input: HandlerInput) -> str | None:
    """The words waiting for a yes to "shall I note it as a moment of reliability?", if any."""
    pending = session_attributes(handler_input).get(PENDING_LOG)
    if isinstance(pending, dict) and pending.get("moment") is True and isinstance(pending.get("said"), str):
        return str(pending["said"])
    return None
