"""A command said around the words to log ("log a win we ...", "we laughed at breakfast, log
that as a moment", "note that I forgot the evening talk"): the request becomes the kind it
names, the command left out of its words (read before skill/topics.py reads the topic)."""

from __future__ import annotations

import re
from typing import cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, Slot, SlotConfirmationStatus

from trust_tracker.models.couple_patterns import compiled
from trust_tracker.models.steering_words import spoken

from .boundary import limit
from .carrier_reading import said_around
from .dialog import LAST_QUESTION, MAX_SLOT_TEXT, session_attributes
from .idioms import harm_told
from .intents.hard_day import SAID_SLOT
from .naming import Shared, shared
from .said_commands import leading_command, misses_one, noted_promise, trailing_command
from .speakers import COUPLE_NAMES
from .topic_families import HARD_DAY, family
from .topic_vocabulary import BREACH, KEPT, MISSED, RELIABILITY
from .topics_heard import NOTE_INTENTS, agreed, become, carried, told_to_a_safety_carrier

# The slot holding the person's own words, of the intents a command may be said after.
_WORDS_SLOT = {KEPT: "commitment", MISSED: "commitment", HARD_DAY: SAID_SLOT, **{note: "note" for note in NOTE_INTENTS}}


def commanded(handler_input: HandlerInput, intent: Intent) -> bool:
    """Whether the words begin or end with a command naming the kind to log ("log a win we ...", "we
    laughed at breakfast, log that as a moment"): the request becomes that kind, the command left out
    of its words. A command naming no kind ("..., log it") is only left out, unless it is all the topic
    said, or said after a scene one of the safety's carriers heard ("the kids were up till ten but we
    still had our evening talk, log it"): then the words are read as "note that ..." reads them.
    "Note that ..." telling of the speaker's own promise kept or missed becomes that; of an everyday
    moment, it stays a moment of reliability."""
    heard = carried(intent)
    slot = _WORDS_SLOT.get(intent.name or "")
    value = (intent.slots or {}).get(slot) if slot else None
    told = told_to_a_safety_carrier(handler_input, intent)
    words = said_around(heard[0], heard[1], heard[3]) if heard else value.value if value is not None else told or None
    if not isinstance(words, str) or len(words) > ((limit(slot) if slot and not heard else None) or MAX_SLOT_TEXT):
        return False  # longer than kept: refused as it came (skill/boundary.py)
    first = leading_command(words) if heard is not None or intent.name in NOTE_INTENTS else None
    if first is not None:  # "log a moment sam did what she said": the kind it names, never in the note
        named, rest = first
        become(intent, named or RELIABILITY, {_WORDS_SLOT[named or RELIABILITY]: rest})
        if named is None:
            _noted(handler_input, intent, rest)  # "log a note ...": read as "note that ..." is
        return True
    command = trailing_command(words)
    if told and (command is None or command[0] is not None or harm_told(told)):
        return False  # a kind named there, or harm told, is the safety's to answer (skill/safety.py)
    if command is not None and command[0] is None and (told or (heard is not None and command[2] == heard[2])):
        if _asked(handler_input, command[1]):  # "did tomas log it": a question, nothing to note
            return False
        if told:  # a carrier's fixed words stand for others ("my mom's" is carried as "my friend"):
            return _noted(handler_input, intent, command[1])  # its promise or breach only, never a moment's words
        # "grace brought me a coffee, add that to the log": the command is all the topic said, so
        # the words before it are read as "note that ..." reads them: a moment, unless they say more
        become(intent, RELIABILITY, {"note": command[1]})
        _noted(handler_input, intent, command[1])
        return True
    if command is None:
        return intent.name == RELIABILITY and _noted(handler_input, intent, words, _moment_asked(handler_input))
    named, rest, said = command
    if named is not None:
        become(intent, named, {_WORDS_SLOT[named]: rest})
        return True
    if heard is not None:  # "..., log it": left out of the words after the topic
        topic, _, _, after = heard
        kept_after = spoken(after).removesuffix(said).strip()
        slots = intent.slots or {}
        slots[f"after_{topic}"] = Slot(
            name=f"after_{topic}", value=kept_after, confirmation_status=SlotConfirmationStatus.NONE
        )
    elif value is not None:
        value.value = rest
    return False


def _moment_asked(handler_input: HandlerInput) -> bool:
    """Whether the skill asked "What was the moment?" (its note elicited) and waits for it."""
    question = session_attributes(handler_input).get(LAST_QUESTION)
    return isinstance(question, dict) and question.get("elicit") == [RELIABILITY, "note"]


def _asked(handler_input: HandlerInput, words: str) -> bool:
    """Whether the words before a command ask whether someone did it ("did tomas", "can you")."""
    names = cast(tuple[str, ...], handler_input.attributes_manager.request_attributes.get(COUPLE_NAMES, ()))
    who = "|".join(["you", "he", "she", "they", "we", "i", "it", r"my \w+", *(re.escape(n.lower()) for n in names)])
    return (
        compiled(rf"(?:did|does|do|can|could|would|will|has|have|should|is|are|was)\s+(?:{who})\b").match(spoken(words))
        is not None
    )


def _noted(handler_input: HandlerInput, intent: Intent, words: str, moment_asked: bool = False) -> bool:
    """ "Note that ..." telling of a breach or of the speaker's own promise ("note that I forgot the
    evening talk") becomes that; an everyday moment stays a moment of reliability (False). Said to
    "What was the moment?" (`moment_asked`), the words are the moment unless they name a promise in
    full or plainly miss one: "I didn't want to go but I went anyway" is no miss of the Sunday walk
    (tester-voice28); "I didn't do the walk, I was too tired" is asked about as one (said_commands.misses_one)."""
    names = cast(tuple[str, ...], handler_input.attributes_manager.request_attributes.get(COUPLE_NAMES, ()))
    told = family(spoken(words), RELIABILITY, tuple(n.lower() for n in names))
    if told is not None and told.job == BREACH:  # "note that i broke our agreement about ...": a breach
        become(intent, BREACH, {"note": words})
        return True
    promises, _ = agreed(handler_input)
    named_in_full = any(shared(words, p) is Shared.ALL for p in promises if p)
    told_of = named_in_full or (moment_asked and misses_one(words, promises))  # "I didn't do the walk, …"
    job = None if moment_asked and not told_of else noted_promise(words, told_of)
    if job is not None:
        become(intent, job, {"commitment": words})
        return True
    return False
