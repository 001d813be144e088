"""The fifteenth blind list (tests/skill/blind15.py: 100 phrasings of distress, 80 lookalikes, in
voices the earlier lists lacked), written by safety24 before reading the detector and kept out of
the trainer. Measured by the detector, each phrasing with the names of the couple it speaks of,
and each said alone in each locale as the skill hears it (tests/skill/blind_figures.py).

Measured on main (100fc42) before safety24's families: 74/100 heard, 6/80 false alarms. Missed
most: rambling (5/10), Australian, Scottish and Irish idiom (5/9), reported speech (4/7), uncommon
means (6/10), stalking by an ex (3/5). Then READ, grouped into families (skill/distress_voices.py,
the readings of skill/distress_reading.py; our own phrasings for the trainer in
tests/skill/distress_voices.py) and retrained: 100/100 heard, 0/80 false alarms. No longer blind:
its figures are a floor, not a measure. Said alone: 83/100 helped in each locale, 1/80 lookalikes
(a carrier's "my life is {...}" taking "a mess but in a funny way ..."); the seventeen not helped
are routed nowhere ("things got a bit physical last night") or to a carrier that drops the words."""

from __future__ import annotations

import re

import pytest

from tests.skill.blind15 import (
    BLIND15_DISTRESS,
    BLIND15_DISTRESS_BY_VOICE,
    BLIND15_LOOKALIKES,
    BLIND15_LOOKALIKES_BY_KIND,
    COUPLES,
)
from tests.skill.blind_figures import detector_figures, said_alone_figures
from tests.skill.talk import home
from tests.skill.test_safety import LOCALES, skill

__all__ = ["home", "skill"]  # fixtures

# (heard, false alarms) by the detector; (helped, lookalikes helped) said alone, per locale.
FLOOR_HEARD, MOST_ALARMS = 100, 0
FLOOR_HELPED, MOST_HELPED_LOOKALIKES = 83, 1


def couple_of(said: str) -> tuple[str, ...]:
    """The couple whose first name the phrasing says, else the first couple."""
    words = said.replace("-", " ")
    for couple in COUPLES:
        if any(re.search(rf"\b{name.lower().replace('-', ' ')}\b", words) for name in couple):
            return couple
    return COUPLES[0]


def test_the_list_holds_what_it_says() -> None:
    said = BLIND15_DISTRESS + BLIND15_LOOKALIKES
    assert len(BLIND15_DISTRESS) == 100 and len(BLIND15_LOOKALIKES) == 80 and len(set(said)) == len(said)
    assert len(BLIND15_DISTRESS_BY_VOICE) == 15 and len(BLIND15_LOOKALIKES_BY_KIND) == 13


def test_the_blind_list_as_the_detector_hears_it() -> None:
    heard, alarms = detector_figures("blind15", BLIND15_DISTRESS, BLIND15_LOOKALIKES, couple_of)
    assert heard >= FLOOR_HEARD and alarms <= MOST_ALARMS


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_the_blind_list_said_alone(skill, session_factory, locale) -> None:
    helped, alarms = said_alone_figures(skill, session_factory, locale, BLIND15_DISTRESS, BLIND15_LOOKALIKES)
    assert helped >= FLOOR_HELPED and alarms <= MOST_HELPED_LOOKALIKES
