"""Words that say only that the other partner is here ("yes she is here", "we're both here now"), back
("okay she's back"), on their way or away a moment and waited for ("give us a sec", "one sec, she's just in
the loo"): the answer to "Is Sam with you?" (intents/checkin_together.py), and never the answer to a check-in
question (intents/checkin_asked.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from trust_tracker.models.steering_words import spoken

# Said of the other partner ("they": their name, as read here) or of both: here, or not. A
# sentence about the week ("we were both better at our talks") says neither.
IS = r"(?:'s|'re| s| is| are| re| has| have)?"
WHO, THEY = rf"(?:they|he|she|we){IS}", rf"(?:they|he|she){IS}"
_HOW_HERE = r"(?:(?:all|both|just|right|already|also|now|sitting|standing) )*"
_WHERE_HERE = (
    r"(?:here|with me|with us|next to me|beside me|in the room|around|together|ready|joined|sat down|"
    r"(?:got|came|come|walked|just walked) (?:in|home|back|down)|arrived|too)"
)
HERE = re.compile(
    rf"\b{WHO} {_HOW_HERE}{_WHERE_HERE}\b|^(?:(?:yes|yeah|yep) )?(?:it s |it's )?(?:both of us|the two of us|both)\b"
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
# from the word lists below: a lead-in, one way of saying it, then how soon. A wait asked for the speaker ("give
# us a sec", "give me a minute") is one too.

_A_MOMENT = ("sec", "second", "minute", "min", "mo", "moment", "tick")  # "a tick", "a sec"
_MOMENTS = ("minute", "minutes", "min", "mins", "sec", "second", "seconds", "mo", "moment", "tick")
_FEW = ("a", "one", "two", "five")  # "give her two minutes"
# A wait said before or after it: "one sec", "hang on a minute", "bear with us".
_HOLD = rf"(?:(?:one|just a|hang on a|hold on a|wait a) {_one_of(_A_MOMENT)}|hang on|hold on|wait|bear with (?:me|us))"
# Words before it that only soften or hold the turn: "not yet, she'll be a sec", "hang on, he's parking".
_LEAD_INS = ("yes", "yeah", "yep", "oh", "um", "erm", "okay", "ok", _HOLD)
_NOT_YET = ("not yet", "not quite", "nearly", "almost", "no", "nope", "but")
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
    rf"coming(?: {_WHICH_WAY}){{0,2}}",  # "coming back in"
    rf"on {_THEIR} way(?: {_WHICH_WAY})?",
    rf"getting {_THEIR} {_one_of(('coat', 'shoes', 'tea', 'drink'))}",
    LEAVING_A_ROOM,
    "parking(?: the car)?",
    r"finishing (?:up|off|the (?:dishes|washing up|call|bath))",
    "getting (?:changed|dressed|ready)",
)
_ON_THE_WAY = rf"{THEY} (?:just )?{_one_of(_DOING)}(?: {THEY} (?:just )?{_one_of(_DOING)})?"  # "she's coming, she's finishing the dishes"
# "Give him a sec", "can you give us a minute", "just give me two minutes please".
_GIVE = rf"(?:(?:can|could) you |just )?give (?:her|him|them|me|us) {_one_of(_FEW)} {_one_of(_MOMENTS)}(?: please)?"
# How soon, after it: "in a minute", "for just a sec", then "now", "soon".
_HOW_SOON = rf"(?: (?:in|for) {_one_of((*_FEW, 'ten', 'just a'))} {_one_of((*_MOMENTS, 'jiffy'))})?"
_COMING = re.compile(
    rf"(?:{_one_of((*_LEAD_INS, *_NOT_YET))} )*{_one_of((_WILL, _ON_THE_WAY, _GIVE))}{_HOW_SOON}"
    r"(?: now| soon| shortly| in a bit)?"
)

# Away a moment, and waited for: "one sec, she's just in the loo", "he's on the phone, hang on", "she's just
# popped to the toilet" (tester-voice40 D8: saved as a check-in answer); "she's in the shower" alone is still
# away (intents/checkin_together.py).
_POPPED_TO = r"to the (?:loo|toilet|bathroom|car|shop|shops)"
_MOMENT_AWAY = (
    r"(?:in|on) the (?:loo|toilet|bathroom|washroom|restroom|lav|phone)|using the (?:loo|toilet|bathroom)|"
    rf"(?:popped|nipped|dashed|run|gone) (?:(?:out|upstairs|downstairs)(?: {_POPPED_TO})?|{_POPPED_TO})"
)
_WAIT = rf"(?:{_HOLD}|{_GIVE})"
_AWAY_A_MOMENT = re.compile(
    rf"(?:{_WAIT} )+{THEY} (?:just )?(?:{_MOMENT_AWAY})|{THEY} (?:just )?(?:{_MOMENT_AWAY}) {_WAIT}|"
    rf"{THEY} just (?:{_MOMENT_AWAY})"
)

# Back after a wait ("okay she's back", "right, he's here now", "oh good, we're back", "there she is"): at a
# check-in question, carry on (intents/checkin_asked.py); at "Is Sam with you?", the yes. Never a yes said
# first ("yes she is here" answers a question not asked: `only_here`).
_BACK_LEADS = (
    *("okay", "ok", "right", "alright", "all right", "oh", "ah", "good", "oh good", "great", "sorry", "phew"),
    *("hang on", "hold on", "wait", "oh wait", "look", "oh look"),  # "hang on, Sam's home" (tester-voice45 D8)
)
_BACK = rf"{WHO} {_HOW_HERE}(?:{_WHERE_HERE}|back|home)(?: with us| in the room)?"
# Just come in (tester-voice43 D2: "oh Sam just walked in" was saved as the answer of a check-in alone).
_WALKED_IN = r"(?:they|he|she) (?:has |have )?just (?:walked|come|came|got) (?:in|back|home|through the door)"
_RETURNED = re.compile(
    rf"(?:{_one_of(_BACK_LEADS)} )*(?:{_BACK}|(?:here|there) (?:she|he|they) (?:is|are)|here we are|{_WALKED_IN})"
    r"(?: now| again| at last| finally)*"
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
    return _GONE.fullmatch(_as_they(said, names, bare=True)) is not None


def coming(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words only say the other partner is on their way ("Sam will be down in a minute"), or
    away a moment and waited for ("one sec, she's just in the loo"), or ask for a moment ("give us a sec")."""
    words = _as_they(said, names)
    return _COMING.fullmatch(words) is not None or _AWAY_A_MOMENT.fullmatch(words) is not None


def returned(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words only say the partner is back, or here now ("okay, Sam's back", "right, he's here now")."""
    return _RETURNED.fullmatch(_as_they(said, names)) is not None


def only_here(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words only say the partner is here ("yes she is here", "we're both here now"); a
    name of `names` is read as "they" ("yes, Sam is here", "Sam's here")."""
    return _ONLY_HERE.fullmatch(_as_they(said, names)) is not None


def _as_they(said: str, names: Iterable[str], *, bare: bool = False) -> str:
    """The words spoken, a partner's name with its verb read as "they" ("Sam's here" -> "they's here");
    `bare`: the name read as "they" whatever follows it ("Sam had to go" -> "they had to go")."""
    named = {word for name in names for word in spoken(name).split()}
    words = spoken(said).split()
    # Only with its verb, unless `bare`: "Sam here" alone is a handover (intents/checkin_who.py), never a presence.
    return " ".join(
        "they's"
        if w.endswith("'s") and w.removesuffix("'s") in named
        else "they"
        if w in named and (bare or words[i + 1 : i + 2] in (["is"], ["has"], ["will"], ["ll"], ["just"]))
        else w
        for i, w in enumerate(words)
    )


# Going on without the other partner, asked for ("skip Sam", "go on without her", "keep going without him" (code48:
# saved as an answer), "don't wait for him", "just me then"): at "Is Sam with you?" the no, at a question the one speaking alone (tester: "skip Sam" to a resumed
# "Is Sam with you?" was saved as the answer of the question it stopped at). Whole sentences only: "we went on
# without him to the party" tells of the week.
_THEM = r"(?:they|her|him|them)"
_GO_ON = (
    r"(?:go|carry|keep|press|get|crack|push|move) on|(?:keep|carry on) going|continue|start|begin|go ahead|"
    r"do (?:it|this|the check ?in)|get going"
)
_WITHOUT = re.compile(
    r"(?:(?:no|nah|nope|okay|ok|oh|well|right|alright|actually|just|let's|let us|we'll|we will|i'll|i will|"
    r"can we|could we|we can|you can) )*"
    rf"(?:skip {_THEM}|leave {_THEM} out|(?:{_GO_ON}) without {_THEM}|(?:don't|do not|no need to) wait for {_THEM}|"
    r"(?:it's |it is )?(?:just|only) me)"
    r"(?: (?:then|for now|today|tonight|this time|please|thanks|for this one))*"
)


def without_them(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words only ask to go on without the other partner ("skip Sam", "carry on without her")."""
    return _WITHOUT.fullmatch(_as_they(said, names, bare=True)) is not None
