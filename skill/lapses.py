"""A lapse against a boundary, told in words ("I had a cheeky punt on the Melbourne Cup", "I
texted my ex again", "I found out Sam has been texting her ex"): never a kept promise or a
moment. How each kind of lapse is said is skill/lapse_acts.py's; here, whose act it is and whether
it was done at all. The boundaries each kind breaks are the domain's rule (models/lapse_kinds.py).

`lapses_said`: the speaker's own act, after a lead-in only ("so", "last night", "I slipped up
and"), never a negation ("I haven't had a drink") or someone else ("Sam had a drink").
`lapses_told`: the same acts told of anyone ("Sam has been texting her ex", "I think he's been
on the betting app"), so that who did it (skill/breach_doer.py) decides what follows: only the
one who lapsed is offered its breach. Lookalikes ("a drink of water", "my ex-boss") are neither.
"""

from __future__ import annotations

import re

from trust_tracker.models.entities import ContractItem
from trust_tracker.models.lapse_kinds import APPS, BOUNDARY_WORDS, boundaries_about
from trust_tracker.models.lead_in_words import FILLERS, FOUND_OUT, WHEN
from trust_tracker.models.steering_words import spoken

from .everyday_words import EVERYDAY
from .lapse_acts import APP_AGAIN, APP_VERB, BRAND, LAPSES, Lapse

# What may come before the act when the speaker did it: a lead-in, a time, a confession.
_LEAD_IN = re.compile(
    rf"^(?:(?:{FILLERS}|{WHEN}|i|we|sorry|i'm|im|afraid|have|i've|ive|to|admit|confess|must|be|honest|that|log|note|"
    r"record|slipped|up|messed|stuffed|screwed|mucked|went|ended|last|night|this|on|the|at|after|work|cheeky|bit|of|a|"
    r"only|just|still)"
    r"\s+)*$"
)


# Said after the act, what makes it a help asked for, not a boundary crossed: "read my messages out
# to me because I was driving", "replied for me while I drove", "paid my bill because I asked". The
# beneficiary right after the act ("too much for me" later says how it felt); the request or the
# reason anywhere ("while I was driving" alone is when, not why: a passenger can snoop).
_FOR_ME = re.compile(
    r"^(?: [a-z']+){0,3}? (?:(?:for|on behalf of) (?:me|us)|on (?:my|our) behalf|(?:out|out loud|aloud) to (?:me|us))\b"
)
_AS_ASKED = re.compile(
    r"\b(?:(?:to|so as to) help (?:me|us)|(?:at|on) (?:my|our) request|with (?:my|our) (?:permission|blessing|consent|ok|okay)|"
    r"(?:because|cause|cos|coz|since|as|when|like|after) (?:i|we) (?:had )?(?:asked|begged|agreed)|as agreed|"
    r"(?:i|we) (?:had )?(?:asked|begged|told|wanted|needed) (?:her|him|them|[a-z]+) to|(?<!says )(?<!said )"
    r"(?:i|we) (?:had )?asked for (?:it|that|this)|"
    r"(?:because|cause|cos|coz|since|as) (?:i|we) (?:was|were) (?:driving|behind the wheel|at the wheel))\b"
)


# What was asked was to leave it: "even though I told her to stop", "after I asked him not to".
_REFUSED = re.compile(r"^(?: (?:her|him|them|[a-z]+))?(?: to)? (?:not|never|stop|leave|stay|keep|back|quit|give)\b")


def _done_for(after: str) -> bool:
    """Whether the words after an act say it was done for the speaker, as asked (never a lapse)."""
    asked = _AS_ASKED.search(after)
    return _FOR_ME.match(after) is not None or (asked is not None and not _REFUSED.match(after[asked.end() :]))


# Before an act told of anyone: a lead-in, what the teller found out or thinks, then who did it
# and how ("sam has been", "my husband's", "he"): never a negation, a wish or a maybe.
_TELLER = rf"(?:(?:{FILLERS}|{WHEN})\s+)*(?:(?:{FOUND_OUT})(?: that)?\s+)?"
_DOER = (
    r"(?:(?:my|me) (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|spouse|other half|hubby|missus)|"
    r"(?!(?:i|we|it|there|this|that|they|you|nobody|no one)\b)[a-z]+(?: [a-z]+)?)"
)
_TOLD = re.compile(
    rf"^{_TELLER}{_DOER}(?:'s| has| had| is| was| have)?(?: been| gone and| went and)?"
    r"(?: (?:again|just|also|still|secretly|back|actually|apparently|already))*\s*$"
)
_NOT_DONE = re.compile(r"\b(?:not|never|no longer|\w+n't|if|whether|might|could|would|should|wants?|wanted|tempted)\b")


# "Sam has been drinking less": better, not a lapse.
_LESS = re.compile(r"\s*(?:(?:much|a lot|way|far|a bit) )?(?:less|fewer)\b|\s*any ?more\b")


def lapses_said(said: str) -> list[Lapse]:
    """The kinds of lapse the speaker says they did ("I had a drink with my ex": two), if any."""
    words = spoken(said)
    found = ((lapse, lapse.act.search(words)) for lapse in LAPSES)
    return _most_specific(
        [
            lapse
            for lapse, act in found
            if act is not None and _LEAD_IN.match(words[: act.start()]) and not _done_for(words[act.end() :])
        ]
    )


def lapses_told(said: str) -> list[Lapse]:
    """The kinds of lapse these words tell of the speaker or of anyone ("I found out Sam has been
    texting her ex"); who did it is skill/breach_doer.py's to say."""
    own = lapses_said(said)
    if own:
        return own
    words = _told_words(spoken(said))
    found = ((lapse, lapse.act.search(words)) for lapse in LAPSES)
    return _most_specific(
        [
            lapse
            for lapse, act in found
            if act is not None
            and _TOLD.match(words[: act.start()])
            and not _NOT_DONE.search(words[: act.start()])
            and not _LESS.match(words[act.end() :])
            and not _done_for(words[act.end() :])
        ]
    )


# Going on an app said by its brand, however often ("I was on Grindr last night"): the brand.
_ON_BRAND = re.compile(
    rf"\b(?:{APP_AGAIN}|{APP_VERB}|used|using|been using|joined|signed up (?:for|to|with|on)) (?:the |my )?({BRAND})\b"
)


_GENERIC_WORDS = (
    "online",
    "internet",
    "app",
    "apps",
    "site",
    "sites",
    "website",
    "websites",
    "dating",
    "social",
    "media",
)
_GENERIC = re.compile("|".join(_GENERIC_WORDS) + "|hook|hookups?")


def brand_said(said: str) -> str | None:
    """The app or site the speaker (or anyone, as lapses_told reads it) says they went on by its
    brand ("I was on Grindr last night": "grindr"), for a boundary written with that word to
    claim; None when none is said, said as not done ("I haven't been on Grindr"), or a word a
    boundary about a kind of lapse is written with ("I was on online banking" names no app)."""
    words = spoken(said)
    told = _told_words(words)  # "my" read as another's ("x's"), "her" as the doer's own
    for text, own in ((words, True), (told, False)):
        for found in _ON_BRAND.finditer(text):
            before = text[: found.start()]
            kind_word = _GENERIC.fullmatch(found[1]) or any(
                words.fullmatch(found[1]) for kind, words in BOUNDARY_WORDS.items() if kind != APPS
            )  # "online", "poker": a kind's word, where "facebook" is a brand
            if (
                found[1] not in ("x", "own")
                and not kind_word
                and (_LEAD_IN.match(before) if own else _TOLD.match(before) and not _NOT_DONE.search(before))
            ):
                return found[1]
    return None


def names_a_boundary(said: str, boundaries: list[ContractItem]) -> bool:
    """Whether the words name what one of these boundaries is about: by a kind of lapse it is
    written about ("a drink", "online poker") or by a word of its own that is no everyday word
    ("Grindr"). "I haven't touched online poker all week" is that boundary held, no promise missed."""
    words = spoken(said)
    if any(kind.search(words) and boundaries_about(about, boundaries) for about, kind in BOUNDARY_WORDS.items()):
        return True
    own = {w for b in boundaries for w in spoken(f"{b.short_name or ''} {b.text}").split() if w not in EVERYDAY}
    return bool(own & set(words.split()) - set(_GENERIC_WORDS))


def _most_specific(lapses: list[Lapse]) -> list[Lapse]:
    """A brand's app only where no kind names it ("a betting app" is gambling's)."""
    named = [lapse for lapse in lapses if lapse.about != APPS]
    return named or lapses


_HIS_HER_THEIR = re.compile(r"\b(?:his|her|their)\b")
_MY_NOT_OF_A_PARTNER = re.compile(
    r"\bmy\b(?! (?:partner|husband|wife|boyfriend|girlfriend|"
    r"fiance|fiancee|spouse|other half|hubby|missus)\b)"
)


def _told_words(words: str) -> str:
    """Someone else's act in the speaker's acts' terms: "my phone" is another's ("x's phone"),
    "her phone" the doer's own ("own phone": "she checked her phone" is no lapse)."""
    return _HIS_HER_THEIR.sub("own", _MY_NOT_OF_A_PARTNER.sub("x's", words))
