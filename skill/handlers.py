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
from xml.sax.saxutils import escape

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

from models import checkins, contracts, milestones, progress, speakers, tracking, voice
from models.entities import ContractItem, Couple, ItemKind, LogKind, Partner, Source
from models.errors import DomainError
from models.localtime import local_now

from . import screens
from .context import SkillContext
from .speech import Language, brief, clause, for_locale

log = logging.getLogger(__name__)

# Session attributes. The lineage ids offered when "which one?" was asked:
PENDING_LOG = "pending_log"
# The partner speaking in this session, once known:
SPEAKER = "speaker"
# The request that waits for "Is this Alex or Sam?" to be answered: {"name": ..., "slots": {...}}.
PENDING_REQUEST = "pending_request"
# A conversation of several turns in progress (check-in, reflection): {"name": ..., ...}.
FLOW = "flow"
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
    session; else the only partner of a couple of one. Nothing is guessed.
    """
    couple = linked_couple(handler_input)
    if couple is None:
        return None
    user_id, person_id = voice_identity(handler_input)
    session = skill_context(handler_input).session
    partner = speakers.recognised_partner(session, user_id, person_id) if person_id else None
    partner = partner or speakers.member(couple, session_attributes(handler_input).get(SPEAKER))
    if partner is None and len(couple.partners) == 1:
        partner = couple.partners[0]
    return partner


def ask_who(handler_input: HandlerInput, couple: Couple) -> Response:
    """Ask who is speaking, and keep the request to answer once we know."""
    request = handler_input.request_envelope.request
    pending: dict[str, Any] = {"name": "LaunchRequest", "slots": {}}
    if isinstance(request, IntentRequest) and request.intent is not None:
        slots = request.intent.slots or {}
        pending = {
            "name": request.intent.name,
            "slots": {name: brief(slot.value, MAX_SLOT_TEXT) for name, slot in slots.items()
                      if slot is not None and isinstance(slot.value, str)},
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
    names = [Entity(id=f"partner-{p.id}", name=EntityValueAndSynonyms(value=p.name, synonyms=[]))
             for p in couple.partners]
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
    parts = [language.say("celebrate_intro")] + [brief(m.description, 200) for m in newest]
    if len(fresh) > len(newest):
        parts.append(language.say("celebrate_more", count=len(fresh) - len(newest)))
    return " ".join(parts)


def tell(handler_input: HandlerInput, text: str) -> Response:
    """A statement: speak, and end the session."""
    session_attributes(handler_input).pop(FLOW, None)
    return handler_input.response_builder.speak(escape(text)).set_should_end_session(True).response


def tell_ssml(handler_input: HandlerInput, ssml: str) -> Response:
    """A statement already in SSML (pauses): only for text written here, never for user words."""
    return handler_input.response_builder.speak(ssml).set_should_end_session(True).response


def ask(handler_input: HandlerInput, text: str, reprompt: str) -> Response:
    """A question: speak, keep the session open, and repeat the prompt if nobody answers."""
    return handler_input.response_builder.speak(escape(text)).ask(escape(reprompt)).response


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
    """"481516", "4 8 1 5 1 6", or "4815" for "zero zero four eight one five" (AMAZON.NUMBER
    drops leading zeros) -> six digits; anything else -> None."""
    digits = "".join(said.split())
    if not re.fullmatch(rf"[0-9]{{1,{CODE_DIGITS}}}", digits):
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
    session_attributes(handler_input)[SPEAKER] = partner.id
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
    elif status.slot > here:  # later this week; once done, it is not mentioned again
        parts.append(language.say("checkin_next", when=language.when(status.slot, here.date())))
    parts.append(language.say("what_next"))
    if screens.has_screen(handler_input):  # an Echo Show: this week's tracker while they decide
        screens.tracker(handler_input, progress.progress(context.session, partner, context.now))
    return ask(handler_input, " ".join(p for p in parts if p), language.say("what_next_reprompt"))


def log_commitment(
    handler_input: HandlerInput,
    partner: Partner,
    kind: LogKind,
    after: Callable[[HandlerInput, Partner, int, str], Response] | None = None,
) -> Response:
    """Kept or missed, for the commitment named in the `commitment` slot.

    Without a commitment named, the entry is logged straight away, unattached, and the
    confirmation suggests naming it next time. Asking "which one?" instead would turn
    the quickest thing people do into a quiz on a shared speaker; naming it is one
    sentence away. With a name: one match is logged; several, or none, ask which one
    (listing them), remember the candidates in the session, and the answer completes
    the log. `after` continues the conversation (a reflection after a miss); by
    default the confirmation ends it, with anything newly worth celebrating.
    """
    context, language = skill_context(handler_input), speech(handler_input)
    attributes = session_attributes(handler_input)
    said = slot_text(handler_input, "commitment")
    if not re.search(r"\w", said):  # only punctuation, or Alexa's "?": no words to match
        said = ""
    commitments = contracts.active_commitments(context.session, partner.couple_id)
    pending = _pending(attributes, commitments, kind)
    key = kind.value

    def done(entry_id: int, confirmation: str) -> Response:
        attributes.pop(PENDING_LOG, None)
        if after is not None:
            return after(handler_input, partner, entry_id, confirmation)
        screens.summary_card(handler_input, language.say("card_logged"), confirmation)
        return tell(handler_input, " ".join(filter(None, [confirmation, celebrate(handler_input, partner)])))

    if not said and pending:
        return _which_one(handler_input, kind, "which_one", pending)
    if not said:
        entry_id = _log(handler_input, partner, kind)
        if commitments:
            example = clause(commitments[0].spoken_name)
            return done(entry_id, language.say(f"logged_unnamed_hint_{key}", example=example))
        return done(entry_id, language.say(f"logged_unnamed_{key}"))
    if not commitments:
        # No agreed contract to match against: keep their words as the note.
        entry_id = _log(handler_input, partner, kind, note=said)
        return done(entry_id, language.say(f"logged_no_contract_{key}", said=clause(said, 80)))

    matches = contracts.match_commitments(context.session, partner.couple_id, said)
    if len(matches) > 1 and pending:
        # An answer to "which one?" that fits several: prefer those that were offered.
        offered = {c.lineage_id for c in pending}
        matches = [m for m in matches if m.lineage_id in offered] or matches
    if len(matches) == 1:
        entry_id = _log(handler_input, partner, kind, lineage_id=matches[0].lineage_id)
        return done(entry_id, language.say(f"logged_{key}", commitment=clause(matches[0].spoken_name)))
    if matches:
        return _which_one(handler_input, kind, "which_one", matches)
    return _which_one(handler_input, kind, "no_match", pending or commitments, said=clause(said, 80))


def _pending(attributes: dict[str, Any], commitments: list[ContractItem], kind: LogKind) -> list[ContractItem]:
    # Session attributes come back from the device: use only ids that are still ours,
    # and only for the same kind of entry ("which one?" after a miss is not a keep).
    offered = attributes.get(PENDING_LOG)
    if not isinstance(offered, dict) or offered.get("kind") != kind.value or not isinstance(offered.get("ids"), list):
        return []
    ids = offered["ids"]
    return [c for c in commitments if c.lineage_id in ids]


def _which_one(
    handler_input: HandlerInput, kind: LogKind, key: str, candidates: list[ContractItem], **values: str
) -> Response:
    language = speech(handler_input)
    session_attributes(handler_input)[PENDING_LOG] = {
        "kind": kind.value, "ids": [c.lineage_id for c in candidates]
    }
    options = language.either(spoken_list(language, candidates))
    # Whatever is said next names the commitment, for this same kind of entry.
    elicit(handler_input, LOG_INTENTS[kind], "commitment")
    return ask(
        handler_input,
        language.say(f"{key}_{kind.value}", options=options, **values),
        language.say(f"which_one_reprompt_{kind.value}", options=options),
    )


def _log(handler_input: HandlerInput, partner: Partner, kind: LogKind, *, lineage_id: int | None = None,
         note: str = "") -> int:
    context = skill_context(handler_input)
    return tracking.log_entry(
        context.session, partner, kind, source=Source.VOICE, lineage_id=lineage_id, note=note, now=context.now,
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
        partner = speakers.partner_named(couple, slot_text(handler_input, IDENTIFY_SLOT))
        if partner is None:
            names = language.either([p.name for p in couple.partners])
            elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
            return ask(handler_input, language.say("who_unclear", names=names),
                       language.say("who_reprompt", names=names))
        attributes = session_attributes(handler_input)
        attributes[SPEAKER] = partner.id
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
                slot: Slot(name=slot, value=brief(value, MAX_SLOT_TEXT),
                           confirmation_status=SlotConfirmationStatus.NONE)
                for slot, value in (slots.items() if isinstance(slots, dict) else [])
                if isinstance(slot, str) and isinstance(value, str)
            },
        )
        handler = next(h for h in self.replay_to if h is not self and h.can_handle(handler_input))
        return cast(Response, handler.handle(handler_input))


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
        partner = voice.link_device(context.session, code, alexa_user_id=user_id, person_id=person_id,
                                    now=context.now)
        if partner is None:  # the failed attempt is recorded and committed: it counts
            return ask(handler_input, say("code_wrong"), say("code_reprompt"))
        session_attributes(handler_input)[SPEAKER] = partner.id  # whoever said the code is speaking
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
        return ask(handler_input, say("help"), say("what_next_reprompt"))


class ExitIntentHandler(IntentHandler):
    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return tell(handler_input, speech(handler_input).say("goodbye"))


class FallbackIntentHandler(IntentHandler):
    intents = ("AMAZON.FallbackIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        return ask(handler_input, say("fallback"), say("what_next_reprompt"))


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
