"""Words said at a check-in question that ask about the check-in itself, never its answer (tester-voice35
D7, D7b, D8, D25): how many questions are left ("two more after this one"), what a question was, the
list of them, "go back to question one" (that question asked again, its answer replaced), a
presence yes ("yes she is here"), and the partner back ("okay she's back": carry on). Each is answered, and
the question that waits comes back."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, checkins
from trust_tracker.models.entities import Couple

from ..checkin_asked_words import AGAIN, ASKING, asked_words, checkin_asked_about
from ..dialog import ask_again, lost_place, skill_context, speech, still_trying
from ..presence import coming, only_here, returned
from ..topic_question import checkin_said
from .checkin_flow import ask_question, waiting_question
from .checkin_join import offer_join

_NUMBER = {
    **dict.fromkeys(("one", "1", "first"), 1),
    **dict.fromkeys(("two", "2", "second"), 2),
    **dict.fromkeys(("three", "3", "third"), 3),
    **dict.fromkeys(("four", "4", "fourth"), 4),
    **dict.fromkeys(("five", "5", "fifth"), 5),
    **dict.fromkeys(("six", "6", "sixth"), 6),
    **dict.fromkeys(("seven", "7", "seventh"), 7),
    **dict.fromkeys(("eight", "8", "eighth"), 8),
}
_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth"
_CARDINAL = "one|two|three|four|five|six|seven|eight|[1-8]"
# "question two", "the second question", "the first one": which question.
_WHICH = rf"(?:the )?(?:question (?:number )?(?P<n>{_CARDINAL})|(?P<o>{_ORDINAL})(?: question| one)?)"
# Said before the question: "remind me", "tell me" (the aside before them, "sorry", "hang on", is
# taken off first: checkin_asked_words.asked_words).
_LEAD = rf"^(?:{ASKING} )*"
_HOW_MANY = re.compile(
    rf"{_LEAD}(?:how many (?:more |other )?(?:questions )?(?:are |is )?(?:there )?(?:left|to go|remaining|more|after this(?: one)?)|"
    r"how many (?:more )?questions(?: are there)?|how much (?:longer|more)|is this the last (?:one|question)|"
    rf"are (?:we|there) (?:nearly|almost) (?:done|there)|how far (?:along )?are we){AGAIN}"
)
_LIST = re.compile(
    rf"{_LEAD}(?:what (?:are|were) (?:the|this week's|our|all the|all of the) (?:other )?(?:check ?in )?questions|"
    r"(?:what|which) (?:other )?questions (?:are there|do we have|are we doing|are left)|"
    rf"(?:read|tell|give|list) (?:me |us )?(?:all )?(?:the|this week's|our) (?:check ?in )?questions){AGAIN}"
)
_WHAT_WAS = re.compile(rf"{_LEAD}(?:what (?:was|is|were)|what's|whats) {_WHICH}{AGAIN}")
_GO_TO = re.compile(
    rf"{_LEAD}(?:(?:i want to|i'd like to|i would like to|can we|could we|let's|let us|let me|can i|i need to) )?"
    rf"(?:go (?:back )?to|back to|return to|jump to|change (?:my answer to|the answer to)|redo|answer) {_WHICH}{AGAIN}"
)


def _number(found: re.Match[str]) -> int:
    return _NUMBER[found["n"] or found["o"]]


def asked_about_checkin(said: str, names: Iterable[str] = ()) -> bool:
    """Whether the words ask about the check-in (or say only that the partner is here, named or not:
    "yes, Sam is here"): never an answer."""
    text = asked_words(said)
    asked = checkin_asked_about(text, whole=True) is not None
    return (
        asked
        or only_here(said, names)
        or returned(said, names)
        or coming(said, names)
        or any(p.match(text) for p in (_HOW_MANY, _LIST, _WHAT_WAS, _GO_TO))
    )


def answer_about_checkin(
    handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str, *, held: bool = False
) -> Response | None:
    """The check-in asked about, answered, then the question that waits asked again (`held`: the
    "Shall I log that?" question waits, asked again as it was); None when the words ask nothing of it."""
    if not asked_about_checkin(said, [p.name for p in couple.partners]):
        return None
    say = speech(handler_input).say
    question = waiting_question(handler_input, couple, flow)
    if question is None:
        return lost_place(handler_input)
    names = [p.name for p in couple.partners]
    come_back = returned(said, names) or only_here(said, names)
    if come_back and not held and (join := offer_join(handler_input, couple, flow)) is not None:
        return join  # "oh Sam just walked in" at a check-in alone: would Sam like to join now?
    if returned(said, names):
        # "okay she's back": the question again, as "carry on" (at "Shall I log that?" too: never its yes)
        still_trying(handler_input)
        return ask_again(handler_input) or lost_place(handler_input)
    context = skill_context(handler_input)
    texts = checkins.week_questions(context.session, couple, context.now)
    if (go_to := _GO_TO.match(asked_words(said))) is not None and not held and 0 < _number(go_to) <= len(texts):
        position = _number(go_to) - 1  # that question, asked again; the answer given replaces the old one
        back = checkin_turns.Question(question.partner, position, texts[position])
        return ask_question(handler_input, back, say("checkin_again"), reopened=True)
    told = _told(handler_input, couple, said, texts, question.position)
    still_trying(handler_input)
    if held:
        return ask_again(handler_input, told) or lost_place(handler_input)
    return ask_question(handler_input, question, f"{told} {say('checkin_back')}")


def told_before_checkin(handler_input: HandlerInput, couple: Couple, said: str) -> str | None:
    """The check-in asked about at "Is Sam with you?", before its first question (tester-tv37 D3): how
    many questions ("4 questions."), which, "go back to question one" (a wish to begin: it starts there
    once this is answered); None when the words ask nothing of it (or say only that Sam is here: a yes)."""
    names = [p.name for p in couple.partners]  # "Sam's parking the car": on the way, by name
    if not asked_about_checkin(said, names) or only_here(said, names):
        return None
    context = skill_context(handler_input)
    texts = checkins.week_questions(context.session, couple, context.now)
    return _told(handler_input, couple, said, texts, None)


def _told(handler_input: HandlerInput, couple: Couple, said: str, texts: list[str], at: int | None) -> str:
    """What the words ask of the check-in, told: `at` the question waiting, None before the first."""
    language = speech(handler_input)
    say, text = language.say, asked_words(said)
    if (what_was := _WHAT_WAS.match(text)) is not None and 0 < _number(what_was) <= len(texts):
        return say("checkin_question_was", number=_number(what_was), text=texts[_number(what_was) - 1])
    if at is None and _GO_TO.match(text):
        return say("checkin_begins_there")
    if _LIST.match(text) or _WHAT_WAS.match(text) or _GO_TO.match(text):  # a number there is not: the list
        listed = " ".join(say("checkin_question", number=i + 1, text=t) for i, t in enumerate(texts))
        return say("checkin_questions_are", questions=listed)
    if (about := checkin_asked_about(text, whole=True)) is not None:
        return checkin_said(handler_input, couple, about)
    if coming(said, [p.name for p in couple.partners]):
        return say("checkin_waiting_for")  # "she'll be down in a minute": a wait, and the question again
    if _HOW_MANY.match(text):
        if at is None:
            return language.count("checkin_count", len(texts))
        left = len(texts) - at - 1
        return say("checkin_last_one") if left <= 0 else language.count("checkin_left", left)
    return say("checkin_needs_words")  # "yes, she's here": glad, and the question still needs its answer
