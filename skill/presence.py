"""Words that say only that the other partner is here ("yes she is here", "we're both here now"):
the answer to "Is Sam with you?" (intents/checkin_together.py), and never the answer to a check-in
question (intents/checkin_asked.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from trust_tracker.models.steering_words import spoken

from .away_a_moment import away_a_moment

# Said of the other partner ("they": their name, as read here) or of both: here, or not. A
# sentence about the week ("we were both better at our talks") says neither.
IS = r"(?:'s|'re| s| is| are| re| has| have)?"
WHO, THEY = rf"(?:they|he|she|we){IS}", rf"(?:they|he|she){IS}"
HERE = re.compile(
    rf"\b{WHO} (?:(?:all|both|just|right|already|also|now|sitting|standing) )*"
    r"(?:here|with me|with us|next to me|beside me|in the room|around|together|ready|joined|sat down|"
    r"(?:got|came|come|walked|just walked) (?:in|home|back|down)|arrived|too)\b|^(?:(?:yes|yeah|yep) )?(?:it s |it's )?(?:both of us|the two of us|both)\b"
    r"|\b(?:your turn|over to you|you're up)\b"
)
# Said to "Is Sam with you?", only where the partner is ("she's here", "yes, we're both here now"):
# presence, not the warning "he's here" is said alone.
_ONLY_HERE = re.compile(rf"(?:(?:yes|yeah|yep) )?(?:{HERE.pattern})(?: now| with me| too)?")


def _one_of(words: tuple[str, ...]) -> str:
    """A non-capturing alternation of `words` (each a word or a short regex)."""
    return "(?:" + "|".join(words) + ")"


# The other partner on their way ("she'll be down in a minute", "give him a sec"): said at a check-in question,
# a wait, never its answer (tester-voice38 D10); "not yet, she'll be here in a sec" (tester-voice39 D5). Composed
# from the word lists below: a lead-in, one way of saying it, then how soon.

# Words before it that only soften or hold the turn: "not yet, she'll be a sec", "hang on, he's parking".
_LEAD_INS = ("yes", "yeah", "yep", "oh", "um", "erm", "hang on", "hold on", "one sec", "one second", "just a sec")
_NOT_YET = ("not yet", "not quite", "nearly", "almost", "no", "nope", "but")
_A_MOMENT = ("sec", "second", "minute", "min", "mo", "moment", "tick")  # "a tick", "a sec"
_MOMENTS = ("minute", "minutes", "min", "mins", "sec", "second", "seconds", "mo", "moment", "tick")
_FEW = ("a", "one", "two", "five")  # "give her two minutes"
_THEIR = _one_of(("her", "his", "their"))
_WHICH_WAY = _one_of(("up", "down", "in", "over", "back"))  # "coming down", "on his way up"
# "She'll be down", "he'll be with us", "they'll be a minute".
_WILL_BE_WHERE = ("down", "up", "here", "back", "in", "along", "over", "with us", rf"a {_one_of(_A_MOMENT)}")
_WILL = rf"(?:they|he|she)(?: ll| will|'ll) (?:be )?(?:just )?{_one_of(_WILL_BE_WHERE)}"
# Leaving the room they are in is on their way: "she's getting out of the shower" is coming, where "she's in the
# shower" is away (intents/checkin_together.py reads being in a room as the no, and `coming` first).
ROOMS_LEFT = ("shower", "bath")
LEAVING_A_ROOM = rf"getting out of the {_one_of(ROOMS_LEFT)}"
# What they are doing on the way: "he's coming up", "she's on her way down", "he's just parking".
_DOING = (
    rf"coming(?: {_WHICH_WAY})?",
    rf"on {_THEIR} way(?: {_WHICH_WAY})?",
    rf"getting {_THEIR} {_one_of(('coat', 'shoes', 'tea', 'drink'))}",
    LEAVING_A_ROOM,
    "parking(?: the car)?",
    "finishing up",
)
_ON_THE_WAY = rf"{THEY} (?:just )?{_one_of(_DOING)}"
_GIVE = rf"give (?:her|him|them) {_one_of(_FEW)} {_one_of(_MOMENTS)}"  # "give him a sec"
# How soon, after it: "in a minute", "for just a sec", then "now", "soon".
_HOW_SOON = rf"(?: (?:in|for) {_one_of((*_FEW, 'ten', 'just a'))} {_one_of((*_MOMENTS, 'jiffy'))})?"
_COMING = re.compile(
    rf"(?:{_one_of((*_LEAD_INS, *_NOT_YET))} )*{_one_of((_WILL, _ON_THE_WAY, _GIVE))}{_HOW_SOON}"
    r"(?: now| soon| shortly| in a bit)?"
)


# The other partner gone part way ("Sam's gone to bed", "he had to go out, it's just me now"): the one who stayed
# goes on alone, never an answer (intents/checkin_who.py). Whole sentences: "Sam went to bed early" is an answer.
_JUST_ME = r"(?:,? (?:so |and )?(?:it's |it is |its )?(?:just|only) (?:me|me here)(?: now)?)"
_GONE = re.compile(
    rf"(?:{_one_of(_LEAD_INS)} )*{THEY} (?:just )?(?:(?:gone|left)(?: to bed| out| off| up| upstairs)?(?: now)?{_JUST_ME}?"
    rf"|(?:had to|has to|needed to|went|left)(?: [a-z]+){{0,3}}{_JUST_ME})"
)


def gone(said: str, names: Iterable[str]) -> bool:
    """Whether the words only say the other partner has left ("Sam had to go to bed, it's just me now")."""
    named = {word for name in names for word in spoken(name).split()}
    return _GONE.fullmatch(re.sub(rf"\b(?:{'|'.join(map(re.escape, named))})\b", "they", spoken(said))) is not None


def coming(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words only say the other partner is on their way ("Sam will be down in a minute"),
    or away a moment and waited for ("one sec, she's just in the loo": away_a_moment.py)."""
    words = _as_they(said, names)
    return _COMING.fullmatch(words) is not None or away_a_moment(words, THEY)


def only_here(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words only say the partner is here ("yes she is here", "we're both here now"); a
    name of `names` is read as "they" ("yes, Sam is here", "Sam's here")."""
    return _ONLY_HERE.fullmatch(_as_they(said, names)) is not None


def _as_they(said: str, names: Iterable[str]) -> str:
    """The words spoken, a partner's name with its verb read as "they" ("Sam's here" -> "they's here")."""
    named = {word for name in names for word in spoken(name).split()}
    words = spoken(said).split()
    # Only with its verb: "Sam here" alone is a handover (intents/checkin_who.py), never a presence.
    return " ".join(
        "they's"
        if w.endswith("'s") and w.removesuffix("'s") in named
        else "they"
        if w in named and words[i + 1 : i + 2] in (["is"], ["has"], ["will"], ["ll"])
        else w
        for i, w in enumerate(words)
    )
