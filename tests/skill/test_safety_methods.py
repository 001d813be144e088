"""safety17a: suicide and self-harm said through a method or a place, softly, as a plan, a
thought or a past attempt, and the speaker's own urge to hurt the partner or the children
(skill/distress_methods.py, skill/distress_urge.py). The eleventh blind list
(tests/skill/blind11_methods.py) is said as a whole sentence, alone through virtual-alexa's route
over each locale's model and the handler chain, and in every place a note is kept (a check-in
answer, a small win, a moment, a breach note, a reflection answer, a name); each gets the locale's
help, no row written. Lookalikes stay quiet and are saved as said.

The blind list (76 distress phrasings, 48 lookalikes), written before the patterns were read,
measured on main first: 34/76 heard, 0/48 false alarms; said alone, 34/76 helped. After: 75/76
heard, 0/48; said alone 75/76 helped, no lookalike helped. Left: "i won't be here for the next check
in" (said of a trip as often). Then READ and tuned on, so no longer unseen; the list written beside
it and never tuned on (HELD_OUT_*) measures the families on unseen words: 9/30 -> 19/30.
"""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.blind11_methods import ELEVENTH_DISTRESS, ELEVENTH_LOOKALIKES
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.held_out11 import HELD_OUT_DISTRESS, HELD_OUT_LOOKALIKES
from tests.skill.test_safety import LOCALES, alex, count, envelope, past_doubt, say, skill, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_softly import EVERY_PLACE, family_said_in_place
from tests.skill.test_safety_states import _disclose, stored
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
# Left unheard on purpose: said of a trip away as often as of an end.
LEFT = ["i won't be here for the next check in"]
HEARD = [said for said in ELEVENTH_DISTRESS if said not in LEFT]
# The tester's finds (paraphrased), and the everyday words beside them.
TESTER_FINDS = [
    "I was so angry I wanted to hurt her, I was stood there holding the knife",
    "I wanted to hurt her",
    "sometimes I think of jumping from the terrace",
    "I'm counting the paracetamol",
    "I want to walk into the sea and not come back",
    "I could sit in the ute with the engine running in the garage",
    "I'm afraid of what I'll do to him",
    "I nearly hit her",
    "I could have strangled him, I had my hands round his throat",
    "I've been giving my things away",
    "I've written letters to the kids in case",
    "everyone would be better off if I wasn't here",
    "I want to go to sleep and not wake up",
]
EVERYDAY = [
    "I'm going to disappear into a good book tonight",
    "I could have strangled him when he spoiled the ending",
    "I could have killed her for eating my chocolate",
    "I punched him on the arm as a joke",
    "I grabbed her by the arm to stop her falling",
    "I held the scissors near her hair to trim her fringe",
    "I threw the keys at him so he could lock up",
    "I hit her car in the car park",
    "I tied the rope to the beam for the kids swing",
    "my will is with the solicitor and the passwords are in the safe",
    "I nearly walked into traffic looking at my phone",
    "I stood on the edge of the cliff to take a photo",
    "I counted my tablets to put them in the dosette box",
    "I left the engine running in the garage while I got the kids",
    "I swam out into the sea and came back in",
    "I got the rifle out to clean it",
    "I want to go under the water at the pool and see how long I can stay there",
    # As a promise slot is read ("i {commitment}" leaves the "we" out).
    "watched a scary film and it scared the life out of me",
    "went on the big dipper and it scared the living daylights out of me",
]
HELP = "I'm sorry you're going through this."


def test_the_lists_hold_what_they_say() -> None:
    said = ELEVENTH_DISTRESS + ELEVENTH_LOOKALIKES + HELD_OUT_DISTRESS + HELD_OUT_LOOKALIKES + TESTER_FINDS + EVERYDAY
    assert len(said) == len(set(said)) and len(ELEVENTH_DISTRESS) >= 60 and len(ELEVENTH_LOOKALIKES) >= 40


@pytest.mark.parametrize("names", [(), NAMES], ids=["unlinked", "linked"])
@pytest.mark.parametrize("said", HEARD + TESTER_FINDS)
def test_each_blind_phrasing_is_heard(said, names) -> None:
    assert is_distress(said, names)


@pytest.mark.parametrize("said", LEFT)
def test_what_was_left_is_still_quiet(said) -> None:
    assert not is_distress(said, NAMES)  # when this is heard, move it back to HEARD


def test_the_held_out_list_as_measured() -> None:
    """Never tuned on: 9/30 heard on main, 19/30 with these families; one false alarm of 20 both
    times ("i left a note for my partner on the fridge about dinner", an older family's). safety18
    read its eleven misses for families (a place dwelt on, an edge sat at, traffic stepped into
    hoping, water walked into to keep going, medicine stopped on purpose, a harm pictured, "make it
    look like an accident"; skill/distress_grief.py), never its items: 29/30, 0/20 (a note's place
    or errand now says it is everyday). Left: "i planned it for after the kids go back to school"
    (said of a trip as often). No longer unseen."""
    heard = [said for said in HELD_OUT_DISTRESS if is_distress(said, NAMES)]
    alarms = [said for said in HELD_OUT_LOOKALIKES if is_distress(said, NAMES)]
    print(
        f"held out: {len(heard)}/{len(HELD_OUT_DISTRESS)} heard, {len(alarms)}/{len(HELD_OUT_LOOKALIKES)} false alarms"
    )
    assert len(heard) >= 29 and len(alarms) == 0


@pytest.mark.parametrize("said", ELEVENTH_LOOKALIKES + EVERYDAY)
def test_each_blind_lookalike_stays_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(f"I {said}", NAMES)  # as a commitment slot is read


# --- in place: every phrasing as a check-in answer, a win, a moment, a note, a reflection -------
@EVERY_PLACE
@pytest.mark.parametrize("said", HEARD + TESTER_FINDS)
def test_each_phrasing_gets_help_and_writes_nothing_wherever_said(say, session, couple, place, said) -> None:
    family_said_in_place(say, session, couple, place, {said: [said]}, said)


@pytest.mark.parametrize("said", HEARD[::4] + TESTER_FINDS[::3])
def test_said_as_a_name_it_gets_help(say, session, couple, said) -> None:
    locale = LOCALES[len(said) % len(LOCALES)]
    _disclose(say, session, couple, "unknown voice", "IdentifySpeakerIntent", {"name": said}, said, locale)


@pytest.mark.parametrize("said", ELEVENTH_LOOKALIKES + EVERYDAY)
def test_a_lookalike_noted_as_a_small_win_is_logged(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    logged = past_doubt(say, say(envelope("LogSmallWinIntent", {"note": said})))
    assert not speech(logged).startswith(HELP)
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize("said", ELEVENTH_LOOKALIKES[::3])
def test_a_lookalike_said_as_a_checkin_answer_is_saved(say, session, alex, said) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    said_back = past_doubt(say, say(then(question, "AnswerIntent", {"answer": said})))
    assert not speech(said_back).startswith(HELP)
    assert count(session, CheckInAnswer) == 1


# --- said alone ("Alexa, ask trust tracker ..."), each over its own locale's model ---------------
def _said_alone(say, session, phrasings: list[str]) -> tuple[list[str], list[str]]:
    """(helped with the locale's lines and nothing written, answered with help at all), each
    phrasing routed and answered in the locale its place in the list turns to."""
    helped, answered = [], []
    for locale in LOCALES:
        mine = [spoken(said) for i, said in enumerate(phrasings) if LOCALES[i % len(LOCALES)] == locale]
        for turn in route_only(mine, locale):
            if turn["intent"] is None:
                continue  # Alexa's fallback: no words reach the skill
            before = stored(session)
            result = say(envelope(turn["intent"], turn["slots"], locale=locale))
            if speech(result).startswith(HELP):
                answered.append(turn["utterance"])
                if stored(session) == before:
                    helped.append(turn["utterance"])
    return helped, answered


@pytest.mark.usefixtures("alex")
def test_the_blind_list_said_alone_ends_at_help(conversation_script, say, session) -> None:
    helped, _ = _said_alone(say, session, ELEVENTH_DISTRESS + TESTER_FINDS)
    missed = [spoken(said) for said in ELEVENTH_DISTRESS + TESTER_FINDS if spoken(said) not in helped]
    print(f"eleventh blind list and the tester's said alone, helped: {len(helped)}; missed: {missed}")
    assert missed == [spoken(said) for said in LEFT]


@pytest.mark.usefixtures("alex")
def test_the_blind_lookalikes_said_alone_get_no_help(conversation_script, say, session) -> None:
    _, answered = _said_alone(say, session, ELEVENTH_LOOKALIKES + EVERYDAY)
    assert answered == []
