"""How things stand: this week against last, streaks, the long arc, what to celebrate,
and the contract and the check-in questions read aloud."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import checkins, contracts, reports, still_open, tracking
from trust_tracker.models.entities import ItemKind, Partner
from trust_tracker.models.progress import Progress

from .. import screens
from ..alexa_apis import device_zone
from ..dialog import skill_context, speech, spoken_list, tell
from ..render import MAX_SPOKEN_MILESTONES, celebration, milestones_said
from ..speakers import PartnerIntentHandler, other_partner, tell_logged
from ..speech import Language
from ..speech_text import excerpt, named

MAX_SPOKEN_STREAKS = 2


class ProgressIntentHandler(PartnerIntentHandler):
    """ "How are we doing?": this week against last, streaks, and the long arc."""

    intents = ("ProgressIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context = skill_context(handler_input)
        week = reports.week_report(context.session, partner, context.now)
        return tell_progress(handler_input, week, [], card="card_progress", long_arc=True)


class MyProgressIntentHandler(PartnerIntentHandler):
    """ "How am I doing?": the speaker's own week against last, streaks and arc, never the couple's."""

    intents = ("MyProgressIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        week = reports.own_report(context.session, partner, context.now)
        mine = language.say("progress_own", name=partner.name)
        return tell_progress(handler_input, week, [mine], card="card_progress", long_arc=True)


class DueTodayIntentHandler(PartnerIntentHandler):
    """ "What's due today?": the speaker's promises due today and not yet logged, the ones "all of
    them" would log (models/still_open.py), in one short sentence; nothing saved."""

    intents = ("DueTodayIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        zone = device_zone(handler_input, partner.couple)
        left = still_open.all_meant(context.session, partner, now=context.now, device_zone=zone)
        if not left:
            return tell(handler_input, language.say("due_today_none"))
        return tell(handler_input, language.say("due_today", items=language.both(spoken_list(language, left))))


def tell_progress(
    handler_input: HandlerInput,
    week: reports.WeekReport,
    parts: list[str],
    *,
    card: str,
    long_arc: bool,
    always_celebrate: bool = False,
    figures: bool = True,
    checkin_over: bool = False,
) -> Response:
    """`parts`, then this week against last, the streaks (and the long arc), and what to
    celebrate (with `always_celebrate`, the week's kept promises when no milestone is new);
    shown on a card and, on a screen, as this week's tracker. Without `figures`, no
    numbers are read (the end of a check-in), only what is worth celebrating; `checkin_over`: said
    as a write is, so a name said in this session holds on ("Anything else, Alex?": tester D6)."""
    language = speech(handler_input)
    result = week.progress
    worth = celebration(language, week.milestones)
    if always_celebrate and (kept := reports.kept_to_celebrate(week)) is not None:  # only what really happened
        worth = language.count("celebrate_week" if kept.none_missed else "celebrate_week_with_misses", kept.kept)
    parts = [
        *parts,
        week_sentence(language, result) if figures else "",
        streak_sentence(language, result) if figures else "",
        arc_sentence(language, result) if long_arc else "",
        worth,
    ]
    text = " ".join(p for p in parts if p)
    screens.summary_card(handler_input, language.say(card), text)
    screens.tracker(handler_input, result)
    return tell_logged(handler_input, text, checkin_over=True) if checkin_over else tell(handler_input, text)


def week_sentence(language: Language, result: Progress) -> str:
    # Against the same days of last week (Monday to today's weekday): a fair comparison on a Tuesday.
    this, last = result.this_week, result.last_week_so_far
    if not this.total and not last.total:
        # Moments and small wins are activity too: never "nothing's been logged" over them.
        return (
            language.count("progress_moments_only", result.moments)
            if result.moments
            else language.say("progress_empty")
        )
    return language.say(
        "progress_weeks", kept=this.kept, missed=this.missed, last_kept=last.kept, last_missed=last.missed
    )


def streak_sentence(language: Language, result: Progress) -> str:
    going = sorted((s for s in result.streaks if s.length >= 2), key=lambda s: -s.length)[:MAX_SPOKEN_STREAKS]
    if not going:
        return ""
    parts = [language.say(f"streak_{s.unit}", name=named(s.commitment.spoken_name), count=s.length) for s in going]
    return language.say("streaks", streaks=language.both(parts))


def wins_said(language: Language, wins: list[str]) -> str:
    """This week's small wins, the latest in the couple's words: "" when there are none."""
    if not wins:
        return ""
    latest = excerpt(wins[0])
    if len(wins) == 1:
        return language.say("celebrate_win_one", note=latest) if latest else language.say("celebrate_win_one_plain")
    key = "celebrate_wins" if latest else "celebrate_wins_plain"
    return language.say(key, count=len(wins), note=latest)


def arc_sentence(language: Language, result: Progress) -> str:
    arc = result.arc
    if arc is None:
        return ""
    span = language.say("three_months") if arc.weeks >= 12 else language.count("weeks", arc.weeks)
    return language.say(f"arc_{arc.direction}", span=span, then=arc.then.in_ten, now=arc.now.in_ten)


class CelebrateIntentHandler(PartnerIntentHandler):
    """ "What should we celebrate?": the recent milestones, honestly."""

    intents = ("CelebrateIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        worth = reports.worth_celebrating(context.session, partner, context.now)
        recent, wins = worth.milestones, worth.wins
        said_wins = wins_said(language, wins)
        if not recent:
            text = said_wins or language.say("celebrate_nothing_yet")
        else:
            shown = recent[:MAX_SPOKEN_MILESTONES]
            milestones = language.say("celebrate_recent", items=milestones_said(language, shown, len(recent)))
            text = " ".join(filter(None, [milestones, said_wins]))
        screens.summary_card(handler_input, language.say("card_celebrate"), text)
        return tell(handler_input, text)


class ReadContractIntentHandler(PartnerIntentHandler):
    """ "Read our contract": the commitments; the boundaries only when asked for (a shared speaker)."""

    intents = ("ReadContractIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        version = contracts.active_version(context.session, partner.couple_id)
        if version is None:
            return tell(handler_input, language.say("no_contract"))
        parts = [language.say("contract_intro", number=version.number)]
        commitments, boundaries = version.items_of(ItemKind.COMMITMENT), version.items_of(ItemKind.BOUNDARY)
        if commitments:
            parts.append(language.say("contract_commitments", items=language.both(spoken_list(language, commitments))))
        if boundaries:
            parts.append(language.count("contract_boundaries_ask", len(boundaries)))
        if len(parts) == 1:
            parts.append(language.say("contract_empty"))
        return tell(handler_input, " ".join(parts))


class MyPromisesIntentHandler(PartnerIntentHandler):
    """ "What did I promise?": the promises the speaker may keep (tracking.loggable_commitments, who
    may log what), their own and the shared ones named apart; never the partner's as "yours"."""

    intents = ("MyPromisesIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        promises = tracking.loggable_commitments(context.session, partner)
        if not promises:
            return tell(handler_input, language.say("my_promises_none"))
        own = [c for c in promises if c.owner_id == partner.id]
        shared = [c for c in promises if c.owner_id is None]
        parts = [language.say("my_promises", items=language.both(spoken_list(language, own)))] if own else []
        if shared:
            other = other_partner(partner)
            key = "my_promises_shared" if other is not None else "my_promises_shared_alone"
            items = language.both(spoken_list(language, shared))
            parts.append(language.say(key, items=items, name=other.name if other else ""))
        return tell(handler_input, " ".join(parts))


class ReadBoundariesIntentHandler(PartnerIntentHandler):
    """ "What are our boundaries?": asked for, so read, after a one-line notice."""

    intents = ("ReadBoundariesIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, language = skill_context(handler_input), speech(handler_input)
        version = contracts.active_version(context.session, partner.couple_id)
        if version is None:
            return tell(handler_input, language.say("no_contract"))
        boundaries = version.items_of(ItemKind.BOUNDARY)
        if not boundaries:
            return tell(handler_input, language.say("boundaries_none"))
        items = language.both(spoken_list(language, boundaries))
        return tell(
            handler_input,
            " ".join([language.say("boundaries_notice"), language.say("contract_boundaries", items=items)]),
        )


class ReadCheckInQuestionsIntentHandler(PartnerIntentHandler):
    """ "What are this week's check-in questions?": read, for the couple to take their time with."""

    intents = ("ReadCheckInQuestionsIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        context, say = skill_context(handler_input), speech(handler_input).say
        questions = checkins.questions(context.session, partner.couple_id)
        if not questions:
            return tell(handler_input, say("no_questions"))
        parts = [say("questions_intro")]
        parts += [say("question", number=i, text=q) for i, q in enumerate(questions, start=1)]
        parts.append(say("questions_outro"))
        return tell(handler_input, " ".join(parts))
