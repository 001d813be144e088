"""What "undo that" and "that wasn't me" wait on (skill/intents/undo.py asks), kept below both the
intents and the safety answer, which reads it too: a clear yes to "Shall I remove it?" said with
distress ("yes please, if he sees it he'll say I'm lying …") removes her own entry as she asked
before the help lines are given (removing is not saving: her fear is that he reads it)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ask_sdk_core.handler_input import HandlerInput

from trust_tracker.models import disputes
from trust_tracker.models.entities import LogEntry
from trust_tracker.models.errors import DomainError
from trust_tracker.models.steering_words import spoken

from .dialog import current_flow, skill_context
from .speakers import current_partner

# The flow's name, and the steps that wait for a yes.
UNDO, REMOVE, DISPUTE, TAKE = "undo", "remove?", "dispute?", "take?"
# The flow's mark that the help answer asked (skill/help_entries.py): a gentle close after the answer, no pause asked.
AFTER_HELP = "after_help"

# A yes to removing it said first, plainly, before whatever else is said: "yes please, if he sees it
# …", "yeah delete it …", "get rid of it …"; a bare "yes and he hit me last night" may answer
# nothing about the entry, so it removes nothing (tests/skill/test_voice19_yes_no_distress.py).
_REMOVE_IT = r"please|please do|do it|go ahead|remove it|delete it|get rid of it|take it (?:off|out|away|down)"
_CLEAR_YES = re.compile(
    rf"^(?:(?:oh|um+|uh+|well|okay|ok) )*(?:(?:yes|yeah|yep|yup|sure) )?(?:{_REMOVE_IT})\b"
    r"(?! (?:no|not|wait|don't|do not|hang on|hold on)\b)"
)


def removal_waits(handler_input: HandlerInput) -> int | None:
    """The entry "Shall I remove it?" waits on, if it does."""
    flow = current_flow(handler_input)
    entry_id = flow.get("entry")
    waits = flow.get("name") == UNDO and flow.get("step") == REMOVE
    return entry_id if waits and isinstance(entry_id, int) and not isinstance(entry_id, bool) else None


def removed_as_agreed(handler_input: HandlerInput, said: Iterable[str]) -> bool:
    """A clear yes, among the ways the words were said, to the removal of the speaker's own entry
    that waits: removed (one call to models.disputes), True; nothing done otherwise."""
    entry_id = removal_waits(handler_input)
    if entry_id is None or not any(_CLEAR_YES.match(spoken(words)) for words in said):
        return False
    context, partner = skill_context(handler_input), current_partner(handler_input)
    entry = context.session.get(LogEntry, entry_id)
    if partner is None or entry is None or entry.partner_id != partner.id:
        return False
    try:
        disputes.undo_recent_log(context.session, partner, entry_id, context.now)
    except DomainError:  # too late, or gone since: nothing to remove here
        return False
    return True
