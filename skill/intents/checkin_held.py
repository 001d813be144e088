"""Something to log, heard while a check-in question waits ("I missed my promise to open phone"
on question 4): neither logged nor saved until confirmed, and the check-in goes on either way.

"Shall I log that? Or, if it was your answer, say: my answer.": "my answer" saves what was
said as the answer ("I missed my promise to open phone", not just the promise's name); "yes"
or "log it" logs it (for the partner speaking) and asks the question again, first asking which promise when
none was named or the words fit several ("which one did you keep: …?"), never a guess (words
that leave open whether it was done, "some of them", or several misses wait till after the
check-in); "no" keeps neither, as do three unclear replies. What waits is in the check-in's flow (`held`, `held_intent`), checked again
when it comes back, because session attributes travel through the device.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name
from ask_sdk_model import Response

from trust_tracker.models import checkin_turns, logbook, logbook_all, still_open, tracking
from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.entities import ContractItem, Couple, LogKind, Partner, Source
from trust_tracker.models.errors import DomainError
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import CANCEL_HARD_DAY, control, requested, spoken

from ..alexa_apis import device_zone
from ..breach_doer import partners_promise, who_did
from ..days_said import dated
from ..dialog import (
    FLOW,
    PENDING_LOG,
    ask,
    ask_again,
    current_flow,
    elicit_answer,
    ids,
    lost_place,
    skill_context,
    slot_text,
    speech,
    spoken_list,
    vary,
)
from ..grammar import promise, to_you
from ..hedges import hedged, without_hedge
from ..pointing import all_of_them, none_of_those, one_of_them
from ..said_alone import HELD_INTENTS
from ..speakers import PartnerIntentHandler, current_partner, linked_couple, other_partner, resolved_commitments
from ..speech_text import clause
from ..steering import bare_yes_or_no, held_choice, request_intent
from ..understanding import Words, has_words, kind_said
from .breach import breach_logged
from .checkin import answer_checkin
from .checkin_flow import (
    HARD_DAY_LOGGED,
    HELD_DAY,
    HELD_NAMED,
    HELD_SAID,
    WHO_ASKED,
    ask_question,
    carry_out,
    flow_partner,
    together_asked,
    waiting_question,
)
from .checkin_log_asked import ask_log_or_answer
from .hard_day import of_another_day_said, take_back
from .log_several import log_listed, meant
from .logbook_confirm import confirm, none_left, not_due
from .partner_otherwise import over_partner_later
from .which_one_ask import day_asked

# "Which one did you keep?" asked for a held promise that named none (or several): the ids offered.
WHICH_STEP, WHICH_IDS = "log which?", "held_ids"
PROMISES = {"LogKeptIntent": LogKind.KEPT, "LogMissedIntent": LogKind.MISSED}
# Words around a promise's name that name nothing themselves ("our evening talk", "my promise to call").
_ARTICLES = frozenset({"the", "our", "my", "a", "an", "to", "of", "promise", "commitment"})
SEVERAL = {"LogAllKeptIntent": LogKind.KEPT, "LogAllMissedIntent": LogKind.MISSED}
NOTES = {"LogReliabilityIntent": LogKind.RELIABILITY, "LogSmallWinIntent": LogKind.SMALL_WIN}


def checkin_waits(attributes: object) -> bool:
    """Whether a check-in question waits for its answer (and no "which one?" is pending)."""
    if not isinstance(attributes, dict) or isinstance(attributes.get(PENDING_LOG), dict):
        return False
    flow = attributes.get(FLOW)
    return isinstance(flow, dict) and flow.get("name") == "checkin" and "position" in flow


class HeldLogHandler(PartnerIntentHandler):
    """A logging intent while a check-in question waits: held, and confirmed first."""

    intents = tuple(HELD_INTENTS)

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not super().can_handle(handler_input):
            return False
        session = handler_input.request_envelope.session  # as it came: read before any handler runs
        attributes = session.attributes if session is not None else None
        return checkin_waits(attributes) or (together_asked(attributes) and _a_statement(handler_input))

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        flow = current_flow(handler_input)
        if flow.get("step") == "together?":
            # "We were both better at our evening talks" to "Is Sam with you?": a statement, not a
            # request to log; nothing is logged or guessed, and the yes-or-no is asked again.
            return ask_again(handler_input, speech(handler_input).say("checkin_together_first")) or lost_place(
                handler_input
            )
        intent = str(get_intent_name(handler_input))
        slot = HELD_INTENTS[intent]
        words = slot_text(handler_input, slot) if slot else ""
        if flow.get("step") == WHICH_STEP and intent in PROMISES:  # "which one?" answered as a promise
            return settle_which(handler_input, partner.couple, flow, words)
        if not isinstance(flow.get("question"), str):
            return lost_place(handler_input)
        # What Alexa resolved a promise's words to (a phrasing only it knows), for "log it".
        named = resolved_commitments(handler_input) if slot == "commitment" else []
        return ask_log_or_answer(handler_input, flow, intent, words if has_words(words) else "", named=named)


def _a_statement(handler_input: HandlerInput) -> bool:
    """Whether a promise's words heard at "Is Sam with you?" are a statement rather than a
    request to log: more than a promise's name ("we were both better at keeping our evening
    talks", "i'd like more time together on weekends"), and no phrasing Alexa resolved."""
    intent = str(get_intent_name(handler_input))
    couple = linked_couple(handler_input)
    if intent not in PROMISES or couple is None or resolved_commitments(handler_input):
        return False
    said = set(spoken(slot_text(handler_input, "commitment")).split()) - _ARTICLES
    names = [
        set(spoken(item.spoken_name).split())
        for item in active_commitments(skill_context(handler_input).session, couple.id)
    ]
    return bool(said) and not any(said <= name for name in names)


def settle_held(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], choice: str) -> Response:
    """ "Shall I log that? Or, if it was your answer, say: my answer." answered: `choice` is
    "answer", "log" or "no" (nothing logged or saved; the question comes back)."""
    say = speech(handler_input).say
    held, intent = flow.pop("held", None), flow.pop("held_intent", None)
    named, said = ids(flow.pop(HELD_NAMED, None)), flow.pop(HELD_SAID, None)
    day = flow.pop(HELD_DAY, None)
    flow.pop("step", None)
    question = waiting_question(handler_input, couple, flow)
    if (
        question is None
        or not isinstance(held, str)
        or not isinstance(said, str | None)
        or len(held) > tracking.MAX_NOTE
        or len(said or "") > tracking.MAX_NOTE
        or intent not in HELD_INTENTS
    ):
        return lost_place(handler_input)
    if choice == "answer":  # as said, when it came as an answer; else the request in an answer's words
        answer = said or what_was_said(handler_input, intent, held)
        return answer_checkin(handler_input, couple, flow, answer, confirmed=True)
    if choice == "no":
        return ask_question(handler_input, question, vary(handler_input, "checkin_held_left"))
    # Nobody named since "actually this is Jordan": logged for no one.
    speaker = None if flow.get(WHO_ASKED) is True else current_partner(handler_input)
    if speaker is None:
        return ask_question(handler_input, question, say("checkin_log_later"))
    day_held = day_asked({"day": day}, local_today(couple, skill_context(handler_input).now))
    if intent in PROMISES:
        return held_promise(handler_input, flow, question, speaker, intent, held, named=named, day=day_held)
    asked = ask_question(handler_input, question, log_held(handler_input, speaker, intent, held, day_held))
    if intent == "HardDayIntent":  # "undo" next takes it back (checkin_moves.go_back)
        current_flow(handler_input)[HARD_DAY_LOGGED] = held
    return asked


def confirm_answer(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], yes: bool) -> Response:
    """ "Did you mean that as your answer?" answered: saved as said; or, "no", what was asked
    is done (something to log: logged, as "log it" does) and then the question comes back."""
    held = flow.pop("held", None)
    flow.pop("step", None)
    question = waiting_question(handler_input, couple, flow)
    if not isinstance(held, str) or question is None:
        return lost_place(handler_input)
    if yes:
        return answer_checkin(handler_input, couple, flow, held, confirmed=True)
    asked = requested(held)
    request = request_intent(asked)
    if request is None:  # "start our check-in", "who am I": here it is; "cancel my hard day": done, first
        said = (
            take_back(handler_input, current_partner(handler_input) or question.partner, held)
            if asked == CANCEL_HARD_DAY
            else ""
        )
        return ask_question(handler_input, question, said)
    intent, slots = request
    if intent in HELD_INTENTS:
        flow.update(held=next(iter(slots.values()), ""), held_intent=intent)
        return settle_held(handler_input, couple, flow, "log")
    return carry_out(handler_input, question, intent, slots)


def what_was_said(handler_input: HandlerInput, intent: str, held: str) -> str:
    """The held words as the answer they were: "I missed my promise to open phone", not "open
    phone"; "I kept some of them", not "some"."""
    language = speech(handler_input)
    if held and intent in PROMISES:
        return language.say(f"held_said_{intent}", promise=promise(language, held, "my"))
    if held and intent in SEVERAL:
        return language.say(f"held_quantity_{intent}", quantity=held)
    return held or language.say(f"held_words_{intent}")


def held_promise(
    handler_input: HandlerInput,
    flow: dict[str, Any],
    question: checkin_turns.Question,
    partner: Partner,
    intent: str,
    words: str,
    *,
    named: list[int] | None = None,
    offered: list[int] | None = None,
    day: date | None = None,
) -> Response:
    """A held promise logged for `partner` ("log it"), or the answer to "which one?" (`offered`
    the ids asked about), then the waiting question asked again. Never a guess: no promise
    named, or words that fit several, ask which (the first time); words that leave open
    whether it was done, or still name none, are left for after the check-in. `day`: the one said when
    it was held ("I missed a promise on Monday"), unless the words say their own."""
    context, say = skill_context(handler_input), speech(handler_input).say
    said_day, words = dated(words, local_today(partner.couple, context.now))  # "… on Wednesday": as said alone
    day = said_day or day
    kind = kind_said(without_hedge(words), PROMISES[intent])
    words = "" if one_of_them(words) else words  # "I forgot one of my promises": which one is asked
    agreed = active_commitments(context.session, partner.couple_id, lineages=True)
    if (partners := partners_promise(words, partner, kind, named or [], agreed)) is not None:
        return ask_question(handler_input, question, say("partners_own_log", name=partners.name))
    if not offered and not has_words(words) and not named:
        zone = device_zone(handler_input, partner.couple)
        choices = still_open.to_ask_about(context.session, partner, kind, now=context.now, device_zone=zone, day=day)
        if choices:
            return ask_which(handler_input, flow, intent, choices, day)
    if hedged(words, agreed):
        return ask_question(handler_input, question, say("checkin_log_later"))
    try:
        outcome = logbook.log_said(
            context.session,
            partner,
            kind,
            words,
            understanding=Words(),
            offered=offered or [],
            named_ids=named or [],
            first_words="" if offered else None,
            now=context.now,
            device_zone=device_zone(handler_input, partner.couple),
            day=day,
        )
    except DomainError as refused:  # already logged today, the other partner's commitment: said kindly
        return ask_question(handler_input, question, str(refused))
    if isinstance(outcome, logbook.Ambiguous) and not offered:
        return ask_which(handler_input, flow, intent, outcome.candidates, day)
    if not isinstance(outcome, logbook.Logged):  # all due today logged already: said so plainly
        if isinstance(outcome, logbook.NoneLeft):
            return ask_question(handler_input, question, none_left(speech(handler_input), outcome))
        if isinstance(outcome, still_open.NotDue):
            return ask_question(handler_input, question, not_due(speech(handler_input), outcome))
        if isinstance(outcome, PartnerLoggedOtherwise):  # never contradicted silently: said, left for after
            return ask_question(handler_input, question, over_partner_later(speech(handler_input), outcome))
        return ask_question(handler_input, question, say("checkin_log_later"))
    return ask_question(handler_input, question, confirm(handler_input, outcome))


def ask_which(
    handler_input: HandlerInput, flow: dict[str, Any], intent: str, items: list[ContractItem], day: date | None
) -> Response:
    """ "Which one did you miss: …?" for a held promise, its day (`day`, None for today's) kept for the answer."""
    language = speech(handler_input)
    kind = PROMISES[intent]
    day_kept = day.isoformat() if day is not None else None
    flow.update(step=WHICH_STEP, held_intent=intent, **{WHICH_IDS: [i.lineage_id for i in items], HELD_DAY: day_kept})
    options = language.either(spoken_list(language, items))
    elicit_answer(handler_input)
    return ask(
        handler_input,
        language.say(f"which_one_{kind.value}", options=options),
        language.say(f"which_one_reprompt_{kind.value}", options=options),
    )


def settle_which(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
    """ "Which one did you keep?" answered during a check-in: logged when the words pick one,
    nothing logged otherwise; either way the question waiting is asked again. "Say it again"
    asks "which one?" again, nothing settled."""
    say = speech(handler_input).say
    if control(said) == "repeat":
        return ask_again(handler_input) or lost_place(handler_input)
    intent, offered = flow.pop("held_intent", None), ids(flow.pop(WHICH_IDS, None))
    held_day = flow.pop(HELD_DAY, None)
    flow.pop("step", None)
    partner = flow_partner(handler_input, couple, flow, flow.get("partner"))
    position, heard = flow.get("position"), flow.get("question")
    speaker = current_partner(handler_input)
    if (
        partner is None
        or speaker is None
        or not isinstance(position, int)
        or isinstance(position, bool)
        or not isinstance(heard, str)
        or intent not in PROMISES
        or len(said) > tracking.MAX_NOTE
    ):
        return lost_place(handler_input)
    question = checkin_turns.Question(partner, position, heard)
    day = day_asked({"day": held_day}, local_today(couple, skill_context(handler_input).now))
    if not has_words(said) or none_of_those(said):
        return ask_question(handler_input, question, say("checkin_not_saved"))
    if bare_yes_or_no(said, ""):  # "yes" to "which one: X?" picks X when X was the only one; never a promise's name
        if held_choice(said) == "no" or len(offered) != 1:
            return ask_question(
                handler_input, question, say("checkin_not_saved" if held_choice(said) == "no" else "checkin_log_later")
            )
        only = [
            c for c in active_commitments(skill_context(handler_input).session, couple.id) if c.lineage_id in offered
        ]
        name = (only[0].short_name or only[0].text) if only else ""  # the one offered, as if named
        return held_promise(
            handler_input, flow, question, speaker, intent, name, named=offered, offered=offered, day=day
        )
    return held_promise(handler_input, flow, question, speaker, intent, said, offered=offered, day=day)


def log_held(handler_input: HandlerInput, partner: Partner, intent: str, words: str, day: date | None = None) -> str:
    """Held words other than a promise logged for `partner`, and what to say; never a guess:
    anything unclear ("some of them", several misses, a note with no words) is left for after
    the check-in. `day`: the one said when it was held ("all of them on Monday"): several are that day's."""
    context, language = skill_context(handler_input), speech(handler_input)
    say = language.say
    zone = device_zone(handler_input, partner.couple)
    try:
        if intent in SEVERAL:  # "all of them" and "both", as they are when no check-in waits
            which = all_of_them(words) if words else "all"
            items = meant(handler_input, partner, day=day)
            if which is None or not logbook_all.clear_at_once(SEVERAL[intent], which == "both", items):
                return say("checkin_log_later")
            return log_listed(handler_input, partner, SEVERAL[intent], items, day)[0]
        if intent == "HardDayIntent":
            if (past := of_another_day_said(handler_input, partner, words)) is not None:
                return past  # "yesterday was a hard day": logged on that day, or nothing
            tracking.hard_day(context.session, partner, context.now, device_zone=zone)
            other = other_partner(partner)
            return say("hard_day_shared", other=other.name) if other is not None else say("hard_day_sorry")
        kind = NOTES.get(intent, LogKind.BREACH)
        if kind is LogKind.BREACH:  # about the boundary its words name; naming none: after the check-in
            breach = logbook.log_breach(
                context.session,
                partner,
                words,
                understanding=Words(),
                now=context.now,
                device_zone=zone,
                doer=who_did(words, partner),
            )
            if isinstance(breach, logbook.NotTheirs):  # "log it: sam read my journal": never under their name
                return say("checkin_breach_reported" if breach.doer is logbook.Doer.PARTNER else "breach_not_ours")
            if isinstance(breach, logbook.WhichBoundary):
                return say("checkin_log_later")
            return breach_logged(language, partner, breach.commitment_name)
        if not words:
            return say("checkin_log_later")
        logbook.log_note(context.session, partner, kind, words, source=Source.VOICE, now=context.now, device_zone=zone)
    except DomainError as refused:  # already logged today: said kindly
        return str(refused)
    return say(f"{kind.value}_logged", note=to_you(clause(words, 200)))
