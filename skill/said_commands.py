"""Commands said around what happened: "we laughed at breakfast, log that as a moment" asks for
a moment of reliability whatever topic word Alexa heard first, and "log that as a moment" is
never part of the note; "note that ..." of an everyday moment is a moment, unless it tells of a
promise kept or missed. Pure reading of words: skill/topics_commanded.py acts on it."""

from __future__ import annotations

import re

from trust_tracker.models.entities import LogKind
from trust_tracker.models.lead_in_words import BEFORE_COMMAND, FILLERS, WHEN
from trust_tracker.models.steering_words import spoken
from trust_tracker.models.told_words import described

from .naming import Shared, shared
from .topic_families import day_was_hard
from .understanding import kind_said

KEPT, MISSED = "LogKeptIntent", "LogMissedIntent"
RELIABILITY, SMALL_WIN, BREACH = "LogReliabilityIntent", "LogSmallWinIntent", "LogBreachIntent"

# What each kind is called in a command: "as a moment", "as a small win", "down as a keep".
_KINDS = {
    "moment": RELIABILITY,
    "reliable moment": RELIABILITY,
    "moment of reliability": RELIABILITY,
    "reliability": RELIABILITY,
    "win": SMALL_WIN,
    "small win": SMALL_WIN,
    "little win": SMALL_WIN,
    "tiny win": SMALL_WIN,
    "keep": KEPT,
    "kept promise": KEPT,
    "kept": KEPT,
    "promise kept": KEPT,
    "miss": MISSED,
    "missed promise": MISSED,
    "missed": MISSED,
    "breach": BREACH,
    "boundary breach": BREACH,
}
HARD_DAY = "HardDayIntent"
# A hard day told before "log it", the words saying the kind: "yesterday was a hard day, log it", "I had a
# rough one on Friday, please log that", "today's been a tough day, note it" (logged on the day it names).
_DAY_WORDS = r"(?:today|yesterday|last night|tonight|(?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?)"
_HARD_DAY_SAID = re.compile(
    rf"^(?:(?:{_DAY_WORDS}|it|i|that|(?:[a-z]+ ){{1,3}}ago)(?:'s|'m|'ve| was| has| is| have| had| i| am| i'm| i've)* )?"
    r"(?:been |having |had |was )?"
    r"(?:a |such a |one of those )(?:really |very |pretty |proper |bit of a )*"
    r"(?:hard|rough|tough|bad|difficult|awful|terrible|horrible|rotten|stressful) (?:day|one|days)"
    rf"(?: (?:for me|today|{_DAY_WORDS}))*(?: (?:at|with|because|cos|after|over) [a-z' ]+)?$"
)
# Where it goes, naming no kind: "add that to the log" (the job stays what the words say).
_PLACES = ("log", "tracker", "list", "record")
_NAMED = "|".join(sorted(map(re.escape, [*_KINDS, *_PLACES]), key=len, reverse=True))
# The command at the end of the words: a logging verb on "that" or "it", then the kind or place.
_TRAILING = re.compile(
    rf"^(?P<rest>.+?)[\s,.;:!-]+(?:(?:{BEFORE_COMMAND}) )*"
    r"(?:(?:log|note|record|put|mark|count|save|add|write|chalk|file|keep) "
    r"(?:that|it|this)(?: (?:down|up|in))?"
    rf"(?: (?:as|for|under|to|in|on|into|with) (?:(?:the|a|an|my|our|one) )?(?:another )?(?P<kind>{_NAMED}))?"
    # or the kind named straight after the verb: "..., log a small win", "save a note" (never
    # "count as a win": "does a draw count as a win" asks)
    r"|(?:log|note|record|put|mark|save|add|write|chalk|file|keep) "
    rf"(?:as )?(?:a|an|another|one) (?P<straight>{_NAMED}|note))"
    r"(?: (?:please|for me|for us|thanks|thank you|too|as well))*[\s.!]*$"
)
# Words after which "log it" is what someone was asked to do, not a command: "I asked Sam to log it";
# but "she did what she said she would, log a moment" ends a clause of its own before the command.
_NOT_A_COMMAND = re.compile(r"\b(?:to|will|would|should|could|can|must|did|didn't|won't|i|we|you|he|she|they)$")
_SAID_SHE_WOULD = re.compile(r"\b(?:said|promised|swore)(?: [a-z']+){1,2} (?:would|will|could|did)$")
# The command said first, naming the kind: "log a moment sam did what she said", "add a win: ...",
# "log a note ..." (no kind: read as "note that ..." is).
_KIND_NAMES = "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
_LEADING = re.compile(
    rf"^(?:(?:{BEFORE_COMMAND}) )*(?:log|note|record|add|save|mark|put down|write down|jot down|chalk up|file)"
    rf"(?: (?:down|up))? (?:(?:it|that|this) as )?(?:a|an|another|one) (?:(?P<kind>{_KIND_NAMES})|note)"
    r"(?: (?:please|for me|for us|here|now))*(?: (?:that|about|for))? (?=\S)"
)
# "Note that ..." itself, said where no note was asked for (a carrier of the safety's took it): a
# topic's carrier reads it its own way ("can you note that the bus came through" notes nothing).
# "Remember that …", "make a note that …" are the same command (tester-voice31 E2: "Remember that" was kept).
_NOTE_THAT = re.compile(
    rf"^(?:(?:{BEFORE_COMMAND}) )*(?:note|remember|make a note|take a note|write down|jot down|put down) that (?=\S)"
)
# The person's own account, first person: "note that we ..." may tell of a promise.
_FIRST_PERSON = re.compile(rf"^(?:(?:{FILLERS}|{WHEN}) )*(?:i|we|i've|we've|i'd|we'd)\b")
# The speaker's own account in a later clause: "…, but I called", "… so we did the walk anyway".
_OWN_CLAUSE = re.compile(r"\b(?:but|and|so|then|still)(?: (?:then|still|anyway))? (?:i|we)\b")


def trailing_command(words: str) -> tuple[str | None, str, str] | None:
    """(the intent the command names, or None for "add that to the log"; the words before it;
    the command), when the words end with a command to log them; None when they do not."""
    said = spoken(words)
    found = _TRAILING.match(said)
    if found is None:
        return None
    rest = found["rest"].strip(" ,.;:-")
    if len(rest.split()) < 2 or (_NOT_A_COMMAND.search(rest) and not _SAID_SHE_WOULD.search(rest)):
        return None
    kind = found["kind"] or found["straight"]
    named = _KINDS.get(kind) if kind else HARD_DAY if _HARD_DAY_SAID.match(rest) or day_was_hard(rest) else None
    return named, rest, said[found.end("rest") :].strip(" ,.;:!-")


_COURTESY = re.compile(r"(?:please|thanks|thank you|cheers|ta)?")


def leading_command(words: str) -> tuple[str | None, str] | None:
    """(the intent the command names, or None for "log a note"; the words after it, as they came),
    when the words begin with a command naming what to log; None when they do not."""
    found = _LEADING.match(spoken(words))
    if found is None:
        return None
    command, kind = found[0].split(), found["kind"]
    tokens = words.split()  # the words after the command as Alexa wrote them (a friend's capital kept)
    rest = " ".join(tokens[len(command) :]) if spoken(" ".join(tokens[: len(command)])) == " ".join(command) else ""
    rest = rest or spoken(words)[found.end() :]
    # "log it as a moment please": a courtesy is no note (it was saved as "please").
    return (_KINDS[kind] if kind else None), "" if _COURTESY.fullmatch(spoken(rest)) else rest


def noted_moment(words: str) -> str | None:
    """The note of words led by a command to note a moment ("note that sam fixed the gate", "log a
    moment: ...", "log a note ..."), when it is not the speaker's own account (first person: which
    promise it tells of is read against the couple's promises, noted_promise); None otherwise."""
    said = _NOTE_THAT.match(spoken(words))
    first = (None, spoken(words)[said.end() :]) if said is not None else leading_command(words)
    if first is None or first[0] not in (None, RELIABILITY) or _FIRST_PERSON.match(spoken(first[1])):
        return None
    return first[1]


def noted_promise(note: str, names_a_promise: bool) -> str | None:
    """The intent for a note that is the speaker's own account of a promise ("note that I forgot
    the evening talk": missed; "...that I called when I was late": kept), given whether its words
    name one of the couple's commitments; None for an everyday moment ("we talked about the kids")."""
    said = spoken(note)
    # "the traffic was murder but I called Sam to say I'd be late": the account after the scene, only
    # when its words name a promise ("Sam was late but I didn't mind" stays a moment).
    if not _FIRST_PERSON.match(said) and not (names_a_promise and _OWN_CLAUSE.search(said)):
        return None
    missed = kind_said(said, LogKind.KEPT) is LogKind.MISSED
    if missed or names_a_promise:  # "I kept my word to myself" names none: a moment, as asked
        return MISSED if missed else KEPT
    return None


def misses_one(note: str, promises: tuple[str, ...]) -> bool:
    """Whether a note is a plain miss of something a promise's words name ("I didn't do the walk, I was
    too tired", "I skipped our walk"): said to "What was the moment?", it is offered as the miss it
    tells, asked which promise (never saved as a moment, never logged on a guess; note23 Left 3)."""
    done = described(note)
    return (
        done is not None and done.what == "missed" and any(shared(done.words, p) is not Shared.NONE for p in promises)
    )
