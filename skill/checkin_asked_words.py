"""The check-in asked about rather than begun or answered: when it is ("when is our check-in"), what
the partner or the speaker answered ("what did Sam say in the check-in", "what did I say"). One home
for these words, read outside the check-in (skill/topics.py, said around its topic word) and at its
questions (skill/intents/checkin_asked.py, the words nothing but the question)."""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken, without_aside

# The check-in asked about, not begun: when it is ("when is our check-in"), or what the partner
# answered ("what did Sam say in the check-in"): told, the check-in never resumed (tester-voice36 D31, D32).
_WHEN = r"(?:when(?:'s| s| is| are| do| will| does)|what (?:day|time)(?:'s| s| is| do| does| are)?)"
_SAID = r"(?:say|said|answer|answered|write|written|put)"
_THEIRS = rf"what (?:did|has|have|had) (?!i\b|we\b)[a-z']+ {_SAID}"
_MINE = rf"what (?:did|have|had) (?:i|we) {_SAID}"  # "what did I say in the check-in" (tester-voice37)
_IN_IT = r"(?: (?:in|for|to|on) (?:the |our |this |that |last )?(?:check ?in|question(?: [a-z0-9]+)?|one|it|week))?"
# Said before a question about the check-in, once the aside before it ("erm", "so", "sorry") is off.
ASKING = r"(?:remind me|tell me|can you tell me|do you know)"
_ERM = re.compile(r"^(?:erm+ )+")
_CHECKIN_WHEN = re.compile(rf"^(?:(?:hey|{ASKING}) )*{_WHEN}\b")
_CHECKIN_THEIRS = re.compile(rf"\b{_THEIRS}\b|\b(?!my\b|our\b)[a-z]+'s answers\b|\b(?:her|his|their) answers\b")
_CHECKIN_MINE = re.compile(rf"^(?:{ASKING} )*{_MINE}\b|^(?:{ASKING} )*what (?:were|are) my answers\b")
# The same asked at a check-in question, the words nothing but the question (tester-voice37 D2): "when
# is it ever going to get easier" is an answer there.
AGAIN = r"(?: (?:again|now|then|please))*$"
_WHOLE_WHEN = re.compile(
    rf"^(?:{ASKING} )*{_WHEN}(?: we (?:do|have))? (?:our |the |this week's |this )?(?:weekly )?check ?in{AGAIN}"
)
_WHOLE_THEIRS = re.compile(rf"^(?:{ASKING} )*{_THEIRS}{_IN_IT}{AGAIN}")
_WHOLE_MINE = re.compile(rf"^(?:{ASKING} )*{_MINE}{_IN_IT}{AGAIN}")
_WHOLE = (("checkin_when", _WHOLE_WHEN), ("checkin_theirs", _WHOLE_THEIRS), ("checkin_mine", _WHOLE_MINE))
_AROUND = (("checkin_when", _CHECKIN_WHEN), ("checkin_theirs", _CHECKIN_THEIRS), ("checkin_mine", _CHECKIN_MINE))


def checkin_asked_about(said: str, *, whole: bool = False) -> str | None:
    """ "checkin_when" for when the check-in is, "checkin_theirs" for what the partner answered,
    "checkin_mine" for what the speaker did; None when the words around the check-in ask for it
    ("start our check-in"). `whole`: the words say nothing else, the check-in named in them (said
    at one of its questions)."""
    text = asked_words(said)
    if whole:
        found = ((key, pattern.match(text)) for key, pattern in _WHOLE)
    else:
        found = ((key, pattern.search(text)) for key, pattern in _AROUND)
    return next((key for key, matched in found if matched), None)


def asked_words(said: str) -> str:
    """The words of a question, the aside before it taken off: "erm, so when is our check-in"."""
    return without_aside(_ERM.sub("", spoken(said)))
