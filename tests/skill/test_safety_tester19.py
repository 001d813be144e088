"""tester-voice19's distress in new words (/work/notes/tv19_lists.py; skill/distress_shapes.py). On
integ the detector alone missed 15 of its 35 sentences in families that had rules already ("a second
phone in the glovebox so he can't see who I ring", "my stomach drops when I hear his car pull into
the driveway", "I put headphones on my son so he won't hear the screaming") and 3 of its 35 others
("I hit my head against the wall until the noise stopped"): the rules named the objects of earlier
testers' sentences, not the family's shape.

Every sentence of the tester's and of ours written before the fix (HELD_OUT19) is heard with the
couple's names and without; the tester's missed ones as a win, a moment, a check-in answer, the reply
to undo's "Shall I remove it?", to the reflection offered and to "What triggered it?", at "Which one
did you miss?", as a note on a device not linked and said alone: the locale's help, no row written or
removed. The twins and the tester's lookalikes stay quiet, said alone too.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.distress_tester19 import (
    HELD_OUT19,
    TESTER19,
    TESTER19_HEARD_BEFORE,
    TESTER19_LOOKALIKES,
    TWIN_LOOKALIKES19,
)
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import PLACES, _answered, disclose_at, unhelped
from trust_tracker.skill import distress
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [said for sentences in TESTER19.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT19.values() for said in sentences]
# Twins heard before the fix and still: the words of a cover story told to a nurse, which its rule
# (skill/distress_threats.py) hears on purpose; and a present wrapped, which only the learned check
# hears (a false alarm of its own, for its retrain to settle).
COVER_STORY_TWIN = "I told the nurse I fell down the stairs at the station and she strapped my ankle"
LEARNED_HEARS = "I hide in the bathroom to wrap his presents before he gets home"
QUIET = [said for said in TWIN_LOOKALIKES19 if said not in (COVER_STORY_TWIN, LEARNED_HEARS)] + TESTER19_LOOKALIKES


def test_the_lists_hold_what_they_say() -> None:
    assert KILL_IT_ALONE in TESTER19_LOOKALIKES
    assert len(DISTRESS) == 18 and len(TESTER19_HEARD_BEFORE) == 52 and len(TESTER19_LOOKALIKES) == 35
    assert set(HELD_OUT19) == set(TESTER19) and all(len(said) >= 4 for said in HELD_OUT19.values())
    assert len(TWIN_LOOKALIKES19) >= 3 * len(HELD_OUT19) and {COVER_STORY_TWIN, LEARNED_HEARS} <= set(TWIN_LOOKALIKES19)
    everything = DISTRESS + TESTER19_HEARD_BEFORE + HELD_OUT + TWIN_LOOKALIKES19 + TESTER19_LOOKALIKES
    assert len(set(everything)) == len(everything)


# B11 was "the one where I didn't fight him off in bed last night" at "Which one did you keep?".
LISTS = CheckedLists(heard=DISTRESS + TESTER19_HEARD_BEFORE + HELD_OUT, quiet=QUIET, disclosed=DISTRESS)


def test_no_rule_hears_the_present_wrapped_in_the_bathroom(monkeypatch) -> None:
    monkeypatch.setattr(distress, "learned_says_distress", lambda said: False)
    assert not is_distress(LEARNED_HEARS, ("Alex", "Sam")) and not is_distress(LEARNED_HEARS)


@pytest.mark.parametrize("place", PLACES, ids=[name for name, _, _ in PLACES])
@pytest.mark.parametrize("said", HELD_OUT)
def test_the_held_out_as_a_win_a_moment_or_an_answer_get_help_and_nothing_is_saved(say, session, couple, place, said):
    disclose_at(say, session, couple, place, HELD_OUT.index(said), said)


# Said alone (the tester said it after "log that", where it is a note), SupportIntent's sample "I'm
# going to kill {name}" takes it and helps whatever the name: the model's, left to its owner.
KILL_IT_ALONE = "I'm going to kill it at my presentation tomorrow"


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, DISTRESS + HELD_OUT) == []
    alone = [said for said in QUIET if said != KILL_IT_ALONE]
    assert [words for words, helped in _answered(say, session, alone) if helped] == []
