"""The fourteenth blind list (tests/skill/blind14.py: 90 phrasings of distress, 70 lookalikes),
written by safety20 before any pattern was changed and kept out of the trainer. Measured as the
skill hears it: the detector (is_distress, the partners' names known), and each phrasing said
alone in each locale through the simulator's route over that locale's model and the handler
chain on a linked device (help means the locale's numbers in the answer).

Measured on main (07c5c0f) before safety20's families: 52/90 heard, 7/70 false alarms ("i nearly
killed myself laughing ...", "sam would kill me if i ate the last slice", "alex keeps cutting his
own hair ...", "... the hero jumps off a bridge", "no way out of doing the taxes ...", "... no way
out of the group chat", "i want to disappear to a beach for a week").

Then READ: its misses grouped into families with the tester's (skill/distress_unseen.py,
distress_kept.py, distress_anyone.py; the training list is our own, tests/skill/distress_unseen.py),
so no longer unseen: 89/90 heard, 0/70 false alarms. Left unheard on purpose: "i'm standing at
the end of the platform waiting for the next train", which every commuter says in those words.
Said alone (the same in each of the five locales): 78/90 helped, 2/70 lookalikes helped. The
twelve not helped are heard by the detector but routed nowhere or to a carrier that drops the
words (mostly a partner's own despair told: "sam has been cutting his arms again"); the two
lookalikes are SupportIntent's "i'm going to hurt {name}" / "... kill {name}" carriers taking
"tomorrow after leg day" and "the weeds ..." as a name. Both are the carriers' (safety21's)."""

from __future__ import annotations

import pytest

from tests.skill.blind14 import BLIND14_DISTRESS, BLIND14_LOOKALIKES
from tests.skill.blind_figures import detector_figures, said_alone_figures
from tests.skill.talk import home
from tests.skill.test_safety import LOCALES, skill

__all__ = ["home", "skill"]  # fixtures

# (heard, false alarms) by the detector; (helped, lookalikes helped) said alone, per locale.
FLOOR_HEARD, MOST_ALARMS = 89, 0
FLOOR_HELPED, MOST_HELPED_LOOKALIKES = 78, 2


def test_the_list_holds_what_it_says() -> None:
    said = BLIND14_DISTRESS + BLIND14_LOOKALIKES
    assert len(BLIND14_DISTRESS) == 90 and len(BLIND14_LOOKALIKES) == 70 and len(set(said)) == len(said)


def test_the_blind_list_as_the_detector_hears_it() -> None:
    heard, alarms = detector_figures("blind14", BLIND14_DISTRESS, BLIND14_LOOKALIKES)
    assert heard >= FLOOR_HEARD and alarms <= MOST_ALARMS


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_the_blind_list_said_alone(skill, session_factory, locale) -> None:
    helped, alarms = said_alone_figures(skill, session_factory, locale, BLIND14_DISTRESS, BLIND14_LOOKALIKES)
    assert helped >= FLOOR_HELPED and alarms <= MOST_HELPED_LOOKALIKES
