"""Who did what a breach's words tell (DESIGN.md: know who is speaking before crediting anything
to a person): the speaker ("I read Sam's journal", "had a look through her diary"), the partner
("Sam read my journal", "my husband went through my diary", "she contacted him again"), or
someone else ("my friend read my journal"). The one place this is read; the domain decides what
follows (models.logbook.log_breach: only the one who crossed a boundary logs it).

The subject of the first clause that tells the act decides, after what only leads in to it:
fillers and times ("so", "last night"), the command ("log a breach"), a report of finding out
("I found out", "I caught", "I think") and a clause saying only that a boundary was broken ("one
of our boundaries was broken today"). No subject ("went through her phone") is the speaker's
own, as "log a breach" is. Names are compared by sound (skill/partner_names.py), so a name Alexa
heard a little differently is still the partner's.
"""

from __future__ import annotations

import re
import unicodedata

from trust_tracker.models.entities import ContractItem, LogKind, Partner
from trust_tracker.models.lead_in_words import FILLERS, FOUND_OUT, WHEN
from trust_tracker.models.logbook import Doer
from trust_tracker.models.steering_words import spoken

from .partner_names import sound
from .speakers import other_partner
from .steering import speaker_correction
from .topic_families import name_said
from .understanding import commitments_named

# The command and the confession said before the act ("log a breach that", "i need to tell you").
_FILLER = (
    rf"{FILLERS}|{WHEN}|(?:i'm|i am) (?:sorry|afraid|sad) (?:to say|but)|guess what|you know what|"
    r"(?:please )?(?:log|record|report|note|add|write down|put down)(?: (?:a|an|one|that|this|it|down|as))*"
    r"(?: (?:boundary|boundaries|breach|breaches|lapse|setback))*(?: that)?|"
    r"(?:a|an|another|one) (?:boundary )?(?:breach|lapse|setback)|"
    r"(?:i want to|i need to|i'd like to|can you|could you|i have to|i must) "
    r"(?:log|record|report|tell you|confess|admit|say)(?: (?:a|an|that|this))?(?: (?:breach|boundary breach))?(?: that)?"
)
# Said before the act, only to frame it: what the speaker found out or thinks, or how they feel about it.
_REPORT = (
    rf"{FOUND_OUT}|"
    r"(?:i'm|i am|i feel|i felt|i was) (?:so |really |very |quite |a bit |pretty |just )?(?:upset|hurt|angry|gutted|"
    r"devastated|sad|furious|annoyed|livid|heartbroken|shocked|crushed|betrayed|disappointed|sick) "
    r"(?:because|that|as|since|cause|'cause|cos|coz|when)"
)
# A boundary said to be broken, with no one said to have done it ("one of our boundaries was broken").
_BROKEN = (
    r"(?:(?:one of |another of )?(?:our|the|a|my|one|another) )?(?:(?:no )?[a-z']+ ){0,4}?"
    r"(?:boundary|boundaries|rule|rules|agreement|contract|limit|line|promise|deal)"
    r" (?:was|were|got|has been|have been|is|just got) (?:\w+ )?(?:broken|crossed|breached|overstepped|violated|ignored)|"
    r"(?:there was|there's been|there has been|we had|we've had|i have|i've got|i need to log) (?:a|another) "
    r"(?:boundary )?(?:breach|lapse|setback)"
)
_LEAD = re.compile(rf"^(?:(?:{_FILLER}|{_BROKEN})(?: that)?\s+)+")
_REPORTED = re.compile(rf"^(?:{_REPORT})(?: that)?\s+")
# "it was sam who read it": who, said first.
_CLEFT = re.compile(r"^(?:it (?:was|is|'s) (.+?) (?:who|that)|what (.+?) did (?:was|is))\b")
# "my journal was read by sam": who, said last.
_AGENT = re.compile(r"\b(?:was|were|got|been|being|get|gets) (?:\w+ ){1,3}?by (.+)$")

_SPEAKER = frozenset(["i", "i'm", "i've", "i'd", "i'll", "im", "ive", "me", "myself", "we", "we've", "we're", "we'd"])
_WE = frozenset(["we", "we've", "we're", "we'd", "we'll"])
# Where a later clause begins, with its own subject: "we were out and he ...", "we argued, then i ...".
_NEXT_CLAUSE = re.compile(r"\b(?:and|but|then|so|when|while|until|after|before)(?: then| so)? (?=\S)")
_PRONOUNS = frozenset(
    ["he", "she", "they", "he's", "she's", "they've", "they're", "he'd", "she'd", "they'd", "him", "her", "them"]
)
# Words that begin a sentence and are nobody's name ("his phone", "the journal thing").
_NOT_A_NAME = re.compile(
    r"^(?:his|their|my|our|your|the|a|an|this|that|these|those|some|it|it's|there|what|which|when|where|why|how|"
    r"if|not|no|yes|to|of|in|on|at|by|with|from|for|about|after|before|over|through|into)$"
)
# What the partner's own things are said with, once the speaker found them out ("his messages to her").
_THEIRS = re.compile(
    r"\b(?:he|she|they|him|her|them|his|their|he's|she's|they've|"
    r"my (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse)(?:'s)?)\b"
)
# "my husband", "my other half": the partner, however they are called ("my partner's been": has).
_PARTNER_WORDS = re.compile(
    r"^(?:my|me) (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|other half|"
    r"hubby|missus|missis|wifey|fella|bloke|significant other|better half|bf|gf)"
    r"(?:'s (?=been|gone|got|had|done|started|kept|still|always|never|just|not|\w+ed\b|\w+ing\b)|(?!'s)\b)"
)
# Anyone else, by who they are to the speaker: "my friend", "our son", "her ex", "someone".
_SOMEONE_ELSE = re.compile(
    r"^(?:(?:my|our|his|her|their|a|an|the|some|one of (?:my|our|his|her|their)) (?:[a-z']+ )?(?:friends?|mates?|mum|mom|mother|"
    r"mummy|mommy|dad|daddy|father|parents?|sisters?|brothers?|siblings?|sons?|daughters?|kids?|children|child|"
    r"boys?|girls?|teens?|teenagers?|stepsons?|stepdaughters?|stepmum|stepmom|stepdad|aunt|auntie|aunty|uncle|"
    r"cousins?|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|grandparents?|in laws?|mother in law|"
    r"father in law|sister in law|brother in law|flatmates?|housemates?|roommates?|colleagues?|coworkers?|"
    r"co workers?|boss|manager|neighbou?rs?|landlord|landlady|cleaner|carer|therapist|counsell?or|"
    r"ex|ex husband|ex wife|ex partner|ex boyfriend|ex girlfriend|affair partner|lodger|guests?|visitors?|"
    r"family|relatives?|people|person)|"
    r"someone|somebody|anyone|anybody|people|everyone|everybody|nobody|no one)\b"
)
# After a name, what says it is the subject: a verb, a tense, or "sam's been" ("has").
_ACTS = re.compile(
    r"^(?:'s (?!(?:phone|journal|diary|laptop|computer|tablet|email|emails|messages?|texts?|account|ex|"
    r"friend|mum|mom|dad|sister|brother|stuff|things|bag|car|notes?)\b)|"
    r"(?:has|had|have|was|is|keeps|kept|read|reads|reading|went|goes|got|gets|looked|looks|took|takes|"
    r"snooped|snoops|peeked|peeks|checked|checks|searched|opened|opens|saw|sees|found|contacted|contacts|"
    r"texted|texts|messaged|messages|called|calls|rang|rings|phoned|met|meets|emailed|replied|talked|talks|"
    r"spoke|speaks|been|did|does|didn't|doesn't|hasn't|won't|will|would|just|again|also|still|always|never|"
    r"secretly|then|and|broke|breaks|crossed|lied|cheated|hid|hides|used|uses|started|slept|stayed|"
    # a lapse in an irregular past: "sam forgot to call when she was late" (tester-voice36 D30)
    r"forgot|forgets|blew|let|stood|fell|"
    r"visited|sent|dm'd|snapchatted|facetimed|liked|followed|added|unblocked|watches|tracks|monitors|\w+ed)\b)"
)


def who_did(said: str, speaker: Partner) -> Doer:
    """Who did what `said` tells, `speaker` saying it: Doer.SPEAKER when it is theirs or no one
    else is said to have done it, Doer.PARTNER, or Doer.SOMEONE_ELSE."""
    told, reported = _plain(said), False
    while (lead := _LEAD.match(f"{told} ") or _REPORTED.match(f"{told} ")) is not None:
        reported = reported or lead.re is _REPORTED  # "so last night i found out that ..."
        told = told[lead.end() :].strip()
    if (cleft := _CLEFT.match(told)) is not None:
        told = f"{cleft[1] or cleft[2]} did it"
    found = _subject(told, speaker)
    if found is None and (agent := _AGENT.search(told)) is not None:
        found = _subject(f"{agent[1]} did it", speaker)
    if found is None and reported and _THEIRS.search(told):
        return Doer.PARTNER  # "i found his messages to her": found out, not done
    return found or Doer.SPEAKER  # no one said: "went through her phone", "the journal thing"


# A later clause the speaker is the subject of: "Sam reminded me and I did the bins" is theirs, and
# so is what the partner only told them ("Sam reminded me I forgot to call", "she said that I missed it").
_SPEAKER_LATER = re.compile(
    rf"{_NEXT_CLAUSE.pattern}(?:i|i've|i'd|we|we've)\b|"
    r"\b(?:me|us|said|says|thinks|thought|told \w+)(?: that)? (?:i|i've|i'd|we|we've)\b"
)


def partners_act(said: str, speaker: Partner) -> bool:
    """Whether a keep or a miss told in `said` is the other partner's doing ("Sam didn't do the
    house jobs", "my wife fed the chooks"), not the speaker's: never where the speaker acts later
    ("Sam reminded me and I did them") or where the partner's name is its everyday word ("will
    you log that I did the house jobs", topic_families.name_said)."""
    words = _plain(said)
    other = other_partner(speaker)
    if other is None or who_did(said, speaker) is not Doer.PARTNER or _SPEAKER_LATER.search(words):
        return False
    name = (_plain(other.name).split() or [""])[0]
    first = words.split(" ", 1)[0].removesuffix("'s")
    return not (first and sound(first) == sound(name) and not name_said(name, words))


def partners_promise(
    said: str, speaker: Partner, kind: LogKind, named_ids: list[int], agreed: list[ContractItem]
) -> Partner | None:
    """The other partner, where a keep or a miss told in `said` is theirs to log ("Sam did the
    house jobs", "log that Sam kept her promise to call"), wherever it is heard (a request, a
    check-in's held log): a promise of theirs named, or a miss ("Sam fixed the side gate" names
    none: a moment, offered as any is); never a handover ("Sam took over": who speaks, not who did it)."""
    other = other_partner(speaker)
    if (
        other is None
        or not said
        or speaker_correction(speaker.couple, said)
        or not (kind is LogKind.MISSED or named_ids or commitments_named(said, agreed))
    ):
        return None
    return other if partners_act(said, speaker) else None


_FEW_WORDS_AND_ME = re.compile(r"^(?:[\w']+ ){1,3}and (?:i|me)\b")


def _subject(told: str, speaker: Partner) -> Doer | None:
    """Who the words begin with as the one who acted; None when they name no one."""
    first, _, rest = told.partition(" ")
    if not first:
        return None
    if first in _WE and (later := _later_doer(told, speaker)) is not None:
        return later  # "we played hide and seek and will hid": the couple sets the scene, one acts
    if first in _SPEAKER or _FEW_WORDS_AND_ME.match(told):
        return Doer.SPEAKER  # "i read sam's journal", "we went", "sam and i": their own act too
    if _SOMEONE_ELSE.match(told):
        return Doer.SOMEONE_ELSE  # before "her": "her ex contacted him"
    if first in _PRONOUNS or _PARTNER_WORDS.match(told):
        return Doer.PARTNER
    name = first.removesuffix("'s")
    after = told[len(name) :]
    after = after if after.startswith("'s") else after.lstrip()
    other = other_partner(speaker)
    if other is not None and _named(name, other):
        return Doer.PARTNER if not rest or _ACTS.match(after) else None
    if _named(name, speaker):
        return Doer.SPEAKER
    if first.endswith("ly") and rest:  # "accidentally read her diary": how, not who
        return _subject(rest, speaker)
    if not _NOT_A_NAME.match(name) and _ACTS.match(after) and not _ACTS.match(f"{first} "):
        return Doer.SOMEONE_ELSE  # "jordan read my journal": a name of neither of them
    return None


def _later_doer(told: str, speaker: Partner) -> Doer | None:
    """Who a later clause says acted, after one that only says what the two of them were doing;
    None when no later clause names one of them alone."""
    for clause in _NEXT_CLAUSE.finditer(told):
        rest = told[clause.end() :]
        if rest.split(" ", 1)[0] in _WE:
            continue
        found = _subject(rest, speaker)
        if found is not None and (found is not Doer.SOMEONE_ELSE or _SOMEONE_ELSE.match(rest)):
            return found  # not "seek and ..." of "hide and seek" taken for a stranger's name
    return None


def _named(word: str, partner: Partner) -> bool:
    """Whether `word` is `partner`'s name (its first word), as it sounds."""
    names = _plain(partner.name).split()
    return bool(word and names) and sound(word) == sound(names[0])


def _plain(text: str) -> str:
    """Spoken words without accents: "fiancée" is "fiancee", "José" is "jose"."""
    return spoken("".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))
