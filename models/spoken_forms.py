"""How we'd say it when it's done: a few short sentences per commitment ("I called when I was
running late") that the skill recognises as that commitment, so a partner can log by
describing what they did.

They are a recognition aid, not a term of the contract: kept on the commitment's lineage
(`ItemLineage.spoken_forms`), they survive new versions and either partner may change them
without the other's agreement. Suggested from the commitment's own text when none are saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from .contracts import active_commitments
from .entities import ContractItem, Partner
from .errors import NotFound, ValidationError
from .text import has_control_characters

MAX_FORMS = 8
MAX_LENGTH = 120

# Verbs a commitment starts with, and how they are said once done ("call" -> "called").
# Regular verbs not listed here are found by _past's rules when the text starts with them.
_IRREGULAR = {
    "be": "was",
    "bring": "brought",
    "buy": "bought",
    "come": "came",
    "cut": "cut",
    "do": "did",
    "drive": "drove",
    "eat": "ate",
    "feed": "fed",
    "get": "got",
    "give": "gave",
    "go": "went",
    "have": "had",
    "hold": "held",
    "keep": "kept",
    "leave": "left",
    "let": "let",
    "make": "made",
    "meet": "met",
    "pay": "paid",
    "put": "put",
    "read": "read",
    "run": "ran",
    "say": "said",
    "see": "saw",
    "send": "sent",
    "set": "set",
    "sleep": "slept",
    "speak": "spoke",
    "spend": "spent",
    "take": "took",
    "tell": "told",
    "think": "thought",
    "write": "wrote",
}
_REGULAR = frozenset(
    [
        "answer",
        "apologise",
        "apologize",
        "ask",
        "attend",
        "avoid",
        "book",
        "call",
        "check",
        "clean",
        "cook",
        "delete",
        "discuss",
        "drop",
        "email",
        "end",
        "exercise",
        "finish",
        "help",
        "hug",
        "introduce",
        "limit",
        "listen",
        "look",
        "message",
        "move",
        "phone",
        "pick",
        "plan",
        "practice",
        "practise",
        "prepare",
        "reply",
        "respect",
        "respond",
        "return",
        "share",
        "show",
        "start",
        "stay",
        "stop",
        "switch",
        "talk",
        "text",
        "thank",
        "tidy",
        "turn",
        "unlock",
        "update",
        "use",
        "visit",
        "wait",
        "walk",
        "wash",
        "watch",
        "check-in",
    ]
)
# What is said in the present inside a commitment, said once it happened ("when I'm late").
_THEN = {"i'm": "i was", "im": "i was", "i am": "i was", "we're": "we were", "we are": "we were", "is": "was"}
# Figures people leave out when they tell it: "more than 15 minutes", "15-minute", "twice".
_FIGURES = re.compile(
    r"\b(?:(?:more|less|fewer|no more|no less) than |at least |within |for |by )?"
    r"(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty)[- ](?:minutes?|hours?|days?|times?)\b"
    r"(?: (?:a|per) (?:day|week))?"
)
_WE_WORDS = re.compile(r"\b(?:we|our|us|together|each other)\b")
_DETERMINER = re.compile(r"^(?:my|our|the|a|an) ")
_PRONOUN = re.compile(r"^(?:(?:i|we)(?: just| also| finally| really)?|today i|today we)\s+")


def suggest(text: str, short_name: str = "") -> list[str]:
    """A few phrasings of the commitment, said as done: "Call or text when I'm running more than
    15 minutes late" -> "i called when i was running late", "i texted when i was running late";
    "Have a 15-minute evening talk about our day" (short name "evening talk") -> "we had our
    evening talk". Lower case, as speech arrives; none when the text gives nothing to go on."""
    words = _plain(text)
    subject = "we" if _WE_WORDS.search(words) else "i"
    found: list[str] = []
    name = _plain(short_name)
    verbs, rest = _verbs(words)
    name_verbs, name_rest = _verbs(name)
    if name and not name_verbs and verbs[:1] in ([], ["have"], ["do"], ["take"]):
        # Named by a thing done together ("evening talk"): "we had our evening talk".
        found.append(f"we {_past(verbs[0]) if verbs else 'had'} our {_DETERMINER.sub('', name)}")
    found += [f"{subject} {_past(verb)} {rest}".strip() for verb in verbs]
    found += [f"{subject} {_past(verb)} {name_rest}".strip() for verb in name_verbs if verb in verbs]
    unique = list(dict.fromkeys(re.sub(r"\ba ([aeiou])", r"an \1", f) for f in found if len(f.split()) > 1))
    return [f for f in unique if len(f) <= MAX_LENGTH][:4]


def _plain(text: str) -> str:
    """Lower-case words, the present said as past, figures left out."""
    said = " ".join(re.findall(r"[a-z0-9'-]+", (text or "").lower().replace("’", "'")))
    said = _FIGURES.sub("", said)
    for now, then in _THEN.items():
        said = re.sub(rf"\b{now}\b", then, said)
    return " ".join(said.split())


def _verbs(words: str) -> tuple[list[str], str]:
    """The verbs a commitment starts with ("call or text", "call and check in") and the rest."""
    found = re.match(r"^(\S+)(?: (?:or|and|/) (\S+))?(?: (.*))?$", words)
    if found is None or not _is_verb(found[1]):
        return [], words
    if found[2] and _is_verb(found[2]):
        return [found[1], found[2]], found[3] or ""
    rest = " ".join(filter(None, [found[2] and f"or {found[2]}", found[3]]))
    return [found[1]], rest


def _is_verb(word: str) -> bool:
    return word in _IRREGULAR or word in _REGULAR


def _past(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # stop -> stopped, hug -> hugged
        return verb + verb[-1] + "ed"
    return verb + "ed"


def without_pronoun(form: str) -> str:
    """What fills "i {commitment}": "i called when i was running late" -> "called when i was running late"."""
    said = " ".join(re.findall(r"[a-z0-9']+", form.lower()))
    return _PRONOUN.sub("", said)


@dataclass(frozen=True)
class Phrasings:
    """A commitment, its saved phrasings, and what is suggested while none are saved."""

    commitment: ContractItem
    saved: list[str]
    suggested: list[str]


def read(session: Session, partner: Partner, lineage_id: int) -> Phrasings:
    """The phrasings of one of the couple's active commitments; NotFound for anything else."""
    item = _commitment(session, partner, lineage_id)
    return Phrasings(item, list(item.lineage.spoken_forms), suggest(item.text, item.short_name))


def forms_by_lineage(session: Session, couple_id: int) -> dict[int, list[str]]:
    """Every active commitment's saved phrasings, by lineage id (none: an empty list)."""
    return {c.lineage_id: list(c.lineage.spoken_forms) for c in active_commitments(session, couple_id)}


def save(session: Session, partner: Partner, lineage_id: int, texts: list[str]) -> list[str]:
    """Replace a commitment's phrasings: blank lines and repeats dropped, at most MAX_FORMS of
    at most MAX_LENGTH characters, no control characters. Either partner may; nothing is
    changed when anything is refused. Distress is the interface's to hear first."""
    item = _commitment(session, partner, lineage_id)
    kept: dict[str, str] = {}
    for text in texts:
        if has_control_characters(text):
            raise ValidationError("A phrasing cannot contain control characters.")
        said = " ".join(text.split())
        if len(said) > MAX_LENGTH:
            raise ValidationError(f"A phrasing can be at most {MAX_LENGTH} characters.")
        if said and not re.search(r"[^\W\d_]", said):
            raise ValidationError("A phrasing needs words, like: I called when I was running late.")
        if said:
            kept.setdefault(without_pronoun(said) or said.lower(), said)
    if len(kept) > MAX_FORMS:
        raise ValidationError(f"At most {MAX_FORMS} phrasings for one commitment.")
    item.lineage.spoken_forms = list(kept.values())  # a new list: JSON is not mutation-tracked
    session.flush()
    return item.lineage.spoken_forms


def _commitment(session: Session, partner: Partner, lineage_id: int) -> ContractItem:
    found = next((c for c in active_commitments(session, partner.couple_id) if c.lineage_id == lineage_id), None)
    if found is None:
        raise NotFound("That commitment is not in your current contract.")
    return found
