"""Knowing the device and the voice: "my code is …" and "this is Sam"."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import Couple, Partner

from ..dialog import (
    IDENTIFY_INTENT,
    IDENTIFY_SLOT,
    PENDING_REQUEST,
    IntentHandler,
    ask,
    current_flow,
    elicit,
    not_linked,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
    what_next,
)
from ..speakers import current_partner, known_speaker, linked_couple, recognised_speaker, voice_identity
from ..steering import speaker_correction, stranger_named
from ..understanding import pairing_code, partner_named, says_no
from .accounts import ask_to_move
from .basics import welcome
from .checkin import ask_who, named_speaker, only_us

# Unclear answers to "Is this Alex or Sam?" before the skill stops asking.
MAX_WHO_TRIES = 2


class IdentifySpeakerIntentHandler(IntentHandler):
    """The answer to "Is this Alex or Sam?": remembered (for this voice, or this session),
    then the request that was waiting is answered as if it had just been made."""

    intents = (IDENTIFY_INTENT,)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        language = speech(handler_input)
        attributes = session_attributes(handler_input)
        said = slot_text(handler_input, IDENTIFY_SLOT)
        # "Sam", "it's Sam", and "actually this is Sam" (a correction said as the answer).
        partner = partner_named(couple, said) or speaker_correction(couple, said)
        if not isinstance(attributes.get(PENDING_REQUEST), dict):
            return self._unasked(handler_input, couple, partner, said)
        if partner is None:
            pending = attributes[PENDING_REQUEST]
            tries = pending.get("tries", 0)
            pending["tries"] = tries + 1 if isinstance(tries, int) else 1
            names = language.either([p.name for p in couple.partners])
            if pending["tries"] >= MAX_WHO_TRIES:  # a way out, not the same question for ever
                attributes.pop(PENDING_REQUEST, None)
                return tell(handler_input, language.say("who_give_up", names=names))
            elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
            # A name that is nobody here ("actually this is Jordan"): said gently, then the question.
            unclear = f"{only_us(handler_input, couple)} {language.say('who_reprompt', names=names)}"
            stranger = stranger_named(couple, said if len(said.split()) > 1 else f"my name is {said}")
            return ask(
                handler_input,
                unclear if stranger else language.say("who_unclear", names=names),
                language.say("who_reprompt", names=names),
            )
        known_speaker(handler_input, partner)  # for this session only: a name said aloud binds no voice
        pending = attributes.pop(PENDING_REQUEST, None)
        name = pending.get("name") if isinstance(pending, dict) else None
        slots = pending.get("slots") if isinstance(pending, dict) else None
        if name == "LaunchRequest" or not isinstance(name, str) or name == IDENTIFY_INTENT:
            return welcome(handler_input, partner)
        # Read back from the session as sent: the replay meets skill/boundary.py again.
        said_then = slots.items() if isinstance(slots, dict) else []
        return replay(handler_input, name, {k: v for k, v in said_then if isinstance(k, str) and isinstance(v, str)})

    def _unasked(self, handler_input: HandlerInput, couple: Couple, partner: Partner | None, said: str) -> Response:
        """A name (or something like one) said when nobody asked who is speaking.

        "Yes, Sam's here" answers "Is Sam with you?"; a name said to nobody in particular
        identifies only a speaker not known yet, and never moves a known voice to the
        other partner; anything else ("I'm so tired") was not a name at all.
        """
        flow = current_flow(handler_input)
        if (flow.get("name"), flow.get("step")) == ("checkin", "together?") and said:
            negated = partner_named(couple, said) is None and says_no(said)
            return replay(handler_input, "AMAZON.NoIntent" if negated else "AMAZON.YesIntent", {})
        known = current_partner(handler_input)
        language = speech(handler_input)
        if flow.get("name") == "checkin" and "position" in flow:  # a check-in question waits: never dropped
            if partner is not None:
                return named_speaker(handler_input, couple, flow, partner)
            return ask_who(handler_input, couple, flow, "")
        if known is not None and partner is not None and partner.id != known.id:
            # "Actually this is Sam": for this session only, and never for a voice Alexa knows.
            bound = recognised_speaker(handler_input)
            if bound is not None:
                return what_next(handler_input, language.say("who_known", name=bound.name))
            known_speaker(handler_input, partner)
            return what_next(handler_input, language.say("speaker_switched", name=partner.name))
        if known is not None:
            known_speaker(handler_input, known)
            return what_next(handler_input, language.say("who_known", name=known.name))
        if partner is None:
            return ask(handler_input, language.say("fallback"), language.say("what_next_reprompt"))
        session_attributes(handler_input)[PENDING_REQUEST] = {"name": "LaunchRequest", "slots": {}}
        return self.handle(handler_input)


class LinkDeviceIntentHandler(IntentHandler):
    """ "My code is four eight one five one six": links this Alexa account (and voice) to a partner."""

    intents = ("LinkDeviceIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        said = slot_text(handler_input, "code")
        code = pairing_code(said)
        if code is None:
            return ask(handler_input, say("code_unclear" if said else "code_missing"), say("code_reprompt"))
        user_id, person_id = voice_identity(handler_input)
        try:
            partner = voice.link_device(
                context.session, code, alexa_user_id=user_id, person_id=person_id, now=context.now
            )
        except speakers.AccountElsewhere:  # nothing spent yet: the code is said again with the yes
            return ask_to_move(handler_input, {"code": code})
        if partner is None:  # the failed attempt is recorded and committed: it counts
            return ask(handler_input, say("code_wrong"), say("code_reprompt"))
        known_speaker(handler_input, partner)  # whoever said the code is speaking
        return tell(handler_input, say("linked", name=partner.name))
