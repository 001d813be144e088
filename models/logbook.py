"""One operation per thing a partner says happened: the interfaces parse and render,
the rules of logging (which commitment, never a guess, who may log what, what is
celebrated) live here.

Understanding spoken words is not a rule of the practice but of the medium: the caller
passes an `Understanding` that tells which commitments some words name; the domain
decides what to do with the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from sqlalchemy.orm import Session

from . import milestones, tracking
from .base import utcnow
from .contracts import active_commitments, active_version, item_names
from .entities import ContractItem, ItemKind, LogEntry, LogKind, Milestone, Partner, Source
from .kept_together import PartnerLoggedOtherwise, other_way
from .localtime import entry_date
from .setbacks import SETBACK_KINDS
from .steering_words import requested
from .still_open import NotDue, WhichDay, missed_on, not_due, to_ask_about


class Understanding(Protocol):
    """How the words someone said relate to the contract's commitments."""

    def named(
        self, said: str, commitments: Sequence[ContractItem], offered: Sequence[ContractItem]
    ) -> list[ContractItem]:
        """The commitments `said` names, best first (several when unclear); `offered` are the
        ones just listed to choose from ("the second one")."""
        ...

    def own_words(self, said: str, item: ContractItem) -> str:
        """What they called `item` in `said`, to keep as the note; "" when it is just its name."""
        ...

    def how_told(self, said: str, item: ContractItem) -> str:
        """How it was kept, said after naming `item` (an answer to "which one?"); "" when no how follows."""
        ...

    def called(self, said: str, item: ContractItem) -> bool:
        """Whether `said` holds a word of what `item` is called ("the phone" of "open phone")."""
        ...

    def goes_against(self, said: str, item: ContractItem) -> bool:
        """Whether `said` tells the act `item` says not to do ("got defensive" of "without getting defensive")."""
        ...

    def denied(self, said: str, item: ContractItem) -> bool:
        """Whether `said` denies the act `item` says not to do ("i didn't get defensive"): a keep."""
        ...


@dataclass(frozen=True)
class Logged:
    """Logged, with what the confirmation tells: the commitment (None: unattached), the note
    kept, whether there was a contract to match, and the milestones newly reached (now marked
    celebrated)."""

    entry: LogEntry
    commitment: ContractItem | None = None
    note: str = ""
    contract: bool = True
    milestones: list[Milestone] = field(default_factory=list)


@dataclass(frozen=True)
class Ambiguous:
    """The words fit several commitments (or an answer is still owed): nothing logged; ask.
    `changed`: the commitments offered before were changed on the site since; these are now's."""

    candidates: list[ContractItem]
    changed: bool = False


@dataclass(frozen=True)
class NoneLeft:
    """A miss named by no words, and every promise due that day is logged already: nothing to ask about."""

    day: str | None = None  # another day than today, as said: "yesterday", "on Monday"


@dataclass(frozen=True)
class Against:
    """A keep whose words say the opposite of the one commitment they name ("i got defensive about
    my phone" of "… without getting defensive"): a lapse, never logged as kept; nothing logged, ask."""

    commitment: ContractItem


@dataclass(frozen=True)
class Unknown:
    """The words named no commitment this partner may log: nothing logged; these are the choices."""

    candidates: list[ContractItem]


LogOutcome = Logged | Ambiguous | Against | Unknown | NoneLeft | NotDue | PartnerLoggedOtherwise | WhichDay


def _told_anew(said: str, first_words: str) -> bool:
    """ "I missed my promise to text when leaving" answering "which one?": a request of its own, the words
    of the one left unfinished forgotten (tester-voice48: logged with the note "House jobs", said before);
    never the first words said again ("I kept my word and called Sam at lunch", its yes given)."""
    request = requested(said) if said.strip().lower() != first_words.strip().lower() else None
    return request is not None and request.what in ("kept", "missed") and bool(request.words)


def log_said(
    session: Session,
    partner: Partner,
    kind: LogKind,
    said: str,
    *,
    understanding: Understanding,
    offered: Sequence[int] = (),
    named_ids: Sequence[int] = (),
    first_words: str | None = None,
    source: Source = Source.VOICE,
    now: datetime | None = None,
    device_zone: str | None = None,
    day: date | None = None,
    over_partner: bool = False,
) -> LogOutcome:
    """A kept or missed promise, named in someone's words ("" when no commitment was named).

    After "which one?" was asked, `offered` are the lineage ids listed, in the order heard (any
    of them no longer loggable: Ambiguous, `changed`, whatever was answered),
    `named_ids`: the lineages the words were already resolved to (Alexa's entity resolution of a
    name or a "how we'd say it" phrasing), trusted before any matching of the words (two or
    more of the partner's own: Ambiguous, never the first);
    and `first_words` what was said before it; an unclear answer is never logged, however
    often asked ("none of those" is the interface's to render: nothing is logged). Never a guess:
    one commitment is logged, several are Ambiguous, none Unknown, a keep told in words that go
    against its one commitment Against; no words at all ("I kept my
    promise") log the one promise they may log, are Ambiguous among two or more, and are logged
    unattached only when there is none to choose (tester-voice13 #8: an unnamed entry could not get its promise afterwards).
    `day`: the day the words said it happened ("yesterday"), else today. Only the partner's own
    and shared commitments are candidates; words naming only the other partner's are
    refused by `log_entry`, which says whose it is. A shared one the partner logged the other way that day is
    PartnerLoggedOtherwise, nothing logged, unless `over_partner` (a yes to "Sam logged it as kept …").
    """
    now = now or utcnow()
    said = tracking.clean_note(said)  # bounded before any matching: words, not a document
    agreed = active_commitments(session, partner.couple_id)
    loggable = tracking.loggable_commitments(session, partner)
    by_id = {c.lineage_id: c for c in loggable}
    pending = [by_id[i] for i in offered if i in by_id]
    if said and len(pending) < len(offered) and loggable:
        # Changed on the site since "which one?" was asked: what was heard ("the first one")
        # may mean another commitment now. Nothing logged; asked again from the list as it is.
        return Ambiguous(loggable, changed=True)

    today_there = entry_date(partner.couple, now, device_zone)

    def logged(
        item: ContractItem | None = None, note: str = "", *, contract: bool = True
    ) -> Logged | NotDue | PartnerLoggedOtherwise | WhichDay:
        # A past day said that the promise was not due names nothing kept or missed (voice50: a keep too); a keep
        # on an off day said with no day is kept, as today's always was; a miss is of its last due day, or asked.
        if item is not None and day not in (None, today_there) and (wrong := not_due(item, day, today_there, loggable)):
            return wrong
        on = day or today_there
        if item is not None and kind is LogKind.MISSED and day is None:
            missed = missed_on(session, partner, item, today_there)
            if isinstance(missed, WhichDay):
                return missed
            on = missed
        # Kept together: the partner's other way that day is asked about first.
        if (
            item is not None
            and not over_partner
            and (against := other_way(session, partner, item, kind, on, today_there))
        ):
            return against
        entry = tracking.log_entry(
            session,
            partner,
            kind,
            source=source,
            lineage_id=item.lineage_id if item else None,
            note=note,
            now=now,
            device_zone=device_zone,
            day=on,
        )
        # The note as said, for the confirmation (stored as written: tracking.log_entry).
        return Logged(entry, item, tracking.clean_note(note), contract, celebrated(session, partner, entry, now))

    if not said and not offered and len(loggable) == 1:
        return logged(loggable[0])  # "I kept my promise" with one promise to choose: that one
    if not said and not named_ids and (pending or not loggable):  # "um" to "which one?": asked again
        return Ambiguous(pending) if pending else logged()
    if not said and not named_ids:  # never guessed: asked which, among those still open
        choices = to_ask_about(session, partner, kind, now=now, device_zone=device_zone, day=day)
        return (
            Ambiguous(choices)
            if choices
            else NoneLeft(tracking.day_named(day, today_there) if day not in (None, today_there) else None)
        )
    if not agreed:  # nothing agreed to match against: their words are the note
        return logged(note=said, contract=False)
    # Resolved by its name, confirmed by its name; else the words matched here.
    resolved = [c for c in agreed if c.lineage_id in set(named_ids)]
    matches = resolved or understanding.named(said, agreed, pending)
    denial = [m for m in matches if m.lineage_id in by_id and understanding.denied(said, m)]
    if kind is LogKind.MISSED and len(denial) == 1 and not pending:  # "i didn't hide my phone": kept
        kind, matches = LogKind.KEPT, denial

    def goes_against(item: ContractItem) -> bool:  # "kept" in words that tell the lapse (tester-voice36 D14)
        return kind is LogKind.KEPT and any(understanding.goes_against(w, item) for w in (said, first_words or ""))

    by_name = [m for m in matches if understanding.called(said, m)] if len(matches) > 1 and not pending else []
    if len(by_name) == 1 and not resolved:
        # Several share a word, one is called by a word said ("my promise about the phone every day"): that
        # one asked about, or refused as the other's, never the others offered (tester-voice36 D8).
        if by_name[0].lineage_id not in by_id:
            return logged(by_name[0])
        return Against(by_name[0]) if goes_against(by_name[0]) else Ambiguous(by_name)
    mine = [m for m in matches if m.lineage_id in by_id]
    if matches and not mine:
        return logged(matches[0])  # the other partner's: refused, saying whose it is
    if len(mine) == 1 < len(matches) and not resolved:
        # Several fit, one of them the speaker's: it must fit alone, never be left by elimination
        # ("I said sorry without being asked": a word of open phone's and of Sam's house jobs; note23 Left 3).
        mine = understanding.named(said, loggable, pending)
    if len(mine) > 1 and pending:  # an answer to "which one?" that fits several: those offered first
        mine = [m for m in mine if m.lineage_id in {c.lineage_id for c in pending}] or mine
    if len(mine) == 1 and goes_against(mine[0]):
        return Against(mine[0])  # "kept" in words that tell the lapse: never logged as kept (tester-voice36 D14)
    if len(mine) == 1 and kind is LogKind.MISSED and understanding.denied(said, mine[0]):
        kind = LogKind.KEPT  # "i didn't get defensive about my phone": the promise not to, kept
    if len(mine) == 1:
        # Confirmed in their own words, kept as the note: after "which one?" (or a yes to "was it
        # …?"), the words first said, else how the answer says it was kept ("the phone one, I just
        # showed her"); a name Alexa resolved needs none.
        return logged(
            mine[0],
            (understanding.own_words(first_words, mine[0]) or understanding.how_told(said, mine[0]))
            if first_words is not None and not _told_anew(said, first_words)
            else ("" if resolved else understanding.own_words(said, mine[0])),
        )
    if mine:
        return Ambiguous(mine)
    if not (pending or loggable):
        return logged(note=said)
    return Unknown(pending or loggable)


@dataclass(frozen=True)
class NoteLogged:
    """An entry logged as chosen (on the site) or in its own words (a moment, a small win, a
    breach by voice): what its commitment is called, if it has one, and the milestones newly
    reached (none after a miss or a breach: those offer a reflection instead)."""

    entry: LogEntry
    milestones: list[Milestone]
    commitment_name: str | None = None


def log_note(
    session: Session,
    partner: Partner,
    kind: LogKind,
    note: str,
    *,
    lineage_id: int | None = None,
    source: Source = Source.VOICE,
    now: datetime | None = None,
    device_zone: str | None = None,
    require_item: bool = False,
    day: date | None = None,
) -> NoteLogged:
    """An entry, optionally about one item of the contract (`require_item`: see
    tracking.log_entry), on `day` when its words said one, and what it newly makes worth celebrating."""
    now = now or utcnow()
    entry = tracking.log_entry(
        session,
        partner,
        kind,
        source=source,
        lineage_id=lineage_id,
        note=note,
        now=now,
        device_zone=device_zone,
        require_item=require_item,
        day=day,
    )
    name = item_names(session, partner.couple_id)[lineage_id] if lineage_id is not None else None
    return NoteLogged(entry, celebrated(session, partner, entry, now), name)


class Doer(StrEnum):
    """Who did what a breach's words tell, as the interface understood them."""

    SPEAKER = "speaker"
    PARTNER = "partner"  # the other partner: "Sam read my journal"
    SOMEONE_ELSE = "someone else"  # not of the couple: "my friend read my journal"


@dataclass(frozen=True)
class NotTheirs:
    """A breach told of someone other than the one saying it: nothing logged. A breach belongs
    to the partner who crossed the boundary, and only they log it; another's act is no breach
    of the couple's contract at all."""

    doer: Doer


@dataclass(frozen=True)
class WhichBoundary:
    """A breach whose words name none of the couple's boundaries, or several: nothing logged;
    these are the boundaries to choose from ("none of them" is the interface's to render:
    nothing is logged)."""

    candidates: list[ContractItem]


def log_breach(
    session: Session,
    partner: Partner,
    said: str,
    *,
    understanding: Understanding,
    offered: Sequence[int] = (),
    first_words: str | None = None,
    unattached: bool = False,
    source: Source = Source.VOICE,
    now: datetime | None = None,
    device_zone: str | None = None,
    doer: Doer = Doer.SPEAKER,
    day: date | None = None,
) -> NoteLogged | WhichBoundary | NotTheirs:
    """A boundary crossed, in someone's words: the partner will see it, so it is about the
    boundary the words name, never a guess. Words naming exactly one of the active boundaries
    (by its words or what it is called) log it against that boundary's lineage, the words kept
    as the note; words naming none or several ("at the gym") log nothing: WhichBoundary.
    No words at all ("I overstepped one of our boundaries") are asked about the same way.
    After "which one?" (`offered`: the lineage ids listed, in the order heard; `first_words`:
    the breach as first said, kept as the note), `said` is the answer and picks one of those;
    `unattached`: the speaker chose none of them ("just log it"), logged about no boundary.
    With no boundary agreed to name, it is logged as said (naming a breach is hard enough).
    `doer`: who the words say did it; only the speaker's own act is theirs to log (NotTheirs); `day`: the day
    its words said ("last night"), else today."""
    if doer is not Doer.SPEAKER:  # never pinned on the one who told it
        return NotTheirs(doer)
    said = tracking.clean_note(said)  # bounded before any matching
    version = active_version(session, partner.couple_id)
    boundaries = version.items_of(ItemKind.BOUNDARY) if version else []
    asked = first_words is not None
    if not boundaries or unattached:
        note = first_words if first_words is not None else said
        return log_note(
            session, partner, LogKind.BREACH, note, source=source, now=now, device_zone=device_zone, day=day
        )
    by_id = {b.lineage_id: b for b in boundaries}
    pending = [by_id[i] for i in offered if i in by_id]
    if asked and len(pending) < len(offered):  # changed on the site since: asked again as they are now
        return WhichBoundary(boundaries)
    # Choosing among the couple's few boundaries, as from a list read out: a word of one is enough.
    choices = pending if asked else boundaries
    named = understanding.named(said, choices, choices) if said else []
    if len(named) != 1:
        return WhichBoundary(named or pending or boundaries)
    note = first_words if first_words is not None else said
    return log_note(
        session,
        partner,
        LogKind.BREACH,
        note,
        lineage_id=named[0].lineage_id,
        source=source,
        now=now,
        device_zone=device_zone,
        day=day,
    )


def celebrated(session: Session, partner: Partner, entry: LogEntry, now: datetime) -> list[Milestone]:
    """What `entry` newly makes worth celebrating (also for logbook_all's several at once)."""
    # After a setback the moment is for honesty and reflection, not a celebration.
    return [] if entry.kind in SETBACK_KINDS else milestones.celebrate(session, partner, now, logged=entry)
