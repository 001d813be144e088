"""Families of how people say a job that another job's topic word carries (skill/topic_words.py
reads them first): which job the whole sentence asks, whichever carrier Alexa matched, and when
the words around the topic are the person's own note. Each is a rule for a kind of sentence,
with its lookalikes kept out ("we had a small win at the darts league" is about darts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trust_tracker.models.couple_patterns import compiled

from .days_said import tells_of_a_day
from .told_kept import kept_deed
from .topic_patterns import SPOUSE
from .topic_vocabulary import BREACH, COMMON, JOB, KEPT, READ_BOUNDARIES, RELIABILITY, REMIND, STOP_REMINDERS, THANK

SMALL_WIN = "LogSmallWinIntent"
PROGRESS = "ProgressIntent"
PAUSE = "TakeAPauseIntent"
HARD_DAY = "HardDayIntent"
READ_CONTRACT = "ReadContractIntent"
MY_PROMISES = "MyPromisesIntent"
CELEBRATE = "CelebrateIntent"
QUESTIONS = "ReadCheckInQuestionsIntent"
PARTNER_NEWS = "PartnerNewsIntent"
START = "StartCheckInIntent"
# The jobs that write the person's words as said: never for a question.
WRITTEN_AS_SAID = frozenset({BREACH, SMALL_WIN, RELIABILITY})

# A win at a game, a sport, a bet or a contest is theirs to enjoy, not a small win between them.
GAMES = re.compile(
    r"\b(?:at|in|on|to|playing|played|watched|watching|during|from|against|won|win) (?:the |a |an |our |my |his |her |their |this |that |last |"
    r"tonight's |today's |sunday's |saturday's |\w+'s )?(?:pub |local |office |work |school |weekly )?"
    r"(?:darts?|pool|snooker|bowling|golf|tennis|squash|badminton|football|soccer|rugby|cricket|netball|basketball|"
    r"baseball|hockey|volleyball|league|match|quiz|trivia|bingo|poker|chess|scrabble|monopoly|board games?|"
    r"card games?|tournament|horses|races|bookies|casino|lottery|lotto|raffle|scratch ?cards?|fantasy football|"
    r"five a side|competition|arcade|video games?|games? night|ball ?game|game|sweepstake)\b"
)
# Someone hiding themselves, not hiding something: "will hid in the wardrobe", "she hid behind the
# door", "we played hide and seek". No boundary is about that (a purchase, an account is hidden).
PERSON_HID = re.compile(
    r"\b(?:hid|hide|hides|hiding)(?: (?:himself|herself|themselves|myself|ourselves|away))? (?:in|inside|under|"
    r"underneath|beneath|behind|up in|on top of|among|out in|out behind)\b|\bhide and (?:go )?seek\b|\bsardines\b"
)
# How many, how often, how long in a row: a question about their figures, whatever topic it names.
FIGURES_ASKED = re.compile(
    r"^(?:\w+ )?(?:how (?:many|often|much|long)|what's our|what is our)\b.*"
    r"\b(?:kept|keep|missed|miss|forgot|forget|forgotten|broke|break|broken|skipped|skip|in a row|streaks?|promises?|commitments?)\b"
)
# Pausing the tracking, whatever it is called: "pause our progress", "suspend the contract for a week".
PAUSED = re.compile(
    r"^(?:(?:please|can we|could we|can you|could you|let's|lets|we want to|we need to|i want to|so) )*"
    r"(?:pause|suspend|freeze|put on hold)\b|\bon hold\b|\b(?:pause|suspend|freeze) (?:the|our|my|all|everything|it)\b"
)
# Asking for the commitments made lighter ("simplify things", "ease up on the commitments") on a hard day.
LIGHTER = re.compile(
    r"\b(?:simplify|simpler|easier|lighter|ease up|ease off|go easy|scale (?:\w+ )?back|cut back|"
    r"simple version|the basics|lower the bar|easy version|lighten|keep (?:it|things|everything) (?:simple|light)|go light)\b"
)
# Said with how low the day is ("today's heavy", "i'm knackered"), the rest is the person's account of it.
LOW = re.compile(
    r"\b(?:hard|rough|tough|bad|awful|heavy|knackered|exhausted|wiped|struggling|tired|low|drained|rubbish|"
    r"terrible|horrible|rotten|worn|shattered|fight|row|coping|struggle|stressed)\b"
)
# The speaker's own hard day said first, whatever reason follows: "I'm having a hard day, the kids drove
# me up the wall" (tester-voice16 L4). A hard day keeps no words, so the reason is never checked or saved.
_SO_HARD_A_DAY = (
    r"(?:really |real |very |bit of a |pretty |proper |right |super |so )*"
    r"(?:hard|rough|tough|bad|awful|terrible|horrible|rotten|difficult|stressful|crap|rubbish|lousy|miserable) (?:day|one)\b"
)
HARD_DAY_TOLD = re.compile(
    r"^(?:(?:honestly|well|oh|so|ugh|just|alexa|god) )*(?:(?:i'm|i am|im|i've been|ive been|i have been|i had|i've had) )?"
    rf"(?:having |had )?(?:a |such a |one of those ){_SO_HARD_A_DAY}"
)
# A day told as hard, its day first: "a fortnight ago was a hard day", "tomorrow is going to be a rough one",
# "monday's been a tough day". Its day is read by the hard day's handler (skill/days_said.py day_of), which
# logs it, asks which day or says why not: never "Shall I log a hard day?".
DAY_WAS_HARD = re.compile(
    r"^(?:(?:honestly|well|oh|so|ugh|and|alexa) )*(?P<day>[a-z0-9' ]{2,40}?)"
    r"(?: was| is| has been| had been|'s been|'s| will be|'ll be| is going to be|'s going to be| is gonna be)"
    rf" (?:a |such a |another |one of those ){_SO_HARD_A_DAY}"
)


def day_was_hard(sentence: str) -> bool:
    """Whether a sentence tells of a day as hard, its day first ("the other day was a rough one")."""
    dated = DAY_WAS_HARD.match(sentence)
    return dated is not None and tells_of_a_day(dated["day"])


# Reading the other's journal or diary, or being read: a breach of privacy they agreed.
PRIVATE = r"(?:private |personal |secret )?(?:journal|diary|diaries|journals)"
# Asking to write in one's own journal ("add to my journal that this traffic is killing me"): the
# words are the speaker's private writing, never a journal read (tester-voice28 N1).
OWN_JOURNAL = re.compile(
    r"^(?:(?:please|can you|could you|would you|alexa|i want to|i'd like to) )*(?:add|write|put|note|jot|record|save|enter)"
    rf"(?: (?:this|that|it|down|something|a note|an entry))* (?:to|in|into|on) my {PRIVATE}\b|^(?:add |write )?(?:a |my )?"
    rf"{PRIVATE} entry\b"
)
SNOOPED = (
    r"\b(?:read|reading|opened|opening|(?:looked|had a look|took a look|looking) (?:at|in|through|into)|looking (?:at|in|through)|went through|"
    r"gone through|going through|snooped (?:in|through|on)|peeked (?:at|in|into)|checked|searched)"
)
# Who may be told of as reading a journal: the partner however called, or someone else (skill/breach_doer.py).
PEOPLE = (
    r"(?:my|our) (?:partner|husband|wife|boyfriend|girlfriend|fiance|fiancee|other half|hubby|missus|friend|"
    r"best friend|mate|mum|mom|dad|mother|father|sister|brother|son|daughter|kids|flatmate|roommate|housemate|boss)|"
    r"someone|somebody"
)
# Contact with the third person, said with what makes it a breach (again, behind a back, a confession).
CONTACT = re.compile(
    r"\b(?:in touch with|contact with|contacted|messaged|texted|replied to|rang|called|met up with|emailed|dm'd)"
    r" (?:him|her|them|the affair partner|the person from the affair|my ex|his ex|her ex)\b"
)
CONFESSED = re.compile(
    r"\b(?:again|behind (?:your|my|his|her|their|\w+'s) back|secretly|shouldn't|should not|even though|something bad|"
    r"confess|admit|log|record|breach|affair)\b"
)
# "she called him back even though we agreed no contact", "that's a breach": said as one.
# An account, a phone or a profile of one's own kept from the partner: "i opened an instagram she
# doesn't know about", "i hid a bank account from him"; a surprise or a secret santa is not one.
HIDDEN_BY_ME = re.compile(
    r"^(?:(?:so|yeah|um|uh|honestly|okay|ok|well|and) )*i(?:'ve| have| had)? (?:\w+ )?(?:made|opened|kept|created|"
    r"set up|started|hid|got|have|had)\b(?!.*\b(?:santa|surprise|present|gift|birthday)\b)"
    r".*\b(?:account|profile|phone|instagram|facebook|snapchat|tinder|email)s?\b"
)
HIDDEN = r"\b(?:secret|hidden)\b|\b(?:doesn't|does not|didn't|did not|don't|do not) know about\b"
AGAINST_AGREED = re.compile(
    r"\beven though (?:we|i|he|she|they) (?:agreed|said|promised)\b|"
    r"\b(?:breaks|broke|breaking|goes against|went against|against) our (?:agreement|deal|contract|rules?)\b|"
    r"\b(?:that's|that is|that was|it was|it's|this is|which is|counts as) a breach\b"
)
# A boundary, rule or line said with its crossing: the words after it say how (the note).
BOUNDARY_CROSSED = re.compile(
    r"\b(?:boundary|boundaries|rule|rules|line|limit)\b (?:got |was |has been |is )?"
    r"(?:crossed|broken|breached|broke|overstepped|violated|ignored)\b"
)
# Asking what the boundaries are: "the lines we agreed not to cross", "the rules we can't break".
BOUNDARIES_ASKED = re.compile(
    r"^(?:what|what's|which|tell|remind|go|run|list|read)\b|"
    r"\b(?:not to|can't|cannot|can not|won't|wouldn't|would not|mustn't|shouldn't|never) (?:cross|break|do)\b"
)
# The partner doing what they said: a moment of reliability, the rest their words.
RELIED_ON = re.compile(
    r"\b(?:(?:was|were) there when|did (?:exactly )?what (?:he|she|they) (?:said|promised|agreed)|rock solid|"
    r"kept (?:his|her|their) (?:word|promise)|true to (?:his|her|their) word|(?:like|as|when) (?:he|she|they) (?:said|promised)|"
    r"(?:he|she|they) said (?:he|she|they)(?:'d| would)|"
    r"and (?:he|she|they) did)\b"
)
# A small win said of what happened: "we had a nice chat, that's a win", "save that as a win".
WIN_LABEL = re.compile(
    r"\b(?:(?:that's|that is|that was|it was|it's|this is|which is) (?:a |another )?(?:small |little |tiny )?win|"
    r"(?:as|count|counts as|call it) a (?:small |little |tiny )?win|(?:chalk up|lowkey|log|record|note) a "
    r"(?:small |little |tiny )?win)\b"
)
# A good moment between them said by what happened ("we cooked together and it was fun", "we went a
# whole day without an argument", "sam and i held hands"): a small win, their words the note. Not a
# wish or a plan ("we need to talk together"), not a lack ("we never do anything together"), not a fight.
LEAD = re.compile(
    r"^(?:(?:so|um|uh|yeah|okay|ok|well|honestly|and|oh|actually|guess what|today|tonight|something (?:nice|good) happened|"
    r"put down that|note that|log that|record that|add that|just so you know) )*"
)
SHARED_BY = r"(?:we|(?:me|i) and (?:{who})|(?:{who}) and (?:i|me))\b"
NOT_DONE = re.compile(
    r"^(?:we|\w+(?: \w+)? and (?:i|me)) (?:never|don't|do not|didn't|did not|can't|cannot|couldn't|haven't|have not|"
    r"won't|aren't|weren't|need|should|have to|must|will|want|could|might|are going to|would|'d|'ll)\b"
)
TOGETHER = re.compile(
    r"\b(?:together|the two of us|just us|each other|held hands|holding hands|hugged|cuddled|kissed|"
    r"without (?:a |an |any )?(?:fight|fighting|argument|arguing|row|rowing|shouting|yelling|bickering|snapping)|"
    r"in (?:ages|months|weeks|years|a long time|forever)|date night)\b"
)
CONFLICT = re.compile(
    r"\b(?:fought|fight|fighting|argued|argument|row|rowed|shouted|yelled|screamed|slammed|broke up|split up)\b"
)
# A first-person account of something done ("i answered sam's questions about my phone").
DONE_BY_ME = re.compile(
    r"^(?:(?:so|yeah|yes|well|honestly|ok|okay) )*(?:i|we) (?:\w+ed|did|went|had|made|rang|told|kept|stuck to)\b"
)
# A partner named, or he or she, as the one who did it.
THIRD_PERSON = re.compile(rf"\b(?:he|she|they|{SPOUSE})\b")
THIRD_PERSON_ONLY = re.compile(r"\b(?:he|she|they)\b")
GOOD_NEWS = re.compile(r"\bgood (?:news|things|bits|stuff)\b")
# Asked to begin the questions, not to hear them: the check-in itself.
QUESTIONS_STARTED = re.compile(
    r"^(?:(?:ok|okay|alright|right|so|um|now|please) )*(?:start|begin|let's start|let's begin|let's do)\b|"
    r"\b(?:go ahead and |please |you can |now )?ask (?:me|us) the questions\b"
)
# Whether the partner has put anything in: their news, whichever carrier heard it.
PARTNER_ADDED = re.compile(
    r"\b(?:has|have|did) \S+(?: \S+)? (?:said|say|put|added|add|logged|log|written|write|entered|enter|posted|post) anything\b"
)
GOOD_REMINDED = re.compile(
    r"\bremind (?:me|us) (?:of|about) (?:the |our |all the )?good (?:stuff|things|bits|news|moments)\b"
)
# "Remind me what I promised", "remind me of our commitments": the promises read, never a reminder set.
PROMISES_REMINDED = re.compile(
    r"\bremind (?:me|us) (?:of |about )?(?:(?:what|which|all) (?:of )?)?(?:the )?(?:(?:promises|commitments|things) )?"
    r"(?:(?:i|we|i've|we've) (?:have |had )?(?:promised|agreed|committed|signed up)|(?:my|our) (?:promises|commitments)|"
    r"(?:i|we) said (?:i|we)'?d do|(?:i'm|we're|(?:i|we) (?:am|are|was|were)) (?:meant|supposed) to (?:do|be doing))\b"
)
THANKS = re.compile(r"\b(?:thank|thanks|grateful|appreciate|appreciated|credit|kudos|cheers to|shout out)\b")
NAG = re.compile(r"\b(?:nagging|pestering|bugging|hassling|unsubscribe)\b")
# Asked of the skill ("please stop nagging me"), not told of someone ("tell my mum to stop nagging").
NAG_STOPPED = re.compile(
    r"^(?:(?:please|can you|could you|will you|would you|just|alexa|so|oh) )*(?:stop|no more|quit|enough|"
    r"unsubscribe|don't|do not)\b"
)


_WITHOUT_SOMETHING = re.compile(r"\bwithout (?:a |an |any )?\w+")


def shared_moment(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether the sentence tells of a good moment the two had ("we cuddled on the couch, first
    time in ages"), said of them both: a small win in their words."""
    who = "|".join([SPOUSE, "my boyfriend", "my girlfriend", *map(re.escape, names)])
    lead = LEAD.match(sentence)
    told = sentence[lead.end() :] if lead else sentence
    if not compiled(SHARED_BY.format(who=who)).match(told) or not TOGETHER.search(told) or NOT_DONE.match(told):
        return False
    return not CONFLICT.search(_WITHOUT_SOMETHING.sub("", told))  # "we had a row, first in ages"


# First names that are everyday words too, and where such a word reads as the word, not the name:
# after what takes the word ("i hope", "have faith", "the bill", "to will"), or before what follows
# the word ("will you log that", "with faith in each other", "hope so").
_WORD_NAMES = frozenset(
    [
        "will",
        "hope",
        "faith",
        "grace",
        "frank",
        "joy",
        "rose",
        "mark",
        "may",
        "june",
        "april",
        "dawn",
        "summer",
        "bill",
        "pat",
        "sue",
        "rob",
        "jack",
        "bob",
        "guy",
        "art",
        "ray",
        "max",
        "amber",
        "holly",
        "ivy",
        "iris",
        "daisy",
        "ruby",
        "pearl",
        "sky",
        "river",
        "patience",
        "mercy",
        "chase",
        "hunter",
        "carol",
        "penny",
        "sandy",
        "rusty",
        "honey",
        "sunny",
        "drew",
        "gene",
    ]
)
_WORD_BEFORE = re.compile(
    r"\b(?:i|we|you|they|in|of|have|has|had|keep|kept|lost|losing|little|no|some|any|the|a|an|good|bad|full|"
    r"saving|free|own|strong|our|my|your|their|this|that) $"
)
_WORD_AFTER = re.compile(
    r"^ (?:you|i|we|it|they|he|she|there|be|have|not|never|so|in (?:each other|one another|us|me|you|him|her|them|"
    r"god|it|the))\b"
)


def name_said(name: str, words: str) -> bool:
    """Whether `name` is said as the name: a name that is also a word counts only where it
    cannot be the word ("will didn't hang out the washing"; not "will you log that I went")."""
    spots = list(compiled(rf"\b{re.escape(name)}\b").finditer(words))
    if name not in _WORD_NAMES:
        return bool(spots)
    return any(not _WORD_BEFORE.search(words[: m.start()]) and not _WORD_AFTER.match(words[m.end() :]) for m in spots)


def partner_named(words: str, names: tuple[str, ...]) -> bool:
    """Whether the words name the partner (by name, "my partner", he or she) as who did it."""
    return bool(THIRD_PERSON.search(words)) or any(name_said(n, words) for n in names)


def anyone(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether the one who came through is only "he" or "she": anyone ("he kept his word to the bank
    manager"), so their words are checked, not kept as a note; a name or "my partner" is the partner."""
    return not partner_named(THIRD_PERSON_ONLY.sub("", sentence), names)


@dataclass(frozen=True)
class Family:
    """The job the sentence's family names (`job`), and whether the words around the topic are
    all the person's note (`noted`), so that no word of theirs is checked against the job's."""

    job: str
    noted: bool = False


_QUESTION_OPENING = re.compile(r"^(?:what|what's|which|how|are|do|have)\b")


def family(sentence: str, carried: str, names: tuple[str, ...]) -> Family | None:
    """The job a kind of sentence asks whichever topic carried it; None when none says so."""
    if carried in (SMALL_WIN, CELEBRATE) and GAMES.search(sentence):
        return Family("")  # a win at a game or a match: theirs to enjoy, nothing to log
    if FIGURES_ASKED.search(sentence):
        return Family(PROGRESS, noted=True)  # a question about their figures: its words are read, not written
    if PAUSED.search(sentence) and carried in (PROGRESS, READ_CONTRACT, PAUSE):
        return Family(PAUSE)
    if carried == HARD_DAY and (HARD_DAY_TOLD.match(sentence) or day_was_hard(sentence)):
        return Family(HARD_DAY, noted=True)  # "I'm having a rough day, work was a nightmare": their hard day
    lighter = LIGHTER.search(sentence)
    if lighter and carried in (HARD_DAY, READ_CONTRACT):
        # "today's hard, simplify things": how the day is, then what is made lighter (theirs, not a refit)
        lightened = set(sentence[lighter.end() :].split()) <= COMMON | JOB[HARD_DAY]
        return Family(HARD_DAY, noted=bool(LOW.search(sentence)) and lightened)
    if carried == BREACH and PERSON_HID.search(sentence):
        return Family("")  # "will hid in the wardrobe": someone hiding, in a game or for fun, hides nothing
    breach = _breach(sentence, names)
    if breach:
        return breach
    if carried == READ_BOUNDARIES and BOUNDARIES_ASKED.search(sentence) and not BOUNDARY_CROSSED.search(sentence):
        return Family(READ_BOUNDARIES)
    if carried == SMALL_WIN and _QUESTION_OPENING.match(sentence) and "wins" in sentence:
        return Family(CELEBRATE)  # "what are our wins so far"
    if carried in (SMALL_WIN, CELEBRATE) and WIN_LABEL.search(sentence):
        return Family(SMALL_WIN, noted=True)
    if carried in (RELIABILITY, KEPT) and kept_deed(sentence) is not None:
        return Family(KEPT)  # "i did what i promised and called sam": one's own word kept, the deed names it
    if carried in (SMALL_WIN, KEPT, RELIABILITY) and shared_moment(sentence, names):
        return Family(SMALL_WIN, noted=True)  # "we cooked together and it was fun"
    if carried in (RELIABILITY, KEPT) and partner_named(sentence, names) and RELIED_ON.search(sentence):
        # the partner by name or as "my partner": their words; a bare "he" may be anyone ("the bank manager")
        return Family(RELIABILITY, noted=not anyone(sentence, names))
    if carried in (QUESTIONS, READ_CONTRACT) and DONE_BY_ME.search(sentence):
        return Family(KEPT)  # an account of what was done: kept, when it names a promise of theirs
    if carried == QUESTIONS and QUESTIONS_STARTED.search(sentence):
        return Family(START)  # "start the questions", "ask us the questions": the check-in itself
    if partner_named(sentence, names) and PARTNER_ADDED.search(sentence):
        return Family(PARTNER_NEWS)  # "has my wife said anything in the tracker"
    if carried == REMIND and (promised := PROMISES_REMINDED.search(sentence)):
        # a question read, its words never written: decided here, as a question about their figures is
        return Family(READ_CONTRACT if set(promised[0].split()) & {"we", "our", "us"} else MY_PROMISES, noted=True)
    if carried == REMIND and GOOD_REMINDED.search(sentence):
        return Family(CELEBRATE)  # "remind me of the good stuff": what went well, not a reminder
    if carried == PROGRESS and GOOD_NEWS.search(sentence):
        return Family(CELEBRATE)  # "give us some good news about our progress"
    if carried == PARTNER_NEWS and THANKS.search(sentence):
        return Family(THANK)  # "thank my partner for all their entries"
    if carried == STOP_REMINDERS and NAG.search(sentence):
        return Family(STOP_REMINDERS if NAG_STOPPED.search(sentence) else "")
    return None


_PERSON_PRONOUN = re.compile(r"\b(?:i|he|she|they|we)\b")


def _breach(sentence: str, names: tuple[str, ...]) -> Family | None:
    """A breach said by what happened: one reading the other's journal, contact with the third
    person said with what makes it one, an act "even though we agreed", a boundary "got crossed"."""
    other = "|".join(["his", "her", "their", "my partner's", *(f"{re.escape(n)}'s" for n in names)])
    someone = "|".join(["he", "she", "they", PEOPLE, *map(re.escape, names)])
    if compiled(rf"{SNOOPED} (?:in |into |through |at )?(?:{other}) {PRIVATE}").search(sentence) or compiled(
        rf"\b(?:{someone})\b.*{SNOOPED} (?:in |into |through |at )?(?:my|our) {PRIVATE}"
    ).search(sentence):
        return Family(BREACH, noted=True)
    if (CONTACT.search(sentence) and CONFESSED.search(sentence)) or AGAINST_AGREED.search(sentence):
        return Family(BREACH, noted=True)
    if HIDDEN_BY_ME.search(sentence) and compiled(
        rf"{HIDDEN}|\bhid\b.*\bfrom (?:{someone}|him|her|them|my wife|my husband)\b"
    ).search(sentence):
        return Family(BREACH, noted=True)
    crossed = BOUNDARY_CROSSED.search(sentence)
    if crossed:  # "a boundary got crossed today i messaged her": what follows, who did what, is the note
        return Family(BREACH, noted=bool(_PERSON_PRONOUN.search(sentence[crossed.end() :])))
    return None
