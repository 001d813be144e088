"""Logging a kept or missed promise by voice (a moment of reliability and a small win:
notes.py; a breach: breach.py; a hard day: hard_day.py).

Each intent makes one call to models.logbook (or tracking) and renders its outcome; the
question "which one?" and what was offered with it stay here, in the session.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import logbook, still_open, tracking
from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.entities import LogKind, Partner
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.localtime import local_today
from trust_tracker.models.steering_words import control, hesitates, is_filler

from .. import screens
from ..alexa_apis import device_zone
from ..breach_doer import partners_promise
from ..days_said import dated
from ..deeds_told import deed_told, reason_told
from ..dialog import (
    FLOW,
    IDENTIFY_INTENT,
    IDENTIFY_SLOT,
    PENDING_LOG,
    ask,
    ask_again,
    ask_again_paused,
    ids,
    replay,
    session_attributes,
    skill_context,
    slot_text,
    speech,
    tell,
)
from ..feelings_said import a_feeling_or_wish, low_mood
from ..goes_against import lapse_after, unplaced_lapse
from ..grammar import promise
from ..hedges import hedged, unsure, wished, without_hedge
from ..idioms import everyday_idiom
from ..kind_only import kind_only, setback_story
from ..naming import content_words
from ..partner_names import partner_named
from ..pointing import all_of_them, none_of_those, not_known, points_at
from ..render import celebration
from ..replies_said import notes_as_moment, says_no, says_yes
from ..said_alone import glad_note
from ..speakers import PartnerIntentHandler, resolved_commitments, tell_logged
from ..steering import request_instead, speaker_correction
from ..stranger_words import stranger_named
from ..understanding import (
    Words,
    closest,
    commitments_named,
    has_words,
    kind_said,
    names_nothing,
    several_named,
    sharing,
    unrelated,
)
from ..ways_out import ends
from ..yes_no_asked import plain_answer
from .day_asked import DayGiven, ask_day, day_answered, day_refused
from .lapse import held_boundary, offer_breach
from .log_several import confirm_several, log_several
from .logbook_confirm import (
    confirm,
    confirm_against,
    confirm_hedge,
    forget_waiting,
    none_left,
    not_due,
)
from .moment_offered import log_moment, moment_offered
from .partner_otherwise import confirm_over_partner
from .setback_told import log_setback_told, offer_reflection
from .which_one_ask import (
    MAX_WHICH_ONE,
    ask_called,
    ask_which_one,
    day_asked,
    lapse_which,
    partners_moment,
    reason_which,
    which_one_again,
)
from .which_one_left import nothing_named


class LogKeptIntentHandler(PartnerIntentHandler):
    """ "I kept my promise (to call when late)": see log_commitment."""

    intents = ("LogKeptIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        # A name said while a reflection or check-in waits is a new request: drop the old place.
        session_attributes(handler_input).pop(FLOW, None)
        return log_commitment(handler_input, partner, LogKind.KEPT)


class LogMissedIntentHandler(PartnerIntentHandler):
    """ "I missed my promise to call when late": logged, thanked, and a reflection offered."""

    intents = ("LogMissedIntent",)

    def handle_for(self, handler_input: HandlerInput, partner: Partner) -> Response:
        return log_commitment(handler_input, partner, LogKind.MISSED)


def log_commitment(
    handler_input: HandlerInput,
    partner: Partner,
    kind: LogKind,
    confirmed: tuple[str, list[int]] | None = None,
    lapse_words: str | None = None,
    *,
    on: date | None = None,
    over_partner: bool = False,
) -> Response:
    """Kept or missed, for the commitment named in the `commitment` slot.

    Without a commitment named ("I kept my promise"), which one is asked first, as for a name
    that fits several: logged unattached at once, it could not be given its promise afterwards
    (tester-voice13 #8); only with no promise to choose is it logged unattached. A day said
    ("yesterday", "on Monday": skill/days_said.py) dates the entry, kept while "which one?"
    waits, and is no part of the note. With a name: one match is logged; several, or none, ask which one
    (listing the speaker's own and shared commitments), remember the candidates in the
    session, and the answer completes the log: by name, by position ("the first one"),
    or "none of those" (nothing logged: they hear how to name it next time, as after two
    unclear answers). The words decide kept or missed
    ("log that I forgot to call" is a miss); words that leave it open ("I sort of kept it")
    are confirmed first, and `confirmed` are those words (and what Alexa resolved them to) once
    they were (`over_partner`: a yes to "Sam logged it as kept today: shall I log that you missed it?");
    `lapse_words`, those a yes to "… went against …: shall I log it as missed?" keeps as
    the note. "All of them" and "both" go to log_several. A miss goes on to offer a reflection; a keep ends with the confirmation and anything newly worth celebrating.
    """
    context, language = skill_context(handler_input), speech(handler_input)
    attributes = session_attributes(handler_input)
    said, named_ids = confirmed or (slot_text(handler_input, "commitment"), resolved_commitments(handler_input))
    if confirmed is None and (note := glad_note(said)) is not None:
        return replay(handler_input, *note)  # "I'm chuffed, log a moment, Sam rang …": the moment, never a keep
    today = local_today(partner.couple, context.now)
    given = day_answered(handler_input, said, today) if confirmed is None else None
    if isinstance(given, DayGiven):  # "Tuesday" to "Which day was that?": the words kept, on that day
        return log_commitment(handler_input, partner, given.kind, (given.said, given.named_ids), on=given.day)
    if (
        refused := given or day_refused(handler_input, kind, said, today, may_ask=True, named_ids=named_ids)
    ) is not None:
        return refused  # "tomorrow", "a fortnight ago": never logged today instead (tester D3); "the other day": asked
    heard, (day, said) = said, dated(said, today)  # "… yesterday", "three days ago": its date
    day = day or on  # the day a yes to "… went against …: shall I log it as missed?" was asked with
    forget_waiting(handler_input)
    if isinstance(attributes.get(PENDING_LOG), dict):  # "actually no" to "which one?": a no, never a name (tv37 D11)
        said = plain_answer(said)
    left = ends(said)  # "never mind", "no thanks", "that's all": to "which one?", nothing to log
    asked = attributes.get(PENDING_LOG)
    asked = asked if isinstance(asked, dict) else None
    if asked is not None and (speaker_correction(partner.couple, said) or stranger_named(partner.couple, said)):
        # "Actually this is Sam" to "which one?": who, not which (read before the name blanks the words).
        return replay(handler_input, IDENTIFY_INTENT, {IDENTIFY_SLOT: said})
    if (
        asked is not None
        and not left
        and has_words(said)
        and hesitates(said)
        and (again := ask_again_paused(handler_input))
    ):
        return again  # "hold on", "erm" to "which one?": asked again gently, no try spent (tester-voice36 D10)
    if not has_words(said) or is_filler(said) or partner_named(partner.couple, said):
        said = ""  # only punctuation, Alexa's "?", or "my promise to Sam": no commitment named
    if (only := kind_only(said, kind)) is not None:
        kind, said = only, ""  # "broke a promise", "we had a setback": which one is asked, no note
    if asked is None and confirmed is None and (story := setback_story(said)) is not None:
        return lapse_which(handler_input, partner, story, day)  # "I had a setback, I snapped at Sam": what happened
    against_a_promise = partial(lapse_which, handler_input, partner, said, day)  # "… on Friday": that day's
    if (
        asked is None
        and confirmed is None
        and unplaced_lapse(said, tracking.loggable_commitments(context.session, partner))
    ):
        return against_a_promise()  # "i was defensive when she asked": which promise, never the phone's guessed
    if (
        confirmed is None
        and (lapse := offer_breach(handler_input, partner, said, no_boundary=against_a_promise, told=heard)) is not None
    ):
        return lapse  # "I had a cheeky punt": a possible breach of their boundary, never a keep
    # "I sort of missed it" is a miss, to confirm; once a yes settled it, the words are not read again.
    asked_kind, kind = kind, kind if confirmed else kind_said(without_hedge(said), kind)
    # "half hour walk" hedges nothing; their lineages hold the phrasings hedged() reads
    agreed = active_commitments(context.session, partner.couple_id, lineages=True)
    if confirmed is None and (partners := partners_promise(said, partner, kind, named_ids, agreed)) is not None:
        attributes.pop(PENDING_LOG, None)  # "Sam did the house jobs": Sam's to log, never the speaker's
        if kind is LogKind.KEPT:  # what Alex saw Sam keep: a moment of reliability, offered (tv37 D8)
            return partners_moment(handler_input, partners.name, heard)
        return tell(handler_input, language.say("partners_own_log", name=partners.name))
    if (
        confirmed is None
        and (asked_kind, kind) == (LogKind.KEPT, LogKind.MISSED)
        and not commitments_named(said, agreed)
        and held_boundary(handler_input, partner, said)
    ):
        kind = LogKind.KEPT  # "I haven't touched online poker all week": a boundary held, no promise missed
    if confirmed is None and kind is LogKind.KEPT and said and wished(said) and commitments_named(said, agreed):
        return tell(handler_input, language.say("wish_not_logged"))  # "I'm dying to go on our walk": not yet
    if confirmed is None and said and hedged(said, agreed):  # "I sort of kept it": asked, never guessed
        # The words with their day, so the yes logs that day; "I think I" asked as doubt, not half done.
        return confirm_hedge(handler_input, partner, kind, without_hedge(heard), named_ids, unsure(heard))
    if confirmed is not None and names_nothing(said) and not named_ids:
        # "I half did it", confirmed: which one it was is asked, not left unattached.
        choices = tracking.loggable_commitments(context.session, partner)
        if choices:
            return ask_which_one(handler_input, kind, "which_one", choices)
    if asked is not None and (other := request_instead(said)) is not None:
        # "What are this week's questions" said to "which one?": no answer, so the question is
        # dropped and the request served as itself (never a promise guessed from its words).
        attributes.pop(PENDING_LOG, None)
        return replay(handler_input, *other)
    if asked is not None and control(said) == "repeat" and (again := ask_again(handler_input)) is not None:
        return again  # "list them", "what are they": the choices again, no try spent
    if asked is not None and (left or control(said) in ("back", "skip")):  # "go back", "I'm done"
        return nothing_named(handler_input, partner, kind)
    # What was said before "which one?", kept as the note should it end unattached.
    first = asked.get("said") if asked is not None else None
    first_words = (first if isinstance(first, str) else said) if asked is not None else lapse_words
    tries = asked.get("tries", 0) if asked is not None else 0
    tries = tries if isinstance(tries, int) and not isinstance(tries, bool) else 0
    day = day or (day_asked(asked, local_today(partner.couple, context.now)) if asked is not None else None)
    # Only ids offered for this same kind of entry ("which one?" after a miss is not a keep).
    offered = ids(asked.get("ids")) if asked is not None and asked.get("kind") == kind.value else []
    moment = kind is LogKind.KEPT and (asked is None or asked.get("moment") is True)
    if confirmed is None and asked and asked.get("closest") is True and offered and (says_yes(said) or says_no(said)):
        if says_yes(said):  # "Was it your Sunday walk?" "Yes": that one, as if named
            return log_commitment(handler_input, partner, kind, (str(first or ""), offered[:1]))
        rest = [c for c in tracking.loggable_commitments(context.session, partner) if c.lineage_id in offered[1:]]
        if rest:  # "no": the others, as "which one?" asks them (and the moment, as it was offered before)
            key = "closest_not_moment" if asked.get("moment") is True else "closest_not"
            return ask_which_one(
                handler_input,
                kind,
                key,
                rest,
                tries=tries,
                said_first=str(first or ""),
                moment=key != "closest_not",
                day=day,
            )
        attributes.pop(PENDING_LOG, None)
        return tell(handler_input, language.say("which_one_none"))
    words = moment_offered(handler_input) if moment else None
    if words is not None and said and (says_yes(said) or notes_as_moment(said) or none_of_those(said)):
        # The answer to "was it …? Or shall I note it as a moment of reliability?"
        if says_yes(said) or notes_as_moment(said):
            return log_moment(handler_input, partner, words)
        attributes.pop(PENDING_LOG, None)
        return tell(handler_input, language.say("moment_not_noted"))
    if asked is not None and not moment and says_yes(said):  # "yes" to "was it X, Y or Z?": never a guess
        return which_one_again(handler_input, partner) or tell(handler_input, language.say("which_one_give_up"))
    lapse_told = asked is not None and kind is LogKind.MISSED and asked.get("lapse") is True and isinstance(first, str)
    # A lapse of its own, against no promise, or none they can name ("I don't know", asked once again first):
    # a setback all the same.
    if lapse_told and said and (none_of_those(said) or (not_known(said) and tries >= MAX_WHICH_ONE)):
        return log_setback_told(handler_input, partner, str(first), day)
    if asked is not None and said and none_of_those(said):  # nothing logged (never a guess): how to name it
        return nothing_named(handler_input, partner, kind)
    which = all_of_them(said)
    if which is not None:
        attributes.pop(PENDING_LOG, None)
        offered_any = ids(asked.get("ids")) if asked is not None else []
        return log_several(handler_input, partner, kind, which, offered_any, day)
    loggable = tracking.loggable_commitments(context.session, partner)
    after = lapse_after(said, loggable) if asked is None and confirmed is None else None
    if after and kind is LogKind.MISSED:  # "i went on the walk but i missed the talk": the keep, then the miss
        after = after if after[3] and kind_said(after[0], LogKind.KEPT) is LogKind.KEPT else None
        kind = LogKind.KEPT if after else kind
    if confirmed is None and not after and len(several := several_named(said, loggable)) > 1:  # "the talk and the walk"
        return confirm_several(handler_input, partner, kind, several)
    outcome = logbook.log_said(
        context.session,
        partner,
        kind,
        after[0] if after else said,  # "we had our evening chat but I got defensive": the keep's words
        understanding=Words(),
        offered=offered,
        named_ids=named_ids,
        first_words=first_words,
        now=context.now,
        device_zone=device_zone(handler_input, partner.couple),
        day=day,
        over_partner=over_partner,
    )
    remembered = first_words if first_words is not None else said
    # The setback itself told after one "which promise?", in words sharing none of a promise's ("I forgot
    # our anniversary dinner"): logged as said, never dropped; words sharing one ("I walked out of the
    # room") may mean that promise, and words only pointing ("the blue one") tell nothing: asked again.
    # After a lapse told, any words of their own (two or more, not pointing) add to it, "I felt ashamed …",
    # "because work was stressful": kept with it, never lost (tester-voice30 D7).
    if (
        isinstance(outcome, logbook.Unknown)
        and asked is not None
        and kind is LogKind.MISSED
        and not lapse_told
        and tries <= MAX_WHICH_ONE  # a bare "yes" before it spent one ("Or was it another one?" "Yes.")
        and reason_told(said)  # "work ran late and I forgot": a word of "call when late", and still why
    ):  # "I got caught at work and forgot": why, not which; asked again, the reason the miss's note (tv39 D15)
        return reason_which(handler_input, outcome.candidates, first, said, tries, day)
    adds = lapse_told and len(content_words(said)) >= 2 and not points_at(said) and not not_known(said)
    told = asked is not None and kind is LogKind.MISSED and (adds or deed_told(said))
    if isinstance(outcome, logbook.Unknown) and told and not sharing(said, outcome.candidates):
        if lapse_told:
            return log_setback_told(handler_input, partner, str(first), day, added=said)
        return log_setback_told(handler_input, partner, said, day)
    if isinstance(outcome, logbook.NoneLeft):  # "I missed my promise", all due today logged: said plainly
        attributes.pop(PENDING_LOG, None)
        return tell(handler_input, none_left(language, outcome))
    if isinstance(outcome, still_open.NotDue):  # "the Sunday walk on Tuesday": what was due then, nothing logged
        attributes.pop(PENDING_LOG, None)
        return tell(handler_input, not_due(language, outcome))
    if isinstance(outcome, still_open.WhichDay):  # "I missed the evening talk" on a Saturday: which weekday, asked
        return ask_day(handler_input, kind, after[0] if after else said, [outcome.commitment.lineage_id])
    if isinstance(outcome, PartnerLoggedOtherwise):  # a shared promise Sam logged the other way that day: asked
        return confirm_over_partner(handler_input, partner, outcome, after[0] if after else said, day)
    if isinstance(outcome, logbook.Against):  # "i got defensive about my phone": a lapse, asked, never kept
        return confirm_against(handler_input, partner, remembered, outcome.commitment, day=day)
    if isinstance(outcome, logbook.Ambiguous | logbook.Unknown) and tries >= MAX_WHICH_ONE:
        # Asked enough and still unclear: nothing logged (never a guess), and how to say it.
        attributes.pop(PENDING_LOG, None)
        example = promise(language, outcome.candidates[0].spoken_name, "my") if outcome.candidates else ""
        key = f"which_one_give_up_{kind.value}" if example else "which_one_give_up"
        return tell(handler_input, language.say(key, example=example))
    if isinstance(outcome, logbook.Ambiguous) and len(outcome.candidates) == 1 and asked is None:
        # "about the phone": the others after a no; none named, the one still open today alone
        return ask_called(handler_input, kind, outcome.candidates[0], loggable if said else [], said, day)
    if isinstance(outcome, logbook.Ambiguous):
        key = "which_one_changed" if outcome.changed else "which_one"
        return ask_which_one(
            handler_input, kind, key, outcome.candidates, tries=tries, said_first=remembered, lapse=lapse_told, day=day
        )
    if (
        isinstance(outcome, logbook.Unknown)
        and asked is None
        and not points_at(said)
        and (
            unrelated(said, agreed) or everyday_idiom(said, agreed) or a_feeling_or_wish(said) or low_mood(said)
        )  # "I could kill for a coffee"
    ):
        if low_mood(said):  # the hard day's way in, the session open for it (tester-voice23 D6)
            return ask(handler_input, language.say("log_low_mood"), language.say("log_low_mood_reprompt"))
        return tell(handler_input, language.say("log_let_go"))  # nothing read aloud, nothing offered
    unknown = outcome.candidates if isinstance(outcome, logbook.Unknown) and asked is None else []
    near = closest(said, unknown)
    if near is not None:  # one word shared ("I walked the dog", the Sunday walk): asked first, never logged
        others = [c for c in unknown if c is not near]
        key, option = "closest", promise(language, near.spoken_name)
        return ask_which_one(
            handler_input, kind, key, [near, *others], said_first=said, moment=moment, day=day, option=option
        )
    if isinstance(outcome, logbook.Unknown):
        # Words that name none of their promises are never logged as a keep: offered back as a
        # moment of reliability (yes), or the promise it was (named next). Offered at "which one?"
        # itself ("the one where we laughed a lot"), the moment is the words said there.
        # "none of those", "I don't know": which one, asked again (never "that isn't one of your promises")
        key = "which_one" if points_at(said) or none_of_those(said) or not_known(said) else "no_match"
        offered_now = key == "no_match" and kind is LogKind.KEPT and not moment
        return ask_which_one(
            handler_input,
            kind,
            key,
            outcome.candidates,
            tries=tries,
            said_first=said if offered_now else remembered,
            moment=moment or offered_now,
            lapse=lapse_told,
            day=day,
        )
    attributes.pop(PENDING_LOG, None)
    confirmation = confirm(handler_input, outcome)
    if outcome.entry.kind is LogKind.MISSED:  # the row's: "i didn't get defensive" is a keep of "without …"
        return offer_reflection(handler_input, partner, outcome.entry.id, confirmation)
    screens.summary_card(handler_input, language.say("card_logged"), confirmation)
    done = " ".join(filter(None, [confirmation, celebration(language, outcome.milestones)]))
    if after and outcome.commitment not in (None, after[2]):  # "… but i forgot": asked, never lost
        return confirm_against(handler_input, partner, after[1], after[2], done, after[3], day=day)
    return tell_logged(handler_input, done)
