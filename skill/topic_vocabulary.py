"""The words of the skill's topic carriers (skill/topic_words.py reads a sentence with them):
the jobs they carry, the words any request may be said with, and the words each job may be said
with. A word outside these, said around a topic ("remind me to buy milk", "the contract at
work"), means the sentence may be about something else: it is asked about, never acted on.
"""

from __future__ import annotations

REMIND = "RemindCheckInIntent"
STOP_REMINDERS = "StopRemindersIntent"
READ_BOUNDARIES = "ReadBoundariesIntent"
BREACH = "LogBreachIntent"
KEPT = "LogKeptIntent"
MISSED = "LogMissedIntent"
RELIABILITY = "LogReliabilityIntent"
# The carriers whose reading needs the couple's own commitments or boundaries (skill/topics.py reads them);
# a small win's, as one that names a promise of theirs is its keep ("we hit the gym together").
AGREED_ITEMS = frozenset({KEPT, MISSED, RELIABILITY, BREACH, "LogSmallWinIntent"})
# Words any request may be said with.
_COMMON = """
i me my we us our ours you your it its it's that this these those the a an some any all and or
but so to of for about on in at with from by if as up out over just really still also too very
please now today tonight yesterday again okay ok hey um uh well oh right is are was were be been
am i'm we're we've we'll i've i'd we'd let let's can could would will shall should do does did
don't didn't have has had get got want need like know tell say said go going one last time week
little bit more much there here what what's how how's when which who thanks actually quick
quickly while anymore back ever yet maybe think mean sure see look lot other each every being how're
lately exactly honestly really totally good news happy glad sadly afraid finally both mine
everything something before after through give
eh yeah yep y'all lowkey grand mate then
kindly alright wish wanted only
"""
COMMON = frozenset(_COMMON.split())
# Topic words that only name the job ("we had a small win: I called", "log as a moment ..."): left out
# of the note. Any other topic tells what happened ("he said he would ...", "the two of us went ..."):
# the note keeps it, and its subject (tester-voice20).
JOB_NAMED = frozenset(
    {"small win", "a win", "little win", "tiny win", "another win", "as a win", "wins", "victory", "chalk up"}
    | {"reliability", "as a moment", "a moment where"}
)
# The words each job may be said with, beside COMMON and its topic words.
JOB: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        REMIND: "remind reminder reminders set add create schedule turn on switch weekly check checkin talk heads tomorrow later soon about keep forgetting "
        "before sunday monday tuesday wednesday thursday friday saturday every alarm make sure forget remember ping "
        "nudge alert notify due let evening morning put questions week in at am pm o'clock one two three four five six seven eight nine ten eleven twelve "
        "sundays mondays tuesdays wednesdays thursdays fridays saturdays nights",
        STOP_REMINDERS: "stop reminders reminder reminding cancel turn off switch no enough quit disable delete longer nagging pestering bugging hassling unsubscribe from about check in "
        "remove rid without less anymore any more them for good sending getting receiving weekly nudge nudges my annoying discontinue",
        READ_BOUNDARIES: "boundaries boundary rules rule limits limit lines line read list hear remind agreed say wouldn't would off no go areas through over in agreement not cross break can't cannot won't do did we "
        "agree set what are were which only section part hard things stuff ex allowed",
        BREACH: "crossed cross broke break broken breached breach violated overstepped ignored went stepped "
        "pushed past line lines boundary boundaries rule rules limit limits one log record note report count "
        "mark add lied cheated betrayed behind sorry agreement agreed our confess admit owning honest",
        "ReadContractIntent": "contract agreement deal agreed read hear list remind signed terms written our we say again "
        "write wrote put says promises promised made what in go whole full out loud play commitments thing everything aloud back actually agree "
        "sign up to for",
        "StartCheckInIntent": "check checkin start begin do have ready time for resume continue weekly our chat conversation open run sit down sunday with review "
        "talk kick off get started together commence partner sitting ahead thing ready ask questions answer",
        "ReadCheckInQuestionsIntent": "questions question check checkin read hear list weekly the what are ask asked start begin we "
        "answer answering come coming ahead upcoming next discuss discussing preview cover meant thinking talk "
        "talking doing will be topics not whole just they going sunday monday tuesday wednesday thursday friday saturday",
        "CelebrateIntent": "celebrate celebration celebrating went well proud good what should things hear feel got "
        "worth wins anything reason us hit milestone milestones reached gone done right doing highlights of bits "
        "news remind so far recently moments moment positives positive between any stuff hear coming up upcoming next soon close near",
        "ProgressIntent": "improving improved improve any better worse progress streak streaks how doing going are we overall lately so far longest current often month year numbers many promises commitments kept missed days row times have stats statistics score where at look like "
        "our long getting along month track tracking better update report done week looking score summary wise weekly record like",
        "HardDayIntent": "hard rough tough bad day time struggling having had feeling feel i'm struggle use simpler coping light switch lighten load wiped keep "
        "simple easier version forms lighter light easy go scale back lower bar basics commitments things goals "
        "keep make worn out difficult awful those days it's been rotten horrible terrible exhausted tired long can't plan need everything low minimum bare do today's shocker nightmare mare stinker heavy "
        "draining stressful shattered knackered wrecked brutal rubbish "
        # The day it was: "Thursday was a hard day" is logged on Thursday (skill/intents/hard_day.py).
        "monday tuesday wednesday thursday friday saturday sunday monday's tuesday's wednesday's thursday's "
        "friday's saturday's sunday's night morning",
        "TakeAPauseIntent": "pause break breather take need minute moment few while short hit tracking tracker two three four six ten till month months days off all taking going away fortnight step back from time off progress contract "
        "trust hold off freeze suspend stop for days week weeks couple holiday put everything logging until next temporarily agreed",
        "UndoIntent": "undo take back delete remove wrong that last entry log logged thing said one mistake scrap ditch never mind wipe added not right it "
        "scratch my please erase cancel get rid of made oops no previous unlog retract off mean meant didn't never add sorry",
        "AcknowledgeIntent": "thank thanks grateful appreciate partner entries entry seen saw for logging massive special many heartfelt log record note big huge "
        "logged them all they made pass send on their his her appreciated appreciation acknowledge let express gratitude honesty",
        "LogSmallWinIntent": "small win wins little had got log record note another we count mark add tiny victory chalk up save step forward right direction moment",
        "LogReliabilityIntent": "reliable showed up came through on time dependable counted was were wife missus husband put down where consistent "
        "log record note partner count mark add he she they him her right so",
        "PartnerNewsIntent": "news logged anything from heard what has new partner entries wife missus husband him her he since read me made in tracker up to putting on here "
        "she they them updates update latest been logging put in down add added said recently hear recent tracker",
        KEPT: "kept remembered promise promises word log record",
        MISSED: "missed forgot failed not promise promises word log record setback setbacks small minor slight",
    }.items()
}
THANK = "AcknowledgeIntent"
# Thanks mark the partner's entries seen only when they say whom or what: "thank Sam", "thanks
# for your entries"; an everyday "thank you" writes nothing and reads nothing aloud.
THANKED = frozenset(
    [
        "partner",
        "wife",
        "missus",
        "husband",
        "him",
        "her",
        "them",
        "they",
        "their",
        "his",
        "entries",
        "entry",
        "logged",
        "logging",
    ]
)
