"""One handler per intent: read the request, call one domain operation, say the result.

Handlers get the database session and the clock from `handler_input.context` (a
SkillContext) and never commit: the caller does, once per intent. Domain errors
are turned into speech in one place, the exception handler at the bottom.
"""

from __future__ import annotations

import logging
import re
from abc import abstractmethod
from collections.abc import Callable
from typing import Any, ClassVar, cast

from ask_sdk_core.dispatch_components import (
    AbstractExceptionHandler,
    AbstractRequestHandler,
    AbstractRequestInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_locale, get_slot, is_request_type
from ask_sdk_model import (
    Intent,
    IntentConfirmationStatus,
    IntentRequest,
    Response,
    SessionEndedRequest,
    Slot,
    SlotConfirmationStatus,
)
from ask_sdk_model.dialog import DynamicEntitiesDirective, ElicitSlotDirective
from ask_sdk_model.er.dynamic import (
    Entity,
    EntityListItem,
    EntityValueAndSynonyms,
    UpdateBehavior,
)

from trust_tracker.models import checkins, contracts, milestones, progress, speakers, tracking, voice
from trust_tracker.models.entities import ContractItem, Couple, ItemKind, LogKind, Partner, Source
from trust_tracker.models.errors import DomainError
from trust_tracker.models.localtime import local_now

from . import screens
from .context import SkillContext
from .speech import Language, brief, clause, for_locale, ssml_text

log = logging.getLogger(__name__)

# Session attributes. The lineage ids offered when "which one?" was asked:
PENDING_LOG = "pending_log"
# The partner speaking in this session, once known, and the voice (personId) it was known
# by: a speaker known by voice is not carried over to another voice, or to a turn without one.
SPEAKER, SPEAKER_VOICE = "speaker", "speaker_voice"
# The request that waits for "Is this Alex or Sam?" to be answered: {"name": ..., "slots": {...}}.
PENDING_REQUEST = "pending_request"
# A conversation of several turns in progress (check-in, reflection): {"name": ..., ...}.
FLOW = "flow"
# The question last asked ({"reprompt": ..., "elicit": [intent, slot] | None}): asked again,
# word for word, after "help", "repeat" or something not understood while a flow is open.
LAST_QUESTION = "last_question"
# Partner and commitment names were sent to Alexa (dynamic entities) in this session.
ENTITIES_SENT = "entities_sent"
# Free-form answers are captured by eliciting this intent's slot.
ANSWER_INTENT, ANSWER_SLOT = "AnswerIntent", "answer"
IDENTIFY_INTENT, IDENTIFY_SLOT = "IdentifySpeakerIntent", "name"
LOG_INTENTS = {LogKind.KEPT: "LogKeptIntent", LogKind.MISSED: "LogMissedIntent"}
# Milestones spoken in one go; the site lists the rest.
MAX_SPOKEN_MILESTONES = 2
# Nobody says more than this as a commitment's name; longer is noise, not words to keep.
MAX_SLOT_TEXT = 200
# Lists read aloud stay short; the website has the rest.
MAX_SPOKEN_ITEMS = 6
CODE_DIGITS = 6
# Unclear answers to "Is this Alex or Sam?" before the skill stops asking.
MAX_WHO_TRIES = 2


# --- helpers shared by the handlers ------------------------------------------


def skill_context(handler_input: HandlerInput) -> SkillContext:
    return cast(SkillContext, handler_input.context)


def speech(handler_input: HandlerInput) -> Language:
    # Set by LocaleInterceptor; absent only if the failure came before it ran.
    language = handler_input.attributes_manager.request_attributes.get("language")
    return language if isinstance(language, Language) else for_locale(None)


def slot_text(handler_input: HandlerInput, name: str, limit: int = MAX_SLOT_TEXT) -> str:
    """The slot's words, whitespace tidied and capped; "" when missing or unfilled."""
    slot = get_slot(handler_input, name)
    value = slot.value if slot is not None else None
    return brief(value, limit) if isinstance(value, str) else ""


def session_attributes(handler_input: HandlerInput) -> dict[str, Any]:
    # Never None: parse_envelope refuses requests without a session.
    return cast(dict[str, Any], handler_input.attributes_manager.session_attributes)


def voice_identity(handler_input: HandlerInput) -> tuple[str, str | None]:
    """The Alexa account, and the recognised voice when Alexa knows it."""
    context = handler_input.request_envelope.context
    system = context.system if context is not None else None
    user_id = system.user.user_id if system is not None and system.user is not None else None
    if not isinstance(user_id, str):  # parse_envelope refuses these; never guess who is speaking
        raise TypeError("request without context.System.user.userId")
    person_id = system.person.person_id if system is not None and system.person is not None else None
    return user_id, person_id


def linked_couple(handler_input: HandlerInput) -> Couple | None:
    """The couple this Alexa account is linked to, whoever is speaking."""
    user_id, _ = voice_identity(handler_input)
    return speakers.linked_couple(skill_context(handler_input).session, user_id)


def current_partner(handler_input: HandlerInput) -> Partner | None:
    """Who is speaking, when it is known; None means ask (or link the device first).

    A recognised voice that was named before; else whoever was named earlier in this
    session by this same voice (or, when Alexa sends no voice at all, earlier in this
    session without one); else the only partner of a couple of one. Nothing is guessed:
    a voice Alexa does not know yet is always asked about.
    """
    couple = linked_couple(handler_input)
    if couple is None:
        return None
    user_id, person_id = voice_identity(handler_input)
    session = skill_context(handler_input).session
    attributes = session_attributes(handler_input)
    partner = speakers.recognised_partner(session, user_id, person_id) if person_id else None
    if partner is None and attributes.get(SPEAKER_VOICE) == person_id:
        partner = speakers.member(couple, attributes.get(SPEAKER))
    if partner is None and len(couple.partners) == 1:
        partner = couple.partners[0]
    return partner


def known_speaker(handler_input: HandlerInput, partner: Partner) -> None:
    """Remember for this session who is speaking, and with which voice (None: no voice profile)."""
    attributes = session_attributes(handler_input)
    attributes[SPEAKER] = partner.id
    attributes[SPEAKER_VOICE] = voice_identity(handler_input)[1]


def ask_who(handler_input: HandlerInput, couple: Couple) -> Response:
    """Ask who is speaking, and keep the request to answer once we know."""
    request = handler_input.request_envelope.request
    pending: dict[str, Any] = {"name": "LaunchRequest", "slots": {}}
    if isinstance(request, IntentRequest) and request.intent is not None:
        slots = request.intent.slots or {}
        pending = {
            "name": request.intent.name,
            "slots": {
                name: brief(slot.value, MAX_SLOT_TEXT)
                for name, slot in slots.items()
                if slot is not None and isinstance(slot.value, str)
            },
        }
    session_attributes(handler_input)[PENDING_REQUEST] = pending
    send_names(handler_input, couple)
    language = speech(handler_input)
    names = language.either([p.name for p in couple.partners])
    elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
    key = "who_is_this" if pending["name"] != "LaunchRequest" else "who_is_this_launch"
    return ask(handler_input, language.say(key, names=names), language.say("who_reprompt", names=names))


def send_names(handler_input: HandlerInput, couple: Couple) -> None:
    """Once a session, teach Alexa the partners' names and the commitments' short names."""
    attributes = session_attributes(handler_input)
    if attributes.get(ENTITIES_SENT):
        return
    attributes[ENTITIES_SENT] = True
    names = [
        Entity(id=f"partner-{p.id}", name=EntityValueAndSynonyms(value=p.name, synonyms=[])) for p in couple.partners
    ]
    commitments = [
        Entity(id=f"lineage-{c.lineage_id}", name=EntityValueAndSynonyms(value=c.short_name, synonyms=[]))
        for c in contracts.active_commitments(skill_context(handler_input).session, couple.id)
        if c.short_name
    ]
    types = [EntityListItem(name="PARTNER_NAME", values=names)]
    if commitments:
        types.append(EntityListItem(name="COMMITMENT_NAME", values=commitments))
    handler_input.response_builder.add_directive(
        DynamicEntitiesDirective(update_behavior=UpdateBehavior.REPLACE, types=types)
    )


def elicit(handler_input: HandlerInput, intent: str, slot: str) -> None:
    """Route whatever is said next into `intent`'s `slot` (free-form answers, a name)."""
    handler_input.response_builder.add_directive(
        ElicitSlotDirective(
            slot_to_elicit=slot,
            updated_intent=Intent(
                name=intent,
                confirmation_status=IntentConfirmationStatus.NONE,
                slots={slot: Slot(name=slot, confirmation_status=SlotConfirmationStatus.NONE)},
            ),
        )
    )


def elicit_answer(handler_input: HandlerInput) -> None:
    elicit(handler_input, ANSWER_INTENT, ANSWER_SLOT)


def celebrate(handler_input: HandlerInput, partner: Partner) -> str:
    """What the couple has newly reached, said once: right after a log, or at the next launch."""
    context, language = skill_context(handler_input), speech(handler_input)
    fresh = milestones.celebrate(context.session, partner, context.now)
    if not fresh:
        return ""
    newest = fresh[-MAX_SPOKEN_MILESTONES:]
    parts = [language.say("celebrate_intro")] + [brief(language.milestone(m), 200) for m in newest]
    if len(fresh) > len(newest):
        parts.append(language.say("celebrate_more", count=len(fresh) - len(newest)))
    return " ".join(parts)


def tell(handler_input: HandlerInput, text: str) -> Response:
    """A statement: speak, and end the session."""
    session_attributes(handler_input).pop(FLOW, None)
    return handler_input.response_builder.speak(ssml_text(text)).set_should_end_session(True).response


def tell_ssml(handler_input: HandlerInput, ssml: str) -> Response:
    """A statement already in SSML (pauses): only for text written here, never for user words."""
    return handler_input.response_builder.speak(ssml).set_should_end_session(True).response


def ask(handler_input: HandlerInput, text: str, reprompt: str) -> Response:
    """A question: speak, keep the session open, and repeat the prompt if nobody answers.

    The reprompt (the question on its own) and the slot it elicits are remembered, so
    "help" or "repeat that" can ask it again without losing the place.
    """
    response = handler_input.response_builder.speak(ssml_text(text)).ask(ssml_text(reprompt)).response
    elicited = next((d for d in response.directives or [] if isinstance(d, ElicitSlotDirective)), None)
    session_attributes(handler_input)[LAST_QUESTION] = {
        "reprompt": reprompt,
        "elicit": (
            [elicited.updated_intent.name, elicited.slot_to_elicit]
            if elicited is not None and elicited.updated_intent is not None
            else None
        ),
    }
    return response


# Intents whose slot the skill elicits; anything else read back from the session is ignored.
ELICITED = {
    (ANSWER_INTENT, ANSWER_SLOT),
    (IDENTIFY_INTENT, IDENTIFY_SLOT),
    ("LogKeptIntent", "commitment"),
    ("LogMissedIntent", "commitment"),
    ("LogReliabilityIntent", "note"),
    ("LogSmallWinIntent", "note"),
}


def ask_again(handler_input: HandlerInput, prefix: str = "") -> Response | None:
    """The pending question of an open conversation asked again (after `prefix`), with its
    slot elicited again; None when no conversation waits for an answer."""
    attributes = session_attributes(handler_input)
    if not any(isinstance(attributes.get(key), dict) for key in (FLOW, PENDING_LOG, PENDING_REQUEST)):
        return None
    question = attributes.get(LAST_QUESTION)
    if not isinstance(question, dict):
        return None
    reprompt = question.get("reprompt")
    if not isinstance(reprompt, str) or not reprompt:
        return None
    target = question.get("elicit")
    if isinstance(target, list) and len(target) == 2 and tuple(target) in ELICITED:
        elicit(handler_input, target[0], target[1])
    return ask(handler_input, " ".join(filter(None, [prefix, brief(reprompt, 1000)])), brief(reprompt, 1000))


def current_flow(handler_input: HandlerInput) -> dict[str, Any]:
    """The conversation in progress ({} when none); changes to it are kept in the session."""
    flow = session_attributes(handler_input).get(FLOW)
    return flow if isinstance(flow, dict) else {}


def what_next(handler_input: HandlerInput, prefix: str = "") -> Response:
    """Back to the start: say `prefix`, then offer what can be done."""
    say = speech(handler_input).say
    return ask(handler_input, " ".join(filter(None, [prefix, say("what_next")])), say("what_next_reprompt"))


def not_linked(handler_input: HandlerInput) -> Response:
    # Kept open: the code is the natural next thing to say.
    say = speech(handler_input).say
    return ask(handler_input, say("not_linked"), say("not_linked_reprompt"))


def spoken_list(language: Language, items: list[ContractItem]) -> list[str]:
    names = [clause(item.spoken_name) for item in items[:MAX_SPOKEN_ITEMS]]
    if len(items) > MAX_SPOKEN_ITEMS:
        names.append(language.say("more", count=len(items) - MAX_SPOKEN_ITEMS))
    return names


def pairing_code(said: str) -> str | None:
    """ "481516", "4 8 1 5 1 6", or "4815" for "zero zero four eight one five" (AMAZON.NUMBER
    drops leading zeros) -> six digits; anything else -> None. One to three digits is not
    a code with its zeros dropped but part of one: asked again, without using up an attempt."""
    digits = "".join(said.split())
    if not re.fullmatch(rf"[0-9]{{{CODE_DIGITS - 2},{CODE_DIGITS}}}", digits):
        return None
    return digits.zfill(CODE_DIGITS)


# --- the handlers --------------------------------------------------------------


class LocaleInterceptor(AbstractRequestInterceptor):
    """Picks the phrases for the request's locale (unknown locales: en-US)."""

    def process(self, handler_input: HandlerInput) -> None:
        locale = get_locale(handler_input)
        handler_input.attributes_manager.request_attributes["language"] = for_locale(
            locale if isinstance(locale, str) else None
        )


class IntentHandler(AbstractRequestHandler):
    """Handles the intents named in `intents`; the tests check them against the model."""

    intents: ClassVar[tuple[str, ...]] = ()

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in self.intents


def for_speaker(handler_input: HandlerInput, act: Callable[[Partner], Response]) -> Response:
    """`act` for the partner who is speaking: an unlinked device is told how to link
    instead, and nothing is done for anyone until it is known who is speaking."""
    couple = linked_couple(handler_input)
    if couple is None:
        return not_linked(handler_input)
    partner = current_partner(handler_input)
    if partner is None:
        return ask_who(handler_input, couple)
    known_speaker(handler_input, partner)
    send_names(handler_input, couple)
    return act(partner)


class PartnerIntentHandler(IntentHandler):
    """An intent that acts for the partner who is speaking (see for_speaker)."""

    def handle(self, handler_input: HandlerInput) -> Response:
        return for_speaker(handler_input, lambda partner: self.handle_for(handler_input, partner))

    @abstractmethod
    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        """Handle the intent for the partner behind this device."""


class LaunchRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return for_speaker(handler_input, lambda partner: welcome(handler_input, partner))


def welcome(handler_input: HandlerInput, partner: Partner) -> Response:
    """Hello, what is worth celebrating since last time, and where the check-in stands."""
    context, language = skill_context(handler_input), speech(handler_input)
    status = checkins.checkin_status(context.session, partner.couple, context.now)
    here = local_now(partner.couple, context.now)
    parts = [language.say("welcome", name=partner.name), celebrate(handler_input, partner)]
    resume = checkins.next_question(context.session, partner, context.now)
    if resume is not None and resume[0] > 0:  # started this week, not finished
        parts.append(language.say("checkin_resumable"))
    elif status.due:
        parts.append(language.say("checkin_due"))
    elif status.slot > here and not checkins.checkin_progress(context.session, partner.couple, context.now).complete:
        # later this week; once done, it is not mentioned again
        parts.append(language.say("checkin_next", when=language.when(status.slot, here.date())))
    parts.append(language.say("what_next"))
    if screens.has_screen(handler_input):  # an Echo Show: this week's tracker while they decide
        screens.tracker(handler_input, progress.progress(context.session, partner, context.now))
    return ask(handler_input, " ".join(p for p in parts if p), language.say("what_next_reprompt"))


# What the words themselves say happened, whichever intent Alexa picked: "log that I
# forgot to call" is a miss; "I kept my promise to call" (answering "which one did you
# miss?") is a keep.
_MISSED_WORDS = re.compile(
    r"\b(missed|miss|forgot|forget|forgotten|didn't|didnt|did not|didn't get to|failed|couldn't|could not|"
    r"wasn't able|was not able|never|broke|skipped)\b"
)
_KEPT_WORDS = re.compile(r"\b(kept|remembered|followed through|managed to)\b")
# "None of those", "something else": the entry is kept unattached, with the words said.
_NONE_OF_THOSE = re.compile(
    r"^(?:no|nope|neither|none|none of (?:those|them|these)|something else|another one|"
    r"a different one|other|not (?:those|that|them|any of (?:those|them)))$"
)
_ORDINALS = {
    "first": 0,
    "one": 0,
    "1st": 0,
    "second": 1,
    "two": 1,
    "2nd": 1,
    "third": 2,
    "three": 2,
    "3rd": 2,
    "fourth": 3,
    "four": 3,
    "4th": 3,
    "fifth": 4,
    "five": 4,
    "5th": 4,
    "sixth": 5,
    "six": 5,
    "6th": 5,
    "last": -1,
}
# Said around a commitment's name: dropped to leave the person's own words for it.
_LEAD_IN = re.compile(
    r"^(?:(?:that|i|i'm|im|sorry|my|our|the|a|promise|to|about|log|record|kept|missed|forgot|"
    r"didn't|did not|remembered|commitment)\b\s*)+"
)
# "Which one?" is asked at most this many times in a row; then the entry is kept unattached.
MAX_WHICH_ONE = 2


def their_words(said: str, item: ContractItem) -> str:
    """What they called the commitment ("call when running late"), or "" when it is just its name."""
    words = _LEAD_IN.sub("", said.lower()).strip(" .,!?")
    name = " ".join(item.spoken_name.lower().split()).strip(" .,!?")
    return brief(words, 80) if words and words != name else ""


def kind_said(said: str, kind: LogKind) -> LogKind:
    """The kind of entry the words describe: a miss said as a keep is still a miss."""
    text = said.lower()
    if _MISSED_WORDS.search(text):
        return LogKind.MISSED
    if kind is LogKind.MISSED and _KEPT_WORDS.search(text):
        return LogKind.KEPT
    return kind


def _ordinal(said: str, offered: list[ContractItem]) -> ContractItem | None:
    """ "The first one", "the second", "number two": one of the commitments just offered."""
    words = re.findall(r"[a-z0-9]+", said.lower())
    if (
        not offered
        or not words
        or len(words) > 4
        or not set(words) <= set(_ORDINALS) | {"the", "one", "number", "it", "was", "that", "option"}
    ):
        return None
    position = next((_ORDINALS[w] for w in words if w in _ORDINALS and w != "one"), None)
    if position is None and words in (["one"], ["the", "one"], ["number", "one"]):
        position = 0
    if position is None or position >= len(offered):
        return None
    return offered[position]


def log_commitment(handler_input: HandlerInput, partner: Partner, kind: LogKind) -> Response:
    """Kept or missed, for the commitment named in the `commitment` slot.

    Without a commitment named, the entry is logged straight away, unattached, and the
    confirmation suggests naming it next time. Asking "which one?" instead would turn
    the quickest thing people do into a quiz on a shared speaker; naming it is one
    sentence away. With a name: one match is logged; several, or none, ask which one
    (listing the speaker's own and shared commitments), remember the candidates in the
    session, and the answer completes the log: by name, by position ("the first one"),
    or "none of those" (logged unattached, with the words said as its note). After
    two unclear answers it is logged unattached too. The words decide kept or missed
    ("log that I forgot to call" is a miss). A miss goes on to offer a reflection; a
    keep ends with the confirmation and anything newly worth celebrating.
    """
    context, language = skill_context(handler_input), speech(handler_input)
    attributes = session_attributes(handler_input)
    said = slot_text(handler_input, "commitment")
    if not re.search(r"\w", said) or speakers.partner_named(partner.couple, said):
        said = ""  # only punctuation, Alexa's "?", or "my promise to Sam": no commitment named
    offered_before = attributes.get(PENDING_LOG)
    asked_before = isinstance(offered_before, dict)
    if not isinstance(offered_before, dict):
        offered_before = {}
    kind = kind_said(said, kind)
    agreed = contracts.active_commitments(context.session, partner.couple_id)
    # Offered when asking "which one?": their own and shared ones, not the partner's.
    commitments = [c for c in agreed if c.owner_id in (None, partner.id)]
    pending = _pending(attributes, commitments, kind)
    tries = offered_before.get("tries", 0)
    tries = tries if isinstance(tries, int) and not isinstance(tries, bool) else 0
    key = kind.value

    def done(entry_id: int, confirmation: str) -> Response:
        attributes.pop(PENDING_LOG, None)
        if kind is LogKind.MISSED:
            return offer_reflection(handler_input, partner, entry_id, confirmation)
        screens.summary_card(handler_input, language.say("card_logged"), confirmation)
        return tell(handler_input, " ".join(filter(None, [confirmation, celebrate(handler_input, partner)])))

    def unattached(note: str) -> Response:
        entry_id = _log(handler_input, partner, kind, note=note)
        if note:
            return done(entry_id, language.say(f"logged_words_{key}", said=clause(note, 80)))
        return done(entry_id, language.say(f"logged_unnamed_{key}"))

    if not said and pending:
        if tries >= MAX_WHICH_ONE:
            return unattached("")
        return _which_one(handler_input, kind, "which_one", pending, tries=tries)
    if not said:
        entry_id = _log(handler_input, partner, kind)
        if commitments:
            example = clause(commitments[0].spoken_name)
            return done(entry_id, language.say(f"logged_unnamed_hint_{key}", example=example))
        return done(entry_id, language.say(f"logged_unnamed_{key}"))
    if not agreed:
        # No agreed contract to match against: keep their words as the note.
        entry_id = _log(handler_input, partner, kind, note=said)
        return done(entry_id, language.say(f"logged_no_contract_{key}", said=clause(said, 80)))
    if asked_before and _NONE_OF_THOSE.match(" ".join(re.findall(r"[a-z']+", said.lower()))):
        words = offered_before.get("said")
        return unattached(words if isinstance(words, str) else "")
    picked = _ordinal(said, pending) if asked_before else None
    matches = [picked] if picked else contracts.match_commitments(context.session, partner.couple_id, said)
    matches = [m for m in matches if m.owner_id in (None, partner.id)] or matches[:1]
    if len(matches) > 1 and pending:
        # An answer to "which one?" that fits several: prefer those that were offered.
        offered = {c.lineage_id for c in pending}
        matches = [m for m in matches if m.lineage_id in offered] or matches
    if len(matches) == 1:
        # Confirmed in their own words, kept as the note; an answer to "which one?" is just the name.
        words = their_words(said, matches[0]) if not asked_before else ""
        entry_id = _log(handler_input, partner, kind, lineage_id=matches[0].lineage_id, note=words)
        return done(entry_id, language.say(f"logged_{key}", commitment=clause(words or matches[0].spoken_name)))
    if tries >= MAX_WHICH_ONE:  # two tries are enough: keep it, with the words said
        words = offered_before.get("said")
        return unattached(words if isinstance(words, str) else said)
    first_words = offered_before.get("said") if asked_before else None
    remembered = first_words if isinstance(first_words, str) else said
    if matches:
        return _which_one(handler_input, kind, "which_one", matches, tries=tries, said_first=remembered)
    if not (pending or commitments):
        return unattached(said)
    return _which_one(
        handler_input,
        kind,
        "no_match",
        pending or commitments,
        tries=tries,
        said_first=remembered,
        said=clause(said, 80),
    )


def _pending(attributes: dict[str, Any], commitments: list[ContractItem], kind: LogKind) -> list[ContractItem]:
    # Session attributes come back from the device: use only ids that are still ours,
    # and only for the same kind of entry ("which one?" after a miss is not a keep).
    offered = attributes.get(PENDING_LOG)
    if not isinstance(offered, dict) or offered.get("kind") != kind.value or not isinstance(offered.get("ids"), list):
        return []
    ids = offered["ids"]
    return [c for c in commitments if c.lineage_id in ids]


def _which_one(
    handler_input: HandlerInput,
    kind: LogKind,
    key: str,
    candidates: list[ContractItem],
    *,
    tries: int = 0,
    said_first: str = "",
    **values: str,
) -> Response:
    language = speech(handler_input)
    session_attributes(handler_input)[PENDING_LOG] = {
        "kind": kind.value,
        "ids": [c.lineage_id for c in candidates],
        "tries": tries + 1,
        "said": said_first,
    }
    options = language.either(spoken_list(language, candidates))
    # Whatever is said next names the commitment, for this same kind of entry.
    elicit(handler_input, LOG_INTENTS[kind], "commitment")
    return ask(
        handler_input,
        language.say(f"{key}_{kind.value}", options=options, **values),
        language.say(f"which_one_reprompt_{kind.value}", options=options),
    )


def offer_reflection(handler_input: HandlerInput, partner: Partner, entry_id: int, confirmation: str) -> Response:
    """After a miss or a breach: thanks for the honesty, and a short reflection offered."""
    say = speech(handler_input).say
    session_attributes(handler_input)[FLOW] = {"name": "setback", "step": "reflect?", "entry": entry_id}
    screens.summary_card(handler_input, say("card_logged"), confirmation)
    return ask(
        handler_input, " ".join([say("honesty"), confirmation, say("offer_reflect")]), say("offer_reflect_reprompt")
    )


def _log(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, *, lineage_id: int | None = None, note: str = ""
) -> int:
    context = skill_context(handler_input)
    return tracking.log_entry(
        context.session,
        partner,
        kind,
        source=Source.VOICE,
        lineage_id=lineage_id,
        note=note,
        now=context.now,
    ).id


class LogKeptIntentHandler(PartnerIntentHandler):
    """ "I kept my promise (to call when late)": see log_commitment."""

    intents = ("LogKeptIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        # A name said while a reflection or check-in waits is a new request: drop the old place.
        session_attributes(handler_input).pop(FLOW, None)
        return log_commitment(handler_input, partner, LogKind.KEPT)


class IdentifySpeakerIntentHandler(IntentHandler):
    """The answer to "Is this Alex or Sam?": remembered (for this voice, or this session),
    then the request that was waiting is answered as if it had just been made."""

    intents = (IDENTIFY_INTENT,)

    def __init__(self, replay_to: list[AbstractRequestHandler]) -> None:
        self.replay_to = replay_to

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        language = speech(handler_input)
        attributes = session_attributes(handler_input)
        said = slot_text(handler_input, IDENTIFY_SLOT)
        partner = speakers.partner_named(couple, said)
        if not isinstance(attributes.get(PENDING_REQUEST), dict):
            return self._unasked(handler_input, couple, partner, said)
        if partner is None:
            pending = attributes[PENDING_REQUEST]
            tries = pending.get("tries", 0)
            pending["tries"] = tries + 1 if isinstance(tries, int) else 1
            names = language.either([p.name for p in couple.partners])
            if pending["tries"] >= MAX_WHO_TRIES:  # a way out, not the same question for ever
                attributes.pop(PENDING_REQUEST, None)
                return tell(handler_input, language.say("who_give_up", names=names))
            elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
            return ask(
                handler_input, language.say("who_unclear", names=names), language.say("who_reprompt", names=names)
            )
        known_speaker(handler_input, partner)
        user_id, person_id = voice_identity(handler_input)
        if person_id:
            speakers.remember_voice(skill_context(handler_input).session, user_id, person_id, partner)
        pending = attributes.pop(PENDING_REQUEST, None)
        name = pending.get("name") if isinstance(pending, dict) else None
        slots = pending.get("slots") if isinstance(pending, dict) else None
        if name == "LaunchRequest" or not isinstance(name, str) or name == IDENTIFY_INTENT:
            return welcome(handler_input, partner)
        request = cast(IntentRequest, handler_input.request_envelope.request)
        request.intent = Intent(
            name=name,
            confirmation_status=IntentConfirmationStatus.NONE,
            slots={
                slot: Slot(
                    name=slot, value=brief(value, MAX_SLOT_TEXT), confirmation_status=SlotConfirmationStatus.NONE
                )
                for slot, value in (slots.items() if isinstance(slots, dict) else [])
                if isinstance(slot, str) and isinstance(value, str)
            },
        )
        return self._replay(handler_input)

    def _replay(self, handler_input: HandlerInput) -> Response:
        handler = next(h for h in self.replay_to if h is not self and h.can_handle(handler_input))
        return cast(Response, handler.handle(handler_input))

    def _unasked(self, handler_input: HandlerInput, couple: Couple, partner: Partner | None, said: str) -> Response:
        """A name (or something like one) said when nobody asked who is speaking.

        "Yes, Sam's here" answers "Is Sam with you?"; a name said to nobody in particular
        identifies only a speaker not known yet, and never moves a known voice to the
        other partner; anything else ("I'm so tired") was not a name at all.
        """
        flow = current_flow(handler_input)
        if (flow.get("name"), flow.get("step")) == ("checkin", "together?") and said:
            request = cast(IntentRequest, handler_input.request_envelope.request)
            negated = speakers.partner_named(couple, said) is None and bool(
                re.search(r"\b(no|not|isn't|nope)\b", said.lower())
            )
            request.intent = Intent(
                name="AMAZON.NoIntent" if negated else "AMAZON.YesIntent",
                confirmation_status=IntentConfirmationStatus.NONE,
                slots={},
            )
            return self._replay(handler_input)
        known = current_partner(handler_input)
        language = speech(handler_input)
        if known is not None:
            known_speaker(handler_input, known)
            return what_next(handler_input, language.say("who_known", name=known.name))
        if partner is None:
            return ask(handler_input, language.say("fallback"), language.say("what_next_reprompt"))
        session_attributes(handler_input)[PENDING_REQUEST] = {"name": "LaunchRequest", "slots": {}}
        return self.handle(handler_input)


class LinkDeviceIntentHandler(IntentHandler):
    """ "My code is four eight one five one six": links this Alexa account (and voice) to a partner."""

    intents = ("LinkDeviceIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        said = slot_text(handler_input, "code")
        code = pairing_code(said)
        if code is None:
            return ask(handler_input, say("code_unclear" if said else "code_missing"), say("code_reprompt"))
        user_id, person_id = voice_identity(handler_input)
        partner = voice.link_device(context.session, code, alexa_user_id=user_id, person_id=person_id, now=context.now)
        if partner is None:  # the failed attempt is recorded and committed: it counts
            return ask(handler_input, say("code_wrong"), say("code_reprompt"))
        known_speaker(handler_input, partner)  # whoever said the code is speaking
        return tell(handler_input, say("linked", name=partner.name))


class ReadCheckInQuestionsIntentHandler(PartnerIntentHandler):
    intents = ("ReadCheckInQuestionsIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        questions = checkins.questions(context.session, partner.couple_id)
        if not questions:
            return tell(handler_input, say("no_questions"))
        parts = [say("questions_intro")]
        parts += [say("question", number=i, text=q) for i, q in enumerate(questions, start=1)]
        parts.append(say("questions_outro"))
        return tell(handler_input, " ".join(parts))


class ReadContractIntentHandler(PartnerIntentHandler):
    intents = ("ReadContractIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        version = contracts.active_version(context.session, partner.couple_id)
        if version is None:
            return tell(handler_input, language.say("no_contract"))
        parts = [language.say("contract_intro", number=version.number)]
        for kind, key in ((ItemKind.COMMITMENT, "contract_commitments"), (ItemKind.BOUNDARY, "contract_boundaries")):
            items = version.items_of(kind)
            if items:
                parts.append(language.say(key, items=language.both(spoken_list(language, items))))
        if len(parts) == 1:
            parts.append(language.say("contract_empty"))
        return tell(handler_input, " ".join(parts))


class HelpIntentHandler(IntentHandler):
    intents = ("AMAZON.HelpIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        if linked_couple(handler_input) is None:
            return ask(handler_input, say("help_not_linked"), say("not_linked_reprompt"))
        return ask_again(handler_input, say("help_pending")) or ask(
            handler_input, say("help"), say("what_next_reprompt")
        )


class ExitIntentHandler(IntentHandler):
    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return tell(handler_input, speech(handler_input).say("goodbye"))


class FallbackIntentHandler(IntentHandler):
    intents = ("AMAZON.FallbackIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        return ask_again(handler_input, say("fallback_pending")) or ask(
            handler_input, say("fallback"), say("what_next_reprompt")
        )


class RepeatIntentHandler(IntentHandler):
    """ "Repeat that", "can you repeat the question": the pending question again."""

    intents = ("AMAZON.RepeatIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return ask_again(handler_input) or what_next(handler_input, speech(handler_input).say("nothing_to_repeat"))


class SessionEndedRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = cast(SessionEndedRequest, handler_input.request_envelope.request)
        if request.error is not None:
            log.warning("session ended with an error: %s %s", request.error.object_type, request.error.message)
        # Alexa ignores any speech here: an empty response.
        return handler_input.response_builder.response


class UnknownIntentHandler(AbstractRequestHandler):
    """Any other intent (one in a newer model than this code, say): offer what we can do."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        log.info("no handler for intent %s", get_intent_name(handler_input))
        say = speech(handler_input).say
        return ask(handler_input, say("unknown_intent"), say("what_next_reprompt"))


class ErrorHandler(AbstractExceptionHandler):
    """The one place failures become speech; either way the intent's transaction is rolled back.

    A DomainError's message is written for the person (e.g. too many wrong codes) and is
    spoken as it is; anything else is a bug: logged with its traceback, and an apology.
    """

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        skill_context(handler_input).failed = True
        if isinstance(exception, DomainError):
            log.info("refused: %s: %s", type(exception).__name__, exception)
            return tell(handler_input, str(exception))
        log.error("the skill failed", exc_info=exception)
        return tell(handler_input, speech(handler_input).say("sorry"))
