"""What a third independent tester said on main after the afternoon's merges that no family heard
(skill/distress_enduring.py): not enduring it much longer (offered as a moment of reliability and
saved on yes), not wanting to wake up, things getting physical, fire threatened on a person, the
marks covered, someone at the door of a person alone. Each family is heard in phrasings written
here, its everyday lookalikes stay quiet, and a lost game said as being "belted in the cricket"
no longer raises the numbers."""

from __future__ import annotations

import pytest

from tests.skill.distress_families import family_checks
from tests.skill.test_safety import alex, say, skill
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "say", "skill"]  # fixtures, shared

# The tester's words, verbatim (all reached the calm line or nothing; the first was saved).
TESTER3 = [
    "i don't know how much longer i can keep going like this",
    "i'm not sure i want to wake up tomorrow",
    "my mother in law threatens to set me on fire",
    "things get physical when he's been drinking",
    "i've started wearing long sleeves so nobody sees the bruises",
    "there's a man outside banging on my door and i'm alone",
]
TESTER3_LOOKALIKES = ["we got belted in the cricket on the weekend", "we got battered in the five a side"]

FAMILIES: dict[str, list[str]] = {
    "not much longer": [
        "honestly i don't know how long i can take this anymore",
        "not sure how much longer we can go on like this",
        "i don't know how much longer i can cope with him",
    ],
    "not waking": [
        "i hope i don't wake up tomorrow",
        "some nights i don't really want to wake up",
        "i'm not sure i wanna wake up anymore",
    ],
    "getting physical": [
        "it gets physical when she's had a few",
        "my husband gets physical if dinner is late",
        "things turned physical last night after the row",
    ],
    "fire on a person": [
        "my husband said he'll set me on fire if i leave",
        "he threatened to burn me with the lighter",
        "she keeps threatening to set the kids alight",
    ],
    "the marks covered": [
        "i wear a scarf so people don't see the marks on my neck",
        "i use concealer so no one can see the black eye",
        "i wore sunglasses to hide the bruises from my mum",
    ],
    "someone at the door": [
        "someone is trying to break in and i'm on my own",
        "he's pounding on the back door and i'm home alone",
        "my ex is trying to force his way in",
    ],
}
LOOKALIKES = [
    "i don't know how much longer i can keep going on this treadmill",
    "how long we can keep going before we stop for lunch",
    "things got physical in the rugby match",
    "the physio said it gets physical at training",
    "that curry set my mouth on fire",
    "i wear long sleeves because it's cold at work",
    "the postman was banging on the door while i was in the shower",
    "she's trying to break into the music industry",
    "i hope i don't wake up late for the flight",
    "we got hammered in the quiz last night",
    "i was battered in the final by a better player",
    "we got thrashed in the footy again",
]

(
    test_the_families_are_written_here_and_nowhere_else,
    test_every_family_is_heard,
    test_the_same_shapes_in_everyday_life_stay_quiet,
    test_each_family_gets_help_and_nothing_is_written_wherever_said,
) = family_checks(FAMILIES, LOOKALIKES, elsewhere=TESTER3 + TESTER3_LOOKALIKES, at_least=3)


@pytest.mark.parametrize("said", TESTER3)
def test_the_testers_words_are_heard(said) -> None:
    assert is_distress(said, ("Alex", "Sam"))


@pytest.mark.parametrize("said", TESTER3_LOOKALIKES)
def test_a_game_lost_heavily_is_not_danger(said) -> None:
    assert not is_distress(said, ("Alex", "Sam"))


def test_a_beating_at_the_match_is_still_heard() -> None:
    """Only *in* a game is being battered a loss: at the match, it may be an assault."""
    assert is_distress("i got battered at the football by his mates", ("Alex", "Sam"))
