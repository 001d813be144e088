"""How much of a commitment's name some words say: only the words that matter in a name
count ("when", "my", "the second one" name nothing), lightly stemmed ("called" is "call").
skill/understanding.py decides with it which commitment was named."""

from __future__ import annotations

import enum
import functools
import re

from trust_tracker.models.steering_words import words_of

# Words that carry no name of their own: "when" names nothing, "the second one" only a place in
# a list just read out, and "my phone" shares with "open phone" only a word. A verb's particle names
# nothing either: "walked away" shares no more with "phones away" than "walk" does.
_STOP_WORD_TEXT = """
a an the to my our your his her their i i'm im we we're you me us it its it's that this these those
one ones and or but so of on in at for with about by from up out off when while where what which who
how if then than as be is am are was were been do does did done have has had will would can could
should just even though although really very today tonight yesterday again always not no didn't
didnt never first second third fourth fifth sixth last number option both all none other another
thing something promise promises commitment word kept missed forgot forgotten remembered log record
sorry um uh i'd i'll i've we'd we'll wasn't weren't isn't aren't couldn't wouldn't
zero two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty
away back down over around round
"""
_STOP_WORDS = frozenset(_STOP_WORD_TEXT.split())


class Shared(enum.IntEnum):
    NONE, SOME, ALL = 0, 1, 2


def _stem(word: str) -> str:
    if word.endswith("time") and len(word) >= 7:  # "lunchtime" is said "at lunch", "bedtime" "at bed"
        word = word.removesuffix("time")
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


# Everyday words for a name's word, as people say them ("I rang Sam when the train was delayed"
# keeps "call when late", "our evening chat" the evening talk), taken to the word the name uses.
_SAME = {
    "rang": "call",
    "rung": "call",
    "ring": "call",
    "delay": "late",
    "chat": "talk",
    "natter": "talk",
    "workout": "gym",
}


# A time given and meant to be kept ("I'd be home by ten", "I said I'd be back before six"): about
# being late, as "call when late" is, however the clock is said.
_BY_A_TIME = re.compile(
    r"\b(?:i'd|i would|i'll|i will|we'd|we would|to) be (?:home|back|there|in|on time) (?:by|before)\b"
)


# Phrases whose verb means something else: "the footy got called off" calls nobody, "we called it a
# day" neither; a "group chat" is a thread of messages, no talk (tester-voice37 D18).
_OTHER_MEANING = re.compile(
    r"\b(?:(?:call|calls|called|calling)(?: (?:it|them|the \w+))? (?:off|a day)|"
    r"(?:group|family|whatsapp|team|work|class|school) (?:group )?chats?)\b"
)


@functools.lru_cache(maxsize=4096)  # the same names (the couple's promises) are read in every request
def content_words(text: str) -> frozenset[str]:
    """The words that matter in `text`, stemmed, everyday words taken to a name's word; a number
    alone never matters ("ten" of "ten minutes round the block" is no walk)."""
    lowered = _OTHER_MEANING.sub(" ", text.lower())
    said = (w for w in words_of(lowered) if w not in _STOP_WORDS and not w.isdigit())
    words = (_stem(w) for w in said)
    late = {_stem("late")} if _BY_A_TIME.search(lowered) else set()
    return frozenset({_stem(_SAME[word]) if word in _SAME else word for word in words} | late)


def shared(said: str, name: str) -> Shared:
    """How much of a name's content was said: enough (all of its words that matter, or two or
    more making at least half of them), some, or none."""
    named, heard = content_words(name), content_words(said)
    shared = named & heard
    if not shared:
        return Shared.NONE
    return Shared.ALL if shared == named or (len(shared) > 1 and 2 * len(shared) >= len(named)) else Shared.SOME


# How a promise is named by one of its words at "which one?": the word heads the reply and ends its
# phrase ("the walk", "walking", "Sunday", "I forgot the walk because of work", "the walk one, we went
# round the park"). The same word inside a sentence about something else names nothing ("I was tired
# and I should have walked away", "I walked the dog").
_HEAD = re.compile(
    r"^(?:(?:so|well|um|uh|oh|yes|yeah|sorry|i|we|it|that|this|forgot|missed|kept|did|didn't|do|had|went|go|"
    r"going|for|on|was|is|it's|that's|with|about|to|my|our|the|a|an|one|promise|commitment)\b[\s,]*)*"
    r"(?P<word>[a-z']+)(?P<end>\s*(?:$|,|\b(?:because|cause|cos|as|since|when|and|but|one|promise|commitment|"
    r"thing|today|tonight|yesterday|again|this|last|on)\b))"
)


_NOT_A_WORD = re.compile(r"[^a-z0-9', ]+")


def heads_the_reply(said: str, name: str) -> bool:
    """Whether the reply is a word of the name said as the name: one shared word named it."""
    head = _HEAD.match(" ".join(_NOT_A_WORD.sub(" ", said.lower()).split()))
    return head is not None and bool(content_words(head["word"]) & content_words(name))
