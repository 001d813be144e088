"""Something to log heard while a check-in question waits: "Shall I log that? Or, if it was your
answer, say: my answer." asked, and what it holds in the check-in's flow till it is answered
(checkin_held.settle_held answers it)."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import tracking
from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.entities import ContractItem, Couple, LogKind, Partner
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import requested, without_aside
from trust_tracker.models.told_words import described

from ..breach_doer import partners_promise
from ..days_said import dated
from ..dialog import FLOW, ask, elicit_answer, session_attributes, skill_context, speech
from ..grammar import promise
from ..hedges import without_hedge
from ..pointing import one_of_them
from ..said_alone import HELD_INTENTS
from ..said_commands import trailing_command
from ..speakers import current_partner
from ..speech_text import excerpt
from ..steering import request_intent
from ..understanding import commitments_named, kind_said
from .checkin_flow import HELD_DAY, HELD_NAMED, HELD_SAID, HELD_STEP, HELD_TRIES, SKIPPED_STEP, take_up_offered_skip
from .hard_day import hard_day_on

_PROMISES = {"LogKeptIntent": LogKind.KEPT, "LogMissedIntent": LogKind.MISSED}
# A note held, named by its kind in "Shall I log a small win: …?".
_NOTE_KINDS = {"LogSmallWinIntent": "a small win", "LogReliabilityIntent": "a moment of reliability"}


def to_log(handler_input: HandlerInput, couple: Couple, said: str, steer: str | None) -> tuple[str, str] | None:
    """Something to log said as an answer, as (intent, its words): a request to log ("I
    missed my promise to call", "hang on, log a small win: ..."), words ending with a command
    naming the kind ("we sorted the bins, log that as a win"), or something done or not that
    names one of the couple's promises ("I missed the evening talk on Thursday"); None otherwise."""
    request = request_intent(requested(said)) if steer == "request" else None
    if request is not None and request[0] in HELD_INTENTS:
        intent, slots = request
        return intent, next(iter(slots.values()), "")
    command = trailing_command(without_aside(said)) if steer in (None, "request") else None
    if command is not None and command[0] is not None:
        return command[0], command[1]
    done = described(said) if steer is None else None
    today = local_today(couple, skill_context(handler_input).now)
    if done is not None and done.what in ("kept", "missed") and one_of_them(dated(done.words, today)[1]):
        # "I forgot one of my promises yesterday": a request to log, which one asked once it is confirmed
        return ("LogMissedIntent" if done.what == "missed" else "LogKeptIntent"), done.words
    promises = active_commitments(skill_context(handler_input).session, couple.id) if done else []
    if done is None or not commitments_named(done.words, promises):
        return None
    return ("LogMissedIntent" if done.what == "missed" else "LogKeptIntent"), done.words


def ask_log_or_answer(
    handler_input: HandlerInput,
    flow: dict[str, Any],
    intent: str,
    words: str,
    *,
    named: list[int] | None = None,
    said: str = "",
) -> Response:
    """ "Shall I log that? Or, if it was your answer, say: my answer.": something to log
    (`intent` and its slot's `words`; `named`: what Alexa resolved them to; `said`: the whole
    sentence, when it came as an answer) held, neither logged nor saved until answered
    (checkin_held.settle_held): yes logs it, no leaves it, each meaning one thing."""
    say = speech(handler_input).say
    speaker = current_partner(handler_input)
    if flow.get("step") == SKIPPED_STEP and speaker is not None:  # "the question" is the one offered again
        take_up_offered_skip(handler_input, speaker.couple, flow)
    # "… on Monday": that day's when it is logged, whatever is asked meanwhile.
    today = local_today(speaker.couple, skill_context(handler_input).now) if speaker is not None else None
    day = (dated(said, today)[0] or dated(words, today)[0]) if today is not None else None
    held: dict[str, object] = {"step": HELD_STEP, "held": words, "held_intent": intent, HELD_NAMED: named or []}
    held.update({HELD_SAID: said, HELD_DAY: day.isoformat() if day is not None else None})
    flow.update(held)
    flow.pop(HELD_TRIES, None)
    session_attributes(handler_input)[FLOW] = flow
    elicit_answer(handler_input)
    return ask(
        handler_input, _what_a_yes_logs(handler_input, speaker, intent, words), say("checkin_log_or_answer_reprompt")
    )


def _what_a_yes_logs(handler_input: HandlerInput, speaker: Partner | None, intent: str, words: str) -> str:
    """ "Shall I log that you kept your evening talk?", "… a small win: …", "… a hard day for Friday": what a
    yes logs, named when the words say it plainly; "Shall I log that?" when they leave it open."""
    language = speech(handler_input)
    if speaker is not None and intent == "HardDayIntent" and (on := hard_day_on(handler_input, speaker, words)):
        return language.say("checkin_log_hard_day_or_answer", day=on)
    held = _promise_held(handler_input, speaker, intent, words) if speaker is not None else None
    if held is not None:
        item, kind = held
        return language.say(f"checkin_log_{kind.value}_or_answer", promise=promise(language, item.spoken_name))
    if intent in _NOTE_KINDS and words:
        return language.say("checkin_log_note_or_answer", kind=_NOTE_KINDS[intent], note=excerpt(words).rstrip(".!?"))
    return language.say("checkin_log_or_answer")


def _promise_held(
    handler_input: HandlerInput, partner: Partner, intent: str, words: str
) -> tuple[ContractItem, LogKind] | None:
    """The one promise a keep or miss held names, when it is `partner`'s to log (tracking.loggable_commitments)
    and told of them, and whether a yes keeps or misses it; None when the words name none, several, or the
    other's keep or miss ("Sam kept her promise to call": hers to log, said at the yes)."""
    if intent not in _PROMISES or not words:
        return None
    session = skill_context(handler_input).session
    plain = without_hedge(dated(words, local_today(partner.couple, skill_context(handler_input).now))[1])
    agreed = active_commitments(session, partner.couple_id, lineages=True)
    named, kind = commitments_named(plain, agreed), kind_said(plain, _PROMISES[intent])
    if len(named) != 1 or partners_promise(words, partner, kind, [], agreed) is not None:
        return None
    loggable = {c.lineage_id for c in tracking.loggable_commitments(session, partner)}
    return (named[0], kind) if named[0].lineage_id in loggable else None


def on_record(handler_input: HandlerInput, partner: Partner, intent: str, words: str) -> str:
    """A keep or miss told as an answer that is on record already for its day ("I missed the evening talk",
    its miss logged this morning): what is on record, said before the answer is saved; "" otherwise."""
    held = _promise_held(handler_input, partner, intent, words)
    if held is None:
        return ""
    (item, kind), context = held, skill_context(handler_input)
    today = local_today(partner.couple, context.now)
    day = dated(words, today)[0] or today
    refused = tracking.day_taken(context.session, partner, item.lineage_id, kind, day, today)
    return str(refused) if refused is not None else ""
