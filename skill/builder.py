"""The skill: every handler in one visible list, the catch-all last."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from .boundary import UnreadableSlotHandler
from .handlers import (
    ErrorHandler,
    ExitIntentHandler,
    FallbackIntentHandler,
    HelpIntentHandler,
    IdentifySpeakerIntentHandler,
    LaunchRequestHandler,
    LinkDeviceIntentHandler,
    LocaleInterceptor,
    LogKeptIntentHandler,
    ReadCheckInQuestionsIntentHandler,
    ReadContractIntentHandler,
    RepeatIntentHandler,
    SessionEndedRequestHandler,
    UnknownIntentHandler,
)
from .practice import (
    AcknowledgeIntentHandler,
    AnswerIntentHandler,
    CelebrateIntentHandler,
    HardDayIntentHandler,
    LogBreachIntentHandler,
    LogMissedIntentHandler,
    LogReliabilityIntentHandler,
    LogSmallWinIntentHandler,
    NextIntentHandler,
    NoIntentHandler,
    PauseIntentHandler,
    ProgressIntentHandler,
    StartCheckInIntentHandler,
    YesIntentHandler,
)


def request_handlers() -> list[AbstractRequestHandler]:
    """In the order they are tried: the first whose can_handle is true answers."""
    handlers: list[AbstractRequestHandler] = [
        UnreadableSlotHandler(),  # before any handler reads a slot
        LaunchRequestHandler(),
        LogKeptIntentHandler(),
        LogMissedIntentHandler(),
        LogReliabilityIntentHandler(),
        LogSmallWinIntentHandler(),
        LogBreachIntentHandler(),
        AcknowledgeIntentHandler(),
        StartCheckInIntentHandler(),
        AnswerIntentHandler(),
        YesIntentHandler(),
        NoIntentHandler(),
        CelebrateIntentHandler(),
        ProgressIntentHandler(),
        HardDayIntentHandler(),
        PauseIntentHandler(),
        LinkDeviceIntentHandler(),
        ReadCheckInQuestionsIntentHandler(),
        ReadContractIntentHandler(),
        HelpIntentHandler(),
        RepeatIntentHandler(),
        NextIntentHandler(),
        ExitIntentHandler(),
        FallbackIntentHandler(),
        SessionEndedRequestHandler(),
        UnknownIntentHandler(),  # any other IntentRequest: must stay last
    ]
    # "Is this Alex or Sam?" answered: the waiting request goes to whichever handler takes it.
    handlers.insert(1, IdentifySpeakerIntentHandler(replay_to=handlers))
    return handlers


def build_skill() -> CustomSkill:
    builder = SkillBuilder()
    builder.add_global_request_interceptor(LocaleInterceptor())
    for handler in request_handlers():
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    return builder.create()
