"""The skill's own steering words: a bare yes or no to an open question, "log it" or "my
answer", "actually this is Sam". The words that steer any answer (skip, go back, undo,
stop, "um") are the domain's, in models/steering_words.py, read by the site too.
Said during a check-in question or a reflection, none of them is stored."""

from __future__ import annotations

import re

from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import Requested, spoken

from .understanding import partner_named

_BARE_YES_NO = re.compile(r"^(?:yes|yeah|yep|yup|sure|no|nope|nah|not really)$")
_YES_NO_QUESTION = re.compile(r"^(?:did|do|does|is|are|was|were|have|has|had|can|could|would|will|should|shall)\b")


def bare_yes_or_no(said: str, question: str) -> bool:
    """ "No" (or "yes") and nothing else, to a question that is not a yes-or-no one ("What went
    well?"): not an answer yet."""
    return bool(_BARE_YES_NO.match(spoken(said))) and not _YES_NO_QUESTION.match(spoken(question))


# "Shall I log that? Or, if it was your answer, say: my answer.": yes and "the first one" log
# it, "my answer" and "the second one" save it as said, no and "neither" leave it.
_HELD_CHOICES = (
    (
        "answer",
        re.compile(
            r"^(?:(?:(?:yes|yeah|no|oh) )?(?:(?:it was|that was|that's|it's|save it as|save that as) )?(?:my|an|the) answer"
            r"|answer|(?:the )?second(?: one)?|save (?:it|that))$"
        ),
    ),
    (
        "log",
        re.compile(
            r"^(?:(?:yes|yeah|yep|yup|sure|okay|ok|please|yes please|go ahead|do it|do that)(?: please)?"
            r"|(?:(?:please|yes|yeah|no|just|ok|okay) )?log (?:it|that)(?: (?:please|now|instead))*|log"
            r"|(?:the )?first(?: one)?)$"
        ),
    ),
    (
        "no",
        re.compile(
            r"^(?:no|nope|nah|no thanks|no thank you|neither|neither one|neither of those|none|none of those"
            r"|not now|nothing|forget it|leave it|don't|do not)$"
        ),
    ),
)


def held_choice(said: str) -> str | None:
    """ "Shall I log that? Or, if it was your answer, say: my answer." answered in words:
    "answer", "log", "no"; None if unclear."""
    text = spoken(said)
    return next((name for name, pattern in _HELD_CHOICES if pattern.match(text)), None)


# "Just log it", "it doesn't matter which": to "which of your boundaries was it?", log it
# without one. Whole replies only: "log it as the first one" names one, "it matters" is no such reply.
_ANYWAY = re.compile(
    r"^(?:(?:no|yes|yeah|ok|okay|um+|uh+|well|oh|please|honestly)\s+)*(?:"
    r"(?:(?:just|please|can you|could you|you can|go ahead and|only)\s+)*(?:log|note|record) (?:it|that|the breach)"
    r"(?: (?:anyway|anyhow|as it is|as is|like that|without (?:one|a boundary|the boundary)|on its own|for me|please|now))*|"
    r"(?:it |that )?(?:doesn't|does not|don't) (?:really )?matter(?: which(?: one)?| much)?|no matter(?: which)?|"
    r"(?:it's|it is|that's|that is) not important(?: which(?: one)?)?|(?:i )?(?:don't|do not) mind(?: which(?: one)?)?|"
    r"never mind which(?: one)?|whatever|whichever|any(?: of them| one)? is fine"
    r")(?: (?:please|thanks|thank you))*$"
)


def logs_anyway(said: str) -> bool:
    """ "Just log it", "it doesn't matter", "log it anyway": logged without choosing."""
    return _ANYWAY.match(spoken(said)) is not None


_CORRECTION = re.compile(
    r"^(?:(?:no|oh|oops|sorry|wait|actually|hold on|hang on)\s+)*(?:(?:this is|it's|it is|i'm|i am|my name is)\s+)?"
    r"(?:actually\s+)?(?P<name>.+?)(?:\s+(?:here|speaking|now|actually|talking))*(?:,?\s+not\s+[a-z']+)?$"
)
# Without "this is" / "my name is", the name alone is an answer unless a word after it says
# who is speaking ("sam speaking", "sam here").
_NAMED_ALONE = re.compile(r"^(?:(?:this is|it's|it is|i'm|i am|my name is)\s|.*\s(?:here|speaking|talking)$)")


# Words that ask for more (AMAZON.MoreIntent's family: "the rest", "the other ones", "what else"):
# said where an answer is expected, they ask for another question, never answer this one.
_MORE = re.compile(
    r"^(?:(?:and|so|ok|okay|um|uh|now|then|alright)\s+)*(?:(?:can you |could you |please )?"
    r"(?:read|tell|give|ask|show)(?: me| us)?\s+|what about\s+|(?:are there|is there|any)\s+)?"
    r"(?:(?:some |any )?more(?: questions| of them| please)?|anymore|the rest(?: of them| of the questions)?|"
    r"the others|the other (?:ones|questions)|the next (?:ones|questions)|next ones|what else|anything else|"
    r"(?:is|are) there (?:any )?more(?: questions)?|(?:is that|was that) (?:all|it|the last one))"
    r"(?:\s+(?:please|then|now))*$"
)


def asks_for_more(said: str) -> bool:
    """ "The rest", "the other ones", "any more?": asking for more, not an answer."""
    return _MORE.match(spoken(said)) is not None


_START_OVER = re.compile(r"\b(?:start (?:over|again)|restart|begin again|from the (?:top|start|beginning))\b")


def starts_over(said: str) -> bool:
    """ "Start over", "begin again": the question asked again, saying that it starts again."""
    return _START_OVER.search(spoken(said)) is not None


def speaker_correction(couple: Couple, said: str) -> Partner | None:
    """ "Actually this is Sam", "no, it's Sam": the partner named as the one really speaking."""
    text = spoken(said)
    bare = re.sub(r"^(?:(?:no|oh|oops|sorry|wait|actually|hold on|hang on)\s+)*", "", text)
    found = _CORRECTION.match(text) if _NAMED_ALONE.match(bare) else None
    return partner_named(couple, found["name"]) if found else None


# What each request said where an answer was expected means to the skill: its intent, and
# the slot its words go in. "checkin" and "who" are the check-in's own (the question is asked again).
_REQUEST_INTENTS: dict[str, tuple[str, str]] = {
    "progress": ("ProgressIntent", ""),
    "celebrate": ("CelebrateIntent", ""),
    "questions": ("ReadCheckInQuestionsIntent", ""),
    "contract": ("ReadContractIntent", ""),
    "boundaries": ("ReadBoundariesIntent", ""),
    "pause": ("TakeAPauseIntent", ""),
    "kept": ("LogKeptIntent", "commitment"),
    "log": ("LogKeptIntent", "commitment"),  # kept or missed as its words say
    "missed": ("LogMissedIntent", "commitment"),
    "breach": ("LogBreachIntent", "note"),
    "small_win": ("LogSmallWinIntent", "note"),
    "reliability": ("LogReliabilityIntent", "note"),
    "all_kept": ("LogAllKeptIntent", "quantity"),
    "all_missed": ("LogAllMissedIntent", "quantity"),
    "hard_day": ("HardDayIntent", ""),
    "news": ("PartnerNewsIntent", "partner"),
    "remind": ("RemindCheckInIntent", ""),
    "stop_reminders": ("StopRemindersIntent", ""),
    "not_me": ("NotMeIntent", ""),
    "acknowledge": ("AcknowledgeIntent", "partner"),
    "link": ("LinkDeviceIntent", "code"),
}


def request_intent(request: Requested | None) -> tuple[str, dict[str, str]] | None:
    """The intent (and its slots) a request said as an answer stands for; None for one the
    check-in answers itself ("start our check-in", "who am I") or no request at all."""
    found = _REQUEST_INTENTS.get(request.what) if request is not None else None
    if request is None or found is None:
        return None
    intent, slot = found
    words = "" if request.words in ("my", "our", "it", "that") else request.words
    return intent, ({slot: words} if slot and words else {})


# "Actually this is Jordan", "my name is Jordan", "Jordan speaking": someone says who is
# speaking. Only the words that say so count ("I'm tired" names nobody), and a word that
# is not a name after "this is" ("actually this is hard") is an answer.
_SAYS_WHO = re.compile(
    r"^(?:(?:no|oh|oops|sorry|wait|hold on|hang on|hi|hello|hey)\s+)*(?:"
    r"(?:actually\s+)(?:this is|it's|it is|i'm|i am)\s+(?:actually\s+|really\s+)?(?P<a>[a-z']+)(?:\s+(?:here|speaking|talking))?"
    r"|(?:this is|it's|it is)\s+(?:actually\s+|really\s+)?(?P<b>[a-z']+)\s+(?:here|speaking|talking)"
    r"|my name is\s+(?P<c>[a-z']+)(?:\s+actually)?"
    r"|(?:actually\s+)?(?P<d>[a-z']+)\s+(?:here|speaking)(?:\s+actually)?)$"
)
_NOT_A_NAME = frozenset(
    [
        "it",
        "that",
        "this",
        "me",
        "him",
        "her",
        "them",
        "us",
        "you",
        "we",
        "who",
        "what",
        "why",
        "how",
        "hard",
        "tough",
        "difficult",
        "easy",
        "fine",
        "good",
        "great",
        "bad",
        "awful",
        "nice",
        "weird",
        "strange",
        "silly",
        "stupid",
        "true",
        "right",
        "wrong",
        "better",
        "worse",
        "new",
        "all",
        "everything",
        "nothing",
        "something",
        "enough",
        "fun",
        "sad",
        "tiring",
        "exhausting",
        "scary",
        "important",
        "interesting",
        "different",
        "normal",
        "okay",
        "ok",
        "going",
        "working",
        "done",
        "over",
        "home",
        "nobody",
        "somebody",
        "everyone",
        "everybody",
        "someone",
        "anyone",
        "i",
        "i'm",
    ]
)


def stranger_named(couple: Couple, said: str) -> bool:
    """Whether these words say who is speaking, by a name that is nobody in this couple
    ("actually this is Jordan"): answered "I only know Alex and Sam here", never saved."""
    found = _SAYS_WHO.match(spoken(said))
    name = next((n for n in found.groups() if n), None) if found else None
    return name is not None and name not in _NOT_A_NAME and partner_named(couple, name) is None
