"""What this session's turn before made: the entries it logged, so "no wait, that was yesterday"
changes without asking only what was just said (skill/intents/amend.py), never an older entry after
a "Sorry, I didn't get that". Kept in the session; rows written are noted as they are flushed (or written by Core:
models/entry_writes.py)."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from sqlalchemy import event
from sqlalchemy.orm import Session

from trust_tracker.models import entry_writes
from trust_tracker.models.entities import LogEntry

from .dialog import session_attributes, skill_context

# Session attribute: the ids of the entries the session's last turn made.
TURN_MADE = "turn_made"
# Session.info key: the entries flushed while the skill answers this request; absent otherwise.
_MADE = "trust_tracker.skill.turns"


@event.listens_for(Session, "after_flush")
def _note_made(session: Session, _context: Any) -> None:
    made = session.info.get(_MADE)
    if isinstance(made, list):
        made.extend(row.id for row in session.new if isinstance(row, LogEntry))


class TurnRequestInterceptor(AbstractRequestInterceptor):
    """Starts noting the entries this request writes."""

    def process(self, handler_input: HandlerInput) -> None:
        made: list[int] = []
        session = skill_context(handler_input).session
        session.info[_MADE] = made
        session.info[entry_writes.WRITTEN] = [lambda entry: made.append(entry.id)]  # written by Core


class TurnResponseInterceptor(AbstractResponseInterceptor):
    """After the last flush: what this turn made, for the next turn to read."""

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        session = skill_context(handler_input).session
        made = session.info.pop(_MADE, [])
        session.info.pop(entry_writes.WRITTEN, None)
        attributes = session_attributes(handler_input)
        if made:
            attributes[TURN_MADE] = list(made)
        else:  # nothing kept in the session for a turn that wrote nothing
            attributes.pop(TURN_MADE, None)


def made_last_turn(handler_input: HandlerInput, entry: LogEntry) -> bool | None:
    """Whether the session's turn before this one made `entry` (None: this is its first turn)."""
    session = handler_input.request_envelope.session
    if session is None or session.new:
        return None
    made = session_attributes(handler_input).get(TURN_MADE)
    return isinstance(made, list) and entry.id in made
