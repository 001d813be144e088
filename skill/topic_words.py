"""Part of the skill's understanding (skill/understanding.py): a sentence heard through a
topic carrier ("...reminders...", skill/topics.py) read as one job (`topic_read`), and the
words each job may be said with. A word outside these, said around a topic ("remind me to
buy milk", "the contract at work"), means the sentence may be about something else: it is
asked about, never acted on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trust_tracker.models.entities import LogKind
from trust_tracker.models.steering_words import spoken

from .understanding import kind_said

REMIND = "RemindCheckInIntent"
STOP_REMINDERS = "StopRemindersIntent"
READ_BOUNDARIES = "ReadBoundariesIntent"
BREACH = "LogBreachIntent"
KEPT = "LogKeptIntent"
MISSED = "LogMissedIntent"

# The family a sentence is in, whichever carrier Alexa matched, and what decides within it.
# "Remind me what our rules are" asks to hear them, not for a reminder.
REMINDERS = re.compile(r"\bremind(?:er|ers|ing)?\b(?! (?:me|us) (?:of|what|how|which)\b)")
STOP = re.compile(
    r"\b(?:stop|stopped|cancel|turn (?:\w+ )?off|switch (?:\w+ )?off|off|no more|enough|quit|disable|delete|remove|"
    r"get rid|don't|do not|dont|without|less)\b"
)
SET = re.compile(
    r"\b(?:remind (?:me|us)|set|add|create|schedule|turn (?:\w+ )?on|switch (?:\w+ )?on|on|want|need|would like|"
    r"please|can you|could you|will you|make sure|have)\b"
)
BOUNDARIES = re.compile(r"\b(?:boundaries|boundary|rules|rule|limits|limit|lines?)\b")
CROSSED = re.compile(
    r"\b(?:crossed|cross|crossing|broke|break|broken|breaking|breached|breach|violated|overstepped|ignored|"
    r"went over|stepped over|pushed past|went past)\b"
)
READ = re.compile(r"\b(?:what|what's|which|read|tell|list|hear|say|recap|go over|remind|are|were|our)\b")
# "I haven't kept it", "I never remembered": a keep said with a negation before it.
NEGATED = re.compile(r"\b(?:not|never|didn't|haven't|hasn't|wasn't|couldn't|can't|won't)\b|n't\b")

# Words any request may be said with.
_COMMON = """
i me my we us our ours you your it its it's that this these those the a an some any all and or
but so to of for about on in at with from by if as up out over just really still also too very
please now today tonight yesterday again okay ok hey um uh well oh right is are was were be been
am i'm we're we've we'll i've i'd we'd let let's can could would will shall should do does did
don't didn't have has had get got want need like know tell say said go going one last time week
little bit more much there here what what's how how's when which who thanks actually quick
quickly while anymore back ever yet maybe think mean sure see look lot other each every being
lately exactly honestly really totally good news happy glad sadly afraid finally both mine
everything something before after through give
"""
COMMON = frozenset(_COMMON.split())
# The words each job may be said with, beside COMMON and its topic words.
JOB: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        REMIND: "remind reminder reminders set add create schedule turn on switch weekly check checkin talk "
        "before sunday monday tuesday wednesday thursday friday saturday every alarm make sure forget",
        STOP_REMINDERS: "stop reminders reminder reminding cancel turn off switch no enough quit disable delete "
        "remove rid without less anymore any more them for good sending getting receiving",
        READ_BOUNDARIES: "boundaries boundary rules rule limits limit lines line read list hear remind agreed "
        "agree set what are were which",
        BREACH: "crossed cross broke break broken breached breach violated overstepped ignored went stepped "
        "pushed past line lines boundary boundaries rule rules limit limits one log record note report count "
        "mark add lied cheated betrayed behind",
        "ReadContractIntent": "contract agreement deal agreed read hear list remind signed terms written "
        "write wrote put says promises promised made what in go",
        "StartCheckInIntent": "check checkin start begin do have ready time for resume continue weekly our chat "
        "talk kick off get started together",
        "ReadCheckInQuestionsIntent": "questions check checkin read hear list weekly the what are ask asked",
        "CelebrateIntent": "celebrate celebration celebrating went well proud good what should things "
        "worth wins anything reason us",
        "ProgressIntent": "progress streak streaks how doing going are we overall lately so far longest current "
        "our long getting along month",
        "HardDayIntent": "hard rough tough bad day time struggling having had feeling feel i'm struggle",
        "TakeAPauseIntent": "pause break breather take need minute moment few while short hit",
        "UndoIntent": "undo take back delete remove wrong that last entry log logged thing said one mistake "
        "scratch my please",
        "AcknowledgeIntent": "thank thanks grateful appreciate partner entries entry seen saw for logging "
        "logged them all they made pass send on",
        "LogSmallWinIntent": "small win wins little had got log record note another we count mark add",
        "LogReliabilityIntent": "reliable showed up came through on time dependable counted was were "
        "log record note partner count mark add he she they him her right so",
        "PartnerNewsIntent": "news logged anything from heard what has new partner entries",
        KEPT: "kept remembered promise promises word log record",
        MISSED: "missed forgot failed not promise promises word log record",
    }.items()
}
# Whose words after the topic are kept as said (a note, or the commitment), not read as a request.
FREE_AFTER = frozenset({BREACH, "LogSmallWinIntent", "LogReliabilityIntent", "PartnerNewsIntent"})


@dataclass(frozen=True)
class TopicReading:
    """What a sentence heard through a topic carrier asks: `intent`, or None when the words do
    not decide; then `choices`, the one or two jobs to ask about."""

    intent: str | None
    choices: tuple[str, ...] = ()


def topic_read(before: str, said: str, after: str, carried: str, names: tuple[str, ...] = ()) -> TopicReading:
    """The job a sentence names around its topic word (`said`), Alexa having picked `carried`:
    stop or set for reminders, a breach or reading the boundaries ("I crossed a boundary"),
    kept or missed (kind_said). Every word must be one the job is said with, or a name of the
    couple (`names`, lower case), but a note's or a promise's own words after the topic;
    otherwise it is asked about. Which promise was kept or missed, models.logbook decides."""
    sentence = spoken(f"{before} {said} {after}")
    intent: str | None = carried
    choices: tuple[str, ...] = (carried,)
    if REMINDERS.search(sentence):
        choices = (REMIND, STOP_REMINDERS)
        intent = STOP_REMINDERS if STOP.search(sentence) else REMIND if SET.search(sentence) else None
    elif BOUNDARIES.search(sentence):
        choices = (READ_BOUNDARIES, BREACH)
        intent = BREACH if CROSSED.search(sentence) else READ_BOUNDARIES if READ.search(sentence) else None
    elif carried in (KEPT, MISSED):
        kind = kind_said(sentence, LogKind.KEPT if carried == KEPT else LogKind.MISSED)
        negated = carried == KEPT and NEGATED.search(spoken(before))
        intent = MISSED if kind is LogKind.MISSED or negated else KEPT
    if intent is None:
        return TopicReading(None, choices)
    if intent in (KEPT, MISSED):
        return TopicReading(intent)  # which promise, if any, models.logbook decides: never a guess
    checked = re.sub(r"'s\b", "", spoken(f"{before} {said}" if intent in FREE_AFTER else sentence))
    if set(checked.split()) - set(names) - COMMON - JOB.get(intent, frozenset()) - set(spoken(said).split()):
        return TopicReading(None, choices if len(choices) > 1 else (intent,))
    return TopicReading(intent)
