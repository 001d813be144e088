"""The whole practice by voice: check-ins, logging, celebrations, progress, setbacks,
hard days, a pause, and acknowledging the partner's entries.

Conversations that take several turns keep their place in the session attribute
FLOW; every value read back from it is checked against the database, because
session attributes travel through the device.
"""

from __future__ import annotations

import re
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkins, contracts, milestones, progress, setbacks, speakers, tracking
from trust_tracker.models.entities import ContractItem, Couple, LogEntry, LogKind, Partner, Source
from trust_tracker.models.errors import DomainError, NotFound, ValidationError

from . import screens
from .handlers import (
    FLOW,
    IntentHandler,
    PartnerIntentHandler,
    ask,
    ask_again,
    celebrate,
    current_flow,
    elicit,
    elicit_answer,
    linked_couple,
    log_commitment,
    not_linked,
    offer_reflection,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
    tell_ssml,
    what_next,
)
from .speech import brief, clause

# Long answers are cut to fit what the domain keeps (brief() may add an ellipsis).
MAX_ANSWER = checkins.MAX_ANSWER - 1
MAX_REFLECTION = setbacks.MAX_REFLECTION - 1
MAX_NOTE = tracking.MAX_NOTE - 1
MAX_SPOKEN_STREAKS = 2
MAX_SPOKEN_ENTRIES = 3
MAX_HARD_DAY_ITEMS = 4


def _words(text: str) -> bool:
    return bool(re.search(r"\w", text))


# Said during a check-in question, these steer the conversation; they are never stored as answers.
_REPEAT = re.compile(
    r"\b(repeat|say (?:that|it) again|what was the question|come again|pardon|didn't (?:hear|catch))\b"
)
_SKIP = re.compile(
    r"^(?:(?:can we |let's |i'd like to |i want to )?(?:skip|pass)(?: (?:it|this|that|this one|that one|"
    r"this question|that question|for now))*|next|next question|next one|i'd rather not say|no comment)$"
)
_REQUEST = re.compile(
    r"^(?:alexa )?(?:how are we doing|start (?:our|the) check ?-?in|what should we celebrate|"
    r"(?:what are )?(?:this week's )?check ?-?in questions|read (?:our|the) contract|"
    r"we need a pause|help|stop|cancel)$"
)
YES_NO_STEPS = {"together?", "reflect?", "propose?"}


def _control(said: str) -> str | None:
    """ "repeat", "skip" or "request" when the words steer rather than answer; None for an answer."""
    text = " ".join(re.findall(r"[a-z0-9']+", said.lower().replace("-", " ")))
    text = re.sub(r"^(?:sorry|um|uh|okay|ok|please)\b ?", "", text).removesuffix(" please")
    if _REPEAT.search(text):
        return "repeat"
    if _SKIP.match(text):
        return "skip"
    if _REQUEST.match(text):
        return "request"
    return None


def _ids(value: object) -> list[int]:
    """Partner ids read back from the session: only whole numbers survive."""
    return [v for v in value if isinstance(v, int) and not isinstance(v, bool)] if isinstance(value, list) else []


# --- the weekly check-in ------------------------------------------------------------


class StartCheckInIntentHandler(PartnerIntentHandler):
    """ "Start our check-in": asks whether the partner is there too, then each question."""

    intents = ("StartCheckInIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        if not checkins.questions(context.session, partner.couple_id):
            return tell(handler_input, say("no_questions"))
        other = next((p for p in partner.couple.partners if p.id != partner.id), None)
        other_left = other is not None and checkins.next_question(context.session, other, context.now) is not None
        mine_left = checkins.next_question(context.session, partner, context.now) is not None
        if not mine_left and not other_left:
            return finish_checkin(handler_input, partner, already=True)
        if other is not None and other_left:
            session_attributes(handler_input)[FLOW] = {"name": "checkin", "step": "together?"}
            return ask(
                handler_input,
                say("checkin_together", other=other.name),
                say("checkin_together_reprompt", other=other.name),
            )
        return begin_checkin(handler_input, partner, [partner])


def begin_checkin(handler_input: HandlerInput, speaker: Partner, present: list[Partner]) -> Response:
    attributes = session_attributes(handler_input)
    attributes[FLOW] = {"name": "checkin", "order": [p.id for p in present], "asked": 0}
    return ask_next_question(handler_input, speaker)


def ask_next_question(handler_input: HandlerInput, speaker: Partner, prefix: str = "") -> Response:
    """The next unanswered question, for the first present partner who still has it; or the end."""
    context, say = skill_context(handler_input), speech(handler_input).say
    flow = current_flow(handler_input)
    order = _ids(flow.get("order"))
    present = sorted((p for p in speaker.couple.partners if p.id in order), key=lambda p: order.index(p.id))
    upcoming = [(q, p) for p in present if (q := checkins.next_question(context.session, p, context.now))]
    if not upcoming:
        return finish_checkin(handler_input, speaker, prefix=prefix)
    (position, text), partner = min(upcoming, key=lambda pair: pair[0][0])
    asked = flow.get("asked", 0)
    asked = asked if isinstance(asked, int) else 0
    flow.update(partner=partner.id, position=position, asked=asked + 1)
    session_attributes(handler_input)[FLOW] = flow
    # Both there: each is asked by name. The first question of a session past the first
    # one is where an earlier session stopped.
    key = "checkin_resume" if asked == 0 and position > 0 else "checkin_question"
    together = len(present) > 1
    question = say(f"{key}_to" if together else key, name=partner.name, number=position + 1, text=text)
    reprompt = say("checkin_to", name=partner.name, text=text) if together else text
    elicit_answer(handler_input)
    return ask(handler_input, " ".join(filter(None, [prefix, question])), reprompt)


def finish_checkin(
    handler_input: HandlerInput, partner: Partner, *, prefix: str = "", already: bool = False
) -> Response:
    """A short summary of the week, and what is worth celebrating."""
    context, language = skill_context(handler_input), speech(handler_input)
    say = language.say
    session_attributes(handler_input).pop(FLOW, None)
    parts = [prefix] if prefix else []
    status = checkins.checkin_progress(context.session, partner.couple, context.now)
    if status.complete:
        parts.append(say("checkin_already_done" if already else "checkin_done"))
    else:
        waiting = [p for p in partner.couple.partners if status.answered.get(p.id, 0) < status.total]
        parts.append(say("checkin_saved"))
        if waiting:
            parts.append(say("checkin_later", name=language.both([p.name for p in waiting])))
    return tell_progress(handler_input, partner, parts, card="card_checkin", long_arc=False, always_celebrate=True)


def tell_progress(
    handler_input: HandlerInput,
    partner: Partner,
    parts: list[str],
    *,
    card: str,
    long_arc: bool,
    always_celebrate: bool = False,
) -> Response:
    """`parts`, then this week against last, the streaks (and the long arc), and what to
    celebrate (with `always_celebrate`, the week's kept promises when no milestone is new);
    shown on a card and, on a screen, as this week's tracker."""
    context, say = skill_context(handler_input), speech(handler_input).say
    result = progress.progress(context.session, partner, context.now)
    worth = celebrate(handler_input, partner)
    if not worth and always_celebrate and result.this_week.kept:  # honest: only what really happened
        kept = result.this_week.kept
        worth = say("celebrate_week_one") if kept == 1 else say("celebrate_week", count=kept)
    parts = [
        *parts,
        week_sentence(handler_input, result),
        streak_sentence(handler_input, result),
        arc_sentence(handler_input, result) if long_arc else "",
        worth,
    ]
    text = " ".join(p for p in parts if p)
    screens.summary_card(handler_input, say(card), text)
    screens.tracker(handler_input, result)
    return tell(handler_input, text)


class AnswerIntentHandler(IntentHandler):
    """Free-form words captured for a question the skill asked (check-in or reflection)."""

    intents = ("AnswerIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        name = flow.get("name")
        if name == "checkin" and "position" in flow:
            return self._checkin(handler_input, couple, flow, slot_text(handler_input, "answer", MAX_ANSWER))
        if name == "setback" and flow.get("step") in ("trigger", "prevention"):
            return self._reflection(handler_input, couple, flow, slot_text(handler_input, "answer", MAX_REFLECTION))
        say = speech(handler_input).say
        if flow.get("step") in YES_NO_STEPS:  # "I think so" to a yes-or-no question
            return ask_again(handler_input, say("yes_or_no")) or what_next(handler_input, say("not_expecting"))
        return ask_again(handler_input, say("fallback_pending")) or what_next(handler_input, say("not_expecting"))

    @staticmethod
    def _checkin(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        partner = speakers.member(couple, flow.get("partner"))
        position = flow.get("position")
        if partner is None or not isinstance(position, int):
            session_attributes(handler_input).pop(FLOW, None)
            return what_next(handler_input, say("lost_place"))
        if not _words(said):
            return ask_again(handler_input, say("checkin_empty")) or what_next(handler_input, say("lost_place"))
        control = _control(said)
        if control == "repeat":
            return ask_again(handler_input) or what_next(handler_input, say("lost_place"))
        if control == "skip":
            return skip_question(handler_input, partner)
        if control == "request":  # "how are we doing", "start our check-in": not an answer
            return ask_again(handler_input, say("checkin_not_an_answer")) or what_next(handler_input)
        try:
            checkins.save_answer(context.session, partner, position, said, source=Source.VOICE, now=context.now)
        except ValidationError:
            # The questions changed on the site meanwhile: carry on from wherever they are now.
            return ask_next_question(handler_input, partner)
        speaker = next((p for p in couple.partners if p.id in _ids(flow.get("order"))), partner)
        return ask_next_question(handler_input, speaker, prefix=say("checkin_thanks"))

    @staticmethod
    def _reflection(handler_input: HandlerInput, couple: Couple, flow: dict[str, Any], said: str) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        partner = speakers.member(couple, flow.get("partner"))
        setback_id = flow.get("setback")
        if partner is None or not isinstance(setback_id, int):
            session_attributes(handler_input).pop(FLOW, None)
            return what_next(handler_input, say("lost_place"))
        if not _words(said):
            elicit_answer(handler_input)
            key = "reflect_trigger" if flow["step"] == "trigger" else "reflect_prevention"
            return ask(handler_input, say("reflect_empty") + " " + say(key), say(key))
        step = flow["step"]
        try:
            setbacks.reflect(
                context.session, partner, setback_id, **{"trigger" if step == "trigger" else "prevention": said}
            )
        except NotFound:  # a stale or forged session: not this couple's setback
            session_attributes(handler_input).pop(FLOW, None)
            return what_next(handler_input, say("lost_place"))
        if step == "trigger":
            flow["step"] = "prevention"
            elicit_answer(handler_input)
            return ask(
                handler_input, say("reflect_thanks") + " " + say("reflect_prevention"), say("reflect_prevention")
            )
        if contracts.active_version(context.session, couple.id) is None:  # nothing agreed to change yet
            session_attributes(handler_input).pop(FLOW, None)
            return tell(handler_input, say("reflect_saved") + " " + say("reflect_saved_no_contract"))
        flow["step"] = "propose?"
        return ask(handler_input, say("reflect_saved") + " " + say("offer_change"), say("offer_change_reprompt"))


def skip_question(handler_input: HandlerInput, partner: Partner) -> Response:
    """ "Skip": nothing saved; the question stays open for later (by voice it resumes there)."""
    return finish_checkin(handler_input, partner, prefix=speech(handler_input).say("checkin_skipped"))


class NextIntentHandler(IntentHandler):
    """ "Skip", "next question": during a check-in question, leave it for later."""

    intents = ("AMAZON.NextIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        couple = linked_couple(handler_input)
        if couple is None:
            return not_linked(handler_input)
        flow = current_flow(handler_input)
        partner = speakers.member(couple, flow.get("partner"))
        say = speech(handler_input).say
        if flow.get("name") == "checkin" and "position" in flow and partner is not None:
            return skip_question(handler_input, partner)
        return ask_again(handler_input, say("fallback_pending")) or what_next(handler_input, say("fallback_pending"))


# --- yes and no -------------------------------------------------------------------


class YesIntentHandler(PartnerIntentHandler):
    intents = ("AMAZON.YesIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return answer_yes_no(handler_input, partner, True)


class NoIntentHandler(PartnerIntentHandler):
    intents = ("AMAZON.NoIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return answer_yes_no(handler_input, partner, False)


def answer_yes_no(handler_input: HandlerInput, partner: Partner, yes: bool) -> Response:
    context, say = skill_context(handler_input), speech(handler_input).say
    flow = current_flow(handler_input)
    step = (flow.get("name"), flow.get("step"))
    if step == ("checkin", "together?"):
        present = list(partner.couple.partners) if yes else [partner]
        present.sort(key=lambda p: p.id != partner.id)  # the speaker first
        return begin_checkin(handler_input, partner, present)
    if step == ("setback", "reflect?"):
        if not yes:
            session_attributes(handler_input).pop(FLOW, None)
            return tell(handler_input, say("reflect_later"))
        entry_id = flow.get("entry")
        try:
            if not isinstance(entry_id, int):
                raise NotFound("not an entry id")
            setback = setbacks.start_setback(context.session, partner, entry_id, now=context.now)
        except DomainError:  # a stale or forged session: not this couple's entry
            session_attributes(handler_input).pop(FLOW, None)
            return what_next(handler_input, say("lost_place"))
        flow.update(step="trigger", setback=setback.id, partner=partner.id)
        elicit_answer(handler_input)
        return ask(handler_input, say("reflect_trigger"), say("reflect_trigger"))
    if step == ("setback", "propose?"):
        session_attributes(handler_input).pop(FLOW, None)
        setback_id = flow.get("setback")
        if not isinstance(setback_id, int):
            return what_next(handler_input, say("lost_place"))
        if not yes:
            return tell(handler_input, say("change_not_proposed"))
        try:
            version = setbacks.propose_change_from_setback(context.session, partner, setback_id, now=context.now)
        except DomainError as refused:
            # Kindly said by the domain (e.g. a proposal already open); the reflection stays saved.
            return tell(handler_input, str(refused))
        text = say("change_proposed", number=version.number)
        screens.summary_card(handler_input, say("card_change"), text)
        return tell(handler_input, text)
    return what_next(handler_input, say("yes_no_out_of_place"))


# --- logging the rest of the practice ----------------------------------------------


class LogMissedIntentHandler(PartnerIntentHandler):
    """ "I missed my promise to call when late": logged, thanked, and a reflection offered."""

    intents = ("LogMissedIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return log_commitment(handler_input, partner, LogKind.MISSED)


class NoteIntentHandler(PartnerIntentHandler):
    """An entry that is its own words: a moment of reliability, a small win, a breach."""

    kind: LogKind
    slot = "note"
    required = True

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        said = slot_text(handler_input, self.slot, MAX_NOTE)
        if not _words(said):
            said = ""
        key = self.kind.value
        if self.required and not said:
            # Whatever is said next is this note, for this same intent.
            elicit(handler_input, self.intents[0], self.slot)
            return ask(handler_input, say(f"{key}_what"), say(f"{key}_what"))
        entry = tracking.log_entry(context.session, partner, self.kind, source=Source.VOICE, note=said, now=context.now)
        confirmation = say(f"{key}_logged" if said else f"{key}_logged_plain", note=clause(said, 200))
        if self.kind is LogKind.BREACH:
            return offer_reflection(handler_input, partner, entry.id, confirmation)
        screens.summary_card(handler_input, say("card_logged"), confirmation)
        return tell(handler_input, " ".join(filter(None, [confirmation, celebrate(handler_input, partner)])))


class LogReliabilityIntentHandler(NoteIntentHandler):
    intents = ("LogReliabilityIntent",)
    kind = LogKind.RELIABILITY


class LogSmallWinIntentHandler(NoteIntentHandler):
    intents = ("LogSmallWinIntent",)
    kind = LogKind.SMALL_WIN


class LogBreachIntentHandler(NoteIntentHandler):
    intents = ("LogBreachIntent",)
    kind = LogKind.BREACH
    required = False  # naming a breach is hard enough; details can wait


class AcknowledgeIntentHandler(PartnerIntentHandler):
    """ "Acknowledge Sam's entries": the partner's recent entries are marked as seen."""

    intents = ("AcknowledgeIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        say = language.say
        other = next((p for p in partner.couple.partners if p.id != partner.id), None)
        if other is None:
            return tell(handler_input, say("ack_alone"))
        named = slot_text(handler_input, "partner")
        if named and partner.name.lower() in named.lower() and other.name.lower() not in named.lower():
            return tell(handler_input, say("ack_own", other=other.name))
        pending = tracking.unacknowledged_partner_entries(context.session, partner, context.now)
        count = tracking.acknowledge_partner_entries(context.session, partner, context.now)
        if not count:
            return tell(handler_input, say("ack_none", other=other.name))
        described = [describe_entry(handler_input, e) for e in pending[-MAX_SPOKEN_ENTRIES:]]
        text = say("ack_done", other=other.name, count=count, entries=language.both(described))
        return tell(handler_input, text)


def describe_entry(handler_input: HandlerInput, entry: LogEntry) -> str:
    say = speech(handler_input).say
    name = ""
    if entry.lineage_id is not None:
        item = next((c for c in _commitments(handler_input, entry.couple_id) if c.lineage_id == entry.lineage_id), None)
        name = clause(item.spoken_name, 60) if item else ""
    return say(f"entry_{entry.kind.value}", name=name or say("a_promise"), note=clause(entry.note, 60))


def _commitments(handler_input: HandlerInput, couple_id: int) -> list[ContractItem]:
    return contracts.active_commitments(skill_context(handler_input).session, couple_id)


# --- celebrations and progress ------------------------------------------------------


class CelebrateIntentHandler(PartnerIntentHandler):
    """ "What should we celebrate?": the recent milestones, honestly."""

    intents = ("CelebrateIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        milestones.record_milestones(context.session, partner, context.now)
        recent = milestones.recent(context.session, partner.couple_id, limit=3)
        fresh = milestones.uncelebrated(context.session, partner.couple_id)
        milestones.mark_celebrated(context.session, partner.couple_id, [m.id for m in fresh], context.now)
        if not recent:
            text = language.say("celebrate_nothing_yet")
        else:
            text = language.say("celebrate_recent", items=" ".join(brief(language.milestone(m), 200) for m in recent))
        screens.summary_card(handler_input, language.say("card_celebrate"), text)
        return tell(handler_input, text)


def week_sentence(handler_input: HandlerInput, result: progress.Progress) -> str:
    say = speech(handler_input).say
    this, last = result.this_week, result.last_week
    if not this.total and not last.total:
        return say("progress_empty")
    return say("progress_weeks", kept=this.kept, missed=this.missed, last_kept=last.kept, last_missed=last.missed)


def streak_sentence(handler_input: HandlerInput, result: progress.Progress) -> str:
    language = speech(handler_input)
    going = sorted((s for s in result.streaks if s.length >= 2), key=lambda s: -s.length)[:MAX_SPOKEN_STREAKS]
    if not going:
        return ""
    parts = [language.say(f"streak_{s.unit}", name=clause(s.commitment.spoken_name, 60), count=s.length) for s in going]
    return language.say("streaks", streaks=language.both(parts))


def arc_sentence(handler_input: HandlerInput, result: progress.Progress) -> str:
    say = speech(handler_input).say
    arc = result.arc
    if arc is None:
        return ""
    span = say("three_months") if arc.weeks >= 12 else say("weeks", count=arc.weeks)
    return say(f"arc_{arc.direction}", span=span, then=arc.then.in_ten, now=arc.now.in_ten)


class ProgressIntentHandler(PartnerIntentHandler):
    """ "How are we doing?": this week against last, streaks, and the long arc."""

    intents = ("ProgressIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return tell_progress(handler_input, partner, [], card="card_progress", long_arc=True)


# --- hard days and a pause ---------------------------------------------------------


class HardDayIntentHandler(PartnerIntentHandler):
    """ "I'm having a hard day": logged for the partner to see; today's simplified forms read."""

    intents = ("HardDayIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        say = language.say
        day = tracking.hard_day(context.session, partner, context.now)
        other = next((p for p in partner.couple.partners if p.id != partner.id), None)
        parts = [say("hard_day_shared", other=other.name) if other is not None else say("hard_day_sorry")]
        due = day.today[:MAX_HARD_DAY_ITEMS]
        simpler = [say("hard_day_item", name=clause(i.name, 60), form=clause(i.form, 160)) for i in due if i.simplified]
        as_usual = [clause(i.name, 60) for i in due if not i.simplified]  # no simpler form agreed: said plainly
        if simpler:
            parts.append(say("hard_day_forms", forms="; ".join(simpler)))
        if as_usual:
            parts.append(say("hard_day_as_usual", items=language.both(as_usual)))
        if not due:
            parts.append(say("hard_day_nothing_due"))
        if other is not None:
            parts.append(say("hard_day_touch_base", other=other.name))
        text = " ".join(parts)
        screens.summary_card(handler_input, say("card_hard_day"), text)
        return tell(handler_input, text)


class PauseIntentHandler(IntentHandler):
    """ "We need a pause": slow, calm, nothing logged; works on any device, linked or not."""

    intents = ("TakeAPauseIntent",)

    def handle(self, handler_input: HandlerInput) -> Response:
        return tell_ssml(handler_input, speech(handler_input).pause_ssml())
