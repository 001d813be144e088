"""The skill's own steering words: a bare yes or no to an open question, "log it" or "my
answer", "actually this is Sam". The words that steer any answer (skip, go back, undo,
stop, "um") are the domain's, in models/steering_words.py, read by the site too.
Said during a check-in question or a reflection, none of them is stored."""

from __future__ import annotations

import re

from trust_tracker.models.couple_patterns import compiled
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import Requested, requested, spoken
from trust_tracker.models.told_words import described

from .lapses import lapses_told
from .partner_names import partner_named

_BARE_YES_NO = re.compile(r"^(?:yes|yeah|yep|yup|sure|no|nope|nah|not really)$")
_YES_NO_QUESTION = re.compile(r"^(?:did|do|does|is|are|was|were|have|has|had|can|could|would|will|should|shall)\b")


def bare_yes_or_no(said: str, question: str) -> bool:
    """ "No" (or "yes") and nothing else, to a question that is not a yes-or-no one ("What went
    well?"): not an answer yet."""
    return bool(_BARE_YES_NO.match(spoken(said))) and not _YES_NO_QUESTION.match(spoken(question))


# "Shall I log that? Or, if it was your answer, say: my answer.": yes and "the first one" log
# it, "my answer" and "the second one" save it as said, no and "neither" leave it.
_HELD_CHOICES = (
    (
        "answer",
        re.compile(
            r"^(?:(?:(?:yes|yeah|no|oh) )?(?:(?:it was|that was|that's|it's|save it as|save that as) )?(?:my|an|the) answer"
            r"|answer|(?:the )?second(?: one)?|save (?:it|that))$"
        ),
    ),
    (
        "log",
        re.compile(
            r"^(?:(?:yes|yeah|yep|yup|sure|okay|ok|please|yes please|go ahead|do it|do that)(?: please)?"
            r"|(?:(?:please|yes|yeah|no|just|ok|okay) )?log (?:it|that)(?: (?:please|now|instead))*|log"
            r"|(?:the )?first(?: one)?)$"
        ),
    ),
    (
        "no",
        re.compile(
            r"^(?:no|nope|nah|no thanks|no thank you|neither|neither one|neither of those|none|none of those"
            r"|not now|nothing|forget it|never ?mind|leave it|don't|do not)$"
        ),
    ),
)


def held_choice(said: str) -> str | None:
    """ "Shall I log that? Or, if it was your answer, say: my answer." answered in words:
    "answer", "log", "no"; None if unclear."""
    text = spoken(said)
    return next((name for name, pattern in _HELD_CHOICES if pattern.match(text)), None)


# "Just log it", "it doesn't matter which": to "which of your boundaries was it?", log it
# without one. Whole replies only: "log it as the first one" names one, "it matters" is no such reply.
_ANYWAY = re.compile(
    r"^(?:(?:no|yes|yeah|ok|okay|um+|uh+|well|oh|please|honestly)\s+)*(?:"
    r"(?:(?:just|please|can you|could you|you can|go ahead and|only)\s+)*(?:log|note|record) (?:it|that|the breach)"
    r"(?: (?:anyway|anyhow|as it is|as is|like that|without (?:one|a boundary|the boundary)|on its own|for me|please|now))*|"
    r"(?:it |that )?(?:doesn't|does not|don't) (?:really )?matter(?: which(?: one)?| much)?|no matter(?: which)?|"
    r"(?:it's|it is|that's|that is) not important(?: which(?: one)?)?|(?:i )?(?:don't|do not) mind(?: which(?: one)?)?|"
    r"never mind which(?: one)?|whatever|whichever|any(?: of them| one)? is fine"
    r")(?: (?:please|thanks|thank you))*$"
)


def logs_anyway(said: str) -> bool:
    """ "Just log it", "it doesn't matter", "log it anyway": logged without choosing."""
    return _ANYWAY.match(spoken(said)) is not None


# Who is speaking, said again (a correction): repair words first ("sorry", "no", "hold on",
# "wrong person"), then who it is ("this is Sam", "it's Sam speaking", "Sam here"), and after a
# repair word, a reason ("Alex went to get the door", "not Alex"). The one reading of these words:
# speaker_correction (a name in the couple) and stranger_named (anyone else) both use it.
_REPAIR = (
    r"no|nope|oh|oh no|oops|whoops|sorry|so sorry|my mistake|my bad|wait|actually|hold on|hang on|one sec|"
    r"excuse me|um+|uh+|er+m*|wrong (?:person|one|voice|name)|(?:that|this) (?:wasn't|was not|isn't|is not) (?:me|right)|not me"
)
# A greeting before who it is: "g'day, Bill speaking", "morning, it's Frank", "hiya, this is Grace".
_GREETING = r"hi|hello|hey|hiya|howdy|g'day|gday|morning|good morning|afternoon|good afternoon|good evening|namaste"
_LEAD = rf"(?P<lead>(?:(?:{_REPAIR})\s+)+)?(?:(?:{_GREETING}|ok|okay|right|alright|so)(?:\s+there)?\s+)?"
_SAYS = (
    r"(?:actually\s+)?(?:this is|it's|it is|i'm|i am|my name is|you're talking to|you are talking to|now it's|now it is)"
    r"\s+(?:actually\s+|really\s+|now\s+)?"
)
_SPEAKING = (
    r"(?:here|speaking|talking|(?:is )?(?:speaking|talking|here|answering|on)(?: now)?|taking over|"
    r"(?:has |just )?took over|(?:has )?(?:just )?taken over|is taking over|(?:has )?got (?:it|this)|turn(?: now)?)"
)
# A handover said by the one leaving or arriving: "pass it to Sam", "over to Sam", "handing over to Sam".
_PASSED = (
    r"(?:(?:i'm |i am |i'll |i will |let me |let's )?(?:pass(?:ing)?|hand(?:ing)?|give|giving|switch(?:ing)?|swap(?:ping)?)"
    r"(?: (?:it|this|you|me|the phone|the device))?(?: (?:over|back|across))? to|(?:and )?over to|back to)"
)
_AFTER_NAME = rf"(?:\s+(?:{_SPEAKING}|now|actually|instead|not\s+[a-z']+))*"
# A reason after the name begins with who or why: "alex went to get the door", "because …".
_REASON = r"(?:not|because|cause|since|as|so|and|but|while|he|she|they|he's|she's|they're|they've)"
# Someone gone, said after the name with no repair word before it: "Sam speaking, Alex had to go".
_AWAY = (
    r"(?:'s|is|has|had|just|'ll be)?\s*(?:just\s+)?(?:gone|went|left|stepped|popped|ducked|had to|has to|needs? to|"
    r"needed to|got called|is busy|busy|out|away|off|at|getting|answering|taking|took|can't|couldn't|ran|nipped)\b"
)


_NOT_ME_SAID = re.compile(r"\b(?:actually|wrong|not me|wasn't me|was not me)\b")
_MY_NAME_IS = re.compile(r"\bmy name is\b")


def says_who(said: str, names: list[str]) -> tuple[str, bool, bool] | None:
    """(the name said, whether it is plainly a correction, whether it says who went) when these
    words say who is speaking; `names` are the couple's (spoken), a word of one of them or any one word."""
    name = "|".join([*map(re.escape, sorted(names, key=len, reverse=True)), "[a-z']+"])
    reason = "|".join([_REASON, *map(re.escape, names)])
    found = compiled(
        rf"^{_LEAD}(?:{_SAYS}(?P<a>{name})|(?:actually\s+)?(?P<b>{name})\s+{_SPEAKING}|{_PASSED}\s+(?P<c>{name}))"
        rf"{_AFTER_NAME}(?P<reason>\s+(?:{reason})\b.*)?$"
    ).match(spoken(said))
    if found is None:
        return None
    # A reason only after "sorry", "no", "wait" …, a handover ("Sam here", "over to Sam"), or
    # when it says who went ("it's Sam, Alex went to get the door"): "it's Sam and I who argue" is no switch.
    handover = found["b"] or found["c"]
    who_went = rf"^\s+(?:{'|'.join([*map(re.escape, names), 'he', 'she', 'they'])})\s*{_AWAY}"
    went = bool(found["reason"] and compiled(who_went).match(found["reason"]))
    if found["reason"] and not (found["lead"] or handover or went):
        return None
    # Plainly a correction, even of a name that is nobody here: "actually", "wrong person", a
    # reason, a handover, or "my name is" (unlike "I'm", never followed by how one feels).
    plainly = (
        _NOT_ME_SAID.search(found["lead"] or "") or found["reason"] or found["c"] or _MY_NAME_IS.search(spoken(said))
    )
    return found["a"] or found["b"] or found["c"], bool(plainly) or spoken(said).startswith("actually"), went


def speaker_correction(couple: Couple, said: str) -> Partner | None:
    """ "Actually this is Sam", "sorry, no, it's Sam speaking", "wrong person, I'm Sam", "hold on,
    this is Sam, Alex went to get the door", "Sam took over", "pass it to Sam": the partner
    named as the one really speaking (a name Alexa heard a little differently, "Calum", too)."""
    found = says_who(said, [spoken(p.name) for p in couple.partners])
    return partner_named(couple, found[0]) if found else None


# What may follow a handover in the same breath as the one handed over to's own request.
_ASKED_AFTER = re.compile(r"^(?:and |so |please )?(?:log|note|record|mark|add|save|put|i|we|i've|we've)\b")
# The head of a command Alexa split from its kind ("log a | small win | i walked the dog"): dropped.
_COMMAND_ONLY = re.compile(
    r"^(?:and |so |please )?(?:log|note|record|add|save|mark)(?: (?:that|it|this|down|a|an|as))*$"
)
_HANDOVER_WORDS = 6  # "sorry, it's Mary Ann now": a handover is a few words at most
# After a name, words that make it part of a sentence about them, not a handover before one.
_NO_HANDOVER = re.compile(r"^(?:who|whom|whose|that|which|is|was|has|had|s)\b")


def handover_before(
    couple: Couple, said: str, *, any_words: bool = False, least: int = 2
) -> tuple[Partner, str] | None:
    """(the partner handed over to, the request after) when the words start with a handover
    and go on to ask something: "Jo-Ann here now, log a small win: I walked the dog", "Sam here, I
    cooked dinner tonight", "it's Sam, we did our evening talk". The one reading of such words:
    the handover interceptor (skill/handover.py), "this is Sam" (intents/linking.py) and a check-in
    answer (intents/checkin_who.py) use it; `any_words`: whatever follows counts (the caller reads
    it), else only words that ask something; `least`: how many words must follow (one in the words
    before a topic word: "Sam here, I | did the walk")."""
    words = spoken(said).replace(",", " ").split()
    for end in range(min(_HANDOVER_WORDS, len(words) - least), 0, -1):
        rest = " ".join(words[end:])
        if _NO_HANDOVER.match(rest) or words[end - 1].endswith("'s"):  # "it's Sam who calls", "I'm Sam's fan"
            continue
        # Who is named first: a few regular expressions, where what follows is a request's reading.
        partner = speaker_correction(couple, " ".join(words[:end]))
        if partner and (any_words or _ASKED_AFTER.match(rest) or unasked_request(rest) is not None):
            return partner, _COMMAND_ONLY.sub("", rest)
    return None


def named_in_slot(couple: Couple, said: str) -> Partner | None:
    """The partner named in IdentifySpeakerIntent's slot (what followed "this is" or "I'm": a
    correction, so a reason may follow): "Sam", "Sam speaking", "Bill, Will picked me up"."""
    named = partner_named(couple, said) or speaker_correction(couple, said)
    return named or speaker_correction(couple, f"sorry it's {said}")


def other_went(couple: Couple, said: str) -> bool:
    """Whether the words in IdentifySpeakerIntent's slot say someone went ("Sam, Alex went to
    get the door", "Sam here, Alex had to go"): the one named speaks alone."""
    names = [spoken(p.name) for p in couple.partners]
    return any(found is not None and found[2] for found in (says_who(said, names), says_who(f"it's {said}", names)))


# Words that ask for more (AMAZON.MoreIntent's family: "the rest", "the other ones", "what else"):
# said where an answer is expected, they ask for another question, never answer this one.
_MORE = re.compile(
    r"^(?:(?:and|so|ok|okay|um|uh|now|then|alright)\s+)*(?:(?:can you |could you |please )?"
    r"(?:read|tell|give|ask|show)(?: me| us)?\s+|what about\s+|(?:are there|is there|any)\s+)?"
    r"(?:(?:some |any )?more(?: questions| of them| please)?|anymore|the rest(?: of them| of the questions)?|"
    r"the others|the other (?:ones|questions)|the next (?:ones|questions)|next ones|what else|anything else|"
    r"(?:is|are) there (?:any )?more(?: questions)?|(?:is that|was that) (?:all|it|the last one))"
    r"(?:\s+(?:please|then|now))*$"
)


def asks_for_more(said: str) -> bool:
    """ "The rest", "the other ones", "any more?": asking for more, not an answer."""
    return _MORE.match(spoken(said)) is not None


_START_OVER = re.compile(r"\b(?:start (?:over|again)|restart|begin again|from the (?:top|start|beginning))\b")


def starts_over(said: str) -> bool:
    """ "Start over", "begin again": the question asked again, saying that it starts again."""
    return _START_OVER.search(spoken(said)) is not None


# What each request said where an answer was expected means to the skill: its intent, and
# the slot its words go in. "checkin" and "who" are the check-in's own (the question is asked again).
_REQUEST_INTENTS: dict[str, tuple[str, str]] = {
    "progress": ("ProgressIntent", ""),
    "promises": ("MyPromisesIntent", ""),
    "celebrate": ("CelebrateIntent", ""),
    "questions": ("ReadCheckInQuestionsIntent", ""),
    "contract": ("ReadContractIntent", ""),
    "boundaries": ("ReadBoundariesIntent", ""),
    "pause": ("TakeAPauseIntent", ""),
    "kept": ("LogKeptIntent", "commitment"),
    "log": ("LogKeptIntent", "commitment"),  # kept or missed as its words say
    "missed": ("LogMissedIntent", "commitment"),
    "breach": ("LogBreachIntent", "note"),
    "small_win": ("LogSmallWinIntent", "note"),
    "reliability": ("LogReliabilityIntent", "note"),
    "all_kept": ("LogAllKeptIntent", "quantity"),
    "all_missed": ("LogAllMissedIntent", "quantity"),
    "hard_day": ("HardDayIntent", "said"),  # "log a hard day for yesterday": its day read from the words
    "news": ("PartnerNewsIntent", "partner"),
    "remind": ("RemindCheckInIntent", ""),
    "stop_reminders": ("StopRemindersIntent", ""),
    "not_me": ("NotMeIntent", ""),
    "acknowledge": ("AcknowledgeIntent", "partner"),
    "link": ("LinkDeviceIntent", "code"),
}


def request_intent(request: Requested | None) -> tuple[str, dict[str, str]] | None:
    """The intent (and its slots) a request said as an answer stands for; None for one the
    check-in answers itself ("start our check-in", "who am I") or no request at all."""
    found = _REQUEST_INTENTS.get(request.what) if request is not None else None
    if request is None or found is None:
        return None
    intent, slot = found
    words = "" if request.words in ("my", "our", "it", "that") else request.words
    return intent, ({slot: words} if slot and words else {})


# Requests that answer "which one?" in their own way (a keep, a miss, "all of them"): read as answers.
_LOGGING = frozenset({"LogKeptIntent", "LogMissedIntent", "LogAllKeptIntent", "LogAllMissedIntent"})


def request_instead(said: str) -> tuple[str, dict[str, str]] | None:
    """The other request these words make ("read our contract", "how are we doing"), said where
    a promise's name was asked for; None for an answer."""
    request = request_intent(requested(said))
    return request if request is not None and request[0] not in _LOGGING else None


# "You skipped …: answer it now, or leave it?" answered in words.
_NOW = re.compile(
    r"^(?:(?:yes|yeah|yep|ok|okay|sure|go on)\s*)*(?:(?:i'll|let me|let's|i will|i can|i want to)\s+)?"
    r"(?:answer(?: it| that)?(?: now)?|now|do it now|go on then|yes please)?(?:\s+please)?$"
)
_LEAVE = re.compile(
    r"^(?:(?:no|nope|nah|no thanks)\s*)*(?:(?:just|please)\s+)?(?:leave (?:it|that|it for now|it there)|skip(?: it)?|"
    r"not now|later|no thanks|no thank you)?(?:\s+please)?$"
)


def answer_now(said: str) -> bool | None:
    """ "Answer it now", "yes" (True); "leave it", "no" (False); None when unclear."""
    text = spoken(said)
    if not text:
        return None
    if _LEAVE.match(text):
        return False
    return True if _NOW.match(text) else None


_WE = re.compile(r"^we\b")


def unasked_request(said: str) -> tuple[str, dict[str, str]] | None:
    """Words heard as an answer that say what to do instead ("honestly, I forgot about the house
    jobs", "my answer is log a small win", "how are we doing?"): the intent and slots they stand for."""
    request = request_intent(requested(said))
    if request is None and lapses_told(said):  # "honestly, I got drunk at the party": asked, never a keep
        return ("LogMissedIntent", {"commitment": said})
    # "We did our evening talk": a shared promise kept is the speaker's keep, as "I did" is.
    done = (described(said) or described(_WE.sub("i", spoken(said), count=1))) if request is None else None
    if done is not None:
        request = ("LogMissedIntent" if done.what == "missed" else "LogKeptIntent", {"commitment": done.words})
    return request
