""" "No wait, that was yesterday", "not that one, I meant the sunday dinner": the speaker's own
entry of the last ten minutes, said again another way right after it, moved to that day or that
promise (models.disputes.amend_recent: the rules any new entry meets). Never the partner's
entry; a check-in question or "which one?" that waits takes the words as its own."""

from __future__ import annotations

from datetime import date, timedelta

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import contracts, disputes
from trust_tracker.models.entities import LogKind, Partner
from trust_tracker.models.errors import DomainError
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import spoken

from ..dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    PENDING_LOG,
    current_flow,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
)
from ..speakers import PartnerIntentHandler, tell_logged
from ..understanding import commitments_named
from .undo import described_entry

AMEND_INTENT = "AmendEntryIntent"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def day_said(said: str, today: date) -> date | None:
    """The day in the words: "yesterday", "last night", "the day before yesterday", a weekday
    (the last one before today); None for anything else."""
    words = spoken(said)
    if "day before yesterday" in words:
        return today - timedelta(days=2)
    if "yesterday" in words or "last night" in words:
        return today - timedelta(days=1)
    weekday = next((i for i, name in enumerate(_WEEKDAYS) if name in words.split()), None)
    if weekday is None:
        return None
    return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


class AmendEntryIntentHandler(PartnerIntentHandler):
    """See the module's docstring."""

    intents = (AMEND_INTENT,)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        when, named = slot_text(handler_input, "day"), slot_text(handler_input, "commitment")
        flow = current_flow(handler_input)
        if flow.get("name") == "checkin" and "position" in flow:  # the answer repaired, as said
            said = f"not that one i meant {named}" if named else f"that was {when}"
            return replay(handler_input, ANSWER_INTENT, {ANSWER_SLOT: said})
        if named and PENDING_LOG in session_attributes(handler_input):  # "which one?" waits: its answer
            return replay(handler_input, "LogKeptIntent", {"commitment": named})
        entry = disputes.last_own_entry(context.session, partner, context.now)
        if entry is None:
            return tell(handler_input, say("amend_nothing"))
        today = local_today(partner.couple, context.now)
        day = day_said(when, today) if when else None
        lineage = None
        if named:
            mine = commitments_named(named, contracts.active_commitments(context.session, partner.couple_id))
            if len(mine) != 1 or entry.kind not in (LogKind.KEPT, LogKind.MISSED):
                return tell(handler_input, say("amend_unclear"))
            lineage = mine[0].lineage_id
        if day is None and lineage is None:
            return tell(handler_input, say("amend_unclear"))
        try:
            moved = disputes.amend_recent(context.session, partner, entry.id, context.now, day=day, lineage_id=lineage)
        except DomainError as error:  # the other's promise, logged already that day, too late
            return tell(handler_input, str(error))
        what, on = described_entry(handler_input, partner, moved)
        return tell_logged(handler_input, say("amend_day", what=what, when=on))
