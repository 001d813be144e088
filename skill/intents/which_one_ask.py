"""Asking "which one?" after a keep or miss that named no promise, or several: the question, the
promises offered and what was said before it, kept in the session for the answer (logbook.py
reads it); asked again after a bare "yes", after a day already logged, or after a lapse of one's
own that no boundary is about.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from trust_tracker.models import still_open, tracking
from trust_tracker.models.entities import ContractItem, LogKind, Partner
from trust_tracker.models.errors import LoggedThatDay
from trust_tracker.models.localtime import local_today

from ..days_said import WEEK
from ..deeds_told import with_subject
from ..dialog import (
    PENDING_LOG,
    ask,
    elicit,
    ids,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    spoken_list,
    tell,
)
from ..grammar import promise
from ..idioms import everyday_idiom
from ..speakers import current_partner
from ..speech_text import excerpt
from .which_one_left import LOG_INTENTS, LOG_KINDS

# "Which one?" is asked at most this many times in a row; then the entry is kept unattached.
MAX_WHICH_ONE = 2


# "Was it …?" of the one promise sharing a word with what was said, or called by one of its words,
# or the one left after a reason was told ("I got caught at work"): a yes logs it.
_CLOSEST = ("closest", "closest_called")
_WAS_IT = (*_CLOSEST, "which_one_reason_one")


def ask_which_one(
    handler_input: HandlerInput,
    kind: LogKind,
    key: str,
    candidates: list[ContractItem],
    *,
    tries: int = 0,
    said_first: str = "",
    moment: bool = False,
    lapse: bool = False,
    day: date | None = None,
    **values: str,
) -> Response:
    partner = current_partner(handler_input)
    if key in _WAS_IT and candidates and partner is not None:
        refused = _day_taken(handler_input, partner, kind, candidates[0], day)
        if refused is not None:  # its yes would be refused: what is on record that day, said at once
            others = _others_open(handler_input, partner, refused)
            if not others:
                session_attributes(handler_input).pop(PENDING_LOG, None)
                return tell(handler_input, str(refused))
            key, candidates, values = "another", others, {"refused": str(refused)}
    language = speech(handler_input)
    lapse = key == "lapse_which" or lapse
    if lapse and key in ("which_one", "which_one_yes"):  # asked again: a lapse may still be about none
        key = "lapse_which_again"
    session_attributes(handler_input)[PENDING_LOG] = {
        "day": day.isoformat() if day is not None else None,  # "I kept my promise yesterday": for the answer
        "kind": kind.value,
        "ids": [c.lineage_id for c in candidates],
        "tries": tries + 1,
        "said": said_first,
        "moment": moment,  # "yes" notes what was said as a moment of reliability
        # "Yes" logs the first offered, "no" asks the others: "Was it …?", and "which one: X?" offering one
        # (a bare yes to "Or was it another one you missed: X?" takes X, never "which one: X?" again).
        "closest": key in _WAS_IT or (len(candidates) == 1 and not moment and not lapse),
        # A lapse told, asked about again after "um": "none of them", or no promise named, logs it about none.
        "lapse": lapse,
    }
    options = language.either(spoken_list(language, candidates))
    reprompt = language.say("lapse_which_reprompt" if lapse else f"which_one_reprompt_{kind.value}", options=options)
    if moment:  # asked again ("hold on"), the moment stays offered (tester-voice36 D10)
        reprompt = f"{reprompt} {language.say('which_one_or_moment')}"
    # Whatever is said next names the commitment, for this same kind of entry.
    elicit(handler_input, LOG_INTENTS[kind], "commitment")
    return ask(
        handler_input,
        language.say(f"{key}_{kind.value}", options=options, **values),
        language.say("closest_reprompt", **values) if key in _CLOSEST else reprompt,
    )


def ask_called(
    handler_input: HandlerInput,
    kind: LogKind,
    item: ContractItem,
    loggable: list[ContractItem],
    said: str,
    day: date | None,
) -> Response:
    """ "I kept my promise about the phone": "Was it your open phone promise you kept?", the one called by a
    word said; "no" asks the others."""
    others = [c for c in loggable if c is not item]
    option = promise(speech(handler_input), item.spoken_name)
    return ask_which_one(
        handler_input, kind, "closest_called", [item, *others], said_first=said, day=day, option=option
    )


_ASKED_TO_LOG = re.compile(r"^(?:(?:please|can you|could you) )?(?:log|note|record) (?:that )?", re.IGNORECASE)


def partners_moment(handler_input: HandlerInput, name: str, said: str) -> Response:
    """ "Sam did all the house jobs without being asked", told by Alex: Sam's to log, and what Alex saw
    offered as a moment of reliability; a yes notes it, nothing is logged under anyone's promise
    (tester-voice37 D8, as the partner's lapse is answered)."""
    said = with_subject(_ASKED_TO_LOG.sub("", said))  # "log that sam did …": what Sam did
    session_attributes(handler_input)[PENDING_LOG] = {
        "kind": LogKind.KEPT.value,
        "ids": [],
        "said": said,
        "moment": True,
    }
    elicit(handler_input, LOG_INTENTS[LogKind.KEPT], "commitment")  # "yes" answers as at "or shall I note it …?"
    language = speech(handler_input)
    return ask(
        handler_input,
        language.say("partners_keep_moment", name=name, said=excerpt(said[:1].upper() + said[1:].rstrip(" .!?"))),
        language.say("partners_keep_moment_reprompt"),
    )


def lapse_which(handler_input: HandlerInput, partner: Partner, said: str, day: date | None = None) -> Response:
    """ "I snapped at Sam over nothing", with no boundary about it: which promise it went against
    (a miss, its words the note, dated `day` when one was said: "I lied about where I was on
    Friday"); "none of them", or words naming none, log it about no promise (logbook.log_setback_told)."""
    choices = tracking.loggable_commitments(skill_context(handler_input).session, partner)
    if not choices or everyday_idiom(said, choices):  # "we got hammered at the pub": let go, as before
        return tell(handler_input, speech(handler_input).say("log_let_go"))
    # The lapse is the note, with the "I" a keep's carrier took ("lost my temper ...") given back.
    return ask_which_one(handler_input, LogKind.MISSED, "lapse_which", choices, said_first=with_subject(said), day=day)


def reason_which(
    handler_input: HandlerInput,
    candidates: list[ContractItem],
    first: object,
    reason: str,
    tries: int,
    day: date | None,
) -> Response:
    """ "I got caught at work and forgot" said to "which one did you miss?": why, not which (tester-voice39
    D15). Which promise is asked again, the reason kept as the miss's note (after what was said first);
    "none of them" logs it as a setback about none (the lapse's way), dated the day said before."""
    reason = with_subject(reason)
    before = first.rstrip(" .!?") if isinstance(first, str) and first.strip(" .!?") else ""
    note = f"{before}. {reason[:1].upper()}{reason[1:]}" if before else reason
    key = "which_one_reason" if len(candidates) > 1 else "which_one_reason_one"
    option = promise(speech(handler_input), candidates[0].spoken_name)
    return ask_which_one(
        handler_input, LogKind.MISSED, key, candidates, tries=tries, said_first=note, lapse=True, day=day, option=option
    )


def day_asked(asked: dict[str, object], today: date) -> date | None:
    """The day said before "which one?" was asked ("I kept my promise yesterday"), if any; a forged
    one is no day: only the week `dated` reads is."""
    value = asked.get("day")
    try:
        day = date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return day if day is not None and today - timedelta(days=WEEK) <= day <= today else None


def which_one_again(handler_input: HandlerInput, partner: Partner) -> Response | None:
    """ "Yes" to "Was it X, Y or Z?" (no moment offered): "Which one: X, Y or Z?", as a try of its
    own; None when no such question waits (the promises offered are gone: asked fresh)."""
    asked = session_attributes(handler_input).get(PENDING_LOG)
    if not isinstance(asked, dict) or asked.get("moment") is True or asked.get("kind") not in LOG_KINDS:
        return None
    kind, offered = LOG_KINDS[asked["kind"]], ids(asked.get("ids"))
    tries = asked.get("tries", 0)
    tries = tries if isinstance(tries, int) and not isinstance(tries, bool) else MAX_WHICH_ONE
    loggable = {c.lineage_id: c for c in tracking.loggable_commitments(skill_context(handler_input).session, partner)}
    candidates = [loggable[i] for i in offered if i in loggable]
    if not candidates or tries >= MAX_WHICH_ONE:
        return None
    first = asked.get("said")
    return ask_which_one(
        handler_input,
        kind,
        "which_one_yes",
        candidates,
        tries=tries,
        said_first=str(first or ""),
        lapse=asked.get("lapse") is True,
        day=day_asked(asked, local_today(partner.couple, skill_context(handler_input).now)),  # "… on Friday" kept
    )


def another_instead(handler_input: HandlerInput, partner: Partner | None, refused: LoggedThatDay) -> Response | None:
    """After "That is already logged as missed today. …" or "… so it counts once" to a keep or a miss
    it named: which other promise was meant is asked, the request kept, so "no, I meant call when
    late" logs that one as asked (skill/intents/amend.py answers a waiting "which one?"), and the
    entry already there is never moved (tester-voice14 #8, issue 8 part 4); the refused day dates
    the other one (tester-voice16 E4), and only what is open that day is offered (still_open.others_open);
    None when it was no keep or miss, or nothing else is open that day (then no question at all).
    `refused.tried` is the refused row's kind, not the intent's: "i didn't get defensive about my phone",
    heard as a miss, was a keep, so another one "you kept" is asked."""
    request = handler_input.request_envelope.request
    intent = request.intent.name if isinstance(request, IntentRequest) and request.intent else None
    kind = LOG_KINDS.get(refused.tried)
    if intent not in LOG_INTENTS.values() or kind is None or partner is None:
        return None
    others = _others_open(handler_input, partner, refused)
    if not others:
        return None
    return ask_which_one(handler_input, kind, "another", others, refused=str(refused), day=refused.day)


def _day_taken(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, item: ContractItem, day: date | None
) -> LoggedThatDay | None:
    """The refusal a keep or miss of `item` would meet that day (`day`, else today); None when it is free."""
    context = skill_context(handler_input)
    today = local_today(partner.couple, context.now)
    return tracking.day_taken(context.session, partner, item.lineage_id, kind, day or today, today)


def _others_open(handler_input: HandlerInput, partner: Partner, refused: LoggedThatDay) -> list[ContractItem]:
    """What else is open on the refused day: offered as "Or was it another one …?"."""
    session = skill_context(handler_input).session
    return still_open.others_open(session, partner, refused.day, but=refused.lineage_id)


def own_instead(handler_input: HandlerInput, partner: Partner | None, refused: str) -> Response | None:
    """After "That is Sam's commitment, so Sam logs it." to a keep told by a voice Alexa knows ("kept
    my word and did the dishes", the dishes Sam's): which of their own was kept, or what they did noted
    as a moment of reliability, asked; the session stays open (tester-voice34). None for a miss, or
    when they have no promise of their own to offer."""
    request = handler_input.request_envelope.request
    intent = request.intent.name if isinstance(request, IntentRequest) and request.intent else None
    words = slot_text(handler_input, "commitment")
    if intent != LOG_INTENTS[LogKind.KEPT] or partner is None or not words:
        return None
    own = tracking.loggable_commitments(skill_context(handler_input).session, partner)
    if not own:
        return None
    return ask_which_one(
        handler_input, LogKind.KEPT, "own", own, said_first=with_subject(words), moment=True, refused=refused
    )
