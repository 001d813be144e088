"""Account linking by voice: a token that no longer works, and an Alexa account another couple's.

Alexa sends the partner's own token (a recognised voice's, or the household's) with every
request once the account is linked in the Alexa app; models/speakers.py says what it is
worth. One that is unknown, expired or revoked gets the LinkAccount card. An account that
belongs to another couple moves only after "This Alexa account is linked to another couple.
Move it to yours?" is answered yes.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response
from ask_sdk_model.ui import LinkAccountCard

from trust_tracker.models import voice
from trust_tracker.models.speakers import Standing

from ..dialog import ask, session_attributes, skill_context, speech, tell
from ..speakers import carries_token, identity, known_speaker, voice_identity

# The move question was asked: {"code": "123456"} for a pairing code, {"login": True} for a token.
PENDING_MOVE = "pending_move"
_ANSWERS = ("AMAZON.YesIntent", "AMAZON.NoIntent")
# Leaving needs no account.
_EXITS = ("AMAZON.StopIntent", "AMAZON.CancelIntent")


class MoveQuestionInterceptor(AbstractRequestInterceptor):
    """Moves "the move question was asked" from the session to this request alone: only the
    very next answer can move the account, never a "yes" said later to something else."""

    def process(self, handler_input: HandlerInput) -> None:
        pending = session_attributes(handler_input).pop(PENDING_MOVE, None)
        handler_input.attributes_manager.request_attributes[PENDING_MOVE] = pending


def ask_to_move(handler_input: HandlerInput, pending: dict[str, Any]) -> Response:
    session_attributes(handler_input)[PENDING_MOVE] = pending
    say = speech(handler_input).say
    return ask(handler_input, say("move_account"), say("move_reprompt"))


def link_account(handler_input: HandlerInput) -> Response:
    """The LinkAccount card in the Alexa app, and a short pointer to it."""
    handler_input.response_builder.set_card(LinkAccountCard())
    key = "link_account" if identity(handler_input).was_linked else "link_account_new"
    return tell(handler_input, speech(handler_input).say(key))


class AccountStandingHandler(AbstractRequestHandler):
    """Before any handler acts for anyone: a token that fails, an account another couple's,
    and the yes or no to moving it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not (is_request_type("LaunchRequest")(handler_input) or is_request_type("IntentRequest")(handler_input)):
            return False
        name = get_intent_name(handler_input) if is_request_type("IntentRequest")(handler_input) else None
        if name in _EXITS:
            return False
        if name in _ANSWERS and isinstance(_pending(handler_input), dict):
            return True
        # Both need a token; without one, nothing is looked up here.
        return carries_token(handler_input) and identity(handler_input).standing in (
            Standing.BAD_TOKEN,
            Standing.ELSEWHERE,
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        pending = _pending(handler_input)
        if isinstance(pending, dict) and is_request_type("IntentRequest")(handler_input):
            name = get_intent_name(handler_input)
            if name == "AMAZON.NoIntent":
                return tell(handler_input, speech(handler_input).say("not_moved"))
            if name == "AMAZON.YesIntent":
                return _move(handler_input, pending)
        if identity(handler_input).standing is Standing.BAD_TOKEN:
            return link_account(handler_input)
        return ask_to_move(handler_input, {"login": True})


def _pending(handler_input: HandlerInput) -> object:
    manager = handler_input.attributes_manager  # Optional in HandlerInput: absent outside a skill
    return manager.request_attributes.get(PENDING_MOVE) if manager is not None else None


def _move(handler_input: HandlerInput, pending: dict[str, Any]) -> Response:
    say = speech(handler_input).say
    code = pending.get("code")
    if isinstance(code, str):
        context = skill_context(handler_input)
        user_id, person_id = voice_identity(handler_input)
        partner = voice.link_device(
            context.session, code, alexa_user_id=user_id, person_id=person_id, now=context.now, move=True
        )
        if partner is None:  # expired meanwhile, or used elsewhere
            return ask(handler_input, say("code_wrong"), say("code_reprompt"))
        known_speaker(handler_input, partner)  # whoever said the code is speaking
        return tell(handler_input, say("moved", name=partner.name))
    standing = identity(handler_input).standing
    if standing is Standing.BAD_TOKEN:
        return link_account(handler_input)
    if standing is not Standing.ELSEWHERE:  # no token, or the account is already this couple's
        return tell(handler_input, say("not_moved"))
    found = identity(handler_input, move=True)
    # What was asked before the move question was not done: said so, never dropped silently.
    if found.partner is not None:
        known_speaker(handler_input, found.partner)
        moved = say("moved", name=found.partner.name)
    else:
        moved = say("moved_household")
    return ask(handler_input, f"{moved} {say('moved_say_again')}", say("what_next_reprompt"))
