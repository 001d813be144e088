"""Safety comes first (DESIGN.md): danger, abuse, fear or crisis, said to any intent, gets help.

SafetyHandler is tried before every other handler. It answers SupportIntent, and any IntentRequest with a slot
whose words are a statement of distress (skill/distress.py): a check-in answer, a note, a commitment or a name
said in distress is answered here, so it is never stored, never logged and never credited to anyone. Distress said on its own
reaches SupportIntent through carrier samples, whose slots are named for the words said
beside them (as_said); a carrier holding everyday words is left to FallbackIntentHandler,
help is not given from a guess. It needs no linked
device and no known speaker, and it never asks who is speaking. The answer names the
locale's emergency number, crisis line and abuse line (models/safety.py), says what the
skill is not, and offers a pause: the one question, for one turn (SafetyInterceptor).

A carrier whose words the detector does not know ("she gives me {...}") is never "not
understood": what they ask for is served (skill/carrier_everyday.py), or they get one calm line saying how to ask for the numbers, nothing logged, no
menu, and any check-in question that waited is asked again. A check-in question that waited
when help was given waits on (skill/checkin_aside.py's SUSPENDED): after the pause offer,
"yes" pauses and says how to resume, and any other words ("no", "carry on", "he beat me at
chess") bring the question back, saving nothing said in between.
"""

from __future__ import annotations

from typing import Any, ClassVar, cast
from xml.sax.saxutils import escape

from ask_sdk_core.dispatch_components import AbstractRequestHandler, AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import IntentRequest, Response

from .after_help import must_go, settled
from .carrier_everyday import everyday_answer
from .carrier_reading import readings
from .dialog import (
    CHECKIN_WAITED,
    FLOW,
    LAST_QUESTION,
    PAUSES_KEPT,
    SUSPENDED,
    ask_again,
    ask_unless_looping,
    end_flow,
    skill_context,
    speech,
)
from .distress import is_distress
from .distress_games import a_person_at_a_game
from .help_entries import help_on_entries, offer_removal
from .help_words import WORDING, locale_of, pause_ssml, support_ssml
from .intents.checkin_together import here_told
from .saved_words import BANDS
from .speakers import couple_names, linked_couple
from .threat_over_promise import threat_over_a_promise, threats_in

# Session attribute: the pause was just offered. Read by the next request only.
PAUSE_OFFERED = "safety_pause_offered"
# Request attribute: the slots read for distress, and whether they speak of it.
DISTRESS_SAID = "safety_distress_said"
SUPPORT_INTENT = "SupportIntent"
# Session attribute: how many times SupportIntent's carrier words were not known to be distress.
UNSURE = "safety_unsure"
# What answers "would you like to pause?", while it is the question.
_PAUSE = {"AMAZON.YesIntent", "TakeAPauseIntent"}
# Ways out: mid check-in they still end the session (and say how to resume); "no" there is
# "no pause", and the check-in question comes back.
_LEAVE = {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"}
_CLOSE = {"AMAZON.NoIntent", *_LEAVE}
_AGAIN = {"AMAZON.RepeatIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"}
# Words not heard, or "wait no" heard as an undo, to the pause offer: the offer again, gently; help
# and "repeat" asked for say the numbers again in full.
_GENTLY = {"AMAZON.FallbackIntent", "UndoIntent"}
# Session attribute: how many times in a row the pause was offered again gently (never a loop).
OFFERED_AGAIN = "safety_offered_again"


def then_close(handler_input: HandlerInput, said: str) -> Response:
    """`said`, then a gentle close: the undo's answer to "Shall I remove it?", asked by the help answer
    (skill/help_entries.py) as its one question, so no second question (the pause) follows it
    (tester-voice48: two questions, two "no"s, after the numbers)."""
    end_flow(handler_input)
    closing = WORDING[locale_of(handler_input)]["close_after_removal"]
    return handler_input.response_builder.speak(escape(f"{said} {closing}")).set_should_end_session(True).response


def _slots(handler_input: HandlerInput) -> dict[str, str]:
    request = handler_input.request_envelope.request
    if not isinstance(request, IntentRequest) or request.intent is None:
        return {}
    slots = request.intent.slots or {}
    return {name: slot.value for name, slot in slots.items() if slot is not None and isinstance(slot.value, str)}


def carried(handler_input: HandlerInput) -> bool:
    """Whether this is SupportIntent heard through a carrier sample ("he threw {after_he_threw}"), or
    with a name that carries a game: help only if the words are distress; otherwise not understood."""
    if get_intent_name(handler_input) != SUPPORT_INTENT:
        return False
    slots = _slots(handler_input)
    # "I'm going to kill {name}" with "sam at tennis tomorrow": the name carries a game, read as one.
    return a_person_at_a_game(slots.get("name", "")) or any(
        name.startswith(("after_", "before_", "between_")) for name in slots
    )


def distress_said(handler_input: HandlerInput) -> bool:
    """Whether any slot of this request speaks of distress, the couple's own names read as the
    partner: read once for the same slots (the safety handler and the reminders' interceptor
    both ask; a request replayed after "who is this?" has others, and is read again)."""
    slots = _slots(handler_input)
    attributes = handler_input.attributes_manager.request_attributes
    read = cast(tuple[dict[str, str], bool] | None, attributes.get(DISTRESS_SAID))
    if read is None or read[0] != slots:
        names = couple_names(handler_input) if slots else ()
        made = getattr(handler_input.context, "distress_read", None)  # None: a handler tried outside invoke
        here = here_told(_session(handler_input), list(slots.values()))  # "she's here" to "Is Sam with you?"
        heard = list(readings(slots))
        found = not here and (
            any(is_distress(said, names, made) for said in heard) or _threatened(handler_input, heard)
        )
        attributes[DISTRESS_SAID] = read = (slots, found)
    return read[1]


def _threatened(handler_input: HandlerInput, heard: list[str]) -> bool:
    """A threat to kill over one of the linked couple's promises (skill/threat_over_promise.py)."""
    threats = threats_in(heard)
    # No context: a handler tried outside invoke, with no database to read the promises from.
    couple = linked_couple(handler_input) if threats and handler_input.context is not None else None
    return couple is not None and threat_over_a_promise(skill_context(handler_input).session, couple.id, threats)


def _session(handler_input: HandlerInput) -> dict[str, Any]:
    # Never None: parse_envelope refuses requests without a session.
    return cast(dict[str, Any], handler_input.attributes_manager.session_attributes)


def _pause_offered(handler_input: HandlerInput) -> bool:
    manager = handler_input.attributes_manager  # Optional in HandlerInput: absent outside a skill
    return manager is not None and manager.request_attributes.get(PAUSE_OFFERED) is True


class SafetyInterceptor(AbstractRequestInterceptor):
    """Moves "the pause was offered" from the session to this request alone: a "yes" two
    turns later answers whatever was asked then, not this."""

    def process(self, handler_input: HandlerInput) -> None:
        offered = _session(handler_input).pop(PAUSE_OFFERED, None)
        handler_input.attributes_manager.request_attributes[PAUSE_OFFERED] = offered is True


def _checkin_waited(handler_input: HandlerInput) -> dict[str, Any] | None:
    """The check-in question that waited when this request came (skill/checkin_aside.py), if any."""
    waited = handler_input.attributes_manager.request_attributes.get(CHECKIN_WAITED)
    return waited if isinstance(waited, dict) else None


def _taken_together(waited: dict[str, Any]) -> bool:
    """Whether the check-in that waited was taken by both partners at the device (its flow's order)."""
    flow = waited.get("flow")
    order = flow.get("order") if isinstance(flow, dict) else None
    return isinstance(order, list) and len(order) > 1


def _back_to_checkin(handler_input: HandlerInput, prefix: str) -> Response | None:
    """The check-in question that waited, asked again after `prefix`; None if none waited."""
    waited = _checkin_waited(handler_input)
    if waited is None:
        return None
    session = _session(handler_input)
    session.pop(SUSPENDED, None)
    session[FLOW], session[LAST_QUESTION] = waited["flow"], waited["question"]
    return ask_again(handler_input, prefix)


def doubted_unlinked(handler_input: HandlerInput) -> bool:
    """Words the learned check doubts (the notes' band: skill/saved_words.py), said to any intent but
    SupportIntent on a device not linked. A linked device asks "shall I save it?" with the help offered
    before saving them; here nothing can be saved, so the help is offered before the link steps, never
    the link steps alone (tester-voice17's C12, tester-voice18's C07)."""
    if get_intent_name(handler_input) == SUPPORT_INTENT or handler_input.context is None:  # None: tried outside invoke
        return False
    # The link first (read once per request anyway): a linked device's words are not scored here twice.
    if linked_couple(handler_input) is not None:
        return False
    read = getattr(handler_input.context, "distress_read", None)  # the safety check's readings, not read again
    return any(BANDS["notes"].doubts(said, (), read) for said in readings(_slots(handler_input)))


def helps(handler_input: HandlerInput) -> bool:
    """Whether this request is answered with the help lines: distress in a slot, or SupportIntent
    said as a call for help (not through a carrier whose words are not distress)."""
    if distress_said(handler_input):
        return True
    return get_intent_name(handler_input) == SUPPORT_INTENT and not carried(handler_input)


def give_help(handler_input: HandlerInput) -> Response:
    """The help lines, what became of the speaker's entries (skill/help_entries.py: an undo asked for
    done, or one logged just now offered for removal), and the pause offer. Whatever else was under
    way (a log, "who is this?") is dropped, not resumed; a check-in question that waited waits on,
    its answers saved. Also said when words about to be saved turn out to be distress
    (skill/saved_words.py)."""
    heard = list(readings(_slots(handler_input)))
    on_entries = help_on_entries(handler_input, heard)
    waited = _checkin_waited(handler_input)
    session = _session(handler_input)
    session.clear()
    # Its answers removed as asked, or taken together (the partner may be the one feared, and is there: tester-voice50):
    # not resumed; the answers given are kept.
    if waited is not None and not on_entries.answers_removed and not _taken_together(waited):
        session[SUSPENDED] = {"flow": waited["flow"], "question": waited["question"]}
    # No card: the Alexa app, where a card would show, may be the partner's too.
    locale = locale_of(handler_input)
    if any(map(must_go, heard)):  # "he's at the door, I have to go": no question left open
        ssml, _ = support_ssml(locale, on_entries.said(), leaving=True)
        return handler_input.response_builder.speak(ssml).set_should_end_session(True).response
    # One question: removing the entry still there, or else the pause.
    offer = offer_removal(handler_input, on_entries.still_there) if on_entries.still_there and not waited else None
    if offer is None:
        session[PAUSE_OFFERED] = True
    ssml, reprompt = support_ssml(locale, on_entries.said(), offer)
    return handler_input.response_builder.speak(ssml).ask(reprompt).response


class SafetyHandler(AbstractRequestHandler):
    """First in the list: distress in any intent or slot, SupportIntent however it was heard,
    and the answer to its pause offer (mid check-in: any answer)."""

    intents: ClassVar[tuple[str, ...]] = (SUPPORT_INTENT,)

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("IntentRequest")(handler_input):
            return False
        name = get_intent_name(handler_input)
        if name in self.intents or distress_said(handler_input) or doubted_unlinked(handler_input):
            return True
        if not _pause_offered(handler_input):
            return False
        waited = _checkin_waited(handler_input) is not None
        return (
            name in _PAUSE | _CLOSE | _AGAIN | _GENTLY or waited or any(map(settled, readings(_slots(handler_input))))
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        locale = locale_of(handler_input)
        name = get_intent_name(handler_input)
        builder = handler_input.response_builder
        say = WORDING[locale]
        distress = helps(handler_input)
        after_help = (
            _pause_offered(handler_input) and not distress_said(handler_input) and not _checkin_waited(handler_input)
        )
        if after_help and any(map(settled, readings(_slots(handler_input)))):  # "thanks, I'm okay now", any intent
            return builder.speak(escape(say["settled"])).set_should_end_session(True).response
        if not distress and doubted_unlinked(handler_input):
            link = speech(handler_input).say
            return ask_unless_looping(
                handler_input, f"{say['unsure']} {link('not_linked')}", link("not_linked_reprompt")
            )
        if name == SUPPORT_INTENT and not distress:
            answer = everyday_answer(handler_input, _slots(handler_input), _checkin_waited(handler_input) is not None)
            return answer if isinstance(answer, Response) else self._unsure(handler_input, say, answer)
        waited = _checkin_waited(handler_input)
        if not distress and name not in _PAUSE | _LEAVE and waited is not None:
            # After the offer, mid check-in: "no", "carry on", anything else: back to the question.
            back = _back_to_checkin(handler_input, speech(handler_input).say("checkin_back"))
            if back is not None:
                return back
        if not distress and name in _GENTLY and _pause_offered(handler_input):
            return _offer_again(handler_input)
        if not distress and name in _PAUSE | _CLOSE:
            # Whatever else was under way is dropped; a check-in question that waited waits on.
            _session(handler_input).clear()
            resume = speech(handler_input).say("checkin_stopped") if waited is not None else ""
            if name in _PAUSE:
                paused = pause_ssml(locale) + (f" {escape(resume)}" if resume else "")
                return builder.speak(paused).set_should_end_session(True).response
            closed = " ".join(filter(None, [say["close"], resume]))
            return builder.speak(escape(closed)).set_should_end_session(True).response
        return give_help(handler_input)

    @staticmethod
    def _unsure(handler_input: HandlerInput, say: dict[str, str], kind: str) -> Response:
        """How to ask for help, in one line; a check-in question that waited, asked again. The
        third time in a session it ends kindly (never a loop), every answer given kept. Words of
        a game or a sport, or an everyday worry, are answered as what they are instead, with what
        the skill can do (_kind_of_words)."""
        session = _session(handler_input)
        times = session.get(UNSURE)
        session[UNSURE] = times = times + 1 if isinstance(times, int) and not isinstance(times, bool) else 1
        builder = handler_input.response_builder
        line = say[kind]
        if times >= 3:
            session.clear()
            goodbye = f"{line} {speech(handler_input).say('fallback_give_up')}"
            return builder.speak(escape(goodbye)).set_should_end_session(True).response
        said, reprompt = (
            (line, say["unsure_reprompt"])
            if kind == "unsure"
            else (f"{line} {say['played_menu']}", say["played_reprompt"])
        )
        return _back_to_checkin(handler_input, line) or builder.speak(escape(said)).ask(escape(reprompt)).response


def _offer_again(handler_input: HandlerInput) -> Response:
    """The pause offered again, gently, up to PAUSES_KEPT times in a row; then left kindly, with
    where the numbers are (nothing is stored either way)."""
    session, say = _session(handler_input), WORDING[locale_of(handler_input)]
    times = session.get(OFFERED_AGAIN)
    times = times + 1 if isinstance(times, int) and not isinstance(times, bool) else 1
    builder = handler_input.response_builder
    if times > PAUSES_KEPT:
        session.clear()
        return builder.speak(escape(say["close"])).set_should_end_session(True).response
    session[OFFERED_AGAIN], session[PAUSE_OFFERED] = times, True
    return builder.speak(escape(say["offer_again"])).ask(escape(say["offer_reprompt"])).response
