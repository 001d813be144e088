"""Logging that waits for a yes: several promises at once ("I kept all of them", "both"), and
words that leave open whether it was done ("I sort of kept the evening talk").

"All of them" and "everything" log each of the speaker's commitments due today (or each one
just offered after "which one?"), saying how many and which; "both" does so only when there
are exactly two, else it asks first; several misses are always confirmed first. Hedged words
are confirmed ("Shall I log that as kept?") and nothing is saved before the answer. What waits
for the yes is in the session, checked again when it comes back.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple, cast

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from trust_tracker.models import logbook, still_open, tracking
from trust_tracker.models.entities import ContractItem, LogKind, Milestone, Partner
from trust_tracker.models.localtime import entry_date, local_today
from trust_tracker.models.logbook import Doer
from trust_tracker.models.steering_words import spoken

from .. import screens
from ..alexa_apis import device_zone
from ..breach_doer import who_did
from ..days_said import dated
from ..deeds_told import with_subject
from ..dialog import (
    PENDING_ALL,
    PENDING_HEDGE,
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
    vary,
)
from ..goes_against import against_one
from ..grammar import promise
from ..naming import Shared, shared
from ..pointing import all_of_them, one_of_them, ordinal_picked
from ..render import celebration
from ..speakers import PartnerIntentHandler, tell_logged
from ..speech import Language
from ..speech_text import named
from ..understanding import closest, commitments_named, several_named
from .day_asked import day_refused
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
        told = " ".join([said, *_tails(handler_input)])
        today = local_today(partner.couple, skill_context(handler_input).now)
        if (refused := day_refused(handler_input, self.kind, told, today, may_ask=False)) is not None:
            return refused  # "I kept all of them a fortnight ago": nothing logged, never today's
        if not _plain_tail(handler_input):  # "I did everything I could and …": not a log
            return replay(handler_input, "AMAZON.FallbackIntent", {})
        if said and one_of_them(said):  # "I missed one of my promises": which one is asked
            return replay(handler_input, "LogKeptIntent" if self.kind is LogKind.KEPT else "LogMissedIntent", {})
        which = all_of_them(said) if said else "all"
        if which is None:
            forget_waiting(handler_input)
            return ask(handler_input, *_which_ones(handler_input, self.kind))
        return log_several(handler_input, partner, self.kind, which)


class LogAllMissedIntentHandler(LogAllKeptIntentHandler):
    """ "I missed all of them": confirmed before several misses are logged."""

    intents = ("LogAllMissedIntent",)
    kind = LogKind.MISSED


# What may follow "I did everything", "I kept every promise", "I missed everything" in a log:
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


def _plain_tail(handler_input: HandlerInput) -> bool:
    """Whether the words after "I did everything" (if any) are a log's: "I promised", "today"."""
    return all(not tail or _PLAIN_TAIL.match(spoken(tail)) for tail in _tails(handler_input))


def forget_waiting(handler_input: HandlerInput) -> None:
    """A new request to log: whatever waited for a yes is dropped."""
    attributes = session_attributes(handler_input)
    attributes.pop(PENDING_ALL, None)
    attributes.pop(PENDING_HEDGE, None)


def log_several(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, which: str, offered: list[int] | None = None
) -> Response:
    """ "All of them" (`which` "all") or "both": the commitments meant, logged at once when
    that is clear, otherwise confirmed first."""
    language = speech(handler_input)
    forget_waiting(handler_input)
    items = meant(handler_input, partner, offered, kind)
    if not items:
        return tell(handler_input, language.say("logged_all_none"))
    if which == "both" and len(items) > 2:  # "both" means two: which two, never all of them (tester-voice36 D24)
        return ask_which_one(handler_input, kind, "which_two", items)
    if not logbook.clear_at_once(kind, which == "both", items):
        return confirm_several(handler_input, partner, kind, items)
    return _log(handler_input, partner, kind, [i.lineage_id for i in items])


def confirm_several(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, items: list[ContractItem]
) -> Response:
    """ "Shall I log both as kept?": `items` wait for the yes, nothing saved yet; "which one?" is answered."""
    language = speech(handler_input)
    session_attributes(handler_input).pop(PENDING_LOG, None)
    session_attributes(handler_input)[PENDING_ALL] = {
        "kind": kind.value,
        "ids": [i.lineage_id for i in items],
        "partner": partner.id,  # only their yes logs it, on a device two voices share
    }
    names = _names(handler_input, items, every=True)  # a yes writes each one: all heard, none "on the website"
    elicit_answer(handler_input)  # the yes or no in words: "actually no", "wait no" (skill/yes_no_asked.py)
    return ask(
        handler_input,
        language.count(f"confirm_all_{kind.value}", len(items), names=names),
        language.count(f"confirm_all_reprompt_{kind.value}", len(items)),
    )


def meant(
    handler_input: HandlerInput, partner: Partner, offered: list[int] | None = None, kind: LogKind = LogKind.KEPT
) -> list[ContractItem]:
    """What "all of them" means here: the ones just offered (missed: those due today), or those still due today."""
    context = skill_context(handler_input)
    zone = device_zone(handler_input, partner.couple)
    missed = kind is LogKind.MISSED
    return still_open.all_meant(
        context.session, partner, offered=offered or [], now=context.now, device_zone=zone, missed=missed
    )


def settle_several(handler_input: HandlerInput, partner: Partner, yes: bool) -> Response | None:
    """Yes or no to "Shall I log all three as missed?"; None when nothing of the kind waits."""
    waiting = _waiting(handler_input, PENDING_ALL, partner)
    if waiting is None:
        return None
    if not yes:
        return tell(handler_input, speech(handler_input).say("which_one_none"))
    return _log(handler_input, partner, waiting["kind"], ids(waiting.get("ids")))


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
    if not chosen or (waiting := _waiting(handler_input, PENDING_ALL, partner)) is None:
        return None
    return _log(handler_input, partner, waiting["kind"], [c.lineage_id for c in chosen])


def confirm_hedge(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, said: str, named_ids: list[int], unsure: bool
) -> Response:
    """ "I sort of kept the evening talk": "Shall I log that as kept?", nothing saved yet."""
    say = speech(handler_input).say
    waiting = {"kind": kind.value, "said": said, "ids": named_ids, "partner": partner.id}
    session_attributes(handler_input)[PENDING_HEDGE] = waiting
    doubt = "unsure" if unsure else "partly"  # "I think I did": not sure, rather than half done
    elicit_answer(handler_input)
    return ask(handler_input, say(f"hedge_{doubt}_{kind.value}"), say(f"hedge_reprompt_{kind.value}"))


def confirm_against(
    handler_input: HandlerInput,
    partner: Partner,
    said: str,
    item: ContractItem,
    done: str = "",
    told: bool = False,
    *,
    day: date | None = None,
) -> Response:
    """ "That sounds like it went against your open phone promise. Shall I log it as missed?": a lapse
    told as a keep (or after one, `done` saying what was logged; `told` when it was said as missed by
    its name: "And your evening talk: shall I log that as missed?"), waiting for the yes as a hedge does;
    `day`, the day said with it ("last night I got defensive …"), which the yes logs (tester-voice39 D13)."""
    language = speech(handler_input)
    waiting = {"kind": LogKind.MISSED.value, "said": said, "ids": [item.lineage_id], "partner": partner.id}
    waiting["day"] = day.isoformat() if day is not None else None
    waiting["told"] = with_subject(said)  # the lapse in their words, its "I" given back: the miss's note
    session_attributes(handler_input).pop(PENDING_LOG, None)
    session_attributes(handler_input)[PENDING_HEDGE] = waiting
    key = ("missed_after" if told else "against_after") if done else "against"
    asked = language.say(key, promise=promise(language, item.spoken_name))
    elicit_answer(handler_input)  # its yes or no in words, as the hedge's
    return ask(handler_input, " ".join(filter(None, [done, asked])), language.say("hedge_reprompt_missed"))


def against_told(handler_input: HandlerInput, partner: Partner, said: str, day: date | None = None) -> Response | None:
    """ "I hid my phone from Sam all evening", "I wouldn't let her look at my phone": the everyday opposite
    of one of the speaker's own promises, asked as a miss of it, never offered as a keep nor a breach
    (tester-voice37 D13); None when it tells none, or someone else did it, or it names another promise (a
    keep with the lapse after, "we had our walk but I hid my phone", logs the walk first; "I forgot to
    call when I was late" is that promise's miss, not one against "home on time")."""
    context = skill_context(handler_input)
    said_on, said = dated(said, local_today(partner.couple, context.now))  # "on Friday I hid my phone": that day's
    day = said_on or day
    loggable = tracking.loggable_commitments(context.session, partner)
    against = against_one(said, loggable)
    if against is None or any(
        c is not against and shared(said, c.short_name or c.text) is Shared.ALL for c in loggable
    ):
        return None
    if who_did(said, partner) is not Doer.SPEAKER:
        return None
    return confirm_against(handler_input, partner, said, against, day=day)


class Hedged(NamedTuple):
    """What waits for a yes to "Shall I log that as kept?": the kind, the words and the promises they
    named, the lapse words to note should it be a miss asked as one, and the day said with them."""

    kind: LogKind
    said: str
    named_ids: list[int]
    told: str | None
    day: date | None


def hedge_waiting(handler_input: HandlerInput, partner: Partner) -> Hedged | None:
    """What waits for `partner`'s yes to "Shall I log that as kept?" (taken out of the session), if anything."""
    waiting = _waiting(handler_input, PENDING_HEDGE, partner)
    said = waiting.get("said") if waiting is not None else None
    if waiting is None or not isinstance(said, str):
        return None
    told = waiting.get("told")
    told = told if isinstance(told, str) and len(told) <= tracking.MAX_NOTE else None
    day = day_asked(waiting, local_today(partner.couple, skill_context(handler_input).now))  # within the week
    return Hedged(waiting["kind"], said, ids(waiting.get("ids")), told, day)


def _waiting(handler_input: HandlerInput, key: str, partner: Partner) -> dict[str, Any] | None:
    """The confirmation waiting under `key`, removed from the session; None if none, forged,
    or asked by the other partner (Sam's yes never logs what Alex asked to log)."""
    waiting = session_attributes(handler_input).pop(key, None)
    if (
        not isinstance(waiting, dict)
        or waiting.get("kind") not in (LogKind.KEPT.value, LogKind.MISSED.value)
        or type(waiting.get("partner")) is not int  # True would pass for partner 1
        or waiting.get("partner") != partner.id
    ):
        return None
    return {**waiting, "kind": LogKind(waiting["kind"])}


def _log(handler_input: HandlerInput, partner: Partner, kind: LogKind, lineage_ids: list[int]) -> Response:
    language = speech(handler_input)
    text, milestones = log_listed(handler_input, partner, kind, lineage_ids)
    screens.summary_card(handler_input, language.say("card_logged"), text)
    return tell_logged(handler_input, " ".join(filter(None, [text, celebration(language, milestones)])))


def log_listed(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, items: list[int] | list[ContractItem]
) -> tuple[str, list[Milestone]]:
    """Each of `items` (or their lineage ids) logged as `kind`: what to say (how many, and which
    by name), and the milestones newly reached."""
    context, language = skill_context(handler_input), speech(handler_input)
    lineage_ids = [i if isinstance(i, int) else i.lineage_id for i in items]
    zone = device_zone(handler_input, partner.couple)
    done = logbook.log_all(context.session, partner, kind, lineage_ids, now=context.now, device_zone=zone)
    if not done.items:
        return language.say("logged_all_none"), []
    names = _names(handler_input, done.items)
    return language.count(f"logged_all_{kind.value}", len(done.items), names=names), done.milestones


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


def confirm(handler_input: HandlerInput, logged: logbook.Logged) -> str:
    """ "Logged: you kept your promise to call when late": the commitment by its name, whatever words named it
    ("I called when I was running late" read back would be "you kept your called when …"); an entry
    for another day says which ("…, yesterday."); kept or missed as the row is (models.logbook.log_said may
    turn the words' kind: "i didn't get defensive" of "without getting defensive" was kept)."""
    language, key = speech(handler_input), logged.entry.kind.value
    if logged.commitment is not None:
        said = vary(handler_input, f"logged_{key}", commitment=promise(language, logged.commitment.spoken_name))
    elif logged.note:
        how = "logged_words" if logged.contract else "logged_no_contract"
        said = language.say(f"{how}_{key}", said=promise(language, logged.note))
    else:
        said = vary(handler_input, f"logged_unnamed_{key}")
    couple = logged.entry.partner.couple  # the device's day, as the entry was dated, is "today"
    today = entry_date(couple, skill_context(handler_input).now, device_zone(handler_input, couple))
    if logged.entry.local_date == today:
        return said
    first, dot, rest = said.partition(".")
    return f"{first}, {tracking.day_named(logged.entry.local_date, today)}{dot}{rest}"


def none_left(language: Language, outcome: logbook.NoneLeft) -> str:
    """ "Which one did you miss?" with nothing left to ask about, said plainly, with its day when not today."""
    return language.say("logged_all_none_on", day=outcome.day) if outcome.day else language.say("logged_all_none")


def not_due(language: Language, outcome: still_open.NotDue) -> str:
    """A past day said for a promise not due then ("the Sunday walk on Tuesday"): nothing logged, and
    what of theirs was due that day, so they can say the one they meant."""
    said = promise(language, outcome.commitment.spoken_name)
    said = said[:1].upper() + said[1:]  # it opens the sentence
    names = [named(c.spoken_name) for c in outcome.due]
    if not names:
        return language.say("not_due_none", promise=said, day=outcome.day)
    return language.say("not_due", promise=said, day=outcome.day, due=language.both(names))
