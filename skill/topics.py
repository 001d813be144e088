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

from typing import Any, cast

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Intent, IntentRequest

from trust_tracker.models.steering_words import CANCEL_HARD_DAY, REFLECT_ON_SETBACK, requested, spoken

from .boundary import unreadable
from .carrier_reading import said_around, told_around
from .checkin_asked_words import checkin_asked_about
from .days_said import names_a_day, tells_of_a_day
from .dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    FLOW,
    MAX_SLOT_TEXT,
    session_attributes,
)
from .intents.checkin_held import checkin_waits
from .intents.hard_day import SAID_SLOT
from .kind_only import setback_story
from .lapses import lapses_told
from .opener_requests import OFFERED, opener_request
from .safety import SUPPORT_INTENT, distress_said
from .speakers import COUPLE_NAMES
from .topic_families import HARD_DAY, OWN_JOURNAL, START, family
from .topic_question import CHOICE_REPLY, TOPIC_CHOICE, TOPIC_OFFER, TOPIC_OFFER_AGAIN, TOPIC_WORDS, UNCLEAR
from .topic_vocabulary import AGREED_ITEMS, BREACH, COMMON, JOB, JOB_NAMED, KEPT, MISSED
from .topic_words import CARRIERS, chosen, topic_intent, topic_read, without_command
from .topics_commanded import commanded
from .topics_heard import NOTE_INTENTS, agreed, become, carried, told_to_a_safety_carrier

# What may answer "Shall I X, or Y?": the elicited words, a no, a yes (which picks nothing), not understood.
_ANSWERS = {ANSWER_INTENT, "AMAZON.NoIntent", "AMAZON.YesIntent", "AMAZON.FallbackIntent"}


def _slots_for(intent: str, said: str, whole: str, names: tuple[str, ...]) -> dict[str, str]:
    """What the chosen intent's handler reads: the promise's words, a note, the partner named."""
    if intent in (KEPT, MISSED):
        # All of it, as "i {commitment}" carries it: models.logbook reads which promise, and a
        # hedge ("I sort of kept it") is confirmed first.
        named = set(spoken(whole).split()) - COMMON - JOB[intent] - {said}  # or "…my promise yesterday": a day
        return {"commitment": whole if named or names_a_day(whole) else ""}
    if intent in NOTE_INTENTS:
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


def _breach_told(handler_input: HandlerInput, intent: Intent) -> str:
    """A breach told through one of SupportIntent's carriers ("my wife contacted him again", "my
    friend read my journal"): the sentence, for the breach handler to tell whose act it was
    (skill/breach_doer.py); "" for anything else, left to the safety."""
    told = told_to_a_safety_carrier(handler_input, intent)
    names = cast(tuple[str, ...], handler_input.attributes_manager.request_attributes.get(COUPLE_NAMES, ()))
    found = family(told, SUPPORT_INTENT, tuple(n.lower() for n in names))
    return told if found is not None and found.job == BREACH else ""


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
        if not checkin_waits(session) and not distress_said(handler_input) and commanded(handler_input, intent):
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
        promises, boundaries = agreed(handler_input) if job in AGREED_ITEMS else ((), ())
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
