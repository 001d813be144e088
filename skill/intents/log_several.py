"""Several promises at once: "I kept all of them", "both", "I did everything today", and "all of them" said
to "which one?". "All of them" and "everything" log each of the speaker's commitments due that day (or each
one just offered after "which one?"), saying how many and which; "both" does so only when there are exactly
two, else it asks first; several misses are always confirmed first. A day said with them ("I kept all of
them yesterday") dates every one, as it dates one promise's keep; what waits for a yes waits with its day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from trust_tracker.models import logbook, logbook_all, still_open, tracking
from trust_tracker.models.entities import ContractItem, LogKind, Milestone, Partner
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import spoken

from .. import screens
from ..alexa_apis import device_zone
from ..days_said import dated
from ..dialog import (
    PENDING_ALL,
    PENDING_LOG,
    ask,
    elicit_answer,
    ids,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
)
from ..grammar import promise
from ..pointing import all_of_them, one_of_them, ordinal_picked
from ..render import celebration
from ..speakers import PartnerIntentHandler, tell_logged
from ..speech import Language
from ..understanding import closest, commitments_named, several_named
from .day_asked import day_refused
from .logbook_confirm import forget_waiting, none_left, waiting_for
from .which_one_ask import ask_which_one, day_asked

MAX_SPOKEN_ENTRIES = 3


class LogAllKeptIntentHandler(PartnerIntentHandler):
    """ "I kept all of them", "I kept both of them", "I did everything today"."""

    intents = ("LogAllKeptIntent",)
    kind = LogKind.KEPT

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        # "all", "both", "every one"; none said ("i did everything"): all. Anything else Alexa
        # heard there ("i kept some of them") means no one promise: nothing logged, asked which.
        said = slot_text(handler_input, "quantity")
        today = local_today(partner.couple, skill_context(handler_input).now)
        told = " ".join([said, *_tails(handler_input)])
        if (refused := day_refused(handler_input, self.kind, told, today, may_ask=False)) is not None:
            return refused  # "I kept all of them a fortnight ago": nothing logged, never today's
        tails = [tail for tail in _tails(handler_input) if tail]  # words said after it, invisible ones too
        days = [dated(spoken(tail), today) for tail in tails]  # "… yesterday": that day's
        # "I did everything I could and …", or nothing readable ("\u200b"): not a log
        if not all(
            spoken(tail) and (not rest or _PLAIN_TAIL.match(rest)) for tail, (_, rest) in zip(tails, days, strict=True)
        ):
            return replay(handler_input, "AMAZON.FallbackIntent", {})  # not a log
        if said and one_of_them(said):  # "I missed one of my promises": which one is asked
            return replay(handler_input, "LogKeptIntent" if self.kind is LogKind.KEPT else "LogMissedIntent", {})
        which = all_of_them(said) if said else "all"
        if which is None:
            forget_waiting(handler_input)
            return ask(handler_input, *_which_ones(handler_input, self.kind))
        day = next((day for day, _ in days if day is not None), None)
        return log_several(handler_input, partner, self.kind, which, day=day)


class LogAllMissedIntentHandler(LogAllKeptIntentHandler):
    """ "I missed all of them": confirmed before several misses are logged."""

    intents = ("LogAllMissedIntent",)
    kind = LogKind.MISSED


# What may follow "I did everything", "I kept every promise", "I missed everything" in a log, its day
# ("yesterday", "on Monday": skill/days_said.py) taken out first:
# the words after them come in a slot so that the safety check reads the whole sentence.
_PLAIN_TAIL = re.compile(
    r"^(?:(?:that )?(?:i|we) (?:promised|said i would|said we would|agreed)(?: to)?|today|tonight|this week|again)"
    r"(?: (?:today|tonight|this week|again))?$"
)


def _tails(handler_input: HandlerInput) -> list[str]:
    """The words said after "I did everything", "I kept all of them" (the carriers' slots)."""
    intent = cast(IntentRequest, handler_input.request_envelope.request).intent
    slots = intent.slots if intent is not None else None
    return [slot_text(handler_input, name) for name in slots or {} if name.startswith("after_")]


def log_several(
    handler_input: HandlerInput,
    partner: Partner,
    kind: LogKind,
    which: str,
    offered: list[int] | None = None,
    day: date | None = None,
) -> Response:
    """ "All of them" (`which` "all") or "both": the commitments meant, logged at once when
    that is clear, otherwise confirmed first; on `day` when one was said with them ("I kept all of them
    yesterday"), read and logged as a keep of one promise on that day is (voice47: logged as today's)."""
    forget_waiting(handler_input)
    items = meant(handler_input, partner, offered, kind, day)
    if not items:
        return tell(handler_input, _none_left_on(handler_input, partner, day))
    if which == "both" and len(items) > 2:  # "both" means two: which two, never all of them (tester-voice36 D24)
        return ask_which_one(handler_input, kind, "which_two", items, day=day)
    if not logbook_all.clear_at_once(kind, which == "both", items):
        return confirm_several(handler_input, partner, kind, items, day)
    return _log(handler_input, partner, kind, [i.lineage_id for i in items], day)


def _none_left_on(handler_input: HandlerInput, partner: Partner, day: date | None) -> str:
    """ "Everything due for you yesterday is already logged": with its day when not today."""
    today = local_today(partner.couple, skill_context(handler_input).now)
    said = tracking.day_named(day, today) if day not in (None, today) else None
    return none_left(speech(handler_input), logbook.NoneLeft(said))


def confirm_several(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, items: list[ContractItem], day: date | None = None
) -> Response:
    """ "Shall I log both as kept?": `items` wait for the yes (on `day`, else today), nothing saved yet;
    "which one?" is answered."""
    language = speech(handler_input)
    session_attributes(handler_input).pop(PENDING_LOG, None)
    session_attributes(handler_input)[PENDING_ALL] = {
        "kind": kind.value,
        "ids": [i.lineage_id for i in items],
        "partner": partner.id,  # only their yes logs it, on a device two voices share
        "day": day.isoformat() if day is not None else None,
    }
    names = _names(handler_input, items, every=True)  # a yes writes each one: all heard, none "on the website"
    elicit_answer(handler_input)  # the yes or no in words: "actually no", "wait no" (skill/yes_no_asked.py)
    return ask(
        handler_input,
        language.count(f"confirm_all_{kind.value}", len(items), names=names),
        language.count(f"confirm_all_reprompt_{kind.value}", len(items)),
    )


def meant(
    handler_input: HandlerInput,
    partner: Partner,
    offered: list[int] | None = None,
    kind: LogKind = LogKind.KEPT,
    day: date | None = None,
) -> list[ContractItem]:
    """What "all of them" means here: the ones just offered (missed: those due that day), or those still due
    that day (`day`, else today)."""
    context = skill_context(handler_input)
    zone = device_zone(handler_input, partner.couple)
    missed = kind is LogKind.MISSED
    return still_open.all_meant(
        context.session, partner, offered=offered or [], now=context.now, device_zone=zone, missed=missed, day=day
    )


def settle_several(handler_input: HandlerInput, partner: Partner, yes: bool) -> Response | None:
    """Yes or no to "Shall I log all three as missed?"; None when nothing of the kind waits."""
    waiting = waiting_for(handler_input, PENDING_ALL, partner)
    if waiting is None:
        return None
    if not yes:
        return tell(handler_input, speech(handler_input).say("which_one_none"))
    return _log(
        handler_input, partner, waiting["kind"], ids(waiting.get("ids")), _day_waiting(handler_input, partner, waiting)
    )


# "Actually no", "just", "only", "not both" before the ones meant, "only" or "then" after them.
_CORRECTION = re.compile(
    r"^(?:(?:actually|oh|well|wait|sorry|no|nope|nah|not both|not all(?: of them)?|just|only)\b[ ,]*)+|"
    r"[ ,]+(?:only|then|please)$"
)


def settle_several_named(handler_input: HandlerInput, partner: Partner, said: str) -> Response | None:
    """ "Actually no, just the walk" to "Shall I log both as missed?": the ones named among those
    offered are logged, the others not (tester-voice39 D10); None when the words name none of them."""
    waiting = session_attributes(handler_input).get(PENDING_ALL)
    offered = ids(waiting.get("ids")) if isinstance(waiting, dict) else []
    loggable = tracking.loggable_commitments(skill_context(handler_input).session, partner)
    items = [c for c in loggable if c.lineage_id in offered]
    words = _CORRECTION.sub("", spoken(said))
    if not items or not words:
        return None
    named, picked = commitments_named(words, items), ordinal_picked(words, items)
    one = picked or (named[0] if len(named) == 1 else closest(words, items))  # "the first one", "the walk"
    # "the walk and the talk", or one of them; words fitting several are no choice: never a guess
    chosen = several_named(words, items) or ([one] if one else [])
    if not chosen or (waiting := waiting_for(handler_input, PENDING_ALL, partner)) is None:
        return None
    day = _day_waiting(handler_input, partner, waiting)
    return _log(handler_input, partner, waiting["kind"], [c.lineage_id for c in chosen], day)


def _day_waiting(handler_input: HandlerInput, partner: Partner, waiting: dict[str, Any]) -> date | None:
    """The day several wait to be logged on, within the week (a forged one is none: today)."""
    return day_asked(waiting, local_today(partner.couple, skill_context(handler_input).now))


def _log(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, lineage_ids: list[int], day: date | None = None
) -> Response:
    language = speech(handler_input)
    text, milestones = log_listed(handler_input, partner, kind, lineage_ids, day)
    screens.summary_card(handler_input, language.say("card_logged"), text)
    return tell_logged(handler_input, " ".join(filter(None, [text, celebration(language, milestones)])))


def log_listed(
    handler_input: HandlerInput,
    partner: Partner,
    kind: LogKind,
    items: list[int] | list[ContractItem],
    day: date | None = None,
) -> tuple[str, list[Milestone]]:
    """Each of `items` (or their lineage ids) logged as `kind` on `day` (else today): what to say (how many,
    and which by name, and the day when not today), and the milestones newly reached."""
    context, language = skill_context(handler_input), speech(handler_input)
    lineage_ids = [i if isinstance(i, int) else i.lineage_id for i in items]
    zone = device_zone(handler_input, partner.couple)
    done = logbook_all.log_all(context.session, partner, kind, lineage_ids, now=context.now, device_zone=zone, day=day)
    left_out = _left_out(language, done.left_out, alone=not done.items)
    if not done.items:
        return left_out or _none_left_on(handler_input, partner, day), []
    said = language.count(f"logged_all_{kind.value}", len(done.items), names=_names(handler_input, done.items))
    today = local_today(partner.couple, context.now)
    if day not in (None, today):
        first, colon, rest = said.partition(":")  # "Logged all 3, yesterday: you kept …"
        said = f"{first}, {tracking.day_named(day, today)}{colon}{rest}"
    return " ".join(filter(None, [said, left_out])), done.milestones


def _left_out(language: Language, left_out: list[PartnerLoggedOtherwise], *, alone: bool) -> str:
    """ "I left out your evening talk, which Sam logged as missed yesterday.": the shared ones "all of them" did not
    log over the partner's entry that day (models/kept_together.py), said in one sentence; "" when none."""
    if not left_out:
        return ""
    first = left_out[0]  # one partner, one day, one kind held (the other way of the one told)
    promises = language.both(promise(language, o.commitment.spoken_name) for o in left_out)
    them = "them" if len(left_out) > 1 else "it"
    key = "all_left_out_only" if alone else "all_left_out"
    return language.say(key, promises=promises, name=first.name, held=first.held.value, day=first.day, them=them)


def _which_ones(handler_input: HandlerInput, kind: LogKind) -> tuple[str, str]:
    say = speech(handler_input).say
    return say(f"name_each_{kind.value}"), say(f"name_each_{kind.value}")


def _names(handler_input: HandlerInput, items: list[ContractItem], every: bool = False) -> str:
    """ "your promise to call when late, your evening talk and 2 more": at most three by name, or
    `every` one of them (what a yes is about to write); never "and 1 more" (tester-voice38 D5): that one by name."""
    language = speech(handler_input)
    every = every or len(items) <= MAX_SPOKEN_ENTRIES + 1
    names = [promise(language, item.spoken_name) for item in items[: None if every else MAX_SPOKEN_ENTRIES]]
    if len(names) < len(items):
        names.append(language.say("more", count=len(items) - MAX_SPOKEN_ENTRIES))
    return language.both(names)
