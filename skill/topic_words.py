"""Part of the skill's understanding (skill/understanding.py): a sentence heard through a
topic carrier ("...reminders...", skill/topics.py) read as one job (`topic_read`), with the
words each job may be said with (skill/topic_vocabulary.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trust_tracker.models.couple_patterns import compiled
from trust_tracker.models.entities import LogKind
from trust_tracker.models.steering_words import spoken

from .naming import Shared, content_words, shared
from .pointing import none_of_those
from .replies_said import says_no
from .told_kept import kept_deed
from .topic_families import WRITTEN_AS_SAID, anyone, family, partner_named
from .topic_learned import sure_job
from .topic_patterns import (
    AGREED,
    ALL_MEANT,
    AS_PROMISED,
    ASKED,
    BOUNDARIES,
    CHECKIN_ASKS,
    CHECKIN_REMINDER,
    CHOSEN,
    COMMAND,
    CROSSED,
    FIRST,
    GOOD,
    LET_DOWN,
    NEGATED,
    OURS,
    PERSON,
    PROMISED,
    READ,
    READ_CONTRACT,
    RELIABLE,
    RELIED,
    REMINDERS,
    REQUEST,
    SECOND,
    SET,
    SETBACK,
    SHOWED_UP_FOR,
    STOP,
    TRACKING,
    UNDO,
    WIN,
    without_gladness,
)
from .topic_vocabulary import (
    BREACH,
    COMMON,
    JOB,
    KEPT,
    MISSED,
    READ_BOUNDARIES,
    RELIABILITY,
    REMIND,
    STOP_REMINDERS,
    THANK,
    THANKED,
)
from .understanding import kind_said


def topic_intent(job: str) -> str:
    """The intent that holds a job's topic carriers, as interaction-model/generate.py names it:
    "StopRemindersIntent" -> "StopRemindersTopicIntent". Its own intent, because Alexa may match
    a carrier with both slots empty (the topic word said alone), and then only the name says so."""
    return job.removesuffix("Intent") + "TopicIntent"


CARRIERS = {topic_intent(job): job for job in JOB}


def said_alone(job: str) -> tuple[str, ...]:
    """The jobs to ask about when only a topic word of `job` was heard ("reminders": set or
    stop them; "boundaries": read them or log one crossed), or itself ("crossed", "contract");
    never done without a yes."""
    return {REMIND: (REMIND, STOP_REMINDERS), STOP_REMINDERS: (REMIND, STOP_REMINDERS)}.get(
        job, (READ_BOUNDARIES, BREACH) if job == READ_BOUNDARIES else (job,)
    )


# Asked to log it ("log a breach: I messaged her"), the words after it are its note.
LOGGING = re.compile(r"\b(?:log|record|report|note|confess|admit|write down)\b")
# After a breach's words, what says how it was crossed ("I overstepped a boundary with my phone"):
# the note's, kept as said; where it happened ("at the gym", "into France") is checked.
HOW = re.compile(r"\b(?:with|about|because|when|while|by)\b")
# Beside a breach's own words, what it may be said with that still says something of it (a note's
# words, not only the job's): when, and what was agreed ("I broke the no contact rule last night").
BREACH_SAID = frozenset(
    [
        "no",
        "contact",
        "journal",
        "diary",
        "affair",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "earlier",
        "ago",
    ]
)
# Whose words after the topic are kept as said (a note), not read as a request. A breach's are
# checked: "I crossed a boundary at the gym" is asked about; the couple's own boundaries' words pass.
FREE_AFTER = frozenset({"LogSmallWinIntent", RELIABILITY})


@dataclass(frozen=True)
class TopicReading:
    """What a sentence heard through a topic carrier asks: `intent`, or None when the words do
    not decide; then `choices`, the one or two jobs to ask about, or none: the words were about
    something else, and are let go ("we crossed the road", "I missed you")."""

    intent: str | None
    choices: tuple[str, ...] = ()
    noted: bool = False  # the words around the topic are all the person's note (topic_families)


LET_GO = TopicReading(None)
# What the learned reading may do, however sure it is of another job: only what writes nothing
# without a further yes (a question answered, the check-in begun, "Shall I remove it?"). A keep or
# a miss, a note, a breach, a reminder, a hard day, a pause or thanks is never written on a guess,
# and the contract and boundaries are read only when asked for ("our contract is long").
_GUESSED_SAFELY = frozenset(
    {
        "StartCheckInIntent",
        "ReadCheckInQuestionsIntent",
        "CelebrateIntent",
        "ProgressIntent",
        "PartnerNewsIntent",
        "UndoIntent",
    }
)


_POSSESSIVE_S = re.compile(r"'s\b")


def _thanked_by_name(before: str, said: str, after: str, names: tuple[str, ...]) -> bool:
    """Whether the partner is thanked by name, beside the thanks ("thank Sam for making dinner",
    "let Alex know I'm grateful"): then what follows is what for, in their words."""
    near = spoken(f"{before} {said} {' '.join(after.split()[:3])}")  # "to my partner"
    return bool(set(_POSSESSIVE_S.sub("", near).split()) & (set(names) | {"partner", "wife", "husband", "him", "her"}))


def chosen(said: str, jobs: tuple[str, ...]) -> str | None:
    """Which of `jobs` (the two offered) an answer picks: "the first one", "log it", "stop
    them"; "" for neither ("no", "neither", "none of them"); None when it does not say."""
    words = spoken(said)
    if none_of_those(words) or says_no(words):
        return ""
    if FIRST.match(words):
        return jobs[0]
    if SECOND.match(words):
        return jobs[-1]
    named = [job for job in jobs if job in CHOSEN and CHOSEN[job].search(words)]
    return named[0] if len(named) == 1 else None


def without_command(note: str) -> str:
    """A note in the person's own words, the command to log it left out: "log that Sam came
    through" -> "Sam came through"; the gladness said before the command with it ("i'm stoked, log a
    small win, ..."). Gladness with no command after it is the note's own ("i'm stoked we talked")."""
    text = without_gladness(note.strip())
    return COMMAND.sub("", text, count=1) or note


def _names_one(sentence: str, items: tuple[str, ...]) -> bool:
    """Whether the sentence says a word that matters of one of the couple's items (a commitment's
    "evening talk", a boundary's "journal"); "partner" names none."""
    return bool(content_words(sentence) & {w for item in items for w in content_words(item)} - {"partner"})


# A win said as one: "a small win", "we won", "a victory" (never only its carrier's "together").
_WIN_SAID = re.compile(r"\b(?:wins?|won|winning|victory|victories)\b")


def _names_fully(sentence: str, items: tuple[str, ...]) -> bool:
    """Whether the sentence says enough of one of the couple's items to name it (skill/naming.py)."""
    return any(shared(sentence, item) is Shared.ALL for item in items if item)


_PRONOUN_OPENING = re.compile(r"(?:you|we|i|it|there|that|this|he|she|they)\b")


def _asked(sentence: str, names: tuple[str, ...]) -> bool:
    """Whether the sentence is a question: "will you ...", but not "will was so reliable" from
    a partner called Will (a name that is a question's first word, followed by what he did)."""
    first, _, rest = sentence.partition(" ")
    if first in names and not _PRONOUN_OPENING.match(rest):
        return False
    return ASKED.search(sentence) is not None


_LIED_CHEATED_BETRAYED = re.compile(r"\b(?:lied|cheated|betrayed)\b")
_THE_NEWS = re.compile(r"\bthe news\b")


def _family(
    sentence: str,
    before: str,
    carried: str,
    names: tuple[str, ...],
    promises: tuple[str, ...],
    boundaries: tuple[str, ...] = (),
) -> TopicReading:
    """The job the sentence's family decides, before its words are checked; LET_GO when the
    words lack what the job needs (a write needs its own words: never a guess)."""
    if UNDO.search(sentence):
        return TopicReading("UndoIntent")
    found = family(sentence, carried, names)
    if (
        (found.job if found is not None else carried) == "LogSmallWinIntent"
        and not _WIN_SAID.search(sentence)
        and _names_fully(sentence, promises)
    ):
        found, carried = None, KEPT  # "we hit the gym together" of "gym together on Saturdays": kept
    if found is not None and (not found.job or (found.job in WRITTEN_AS_SAID and _asked(sentence, names))):
        return LET_GO  # a win at darts; "did sam read my journal?" is a question, not a note
    if found is not None and found.job == RELIABILITY and carried == KEPT and _names_fully(sentence, promises):
        found = (
            None  # "sam kept her promise to call when late": a promise named in full, theirs to log (models.logbook)
        )
    if found is not None and found.job != KEPT:
        return TopicReading(found.job, (found.job,), noted=found.noted)
    if found is not None:
        carried = KEPT  # an account of what was done: kept if it names a promise of theirs
    if REMINDERS.search(sentence):
        choices = (REMIND, STOP_REMINDERS)
        if not REQUEST.search(sentence):  # a question or a statement about them: asked, never changed
            return TopicReading(None, choices)
        return TopicReading(
            STOP_REMINDERS if STOP.search(sentence) else REMIND if SET.search(sentence) else None, choices
        )
    if BOUNDARIES.search(sentence):
        choices = (READ_BOUNDARIES, BREACH)
        return TopicReading(
            BREACH if CROSSED.search(sentence) else READ_BOUNDARIES if READ.search(sentence) else None, choices
        )
    if carried in ("StartCheckInIntent", "ReadCheckInQuestionsIntent") and CHECKIN_REMINDER.search(sentence):
        return TopicReading(REMIND)
    if carried == "StartCheckInIntent" and CHECKIN_ASKS.search(sentence):
        carried = "ReadCheckInQuestionsIntent"
    if carried == "TakeAPauseIntent" and TRACKING.search(sentence):
        carried = "ProgressIntent"  # "how are we tracking"
    person = bool(PERSON.search(sentence)) or any(compiled(rf"\b{re.escape(n)}\b").search(sentence) for n in names)
    # "alex showed up for my mum's appointment": the partner came through, a moment of reliability
    if (
        carried == RELIABILITY
        and SHOWED_UP_FOR.search(sentence)
        and _names_one(sentence, promises)
        and not partner_named(spoken(before), names)
    ):
        carried = KEPT  # one of their commitments shown up for: kept, or asked which (models.logbook)
    if carried in (BREACH, "LogSmallWinIntent", RELIABILITY) and _asked(sentence, names):
        return LET_GO
    if carried == BREACH:
        if AGREED.search(sentence) or _names_one(sentence, boundaries):
            return TopicReading(BREACH)
        return TopicReading(None, (BREACH,)) if person and _LIED_CHEATED_BETRAYED.search(sentence) else LET_GO
    if carried in (KEPT, MISSED):
        if carried == MISSED and SETBACK.search(sentence):
            return TopicReading(MISSED)
        if not (
            PROMISED.search(sentence)
            or ALL_MEANT.search(sentence)
            or _names_one(sentence, promises)
            or kept_deed(sentence) is not None
        ):
            return LET_GO  # "I missed you", "I kept the receipt": no promise named
        kind = kind_said(sentence, LogKind.KEPT if carried == KEPT else LogKind.MISSED)
        negated = carried == KEPT and NEGATED.search(spoken(before))
        return TopicReading(MISSED if kind is LogKind.MISSED or negated else KEPT)
    if carried == "ReadContractIntent" and not READ_CONTRACT.search(sentence):
        return TopicReading(None, (carried,)) if OURS.search(sentence) else LET_GO
    if carried == "LogSmallWinIntent" and not WIN.search(sentence):
        return LET_GO
    if carried == "LogReliabilityIntent" and (
        LET_DOWN.search(sentence)
        or not (RELIABLE.search(sentence) or (RELIED.search(sentence) and (person or AS_PROMISED.search(sentence))))
    ):
        return LET_GO
    if carried == "PartnerNewsIntent" and GOOD.search(sentence) and not person:
        carried = "CelebrateIntent"  # "what's the good news": theirs together, not the partner's
    if carried == "PartnerNewsIntent" and not person and _THE_NEWS.search(sentence):
        return LET_GO  # "read me the news": the world's, not the partner's
    if carried == "PartnerNewsIntent" and not (person or "news" in sentence.split() or "anything" in sentence.split()):
        return LET_GO
    return TopicReading(carried, (carried,))


def topic_read(
    before: str,
    said: str,
    after: str,
    carried: str,
    names: tuple[str, ...] = (),
    promises: tuple[str, ...] = (),
    boundaries: tuple[str, ...] = (),
    guess: bool = True,
) -> TopicReading:
    """The job a sentence heard through a topic carrier asks: by rule (`_ruled`); where the rules
    ask between jobs and the person said words of their own, the one of those jobs the learned
    reading of the whole sentence is sure of (skill/topic_learned.py: "can you take us through
    this week's check in" starts it, where the rules would ask "Shall I start your check-in?").
    What the rules let go stays let go; `guess` False (a check-in question waits: the words
    are its answer) reads by rule alone."""
    reading = _ruled(before, said, after, carried, names, promises, boundaries)
    own_words = set(spoken(f"{before} {after}").split()) - COMMON - set(names)
    if reading.intent is not None or not own_words or not guess:
        return reading  # decided by rule, or nothing but the topic was said ("the reminders"): asked
    learned = sure_job(f"{before} {said} {after}", set(reading.choices) & _GUESSED_SAFELY)
    return TopicReading(learned) if learned is not None else reading


def _ruled(
    before: str,
    said: str,
    after: str,
    carried: str,
    names: tuple[str, ...] = (),
    promises: tuple[str, ...] = (),
    boundaries: tuple[str, ...] = (),
) -> TopicReading:
    """The job a sentence names around its topic word (`said`), Alexa having picked `carried`
    (the job, or the intent holding its carriers): undo, stop or set for reminders, a breach or
    reading the boundaries ("I crossed a boundary"), kept or missed (kind_said) when a promise
    is named (`promises`: the couple's commitments; showing up for one keeps it), a breach when
    one of the couple's `boundaries` is named ("I overstepped with my phone again"). Every word
    must be one the job is said with, or a name of the couple (`names`, lower case), or words
    of their boundaries for a breach, but a note's words after the topic when the job's own
    words were said; otherwise it is asked about, or let go when the job's own words are missing."""
    carried = CARRIERS.get(carried, carried)
    sentence = spoken(f"{before} {said} {after}")
    reading = _family(sentence, before, carried, names, promises, boundaries)
    intent = reading.intent
    if intent is None or intent in (KEPT, MISSED) or reading.noted:
        return reading  # which promise, models.logbook decides: never a guess
    if intent == THANK and not set(_POSSESSIVE_S.sub("", sentence).split()) & (set(names) | THANKED):
        return TopicReading(None, (THANK,))  # "thank you", "thanks that's all": nobody's entries named
    free = (
        (
            intent in FREE_AFTER
            and not (
                intent == RELIABILITY
                and anyone(sentence, names)
                and not (RELIABLE.search(sentence) or AS_PROMISED.search(sentence))  # "like i told her i would": mine
            )
        )
        or (intent == BREACH and LOGGING.search(spoken(before)) is not None)
        or (intent == THANK and _thanked_by_name(before, said, after, names))
    )
    checked = _POSSESSIVE_S.sub("", without_command(spoken(f"{before} {said}" if free else sentence)))
    if intent == BREACH:  # "with my phone", "because ...": how it was crossed, the note's words
        checked = HOW.split(checked, maxsplit=1)[0]
    unknown = set(checked.split()) - set(names) - COMMON - JOB.get(intent, frozenset()) - set(spoken(said).split())
    if intent == BREACH:  # its own words of when and what, and their boundaries' ("hid" my phone, "hiding")
        agreed = {w for b in boundaries for w in content_words(b)}
        unknown = {w for w in unknown - BREACH_SAID if not content_words(w) or not content_words(w) <= agreed}
    if unknown:
        if intent == "PartnerNewsIntent":
            return LET_GO  # "I heard from my sister", "anything from amazon": not the partner's news
        return TopicReading(None, reading.choices if len(reading.choices) > 1 else (intent,))
    return TopicReading(intent)
