"""English verbs as said once done: "call" -> "called", "drives" -> "drove", "going" -> "went".

Used to suggest how a commitment is told once kept (models/spoken_forms.py). A word counts
as a verb only when listed here: a suggestion built on a guessed verb would be wrong more
often than no suggestion.
"""

from __future__ import annotations

import re

IRREGULAR = {
    "admit": "admitted",
    "be": "was",
    "become": "became",
    "begin": "began",
    "break": "broke",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "check-in": "checked in",
    "catch": "caught",
    "choose": "chose",
    "come": "came",
    "cut": "cut",
    "do": "did",
    "draw": "drew",
    "drink": "drank",
    "drive": "drove",
    "eat": "ate",
    "fall": "fell",
    "feed": "fed",
    "feel": "felt",
    "fight": "fought",
    "find": "found",
    "forget": "forgot",
    "forgive": "forgave",
    "get": "got",
    "give": "gave",
    "go": "went",
    "have": "had",
    "hear": "heard",
    "hold": "held",
    "hurt": "hurt",
    "keep": "kept",
    "know": "knew",
    "lead": "led",
    "leave": "left",
    "let": "let",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "pay": "paid",
    "prefer": "preferred",
    "put": "put",
    "quit": "quit",
    "read": "read",
    "regret": "regretted",
    "ride": "rode",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shut": "shut",
    "sit": "sat",
    "sleep": "slept",
    "submit": "submitted",
    "speak": "spoke",
    "spend": "spent",
    "stand": "stood",
    "swim": "swam",
    "take": "took",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "understand": "understood",
    "wake": "woke",
    "wear": "wore",
    "win": "won",
    "write": "wrote",
}
REGULAR = frozenset(
    [
        "accept",
        "agree",
        "answer",
        "apologise",
        "apologize",
        "argue",
        "arrive",
        "ask",
        "attend",
        "avoid",
        "book",
        "call",
        "change",
        "check",
        "clean",
        "close",
        "cook",
        "cuddle",
        "dance",
        "decide",
        "delete",
        "disagree",
        "discuss",
        "drop",
        "email",
        "end",
        "enjoy",
        "exercise",
        "finish",
        "fix",
        "flirt",
        "follow",
        "gamble",
        "help",
        "hug",
        "introduce",
        "join",
        "kiss",
        "laugh",
        "learn",
        "like",
        "limit",
        "listen",
        "lie",
        "live",
        "look",
        "love",
        "mention",
        "message",
        "miss",
        "move",
        "need",
        "notice",
        "offer",
        "open",
        "order",
        "phone",
        "pick",
        "plan",
        "play",
        "practice",
        "practise",
        "pray",
        "prepare",
        "promise",
        "reach",
        "remember",
        "reply",
        "respect",
        "respond",
        "rest",
        "return",
        "save",
        "share",
        "shout",
        "show",
        "shower",
        "smoke",
        "snoop",
        "start",
        "stay",
        "stop",
        "struggle",
        "switch",
        "talk",
        "text",
        "thank",
        "tidy",
        "touch",
        "travel",
        "try",
        "turn",
        "unlock",
        "update",
        "use",
        "visit",
        "wait",
        "walk",
        "want",
        "wash",
        "watch",
        "work",
        "worry",
        "yell",
    ]
)
# Past forms already, or words that keep a clause as it is ("when i can", "if we must").
_LEAVE = frozenset(["was", "were", "had", "did", "could", "would", "should", "might", "must", "can", "will", "may"])


def is_verb(word: str) -> bool:
    return word in IRREGULAR or word in REGULAR


_CONSONANT_THEN_Y_END = re.compile(r"[^aeiou]y$")
_ONE_SHORT_VOWEL_THEN_CONSONANT = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def past(verb: str, plural: bool = False) -> str:
    """The simple past: "stop" -> "stopped", "tidy" -> "tidied"; "be" -> "were" for we."""
    if verb == "be":
        return "were" if plural else "was"
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if _CONSONANT_THEN_Y_END.search(verb):
        return verb[:-1] + "ied"
    if _ONE_SHORT_VOWEL_THEN_CONSONANT.fullmatch(verb):  # stop -> stopped, hug -> hugged
        return verb + verb[-1] + "ed"
    return verb + "ed"


def base_of(word: str) -> str | None:
    """The listed verb a word is a form of: itself, "drives" -> "drive", "tries" -> "try",
    "watches" -> "watch", "going" -> "go", "stopping" -> "stop", "being" -> "be"; else None."""
    if word in _LEAVE:
        return None
    candidates = [word]
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    if word.endswith("s"):
        candidates.append(word[:-1])
    if word.endswith("ing"):
        stem = word[:-3]
        candidates += [stem, stem + "e", stem[:-1]]
    irregular = {"has": "have", "does": "do", "is": "be", "are": "be", "am": "be"}
    if word in irregular:
        return irregular[word]
    return next((c for c in candidates if is_verb(c)), None)
