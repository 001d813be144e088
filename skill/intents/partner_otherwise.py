"""A keep or miss of a shared promise the partner logged the other way that day (models/kept_together.py):
"Sam logged your evening talk as kept today. Shall I log that you missed it?", nothing saved before the
answer; a yes logs it as asked (logbook_confirm.hedge_waiting carries it back), a no leaves Sam's as it is."""

from __future__ import annotations

from datetime import date

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import LogKind, Partner
from trust_tracker.models.kept_together import PartnerLoggedOtherwise

from ..dialog import PENDING_HEDGE, PENDING_LOG, ask, elicit_answer, session_attributes, speech
from ..grammar import promise
from ..speech import Language


def confirm_over_partner(
    handler_input: HandlerInput,
    partner: Partner,
    outcome: PartnerLoggedOtherwise,
    said: str,
    day: date | None,
) -> Response:
    """The contradiction said, and whether to log it all the same asked; `said` and `day` wait with it."""
    language = speech(handler_input)
    kind = LogKind.MISSED if outcome.held is LogKind.KEPT else LogKind.KEPT  # what was told, the other way
    session_attributes(handler_input).pop(PENDING_LOG, None)
    session_attributes(handler_input)[PENDING_HEDGE] = {
        "kind": kind.value,
        "said": said,
        "ids": [outcome.commitment.lineage_id],
        "partner": partner.id,  # only their yes logs it, on a device two voices share
        "day": day.isoformat() if day is not None else None,
        "over_partner": True,
    }
    elicit_answer(handler_input)  # its yes or no in words, as the hedge's
    held = outcome.held.value
    told = language.say(
        f"partner_logged_{held}",
        name=outcome.name,
        promise=promise(language, outcome.commitment.spoken_name),
        day=outcome.day,
    )
    return ask(handler_input, told, language.say(f"partner_logged_reprompt_{kind.value}"))


def over_partner_later(language: Language, outcome: PartnerLoggedOtherwise) -> str:
    """The same contradiction told at a check-in question, where no yes is waited for: nothing logged."""
    said = promise(language, outcome.commitment.spoken_name)
    return language.say(f"partner_logged_later_{outcome.held.value}", name=outcome.name, promise=said, day=outcome.day)
