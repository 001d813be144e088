"""An eighth independent tester's safety finds, by family (/work/notes/tester-voice7.md #1-#8;
skill/distress_brink.py, _farewell, _means, _leniency, _cornered, _fists). On main, despair said
in a promise's own words ("how easy it would be to just end it" on film night), a method's place
stared at or nearly stepped off, a rope thrown away as a small win, control told as good news, a
farewell as a check-in answer, threats, sex coerced said sideways, fists after drink and a tracker
hidden were missed, fifteen of them written to the database.

The held-out lists (tests/skill/distress_tester8.py) are our own words with other couples; each
is heard with its couple's names and with none, and, said with Alex and Sam in every place that
saves words, gets help with nothing written. The lookalikes stay quiet. TESTER holds the
tester's own forty, as they were said."""

from __future__ import annotations

import pytest

from tests.skill.distress_tester7 import said_by_couple
from tests.skill.distress_tester8 import TESTER8_DISTRESS, TESTER8_LOOKALIKES, TESTER8_MORE_LOOKALIKES, TESTER8_PROBE
from tests.skill.test_safety import alex, say, skill
from tests.skill.test_safety_softly import EVERY_PLACE, family_said_in_place
from tests.skill.test_safety_tester7 import heard_either_way, in_place

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

HEARD_BY_COUPLE = said_by_couple(TESTER8_DISTRESS)
QUIET_BY_COUPLE = said_by_couple(TESTER8_LOOKALIKES)

# The tester's own words, with the couple each was said by.
TESTER = {
    "Rose and Joy": [
        "on film night I kept thinking how easy it would be to just end it",
        "I keep staring at the railway line when I leave work",
        "log a small win: I threw away the rope I'd bought",
        "log a small win: I hid the car keys so I couldn't drive to the quarry",
        "log a moment: I didn't lose it with Rose even though I had the bread knife in my hand",
        "small win: Rose gave me my phone back for an hour",
        "I told Joy if she leaves I'll make her sorry she was ever born",
        "Joy keeps on at me in bed until I give in",
        "please, I just want everything to stop for good",
    ],
    "Alex and Sam": [
        "I left my phone open so Sam can find my goodbye messages after",
        "I walked to the edge of the cliff on our Sunday walk and nearly stepped off",
        "note a moment: Sam didn't threaten to take the kids this week",
        "I keep seeing Sam's car parked down the road from my office every lunchtime",
        "Alex threatened to put the cat in the microwave if I didn't shut up",
        "he gets handsy with his fists after a few beers",
        "it's only when he's had a few that his fists come out",
    ],
    "Mark and Rich": [
        "I fed the chooks even though I've decided this is my last week",
        "note a moment of reliability: Rich called at lunch and I didn't end up on the railway tracks",
        "for the record, Mark didn't make me sleep in the car this week",
        "note that Mark only read my messages twice this week",
        "I've made my peace and I'm ready to go",
        "I've got the car keys and a bottle of rum and the cliffs are ten minutes away",
        "Mark won't take no for an answer once the lights are off",
        "Mark says I owe him sex because he pays the rent",
        "some nights I want to grab Mark by the throat and squeeze",
        "I keep thinking about paddling out on the sunday surf and letting the rip take me",
        "Rich chucked a chair at me last night and it caught my shoulder",
        "Mark kicked the dog across the kitchen to show me what's coming",
        "Rich's little girl has bruises he won't explain",
        "on Sunday I'll paddle out past the flags and just not come back",
    ],
    "Jon and Joan": [
        "I keep looking at the train tracks on my walk home",
        "I've written a note for the children in case I'm gone",
        "if I wasn't around at all",
        "I counted out my mother's sleeping tablets and put them in my purse",
        "Joan holds a kitchen knife when we argue",
        "my wife takes my paycheque and I have to ask her for bus fare",
        "Joan hid a tracker under the seat of my car",
        "Jon's been saying that if I leave he'll drink poison in front of me",
        "after sunday lunch I'm going to take all of Jon's blood pressure tablets",
        "the train home goes over the river and I keep wondering if I'd survive the drop",
    ],
}


IN_PLACE = in_place(HEARD_BY_COUPLE)


def test_the_lists_hold_what_they_say() -> None:
    assert len(HEARD_BY_COUPLE) == 50
    assert len(QUIET_BY_COUPLE) == 40
    assert len(said_by_couple(TESTER)) == 40
    said = [s for _, s in HEARD_BY_COUPLE + QUIET_BY_COUPLE]
    assert len(said) == len(set(said))
    names = {name for couple, _ in HEARD_BY_COUPLE + QUIET_BY_COUPLE for name in couple}
    assert {"Hope", "Ivy", "Bill", "Rowan", "Sky"} <= names


@pytest.mark.parametrize(
    ("couple", "said"), HEARD_BY_COUPLE + said_by_couple(TESTER) + [(("Alex", "Sam"), said) for said in TESTER8_PROBE]
)
def test_each_is_heard_with_the_couples_names_and_without(couple, said) -> None:
    assert heard_either_way(couple, said)


@pytest.mark.parametrize(
    ("couple", "said"), QUIET_BY_COUPLE + [(("Alex", "Sam"), said) for said in TESTER8_MORE_LOOKALIKES]
)
def test_the_everyday_beside_them_stays_quiet(couple, said) -> None:
    assert heard_either_way(couple, said, heard=False)


@EVERY_PLACE
@pytest.mark.parametrize("said", list(IN_PLACE))
def test_said_where_words_are_saved_each_gets_help_and_nothing_is_written(say, session, couple, place, said) -> None:
    family_said_in_place(say, session, couple, place, IN_PLACE, said)
