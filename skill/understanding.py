"""Spoken words into values the domain understands: which commitment was named, kept or missed.
Which of the ones offered a reply points at ("the second one", "both", "none of those") is
skill/pointing.py's. A yes, a no
or a pairing code said in words is skill/replies_said.py's. The words that steer a conversation
are in skill/steering.py; which job a sentence heard around a topic word asks ("...reminders...")
is read in skill/topic_words.py, with kind_said from here.

models/ only ever sees the understood values.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from trust_tracker.models.couple_patterns import compiled
from trust_tracker.models.entities import ContractItem, ItemKind, LogKind
from trust_tracker.models.spoken_forms import without_pronoun
from trust_tracker.models.steering_words import spoken, words_of

from .chores import chores_named
from .felt_miss import felt_miss
from .goes_against import denied, goes_against
from .kind_only import SETBACK_TOLD
from .naming import Shared, content_words, heads_the_reply, shared
from .pointing import ordinal_picked
from .speech_text import brief
from .told_kept import kept_deed
from .told_lapse import told_lapse
from .topic_patterns import COMMAND

# --- kept or missed, and which commitment ------------------------------------------------

# What the words themselves say happened, whichever intent Alexa picked: "log that I
# forgot to call" is a miss; "I kept my promise to call" (answering "which one did you
# miss?") is a keep. "Never mind" leaves a question (models/steering_words.py): no "never" of a deed.
_MISSED_WORDS = re.compile(
    r"\b(missed|miss|forgot|forget|forgotten|didn't|didnt|did not|didn't get to|failed|couldn't|could not|"
    r"wasn't able|was not able|never(?! ?mind)|broke|skipped|blew it|messed up|slipped up|dropped the ball|"
    r"(?:wasn't|was not|weren't|were not)(?! late\b)|haven't|have not|hadn't|fell short|let (?:\w+ ){1,4}(?:slide|slip|down)|"
    r"(?:blew|blown)(?= (?:the|my|our|it|that)\b)|botched|fluffed|flubbed|screwed up|stuffed up|mucked up|cocked up|"
    # said casually: "i let sam down on", "i blew the … promise", "bailed on", "flaked on", "stood her up"
    r"(?:blew|blown) off(?! (?:some )?steam)|bailed on|bailed out on|flaked(?: out)?(?: on)?|bunked off|skived(?: off)?|"
    r"cried off|bottled (?:it|out)|gave (?:\w+ ){1,3}a miss|stood (?:\w+ ){1,2}up|cancell?ed on|no showed|"
    # a setback is a miss told in other words (skill/kind_only.py): "had a setback today, I snapped at Sam"
    rf"{SETBACK_TOLD})\b"
)
_KEPT_WORDS = re.compile(r"\b(kept|remembered|followed through|managed to)\b")
# The words before a promise that only say it was kept or missed ("i kept my promise to", "log that i
# forgot the"): up to the last of them that says so, with the little words after it. A note's own first
# words, "the kids were up late", are never a lead-in (tester-voice20).
_SAYS_SO = r"promise|log|record|kept|missed|forgot|didn't|did not|remembered|commitment"
_LEAD_IN = re.compile(
    rf"^(?:(?:that|i|i'm|im|sorry|my|our|the|a|to|about|{_SAYS_SO})\b\s*)*(?:{_SAYS_SO})\b\s*"
    r"(?:(?:that|i|my|our|the|a|to|about)\b\s*)*"
)
# Only the words that log ("my promise to", "log that I kept"), never a sentence's own ("I didn't want to").
_CARRIER = re.compile(
    r"^(?:(?:that|i|i'm|im|sorry|my|our|the|a|to|about|promise|log|record|kept|missed|remembered|commitment)\b\s*)*"
    r"(?:promise|log|record|kept|missed|remembered|commitment)\b\s*(?:(?:that|i|my|our|the|a|to|about)\b\s*)*"
)
# Words around a commitment's name, and the words that say whether it was kept or missed
# ("log that I forgot to call when late" names "call when late").
_FILLER = {
    "my",
    "our",
    "the",
    "a",
    "an",
    "to",
    "promise",
    "commitment",
    "i",
    "that",
    "about",
    "log",
    "record",
    "kept",
    "missed",
    "forgot",
    "forgotten",
    "didn't",
    "didnt",
    "remembered",
    "sorry",
    "i'm",
}


_WORD_CHARACTER = re.compile(r"\w")


def has_words(said: str) -> bool:
    """Whether anything was said at all (not only punctuation, or Alexa's "?")."""
    return bool(_WORD_CHARACTER.search(said))


# Words said before what happened ("that i forgot to call", "sorry, i missed the talk").
_OPENING = re.compile(
    r"^(?:(?:that|so|and|oh|well|sorry|um|uh|i|i'm|im|we|just|actually|log|record|note|totally|completely|"
    r"really|honestly|sadly|afraid|i'm afraid)\s+)*"
)


def kind_said(said: str, kind: LogKind) -> LogKind:
    """The kind of entry the words describe. The intent decides; the words overrule it only
    when they open with it: "that i forgot to call" is a miss, "i kept my promise to call"
    (answering "which one did you miss?") a keep. A negation further on ("call when late even
    though i didn't want to", "evening talk, never missed it") changes nothing, and neither
    does a double negative ("never missed it"): that is no clear word either way. "I almost
    forgot" was kept."""
    opening = _OPENING.sub("", spoken(said))
    if told_lapse(opening):  # "i texted her i'd be home and then i wasn't": a miss however it opens
        return LogKind.MISSED
    if _NEARLY.match(opening) and _MISSED_WORDS.match(_NEARLY.sub("", opening)):
        return LogKind.KEPT  # "i almost forgot the evening talk": it was done
    negation = _MISSED_WORDS.match(opening)
    if negation:
        rest = opening[negation.end() :]
        return kind if _MISSED_WORDS.search(rest) or _KEPT_WORDS.search(rest) else LogKind.MISSED
    if kind is LogKind.MISSED and _KEPT_WORDS.match(opening):
        return LogKind.KEPT
    if kind is LogKind.KEPT and felt_miss(opening) and not _KEPT_WORDS.search(opening):
        return LogKind.MISSED  # "i feel like such a failure for missing the walk": a miss, told with how it felt
    return kind


# "I almost forgot": it was done (kind_said).
_NEARLY = re.compile(r"^(?:almost|nearly) ")


def names_nothing(said: str) -> bool:
    """Words with nothing in them that could name a commitment: "did it", "that one"."""
    return not content_words(said)


def _words(text: str) -> list[str]:
    return [w for w in words_of(text) if w not in _FILLER]


def commitments_named(said: str, commitments: Sequence[ContractItem]) -> list[ContractItem]:
    """The commitments that fit what was said, best first; several when ambiguous.

    Case-insensitive and forgiving: an exact short name wins; otherwise commitments
    whose names share words with what was said, or sound close (difflib).
    """
    said = kept_deed(said) or said  # "i did what i said i would and called sam": the deed names it
    spoken = " ".join(_words(said))
    if not spoken:
        return []
    exact = [c for c in commitments if " ".join(_words(c.spoken_name)) == spoken]
    if exact:
        return exact
    described = [c for c in commitments if _described(said, c)]
    if described:  # "i called when i was running late": one of its phrasings
        return described
    loosely = _loosely_named(said, commitments)
    if loosely:  # "i kept the phone promise, i answered her questions": what it is called decides
        return loosely
    scored = []
    for item in commitments:
        # What it is called, its words, its hard-day form ("a call from a borrowed phone"), its phrasings.
        names = {" ".join(_words(n)) for n in (item.short_name, item.text, item.hard_day_form or "")} | _phrasings(item)
        names -= {""}
        score = max(
            max(difflib.SequenceMatcher(None, spoken, name).ratio() for name in names),
            max(_overlap(spoken, name) for name in names),
        )
        said_of = max(shared(spoken, name) for name in names)
        if said_of is not Shared.NONE:
            scored.append((said_of, score, item))
    # A name whose every word that matters was said; failing that, when one word fits several
    # ("evening": talk or walk), those to ask about. One word alone never names one commitment
    # (issue 8: "which one?" never logs a guess).
    whole = [(score, item) for said_of, score, item in scored if said_of is Shared.ALL]
    some = [(score, item) for said_of, score, item in scored if said_of is Shared.SOME]
    found = whole or _clearly_most(spoken, [item for _, item in some]) or (some if len(some) > 1 else [])
    # "I did the washing up" names no word of "house jobs": the chore said, matched to chores.
    return [item for _, item in sorted(found, key=lambda p: -p[0])] or chores_named(said, commitments)


# A promise named loosely by a word of what it is called: "the phone promise", "the walk one",
# "my late commitment", or the whole slot without its article ("I slipped up on the phone one" comes
# as "phone one": tester-voice30 D8); whatever follows is how it was kept.
_LOOSE_NAME = re.compile(r"(?:\b(?:the|my|our|that) |^)((?:[a-z']+ ){1,2})(?:promise|one|commitment|thing)\b")


def _loosely_named(said: str, commitments: Sequence[ContractItem]) -> list[ContractItem]:
    """The commitments whose short name holds every word of a loose name said ("the phone
    promise": "open phone"), matched against what they are called only, never their full text
    ("phones away" of a walk); none when no loose name was said or none fits."""
    loose = _LOOSE_NAME.search(spoken(said))
    return _called(loose[1], commitments) if loose else []


def _called(words: str, commitments: Sequence[ContractItem]) -> list[ContractItem]:
    """The commitments whose short name holds every word that matters of `words` ("phone": "open
    phone"); none when `words` hold none."""
    named = content_words(words)
    if not named:
        return []
    return [c for c in commitments if c.short_name and named <= content_words(c.short_name)]


def _clearly_most(said: str, items: list[ContractItem]) -> list[tuple[float, ContractItem]]:
    """Of commitments each sharing some words with what was said, the one sharing at least two and
    twice as many as any other (or the only one) ("texted that i'd be twenty minutes late": text, minutes and late of
    "call or text when running more than 15 minutes late", only minutes of "a 15-minute evening
    talk"); none when no one stands out (asked which)."""
    heard = content_words(said)
    counts = sorted(
        ((max(len(heard & content_words(n)) for n in (i.short_name, i.text, i.hard_day_form or "")), i) for i in items),
        key=lambda pair: -pair[0],
    )
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return []
    return [(1.0, counts[0][1])]


# Words that say a promise was kept (missed: _MISSED_WORDS), whatever else is said; and what
# someone says they are doing right now ("I'm listening to…"). What they did ("I fixed the
# gate") is still offered back as a moment of reliability, as the issue asks.
_ABOUT_A_PROMISE = re.compile(
    r"\b(?:promise[sd]?|commitments?|my word|kept|keep|did it|done|remembered|followed through|managed to)\b"
)
_SAYS_WHAT_I_DO = re.compile(r"^(?:i'm |i am |im |am )(?:just |really |currently )?[a-z]+ing\b")


def unrelated(said: str, commitments: Sequence[ContractItem]) -> bool:
    """Whether words heard as a promise's name say what the speaker is doing right now, about none
    of the promises (no word of their names or phrasings, none saying one was kept or missed):
    "I'm listening to hit me baby one more time". Never logged, the contract never read for them."""
    text = spoken(said)
    if not _SAYS_WHAT_I_DO.match(text) or _ABOUT_A_PROMISE.search(text) or _MISSED_WORDS.search(text):
        return False
    names = [n for item in commitments for n in (item.spoken_name, *_phrasings(item))]
    return all(shared(text, name) is Shared.NONE for name in names if name)


def _phrasings(item: ContractItem) -> set[str]:
    """The commitment's "how we'd say it" phrasings, as words to compare (models/spoken_forms.py)."""
    return {" ".join(_words(without_pronoun(form))) for form in item.lineage.spoken_forms}


def _described(said: str, item: ContractItem) -> bool:
    """Whether `said` is one of the commitment's phrasings, with or without "i" or "we"."""
    return " ".join(_words(without_pronoun(said))) in _phrasings(item) - {""}


def _overlap(said: str, name: str) -> float:
    said_words, name_words = set(said.split()), set(name.split())
    return len(said_words & name_words) / len(said_words) if said_words else 0.0


def their_words(said: str, item: ContractItem) -> str:
    """What they called the commitment ("call when running late"), or "" when it is just its name."""
    if _described(said, item):  # "called when i was running late": confirmed by its name
        return ""
    words, _ = _how(said, item)
    name = " ".join(item.spoken_name.lower().split()).strip(" .,!?")
    return brief(words, 80) if words and not set(words.split()) <= set(name.split()) else ""  # "evening": its name


def how_told(said: str, item: ContractItem) -> str:
    """How it was kept, said after the promise's name ("the phone one, Sam asked and I showed her"):
    "" when the words do not open with its name ("yes", "the first one")."""
    words, after_name = _how(said, item)
    return brief(words, 80) if after_name else ""


# Doing a promise, said before its name: "(my promise to) do the evening talk", "I had our evening talk".
_DOING = r"(?:(?:i|we)\s+)?(?:(?:do|did|done|doing|have|had|having|go on|went on|go for|went for)\s+)?(?:(?:the|a|an|our|my)\s+)?"
# What joins the reason to the name said first, no part of the reason: "evening talk because I was out".
_LINK = r"(?:because|cause|'cause|cos|coz|since|as)"
# A loose name said first, once the lead-in is gone: "(i kept the) walk one, we went round the park".
_CALLED_FIRST = re.compile(rf"{_DOING}((?:[a-z']+ ){{1,2}})(?:promise|one|commitment|thing)\b")
_LINK_FIRST = re.compile(rf"^{_LINK}\s+")


def _how(said: str, item: ContractItem) -> tuple[str, bool]:
    """The words without the lead-in and without the promise named first ("the phone one, sam asked
    …", "the evening talk, we talked …"), and whether a name was taken off: the note says what the
    entry's name does not."""
    said = kept_deed(said) or said  # "i kept my word and": no more than a lead-in
    words = _LEAD_IN.sub("", said.lower().strip(" .,!?")).strip(" .,!?")  # "i kept the", "my promise to"
    loose = _CALLED_FIRST.match(words)
    if loose is not None and _called(loose[1], [item]) and words[loose.end() :].strip(" .,!?"):
        return _LINK_FIRST.sub("", words[loose.end() :].strip(" .,!?")), True
    name = " ".join(item.spoken_name.lower().split()).strip(" .,!?")
    # "my call when late promise because …": the word after its name is the name's too, not the note's.
    named = compiled(
        rf"{_DOING}{re.escape(name)}(?: (?:promise|one|commitment|thing)s?)?\b[ ,.]*(?:{_LINK}\s+)?(.*)"
    ).match(words)
    if named is None:  # its name not said first: all they said but the words that log it ("I didn't want to …")
        return _CARRIER.sub("", COMMAND.sub("", said.lower().strip(" .,!?"), count=1)).strip(" .,!?"), False
    return (named[1], True) if named[1] else ("", False)  # "do the evening talk": its name, nothing more


# Where one promise's name ends and the next begins: "the evening talk and the sunday walk", "we did
# both, the talk and the walk".
_BETWEEN_NAMES = re.compile(r"\s*(?:,|\band\b|\bboth\b|\bplus\b|\bas well as\b)\s*")


_CALLED = frozenset({"the", "our", "my", "that", "this"})


def _called_in(part: str, heard: frozenset[str], name: frozenset[str]) -> bool:
    """All of `name`'s words said in `part`, or one of them called so, a word or two after "the", "our", "my"."""
    words = part.split()
    called = {
        w for i, word in enumerate(words) if word in _CALLED for w in content_words(" ".join(words[i + 1 : i + 3]))
    }
    return bool(name) and (name <= heard or bool(called & name))


def several_named(said: str, commitments: Sequence[ContractItem]) -> list[ContractItem]:
    """The commitments named one by one in `said` (tester-voice36 D13, tester-voice35 D2), in the
    order said: each part naming exactly one, by its words or a word of what it is called ("the
    talk": evening talk), the others naming none; none when fewer than two are named or a part fits
    several. What it finds is asked about ("Shall I log both?"), never logged at once."""
    found: list[ContractItem] = []
    for part in _BETWEEN_NAMES.split(spoken(said)):
        heard = content_words(part)
        # By its name, all of it or a word of it called so ("the talk", "our walk"): "the kids were up late
        # and …" names no call when late (test_voice28_repairs: a scene before a keep).
        named = [c for c in commitments if heard and _called_in(part, heard, content_words(c.short_name or c.text))]
        if len(named) > 1:
            return []
        found += [c for c in named if c not in found]
    return found if len(found) > 1 else []


# Words too common to be a likeness: "go" of "Go for a walk together", "day" of "talk about our day".
_COMMON = content_words("go going goes went get got do did does done have has had make made take took come came day")


def closest(said: str, candidates: Sequence[ContractItem]) -> ContractItem | None:
    """The one promise sharing a word that matters with words that named none ("I walked the dog with
    Alex" and the Sunday walk, "I forgot to text" and "Call or text when late"), to offer first as a
    question; None when none or several do ("my boss does not go off": no walk, tester-voice37 D18)."""
    heard = content_words(said) - _COMMON
    near = [c for c in candidates if heard & content_words(f"{c.short_name or ''} {c.text}")]
    return near[0] if len(near) == 1 else None


def sharing(said: str, candidates: Sequence[ContractItem]) -> list[ContractItem]:
    """The promises sharing a word with the words said ("I walked out of the room": the Sunday walk)."""
    return [c for c in candidates if any(shared(said, n) is not Shared.NONE for n in (c.short_name, c.text) if n)]


class Words:
    """The skill's understanding of spoken words, as models.logbook asks for it."""

    def named(
        self, said: str, commitments: Sequence[ContractItem], offered: Sequence[ContractItem]
    ) -> list[ContractItem]:
        picked = ordinal_picked(said, offered)
        if picked:
            return [picked]
        named = commitments_named(said, commitments)
        # Choosing from the list just read out, one word is enough when it is said as the name ("the
        # walk" of talk or walk, not "I should have walked away"); and what they are called first, as
        # a loose name is ("the phone one", heard "phone": open phone).
        # Said as the name is said of what it is called, when it has a name: "my answer" heads the text
        # "Answer questions about my phone" but names no promise (tester-voice35 D24).
        names = {c.lineage_id: [c.short_name or c.text] for c in offered}
        said_as_name = [  # a boundary is still named by its one word ("I overstepped with my phone again")
            c
            for c in offered
            if c.kind is not ItemKind.COMMITMENT or any(heads_the_reply(said, n) for n in names[c.lineage_id])
        ]
        called = [c for c in _called(said, offered) if c in said_as_name]
        chosen = [c for c in said_as_name if max(shared(said, n) for n in names[c.lineage_id]) is Shared.SOME]
        return (
            named if len(named) == 1 else called if len(called) == 1 else named or (chosen if len(chosen) == 1 else [])
        )

    def own_words(self, said: str, item: ContractItem) -> str:
        return their_words(said, item)

    def how_told(self, said: str, item: ContractItem) -> str:
        return how_told(said, item)

    def called(self, said: str, item: ContractItem) -> bool:
        return bool(content_words(said) & content_words(item.short_name or ""))

    def goes_against(self, said: str, item: ContractItem) -> bool:
        return goes_against(said, item)

    def denied(self, said: str, item: ContractItem) -> bool:
        return denied(said, item)
