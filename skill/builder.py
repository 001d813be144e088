"""The skill: every handler in one visible list, the catch-all last."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from .handlers import (
    ErrorHandler,
    ExitIntentHandler,
    FallbackIntentHandler,
    HelpIntentHandler,
    LaunchRequestHandler,
    LinkDeviceIntentHandler,
    LocaleInterceptor,
    LogKeptIntentHandler,
    ReadCheckInQuestionsIntentHandler,
    ReadContractIntentHandler,
    SessionEndedRequestHandler,
    UnknownIntentHandler,
)


def request_handlers() -> list[AbstractRequestHandler]:
    """In the order they are tried: the first whose can_handle is true answers."""
    return [
        LaunchRequestHandler(),
        LogKeptIntentHandler(),
        LinkDeviceIntentHandler(),
        ReadCheckInQuestionsIntentHandler(),
        ReadContractIntentHandler(),
        HelpIntentHandler(),
        ExitIntentHandler(),
        FallbackIntentHandler(),
        SessionEndedRequestHandler(),
        UnknownIntentHandler(),  # any other IntentRequest: must stay last
    ]


def build_skill() -> CustomSkill:
    builder = SkillBuilder()
    builder.add_global_request_interceptor(LocaleInterceptor())
    for handler in request_handlers():
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    return builder.create()
