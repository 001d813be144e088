"""Words that leave a question rather than answer it: "never mind" to "which one?", and "no thanks",
"not now", "skip" to a question asking for words of one's own (a reflection), which are never saved
as its answer (tester-voice13 #10), and "no, I'd rather not" to the offer of one (tester-voice18 E1); the ending words ("that's all", "I'm done", "no thanks") that end
the conversation at any question (issue 8, part 5), read here for every one of them."""

from __future__ import annotations

import re
from collections.abc import Callable

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkins
from trust_tracker.models.steering_words import control, hesitates, spoken

from .dialog import ask_again_paused, ask_again_unclear, current_flow, ids, replay, skill_context, speech, tell
from .help_words import help_numbers
from .saved_words import BANDS
from .speakers import couple_names, current_partner
from .steering import held_choice

# "Never mind", said to a question to leave it (never a stalling word there: nothing is asked again).
_NEVER_MIND = re.compile(r"^(?:(?:oh|no|okay|ok) )?(?:never ?mind|forget it)(?: (?:then|that|it|about it))?$")
# The no-words, one list: alone or strung together ("no thanks, not now") the question is left,
# nothing saved; before the speaker's reason, a no to a yes-or-no offer.
_NO = r"no|nope|nah"
_DECLINED = re.compile(
    rf"^(?:(?:{_NO}|no thanks|no thank you|not now|not right now|not today|maybe later|later|"
    r"never ?mind|stop|skip(?: it| that| this)?|i'd rather not|i would rather not)(?: |$))+$"
)
# A no with the speaker's reason after it (tester-voice18 E1); "no sleep the night before" is no no.
_NO_WITH_A_REASON = re.compile(
    rf"^(?:{_NO})(?: (?:thanks|thank you|sorry|honestly|really))* (?:i|we|not|maybe|later|another|rather|let us|let's)\b"
)


def never_mind(said: str) -> bool:
    """ "Never mind", "forget it": leave the question that waits."""
    return _NEVER_MIND.match(spoken(said)) is not None


def declined(said: str) -> bool:
    """ "No thanks", "not now", "skip", an ending word ("that's all"): to a question that asks for
    words of one's own (a reflection), a way out, never the words (tester-voice13 #10)."""
    text = spoken(said)
    return held_choice(text) == "no" or ends(text) or _DECLINED.match(f"{text} ") is not None


def no_with_a_reason(said: str) -> bool:
    """ "No, I'd rather not talk about it", "nah, maybe later": a no to a yes-or-no offer (the
    reflection's), its reason never taken for words of one's own."""
    return _NO_WITH_A_REASON.match(spoken(said)) is not None


# Ending words, strung together or softened ("no thanks, that's all", "okay, I'm done then"); the one
# list, read at any question and where a name was asked for (intents/linking.py).
_ENDING = (
    r"no thanks|no thank you|nothing(?: else)?|(?:i'm|i m|im|i am|we're|we are) done|that'?s (?:all|it)|"
    r"that is (?:all|it)|forget (?:it|about it)|never ?mind"
)
_SOFTLY = rf"{_NO}|oh|ok|okay|well|thanks|thank you|then|now|for now|please|actually"
_ENDS = re.compile(rf"^(?:(?:{_SOFTLY}) )*(?:{_ENDING})(?: (?:{_ENDING}|{_SOFTLY}))*$")


# Said where a name or a choice was asked for, never a yes or no to anything: a way out there too.
_PUT_OFF = re.compile(rf"^(?:(?:{_SOFTLY}) )*(?:not now|leave it|good ?bye|bye)(?: (?:{_ENDING}|{_SOFTLY}))*$")


def leaves_unnamed(said: str) -> bool:
    """Whether these words, said where a name was asked for ("Is this Alex or Sam?"), mean "let it
    go": an ending word ("that's all"), or "not now", "leave it", "bye"."""
    return ends(said) or _PUT_OFF.match(spoken(said)) is not None


def ends(said: str) -> bool:
    """ "That's all", "I'm done", "no thanks", "nothing", "forget it": the conversation ended, said
    to any question (a bare "no" is that question's no, never this)."""
    text = spoken(said)
    return control(text) == "stop" or never_mind(text) or _ENDS.match(text) is not None


def yes_or_no_again(handler_input: HandlerInput, said: str, lost: Callable[[HandlerInput], Response]) -> Response:
    """Words to a yes-or-no question that say neither: asked again (`lost` when asked enough); ending
    words end it instead, "that's all" as said at the questions: a check-in stops, its answers kept,
    and anything else asked has its no, nothing saved (tester-voice16 E2, E3)."""
    if ends(said):
        if current_flow(handler_input).get("name") == "checkin":
            return checkin_stopped(handler_input)
        return replay(handler_input, "AMAZON.NoIntent", {})
    if hesitates(said):  # "hang on", "erm": a pause, asked again gently, never "just yes or no"
        return ask_again_paused(handler_input) or lost(handler_input)
    language = speech(handler_input)
    again = language.say("yes_or_no")
    if _doubted(handler_input, said):  # nothing is saved here, so the numbers come first, not a save offer
        again = f"{' '.join(help_numbers(language.locale))} {again}"
    return ask_again_unclear(handler_input, again) or lost(handler_input)


def _doubted(handler_input: HandlerInput, said: str) -> bool:
    """Words the learned check doubts (the answers' band: skill/saved_words.py) said where only a yes
    or no was asked ("Is Sam with you?" answered "I'm scared of what he does when he reads this")."""
    read = getattr(handler_input.context, "distress_read", None)
    return BANDS["answers"].doubts(said, couple_names(handler_input), read)


def checkin_stopped(handler_input: HandlerInput) -> Response:
    """The check-in left for now, and how to pick it up again. "Your answers so far are saved" only
    when some are: left before any answer ("that's all" to "Is Sam with you?", "I'm done" to the first
    question), it says only that it is left for now (issue 8, part 5)."""
    key = "checkin_stopped" if _answers_saved(handler_input) else "checkin_stopped_unbegun"
    return tell(handler_input, speech(handler_input).say(key))


def _answers_saved(handler_input: HandlerInput) -> bool:
    """Whether the speaker, or a partner this check-in asks, has an answer saved this week."""
    speaker = current_partner(handler_input)
    if speaker is None:
        return False
    context = skill_context(handler_input)
    asking = {speaker.id, *ids(current_flow(handler_input).get("order"))}
    answered = checkins.checkin_progress(context.session, speaker.couple, context.now).answered
    return any(answered.get(partner_id, 0) for partner_id in asking)
