""" "No wait, that was yesterday", "not that one, I meant the sunday dinner": the speaker's own
entry of the last ten minutes, said again another way right after it, moved to that day or that
promise (models.disputes.amend_recent: the rules any new entry meets). Never the partner's
entry; a check-in question or "which one?" that waits takes the words as its own. An entry this
session's turn before did not make (a "Sorry, I didn't get that" came between) is changed only
after a yes, as "undo that" is: "Your entry from 9 minutes ago says …. Change it to …?"."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from trust_tracker.models import contracts, disputes
from trust_tracker.models.entities import LogEntry, LogKind, Partner
from trust_tracker.models.errors import DomainError
from trust_tracker.models.localtime import local_today

from ..days_said import day_said, note_on
from ..dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    FLOW,
    PENDING_LOG,
    ask,
    current_flow,
    flow_as_it_came,
    lost_place,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
)
from ..entries_said import described_entry
from ..speakers import PartnerIntentHandler, tell_logged
from ..turns import made_last_turn
from ..understanding import commitments_named

AMEND_INTENT = "AmendEntryIntent"
AMEND_FLOW, AMEND_STEP = "amend", "change?"


_NOT_OR_INSTEAD_OF = re.compile(r"\b(?:not|rather than|instead of)\b")
# A day where a promise's name is heard ("no, I meant it was on Saturday"): the words are only that day.
_ONLY_A_DAY = re.compile(
    r"(?:(?:sorry |wrong day )*(?:it|that) was |wrong day )?(?:on |last )?"
    r"(?P<day>yesterday|last night|the day before yesterday|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon| evening| night)?)"
)


def meant(named: str) -> str:
    """The promise meant, without the one it is said instead of: "the evening talk not the sunday
    walk" -> "the evening talk"."""
    return _NOT_OR_INSTEAD_OF.split(named, maxsplit=1)[0].strip(" ,")


class AmendEntryIntentHandler(PartnerIntentHandler):
    """See the module's docstring."""

    intents = (AMEND_INTENT,)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        when, named = slot_text(handler_input, "day"), meant(slot_text(handler_input, "commitment"))
        if not when and (only_a_day := _ONLY_A_DAY.fullmatch(named)):
            when, named = only_a_day["day"], ""
        if named.startswith("to "):  # "I meant to call but I forgot": a promise missed, not a repair
            return replay(handler_input, "LogMissedIntent", {"commitment": f"i meant {named}"})
        flow = current_flow(handler_input)
        if flow.get("name") == "checkin" and "position" in flow:  # the answer repaired, as said
            said = f"not that one i meant {named}" if named else f"that was {when}"
            return replay(handler_input, ANSWER_INTENT, {ANSWER_SLOT: said})
        waiting = session_attributes(handler_input).get(PENDING_LOG)
        if named and isinstance(waiting, dict):  # "which one?" waits: its answer, of the kind it asks
            intent = "LogMissedIntent" if waiting.get("kind") == LogKind.MISSED.value else "LogKeptIntent"
            return replay(handler_input, intent, {"commitment": named})
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
        if made_last_turn(handler_input, entry) is False:  # not what was just said: asked first
            return _offer(handler_input, partner, entry, day, lineage)
        return _amend(handler_input, partner, entry, day, lineage)


def _amend(
    handler_input: HandlerInput, partner: Partner, entry: LogEntry, day: date | None, lineage: int | None
) -> Response:
    context, say = skill_context(handler_input), speech(handler_input).say
    today = local_today(partner.couple, context.now)
    note = note_on(entry.note, day, today) if day is not None else None
    try:
        moved = disputes.amend_recent(
            context.session, partner, entry.id, context.now, day=day, lineage_id=lineage, note=note
        )
    except DomainError as error:  # the other's promise, logged already that day, too late
        return tell(handler_input, str(error))
    what, on = described_entry(handler_input, partner, moved)
    return tell_logged(handler_input, say("amend_day", what=what, when=on))


def _offer(
    handler_input: HandlerInput, partner: Partner, entry: LogEntry, day: date | None, lineage: int | None
) -> Response:
    """ "Your entry from 9 minutes ago says you kept call when late. Change it to Tuesday?"."""
    context, language = skill_context(handler_input), speech(handler_input)
    what, _ = described_entry(handler_input, partner, entry)
    created = entry.created_at if entry.created_at.tzinfo else entry.created_at.replace(tzinfo=context.now.tzinfo)
    minutes = int((context.now - created).total_seconds() // 60)
    ago = language.say(
        "amend_ago_now" if minutes < 1 else "amend_ago_one" if minutes == 1 else "amend_ago", minutes=minutes
    )
    if lineage is not None:
        change = contracts.item_names(context.session, partner.couple_id).get(lineage, "")
    else:
        change = language.weekdays[day.weekday()] if day is not None else ""
    session_attributes(handler_input)[FLOW] = {
        "name": AMEND_FLOW,
        "step": AMEND_STEP,
        "entry": entry.id,
        "day": day.isoformat() if day is not None else None,
        "lineage": lineage,
    }
    return ask(
        handler_input,
        language.say("amend_confirm", ago=ago, what=what, change=change),
        language.say("amend_confirm_reprompt", what=what, change=change),
    )


class AmendAnswerHandler(PartnerIntentHandler):
    """The yes or no to "Change it to …?": changed as it would have been straight away, or kept."""

    intents = ("AMAZON.YesIntent", "AMAZON.NoIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not super().can_handle(handler_input):
            return False
        flow = flow_as_it_came(handler_input)
        return (flow.get("name"), flow.get("step")) == (AMEND_FLOW, AMEND_STEP)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        flow: dict[str, Any] = session_attributes(handler_input).pop(FLOW, {})
        if get_intent_name(handler_input) != "AMAZON.YesIntent":
            return tell(handler_input, say("undo_kept"))
        entry_id, day, lineage = flow.get("entry"), flow.get("day"), flow.get("lineage")
        entry = context.session.get(LogEntry, entry_id) if _an_id(entry_id) else None
        if entry is None or entry.partner_id != partner.id or not (lineage is None or _an_id(lineage)):
            return lost_place(handler_input)  # removed since, or a forged session: nothing changes
        try:
            when = date.fromisoformat(day) if isinstance(day, str) else None
        except ValueError:
            return lost_place(handler_input)
        return _amend(handler_input, partner, entry, when, lineage)


def _an_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
