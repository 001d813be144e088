"""Carrier words, not distress, that name one of the couple's promises (tester-voice44's false alarms):
"he didn't call when he was late", "my husband forgot the evening talk" (heard through "(he|she) did not
{...}", "my (husband|wife|...) {...}") and "I'm going to keep the evening talk tomorrow" ("i am going {...}")
each got "If you or someone else isn't safe, say: I need help". They are the couple's log, answered as if
said alone, so the log's own rules apply: the partner's to log by the partner, a day to come refused; one's
own keep told in a scene is asked about first. On a device not linked, the partner's lapse told gets the link
steps, as a log said plainly there does. Words that take today's hard day back ("it's not a hard day anymore")
take it back. Only words the distress check let go come here; "he didn't call when he was late and then he hit
me" is heard there and never reaches this.
"""

from __future__ import annotations

import re

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.entities import LogKind
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import CANCEL_HARD_DAY, requested, spoken

from .days_said import day_unloggable
from .dialog import replay, skill_context, tell
from .intents.hard_day import take_back
from .intents.logbook_confirm import confirm_told_kept
from .said_alone import said_alone
from .speakers import for_speaker, linked_couple
from .understanding import commitments_named, kind_said

# Who did it, before the deed: "he", "sam", "my partner" (a husband or wife, as the carrier's slot reads them).
_DOER = re.compile(r"^(?:my partner|\S+) ")
_THE_PARTNER = re.compile(r"^(?:he|she|they|my partner)\b")
# Words saying a promise was not done, or not worth doing: never asked as a keep.
_NOT_DONE = re.compile(
    r"\b(?:never|not|no|didn't|did not|couldn't|could not|wasn't|was not|missed|forgot|skipped|without|point|"
    r"instead of|rather than|cancelled|canceled|put off|scared|afraid|frightened|terrified)\b"
)


def promise_told(handler_input: HandlerInput, heard: list[str]) -> str | None:
    """The carrier words (one of `heard`, the sentences rebuilt) that name exactly one of the linked couple's
    promises; on a device not linked, where no promise can be read, the partner's lapse told ("he didn't call
    when he was late"), whose log answers with how to link. None otherwise."""
    couple = linked_couple(handler_input)
    if couple is None:
        return next((said for said in heard if _THE_PARTNER.match(said) and _missed(said)), None)
    agreed = active_commitments(skill_context(handler_input).session, couple.id, lineages=True)
    # One promise, clearly: "i'm not having a bad day any more" shares a word with two and names neither.
    return next((said for said in heard if len(commitments_named(said, agreed)) == 1), None)


def answer_told(handler_input: HandlerInput, told: str) -> Response | None:
    """Words of promise_told answered as if said alone: a keep or a miss as the deed after its doer says
    ("he didn't call ..." reads as "i didn't call ..."), whose it is left to the log (the partner's is theirs
    to log, a day to come refused); one's own keep told in a scene ("the kids were up till ten but we still
    had our evening talk") is asked about first, never logged unasked; None for one's own words that say it was
    not done or not worth doing ("… so we never had our dog walk", "what's the point of the evening talk":
    tester-voice49, asked as kept), which are told, not logged."""
    missed = _missed(told)
    request = said_alone(told)
    if request is None or (missed and request[0] == "LogKeptIntent"):  # "i'm so sorry i missed …": the miss
        request = ("LogMissedIntent" if missed else "LogKeptIntent"), {"commitment": told}
    couple = linked_couple(handler_input)
    if couple is None or request[0] != "LogKeptIntent" or _THE_PARTNER.match(told):
        return replay(handler_input, *request)
    if _NOT_DONE.search(spoken(told)):
        return None
    if day_unloggable(told, local_today(couple, skill_context(handler_input).now)) is not None:
        return replay(handler_input, *request)  # "… tomorrow": refused by the log, as said alone
    agreed = active_commitments(skill_context(handler_input).session, couple.id, lineages=True)
    [item] = commitments_named(told, agreed)
    return for_speaker(handler_input, lambda partner: confirm_told_kept(handler_input, partner, told, item))


def _missed(told: str) -> bool:
    return kind_said(_DOER.sub("i ", told), LogKind.KEPT) is LogKind.MISSED


def hard_day_taken_back(handler_input: HandlerInput, heard: list[str]) -> Response | None:
    """Carrier words that take today's hard day back ("it's not a hard day anymore", "I'm not having a bad day
    any more", heard through "it is not {...}", "i am not {...}"): taken back, or said why not, as "cancel my
    hard day" is; None for any other words."""
    said = next((said for said in heard if requested(said) == CANCEL_HARD_DAY), None)
    if said is None:
        return None
    return for_speaker(handler_input, lambda partner: tell(handler_input, take_back(handler_input, partner, said)))
