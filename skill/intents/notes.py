"""Entries that are their own words, logged by voice: a moment of reliability, a small win
(good_news.py), a breach (breach.py); both build on NoteIntentHandler."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import logbook
from trust_tracker.models.entities import LogKind, Partner, Source
from trust_tracker.models.localtime import entry_date
from trust_tracker.models.steering_words import is_filler, spoken

from .. import screens
from ..alexa_apis import device_zone
from ..days_said import day_told
from ..dialog import ask, elicit, skill_context, slot_text, speech, tell
from ..grammar import to_you
from ..render import celebration
from ..speakers import PartnerIntentHandler, tell_logged
from ..speech_text import excerpt, sentence_case
from ..steering import logs_anyway
from ..understanding import has_words
from ..ways_out import ends


class NoteIntentHandler(PartnerIntentHandler):
    """An entry that is its own words: a moment of reliability, a small win (a breach: breach.py)."""

    kind: LogKind
    slot = "note"
    required = True

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        language = speech(handler_input)
        said = slot_text(handler_input, self.slot)
        if ends(said):  # "never mind", "forget it", "that's all" to "What was the moment?": nothing saved
            return tell(handler_input, language.say("note_left"))
        if not has_words(said) or is_filler(said) or _no_deed(said, partner):  # "um" is never a note
            said = ""
        key = self.kind.value
        if self.required and not said:
            # Whatever is said next is this note, for this same intent.
            elicit(handler_input, self.intents[0], self.slot)
            return ask(handler_input, language.say(f"{key}_what"), language.say(f"{key}_what"))
        return self.note(handler_input, partner, said)

    def note(self, handler_input: HandlerInput, partner: Partner, said: str) -> Response:
        """Logs the note and says so (a breach has its own: skill/intents/breach.py)."""
        context, language = skill_context(handler_input), speech(handler_input)
        said = "" if logs_anyway(said) else said  # "just log it" to "what was it?": logged plain, never its note
        key = self.kind.value
        zone = device_zone(handler_input, partner.couple)
        logged = logbook.log_note(
            context.session,
            partner,
            self.kind,
            said,
            source=Source.VOICE,
            now=context.now,
            device_zone=zone,
            day=day_told(said, entry_date(partner.couple, context.now, zone)),  # "… on Saturday": that day
        )
        note = to_you(excerpt(read_back(logged.entry.note, [p.name for p in partner.couple.partners], said)))
        confirmation = language.say(f"{key}_logged" if said else f"{key}_logged_plain", note=note)
        screens.summary_card(handler_input, language.say("card_logged"), confirmation)
        return tell_logged(
            handler_input, " ".join(filter(None, [confirmation, celebration(language, logged.milestones)]))
        )


_DONE = {"did", "has done", "have done", "did today"}


def _no_deed(said: str, partner: Partner) -> bool:
    """ "Sam did" (from "I want to note something good Sam did"): a person, nothing done; asked for."""
    who, *done = spoken(said).split() or [""]
    people = {p.name.lower() for p in partner.couple.partners} | {"he", "she", "they", "we", "i"}
    return who in people and " ".join(done) in _DONE


def read_back(note: str, names: list[str], heard: str = "") -> str:
    """A note said back as it was saved (a comma the person said, the couple's names as spelled),
    mid-sentence: "My last day, ..." -> "my last day, ...", but "Sam made me one" stays, and so
    does a first word Alexa wrote with its capital ("Jenny walked the dog")."""
    first = note.split(" ", 1)[0].removesuffix("'s")
    return note if first in names or heard[:1].isupper() else sentence_case(note)
