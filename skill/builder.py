"""The skill: every handler in one visible list, the catch-all last."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from .boundary import TooLongSlotHandler, UnreadableSlotHandler
from .checkin_aside import CheckInAsideRequestInterceptor, CheckInAsideResponseInterceptor
from .dialog import HandlersInterceptor
from .dispatch import index_by_intent
from .handover import HandoverInterceptor
from .intents.accounts import AccountStandingHandler, MoveQuestionInterceptor
from .intents.amend import AmendAnswerHandler, AmendEntryIntentHandler
from .intents.basics import (
    ErrorHandler,
    ExitIntentHandler,
    FallbackIntentHandler,
    HelpIntentHandler,
    LaunchRequestHandler,
    LocaleInterceptor,
    PauseIntentHandler,
    RepeatIntentHandler,
    SessionEndedRequestHandler,
    UnknownIntentHandler,
)
from .intents.breach import LogBreachIntentHandler
from .intents.checkin import (
    NextIntentHandler,
    PreviousIntentHandler,
    StartCheckInIntentHandler,
)
from .intents.checkin_after import ChangeAnswerIntentHandler
from .intents.checkin_held import HeldLogHandler
from .intents.conversation import AnswerIntentHandler, NoIntentHandler, YesIntentHandler
from .intents.doubt import DoubtAnswerHandler, DoubtInterceptor
from .intents.good_news import LogReliabilityIntentHandler, LogSmallWinIntentHandler
from .intents.hard_day import HardDayIntentHandler
from .intents.linking import IdentifySpeakerIntentHandler, LinkDeviceIntentHandler
from .intents.log_several import LogAllKeptIntentHandler, LogAllMissedIntentHandler
from .intents.logbook import LogKeptIntentHandler, LogMissedIntentHandler
from .intents.partner import AcknowledgeIntentHandler, NewsMoreHandler, PartnerNewsIntentHandler
from .intents.progress import (
    CelebrateIntentHandler,
    DueTodayIntentHandler,
    MyProgressIntentHandler,
    MyPromisesIntentHandler,
    ProgressIntentHandler,
    ReadBoundariesIntentHandler,
    ReadCheckInQuestionsIntentHandler,
    ReadContractIntentHandler,
)
from .intents.reflection import ReflectionHeardHandler
from .intents.reminders import (
    RemindCheckInIntentHandler,
    ReminderSyncInterceptor,
    StopRemindersIntentHandler,
    TouchBaseLaterIntentHandler,
)
from .intents.undo import NotMeIntentHandler, UndoAnswerHandler, UndoIntentHandler
from .safety import SafetyHandler, SafetyInterceptor
from .saved_words import SavedWordsInterceptor, SavedWordsResponseInterceptor
from .topic_question import TopicQuestionHandler
from .topics import TopicInterceptor
from .turns import TurnRequestInterceptor, TurnResponseInterceptor


def request_handlers() -> list[AbstractRequestHandler]:
    """In the order they are tried: the first whose can_handle is true answers."""
    handlers: list[AbstractRequestHandler] = [
        SafetyHandler(),  # distress in any intent or slot: help first, nothing stored; must stay first
        UnreadableSlotHandler(),  # before any other handler reads a slot
        TooLongSlotHandler(),  # likewise: longer than its slot keeps, refused, never cut
        AccountStandingHandler(),  # a token that fails, an account another couple's: before acting for anyone
        DoubtAnswerHandler(),  # yes or no to "shall I save it?" (words the check doubts): before any other
        TopicQuestionHandler(),  # a topic named, the job not: asked, never guessed (skill/topics.py)
        LaunchRequestHandler(),
        HeldLogHandler(),  # something to log while a check-in question waits: confirmed first
        ReflectionHeardHandler(),  # words heard as a log while a reflection waits: the reflection
        LogKeptIntentHandler(),
        LogMissedIntentHandler(),
        LogReliabilityIntentHandler(),
        LogSmallWinIntentHandler(),
        LogBreachIntentHandler(),
        LogAllKeptIntentHandler(),
        LogAllMissedIntentHandler(),
        AcknowledgeIntentHandler(),
        PartnerNewsIntentHandler(),
        NewsMoreHandler(),  # "more", "next", "repeat" at the partner's news: before Next and Repeat
        StartCheckInIntentHandler(),
        AnswerIntentHandler(),
        UndoIntentHandler(),
        AmendEntryIntentHandler(),
        NotMeIntentHandler(),
        UndoAnswerHandler(),  # yes or no to "shall I remove it?": before the general yes and no
        AmendAnswerHandler(),  # yes or no to "change it to …?": likewise
        YesIntentHandler(),
        NoIntentHandler(),
        CelebrateIntentHandler(),
        ProgressIntentHandler(),
        DueTodayIntentHandler(),
        MyProgressIntentHandler(),
        MyPromisesIntentHandler(),
        HardDayIntentHandler(),
        PauseIntentHandler(),
        LinkDeviceIntentHandler(),
        ReadCheckInQuestionsIntentHandler(),
        ReadContractIntentHandler(),
        ReadBoundariesIntentHandler(),
        RemindCheckInIntentHandler(),
        TouchBaseLaterIntentHandler(),
        StopRemindersIntentHandler(),
        HelpIntentHandler(),
        RepeatIntentHandler(),
        NextIntentHandler(),
        PreviousIntentHandler(),
        ChangeAnswerIntentHandler(),
        ExitIntentHandler(),
        FallbackIntentHandler(),
        SessionEndedRequestHandler(),
        UnknownIntentHandler(),  # any other IntentRequest: must stay last
    ]
    # "Is this Alex or Sam?" answered: the waiting request goes to whichever handler takes it.
    # After safety, the slot boundary and the account's standing.
    handlers.insert(4, IdentifySpeakerIntentHandler())
    return handlers


def build_skill() -> CustomSkill:
    builder = SkillBuilder()
    builder.add_global_request_interceptor(DoubtInterceptor())  # the request as it came: first of all
    builder.add_global_request_interceptor(LocaleInterceptor())
    builder.add_global_request_interceptor(SafetyInterceptor())
    builder.add_global_request_interceptor(HandoverInterceptor())  # "Sam here now, log ...": before topics read it
    builder.add_global_request_interceptor(SavedWordsInterceptor())  # every word saved read for distress
    # A sentence heard around a topic word becomes the intent it asks: before anything reads the intent.
    builder.add_global_request_interceptor(TopicInterceptor())
    builder.add_global_request_interceptor(MoveQuestionInterceptor())
    builder.add_global_request_interceptor(ReminderSyncInterceptor())  # a slot changed on the site: moved
    # A question asked aside during a check-in: answered, then back to the check-in question.
    builder.add_global_request_interceptor(CheckInAsideRequestInterceptor())
    builder.add_global_response_interceptor(CheckInAsideResponseInterceptor())
    builder.add_global_request_interceptor(TurnRequestInterceptor())
    builder.add_global_response_interceptor(SavedWordsResponseInterceptor())  # flushes what is pending
    builder.add_global_response_interceptor(TurnResponseInterceptor())  # last: what this turn made, all flushed
    handlers = request_handlers()
    # A request said as a check-in answer and meant as a request is answered by these (dialog.replay).
    builder.add_global_request_interceptor(HandlersInterceptor(handlers))
    for handler in handlers:
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    skill = builder.create()
    index_by_intent(skill)  # only the handlers that could take the intent are asked, in this order
    return skill
