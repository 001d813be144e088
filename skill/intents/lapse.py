""" "I had a cheeky punt on the Melbourne Cup", said where a kept promise was expected: a lapse
against a boundary (skill/lapses.py) is never logged as a keep. The boundary its words name is
offered: "That sounds like your boundary about gambling. Shall I log it as a breach?"; a yes logs
the breach of that boundary, with the words said as its note (models.logbook.log_breach, as
breach.py renders it); a no logs nothing. Several boundaries about it are asked about as any
breach is; none of theirs, and it is asked which promise it went against (logbook's `no_boundary`: a
miss, its words the note), or, said as good news or with no promise to name, let go, nothing logged. A lapse told of the
partner ("I found out Sam has been texting her ex") is never offered as the speaker's breach nor
noted as a moment: breach.py's warm answer, nothing written (only the one who lapsed logs it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models.contracts import active_version
from trust_tracker.models.entities import ContractItem, ItemKind, Partner
from trust_tracker.models.lapse_kinds import APPS, boundaries_about, what_it_is_about
from trust_tracker.models.localtime import local_today
from trust_tracker.models.logbook import Doer
from trust_tracker.models.steering_words import spoken
from trust_tracker.models.text import has_control_characters
from trust_tracker.models.tracking import MAX_NOTE

from ..breach_doer import who_did
from ..days_said import dated
from ..dialog import (
    FLOW,
    PENDING_LOG,
    ask,
    ask_again_unclear,
    elicit_answer,
    ids,
    lost_place,
    session_attributes,
    skill_context,
    speech,
    tell,
)
from ..lapse_acts import APP_LAPSE
from ..lapses import brand_said, lapses_told, names_a_boundary
from ..replies_said import says_no, says_yes
from ..steering import logs_anyway
from ..ways_out import ends
from .breach import ask_which, log_breach, not_theirs
from .logbook_confirm import against_told

LAPSE_FLOW, BREACH_STEP = "lapse", "breach?"


def offer_breach(
    handler_input: HandlerInput,
    partner: Partner,
    said: str,
    *,
    good_news: bool = False,
    no_boundary: Callable[[], Response] | None = None,
    told: str | None = None,
) -> Response | None:
    """The question a lapse gets instead of a keep; None when the words tell no lapse. Told as good
    news (a win, a moment), a lapse no boundary of theirs is about is theirs to celebrate: None;
    otherwise `no_boundary` answers it (which promise it went against), else it is let go. `told`: the words
    with the day they said ("… last night"), kept for the breach a yes logs (its date: tester-voice38 D13)."""
    today = local_today(partner.couple, skill_context(handler_input).now)
    day = dated(told, today)[0] if told else None  # "… last night", told before the day was taken off
    if (against := against_told(handler_input, partner, said, day)) is not None:
        return against  # "I wouldn't let her look at my phone": a miss asked, never a keep nor a breach
    # An app their boundary names by its brand ("No using Grindr") is that boundary's, before any
    # kind of app a boundary's words only suggest ("No online poker").
    brand = brand_said(said)
    # Most words tell no lapse and name no app: the agreement is read only for those that do.
    boundaries = _boundaries(handler_input, partner) if brand else []
    named = [b for b in boundaries if brand in spoken(f"{b.short_name or ''} {b.text}").split()]
    lapses = [APP_LAPSE] if named else lapses_told(said)
    if not lapses:
        return None
    doer = who_did(said, partner)
    if doer is not Doer.SPEAKER:  # "I found out Sam has been texting her ex": theirs, nothing offered
        return not_theirs(handler_input, partner, doer)
    boundaries = boundaries or _boundaries(handler_input, partner)
    found = {b.lineage_id: (lapse, b) for lapse in lapses for b in named or boundaries_about(lapse.about, boundaries)}
    if good_news and not found:  # "only two pints" with no boundary about drinking: their win
        return None
    attributes, say = session_attributes(handler_input), speech(handler_input).say
    attributes.pop(PENDING_LOG, None)  # a "which one?" before is not this
    if not found:  # none of their boundaries is about it: a promise's setback, or let go (nothing read aloud)
        return no_boundary() if no_boundary is not None else tell(handler_input, say("log_let_go"))
    if len(found) > 1:
        return ask_which(handler_input, [b for _, b in found.values()], told or said, 1)
    ((lapse, boundary),) = found.values()
    about = what_it_is_about(boundary) if lapse.about == APPS else lapse.about  # a brand: the boundary's words
    attributes[FLOW] = {"name": LAPSE_FLOW, "step": BREACH_STEP, "said": told or said, "ids": [boundary.lineage_id]}
    elicit_answer(handler_input)  # its yes or no in words, and a pause: "erm", "hold on" (skill/yes_no_asked.py)
    return ask(handler_input, say("lapse_offer", about=about), say("lapse_offer_reprompt", about=about))


def _boundaries(handler_input: HandlerInput, partner: Partner) -> list[ContractItem]:
    """The couple's boundaries in the agreement in force (none without one)."""
    version = active_version(skill_context(handler_input).session, partner.couple_id)
    return version.items_of(ItemKind.BOUNDARY) if version is not None else []


def held_boundary(handler_input: HandlerInput, partner: Partner, said: str) -> bool:
    """Whether words the skill heard as a miss name one of the couple's boundaries (held, not missed)."""
    return names_a_boundary(said, _boundaries(handler_input, partner))


def yes_or_no(said: str) -> bool | None:
    """ "Yes", "log it" -> True; "no", "not now", "that's all" -> False; anything else None (asked again)."""
    if says_yes(said) or logs_anyway(said):
        return True
    return False if says_no(said) or ends(said) else None


def settle_lapse(handler_input: HandlerInput, partner: Partner, flow: dict[str, Any], yes: bool | None) -> Response:
    """ "Shall I log it as a breach?" answered: yes logs it against the boundary offered, with the
    words first said; no logs nothing; anything else is asked again (never a loop)."""
    said, offered = flow.get("said"), ids(flow.get("ids"))
    if not isinstance(said, str) or len(said) > MAX_NOTE or has_control_characters(said) or len(offered) != 1:
        return lost_place(handler_input)  # a forged or stale session: nothing logged
    say = speech(handler_input).say
    if yes is None:
        return ask_again_unclear(handler_input, say("yes_or_no")) or lost_place(handler_input)
    if not yes:
        return tell(handler_input, say("breach_left"))
    return log_breach(handler_input, partner, "the first one", {"said": said, "ids": offered, "tries": 0})
