"""The one short question asked when a topic's words did not decide the job (skill/topics.py
reads them): "Shall I read your contract?", or "Shall I X, or Y?"; a yes to a single offer does
it, and nothing is ever guessed at."""

from __future__ import annotations

from typing import Any, ClassVar, cast

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response

from trust_tracker.models import checkins
from trust_tracker.models.entities import Couple
from trust_tracker.models.steering_words import CANCEL_HARD_DAY, REFLECT_ON_SETBACK

from .dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    ask,
    ask_again,
    elicit,
    lost_place,
    not_linked,
    session_attributes,
    skill_context,
    speech,
    tell,
)
from .intents.checkin_flow import together_asked
from .intents.hard_day import take_back
from .intents.reflection import reflect_on_latest
from .speakers import current_partner, for_speaker, linked_couple
from .topic_words import CARRIERS, said_alone

# Session attribute: the one job offered by "Shall I ...?", for the very next answer only.
TOPIC_OFFER = "topic_offer"
# Session attribute: the two jobs of "Shall I X, or Y?", and how many unclear answers came.
TOPIC_CHOICE = "topic_choice"
# Session attribute: the words of the request asked about, as each job offered reads them (a
# breach's note, a promise's words), so "yes" or "log it" never drops them.
TOPIC_WORDS = "topic_words"
# Session attribute: "Shall I ...?" was asked again after an unclear reply (the next one leaves it).
TOPIC_OFFER_AGAIN = "topic_offer_again"
# Request attribute: what to say to an answer to that question that picked neither, or nothing.
CHOICE_REPLY = "topic_choice_reply"
# Replies told as they stand: "add to my journal that ...", where it is written.
_TOLD = {"own_journal": "topic_own_journal"}
# Request attribute: the jobs to ask about, when the words did not decide; () when they are let go.
UNCLEAR = "topic_unclear"


class TopicQuestionHandler(AbstractRequestHandler):
    """The words named a topic but did not say which job, or may be about something else:
    one short question ("Shall I read your contract?"), a yes to a single offer doing it."""

    # The topics' carriers reach it as they came only when no words were heard around the topic word.
    intents: ClassVar[tuple[str, ...]] = tuple(CARRIERS)

    def can_handle(self, handler_input: HandlerInput) -> bool:
        manager = handler_input.attributes_manager  # Optional in HandlerInput: absent outside a skill
        if manager is None:
            return False
        return UNCLEAR in manager.request_attributes or (
            is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in self.intents
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        say = speech(handler_input).say
        requests = handler_input.attributes_manager.request_attributes
        if UNCLEAR not in requests:  # the topic word alone ("reminders"): a write never runs on it
            requests[UNCLEAR] = said_alone(CARRIERS[str(get_intent_name(handler_input))])
        choices = cast(tuple[str, ...], requests[UNCLEAR])
        if (told := _TOLD.get(str(requests.get(CHOICE_REPLY)))) is not None:  # what no job here does: how, told
            return tell(handler_input, say(told))
        if requests.get(CHOICE_REPLY) == CANCEL_HARD_DAY.what:  # the day's hard day taken back, or why not
            words = str(cast(dict[str, str], requests.get(TOPIC_WORDS, {})).get(CANCEL_HARD_DAY.what, ""))
            return for_speaker(
                handler_input, lambda partner: tell(handler_input, take_back(handler_input, partner, words))
            )
        if requests.get(CHOICE_REPLY) == REFLECT_ON_SETBACK.what:  # the latest setback's reflection, or none
            return for_speaker(handler_input, lambda partner: reflect_on_latest(handler_input, partner))
        if requests.get(CHOICE_REPLY) in ("checkin_when", "checkin_theirs", "checkin_mine"):  # the check-in asked about
            return checkin_told(handler_input, str(requests[CHOICE_REPLY]))
        if not choices and together_asked(session_attributes(handler_input)):
            # "I'd like more time together on weekends" to "Is Sam with you?": the yes or no, again
            return ask_again(handler_input, say("checkin_together_first")) or lost_place(handler_input)
        if not choices and linked_couple(handler_input) is None:  # "Sam forgot the evening talk": nothing to read it by
            return not_linked(handler_input)
        if not choices:  # about something else: let go, with two things that can be said
            return ask(handler_input, say("topic_let_go"), say("topic_let_go_reprompt"))
        reply = handler_input.attributes_manager.request_attributes.get(CHOICE_REPLY)
        jobs: dict[str, Any] = {f"job{i}": say(f"topic_job_{name}") for i, name in enumerate(choices)}
        session_attributes(handler_input)[TOPIC_WORDS] = requests.get(TOPIC_WORDS, {})
        if len(choices) == 1 and reply == "give_up":
            return tell(handler_input, say("topic_offer_give_up"))
        if len(choices) == 1:
            session_attributes(handler_input)[TOPIC_OFFER] = choices[0]
            session_attributes(handler_input)[TOPIC_OFFER_AGAIN] = reply == "again"
            key = "topic_offer_again" if reply == "again" else "topic_offer"
            return ask(handler_input, say(key, **jobs), say("topic_offer_reprompt", **jobs))
        if reply in ("none", "give_up"):
            return tell(handler_input, say(f"topic_choice_{reply}"))
        session_attributes(handler_input)[TOPIC_CHOICE] = {"jobs": list(choices), "tries": 1 if reply else 0}
        elicit(handler_input, ANSWER_INTENT, ANSWER_SLOT)  # whatever is said next comes back as words
        key = "topic_choice_again" if reply else "topic_choice"
        return ask(handler_input, say(key, **jobs), say("topic_choice_reprompt", **jobs))


def checkin_told(handler_input: HandlerInput, about: str) -> Response:
    """When the couple's weekly check-in is, or where the partner's answers are read, told (`checkin_said`)."""
    couple = linked_couple(handler_input)
    if couple is None:
        return not_linked(handler_input)
    return tell(handler_input, checkin_said(handler_input, couple, about))


def checkin_said(handler_input: HandlerInput, couple: Couple, about: str) -> str:
    """ "checkin_when": the couple's day and time; "checkin_theirs": the partner's answers are read on
    the website, once the speaker has answered that week's questions (models/checkin_views.py);
    "checkin_mine": the speaker's own, there too (never read aloud on a shared device)."""
    language = speech(handler_input)
    if about == "checkin_mine":
        return language.say("checkin_mine")
    if about == "checkin_theirs":
        speaker = current_partner(handler_input)
        other = next((p.name for p in couple.partners if speaker is None or p.id != speaker.id), None)
        return language.say("checkin_theirs", name=other or language.say("your_partner"))
    context = skill_context(handler_input)
    slot = checkins.checkin_status(context.session, couple, context.now).slot
    day, time = language.weekdays[slot.weekday()], language.clock(slot.time())
    return language.say("checkin_weekly", day=day, time=time)
