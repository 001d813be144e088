"""Opening, help, repeat, the way out, a pause, and the one place failures become speech."""

from __future__ import annotations

import logging
from typing import cast

from ask_sdk_core.dispatch_components import (
    AbstractExceptionHandler,
    AbstractRequestHandler,
    AbstractRequestInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, get_locale, is_request_type
from ask_sdk_model import Response, SessionEndedRequest

from trust_tracker.models import reports
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import DomainError, LoggedThatDay, OthersCommitment
from trust_tracker.models.reports import CheckInNews

from .. import screens
from ..dialog import (
    IntentHandler,
    ask,
    ask_again,
    ask_again_unclear,
    count_unclear,
    current_flow,
    give_up,
    skill_context,
    speech,
    still_not,
    tell,
    tell_ssml,
    vary,
)
from ..render import celebration
from ..safety import give_help
from ..saved_words import DistressInSavedWords, DoubtInSavedWords, disarm
from ..speakers import ask_who_instead, current_partner, for_speaker, linked_couple
from ..speech import for_locale
from .checkin_flow import offer_checkin, stop_checkin
from .doubt import ask_before_saving
from .menu import at_menu
from .which_one_ask import another_instead, own_instead
from .which_one_left import left_by_intent

log = logging.getLogger(__name__)


class LocaleInterceptor(AbstractRequestInterceptor):
    """Picks the phrases for the request's locale (unknown locales: en-US)."""

    def process(self, handler_input: HandlerInput) -> None:
        locale = get_locale(handler_input)
        handler_input.attributes_manager.request_attributes["language"] = for_locale(
            locale if isinstance(locale, str) else None
        )


class LaunchRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return for_speaker(handler_input, lambda partner: welcome(handler_input, partner))


def welcome(handler_input: HandlerInput, partner: Partner) -> Response:
    """Hello and where things stand. The first time this partner speaks to the skill, the
    longer welcome with what can be said; after that, brief for people who come back
    daily: a greeting that varies, one short piece of news, and the question."""
    context, language = skill_context(handler_input), speech(handler_input)
    screen = screens.has_screen(handler_input)  # an Echo Show: this week's tracker while they decide
    found = reports.welcome(context.session, partner, context.now, with_progress=screen)
    if found.progress is not None:
        screens.tracker(handler_input, found.progress)
    later = language.say("checkin_next", when=language.when(found.slot, found.today))
    if found.first_time:
        news = {
            CheckInNews.RESUMABLE: language.say("checkin_resumable"),
            CheckInNews.DUE: language.say("checkin_due"),
            CheckInNews.LATER: later,
        }
        # One milestone at most: the welcome, the news and what can be said stay within 30 s.
        parts = [language.say("welcome_first", name=partner.name), celebration(language, found.milestones, most=1)]
        parts += [news.get(found.checkin, ""), language.say("what_next")]
    else:
        day = found.today.toordinal()  # the greeting varies from day to day, and within a session
        # Two short sentences: the greeting, then the news as the question, or just the question.
        # New milestones are announced in one line; "what should we celebrate" reads them.
        brief = {CheckInNews.RESUMABLE: "launch_resumable", CheckInNews.DUE: "launch_due"}
        update = "launch_celebrate" if found.milestones else brief.get(found.checkin)
        parts = [vary(handler_input, "welcome", first=day, name=partner.name)]
        parts.append(language.say(update) if update else vary(handler_input, "what_next_short", first=day))
    response = ask(handler_input, " ".join(p for p in parts if p), language.say("what_next_reprompt"))
    told = found.first_time or not found.milestones  # a new milestone's line takes the news's place
    if told and found.checkin in (CheckInNews.RESUMABLE, CheckInNews.DUE):  # "yes" or "next" now starts it
        offer_checkin(handler_input)
    return response


class HelpIntentHandler(IntentHandler):
    intents = ("AMAZON.HelpIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        if linked_couple(handler_input) is None:
            return ask(handler_input, say("help_not_linked"), say("not_linked_reprompt"))
        flow = current_flow(handler_input)  # mid check-in: how to steer it, varied when asked again
        helped = vary(handler_input, "checkin_help") if flow.get("name") == "checkin" and "position" in flow else ""
        return ask_again(handler_input, helped or say("help_pending")) or ask(
            handler_input, vary(handler_input, "help"), say("what_next_reprompt")
        )


class ExitIntentHandler(IntentHandler):
    intents = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        # "Never mind" or "forget it" (Cancel) at "which one?" leaves that question, saying how to log it later.
        # In a check-in, Cancel ("cancel") is a way out as "stop" is (DESIGN: leaving is always a repair):
        # the answers so far kept, how to resume said (tester-voice29).
        cancelled = get_intent_name(handler_input) == "AMAZON.CancelIntent"
        return (
            stop_checkin(handler_input)
            or (left_by_intent(handler_input, "never mind") if cancelled else None)
            or tell(handler_input, vary(handler_input, "goodbye"))
        )


class FallbackIntentHandler(IntentHandler):
    """Not understood: an open question is asked again; otherwise it escalates, never a
    loop: first an example, then two things to say there, then a kind goodbye; the first two
    also say how to ask for help, since Alexa sends no words to read for distress. (SupportIntent,
    however it was heard, is SafetyHandler's: help, or one calm line on how to ask for it.)"""

    intents = ("AMAZON.FallbackIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        pending = ask_again_unclear(handler_input, say("fallback_pending_safe"))
        if pending is not None:
            return pending
        missed = count_unclear(handler_input)
        if missed >= 3:
            return give_up(handler_input)
        return ask(
            handler_input, say("fallback") if missed == 1 else still_not(handler_input), say("what_next_reprompt")
        )


class RepeatIntentHandler(IntentHandler):
    """ "Repeat that", "can you repeat the question": the pending question again (at the menu: menu.py)."""

    intents = ("AMAZON.RepeatIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return ask_again(handler_input) or at_menu(handler_input, "repeat", current_partner(handler_input))


class PauseIntentHandler(IntentHandler):
    """ "We need a pause": slow, calm, nothing logged; works on any device, linked or not."""

    intents = ("TakeAPauseIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return tell_ssml(handler_input, speech(handler_input).pause_ssml())


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
    spoken as it is; words about to be saved that speak of distress (skill/saved_words.py) get
    the help lines; anything else is a bug: logged with its traceback, and an apology.
    """

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        context = skill_context(handler_input)
        context.failed = True
        disarm(context.session)
        if isinstance(exception, DistressInSavedWords):
            # Words held from an earlier turn, distress once read whole: help, nothing saved.
            log.info("refused to save words that speak of distress")
            return give_help(handler_input)
        if isinstance(exception, DoubtInSavedWords):  # asked about first, nothing saved yet
            log.info("asked before saving words the check doubts")
            return ask_before_saving(handler_input)
        if isinstance(exception, DomainError):
            log.info("refused: %s: %s", type(exception).__name__, exception)
            if isinstance(exception, OthersCommitment):
                refused = str(exception)
                asked = ask_who_instead(handler_input, refused) or own_instead(
                    handler_input, current_partner(handler_input), refused
                )
            elif isinstance(exception, LoggedThatDay):  # that day logged already, either way: another meant?
                partner = current_partner(handler_input)
                asked = another_instead(handler_input, partner, exception)
            else:
                asked = None
            return asked or tell(handler_input, str(exception))
        log.error("the skill failed", exc_info=exception)
        return tell(handler_input, speech(handler_input).say("sorry"))
