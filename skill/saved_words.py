"""Safety in the save path: whatever the skill writes in someone's own words is read for distress
at the moment it is written (DESIGN.md, Safety comes first). The safety handler reads every slot
as it is said; but words held from an earlier turn and saved on a later "yes" (a moment offered,
a note, a reflection, a check-in answer, a hard day's note) were read only when said, and a
sentence once missed would be saved. Here every free-text column the skill writes is read again,
as it stands in the row about to be flushed (or written by Core: models/entry_writes.py), whichever flow wrote it: one place, for every
path, present and future. Distress found raises DistressInSavedWords before the row is written;
the exception handler answers with the help lines and the transaction is rolled back. Words the
learned check doubts (below its alarm, in the band of their place: BANDS) raise DoubtInSavedWords:
nothing is written, the person is told how to get help and asked whether to save it, and their
yes replays the request as it came (skill/intents/doubt.py), the doubt then waived.

Only while the skill answers a request (the request interceptor below arms it for that
request's session); the site's writes are its own."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from trust_tracker.models import entry_writes
from trust_tracker.models.checkin_entities import CheckInAnswer
from trust_tracker.models.entities import ContractVersion, LogEntry, LogKind
from trust_tracker.models.private_entities import SetbackReflection

from .dialog import skill_context
from .distress import Readings, is_distress, readings_of
from .distress_learned import WORD_TOKENS, learned_peak
from .speakers import couple_names

# Session.info key: how to get the couple's names while the skill answers, and the readings the
# request already searched for distress (SkillContext.distress_read); absent otherwise.
_ARMED = "trust_tracker.skill.saved_words"
# The columns the skill fills with what someone said.
_SAID: dict[type, tuple[str, ...]] = {
    LogEntry: ("note",),
    CheckInAnswer: ("answer",),
    SetbackReflection: ("trigger", "prevention"),
    ContractVersion: ("note",),  # a change proposed from a reflection quotes it
}


_WORD = re.compile(WORD_TOKENS)

# Session.info key: this request's doubt is waived (the person said yes to saving it).
_WAIVED = "trust_tracker.skill.saved_words.waived"


class DistressInSavedWords(Exception):
    """Words about to be saved speak of distress: help instead, nothing written."""


class DoubtInSavedWords(Exception):
    """Words about to be saved may speak of distress: asked about first, nothing written yet."""


def _written(row: object) -> list[str]:
    """The row's said words that this flush writes: all of a new row's, a changed row's changes."""
    state = inspect(row)
    fields = _SAID.get(type(row), ())
    changed = [f for f in fields if state.pending or state.attrs[f].history.has_changes()]
    return [text for f in changed if isinstance(text := getattr(row, f), str) and text.strip()]


def distress_in(text: str, names: tuple[str, ...], read: Readings | None = None) -> bool:
    """Whether saved words speak of distress, read as the slots are: as they stand and after the
    speaker's "I" (a note keeps "feel like smashing sam's face in" without its "I"). `read`: the
    readings this request already searched (a note as it was said), not searched again."""
    return is_distress(text, names, read) or is_distress(f"i {text}", names, read)


@event.listens_for(Session, "before_flush")
def _read_before_writing(session: Session, _context: Any, _instances: Any) -> None:
    for row in (*session.new, *session.dirty):
        _read_before_saving(session, row)


def _read_before_saving(session: Session, row: object) -> None:
    """Raises when the row's words about to be written (by a flush, or by Core: models/entry_writes.py) speak of distress."""
    armed = cast(tuple[Callable[[], tuple[str, ...]], Readings] | None, session.info.get(_ARMED))
    if armed is None:
        return
    names, read = armed
    written = _written(row)
    if any(distress_in(text, names(), read) for text in written):
        raise DistressInSavedWords
    band = None if session.info.get(_WAIVED) else _band(row)
    if band is not None and any(band.doubts(text, names(), read) for text in written):
        raise DoubtInSavedWords


def doubt_score(text: str, names: tuple[str, ...], read: Readings | None = None) -> float:
    """The learned check's score for saved words, read as the slots are: as they stand and after
    the speaker's "I", the couple's names read as "my partner", an idiom or a fond exaggeration as
    what it means (as is_distress reads them: "we went skydiving and I thought I was going to die").
    `read`: this request's readings, where the words the safety check read are not read again."""
    return max(learned_peak(readings_of(said, names, read)[0]) for said in (text, f"i {text}"))


def different_words(text: str) -> int:
    return len(set(_WORD.findall(text.lower())))


@dataclass(frozen=True)
class Band:
    """Where words about to be saved are asked about: at least this many different words, scored
    at this floor or above (and under the alarm, or they are distress)."""

    floor: float
    fewest_words: int

    def doubts(self, text: str, names: tuple[str, ...], read: Readings | None = None) -> bool:
        return different_words(text) >= self.fewest_words and doubt_score(text, names, read) >= self.floor


# By place; chosen from the figures of infra/doubt_band.py (README, Safety).
BANDS: dict[str, Band] = {
    "wins": Band(3.5, 4),
    "moments": Band(3.5, 4),  # over "i haven't touched online poker all week" (3.25 once, 2.55 after safety29)
    "notes": Band(3.5, 4),
    "answers": Band(3.5, 4),  # 3.75 asked 5.4 points less held-out crisis for no everyday test answer (safety29)
    "reflections": Band(3.5, 4),
}


def _band(row: object) -> Band | None:
    """The band that reads a row's words. A breach is written only after its own yes ("Shall I
    log it as a breach?"): not asked twice."""
    if isinstance(row, CheckInAnswer):
        return BANDS["answers"]
    if isinstance(row, SetbackReflection | ContractVersion):
        return BANDS["reflections"]
    if not isinstance(row, LogEntry) or row.kind is LogKind.BREACH:
        return None
    return BANDS[{LogKind.SMALL_WIN: "wins", LogKind.RELIABILITY: "moments"}.get(row.kind, "notes")]


def waive_doubt(session: Session) -> None:
    """The person said yes to saving words that were doubted: this request saves them."""
    session.info[_WAIVED] = True


class SavedWordsInterceptor(AbstractRequestInterceptor):
    """Arms the reading for this request's session, with the couple's names looked up only if asked."""

    def process(self, handler_input: HandlerInput) -> None:
        context = skill_context(handler_input)
        session = context.session
        session.info[_ARMED] = (lambda: couple_names(handler_input), context.distress_read)
        session.info[entry_writes.CHECKS] = [lambda row: _read_before_saving(session, row)]


class SavedWordsResponseInterceptor(AbstractResponseInterceptor):
    """Last: writes what is pending while the skill can still answer for it, then disarms."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        session = skill_context(handler_input).session
        session.flush()
        disarm(session)


def disarm(session: Session) -> None:
    session.info.pop(_ARMED, None)
    session.info.pop(_WAIVED, None)
    session.info.pop(entry_writes.CHECKS, None)
