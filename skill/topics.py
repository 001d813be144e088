"""Topic carriers: a sentence heard around a topic word, turned into the one job it asks.

People name a job's topic even when the rest of the sentence varies ("can you stop those
reminders for a while", "what were the rules we set"); an Alexa sample must match what is
said. So each job has carrier samples, a topic word with open slots around it, named for it
("{before_reminders} reminders {after_reminders}", interaction-model/source.json "topics").
TopicInterceptor, before any handler is chosen, rebuilds the sentence from those slots (the
rule of carrier_reading.said_around) and reads it with the skill's understanding (skill/topic_words.py):
the request then becomes that intent with its slots (a note, a promise's words), and every
handler, the check-in's asides and its held logging included, sees it as if Alexa had
picked it. What the words leave open is asked, in one short question (skill/topic_question.py),
never guessed at: "remind me to buy milk" sets no reminder. While a check-in question waits,
such words are the answer to it. Distress in the words, or a slot that is not words, is left
as it came, for the safety answer and the slot boundary (the handlers tried first).
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any, cast

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentRequest, Slot, SlotConfirmationStatus
from sqlalchemy.orm import Session

from trust_tracker.models import revisions
from trust_tracker.models.contracts import active_version
from trust_tracker.models.couple_patterns import compiled
from trust_tracker.models.entities import ItemKind
from trust_tracker.models.steering_words import CANCEL_HARD_DAY, REFLECT_ON_SETBACK, requested, spoken

from .boundary import limit, unreadable
from .carrier_reading import as_said, said_around, told_around
from .checkin_asked_words import checkin_asked_about
from .chores import about_chores, chore_words
from .days_said import names_a_day, tells_of_a_day
from .dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    FLOW,
    LAST_QUESTION,
    MAX_SLOT_TEXT,
    session_attributes,
    skill_context,
)
from .idioms import harm_told
from .intents.checkin_held import checkin_waits
from .intents.hard_day import SAID_SLOT
from .kind_only import setback_story
from .lapses import lapses_told
from .naming import Shared, shared
from .opener_requests import OFFERED, opener_request
from .safety import SUPPORT_INTENT, distress_said
from .said_commands import leading_command, misses_one, noted_promise, trailing_command
from .speakers import COUPLE_NAMES, linked_couple
from .topic_families import HARD_DAY, OWN_JOURNAL, START, family
from .topic_question import CHOICE_REPLY, TOPIC_CHOICE, TOPIC_OFFER, TOPIC_OFFER_AGAIN, TOPIC_WORDS, UNCLEAR
from .topic_vocabulary import AGREED_ITEMS, BREACH, COMMON, JOB, JOB_NAMED, KEPT, MISSED, RELIABILITY
from .topic_words import CARRIERS, chosen, topic_intent, topic_read, without_command

# Request attributes: the couple's commitments, their names and words; their boundaries' words.
COUPLE_PROMISES = "couple_promises"
COUPLE_BOUNDARIES = "couple_boundaries"
_CARRIER = re.compile(r"^(?:before|after)_(\w+)$")
# What may answer "Shall I X, or Y?": the elicited words, a no, a yes (which picks nothing), not understood.
_ANSWERS = {ANSWER_INTENT, "AMAZON.NoIntent", "AMAZON.YesIntent", "AMAZON.FallbackIntent"}
_NOTES = {"LogSmallWinIntent", "LogReliabilityIntent", "LogBreachIntent"}
# The slot holding the person's own words, of the intents a command may be said after.
_WORDS_SLOT = {KEPT: "commitment", MISSED: "commitment", HARD_DAY: SAID_SLOT, **{note: "note" for note in _NOTES}}


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


def _slots_for(intent: str, said: str, whole: str, names: tuple[str, ...]) -> dict[str, str]:
    """What the chosen intent's handler reads: the promise's words, a note, the partner named."""
    if intent in (KEPT, MISSED):
        # All of it, as "i {commitment}" carries it: models.logbook reads which promise, and a
        # hedge ("I sort of kept it") is confirmed first.
        named = set(spoken(whole).split()) - COMMON - JOB[intent] - {said}  # or "…my promise yesterday": a day
        return {"commitment": whole if named or names_a_day(whole) else ""}
    if intent in _NOTES:
        # A note is the person's own words; "I had a small win", and nothing more, is asked for.
        # Read after the command is cut: "save it as a moment" says nothing that happened.
        note = without_command(whole)
        plain = not (set(spoken(note).split()) - COMMON - JOB[intent] - set(said.split()))
        return {"note": "" if plain else _what_happened(intent, said, note)}
    if intent == HARD_DAY and tells_of_a_day(whole):  # "yesterday was a hard day": that day's, read by its handler
        return {SAID_SLOT: whole}
    if intent == "PartnerNewsIntent":
        # A name of the couple said; "my partner", "her", or none: the other partner.
        words = spoken(whole).split()
        return {"partner": next((n for n in names if n in words), "")}
    return {}


def _what_happened(intent: str, said: str, note: str) -> str:
    """The note without words that only name the job before it: "we had a small win I called
    when running late" -> "I called when running late". A topic that tells what happened ("he said
    he would pick up the kids") stays, and a breach keeps all the person's words."""
    lead, found, rest = note.partition(f"{said} ")
    if said in JOB_NAMED and found and rest and not set(spoken(lead).split()) - COMMON - JOB[intent]:
        return rest
    return note


def _agreed(handler_input: HandlerInput) -> tuple[tuple[str, ...], tuple[str, ...]]:
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
                session, ("agreed_words", couple.id), couple.id, partial(_agreed_words, session, couple.id)
            )
            if couple is not None
            else ((), ())
        )
        attributes[COUPLE_PROMISES], attributes[COUPLE_BOUNDARIES] = promises, boundaries
    return (
        cast(tuple[str, ...], attributes[COUPLE_PROMISES]),
        cast(tuple[str, ...], attributes.get(COUPLE_BOUNDARIES, ())),
    )


def _agreed_words(session: Session, couple_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
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


def _words_for(handler_input: HandlerInput, job: str) -> dict[str, str]:
    """The words held for `job` when it was offered (read back from the session: text only)."""
    held = handler_input.attributes_manager.request_attributes.get(TOPIC_WORDS)
    slots = held.get(job) if isinstance(held, dict) else None
    return (
        {k: v for k, v in slots.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(slots, dict) else {}
    )


def _reflection_waits(session: dict[str, Any]) -> bool:
    """ "What triggered it?" or "what would have prevented it?" waits: "a reminder on my phone" answers it."""
    flow = session.get(FLOW)
    return isinstance(flow, dict) and flow.get("name") == "setback" and flow.get("step") in ("trigger", "prevention")


def _told_to_a_safety_carrier(handler_input: HandlerInput, intent: Intent) -> str:
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


def _breach_told(handler_input: HandlerInput, intent: Intent) -> str:
    """A breach told through one of SupportIntent's carriers ("my wife contacted him again", "my
    friend read my journal"): the sentence, for the breach handler to tell whose act it was
    (skill/breach_doer.py); "" for anything else, left to the safety."""
    told = _told_to_a_safety_carrier(handler_input, intent)
    names = cast(tuple[str, ...], handler_input.attributes_manager.request_attributes.get(COUPLE_NAMES, ()))
    found = family(told, SUPPORT_INTENT, tuple(n.lower() for n in names))
    return told if found is not None and found.job == BREACH else ""


def _commanded(handler_input: HandlerInput, intent: Intent) -> bool:
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
    told = _told_to_a_safety_carrier(handler_input, intent)
    words = said_around(heard[0], heard[1], heard[3]) if heard else value.value if value is not None else told or None
    if not isinstance(words, str) or len(words) > ((limit(slot) if slot and not heard else None) or MAX_SLOT_TEXT):
        return False  # longer than kept: refused as it came (skill/boundary.py)
    first = leading_command(words) if heard is not None or intent.name in _NOTES else None
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
    promises, _ = _agreed(handler_input)
    named_in_full = any(shared(words, p) is Shared.ALL for p in promises if p)
    told_of = named_in_full or (moment_asked and misses_one(words, promises))  # "I didn't do the walk, …"
    job = None if moment_asked and not told_of else noted_promise(words, told_of)
    if job is not None:
        become(intent, job, {"commitment": words})
        return True
    return False


class TopicInterceptor(AbstractRequestInterceptor):
    """Before the handlers are chosen: a carrier's sentence becomes the intent it asks for,
    and "yes" to "Shall I ...?" becomes the job offered."""

    def process(self, handler_input: HandlerInput) -> None:
        session = session_attributes(handler_input)
        offered = session.pop(TOPIC_OFFER, None)
        asked_again = session.pop(TOPIC_OFFER_AGAIN, None) is True
        held = session.pop(TOPIC_WORDS, None)
        requests = handler_input.attributes_manager.request_attributes
        requests[TOPIC_WORDS] = held if isinstance(held, dict) else {}
        request = handler_input.request_envelope.request
        if not isinstance(request, IntentRequest) or request.intent is None:
            return
        intent = request.intent
        choice = session.pop(TOPIC_CHOICE, None)
        if isinstance(choice, dict) and intent.name in _ANSWERS and not distress_said(handler_input):
            self.answer_choice(handler_input, intent, choice)
            return
        if intent.name == "AMAZON.FallbackIntent" and isinstance(offered, str) and offered in JOB:
            # Not understood, to "Shall I start your check-in?": asked again once, gently; then left kindly.
            requests[UNCLEAR] = (offered,)
            requests[CHOICE_REPLY] = "give_up" if asked_again else "again"
            return
        if intent.name == "AMAZON.YesIntent" and isinstance(offered, str) and offered in JOB:
            become(intent, offered, _words_for(handler_input, offered))  # else asked for (which promise, what happened)
            return
        told = _breach_told(handler_input, intent)
        if told:  # "my husband read my diary", heard through a safety carrier: the breach's to answer
            waits = checkin_waits(session) or _reflection_waits(session)
            become(intent, *((ANSWER_INTENT, {"answer": told}) if waits else (BREACH, {"note": told})))
            return
        if any(unreadable(s.value) for s in (intent.slots or {}).values() if s is not None):
            return  # unreadable words, refused
        waits = checkin_waits(session) or _reflection_waits(session)
        asked = None if waits or distress_said(handler_input) else opener_request(intent)
        if asked is not None:  # "I'm worried about how we're doing", through a safety opener
            job, said = asked
            if job in OFFERED:  # a small win or a moment: offered, the sentence its note
                requests[UNCLEAR], requests[TOPIC_WORDS] = (job,), {job: {"note": said}}
            become(intent, topic_intent(job) if job in OFFERED else job, {})
            return
        if not checkin_waits(session) and not distress_said(handler_input) and _commanded(handler_input, intent):
            return  # "..., log that as a moment": the kind it names
        heard = carried(intent)
        if heard is None:
            return  # a topic word alone is asked about (TopicQuestionHandler); unreadable words, refused
        if distress_said(handler_input):
            return  # the safety answer, first (SafetyHandler reads the carrier slots as said)
        topic, before, said, after = heard
        if len(before) + len(after) > MAX_SLOT_TEXT:  # a note or a name is shorter: not words to act on
            become(intent, "AMAZON.FallbackIntent", {})
            return
        said_names = cast(tuple[str, ...], handler_input.attributes_manager.request_attributes.get(COUPLE_NAMES, ()))
        names = tuple(n.lower() for n in said_names)
        job = CARRIERS[intent.name or ""]
        promises, boundaries = _agreed(handler_input) if job in AGREED_ITEMS else ((), ())
        whole = said_around(topic, before, after)
        if not waits and OWN_JOURNAL.match(spoken(whole)):  # their private writing: nothing logged or offered
            requests[UNCLEAR], requests[CHOICE_REPLY] = (), "own_journal"
            return
        # The day's hard day taken back, never "Shall I log a hard day?"; the latest setback reflected on, never a new miss
        taken = requested(whole) if not waits else None
        if taken is not None and taken in (CANCEL_HARD_DAY, REFLECT_ON_SETBACK):
            requests[UNCLEAR], requests[CHOICE_REPLY], requests[TOPIC_WORDS] = (), taken.what, {taken.what: whole}
            return
        if not waits and job == START and (about := checkin_asked_about(whole)) is not None:
            requests[UNCLEAR], requests[CHOICE_REPLY] = (), about  # "when is our check-in": told, not begun
            return
        # "I slipped up and went to the casino", "I had a setback, I lied about where I was": asked, never a keep
        told = told_around(topic, before, after)  # as said ("didn't"): what a note or an answer keeps
        if not waits and (lapses_told(whole) or setback_story(whole) is not None):
            become(intent, MISSED, {"commitment": told})
            return
        reading = topic_read(before, said, after, job, names, promises, boundaries, guess=not waits)
        if reading.intent is not None:
            slots = _slots_for(reading.intent, said, whole, names)
            kept_or_missed = reading.intent in (KEPT, MISSED) and slots.get("commitment")
            become(intent, reading.intent, {**slots, "commitment": told} if kept_or_missed else slots)
        elif waits:
            become(intent, ANSWER_INTENT, {"answer": told})  # words of its own: the check-in's (or reflection's) answer
        else:
            requests[UNCLEAR] = reading.choices
            requests[TOPIC_WORDS] = {job: _slots_for(job, said, whole, names) for job in reading.choices}

    @staticmethod
    def answer_choice(handler_input: HandlerInput, intent: Intent, choice: dict[str, Any]) -> None:
        """The answer to "Shall I X, or Y?": the job picked (by position or its verb), or
        neither (ended kindly); unclear, asked once more, then how to ask: never a loop."""
        jobs = tuple(j for j in choice.get("jobs", ()) if isinstance(j, str) and j in JOB)
        slot = (intent.slots or {}).get(ANSWER_SLOT)
        said = slot.value if slot is not None and isinstance(slot.value, str) else ""
        picked = (
            chosen(said, jobs) if intent.name == ANSWER_INTENT else "" if intent.name == "AMAZON.NoIntent" else None
        )
        requests = handler_input.attributes_manager.request_attributes
        if picked:
            become(intent, picked, _words_for(handler_input, picked))  # else the handler asks for what it needs
            return
        tries = choice.get("tries", 0)
        requests[UNCLEAR] = jobs
        requests[CHOICE_REPLY] = "none" if picked == "" else "again" if tries == 0 else "give_up"
