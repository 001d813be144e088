"""The answer to "Is Sam with you?", however it is said: a yes or a no with a reason ("no, Sam's
at work", "yeah he's right here"), with a name ("Sam, your turn"), "just me", "both of us"; ending words
("no thanks, that's all", "okay, I'm done then"): the check-in left for now; a
handover ("Sam here, Alex had to go": Sam, alone); a request ("how are we doing?"), served, and
then the question again; the check-in itself asked about ("how many are left?", "go back to question one"),
told, then the question again; after a check-in stopped part way, other words answer the question it
stopped at (said before this one), alone; anything else, asked again. The question elicits a free answer, so
every way of saying it reaches here (or, said as Alexa's own yes or no, the Yes and No intents)."""

from __future__ import annotations

import re
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.answer_words import says_alone
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import SLIP, SLIP_ALONE, control, hesitates, spoken

from ..dialog import ask_again, ask_again_paused, ask_again_unclear, lost_place, replay, still_trying
from ..partner_names import folded, sound
from ..presence import HERE, THEY, coming, only_here, returned, without_them
from ..speakers import current_partner, known_speaker, recognised_speaker
from ..steering import other_went, speaker_correction, unasked_request
from ..ways_out import checkin_stopped, ends, yes_or_no_again
from .checkin import answer_where_stopped
from .checkin_asked import told_before_checkin
from .checkin_flow import together_asked
from .checkin_join import settle_join

_YES = re.compile(r"^(?:yes|yeah|yep|yup|sure|of course|definitely|ok|okay|uh huh|aye)\b")
_NO = re.compile(r"^(?:no|nope|nah|not (?:really|today|tonight|now|this time))\b")
# Words before the answer that only soften it: "actually no", "well yes", "oh, yeah".
_LEAD = re.compile(r"^(?:(?:actually|well|oh|erm|um|uh|so|hmm)\b,? ?)+(?=\w)")
_AWAY = re.compile(
    rf"\b{THEY} (?:(?:just|still|already|gone|off|probably) )*(?:not|isn't|aren't|away|out|at|asleep|sleeping|working|"
    r"busy|gone|went|left|in bed|upstairs|downstairs|on|doing|having|taking|picking|getting|putting|stuck|running)\b"
    r"|\b(?:by myself|on my own|alone)\b"
)
# Somewhere else in the home, or busy with something now: "Sam's in the shower", "he's walking the
# dog", "she's feeding the baby". Read only when the words do not also say they are here.
_BUSY = re.compile(
    rf"^(?:(?:no|nope|nah|well|um|oh|sorry|actually),? )*{THEY} (?:(?:just|still|currently|probably|busy|out) )*"
    r"(?:in (?:the|a|her|his|their) (?!room\b)[a-z]+|in bed|showering|bathing|cooking|cleaning|walking|feeding|"
    r"sleeping|napping|resting|eating|driving|shopping|changing|dressing|washing|tidying|on the (?:phone|toilet|loo))\b"
)

# Putting the check-in off is no skip of its first question: asked again.
_LATER = re.compile(r"\b(?:later|not now|another time)\b")


def here_told(attributes: object, said: list[str]) -> bool:
    """Whether the words only say the partner is here, while "Is Sam with you?" waits."""
    return together_asked(attributes) and bool(said) and all(map(only_here, said))


def together_said(couple: Couple, speaker: Partner, said: str) -> bool | None:
    """Whether the other partner takes part, in the words said to "Is Sam with you?" (True: yes,
    False: no); None when the words say neither. Their name is read as "they", however it sounds."""
    if says_alone(said):
        return False
    text = _LEAD.sub("", _named_as_they(couple, speaker, said))
    if without_them(text):  # "skip Sam", "go on without her": the no (never an answer where a check-in stopped)
        return False
    # On the way is read before away: "she's getting out of the shower" (presence.LEAVING_A_ROOM) says "getting",
    # which _AWAY reads as busy, and "not yet, she'll be here in a sec" says "not": neither, a wait (checkin_asked).
    if coming(text):
        return None
    if returned(text):  # "oh good, we're back": here now
        return True
    if _NO.match(text):
        return False
    here = bool(HERE.search(text))
    away = bool(_AWAY.search(text)) or (not here and bool(_BUSY.search(text)))
    if _YES.match(text):
        return None if away else True
    if away:
        return False
    return True if here else None


def _named_as_they(couple: Couple, speaker: Partner, said: str) -> str:
    """The words said, the other partner's name (as it sounds, any of its words) as "they"."""
    others = [p for p in couple.partners if p.id != speaker.id]
    names = {sound(word) for p in others for word in folded(p.name)}
    return " ".join("they" if sound(word) in names else word for word in spoken(" ".join(folded(said))).split())


def answer_join(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """Words said to "Would Sam like to join the check-in now?": a yes or a no however said ("yes she does",
    "no, just me", "skip her"), read as at "Is Sam with you?"; "stop" leaves the check-in; else asked again."""
    speaker = current_partner(handler_input)
    if speaker is None:
        return lost_place(handler_input)
    if ends(said) or control(said) == "stop":
        return checkin_stopped(handler_input)
    together = together_said(couple, speaker, said)
    if together is not None:
        return settle_join(handler_input, couple, flow, together)
    return ask_again_unclear(handler_input, "") or lost_place(handler_input)


# A slip said alone ("wait no") is left whole: it is a pause, not "wait" and then a no.
_AFTER_SLIP = re.compile(rf"^(?!{SLIP}$)(?:{SLIP}|hang on|hold on|wait) (?P<rest>.+)$")


def answer_together(handler_input: HandlerInput, couple: Couple, said: str) -> Response:
    """Words said to "Is Sam with you?" (see the module's docstring)."""
    partner = speaker_correction(couple, said)
    if partner is not None and other_went(couple, said):
        bound = recognised_speaker(handler_input)
        if bound is None or bound.id == partner.id:
            known_speaker(handler_input, partner)  # "Sam here, Alex had to go": Sam, alone
        return replay(handler_input, "AMAZON.NoIntent", {})
    speaker = current_partner(handler_input)
    if speaker is None:
        return lost_place(handler_input)
    if ends(said):  # "no thanks, that's all", "okay, I'm done then": neither a no nor a yes (issue 8, part 5)
        return checkin_stopped(handler_input)
    taken_back = _AFTER_SLIP.match(spoken(said))
    if taken_back is not None and together_said(couple, speaker, taken_back["rest"]) is not None:
        said = taken_back["rest"]  # "no wait, yes she is": the yes (tester-voice34); "hang on, he's coming" kept whole
    together = together_said(couple, speaker, said)
    if hesitates(said) and (together is None or SLIP_ALONE.match(spoken(said)) is not None):
        # "no wait", "hang on", "erm": a pause, never the no (tester-voice33 D12) nor a misunderstanding
        # (tester-voice34); "okay" is still the yes
        return ask_again_paused(handler_input) or lost_place(handler_input)
    if together is not None:
        return replay(handler_input, "AMAZON.YesIntent" if together else "AMAZON.NoIntent", {})
    steer = control(said)
    if (steer == "skip" and _LATER.search(spoken(said)) is None) or steer == "back":
        # "skip", "go back", "change my answer": as Alexa's Next and Previous intents are ("maybe later" is neither)
        return replay(handler_input, "AMAZON.NextIntent" if steer == "skip" else "AMAZON.PreviousIntent", {})
    request = unasked_request(said)
    if request is not None:  # "how are we doing?": served, then the question again (skill/checkin_aside.py)
        return replay(handler_input, *request)
    if (told := told_before_checkin(handler_input, couple, said)) is not None:  # "how many are left?"
        still_trying(handler_input)
        return ask_again(handler_input, told) or lost_place(handler_input)
    if steer is None and (answered := answer_where_stopped(handler_input, couple, speaker, said)) is not None:
        return answered  # the question it stopped at was said first: this is its answer
    return yes_or_no_again(handler_input, said, lost_place)
