"""What a request heard through a topic carrier holds, for skill/topics.py to read: the
carrier's words (before, the topic, after), the couple's agreed words a promise or a breach
may name, a sentence told through one of the safety's carriers, and the request rewritten
as the intent it asks for."""

from __future__ import annotations

import re
from functools import partial
from typing import cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, Slot, SlotConfirmationStatus
from sqlalchemy.orm import Session

from trust_tracker.models import revisions
from trust_tracker.models.contracts import active_version
from trust_tracker.models.entities import ItemKind
from trust_tracker.models.steering_words import spoken

from .boundary import unreadable
from .carrier_reading import as_said
from .chores import about_chores, chore_words
from .dialog import MAX_SLOT_TEXT, skill_context
from .safety import SUPPORT_INTENT, distress_said
from .speakers import linked_couple
from .topic_words import CARRIERS

# Request attributes: the couple's commitments, their names and words; their boundaries' words.
COUPLE_PROMISES = "couple_promises"
COUPLE_BOUNDARIES = "couple_boundaries"
_CARRIER = re.compile(r"^(?:before|after)_(\w+)$")
# The intents whose words are a note.
NOTE_INTENTS = {"LogSmallWinIntent", "LogReliabilityIntent", "LogBreachIntent"}


def carried(intent: Intent) -> tuple[str, str, str, str] | None:
    """(topic slot name, words before, the topic's words, words after) of a request heard
    through a topic carrier; None for any other (SupportIntent's carriers, and the words after
    "i did everything", are the safety's: only a topic's own intents carry topics), and for a
    topic word heard alone (asked about: `said_alone`)."""
    if intent.name not in CARRIERS:
        return None
    slots = {
        name: slot.value.strip()
        for name, slot in (intent.slots or {}).items()
        if slot is not None and isinstance(slot.value, str) and slot.value.strip()
    }
    topics = {found[1] for found in map(_CARRIER.match, slots) if found}
    if len(topics) != 1:
        return None
    [topic] = topics
    before, after = slots.get(f"before_{topic}", ""), slots.get(f"after_{topic}", "")
    return topic, before, topic.replace("_", " "), after


def agreed(handler_input: HandlerInput) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names and words of the linked couple's commitments (what a kept or missed promise
    may name) and of their boundaries (what a breach may name): read once a request, as the
    couple's names are, and worked out once a process while the couple's stamp stands
    (models/revisions.py: any write of the contract replaces it, in whichever process)."""
    attributes = handler_input.attributes_manager.request_attributes
    if COUPLE_PROMISES not in attributes:
        couple = linked_couple(handler_input) if handler_input.context is not None else None
        session = skill_context(handler_input).session
        promises, boundaries = (
            revisions.kept_value(
                session, ("agreed_words", couple.id), couple.id, partial(_agreed_words_of, session, couple.id)
            )
            if couple is not None
            else ((), ())
        )
        attributes[COUPLE_PROMISES], attributes[COUPLE_BOUNDARIES] = promises, boundaries
    return (
        cast(tuple[str, ...], attributes[COUPLE_PROMISES]),
        cast(tuple[str, ...], attributes.get(COUPLE_BOUNDARIES, ())),
    )


def _agreed_words_of(session: Session, couple_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    version = active_version(session, couple_id)
    items = version.items if version is not None else []
    promises = tuple(  # a chores commitment is named by the chores too
        w
        for c in items
        if c.kind is ItemKind.COMMITMENT
        for w in (c.spoken_name, c.text, chore_words(c) if about_chores(c) else "")
    )
    return promises, tuple(b.text for b in items if b.kind is ItemKind.BOUNDARY)


def become(intent: Intent, name: str, values: dict[str, str]) -> None:
    """The request now asks for `name`, with these slot values (the carrier slots gone)."""
    intent.name = name
    intent.slots = {
        slot: Slot(name=slot, value=value, confirmation_status=SlotConfirmationStatus.NONE)
        for slot, value in values.items()
        if value
    }


def told_to_a_safety_carrier(handler_input: HandlerInput, intent: Intent) -> str:
    """The sentence heard through one of SupportIntent's carriers (no name said), its words not
    distress ("my wife contacted him again", "the kids were up till ten but we still had our evening
    talk, log it"); "" for anything else, left to the safety."""
    slots = {n: s.value for n, s in (intent.slots or {}).items() if s is not None and isinstance(s.value, str)}
    carriers = [n for n, v in slots.items() if n.startswith(("after_", "before_")) and v.strip()]
    if intent.name != SUPPORT_INTENT or len(carriers) != 1 or set(slots) != set(carriers):  # "{name} ...": the safety's
        return ""
    if any(unreadable(v) for v in slots.values()) or distress_said(handler_input):
        return ""
    told = spoken(as_said(carriers[0], slots[carriers[0]])[0])
    return told if len(told) <= MAX_SLOT_TEXT else ""
