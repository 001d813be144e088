"""A boundary breach by voice: the partner will see it, so it is logged against the boundary
it was ("I crossed a boundary, I read Sam's journal"), and only by the one who crossed it: the
partner's act told by the other ("Sam read my journal"), or someone else's, logs nothing
(not_theirs). Words that name none of the couple's boundaries ("I crossed a boundary at the
gym") are confirmed first, nothing logged until answered. The rule is the domain's (models.logbook.log_breach); what was asked waits here, in
the session's flow.
"""

from __future__ import annotations

import re
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import logbook, reports
from trust_tracker.models.entities import ContractItem, LogKind, Partner, Source
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import spoken
from trust_tracker.models.text import has_control_characters
from trust_tracker.models.tracking import MAX_NOTE

from .. import screens
from ..alexa_apis import device_zone
from ..breach_doer import who_did
from ..days_said import dated
from ..dialog import (
    FLOW,
    MAX_SPOKEN_ITEMS,
    ask,
    current_flow,
    elicit_answer,
    end_flow,
    ids,
    session_attributes,
    skill_context,
    speech,
    tell,
    vary,
)
from ..pointing import none_of_those
from ..replies_said import says_yes
from ..speakers import other_partner
from ..speech import Language
from ..speech_text import clause, sentence_case
from ..steering import logs_anyway
from ..understanding import Words
from .checkin_flow import offer_checkin
from .day_asked import day_refused
from .logbook_confirm import against_told
from .notes import NoteIntentHandler

BREACH_FLOW, WHICH_STEP = "breach", "which?"
# "Which of your boundaries was it?" is asked at most this many times; then nothing is logged.
MAX_WHICH = 2
# Each boundary read briefly: the couple's own words, not the whole clause.
BOUNDARY_WORDS = 60
# "It wasn't one of them", "not a boundary": besides "none of them", "no", "neither" (none_of_those).
_NOT_ONE = re.compile(
    r"^(?:(?:no|nope|well|actually)\s+)*(?:(?:it )?(?:was not|wasn't|isn't|is not|was none of|not)\s+)"
    r"(?:one of (?:them|those|ours)|any of (?:them|those)|(?:a|our|one of our) boundar(?:y|ies)|one|really)$"
)

# A bare "no" to "which was it?" after "I crossed one of our boundaries": nothing logged, never a guess.
_DECLINED = re.compile(r"^(?:no|nope|nah|no thanks|no thank you)$")


class LogBreachIntentHandler(NoteIntentHandler):
    """ "I crossed a boundary …", or the answer to "which of your boundaries was it?"."""

    intents = ("LogBreachIntent",)
    kind = LogKind.BREACH
    required = False  # naming a breach is hard enough; details can wait

    def note(self, handler_input: HandlerInput, partner: Partner, said: str) -> Response:
        flow = current_flow(handler_input)
        if (flow.get("name"), flow.get("step")) == (BREACH_FLOW, WHICH_STEP):
            return settle_breach(handler_input, partner, flow, said)
        session_attributes(handler_input).pop(FLOW, None)  # a breach said now is a new request
        today = local_today(partner.couple, skill_context(handler_input).now)
        if (refused := day_refused(handler_input, self.kind, said, today, may_ask=False)) is not None:
            return refused  # "I crossed a boundary a fortnight ago": nothing logged, never today's
        if (against := against_told(handler_input, partner, said)) is not None:
            return against  # "I hid my phone from Sam": their open phone promise's miss, asked
        return log_breach(handler_input, partner, "" if logs_anyway(said) else said)


def log_breach(
    handler_input: HandlerInput,
    partner: Partner,
    said: str,
    asked: dict[str, Any] | None = None,
    *,
    unattached: bool = False,
) -> Response:
    """One call to the domain; its outcome rendered: the breach logged (and a reflection
    offered), or which boundary it was asked (`asked`: the flow of the question before;
    `unattached`: its answer chose none of them, "just log it")."""
    context = skill_context(handler_input)
    first = asked.get("said") if asked is not None else None
    # "I texted my ex back last night": that day's, the day no part of the note (tester-voice38 D13)
    day, told = dated(str(first) if asked is not None else said, local_today(partner.couple, context.now))
    outcome = logbook.log_breach(
        context.session,
        partner,
        said if asked is not None else told,
        understanding=Words(),
        offered=ids(asked.get("ids")) if asked is not None else (),
        first_words=told if asked is not None else None,
        unattached=unattached,
        source=Source.VOICE,
        now=context.now,
        device_zone=device_zone(handler_input, partner.couple),
        doer=who_did(told, partner),
        day=day,
    )
    if isinstance(outcome, logbook.NotTheirs):
        return not_theirs(handler_input, partner, outcome.doer)
    if isinstance(outcome, logbook.WhichBoundary):
        tries = asked.get("tries") if asked is not None else 0
        tries = tries if isinstance(tries, int) and not isinstance(tries, bool) else MAX_WHICH
        if tries >= MAX_WHICH:  # still unclear: never a guess, nothing logged
            end_flow(handler_input)
            return tell(handler_input, speech(handler_input).say("breach_which_give_up"))
        return ask_which(handler_input, outcome.candidates, said if asked is None else str(first), tries + 1)
    end_flow(handler_input)
    return breach_script(handler_input, partner, outcome.entry.id, outcome.commitment_name)


def not_theirs(handler_input: HandlerInput, partner: Partner, doer: logbook.Doer) -> Response:
    """The partner's act told by the other ("Sam read my journal"): nothing logged, warmly, with
    what they can do (the check-in, offered now when it is due or half done; their journal);
    someone else's ("my friend read my journal"): no breach of theirs, in one short line."""
    end_flow(handler_input)
    language = speech(handler_input)
    if doer is not logbook.Doer.PARTNER:
        return tell(handler_input, language.say("breach_not_ours"))
    context = skill_context(handler_input)
    news = reports.checkin_news(context.session, partner, context.now)
    start = news in (reports.CheckInNews.DUE, reports.CheckInNews.RESUMABLE)
    question = "breach_reported_start" if start else "breach_reported_more"
    response = ask(
        handler_input,
        f"{vary(handler_input, 'breach_reported')} {language.say(question)}",
        language.say(f"{question}_reprompt"),
    )
    if start:
        offer_checkin(handler_input)  # "yes" starts it
    return response


def ask_which(handler_input: HandlerInput, boundaries: list[ContractItem], said: str, tries: int) -> Response:
    """ "Which of your boundaries was it: …? Or say: none of them." The answer comes as
    AnswerIntent's words (or LogBreachIntent's, or "no" to NoIntent): settle_breach."""
    language = speech(handler_input)
    session_attributes(handler_input)[FLOW] = {
        "name": BREACH_FLOW,
        "step": WHICH_STEP,
        "said": said,
        "ids": [b.lineage_id for b in boundaries],
        "tries": tries,
    }
    options = boundaries_said(language, boundaries)
    elicit_answer(handler_input)  # the answer's words, whichever boundary they name (AnswerIntent)
    return ask(
        handler_input,
        language.say("breach_which", options=options),
        language.say("breach_which_reprompt", options=options),
    )


def boundaries_said(language: Language, boundaries: list[ContractItem]) -> str:
    """ "no contact with my ex or no secret accounts": each briefly, in the couple's words."""
    names = [said_mid_sentence(b.spoken_name) for b in boundaries[:MAX_SPOKEN_ITEMS]]
    more = (
        [language.say("more", count=len(boundaries) - MAX_SPOKEN_ITEMS)] if len(boundaries) > MAX_SPOKEN_ITEMS else []
    )
    return language.either([*names, *more])


def settle_breach(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], said: str) -> Response:
    """ "Which of your boundaries was it?" answered: one of them logs it (with the words first
    said); "just log it" logs it about none, as does "none of them" when no words came first
    ("I overstepped one of our boundaries"); after words naming none ("at the gym"), "none of
    them" or "no" logs nothing and says so kindly; anything else asks again."""
    first = flow.get("said")
    if not isinstance(first, str) or len(first) > MAX_NOTE or has_control_characters(first) or not ids(flow.get("ids")):
        end_flow(handler_input)  # a forged or stale session: nothing logged
        return tell(handler_input, speech(handler_input).say("lost_place"))
    if says_yes(said) and len(ids(flow.get("ids"))) == 1:  # "yes" to "was it no contact with my ex?"
        said = "the first one"
    picks_none = none_of_those(said) or _NOT_ONE.match(spoken(said)) is not None
    declined = _DECLINED.match(spoken(said)) is not None
    if logs_anyway(said) or (picks_none and not first and not declined):
        return log_breach(handler_input, partner, said, flow, unattached=True)
    if picks_none:  # nothing logged: not one of theirs ("at the gym"), or a plain "no"
        end_flow(handler_input)
        return tell(handler_input, speech(handler_input).say("breach_none" if first else "breach_left"))
    return log_breach(handler_input, partner, said, flow)


def breach_script(handler_input: HandlerInput, partner: Partner, entry_id: int, boundary: str | None) -> Response:
    """A breach is not a missed chore: thanks without judgement, plainly that the partner
    will see it (and which boundary), and a reflection offered. Its words never go on the
    Alexa app's card."""
    say = speech(handler_input).say
    logged = breach_logged(speech(handler_input), partner, boundary)
    session_attributes(handler_input)[FLOW] = {"name": "setback", "step": "reflect?", "entry": entry_id}
    screens.summary_card(handler_input, say("card_logged"), say("card_breach"))
    elicit_answer(handler_input)  # the reflection itself may come as the answer
    return ask(
        handler_input, " ".join([say("breach_thanks"), logged, say("breach_offer")]), say("offer_reflect_reprompt")
    )


def said_mid_sentence(boundary: str) -> str:
    """ "No contact with my ex." -> "no contact with my ex": briefly, after a colon or "of"."""
    return sentence_case(clause(boundary, BOUNDARY_WORDS))


def breach_logged(language: Language, partner: Partner, boundary: str | None) -> str:
    """ "I've logged it as a breach of no contact with my ex, and Sam will see it in your shared log." """
    other = other_partner(partner)
    key = "breach_logged" + ("_named" if boundary else "") + ("" if other is not None else "_plain")
    return language.say(key, other=other.name if other else "", boundary=said_mid_sentence(boundary or ""))
