"""The request words make as if said on their own, wherever they were heard: words after a
handover ("this is Sam, I cooked dinner tonight"), a carrier whose "name" was "I" (skill/safety.py),
words around what was no name (intents/linking.py). One reading, imported by all of them, and done
for the one named where a handover opens the words (handed_over_in)."""

from __future__ import annotations

import re

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.entities import Couple
from trust_tracker.models.steering_words import spoken

from .dialog import PENDING_REQUEST, replay, session_attributes
from .said_commands import RELIABILITY, noted_moment, trailing_command
from .speakers import HANDED_OVER
from .steering import handover_before, unasked_request
from .told_kept import kept_deed
from .told_lapse import told_lapse
from .topic_patterns import without_gladness

# The logging intents, and the slot holding their words.
HELD_INTENTS = {
    "LogKeptIntent": "commitment",
    "LogMissedIntent": "commitment",
    "LogReliabilityIntent": "note",
    "LogSmallWinIntent": "note",
    "LogBreachIntent": "note",
    "HardDayIntent": "said",  # the sentence, when it names a day (skill/intents/hard_day.py)
    "LogAllKeptIntent": "quantity",
    "LogAllMissedIntent": "quantity",
}

_DONE = re.compile(r"^(?:i|we) (?P<done>.+)$")
# A joining word left over from a sentence cut after its opening ("this is awkward, | but I peeked …").
_JOINED = re.compile(r"^(?:but|and|so|though|anyway|well)\s+")


def said_alone(words: str) -> tuple[str, dict[str, str]] | None:
    """The request these words make as if said alone: a moment noted ("note that ...", "log a moment
        ..."), a request in words (steering.unasked_request),
        words before a command to log them ("the walk is done, log it"), a lapse told in own words (a
    miss: skill/told_lapse.py), a word kept told with the deed (skill/told_kept.py), or something done ("I cooked
        dinner tonight": a kept promise, asked about as any is when it names none)."""
    words = without_gladness(_JOINED.sub("", spoken(words)))  # "i'm so happy, log a moment, …": the command
    note = noted_moment(words)
    if note is not None:  # "note that my wife checks the gas every night": a moment, as anywhere
        return RELIABILITY, {"note": note}
    command = trailing_command(words)
    deed = kept_deed(words) if command is None else None
    if deed is not None:  # "I did what I said I'd do and called Sam": the deed names the promise
        return "LogKeptIntent", {"commitment": deed}
    request = unasked_request(words)
    command = command if request is None else None
    if command is not None:
        return _held(command[0] or "LogKeptIntent", command[1])
    if request is None and told_lapse(words):  # "I stuffed up, didn't call when I said I would": a miss
        return "LogMissedIntent", {"commitment": words}
    done = _DONE.match(spoken(words)) if request is None else None
    return ("LogKeptIntent", {"commitment": done["done"]}) if done is not None else request


def commanded(words: str) -> tuple[str, dict[str, str]] | None:
    """The request of words that end by naming what to log them as ("the kids were screaming blue
    murder at bath time but we got them down, note that as a moment"), the words before it its note, or
    that make one after the gladness said first ("i'm so happy, log a moment, …"); None when no kind is named."""
    plain = _JOINED.sub("", spoken(words))
    if (after := _after_gladness(plain)) is not None:  # "i'm so happy, log a moment, sam picked me up"
        return after
    command = trailing_command(plain)
    return _held(command[0], command[1]) if command is not None and command[0] is not None else None


def glad_note(words: str) -> tuple[str, dict[str, str]] | None:
    """A moment or a small win asked for after gladness, heard in a keep's slot ("[i] am chuffed, log a moment, sam
    rang when the train was late": tester-voice49, logged as the speaker's keep and celebrated); None otherwise."""
    for said in (words, f"i {words}"):  # "i {commitment}" leaves the "i" out of the slot
        request = _after_gladness(_JOINED.sub("", spoken(said)))
        if request is not None and request[0] in (RELIABILITY, "LogSmallWinIntent"):
            return request
    return None


def _after_gladness(plain: str) -> tuple[str, dict[str, str]] | None:
    """The request made by a command said after gladness ("i'm so happy, log a moment, …"); None when no
    gladness leads to one."""
    return said_alone(plain) if without_gladness(plain) != plain else None


# A worry or an idiom, then a turn to what was done: "i'm scared of spiders but i did the house jobs".
_TURNED_TO_DONE = re.compile(r"(?:^|\s)(?:but|though|although|anyway)\s+(?P<done>(?:i|we)\s.+)$")
_LOGS = frozenset({"LogKeptIntent", "LogMissedIntent", RELIABILITY})


def logged_after_a_turn(words: str) -> tuple[str, dict[str, str]] | None:
    """The log told after a turn from a worry or an idiom (tester-voice41 L1: "I'm terrified of this exam
    tomorrow but I kept my promise to do the house jobs" lost the keep); None when none follows."""
    turned = _TURNED_TO_DONE.search(_JOINED.sub("", spoken(words)))
    request = said_alone(turned["done"]) if turned is not None else None
    return request if request is not None and request[0] in _LOGS else None


def _held(intent: str, note: str) -> tuple[str, dict[str, str]]:
    return intent, {HELD_INTENTS[intent]: note} if HELD_INTENTS.get(intent) else {}


def handed_over_in(handler_input: HandlerInput, couple: Couple, said: str) -> Response | None:
    """Words that start with a handover and go on to a request ("will here i shared my location last
    night"), the request done for the one named; None when they do not."""
    found = handover_before(couple, said, any_words=True) if said.count(" ") > 1 else None
    request = said_alone(found[1]) if found is not None else None
    if found is None or request is None:
        return None
    handler_input.attributes_manager.request_attributes[HANDED_OVER] = found[0].id
    session_attributes(handler_input).pop(PENDING_REQUEST, None)
    return replay(handler_input, *request)
