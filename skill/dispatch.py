"""The handler for a request, chosen as ask-sdk chooses it (the first in the list whose can_handle is
true) but asking only the handlers that could take the request's intent.

A handler whose can_handle is IntentHandler's own (an IntentRequest for one of its `intents`) can
take no other intent, so for each intent the handlers are listed once, at start: those that name it,
and every handler that decides for itself (safety, the slots' boundary, the account's standing,
handlers that narrow their intents by the dialog's state), in the skill's order, which the safety,
speaker and repair rules ride on. An intent no handler names gets the ones that decide for
themselves, as does a request that is not an intent; an intent without a name asks every handler.
"""

from __future__ import annotations

from typing import Any, cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import IntentRequest
from ask_sdk_runtime.dispatch_components.request_components import GenericRequestHandlerChain, GenericRequestMapper

from .dialog import IntentHandler


class IntentIndexedMapper(GenericRequestMapper):
    def __init__(self, request_handler_chains: list[GenericRequestHandlerChain]) -> None:
        super().__init__(request_handler_chains)
        chains = [(chain, _named_intents(chain)) for chain in self.request_handler_chains]
        self.deciding = [chain for chain, intents in chains if intents is None]
        self.by_intent = {
            name: [chain for chain, intents in chains if intents is None or name in intents]
            for name in {name for _, intents in chains for name in intents or ()}
        }

    def get_request_handler_chain(self, handler_input: Any) -> GenericRequestHandlerChain | None:
        request = cast(HandlerInput, handler_input).request_envelope.request
        if not isinstance(request, IntentRequest):  # a launch, a session's end: no IntentHandler takes it
            chains = self.deciding
        elif request.intent is None or not isinstance(request.intent.name, str):
            chains = self.request_handler_chains  # as ask-sdk would: each asked, whatever they make of it
        else:
            chains = self.by_intent.get(request.intent.name, self.deciding)
        for chain in chains:
            if chain.request_handler.can_handle(handler_input=handler_input):
                return chain
        return None


def _named_intents(chain: GenericRequestHandlerChain) -> tuple[str, ...] | None:
    """The only intents the chain's handler can take; None when its can_handle decides for itself."""
    handler = chain.request_handler
    if isinstance(handler, IntentHandler) and type(handler).can_handle is IntentHandler.can_handle:
        return handler.intents
    return None


def index_by_intent(skill: CustomSkill) -> None:
    """The skill's handlers, in their order, asked by IntentIndexedMapper."""
    dispatcher = skill.request_dispatcher
    dispatcher.request_mappers = [
        IntentIndexedMapper([chain for mapper in dispatcher.request_mappers for chain in mapper.request_handler_chains])
    ]
