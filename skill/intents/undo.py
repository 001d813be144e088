""" "Undo that" and "that wasn't me": taking an entry back by voice, always after a yes.

"Undo that" (or "scratch that", "delete my last entry") during a check-in is "change my
answer": the last answered question again. Elsewhere it offers to remove the speaker's own
newest entry of the last ten minutes, saying what it was (said again, or "not that one, the one
before", at that offer: their own entry before it); "that wasn't me" offers to mark
the newest entry made by voice in the speaker's name as not them (a dispute: it stays in
the log, shown as disputed, and counts nowhere). Each makes one call to models.disputes
after the yes; what waits for the yes is in the session (FLOW), checked again by the
domain when it comes back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from trust_tracker.models import disputes
from trust_tracker.models.entities import LogEntry, LogKind, Partner, Source
from trust_tracker.models.errors import Conflict, DomainError

from ..dialog import (
    FLOW,
    ask,
    ask_again,
    ask_again_paused,
    current_flow,
    elicit_answer,
    flow_as_it_came,
    lost_place,
    session_attributes,
    skill_context,
    speech,
    tell,
    what_next,
)
from ..entries_said import described_entry
from ..grammar import to_you
from ..safety import then_close
from ..speakers import PartnerIntentHandler
from ..speech_text import excerpt
from ..undo_steps import AFTER_HELP, DISPUTE, REMOVE, TAKE, UNDO, removal_waits
from ..yes_no_asked import slip_waits
from .checkin_flow import together_asked
from .checkin_moves import go_back
from .notes import read_back

# Entries whose note is what they are: a moment, a win (a breach's or a miss's note is not read aloud here).
_NOTED = (LogKind.RELIABILITY, LogKind.SMALL_WIN)


def _offer(
    handler_input: HandlerInput, partner: Partner, entry: LogEntry | None, step: str, *, further: bool = False
) -> Response:
    say = speech(handler_input).say
    key = "undo" if step == REMOVE else "not_me"
    # "Wait no" heard as an undo while a question waits ("Is Sam with you?"): that question again.
    waits = together_asked(session_attributes(handler_input))
    if entry is None and step == REMOVE and waits and (again := ask_again(handler_input, say("undo_nothing_asked"))):
        return again
    if entry is None:
        return tell(handler_input, say(f"{key}_nothing"))
    what, when = described_entry(handler_input, partner, entry)
    if entry.note and entry.kind in _NOTED:  # which moment or win, so the person can check (tester-voice31 E5)
        names = [p.name for p in partner.couple.partners]
        what = f"{what}: {to_you(excerpt(read_back(entry.note, names)))}"
    session_attributes(handler_input)[FLOW] = {"name": UNDO, "step": step, "entry": entry.id}
    elicit_answer(handler_input)  # the yes or no in words: "actually no", "no wait" (skill/yes_no_asked.py)
    confirm = f"{key}_confirm_before" if further else f"{key}_confirm"
    return ask(handler_input, say(confirm, what=what, when=when), say(f"{key}_confirm_reprompt", what=what))


def offer_to_take(handler_input: HandlerInput, before: Partner, partner: Partner, switched: str) -> Response | None:
    """After a switch from `before` to `partner` on a shared device: `before`'s voice entry of the last
    ten minutes, offered to `partner` ("is it yours?"); None when there is none."""
    context, say = skill_context(handler_input), speech(handler_input).say
    entry = disputes.last_own_entry(context.session, before, context.now)
    if entry is None or entry.source is not Source.VOICE:
        return None
    what, _ = described_entry(handler_input, before, entry)
    session_attributes(handler_input)[FLOW] = {"name": UNDO, "step": TAKE, "entry": entry.id, "from": before.id}
    asked = say("take_confirm", before=before.name, what=what)
    elicit_answer(handler_input)
    return ask(handler_input, f"{switched} {asked}", say("take_confirm_reprompt", what=what))


def _taken(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], entry: LogEntry) -> Response:
    """The yes to "is it yours?": the entry logged again in `partner`'s name (models.disputes.amend_recent)."""
    context, say = skill_context(handler_input), speech(handler_input).say
    before = context.session.get(Partner, entry.partner_id)
    if before is None or before.id != flow.get("from") or before.id == partner.id:
        return lost_place(handler_input)  # a forged or stale session
    what, _ = described_entry(handler_input, before, entry)
    try:
        disputes.amend_recent(context.session, before, entry.id, context.now, author=partner)
    except DomainError:
        return what_next(handler_input, say("take_refused", before=before.name))
    return what_next(handler_input, say("take_done", what=what))


class UndoIntentHandler(PartnerIntentHandler):
    """ "Undo that": the speaker's own newest entry of the last ten minutes, removed after a yes."""

    intents = ("UndoIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, flow = skill_context(handler_input), current_flow(handler_input)
        if flow.get("name") == "checkin" and "position" in flow:  # the last answer, not a log entry
            return go_back(handler_input, partner.couple, flow)
        if slip_waits(handler_input) and (again := ask_again_paused(handler_input)) is not None:
            return again  # "wait no" to "Shall I log both?": a pause, never an older entry offered (tester-voice36 D12, tv37 D10)
        offered = _offered(handler_input, partner)  # "not that one, the one before": further back
        return _offer(
            handler_input,
            partner,
            disputes.last_own_entry(context.session, partner, context.now, before=offered),
            REMOVE,
            further=offered is not None,  # never "your last entry" for the one before it (tester-voice40 D6)
        )


def _offered(handler_input: HandlerInput, partner: Partner) -> LogEntry | None:
    """The speaker's own entry "Shall I remove it?" waits on, if it does."""
    entry_id = removal_waits(handler_input)
    if entry_id is None:
        return None
    entry = skill_context(handler_input).session.get(LogEntry, entry_id)
    return entry if entry is not None and entry.partner_id == partner.id else None


class NotMeIntentHandler(PartnerIntentHandler):
    """ "That wasn't me": the newest voice entry in the speaker's name, disputed after a yes."""

    intents = ("NotMeIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context = skill_context(handler_input)
        return _offer(handler_input, partner, disputes.last_voice_entry(context.session, partner, context.now), DISPUTE)


class UndoAnswerHandler(PartnerIntentHandler):
    """The yes or no to "Shall I remove it?" / "Shall I mark it as not you?"."""

    intents = ("AMAZON.YesIntent", "AMAZON.NoIntent")

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not super().can_handle(handler_input):
            return False
        return flow_as_it_came(handler_input).get("name") == UNDO

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        flow = current_flow(handler_input)
        step, entry_id = flow.get("step"), flow.get("entry")
        if step not in (REMOVE, DISPUTE, TAKE) or not isinstance(entry_id, int) or isinstance(entry_id, bool):
            return lost_place(handler_input)
        key = {REMOVE: "undo", DISPUTE: "not_me", TAKE: "take"}[step]
        # Asked by the help answer as its one question: a gentle close after the answer, no second question.
        end = partial(then_close, handler_input) if flow.get(AFTER_HELP) is True else partial(tell, handler_input)
        if get_intent_name(handler_input) != "AMAZON.YesIntent":
            said = say(f"{key}_kept")
            return what_next(handler_input, said) if step == TAKE else end(said)
        entry = context.session.get(LogEntry, entry_id)
        if entry is None:  # removed since (on the site, or by another device)
            return tell(handler_input, say(f"{key}_gone"))
        if entry.couple_id != partner.couple_id:  # a forged session
            return lost_place(handler_input)
        if step == TAKE:
            return _taken(handler_input, partner, flow, entry)
        what, _ = described_entry(handler_input, partner, entry)
        try:
            if step == REMOVE:
                disputes.undo_recent_log(context.session, partner, entry_id, context.now)
            else:
                disputes.dispute(context.session, partner, entry_id, context.now)
        except Conflict:
            if step == REMOVE:
                return tell(handler_input, say("undo_too_late"))
            return lost_place(handler_input)
        except DomainError:  # a stale or forged session: the partner's entry
            return lost_place(handler_input)
        return end(say("undo_done", what=what) if step == REMOVE else say("not_me_done"))
