"""A sixth independent tester's safety finds, by family (/work/notes/tester-voice3.md #1, #2, #5, #6,
#17; skill/distress_plans.py, skill/distress_urge.py, SupportIntent's carriers). On main, "I don't
see the point of waking up tomorrow" and "I feel like smashing Sam's face in" were offered as a
moment and saved after a "yes", a plan to take everything in the medicine cabinet tonight got only
the calm line, nine sentences the detector knew reached no intent said alone, and "I'm going to
kill Jo-Ann at tennis tomorrow" got the crisis lines. Each is now heard through is_distress and
through the real handler chain in every place and locale, nothing written; said alone, each
reaches help in every locale's model; the lookalikes stay quiet."""

from __future__ import annotations

import pytest

from tests.skill.distress_tester6 import (
    TESTER6_CARRIED,
    TESTER6_FAMILIES,
    TESTER6_HEARD,
    TESTER6_LOOKALIKES,
    TESTER6_NOT_A_GAME,
    TESTER6_SAID_ALONE,
)
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, envelope, say, skill, speech
from tests.skill.test_safety_said_alone import helped, spoken
from tests.skill.test_safety_softly import EVERY_PLACE, family_said_in_place
from tests.skill.test_safety_states import stored
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.simulator import InteractionModel

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")
FAMILY_SAID = [said for phrasings in TESTER6_FAMILIES.values() for said in phrasings]
HEARD = TESTER6_HEARD + TESTER6_SAID_ALONE + FAMILY_SAID + TESTER6_CARRIED + TESTER6_NOT_A_GAME
ALONE = list(dict.fromkeys(spoken(said) for said in TESTER6_HEARD + TESTER6_SAID_ALONE + FAMILY_SAID + TESTER6_CARRIED))
LOOKALIKES_ALONE = [spoken(said) for said in TESTER6_LOOKALIKES]


def test_the_lists_hold_what_they_say() -> None:
    said = HEARD + TESTER6_LOOKALIKES
    assert len(said) == len(set(said))
    assert all(len(phrasings) >= 8 for phrasings in TESTER6_FAMILIES.values())


@pytest.mark.parametrize("said", HEARD)
def test_the_testers_words_and_their_families_are_heard(said) -> None:
    assert is_distress(said, NAMES)
    if not any(name.lower() in said.split() or f"{name.lower()}'s" in said for name in NAMES):
        assert is_distress(said, ())  # no name in it: the same on a device not linked yet


@pytest.mark.parametrize("said", TESTER6_LOOKALIKES)
def test_their_everyday_lookalikes_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(said, ())


@EVERY_PLACE
@pytest.mark.parametrize("said", TESTER6_HEARD)
def test_the_testers_sentences_get_help_and_nothing_is_written_wherever_said(say, session, couple, place, said) -> None:
    family_said_in_place(say, session, couple, place, {said: [said]}, said)


@EVERY_PLACE
@pytest.mark.parametrize("family", list(TESTER6_FAMILIES))
def test_each_family_gets_help_wherever_said(say, session, couple, place, family) -> None:
    family_said_in_place(say, session, couple, place, TESTER6_FAMILIES, family)


def _helped_in(say, session, model: InteractionModel, locale: str, utterance: str) -> bool:
    """The request Alexa would send for `utterance` over `locale`'s model (the simulator), answered
    by the real skill with that locale's help and nothing written."""
    heard = model.match(utterance)
    if heard is None or heard.intent is None:
        return False
    before = stored(session)
    slots = {name: value for name, value in heard.slots.items() if value is not None}
    said = speech(say(envelope(heard.intent, slots, locale=locale)))
    return said.startswith("I'm sorry you're going through this.") and stored(session) == before


@pytest.mark.usefixtures("alex")
@pytest.mark.parametrize("locale", LOCALES)
def test_said_alone_in_each_locale_they_end_at_help_and_the_lookalikes_do_not(say, session, locale) -> None:
    model = InteractionModel.load(locale=locale)
    missed = [said for said in ALONE if not _helped_in(say, session, model, locale, said)]
    alarms = [said for said in LOOKALIKES_ALONE if _helped_in(say, session, model, locale, said)]
    print(f"{locale}: the sixth tester's words said alone, helped {len(ALONE) - len(missed)}/{len(ALONE)}")
    assert missed == []
    assert alarms == []


@pytest.mark.usefixtures("alex")
def test_through_virtual_alexa_the_nine_sentences_end_at_help(conversation_script, say, session) -> None:
    """A few through virtual-alexa's routing (en-US): the tester's nine, and the game idiom."""
    distress = [spoken(said) for said in TESTER6_SAID_ALONE + TESTER6_HEARD]
    lookalikes = [spoken(said) for said in TESTER6_LOOKALIKES[-13:]]
    routed = route_only(distress + lookalikes)
    answered = {turn["utterance"] for turn in routed if helped(say, session, turn)}
    print(f"through virtual-alexa, helped: {len(answered & set(distress))}/{len(distress)}")
    assert set(distress) <= answered
    assert not answered & set(lookalikes)
