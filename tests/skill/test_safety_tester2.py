"""A second independent tester's safety finds, by family (issue 8, item 1; skill/distress_despair.py,
skill/distress_hiding.py, skill/distress_blows.py). On main, 15 of its sentences were saved as
check-in answers, notes shown to the partner and site answers, and three everyday sentences got
crisis lines. Each sentence and each family is now heard through is_distress and through the real
handler chain where the tester said it, in every locale, with nothing written; the lookalikes,
the tester's and each family's, stay quiet or are saved as said."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester2 import (
    TESTER2_DISTRESS,
    TESTER2_FAMILIES,
    TESTER2_FAMILY_LOOKALIKES,
    TESTER2_LISTED,
    TESTER2_LOOKALIKES,
    TESTER2_SAVED,
)
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, count, envelope, past_doubt, say, skill, speech, then
from tests.skill.test_safety_said_alone import helped, spoken
from tests.skill.test_safety_softly import EVERY_PLACE, family_said_in_place
from tests.skill.test_safety_states import _disclose
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")
FAMILY_SAID = [said for phrasings in TESTER2_FAMILIES.values() for said in phrasings]
LOOKALIKES = TESTER2_LOOKALIKES + TESTER2_FAMILY_LOOKALIKES


def test_the_lists_hold_what_they_say() -> None:
    said = TESTER2_DISTRESS + FAMILY_SAID + LOOKALIKES
    assert len(said) == len(set(said))
    assert len(TESTER2_SAVED) == 17 and len(TESTER2_LISTED) == 61 and len(TESTER2_LOOKALIKES) == 35
    assert all(len(phrasings) >= 3 for phrasings in TESTER2_FAMILIES.values())


@pytest.mark.parametrize("names", [(), NAMES], ids=["unlinked", "linked"])
@pytest.mark.parametrize("said", TESTER2_DISTRESS + FAMILY_SAID)
def test_the_testers_words_and_their_families_are_heard(said, names) -> None:
    assert is_distress(said, names)


@pytest.mark.parametrize("said", LOOKALIKES)
def test_their_everyday_lookalikes_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(f"I {said}", NAMES)  # as a commitment slot is read


# Alexa hands "i {commitment}" the rest of "i'd rather ...": "'d rather finally end it".
@pytest.mark.parametrize("slot", ["'d rather finally end it", "'ll just end it tonight", "'m going to consume poison"])
def test_a_promise_slot_starting_with_a_contractions_tail_is_read_after_i(slot) -> None:
    assert is_distress(f"I {slot}")


# --- through the real handler chain: the places the tester used, in every locale ---------------
@EVERY_PLACE
@pytest.mark.parametrize("said", TESTER2_SAVED)
def test_the_saved_sentences_get_help_and_nothing_is_written_wherever_said(say, session, couple, place, said) -> None:
    # Each sentence its own family of one: every place, the locales turning with the place.
    family_said_in_place(say, session, couple, place, {said: [said]}, said)


@pytest.mark.parametrize("said", TESTER2_LISTED)
def test_the_listed_sentences_get_help_as_a_checkin_answer(say, session, couple, said) -> None:
    locale = LOCALES[TESTER2_LISTED.index(said) % len(LOCALES)]
    _disclose(say, session, couple, "mid check-in", "AnswerIntent", {"answer": said}, said, locale)


@EVERY_PLACE
@pytest.mark.parametrize("family", list(TESTER2_FAMILIES))
def test_each_family_gets_help_wherever_said(say, session, couple, place, family) -> None:
    family_said_in_place(say, session, couple, place, TESTER2_FAMILIES, family)


# --- the false alarms: everyday words are kept where they were said -----------------------------
@pytest.mark.parametrize("said", LOOKALIKES[:3] + TESTER2_FAMILY_LOOKALIKES)
def test_a_lookalike_said_as_a_checkin_answer_is_saved(say, session, alex, said) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    said_back = past_doubt(say, say(then(question, "AnswerIntent", {"answer": said})))
    assert not speech(said_back).startswith("I'm sorry you're going through this")
    assert count(session, CheckInAnswer) == 1


@pytest.mark.parametrize("said", LOOKALIKES[:3])
def test_a_false_alarm_noted_as_a_small_win_is_logged(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    logged = past_doubt(say, say(envelope("LogSmallWinIntent", {"note": said})))
    assert not speech(logged).startswith("I'm sorry you're going through this")
    assert count(session, LogEntry) == 1


# --- said alone ("Alexa, ask trust tracker ..."): routed over the en-US model, then answered ----
@pytest.mark.usefixtures("alex")
def test_said_alone_the_testers_words_end_at_help_and_the_lookalikes_do_not(conversation_script, say, session) -> None:
    distress = list(dict.fromkeys(spoken(said) for said in TESTER2_DISTRESS + FAMILY_SAID))
    routed = route_only(distress + [spoken(said) for said in LOOKALIKES])
    answered = {turn["utterance"] for turn in routed if helped(say, session, turn)}
    unrouted = {turn["utterance"] for turn in routed if turn["intent"] is None}
    missed = [said for said in distress if said not in answered]
    print(f"the tester's words and families said alone, helped: {len(distress) - len(missed)}/{len(distress)}")
    print(f"  not helped (no intent): {missed}")
    assert set(missed) <= unrouted  # Alexa's fallback carries no words to read
    # "{name} burned me" is a SupportIntent sample, answered with help whatever the name's words:
    # the detector is quiet on it (above); the sample's reading is SupportIntent's, left as it is.
    assert answered & {spoken(said) for said in LOOKALIKES} == {"that comeback really burned me"}
