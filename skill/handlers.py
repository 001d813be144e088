"""One handler per intent: read the request, call one domain operation, say the result.

Handlers get the database session and the clock from `handler_input.context` (a
SkillContext) and never commit: the caller does, once per intent. Domain errors
are turned into speech in one place, the exception handler at the bottom.
"""

from __future__ import annotations

import logging
import re
from abc import abstractmethod
from typing import Any, ClassVar, cast
from xml.sax.saxutils import escape

from ask_sdk_core.dispatch_components import (
    AbstractExceptionHandler,
    AbstractRequestHandler,
    AbstractRequestInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_locale, get_slot, is_request_type
from ask_sdk_model import Response, SessionEndedRequest

from models import checkins, contracts, tracking, voice
from models.entities import ContractItem, ItemKind, LogKind, Partner, Source
from models.errors import DomainError
from models.localtime import local_now

from .context import SkillContext
from .speech import Language, brief, clause, for_locale

log = logging.getLogger(__name__)

# Session attribute: the lineage ids offered when "which one?" was asked.
PENDING_LOG = "pending_log"
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


def slot_text(handler_input: HandlerInput, name: str) -> str:
    """The slot's words, whitespace tidied and capped; "" when missing or unfilled."""
    slot = get_slot(handler_input, name)
    value = slot.value if slot is not None else None
    return brief(value, MAX_SLOT_TEXT) if isinstance(value, str) else ""


def session_attributes(handler_input: HandlerInput) -> dict[str, Any]:
    # Never None: parse_envelope refuses requests without a session.
    return cast(dict[str, Any], handler_input.attributes_manager.session_attributes)


def voice_identity(handler_input: HandlerInput) -> tuple[str, str | None]:
    """The Alexa account, and the recognised voice when Alexa knows it."""
    context = handler_input.request_envelope.context
    system = context.system if context is not None else None
    user_id = system.user.user_id if system is not None and system.user is not None else None
    if not isinstance(user_id, str):  # parse_envelope refuses these; never guess who is speaking
        raise ValueError("request without context.System.user.userId")
    person_id = system.person.person_id if system is not None and system.person is not None else None
    return user_id, person_id


def current_partner(handler_input: HandlerInput) -> Partner | None:
    user_id, person_id = voice_identity(handler_input)
    return voice.partner_for_voice(skill_context(handler_input).session, user_id, person_id)


def tell(handler_input: HandlerInput, text: str) -> Response:
    """A statement: speak, and end the session."""
    return handler_input.response_builder.speak(escape(text)).set_should_end_session(True).response


def ask(handler_input: HandlerInput, text: str, reprompt: str) -> Response:
    """A question: speak, keep the session open, and repeat the prompt if nobody answers."""
    return handler_input.response_builder.speak(escape(text)).ask(escape(reprompt)).response


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


class PartnerIntentHandler(IntentHandler):
    """An intent that acts for a partner: an unlinked device is told how to link instead."""

    def handle(self, handler_input: HandlerInput) -> Response:
        partner = current_partner(handler_input)
        if partner is None:
            return not_linked(handler_input)
        return self.handle_for(handler_input, partner)

    @abstractmethod
    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        """Handle the intent for the partner behind this device."""


class LaunchRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        partner = current_partner(handler_input)
        if partner is None:
            return not_linked(handler_input)
        context, language = skill_context(handler_input), speech(handler_input)
        status = checkins.checkin_status(context.session, partner.couple, context.now)
        here = local_now(partner.couple, context.now)
        parts = [language.say("welcome", name=partner.name)]
        if status.due:
            parts.append(language.say("checkin_due"))
        elif status.slot > here:  # later this week; once done, it is not mentioned again
            parts.append(language.say("checkin_next", when=language.when(status.slot, here.date())))
        parts.append(language.say("what_next"))
        return ask(handler_input, " ".join(parts), language.say("what_next_reprompt"))


class LogKeptIntentHandler(PartnerIntentHandler):
    """ "I kept my promise (to call when late)".

    Without a commitment named, the promise is logged straight away, unattached, and
    the confirmation suggests naming it next time. Asking "which one?" instead would
    turn the quickest thing people do into a quiz on a shared speaker; a kept promise
    recorded is never wrong, and naming it is one sentence away.

    With a name: one match is logged; several, or none, ask which one (listing them),
    remember the candidates in the session, and the answer completes the log.
    """

    intents = ("LogKeptIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        attributes = session_attributes(handler_input)
        said = slot_text(handler_input, "commitment")
        if not re.search(r"\w", said):  # only punctuation, or Alexa's "?": no words to match
            said = ""
        commitments = contracts.active_commitments(context.session, partner.couple_id)
        pending = self._pending(attributes, commitments)

        if not said and pending:
            return self._which_one(handler_input, "which_one", pending)
        if not said:
            self._log(handler_input, partner)
            if commitments:
                example = clause(commitments[0].spoken_name)
                return tell(handler_input, language.say("logged_unnamed_hint", example=example))
            return tell(handler_input, language.say("logged_unnamed"))
        if not commitments:
            # No agreed contract to match against: keep their words as the note.
            self._log(handler_input, partner, note=said)
            return tell(handler_input, language.say("logged_no_contract", said=clause(said, 80)))

        matches = contracts.match_commitments(context.session, partner.couple_id, said)
        if len(matches) > 1 and pending:
            # An answer to "which one?" that fits several: prefer those that were offered.
            offered = {c.lineage_id for c in pending}
            matches = [m for m in matches if m.lineage_id in offered] or matches
        if len(matches) == 1:
            attributes.pop(PENDING_LOG, None)
            self._log(handler_input, partner, lineage_id=matches[0].lineage_id)
            return tell(handler_input, language.say("logged", commitment=clause(matches[0].spoken_name)))
        if matches:
            return self._which_one(handler_input, "which_one", matches)
        return self._which_one(
            handler_input, "no_match", pending or commitments, said=clause(said, 80)
        )

    @staticmethod
    def _pending(attributes: dict[str, Any], commitments: list[ContractItem]) -> list[ContractItem]:
        # Session attributes come back from the device: use only ids that are still ours.
        offered = attributes.get(PENDING_LOG)
        if not isinstance(offered, list):
            return []
        return [c for c in commitments if c.lineage_id in offered]

    def _which_one(
        self, handler_input: HandlerInput, key: str, candidates: list[ContractItem], **values: str
    ) -> Response:
        language = speech(handler_input)
        session_attributes(handler_input)[PENDING_LOG] = [c.lineage_id for c in candidates]
        options = language.either(spoken_list(language, candidates))
        return ask(
            handler_input,
            language.say(key, options=options, **values),
            language.say("which_one_reprompt", options=options),
        )

    @staticmethod
    def _log(handler_input: HandlerInput, partner: Partner, *, lineage_id: int | None = None,
             note: str = "") -> None:
        context = skill_context(handler_input)
        tracking.log_entry(
            context.session, partner, LogKind.KEPT, source=Source.VOICE,
            lineage_id=lineage_id, note=note, now=context.now,
        )


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
        if current_partner(handler_input) is None:
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
