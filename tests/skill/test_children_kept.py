"""Children kept from the speaker as a threat (skill/distress_children_kept.py) are heard by rule, not
left to the learned check (its retrain at nlu7 dropped test_safety_good_news's "…told me I'd never see
them" under the alarm). Our own phrasings; said through the skill, nothing is saved."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.simulator import Match

NAMES = ("Priya", "Tomás")
HEARD = [
    "she took the children and said I will never see them again",
    "he told me I'd never see the kids again",
    "he swore I would never get to see my daughter if I left",
    "my son is with his dad, he said I'd never see him again",
    "he threatened that I'd never see my little ones again",
    "the kids are at his mum's and he said i would never see them again unless i came back",
    "Tomás said we'd never see our baby once the papers went through",
]
EVERYDAY = [
    "the kids loved the show and the teacher said we would never see them so happy",
    "I told the kids we would never see that film again, it was awful",
    "the shop told me I'd never see that money again",
    "the kids saw fireworks and I said we would never see them like that again",
    "the vet said we'd never see a calmer dog",
]


@pytest.mark.parametrize("said", HEARD)
def test_children_kept_as_a_threat_are_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", EVERYDAY)
def test_their_everyday_twins_are_not(said) -> None:
    assert not is_distress(said, NAMES)


@pytest.mark.parametrize("said", HEARD[:3])
def test_said_as_a_moment_it_hears_the_help_lines_and_nothing_is_saved(session, home, contract, alex_talks, said):
    heard = alex_talks.send(Match("LogReliabilityIntent", {"note": said}))
    assert heard.speech.startswith("I'm sorry you're going through this."), heard.speech
    assert "nine one one" in heard.speech
    assert entries(session) == []
