"""Logging that waits for a yes: words that leave open whether it was done ("I sort of kept the
evening talk"), a lapse told as a keep; and how a logged keep or miss is confirmed (several at once:
log_several.py). Hedged words are confirmed ("Shall I log that as kept?") and nothing is saved before the answer. What waits
for the yes is in the session, checked again when it comes back.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import logbook, still_open, tracking
from trust_tracker.models.entities import ContractItem, LogKind, Partner
from trust_tracker.models.localtime import entry_date, local_today
from trust_tracker.models.logbook import Doer

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
    session_attributes,
    skill_context,
    speech,
    vary,
)
from ..goes_against import against_one
from ..grammar import promise
from ..naming import Shared, shared
from ..speech import Language
from ..speech_text import named
from .which_one_ask import day_asked


def forget_waiting(handler_input: HandlerInput) -> None:
    """A new request to log: whatever waited for a yes is dropped."""
    attributes = session_attributes(handler_input)
    attributes.pop(PENDING_ALL, None)
    attributes.pop(PENDING_HEDGE, None)


def confirm_hedge(
    handler_input: HandlerInput, partner: Partner, kind: LogKind, said: str, named_ids: list[int], unsure: bool
) -> Response:
    """ "I sort of kept the evening talk": "Shall I log that as kept?", nothing saved yet."""
    say = speech(handler_input).say
    doubt = "unsure" if unsure else "partly"  # "I think I did": not sure, rather than half done
    waiting = {"kind": kind.value, "said": said, "ids": named_ids, "partner": partner.id}
    return _wait_for_yes(
        handler_input, waiting, say(f"hedge_{doubt}_{kind.value}"), say(f"hedge_reprompt_{kind.value}")
    )


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
    key = ("missed_after" if told else "against_after") if done else "against"
    asked = language.say(key, promise=promise(language, item.spoken_name))
    return _wait_for_yes(
        handler_input, waiting, " ".join(filter(None, [done, asked])), language.say("hedge_reprompt_missed")
    )


def confirm_told_kept(handler_input: HandlerInput, partner: Partner, said: str, item: ContractItem) -> Response:
    """ "the kids were up till ten but we still had our evening talk": one's own keep told in a scene (heard
    through a carrier, skill/carrier_promise.py), asked before it is logged, on the day said with it, as a
    hedge waits: "That sounds like your evening talk was kept. Shall I log it as kept?" """
    language = speech(handler_input)
    day, _ = dated(said, local_today(partner.couple, skill_context(handler_input).now))
    waiting = {"kind": LogKind.KEPT.value, "said": said, "ids": [item.lineage_id], "partner": partner.id}
    waiting["day"] = day.isoformat() if day is not None else None
    asked = language.say("told_kept", promise=promise(language, item.spoken_name))
    return _wait_for_yes(handler_input, waiting, asked, language.say("hedge_reprompt_kept"))


def _wait_for_yes(handler_input: HandlerInput, waiting: dict[str, Any], asked: str, reprompt: str) -> Response:
    """`asked`, what is to be logged waiting in the session for the yes (hedge_waiting reads it back); its yes or
    no is taken in words too ("actually no", "erm yes")."""
    session_attributes(handler_input)[PENDING_HEDGE] = waiting
    elicit_answer(handler_input)
    return ask(handler_input, asked, reprompt)


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
    over_partner: bool = False  # asked after "Sam logged it as kept today": a yes logs it all the same


def hedge_waiting(handler_input: HandlerInput, partner: Partner) -> Hedged | None:
    """What waits for `partner`'s yes to "Shall I log that as kept?" (taken out of the session), if anything."""
    waiting = waiting_for(handler_input, PENDING_HEDGE, partner)
    said = waiting.get("said") if waiting is not None else None
    if waiting is None or not isinstance(said, str):
        return None
    told = waiting.get("told")
    told = told if isinstance(told, str) and len(told) <= tracking.MAX_NOTE else None
    day = day_asked(waiting, local_today(partner.couple, skill_context(handler_input).now))  # within the week
    return Hedged(waiting["kind"], said, ids(waiting.get("ids")), told, day, waiting.get("over_partner") is True)


def waiting_for(handler_input: HandlerInput, key: str, partner: Partner) -> dict[str, Any] | None:
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
