"""Knowing the device and the voice: "my code is …" and "this is Sam"."""

from __future__ import annotations

import re

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import speakers, voice
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.steering_words import CANCEL_HARD_DAY, requested, spoken

from ..dialog import (
    ANSWER_INTENT,
    ANSWER_SLOT,
    IDENTIFY_INTENT,
    IDENTIFY_SLOT,
    PENDING_REQUEST,
    WAITING,
    IntentHandler,
    ask,
    ask_again,
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
from ..handover import speaking_on_anothers, without_device
from ..partner_names import folded, plausible_name, sounds_like
from ..replies_said import pairing_code
from ..said_alone import handed_over_in, said_alone
from ..speakers import (
    current_partner,
    for_speaker,
    known_speaker,
    linked_couple,
    recognised_speaker,
    resolved_partner,
    voice_identity,
)
from ..steering import named_in_slot, unasked_request
from ..stranger_words import stranger_in_slot
from ..ways_out import leaves_unnamed
from .accounts import ask_to_move
from .basics import welcome
from .checkin import named_speaker
from .checkin_together import answer_together
from .checkin_who import ask_who, only_us
from .hard_day import take_back
from .undo import offer_to_take

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
        around, after = next(
            ((k, slot_text(handler_input, k)) for k in SAID_AROUND if slot_text(handler_input, k)), ("", "")
        )
        speaking = speaking_on_anothers(couple, SAID_AROUND[around or "after_name"].format(name=said, after=after))
        if speaking is not None:  # "this is Ray's phone but it's Sol": Sol, whoever's phone it is
            said, after = speaking.name, ""
        after = without_device(after)  # "on Alex's phone, I hoovered the flat": the request said with it
        handed = handed_over_request(handler_input, couple, said, after, around)
        if handed is not None:  # "this is Sam, I cooked dinner tonight": the request, for Sam
            return handed
        # "Sam", "it's Sam", "actually this is Sam", "Sam, Alex went to get the door", or a name
        # Alexa heard differently and resolved to one of the couple's (send_names).
        partner = named_in_slot(couple, said) or resolved_partner(handler_input, couple, IDENTIFY_SLOT)
        named = partner is not None or bool(sounds_like(couple, said))
        if (
            said and not named and not plausible_name(next(iter(folded(said)), ""))
        ):  # the first word: "Jordan, Sam went out"
            # No name where one was heard ("this is great, we had a lovely walk", "this is so hard
            # for me", "it's fine"): one utterance, never a handover.
            whole = SAID_AROUND[around or "after_name"].format(name=said, after=after).strip()
            if not isinstance(attributes.get(PENDING_REQUEST), dict):
                return said_whole(handler_input, whole, after)
            said = whole if after else said  # at "Is this Alex or Sam?": a request in it waits
        if not isinstance(attributes.get(PENDING_REQUEST), dict):
            # A name nobody here has, before a request ("this is Jordan, I cooked dinner"): the
            # names this device knows are asked for, and the request waits for one.
            waiting = said_alone(after) if after and partner is None else None
            return self._unasked(handler_input, couple, partner, said, waiting)
        if partner is None and leaves_unnamed(said):  # "that's all", "never mind": leave, nothing kept
            attributes.pop(PENDING_REQUEST, None)
            return tell(handler_input, language.say("goodbye"))
        if partner is None:
            no_name = not_a_name(handler_input, couple, said)
            if no_name is not None:
                return no_name
            alike = sounds_like(couple, said)
            partner = alike[0] if len(alike) == 1 else None
        if partner is None:
            pending = attributes[PENDING_REQUEST]
            tries = pending.get("tries", 0)
            pending["tries"] = tries + 1 if isinstance(tries, int) else 1
            names = language.either([p.name for p in couple.partners])
            if pending["tries"] >= MAX_WHO_TRIES:  # a way out, not the same question for ever
                attributes.pop(PENDING_REQUEST, None)
                return tell(handler_input, language.say("who_give_up", names=names))
            elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
            # A name that is nobody here ("actually this is Jordan"): said gently, then the question;
            # a name either could be ("Dani" for Dan or Danielle): both named, never a guess.
            unclear = f"{only_us(handler_input, couple)} {language.say('who_reprompt', names=names)}"
            alike = sounds_like(couple, said)
            key = "who_which" if len(alike) > 1 else "who_unclear"
            return ask(
                handler_input,
                unclear if stranger_in_slot(couple, said) and not alike else language.say(key, names=names),
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

    def _unasked(
        self,
        handler_input: HandlerInput,
        couple: Couple,
        partner: Partner | None,
        said: str,
        waiting: tuple[str, dict[str, str]] | None = None,
    ) -> Response:
        """A name (or something like one) said when nobody asked who is speaking.

        "Yes, Sam's here" answers "Is Sam with you?"; a name said to nobody in particular
        identifies only a speaker not known yet, and never moves a known voice to the
        other partner; anything else ("I'm so tired") was not a name at all.
        """
        flow = current_flow(handler_input)
        if (flow.get("name"), flow.get("step")) == ("checkin", "together?") and said:
            return answer_together(handler_input, couple, said)
        if flow.get("name") == "checkin" and "position" in flow:  # a check-in question waits: never dropped
            if partner is not None:
                return named_speaker(handler_input, couple, flow, partner)
            return ask_who(handler_input, couple, flow, "")
        return handover(handler_input, couple, partner, stranger_in_slot(couple, said), waiting)


def handover(
    handler_input: HandlerInput,
    couple: Couple,
    partner: Partner | None,
    stranger: bool,
    request: tuple[str, dict[str, str]] | None = None,
) -> Response:
    """Who is speaking, said where no check-in question waits (the menu, "which one?", a
    reflection): the one named speaks for
    the rest of this session, and what waited for the one before is let go, nothing credited
    to the wrong person; a name nobody here has is told the names this device knows, and asked
    (`request`, said after that name, waits for the answer: "this is Jordan, I cooked dinner")."""
    known, language = current_partner(handler_input), speech(handler_input)
    bound = recognised_speaker(handler_input)
    if partner is not None and bound is not None and partner.id != bound.id:
        said = language.say("who_known_not_them", name=bound.name, other=partner.name)
        return what_next(handler_input, said)  # never a voice Alexa knows
    if partner is None and stranger:
        names = language.either([p.name for p in couple.partners])
        name, slots = request or ("LaunchRequest", {})
        session_attributes(handler_input)[PENDING_REQUEST] = {"name": name, "slots": slots}
        elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
        asked = language.say("who_reprompt", names=names)
        return ask(handler_input, f"{only_us(handler_input, couple)} {asked}", asked)
    if partner is None:
        if known is not None:
            return what_next(handler_input, language.say("who_known", name=known.name))
        return ask(handler_input, language.say("fallback"), language.say("what_next_reprompt"))
    if known is None:  # the first name said in this session: welcomed as at launch
        known_speaker(handler_input, partner)
        return welcome(handler_input, partner)
    attributes = session_attributes(handler_input)
    if partner.id != known.id:
        for waiting in WAITING:  # "which one?", a reflection: the one before's, not the new speaker's
            attributes.pop(waiting, None)
    if partner.id != known.id:
        known_speaker(handler_input, partner)
        switched = language.say("speaker_switched", name=partner.name)
        offer = offer_to_take(handler_input, known, partner, switched) if bound is None else None
        return offer or what_next(handler_input, switched)
    said = language.say("who_known", name=known.name)  # the one already speaking: what waits, asked again
    return ask_again(handler_input, said) or what_next(handler_input, said)


def handed_over_request(
    handler_input: HandlerInput, couple: Couple, name: str, after: str, around: str = "after_name"
) -> Response | None:
    """A request said after a handover, heard as one ("this is Sam, I cooked dinner tonight", "hi it's
    Sam, we did our evening talk": the name slot may hold all of it): done for the one named, as
    any handover before a request is (speakers.for_speaker: a voice Alexa knows stays its own);
    what waited for a name before is let go. None when no request follows a name."""
    said = SAID_AROUND[around].format(name=name, after=after) if around in _AFTER_A_HANDOVER else f"it's {name} {after}"
    return handed_over_in(handler_input, couple, said)


# IdentifySpeakerIntent's slots for the words said after a name, and each sample's words around
# them: how the utterance is said whole again when the name is nobody's ("this is great, we …").
SAID_AROUND = {
    "after_name": "this is {name} {after}",
    "after_here": "{name} here i {after}",
    "after_speaking": "{name} speaking i {after}",
    "after_its": "it's {name} i {after}",
}

# Where the handover's own words are kept: "Sam here, I …", "it's Sam, I …" (the others read as "it's Sam, …").
_AFTER_A_HANDOVER = frozenset({"after_here", "after_speaking", "after_its"})


def said_whole(handler_input: HandlerInput, said: str, after: str) -> Response:
    """Words IdentifySpeakerIntent heard around what is no name, read as one utterance: the
    answer to what waits (a check-in question, "Is Sam with you?"), else the request they make,
    whole or after their opening ("this is annoying, I forgot the school run"), else not understood."""
    if current_flow(handler_input):
        return replay(handler_input, ANSWER_INTENT, {ANSWER_SLOT: said})
    if requested(said) == CANCEL_HARD_DAY:  # "actually it's not a hard day after all": taken back, no name
        return for_speaker(handler_input, lambda partner: tell(handler_input, take_back(handler_input, partner, said)))
    code = pairing_code(said)
    if code is not None:  # "it's four eight one five one six"
        return replay(handler_input, "LinkDeviceIntent", {"code": code})
    # "this is hard to say, | I had a go on the pokies": a request in the sentence after the opening.
    clause = _CLAUSE.search(spoken(after)) if after else None
    request = (
        said_alone(said)
        or (said_alone(after) if after else None)
        or (unasked_request(spoken(after)[clause.start() :]) if clause else None)
    )
    return (
        replay(handler_input, *request) if request is not None else replay(handler_input, "AMAZON.FallbackIntent", {})
    )


_CLAUSE = re.compile(r"\b(?:i|we|i've|we've|i'm)\s")

# "Both of us", "the two of us": said to "Is this Alex or Sam?", one name is asked for.
_BOTH = re.compile(r"\b(?:both|the two of us|all of us|we both|us both)\b")


def not_a_name(handler_input: HandlerInput, couple: Couple, said: str) -> Response | None:
    """Words said to "Is this Alex or Sam?" that are no name, and what is said to them: a request
    ("log a small win: I fixed the shelf") is kept, to be done once the name is given, and the name
    asked for; "both of us", one name asked for. Neither counts as a name not caught. None otherwise."""
    language, attributes = speech(handler_input), session_attributes(handler_input)
    names = language.either([p.name for p in couple.partners])
    request = unasked_request(said)
    if request is not None:
        attributes[PENDING_REQUEST] = {"name": request[0], "slots": request[1]}
        key = "who_is_this"
    elif _BOTH.search(spoken(said)):
        key = "who_one_of_you"
    else:
        return None
    elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
    return ask(handler_input, language.say(key, names=names), language.say("who_reprompt", names=names))


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
