"""A moment of reliability or a small win, in the speaker's own words, unless the words tell the
speaker's lapse ("log a small win: I only had two goes on the pokies instead of my usual ten",
"I got a message from the woman from before and I replied"): less than usual, "only", answering
the person a boundary names or doing a thing without telling is still the lapse, so the boundary
it breaks is offered as a breach (lapse.py), warmly, and nothing good is saved. With no boundary
about it ("only two pints", no boundary about drinking) it is their win, saved as said."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import LogKind, Partner

from .lapse import offer_breach
from .notes import NoteIntentHandler


class GoodNewsIntentHandler(NoteIntentHandler):
    """A note that is good news: a lapse told in it is offered as its breach instead."""

    def note(self, handler_input: HandlerInput, partner: Partner, said: str) -> Response:
        return offer_breach(handler_input, partner, said, good_news=True) or super().note(handler_input, partner, said)


class LogReliabilityIntentHandler(GoodNewsIntentHandler):
    intents = ("LogReliabilityIntent",)
    kind = LogKind.RELIABILITY


class LogSmallWinIntentHandler(GoodNewsIntentHandler):
    intents = ("LogSmallWinIntent",)
    kind = LogKind.SMALL_WIN
