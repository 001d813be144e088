"""Who is speaking on a shared device: known before anything is credited to anyone.

A voice is bound to a partner only by that partner's own pairing code or log-in (account
linking): models/speakers.py decides. A name said aloud, in answer to "Is this Alex or
Sam?" or not, counts for this session only, and never moves a voice bound to the other
partner.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from collections.abc import Callable
from typing import Any, cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_slot
from ask_sdk_model import IntentRequest, Response
from ask_sdk_model.dialog import DynamicEntitiesDirective
from ask_sdk_model.er.dynamic import Entity, EntityListItem, EntityValueAndSynonyms, UpdateBehavior
from ask_sdk_model.slu.entityresolution import StatusCode
from sqlalchemy.orm import Session

from trust_tracker.models import contracts, revisions, speakers
from trust_tracker.models.entities import Couple, Partner
from trust_tracker.models.spoken_forms import without_pronoun

from .dialog import (
    FLOW,
    IDENTIFY_INTENT,
    IDENTIFY_SLOT,
    PENDING_REQUEST,
    SUSPENDED,
    IntentHandler,
    ask,
    ask_unless_looping,
    elicit,
    not_linked,
    session_attributes,
    skill_context,
    speech,
    tell,
)

# The partner speaking in this session, once known, and the voice (personId) it was known
# by: a speaker known by voice is not carried over to another voice, or to a turn without one.
SPEAKER, SPEAKER_VOICE = "speaker", "speaker_voice"
# Partner and commitment names were sent to Alexa (dynamic entities) in this session.
ENTITIES_SENT = "entities_sent"
# speakers.identify's answer, kept for the rest of the request (a request attribute).
IDENTITY = "identity"
# Request attribute: the linked couple's names, looked up once per request (read for distress).
COUPLE_NAMES = "safety_couple_names"


def voice_identity(handler_input: HandlerInput) -> tuple[str, str | None]:
    """The Alexa account, and the recognised voice when Alexa knows it."""
    heard = _heard(handler_input)
    return heard.alexa_user_id, heard.person_id


def _heard(handler_input: HandlerInput) -> speakers.Heard:
    context = handler_input.request_envelope.context
    system = context.system if context is not None else None
    user = system.user if system is not None else None
    person = system.person if system is not None else None
    user_id = user.user_id if user is not None else None
    if not isinstance(user_id, str):  # parse_envelope refuses these; never guess who is speaking
        raise TypeError("request without context.System.user.userId")
    return speakers.Heard(
        alexa_user_id=user_id,
        person_id=person.person_id if person is not None else None,
        # A token that is there but not text (or empty) is still a token: one that fails.
        user_token=_token(user.access_token) if user is not None else None,
        person_token=_token(person.access_token) if person is not None else None,
    )


def carries_token(handler_input: HandlerInput) -> bool:
    """Whether the request carries an account-linking token (only then can one fail)."""
    heard = _heard(handler_input)
    return heard.user_token is not None or heard.person_token is not None


def _token(value: object) -> str | None:
    return None if value is None else value if isinstance(value, str) else ""


def identity(handler_input: HandlerInput, *, move: bool = False) -> speakers.Identity:
    """Who is behind this request (speakers.identify), worked out once per request."""
    attributes = handler_input.attributes_manager.request_attributes
    if move or IDENTITY not in attributes:
        context = skill_context(handler_input)
        attributes[IDENTITY] = speakers.identify(context.session, _heard(handler_input), context.now, move=move)
    return cast(speakers.Identity, attributes[IDENTITY])


def linked_couple(handler_input: HandlerInput) -> Couple | None:
    """The couple this Alexa account is linked to, whoever is speaking."""
    found = identity(handler_input)
    return found.couple if found.standing is speakers.Standing.LINKED else None


def couple_names(handler_input: HandlerInput) -> tuple[str, ...]:
    """The linked couple's names, so "Sam hit me" is heard as "he hit me" is. None on a device
    not linked; and none when the look-up fails: help never depends on it."""
    attributes = handler_input.attributes_manager.request_attributes
    if COUPLE_NAMES not in attributes:
        try:
            user_id, _ = voice_identity(handler_input)
            attributes[COUPLE_NAMES] = speakers.couple_names(skill_context(handler_input).session, user_id)
        except Exception:  # a broken look-up must not stop the help
            attributes[COUPLE_NAMES] = ()
    return cast(tuple[str, ...], attributes[COUPLE_NAMES])


def current_partner(handler_input: HandlerInput) -> Partner | None:
    """Who is speaking, when it is known; None means ask (or link the device first).

    A voice bound to a partner (by their own code or log-in: speakers.identify); else
    whoever was named earlier in this session by this same voice (or, when Alexa sends
    no voice at all, earlier in this session without one); else the only partner of a
    couple of one. Nothing is guessed, and a name said aloud is never stored.
    """
    couple = linked_couple(handler_input)
    if couple is None:
        return None
    _, person_id = voice_identity(handler_input)
    attributes = session_attributes(handler_input)
    partner = identity(handler_input).partner
    if partner is None and attributes.get(SPEAKER_VOICE) == person_id:
        partner = speakers.member(couple, attributes.get(SPEAKER))
    if partner is None and len(couple.partners) == 1:
        partner = couple.partners[0]
    return partner


def recognised_speaker(handler_input: HandlerInput) -> Partner | None:
    """The partner this voice is bound to (by pairing or an answered "who is this?"); None
    without a voice profile or for a voice not bound yet. Nothing said aloud moves it."""
    user_id, person_id = voice_identity(handler_input)
    return speakers.recognised_partner(skill_context(handler_input).session, user_id, person_id) if person_id else None


def known_speaker(handler_input: HandlerInput, partner: Partner) -> None:
    """Remember for this session who is speaking, and with which voice (None: no voice profile)."""
    attributes = session_attributes(handler_input)
    attributes[SPEAKER] = partner.id
    attributes[SPEAKER_VOICE] = voice_identity(handler_input)[1]


def ask_who(handler_input: HandlerInput, couple: Couple, refused: str = "") -> Response:
    """Ask who is speaking, and keep the request to answer once we know; `refused`: why the name
    said before could not do it ("That is Sam's commitment, so Sam logs it."), said first."""
    request = handler_input.request_envelope.request
    pending: dict[str, Any] = {"name": "LaunchRequest", "slots": {}}
    if isinstance(request, IntentRequest) and request.intent is not None:
        slots = request.intent.slots or {}
        pending = {
            "name": request.intent.name,
            # Whole: skill/boundary.py has refused any value longer than its slot keeps.
            "slots": {
                name: slot.value for name, slot in slots.items() if slot is not None and isinstance(slot.value, str)
            },
        }
    session_attributes(handler_input)[PENDING_REQUEST] = pending
    send_names(handler_input, couple)
    language = speech(handler_input)
    names = language.either([p.name for p in couple.partners])
    elicit(handler_input, IDENTIFY_INTENT, IDENTIFY_SLOT)
    key = "who_is_this" if pending["name"] != "LaunchRequest" else "who_is_this_launch"
    reprompt = language.say("who_reprompt", names=names)
    if refused:  # the one named said it, so the request waits for the right name
        return ask(handler_input, f"{refused} {language.say('who_else', names=names)}", reprompt)
    return ask_unless_looping(
        handler_input, language.say(key, names=names), reprompt, language.say("who_again", names=names)
    )


def ask_who_instead(handler_input: HandlerInput, refused: str) -> Response | None:
    """After "That is Sam's commitment, so Sam logs it." to someone known only by the name they said
    (a shared device, no voice profile): the request kept, and who is speaking asked again, so "oh
    sorry, it's Sam actually" logs it for Sam. None where a voice Alexa knows said it: nobody else."""
    request = handler_input.request_envelope.request
    if not isinstance(request, IntentRequest) or recognised_speaker(handler_input) is not None:
        return None
    couple = linked_couple(handler_input)
    return ask_who(handler_input, couple, refused) if couple is not None else None


# Alexa's entity resolution against the values the skill sent this session (send_names).
DYNAMIC_AUTHORITY = "amzn1.er-authority.echo-sdk.dynamic."


def dynamic_matches(handler_input: HandlerInput, slot_name: str) -> list[str]:
    """The ids Alexa resolved a slot's words to among the values send_names taught it this
    session (its dynamic entities); none when nothing matched."""
    slot = get_slot(handler_input, slot_name)
    resolutions = slot.resolutions.resolutions_per_authority if slot is not None and slot.resolutions else None
    for authority in resolutions or []:
        if not (authority.authority or "").startswith(DYNAMIC_AUTHORITY) or authority.status is None:
            continue
        if authority.status.code != StatusCode.ER_SUCCESS_MATCH:
            return []
        return [v.value.id for v in authority.values or [] if v.value is not None and isinstance(v.value.id, str)]
    return []


_LINEAGE_ID = re.compile(r"lineage-([0-9]{1,12})")


def resolved_commitments(handler_input: HandlerInput) -> list[int]:
    """The commitments Alexa resolved the `commitment` slot to, from the names and phrasings
    send_names taught it this session: several when a synonym is shared (the domain then asks
    which one), none when nothing matched."""
    found = [_LINEAGE_ID.fullmatch(value) for value in dynamic_matches(handler_input, "commitment")]
    return list(dict.fromkeys(int(f[1]) for f in found if f))


def resolved_partner(handler_input: HandlerInput, couple: Couple, slot_name: str) -> Partner | None:
    """The partner Alexa resolved a name slot to (send_names taught it the couple's names): how
    "Callum" heard as "column" still names Callum. None without one clear match."""
    named = set(dynamic_matches(handler_input, slot_name))
    found = [p for p in couple.partners if f"partner-{p.id}" in named]
    return found[0] if len(found) == 1 else None


def send_names(handler_input: HandlerInput, couple: Couple) -> None:
    """Once a session, teach Alexa the partners' names, the commitments' short names and
    their phrasings ("called when i was running late": models/spoken_forms.py)."""
    attributes = session_attributes(handler_input)
    if attributes.get(ENTITIES_SENT):
        return
    attributes[ENTITIES_SENT] = True
    session = skill_context(handler_input).session
    # The same for every session until a name or a commitment changes: built once per process.
    directive = revisions.kept_value(
        session, ("names_directive", couple.id), couple.id, lambda: _names_directive(session, couple)
    )
    handler_input.response_builder.add_directive(directive)


def _names_directive(session: Session, couple: Couple) -> DynamicEntitiesDirective:
    names = [
        Entity(id=f"partner-{p.id}", name=EntityValueAndSynonyms(value=p.name, synonyms=[])) for p in couple.partners
    ]
    # Each commitment's "how we'd say it" phrasings, as they fill "i {commitment}": its synonyms.
    commitments = [
        Entity(
            id=f"lineage-{c.lineage_id}",
            name=EntityValueAndSynonyms(
                value=c.short_name,
                synonyms=list(dict.fromkeys(f for f in map(without_pronoun, c.lineage.spoken_forms) if f)),
            ),
        )
        for c in contracts.active_commitments(session, couple.id, lineages=True)
        if c.short_name
    ]
    types = [EntityListItem(name="PARTNER_NAME", values=names)]
    if commitments:
        types.append(EntityListItem(name="COMMITMENT_NAME", values=commitments))
    return DynamicEntitiesDirective(update_behavior=UpdateBehavior.REPLACE, types=types)


def for_speaker(handler_input: HandlerInput, act: Callable[[Partner], Response]) -> Response:
    """`act` for the partner who is speaking: an unlinked device is told how to link
    instead, and nothing is done for anyone until it is known who is speaking."""
    couple = linked_couple(handler_input)
    if couple is None:
        return not_linked(handler_input)
    handed = _handed_over(handler_input, couple)
    if handed is not None:
        return handed
    partner = current_partner(handler_input)
    if partner is None:
        return ask_who(handler_input, couple)
    known_speaker(handler_input, partner)
    send_names(handler_input, couple)
    return act(partner)


# Request attribute: the partner a handover said before the request named (skill/handover.py).
HANDED_OVER = "handed_over"


def _handed_over(handler_input: HandlerInput, couple: Couple) -> Response | None:
    """After a handover said before a request: a voice Alexa knows stays its partner's, and the
    other is told how to get the credit; without one, the one named speaks for this session."""
    partner = speakers.member(couple, handler_input.attributes_manager.request_attributes.get(HANDED_OVER))
    if partner is None:
        return None
    bound = recognised_speaker(handler_input)
    if bound is not None and bound.id != partner.id:
        return tell(handler_input, speech(handler_input).say("handover_bound", name=bound.name, other=partner.name))
    known_speaker(handler_input, partner)  # for this session only, as any name said aloud
    return None


class PartnerIntentHandler(IntentHandler):
    """An intent that acts for the partner who is speaking (see for_speaker)."""

    def handle(self, handler_input: HandlerInput) -> Response:
        return for_speaker(handler_input, lambda partner: self.handle_for(handler_input, partner))

    @abstractmethod
    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        """Handle the intent for the partner behind this device."""


def other_partner(partner: Partner) -> Partner | None:
    return next((p for p in partner.couple.partners if p.id != partner.id), None)


def named_aloud(handler_input: HandlerInput) -> Partner | None:
    """The partner speaking when they are known in this session only by the name they said (a
    shared device without voice profiles, "it's Sam now"); None when a voice or a couple of one says who."""
    couple = linked_couple(handler_input)
    if couple is None or len(couple.partners) < 2 or identity(handler_input).partner is not None:
        return None
    attributes = session_attributes(handler_input)
    if attributes.get(SPEAKER_VOICE) != voice_identity(handler_input)[1]:
        return None
    return speakers.member(couple, attributes.get(SPEAKER))


def tell_logged(handler_input: HandlerInput, text: str, *, checkin_over: bool = False) -> Response:
    """What was logged, said. Someone known here only by the name they said keeps this session a
    moment longer ("Anything else, Sam?"): the name counts for the whole session, so "undo that"
    or "that wasn't me" next is theirs without "Is this Alex or Sam?" again (DESIGN.md); so does
    one whose check-in just finished (`checkin_over`: its flow came with the request, and is done)."""
    named = named_aloud(handler_input)
    session = handler_input.request_envelope.session  # as it came: a check-in waiting comes back instead
    came = (session.attributes if session is not None else None) or {}
    waiting = not checkin_over and (FLOW in came or SUSPENDED in came)
    if named is None or waiting:
        return tell(handler_input, text)
    language = speech(handler_input)
    return ask(
        handler_input,
        f"{text} {language.say('anything_else_named', name=named.name)}",
        language.say("anything_else_named_reprompt", name=named.name),
    )
