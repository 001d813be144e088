"""The words that steer a conversation rather than answer it: "um", skip, go back, undo,
stop, repeat, help, and words that sound like a request. The one home of this word rule:
the skill reads it for every free-form answer (a check-in question, a reflection), the
site for every check-in answer typed (`typed_control`: the whole answer only, so "I didn't
catch the bus" stays an answer there), so "um", "skip", "stop" or "undo that" is never
saved as an answer by either."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .removal_words import HARD_DAY, REMOVAL
from .request_words import REQUESTS

_WORD = re.compile(r"[a-z0-9']+")


def words_of(said: str) -> list[str]:
    """The words said, lower case: letters, digits and apostrophes ("Sam's 2nd!" -> ["sam's", "2nd"])."""
    return _WORD.findall(said.lower())


# Kept per process: a keep's handlers and readings ask it of the same few words some 65 times a
# request (11 different), a moment's 39 times (9): README, Speed, the thirty-first pass.
@lru_cache(maxsize=1024)
def spoken(said: str) -> str:
    """Lower-case words only, hyphens as spaces: "Check-in, please!" -> "check in please"."""
    return " ".join(words_of(said.replace("-", " ")))


# Polite or hesitant words around a request ("oops, can you undo that please"), taken off
# before the request itself is read. "I want to" / "we need to" only before a word that
# changes an answer: "we need to move on", "we need to stop" are answers; "we want to forget
# that" (UndoIntent's) steers, "I want to forget that night" is an answer.
AROUND = re.compile(
    r"^(?:(?:sorry|um+|uh+|okay|ok|so|oh|oops|please|just|actually|wait|no wait|no|thanks|thank you|hold on|hang on|"
    r"alexa|go ahead and|"
    r"you know what|tell you what|on second thought|on second thoughts|come to think of it|well|hmm+|"
    r"(?:can|could|would|will) you|can (?:we|i)|let me|let us|let's|"
    r"(?:i|we) (?:want|need) to(?= (?:change|undo|redo|skip|pass|go back|delete|remove|erase|scratch|strike|cancel|take|get rid|forget (?:what|that(?: please| now)*$))\b)|"
    r"(?:i|we)(?: would|'d) like to)\s+)+"
)
# "no thanks, that's all", "okay, I'm done then": the ending words, with the courtesy around them.
_AFTER = re.compile(r"(?:\s+(?:please|now|right now|for now|then|thanks|thank you))+$")
# Skip, by family: skipping ("next question", "skip ahead"), deferring ("come back to that one
# later", "ask me later", "never mind": README, a check-in question left for later), declining
# ("I'd rather not answer that one", "pass"), and "leave it".
_THAT_ONE = r"(?: (?:it|this|that|this one|that one|this question|that question))?"
_SKIP = re.compile(
    rf"^(?:(?:(?:i'll|i will|i|we'll|we will|we) )?(?:skip|pass)(?: on)?(?: (?:it|this|that|this one|that one|this question|that question|for now|ahead))*|"
    r"skip (?:to )?the next (?:one|question)|"
    r"next|next question|next one|move on(?: to the next (?:one|question))?|no comment|"
    # Handed to the other ("Sam, your turn", "over to you"): left for later, never the answer (tester-voice41 C2).
    r"(?:[a-z]+ )?(?:(?:it's|it is) )?(?:your turn|your go|over to you|you go(?: first)?|you first|you take (?:this|that) "
    r"one|you answer (?:this|that) one)(?: [a-z]+)?|"
    rf"(?:(?:i'll|i will|we'll|we will|i can|we can) )?come back to{_THAT_ONE}(?: (?:later|another time))?|"
    rf"(?:(?:i'll|i will|we'll|we will|i can|we can) )?(?:answer|do){_THAT_ONE} (?:later|another time|on the (?:website|site))|"
    rf"(?:ask|answer) (?:me|us){_THAT_ONE} (?:later|another time)|"
    rf"(?:save|leave|keep){_THAT_ONE} for (?:later|another time|the end)|leave (?:it|this|that)(?: one)?|"
    r"(?:maybe )?later|(?:maybe )?(?:another|some other) time|not(?: yet| today)?|never ?mind(?: then)?|"
    rf"(?:i'd|i would|i'd prefer|i would prefer|i prefer) (?:rather )?not(?: to)?(?: (?:say|answer|talk about|go into|get into){_THAT_ONE})?|"
    rf"(?:i|we) (?:don't|do not) (?:want|wish|feel like|feel ready) to (?:say|answer|talk about|go into|get into){_THAT_ONE}|"
    rf"(?:i'm|i am|we're|we are) not (?:ready|comfortable|going) to (?:say|answer|talk about|go into|get into){_THAT_ONE})$"
)
_NO_THANKS = re.compile(r"^(?:no|nah|nope)(?: (?:thanks|thank you|ta|not for me|not this one|not that one))+$")
# Undo, delete, scratch, change my answer: said to a question, the last answer is asked again.
_WHAT_WAS_SAID = (
    r"(?:that|this|it|that entry|that answer|that last one|my answer|my last (?:entry|log|answer|one)|"
    r"the last (?:entry|thing i (?:logged|said)|answer|one)|what i just (?:logged|said))"
)
_REMOVAL = REMOVAL  # models/removal_words.py: `removes`, `_REMOVE_ALL`, an undo
# Undo, delete, scratch that: UndoIntent's words, read as "back" said alone, and said first by `undo_first`.
_UNDO = (
    rf"undo(?: {_WHAT_WAS_SAID})?|(?:{_REMOVAL}|take back) {_WHAT_WAS_SAID}|"
    r"cancel (?:my|the) last (?:entry|log|answer|one)|forget (?:that|what i just (?:logged|said))|"
    r"take (?:that|it) back|that was (?:wrong|a mistake)"
)
# What was just done taken back, the answer or what was logged ("undo", "I said it by mistake").
_TAKEN_BACK = (
    rf"{_UNDO}|i (?:logged|said|told|added) (?:that|it) (?:by (?:mistake|accident)|wrongly)|(?:that|it) was logged by "
    r"mistake|i (?:did not|didn't) mean (?:to (?:log|say) )?that"
)
_BACK = re.compile(
    r"^(?:go back(?: (?:one|a) (?:question|step)|(?: to)?(?: the| a| that)? ?(?:(?:last|previous|earlier|other) )?(?:question|one|step)?)(?: again)?|"
    r"back(?: to the (?:last|previous) (?:question|one))?|"
    r"previous (?:question|one)|change (?:my|that|the) (?:last )?answer|change my last one|"
    r"redo(?: (?:that|my|the|this)(?: last)? answer| (?:that|this|it)(?: one| question| again)?| my answer)?|"
    r"(?:do|answer) (?:that|it|this)(?: one| question)? (?:again|over)|start (?:that|this) (?:one|question|answer) (?:again|over)|rewind(?: (?:one|a) (?:question|step)| that| it)?|"
    r"change (?:that|it|this)(?: one)?|"
    r"ignore (?:that|it|my (?:last )?answer)|wrong answer|that's not right|that is not right|that's wrong|"
    r"(?:let me )?try (?:that|it) again|let me say (?:that|it) again|"
    rf"{_TAKEN_BACK}|never mind that(?: entry| answer)?|"
    # "not that one, the one before": in a check-in, the question before (UndoIntent's samples).
    r"(?:(?:not that one|no) )?the one before(?: that)?)$"
)
# "No wait" said alone: the answer just given was a slip (UndoIntent's samples). Read before AROUND,
# which takes "no" and "wait" as the words around a request; never as an undo said first, since
# "no wait, ..." opens many sentences.
SLIP = r"(?:(?:so|okay|ok|oh) )?(?:no wait|wait no|no hang on|hang on no|hold on no|no hold on)"  # a slip of the tongue taken back
SLIP_ALONE = re.compile(rf"^{SLIP}$")  # the slip and nothing more
_FOR_NOW = r"(?: for (?:now|today|tonight|the day|this week))?"
_FINISH_LATER = (
    r"(?:(?:we'll|we will|we can|let's|lets|i'll|i will) )?(?:finish|carry on|continue|do the rest|pick (?:it|this|it back) up)"
    r"(?: (?:it|this|the rest|off))? (?:tomorrow|later|another time|next time|in the morning|tonight)"
)
_STOP = re.compile(
    r"^(?:stop|stop here|cancel|pause|that's all|that is all|that's it|i'm done|i am done|we're done|we are done|"
    r"finish later|we'll finish later|exit|quit|"
    # "let's stop there for now", "i'll leave it there for today"
    r"(?:(?:i'll|i will|we'll|we will|let's|lets|let us) )?(?:stop|leave it|call it a day|wrap (?:it )?up)(?: (?:there|"
    rf"here|now))?{_FOR_NOW}(?: (?:and )?{_FINISH_LATER})?|"
    # "I need to stop here, we'll finish tomorrow" (tester-voice41 C3), never "we need to stop" alone (an answer).
    rf"(?:i|we) (?:need|have|want|would like|'d like) to (?:stop|leave it|call it a day|wrap (?:it )?up)(?: (?:there|here|"
    rf"now){_FOR_NOW}(?: (?:and )?{_FINISH_LATER})?|{_FOR_NOW} (?:and )?{_FINISH_LATER})|{_FINISH_LATER})$"
)
_REPEAT = re.compile(
    r"\b(repeat|start over|start again|restart|begin again|say (?:that|it|the question) (?:again|one more time|once more)|"
    r"what was the question|come again|pardon|didn't (?:hear|catch)"
    r"|ask (?:me|us) again|(?:read|say) (?:them|those) again)\b"
    r"|^(?:sorry )?(?:what|huh|what was that|sorry|excuse me)$"
    # "Again" alone (never inside an answer: "we argued again"), "once more", "what's the question?"
    r"|^(?:(?:sorry|please|can you|could you|say it|ask it|ask that|ask the question)\s+)*(?:again|once more|one more time)"
    r"(?: please)?$|^(?:what's|what is|which was|which is) the question(?: again)?$"
    # The choices asked for: "list them", "what are they", "read them to me" (at "which one?": tester-voice29).
    r"|^(?:(?:can|could) you |please )?(?:list (?:them|those|the options|the promises|my promises|our promises)|(?:read|tell|"
    r"say|give) (?:me |us )?(?:them|those|the options|the list)(?: out| again| to me| to us)?|what (?:are|were) (?:they|the "
    r"options|my options|our options|the choices)(?: again)?)(?: please| again)?$"
)
# Carrying on, said where an answer is expected ("no, let's keep going", "carry on with our
# check-in"): the question waits, asked again; never an answer.
_GO_ON = re.compile(
    r"^(?:(?:no|yes|yeah|ok|okay|alright|right|fine)\s+)*(?:let's |let us |we can |we'll |we will |i'll |i will )?"
    r"(?:keep going|carry on|continue|go on|get on with it|proceed|resume)"
    r"(?: (?:with )?(?:it|the|our|this|that)? ?(?:check ?in|questions?)?)?(?: then| please| now)*$"
)
_HELP = re.compile(r"^(?:help|help me answer|what can i say|what do i say|i need help answering)$")
# Sounds, and words that buy time: never an answer (the question is asked again, gently). "Never mind"
# is none of them: it leaves a question (a skip above; a way out in skill/ways_out.py), never asks it again.
_STALLING = re.compile(
    r"^(?:(?:um+|uh+|er+m*|hmm+|mm+|ah+|oh|well|so|okay|ok|like|let me think|let me see|i don't know yet|"
    r"give me a (?:second|sec|minute|moment)|hold on|hang on|just a (?:second|sec|minute|moment)|wait|"
    r"good question|i need to think|i need a (?:second|minute|moment)|let me think about (?:it|that)|uh huh|mm hmm|"
    r"i guess|one (?:second|sec|moment|minute)|hang on a (?:sec|second|minute)|"
    r"(?:i'm|i am) thinking|thinking)\s*)+$"
)
_REQUEST_PATTERNS = tuple((name, re.compile(rf"^(?:alexa )?(?:{pattern})$")) for name, pattern in REQUESTS)


@dataclass(frozen=True)
class Requested:
    """A request said where an answer was expected: what it asks ("progress", "kept",
    "missed", "small_win", "log" (to log, kept or missed as its words say), "link" …) and
    the words it carries ("" when none)."""

    what: str
    words: str


# "Cancel my hard day": no intent of its own; the skill takes back today's hard day just logged
# (models/disputes.py take_back_hard_day), at a check-in question once it is not the answer.
CANCEL_HARD_DAY = Requested("cancel_hard_day", "")
# "Reflect on my setback": no intent of its own; the skill begins the reflection on the latest setback.
REFLECT_ON_SETBACK = Requested("reflect", "")


# Words that put something aside to say it ("hang on, log a small win ...", "oh and I missed
# the evening talk"): taken off before a request or a deed is read, so the aside is heard.
_ASIDE = re.compile(
    r"^(?:(?:(?:wait|hang on|hold on|just) a (?:sec|second|minute|moment|tick)|no wait|oh wait|hang on|hold on|"
    r"one sec|one second|just quickly|quickly|by the way|before i forget|while i remember|"
    r"oh|and|also|sorry|actually|wait|um+|uh+|so|okay|ok|alexa|please)\s+)+"
)


def without_aside(said: str) -> str:
    """The spoken words without the aside before them: "hang on, log a win" -> "log a win"."""
    return _ASIDE.sub("", spoken(said))


def requested(said: str) -> Requested | None:
    """The request in these words (their whole sentence), or None when they are not one.
    "Log that I kept my promise to call" is the keep it says; "hang on, ..." the request after it."""
    text = without_aside(said)
    for name, pattern in _REQUEST_PATTERNS:
        found = pattern.match(text)
        if found is None:
            continue
        words = (found.groupdict().get("words") or "").strip()
        if name == "log":  # "log that I missed my promise to call": the request inside
            return requested(words) or _hard_day_told(words) or Requested(name, words)
        return Requested(name, words)
    return None


# A hard day told after "log that": "log that I had a hard day on Monday", "log that yesterday was a rough day".
_HARD_DAY_LOGGED = re.compile(
    rf"^(?:(?:i|we) (?:had|have had|was having)|i've had|(?P<day>[a-z' ]+?) (?:was|has been|'s been)) "
    rf"(?:a |such a )?{HARD_DAY}\b,?(?P<words>.*)$"
)


def _hard_day_told(words: str) -> Requested | None:
    """The hard day a "log that ..." tells of, its day kept in the words; None for anything else."""
    found = _HARD_DAY_LOGGED.match(words)
    return Requested("hard_day", " ".join(f"{found['day'] or ''} {found['words']}".split())) if found else None


def hesitates(said: str) -> bool:
    """ "Um", "hang on", "no wait", "wait no": a pause before answering, never an answer or a no."""
    return is_filler(said) or SLIP_ALONE.match(_AFTER.sub("", spoken(said))) is not None


def is_filler(said: str) -> bool:
    """Only "um", "let me think" and the like: words that are not an answer yet."""
    return _STALLING.match(spoken(said)) is not None


# Owning up that the answer just given came out wrong ("I got it wrong", "that's not what I
# meant"): said alone, the last answer is asked again; "I made a mistake" or "my bad" only before
# a word that steers ("oops, I made a mistake, take that back"): alone it may be a week's answer.
_ANSWER_WRONG = (
    r"(?:i|we) (?:got|said|answered|put|phrased|worded|heard) (?:that|it|this)(?: one| answer| question)? (?:wrong|badly|incorrectly)|"
    r"(?:i|we) (?:got|gave) (?:that|the|my|our) (?:one |question |answer )?wrong|"
    r"(?:that|it) (?:came out|sounded) wrong|(?:that's|that is|that was|it's|it was) not what (?:i|we) (?:meant|mean|wanted to say)|"
    r"(?:that's|that is|that was) (?:the )?wrong(?: answer| one)?|(?:i|we) (?:didn't|did not) mean (?:it|that|to say that)|"
    r"(?:that's|that is) not (?:quite )?(?:right|it)|wrong"
)
# Said only before what steers: alone, each may be a week's answer ("we did it wrong", "I messed it up").
_OWNED_UP = re.compile(
    rf"^(?:(?:{_ANSWER_WRONG}|(?:i|we) (?:made a mistake|made an error|did (?:it|that) wrong)|"
    r"(?:i|we) (?:messed|mucked|stuffed|screwed) (?:that|it|this)(?: one| answer)? up|my (?:bad|mistake)|mistake|oops)\s+)+"
)
_ANSWER_WRONG_ALONE = re.compile(rf"^(?:{_ANSWER_WRONG})(?:\s+(?:sorry|there|again|i think))*$")


# Beside the undo's words, a removal asked in fear names more than the last thing: "wipe what i just said",
# "get rid of my answers", "delete all this" (read only in words already heard as distress).
_REMOVE_ALL = (
    rf"(?:{_REMOVAL}|clear|scrap) (?:everything(?: i (?:just )?(?:said|told you|answered|"
    r"wrote))?|all (?:of )?(?:this|that|it|them|my answers)|what i (?:just )?(?:said|told you|answered|wrote)|my "
    r"(?:answers|check ?in answers|check ?in)|this|that|it)"
)
_UNDO_FIRST = re.compile(rf"(?:{_UNDO}|{_REMOVE_ALL})\b")


_REMOVES = re.compile(rf"^(?:please )?{_REMOVAL}\b")


def removes(said: str) -> bool:
    """ "Delete that", "remove my answer", "scratch that": words that take the answer away, not only
    go back to it (tester-voice38 D3: it stayed stored for the partner while the speaker believed it gone)."""
    return _REMOVES.match(spoken(said)) is not None


_UNDO_ALONE = re.compile(rf"^(?:{_UNDO})$")


def undoes(said: str) -> bool:
    """ "Undo", "delete that", "scratch my last entry": the last thing taken back, and nothing else said."""
    return _UNDO_ALONE.match(_AFTER.sub("", AROUND.sub("", spoken(said)))) is not None


_TAKEN_BACK_ALONE = re.compile(rf"^(?:{_TAKEN_BACK})$")


def takes_back(said: str) -> bool:
    """ "Undo", "I said it by mistake": what was just done taken back, and nothing else said (a check-in's
    "go back" or "change my answer" is not: those are about the answers)."""
    return _TAKEN_BACK_ALONE.match(_AFTER.sub("", AROUND.sub("", spoken(said)))) is not None


def undo_first(said: str) -> bool:
    """An undo said first, whatever follows: "undo that, if he hears it he'll hurt me" (skill/help_entries.py)."""
    return _UNDO_FIRST.match(AROUND.sub("", spoken(said))) is not None


def control(said: str) -> str | None:
    """What the words do when they steer rather than answer: "repeat", "skip", "back" (go
    back, change my answer, undo, delete, scratch that), "stop", "help", "go on" (keep going,
    carry on), "filler" (um, let me think) or "request" (sounds like something to do, not an answer: confirm first);
    None for an answer."""
    if is_filler(said):
        return "filler"
    text = spoken(said)
    bare = _AFTER.sub("", AROUND.sub("", text))
    if _ANSWER_WRONG_ALONE.match(bare) or SLIP_ALONE.match(_AFTER.sub("", text)):
        return "back"
    owned = _OWNED_UP.match(bare)
    if owned is not None and owned.end() < len(bare):  # "I got it wrong, go back": what steers after it
        steer = control(bare[owned.end() :])
        if steer in ("back", "skip", "stop", "repeat", "go on", "help"):
            return steer
    if _NO_THANKS.match(text):  # a question declined, never its answer ("nothing" may answer one: saved)
        return "skip"
    for name, pattern in (("back", _BACK), ("skip", _SKIP), ("stop", _STOP), ("help", _HELP), ("go on", _GO_ON)):
        if pattern.match(bare):
            return name
    if _REPEAT.search(text):
        return "repeat"
    if requested(text) is not None:
        return "request"
    return None


# A question named, not a new answer: "change my answer to question 3 to …" (tester-voice44 D1: saved as the last
# answer, "Question 3 to the honest texts", the old one lost). Offered as "change my answer" is, nothing changed.
_A_QUESTION_NAMED = re.compile(
    r"^(?:to |for |on |of )?(?:question (?:number )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?:the |my )?"
    r"(?:first|second|third|fourth|fifth|sixth|last|other|previous|earlier) (?:question|one|answer))\b"
)


def names_a_question(said: str) -> bool:
    """Whether the words open by naming a check-in question ("question 3 to …", "the first one"): never an answer."""
    return _A_QUESTION_NAMED.match(spoken(said)) is not None


# Typed on the site, only a whole answer that is nothing but steering is refused: "repeat"
# is found anywhere in what is said, and a request is confirmed by voice, saved as typed.
_TYPED = frozenset({"filler", "skip", "back", "stop", "help", "go on"})


# "Repeat" anywhere in a typed answer is words, not steering; the whole answer "start over" is.
_REPEAT_WHOLE = re.compile(
    r"^(?:repeat(?: (?:that|it|the question))?|start (?:over|again)|restart|begin again|say (?:that|it) again|"
    r"come again|pardon|excuse me)$"
)


def typed_control(typed: str) -> str | None:
    """What a check-in answer typed on the site does when it only steers ("filler", "skip",
    "back", "stop", "help"), never saved as an answer; None for an answer."""
    found = control(typed)
    if found == "repeat" and _REPEAT_WHOLE.match(_AFTER.sub("", AROUND.sub("", spoken(typed)))):
        return found  # "start over" typed as the whole answer
    return found if found in _TYPED else None
