"""A handover said before a request in one breath ("Jo-Ann here now, log a small win: I walked the
dog", "this is Sam, I cooked dinner tonight"): its words leave the slot before anything reads it,
never kept in a note, and the one named is remembered for this request (speakers.for_speaker
decides what it may do: a voice Alexa knows stays its partner's). Read with the couple's names the
safety check already loaded: the couple is looked up only when a slot begins with one of them."""

from __future__ import annotations

import re

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest

from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import spoken

from .dialog import ANSWER_INTENT, IDENTIFY_INTENT
from .partner_names import folded, sound
from .speakers import HANDED_OVER, couple_names, linked_couple
from .steering import handover_before, named_in_slot

_SAYS_WHO = re.compile(r"^(?:(?:hi|hello|hey|sorry|oh) )?(?:it's|it is|this is) ")
_HANDOVER_WORDS = 6  # "sorry, it's Mary Ann now": a name among the first few words
# A device named as someone's ("Ray's phone", "on Alex's echo"): whose it is, never who speaks.
_OWNED = re.compile(
    r"(?:\b(?:on|from|using) )?\b[\w-]+'s (?:phone|mobile|device|alexa|echo(?: dot)?|dot|speaker|account|tablet|ipad)\b"
)
_GLUE = r"(?:but|and|though|anyway|so)"
_OWNED_JOINED = re.compile(rf"(?:\b{_GLUE} )*{_OWNED.pattern}(?: {_GLUE}\b)*")
_OPENED_TWICE = re.compile(r"^(?:this is|it is|it's) (?=(?:this is|it is|it's|i'm|i am) )")


def speaking_on_anothers(couple: Couple, said: str) -> Partner | None:
    """The one who says they speak on a device named as someone's ("this is Ray's phone but it's
    Sol", "it's Sam on Alex's phone", "Alex's device, Sam speaking"): never the owner named;
    None when no device is named as someone's, or no one else is said to speak."""
    rest = without_device(said)
    return named_in_slot(couple, rest) if rest and rest != said else None


def without_device(said: str) -> str:
    """The words with a device named as someone's left out, with the words joining it on: "this is
    Ray's phone but it's Sol" -> "it's sol", "on alex's phone, i hoovered the flat" -> "i hoovered
    the flat" (a request said with a handover); words naming no device, as they were."""
    words = spoken(said)
    if _OWNED.search(words) is None:
        return said
    return _OPENED_TWICE.sub("", " ".join(_OWNED_JOINED.sub(" ", words).split()))


def names_early(said: str, names: tuple[str, ...]) -> bool:
    """Whether one of the couple's names (as it sounds) is among the first few words said."""
    heard = {sound(word) for word in folded(said)[:_HANDOVER_WORDS]}
    return any(sound(word) in heard for name in names for word in folded(name))


class HandoverInterceptor(AbstractRequestInterceptor):
    """See the module's docstring."""

    def process(self, handler_input: HandlerInput) -> None:
        request = handler_input.request_envelope.request
        if not isinstance(request, IntentRequest) or request.intent is None or not request.intent.slots:
            return
        if request.intent.name in (IDENTIFY_INTENT, ANSWER_INTENT):  # a who-is-it or check-in answer reads its own
            return
        said = [(slot, slot.value) for slot in request.intent.slots.values() if slot and slot.value]
        names = couple_names(handler_input) if said else ()
        said = [(slot, value) for slot, value in said if names_early(value, names)]
        try:
            couple = linked_couple(handler_input) if said else None
        except Exception:  # a broken look-up must not stop the help that comes after (skill/safety.py)
            return
        if couple is None:
            return
        for slot, value in said:
            # Before a topic word (skill/topics.py), the request's own words may be a single "I"; where
            # the words open by saying who this is ("it's Sam, the walk | is done, log it"), the topic
            # word after is the request, so any words may follow ("Jo-Ann took over the cooking" is
            # what happened, not a handover).
            before = str(slot.name).startswith("before_")
            says_who = before and _SAYS_WHO.match(spoken(value)) is not None
            found = handover_before(couple, without_device(value), any_words=says_who, least=1 if before else 2)
            if found is not None:
                slot.value = found[1] or None
                handler_input.attributes_manager.request_attributes[HANDED_OVER] = found[0].id
                return
