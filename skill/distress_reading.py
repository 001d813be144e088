"""How spoken words are read before the detector's phrases look at them (skill/distress.py):
contractions spelled out, fillers and false starts dropped ("um so he he uh pushed me"), and
names read for who they are: the couple's own first names as "my partner" on a linked device
("Riley hit me"), and any name doing what only a person does to someone as "someone" ("Dave
hit me" before pairing, "Priya slapped me"), or feared by name as "him" ("scared of Jordan").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .distress_vocab import BETWEEN, FEAR, STRONG
from .names_heard import heard_as
from .rewrites import rewritten

# Spelled out before matching, so one phrase covers "I'm"/"I am", "can't"/"cannot"/"can not".
_CONTRACTIONS = {
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "he's": "he is",
    "hes": "he is",
    "hed": "he would",
    "she's": "she is",
    "shes": "she is",
    "he'd": "he would",
    "she'd": "she would",
    "they'd": "they would",
    "you'd": "you would",
    "there's": "there is",
    "theres": "there is",
    "that's": "that is",
    "thats": "that is",
    "what's": "what is",
    "whats": "what is",
    "ive": "i have",
    "youre": "you are",
    "you're": "you are",
    "theyre": "they are",
    "they're": "they are",
    "it's": "it is",
    "it'll": "it will",
    "you'll": "you will",
    "youll": "you will",
    "we're": "we are",
    "itll": "it will",
    "he'll": "he will",
    "she'll": "she will",
    "they'll": "they will",
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "wouldn't": "would not",
    "wouldnt": "would not",
    "couldn't": "could not",
    "couldnt": "could not",
    "doesnt": "does not",
    "didnt": "did not",
    "isn't": "is not",
    "isnt": "is not",
    "wasnt": "was not",
    "hadn't": "had not",
    "haven't": "have not",
    "havent": "have not",
    "gotta": "got to",
    "aren't": "are not",
    "wasn't": "was not",
    "gonna": "going to",
    "wanna": "want to",
}

# Spoken fillers and false starts ("um so yeah he he uh pushed me") broke every phrase.
# "I mean" is a filler, but not in "... and I mean it" (a threat meant); "the ER" is the emergency room.
_FILLERS = re.compile(
    r"\b(?:um+|uh+|uhm|(?<!\bthe )(?<!\ban )erm?|hmm+|ah|like|you know|i mean(?! it\b)|kind of|sort of)\b ?"
)
# "'s" before "got" or "been" is "has": "my husband's got a gun", "my fella's been knocking me about".
_HAS = re.compile(r"\b(\w+)'s (got|been|gotten)\b")
_REPEATS = re.compile(r"\b(\w+(?: \w+)?)(?: \1\b)+")
# The US South's "fixing to" is "going to": "I'm fixing to end it all".
_FIXING = re.compile(r"\b(?:fixing|fixin) to\b")
# Any other "'d" is "would": "everyone'd manage without me".
_WOULD = re.compile(r"\b(\w+)'d\b")
# Irish English "he's after battering me" is "he has been battering me".
_AFTER = re.compile(r"\b(?:is|are|am|was|were) after (?=\w+ing\b)")
# Scots spoken forms: "i'm no safe in ma own hoose", "lifting his hands tae me".
_SCOTS = {"tae": "to", "hoose": "house", "wi": "with", "ma own": "my own", "no safe": "not safe"}
_SCOTS_WORDS = re.compile(rf"\b(?:{'|'.join(_SCOTS)})\b")


def _as_plain_letters(text: str) -> str:
    """Text as it would be spoken: compatibility forms folded (NFKC: full-width and ligature
    letters), invisible format characters dropped (zero-width spaces, soft hyphens: "he h\u200burts
    me"), accents folded ("kíll"), so no character the eye skips splits or hides a word. ASCII text
    (most of what is said) holds none of these: it is what the walk would give, without the walk."""
    return text if text.isascii() else _folded(text)


# Default-ignorable characters that are marks or letters, not format characters (Cf), so the walk below kept
# them: the combining grapheme joiner, Khmer's inherent vowels, Mongolian and other variation selectors, the
# Hangul fillers (tester-web46: "he h\u034furts me", "he h\ufe00urts me" were saved as a moment, no help shown).
_IGNORABLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef]")


def _folded(text: str) -> str:
    visible = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    visible = _IGNORABLE.sub("", visible)
    return "".join(c for c in unicodedata.normalize("NFKD", visible) if not unicodedata.combining(c))


# A slot that starts with a contraction's tail, read after "I" ("i {commitment}" holding "'d rather
# end it"): the tail joined back to its word, so "i 'd" is "i'd", then "i would".
_TAIL = re.compile(r"\b(i|you|he|she|we|they) '(m|d|ll|ve|re|s)\b")


_NOT_WORD_CHARACTERS = re.compile(r"[^a-z0-9' ]+")


def normalise(text: str) -> str:
    """Lower case words, contractions spelled out, punctuation (hyphens too) as spaces."""
    text = _as_plain_letters(text).lower().replace("\u2019", "'").replace("\u2018", "'").replace("-", " ")
    text = rewritten(_TAIL, r"\1'\2", text)
    words = _NOT_WORD_CHARACTERS.sub(" ", text).split()
    spelled = " ".join(_CONTRACTIONS.get(word, word) for word in (w.strip("'") for w in words) if word)
    spelled = _FIXING.sub("going to", rewritten(_HAS, r"\1 has \2", spelled))
    spelled = _AFTER.sub("has been ", rewritten(_WOULD, r"\1 would", spelled))
    return _SCOTS_WORDS.sub(lambda word: _SCOTS[word[0]], spelled)


# Words a first name may also be ("Will", "May"): never read as the partner.
_NOT_NAMES_WORDS = (
    "i me my we us our you your he him his she her it they them a an the and or but so to of in on at is "
    "am are was were be been will would may might can could must shall do did does not no yes just help "
    "please monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december christmas easter halloween weekends mondays sundays news "
    "weather rain winter summer work school"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split())


# Before a name's "'s", these make it a possessive: "of riley's reaction".
_NOT_AFTER = "".join(
    f"(?<!\\b{word} )" for word in ("of", "about", "for", "at", "from", "to", "with", "by", "in", "on")
)


# After these a name is the word it also is: "the bill hit me hard", "a grace period".
_NOT_DETERMINED = "".join(
    f"(?<!\\b{word} )"
    for word in ("the", "a", "an", "this", "that", "these", "those", "his", "her", "your", "their", "its")
)


def _as_partner(said: str, names: Iterable[str]) -> str:
    """The couple's own first names read as "my partner": "sam hit me", "i am afraid of riley";
    a name that is also a word ("Will", "May", "Summer") only where it can be nothing but a name."""
    for pattern, read in _partner_patterns(tuple(names)):
        said = rewritten(pattern, read, said)
    return said


def _either(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1024)  # a couple's names, asked on every request: built once per process
def _partner_patterns(names: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    # A name as Alexa may write it counts too: "shawn" and "shaun" for Seán.
    said = {heard for n in (normalise(name) for name in names) if n for heard in heard_as(n)}
    patterns = []
    if plain := _either(said - _NOT_NAMES):
        # "riley's been hitting me" is "riley has been", but "afraid of riley's reaction" is hers.
        patterns += [
            (re.compile(rf"{_NOT_AFTER}\b(?:{plain})'s\b"), "my partner is"),
            (re.compile(rf"{_NOT_DETERMINED}\b(?:my |our )?(?:{plain})\b(?!')"), "my partner"),
        ]
    if words := _either(said & _NOT_NAMES):
        # "will hit me", "afraid of will", "what will would do": never "he will hit me", "i may".
        patterns += [
            (re.compile(rf"(^|\b(?:{_WORD_OPENERS}) )(?:{words})(?={BETWEEN} {_PERSON_ACT})"), r"\1my partner"),
            (re.compile(rf"\b({FEAR}(?: to death| stiff)? of|{_NEAR}) (?:{words}){_CLAUSE_ENDS}"), r"\1 my partner"),
            (re.compile(rf"\bwhat (?:{words}) (?={_WILL_DO})"), "what my partner "),
            (re.compile(rf"\b({_HARM_DONE}) (?:{words}){_CLAUSE_ENDS}"), r"\1 my partner"),
        ]
    return tuple(patterns)


# Where a clause starts, so a person named there is its subject: "dave hit me", "and then
# priya slapped me", "i am afraid chris will hurt me".
_OPENERS = (
    r"and|but|then|because|cause|so|when|that|yesterday|today|tonight|night|morning|evening|again|honestly|"
    r"well|okay|ok|yes|no|said|says|think|know|afraid|scared|worried|terrified|frightened"
)
# What does these to people only a person does to someone (not "reality hit me").
_PERSON_ACT = (
    r"(?:hit|hits|hitting|punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|"
    r"choke|chokes|choked|choking|strangle|strangles|strangled|strangling|shove|shoves|shoved|beat|beats|beating|"
    r"beaten|hurt|hurts|hurting|harm|harms|harmed|attack|attacks|attacked|attacking|rape|rapes|raped|raping|"
    r"assault|assaults|assaulted|abuse|abuses|abused|abusing|molest|molests|molested|smother|smothered|"
    r"suffocate|suffocated|stab|stabs|stabbed|stabbing|threaten|threatens|threatened|threatening|stalk|stalks|"
    r"stalked|stalking|pushed|pushes|grabbed|grabs|pinned|dragged|threw|throws|controlling|controls|isolating|"
    r"twisted|twists|struck|strikes|(?:makes|made) me (?:so |really |very )?(?:scared|afraid|frightened|terrified)|"
    r"isolates|forced|forces|locked|locks|kill|kills|following|follows|yells|yelled|shouts|shouted|screams|"
    r"scares|frightens|terrifies|intimidates|"
    # Hands laid or raised on someone, said sideways: "sam put his hands on me", "got physical with me".
    r"(?:put|puts|laid|lays) (?:a |his |her |their )?(?:finger|fingers|hand|hands) on|(?:raised|raises) (?:his|her|their) "
    r"(?:hand|fist) (?:to|on|at|against)|(?:got|gets|getting) physical with|"
    r"(?:got|gets|getting|is|was|can be) (?:a bit |really |so |too |very )?(?:rough|handsy|grabby) with|"
    rf"screamed|{STRONG})\b"
)
# Words that start such a clause without naming anyone: "life hit me hard", "lying hurts me",
# "work is killing me", "the kids hit me" (a child's or an animal's blow is not this).
_NOT_A_PERSON_WORDS = (
    "this that these those what which who whoever everyone everybody everything something anything "
    "nothing nobody life reality karma grief guilt shame pain stress pressure work school traffic weather "
    "news truth love fear anger silence distance jealousy criticism words comments lies memories memory "
    "depression anxiety panic loneliness sadness exhaustion fatigue insomnia jetlag covid flu illness "
    "cancer time fate luck money debt bills rain hail cold heat sun wind lightning thunder storm wave "
    "waves ball door car cars bus alcohol drink drinks kids children child baby babies dog dogs cat cats "
    "puppy kitten horse bee wasp then there here today tonight yesterday night morning evening week "
    "weekend month year honesty trust therapy counselling counseling nostalgia regret regrets sorrow "
    "boredom hunger homesickness heartbreak loss death age emotions feelings tears stuff things doubt "
    "doubts worry worries people others failure change water blood fire dark heights public "
    "listen listened listening play played playing sang sing singing sung danced dancing dance hummed "
    "humming blasted blasting song songs track tune radio karaoke watched watching had has have "
    "film films movie movies show shows book books story episode documentary video game games self"
)
_NOT_A_PERSON = frozenset(_NOT_A_PERSON_WORDS.split())
# A word that may be a name: none of the words above, nor a gerund or an abstract noun.
NAME_WORD = (
    rf"(?!(?:{'|'.join(sorted(_NOT_NAMES | _NOT_A_PERSON))})\b)(?![a-z]*(?:ing|ness|tion|sion|ment|ity|ism)\b)[a-z]+"
)
_NAMED = re.compile(rf"(^|\b(?:{_OPENERS}) )({NAME_WORD}(?: {NAME_WORD})?)('s)?(?={BETWEEN} {_PERSON_ACT})")
# A modal verb cannot start a statement: "will hit me", "may beat me up" name someone.
_MODAL_NAMED = re.compile(rf"^(?:will|may)(?={BETWEEN} {_PERSON_ACT})")
# For a couple's name that is also a word: clause openers that cannot be its subject ("i know
# that will hurt me" is not "that will ... hurt me"), where a name feared or harmed ends a clause,
# what a person feared will do.
_WORD_OPENERS = "|".join(o for o in _OPENERS.split("|") if o not in ("that", "so", "when"))
_NEAR = r"(?:around|near|alone with|at home with|in the house with)"
# ("i wanted to hurt will the whole time": a keep's note, tester-voice4 #7).
_CLAUSE_ENDS = (
    r"(?= *$| (?:and|when|whenever|because|right now|now|so|too|all the time|the whole time|every|he|she|if|tonight|today|"
    r"tomorrow|again|badly|really|sometimes|for (?:what|everything))\b)"
)
_WILL_DO = r"(?:will|might|could|would|is going to|is gonna) do\b"
_HARM_DONE = r"(?:kill|hurt|harm|hit|stab|strangle|choke|punch|smash)"


# Feared by name, with nothing after but the end of the clause: "i'm scared of jordan", "afraid of
# chris when he drinks"; not a plural ("scared of spiders", "of heights"), nor a fear that is over
# ("no longer afraid of riley").
_ONE_NAMED = rf"(?![a-z]*(?:[^siuao]s|es)\b){NAME_WORD}"
# A name of one or two words ("jo ann", "anne marie"), neither a plural.
_FULL_NAME = rf"{_ONE_NAMED}(?: {_ONE_NAMED})?"
_FEARED = re.compile(
    rf"(?<!no longer )(?<!not )(?<!never )\b({FEAR}(?: to death| stiff)? of) {_FULL_NAME}"
    r"(?= *$| (?:and|when|whenever|because|right now|now|so|too|all the time|every|he|she)\b)"
)
# What a named person will do: "scared of what jordan will do when he gets home"; a modal
# before a modal is a name ("what will would do").
_WHAT_THEY_DO = re.compile(rf"\bwhat (?:{_FULL_NAME}|will|may) (will|might|could|would|is going to|is gonna) do\b")


def _as_someone(said: str) -> str:
    """A person named where a clause starts, doing what only a person does to someone, read as
    "someone": "dave hit me", "priya's been hurting me"; and a person feared by name read as "him":
    "i'm scared of jordan", "of what jordan will do". Nobody need have told the skill the name,
    so it holds before a device is linked and for people outside the couple."""
    said = _MODAL_NAMED.sub("someone", _NAMED.sub(lambda named: f"{named[1]}someone{' is' if named[3] else ''}", said))
    said = _FEARED.sub(lambda feared: f"{feared[1]} him", said)
    return _WHAT_THEY_DO.sub(lambda done: f"what he {done[1]} do", said)


def _plain_words(text: str) -> str:
    return rewritten(_REPEATS, r"\1", _FILLERS.sub("", normalise(text))).strip()


def read_as_spoken(text: str, names: Iterable[str] = ()) -> str:
    """The words as the phrases read them: normalised, fillers and repeats dropped, names read."""
    return _as_someone(_as_partner(_plain_words(text), names))


def read_both_ways(text: str, names: Iterable[str]) -> tuple[str, str]:
    """`read_as_spoken(text, names)` and `read_as_spoken(text)`, the words made plain once, and
    read as someone once when no name of the couple's is in them (the two readings are then one)."""
    words = _plain_words(text)
    partnered = _as_partner(words, names)
    named = _as_someone(partnered)
    return named, named if partnered == words else _as_someone(words)
