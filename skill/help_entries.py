"""What the help answer (skill/safety.py) does with the speaker's own entries, and says of them.

Nothing of a person in danger is left where the partner reads it, and every word said is true:
- "delete this before he sees it" in a check-in, or right after one (its answers newer than the speaker's
  last entry, within the undo's ten minutes): "this" is the speaker's own check-in answers of this week,
  which the partner may read on the site; those are removed (never the partner's, nor a log entry), and the
  answer says so (tester-voice37 D5: a kept promise was removed and the answers stayed);
- "undo that, if he hears it he'll hurt me": the undo asked for is done (this speaker's newest entry
  of the undo window, as "undo that" alone would offer), and the answer says so after the numbers;
- a clear yes to "Shall I remove it?" said with distress removes that entry (skill/undo_steps.py);
- otherwise what was just said is not saved, and only that is said ("That wasn't saved."): the miss
  this conversation just logged, whose reflection was under way (its reason was distress), is still
  there, so instead of the pause the answer asks "Shall I remove it?", the undo's own question,
  answered by the undo's own handler (skill/intents/undo.py), which closes gently after it: one question.
Another partner's entry is never removed nor offered here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from ask_sdk_core.handler_input import HandlerInput
from sqlalchemy.exc import SQLAlchemyError

from trust_tracker.models import checkin_turns, disputes
from trust_tracker.models.entities import LogEntry, Partner
from trust_tracker.models.errors import DomainError
from trust_tracker.models.steering_words import undo_first

from .dialog import FLOW, checkin_waits_behind, session_attributes, skill_context, speech
from .entries_said import described_entry
from .speakers import current_partner
from .undo_steps import AFTER_HELP, REMOVE, UNDO, removed_as_agreed


@dataclass(frozen=True)
class HelpOnEntries:
    """What the help answer says of entries: removed as asked, or one still there to offer removing."""

    removed: bool = False
    still_there: LogEntry | None = None
    # Asked in or right after a check-in: how many of the speaker's answers of this week were removed.
    answers_removed: int | None = None

    def said(self) -> str:
        """The help words' key (skill/help_words.py) that says this, and only what is true."""
        if self.answers_removed:
            return "removed_answer" if self.answers_removed == 1 else "removed_answers"
        return "removed" if self.removed else "not_saved"


def _own_last(handler_input: HandlerInput) -> tuple[Partner, LogEntry] | None:
    """The speaker and their newest entry of the undo window: what "undo that" offers."""
    context, partner = skill_context(handler_input), current_partner(handler_input)
    entry = disputes.last_own_entry(context.session, partner, context.now) if partner is not None else None
    return (partner, entry) if partner is not None and entry is not None else None


def _removed(handler_input: HandlerInput, partner: Partner, entry: LogEntry) -> bool:
    """`entry` removed, as "undo that" said with its reason asked; False if gone since."""
    context = skill_context(handler_input)
    try:
        disputes.undo_recent_log(context.session, partner, entry.id, context.now)
    except DomainError:
        return False
    return True


def _answers_removed(handler_input: HandlerInput, entry: LogEntry | None) -> int | None:
    """A removal asked in a check-in, or right after one (the speaker's answers of this week newer than
    `entry`, their last entry, and within the undo's minutes): those answers removed, how many; None
    otherwise (the undo's entry is what was meant)."""
    context, partner = skill_context(handler_input), current_partner(handler_input)
    if partner is None:
        return None
    answers = checkin_turns.own_week_answers(context.session, partner, context.now)
    newest = answers[-1].created_at if answers else None
    just_after = (
        newest is not None
        and newest >= context.now - timedelta(minutes=disputes.UNDO_MINUTES)
        and (entry is None or newest > entry.created_at)
    )
    if not (checkin_waits_behind(handler_input) or just_after):
        return None
    return checkin_turns.withdraw_answers(context.session, partner, context.now)


def help_on_entries(handler_input: HandlerInput, said: list[str]) -> HelpOnEntries:
    """Done before the help lines are said (the session is cleared then): the removal asked for in the
    words that got help (`said`, their readings), or the entry still there. None without a known speaker."""
    if handler_input.context is None:  # a handler tried outside invoke
        return HelpOnEntries()
    try:
        return _on_entries(handler_input, said)
    except SQLAlchemyError:  # the help lines never wait on the database: said without the entries
        return HelpOnEntries()


def _on_entries(handler_input: HandlerInput, said: list[str]) -> HelpOnEntries:
    if removed_as_agreed(handler_input, said):
        return HelpOnEntries(removed=True)
    own = _own_last(handler_input)
    asked = any(map(undo_first, said))
    answers = _answers_removed(handler_input, own[1] if own is not None else None) if asked else None
    if answers is not None:
        return HelpOnEntries(answers_removed=answers)
    if own is not None and asked:
        return HelpOnEntries(removed=_removed(handler_input, *own))
    # Only the miss this conversation just logged, whose reflection was under way: an entry of another
    # conversation (a moment an hour's walk ago, one typed on the site) is not offered in place of the pause.
    flow = session_attributes(handler_input).get(FLOW)
    just_logged = (
        isinstance(flow, dict) and flow.get("name") == "setback" and own is not None and flow.get("entry") == own[1].id
    )
    return HelpOnEntries(still_there=own[1] if just_logged and own is not None else None)


def offer_removal(handler_input: HandlerInput, entry: LogEntry) -> tuple[str, str] | None:
    """The undo's "Shall I remove it?" of `entry`, and its reprompt; the yes or no goes to the undo's
    handler (the session's FLOW, set here after the help answer cleared it); None without a known speaker
    (the pause is offered instead)."""
    partner = current_partner(handler_input)
    if partner is None:  # _own_last found the entry through the partner: not expected, but then no offer
        return None
    what, when = described_entry(handler_input, partner, entry)
    session_attributes(handler_input)[FLOW] = {
        "name": UNDO,
        "step": REMOVE,
        "entry": entry.id,
        AFTER_HELP: True,
    }
    say = speech(handler_input).say
    return say("undo_confirm", what=what, when=when), say("undo_confirm_reprompt", what=what)
