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
from .past_tense import base_of, past
from .steering_words import words_of
from .text import has_control_characters

MAX_FORMS = 8
MAX_LENGTH = 120

# What is said in the present inside a commitment, said once it happened ("when I'm late").
_THEN = {
    "i'm": "i was",
    "im": "i was",
    "i am": "i was",
    "we're": "we were",
    "we are": "we were",
    "you're": "you were",
    "you are": "you were",
    "they're": "they were",
    "they are": "they were",
    "is": "was",
    "are": "were",
}
_THEN_PATTERNS = tuple((re.compile(rf"\b{now}\b"), then) for now, then in _THEN.items())
# Figures people leave out when they tell it: "more than 15 minutes", "15-minute", "twice".
_FIGURES = re.compile(
    r"\b(?:(?:more|less|fewer|no more|no less) than |at least |within |for |by )?"
    r"(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty)[- ](?:minutes?|hours?|days?|times?)\b"
    r"(?: (?:a|per) (?:day|week))?"
)
_WE_WORDS = re.compile(r"\b(?:we|our|us|together|each other)\b")
_DETERMINER = re.compile(r"^(?:my|our|the|a|an) ")
_PRONOUN = re.compile(r"^(?:(?:i|we)(?: just| also| finally| really)?|today i|today we)\s+")
# How a promise is worded before its verb ("I will", "we always"), left out once it is done.
_PROMISING = frozenset(["will", "'ll", "shall", "always", "also", "must", "should", "really"])
# Said before a verb that was not done: "Don't lie about money" -> "i didn't lie about money".
_NOT = re.compile(r"^(?:don't|dont|do not|doesn't|does not|never|not|won't|will not|no longer) ")
# A verb in a clause said in the present: "answer when Sam calls" -> "... when sam called".
_CLAUSE = re.compile(
    r"\b(when|whenever|if|before|after|while|until|once) ((?:the|my|our|your|his|her|their) )?([a-z]+) ([a-z'-]+)"
)
_PLURAL = frozenset(["we", "you", "they"])
# What is had or done together, named by a noun: "weekly budget review", "date night".
_EVENTS = frozenset(
    [
        "talk",
        "review",
        "walk",
        "date",
        "night",
        "dinner",
        "breakfast",
        "lunch",
        "check-in",
        "call",
        "meeting",
        "session",
        "chat",
        "catch-up",
        "conversation",
        "appointment",
        "counselling",
        "therapy",
        "run",
    ]
)


_A_BEFORE_VOWEL = re.compile(r"\ba ([aeiou])")


def suggest(text: str, short_name: str = "", names: tuple[str, ...] = ()) -> list[str]:
    """A few phrasings of the commitment, said as done: "Call or text when I'm running more than
    15 minutes late" -> "i called when i was running late", "i texted when i was running late";
    "Have a 15-minute evening talk about our day" (short name "evening talk") -> "we had our
    evening talk"; "Be on time" -> "i was on time", "we were on time" when it is theirs together;
    "Alex drives the kids" (Alex one of `names`) -> "i drove the kids"; "Don't lie" -> "i didn't
    lie". Lower case, as speech arrives; none when the text gives nothing to go on."""
    who, words = _lead(_said(text), {n.lower() for n in names})
    subject = who or ("we" if _WE_WORDS.search(words) else "i")
    plural = subject == "we"
    found: list[str] = []
    name = _then(_said(short_name))
    negated = _NOT.match(words)
    if negated:
        verb, _, rest = words[negated.end() :].partition(" ")
        found.append(f"{subject} didn't {base_of(verb) or verb} {_then(rest)}")
        words = ""
    verbs, rest = _verbs(words)
    name_verbs, name_rest = _verbs(name)
    if name and not name_verbs and verbs[:1] in ([], ["have"], ["do"], ["take"]) and not negated:
        # Named by a thing done together ("evening talk"): "we had our evening talk".
        found.append(f"we {past(verbs[0]) if verbs else 'had'} our {_DETERMINER.sub('', name)}")
    found += [f"{subject} {past(verb, plural)} {rest}" for verb in verbs]
    found += [f"{subject} {past(verb, plural)} {name_rest}" for verb in name_verbs if verb in verbs]
    if not verbs and not found:
        found += _had(words, subject)
    found = [_A_BEFORE_VOWEL.sub(r"an \1", " ".join(f.split())) for f in found]
    unique = list(dict.fromkeys(f for f in found if len(f.split()) > 1))
    return [f for f in unique if len(f) <= MAX_LENGTH][:4]


_WORD_OR_HYPHENED = re.compile(r"[a-z0-9'-]+")


def _said(text: str) -> str:
    """Lower-case words, figures left out."""
    said = " ".join(_WORD_OR_HYPHENED.findall((text or "").lower().replace("’", "'")))
    return " ".join(_FIGURES.sub("", said).split())


def _then(words: str) -> str:
    """The present said as past: "when i'm late" -> "when i was late", "when sam calls" -> "when sam called"."""
    for now, then in _THEN_PATTERNS:
        words = now.sub(then, words)
    return _CLAUSE.sub(_clause_past, words)


def _clause_past(found: re.Match[str]) -> str:
    conjunction, determiner, subject, word = found.groups()
    verb = base_of(word)
    pronoun = not determiner and (subject in _PLURAL or subject == "i")
    # "when we argue" (a pronoun, then the verb itself) or "when the meeting runs" (anyone else, then -s).
    if verb is None or (pronoun and word != verb) or (not pronoun and (word == verb or not word.endswith("s"))):
        return found[0]
    return f"{conjunction} {determiner or ''}{subject} {past(verb, subject in _PLURAL)}"


def _lead(words: str, names: set[str]) -> tuple[str | None, str]:
    """Who the commitment names before its verb, and the words from the verb on: "i will call"
    -> ("i", "call"); "alex and sam cook" -> ("we", "cook"); "alex drives" -> ("i", "drives")."""
    tokens = words.split()
    who = None
    contracted = {"i'm": ["am"], "im": ["am"], "we're": ["are"], "i'll": ["will"], "we'll": ["will"]}
    if tokens[:1] in (["i"], ["we"]) or (tokens[:1] and tokens[0] in contracted):
        who = "we" if tokens[0].startswith("we") else "i"
        tokens = contracted.get(tokens[0], []) + tokens[1:]
    elif len(tokens) > 3 and tokens[0] in names and tokens[1] == "and" and tokens[2] in names:
        who, tokens = "we", tokens[3:]
    elif len(tokens) > 1 and tokens[0] in names and (base_of(tokens[1]) or _promised(tokens[1:])):
        who, tokens = "i", tokens[1:]
    while tokens and tokens[0] in _PROMISING:
        tokens = tokens[1:]
    if tokens[:2] in (["am", "going"], ["are", "going"]) and tokens[2:3] == ["to"]:
        tokens = tokens[3:]
    return who, " ".join(tokens)


def _promised(tokens: list[str]) -> bool:
    """Words that come between a name and its verb: "sam will", "alex never"."""
    return tokens[0] in _PROMISING or bool(_NOT.match(" ".join(tokens)))


_VERBS_AND_REST = re.compile(r"^(\S+)(?: (?:or|and|/) (\S+))?(?: (.*))?$")


def _verbs(words: str) -> tuple[list[str], str]:
    """The verbs a commitment starts with ("call or text", "calls and checks in"), as listed
    verbs, and the rest said as past."""
    found = _VERBS_AND_REST.match(words)
    first = base_of(found[1]) if found else None
    if found is None or first is None:
        return [], words
    second = base_of(found[2]) if found[2] else None
    if second:
        return [first, second], _then(found[3] or "")
    rest = " ".join(filter(None, [found[2] and f"or {found[2]}", found[3]]))
    return [first], _then(rest)


def _had(words: str, subject: str) -> list[str]:
    """A commitment named by a noun: "no phone at dinner" -> "i had no phone at dinner";
    "weekly budget review" -> "i had my weekly budget review"."""
    tokens = words.split()
    if tokens[:1] == ["no"] and len(tokens) > 1 and not tokens[1].endswith("ing"):
        return [f"{subject} had {_then(words)}"]
    head = next((i for i, t in enumerate(tokens[:5]) if t in _EVENTS), None)
    if head is None or head > 3 or any(base_of(t) for t in tokens[:head]):  # "sam cooks dinner": not a noun
        return []
    while head + 1 < len(tokens) and tokens[head + 1] in _EVENTS:  # "counselling session"
        head += 1
    phrase = _DETERMINER.sub("", " ".join(tokens[: head + 1]))
    return [f"{subject} had {'our' if subject == 'we' else 'my'} {phrase}"]


def without_pronoun(form: str) -> str:
    """What fills "i {commitment}": "i called when i was running late" -> "called when i was running late"."""
    said = " ".join(words_of(form))
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
    names = tuple(p.name for p in partner.couple.partners)
    return Phrasings(item, list(item.lineage.spoken_forms), suggest(item.text, item.short_name, names))


def forms_by_lineage(session: Session, couple_id: int) -> dict[int, list[str]]:
    """Every active commitment's saved phrasings, by lineage id (none: an empty list)."""
    return {c.lineage_id: list(c.lineage.spoken_forms) for c in active_commitments(session, couple_id)}


_LETTER = re.compile(r"[^\W\d_]")


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
        if said and not _LETTER.search(said):
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
