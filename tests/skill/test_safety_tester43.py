"""tester-voice43's (2026-12-06, on main e7c8070): a wish not to be, said as "I might as well be dead", "I feel like I
should just disappear", "I'd be better off not waking up", "I'm pointless, nobody needs me", was offered as a moment of
reliability and, after a yes, saved and read back; a partner's threat against one's things, "she threatened to smash
my phone", "he told me he would burn my clothes if I left", got the promise menu or only the soft "say: I need help"
(skill/distress_not_being.py). With the everyday twins that share their words. And low moods that are not danger,
"I cried all week", "honestly I've been really down this week", answered with the hard day's way in, never saved as a
moment, the check-in over too (skill/feelings_said.py).

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.talk import ALEX_VOICE, SAY, Talk, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill

DISTRESS = [
    "I might as well be dead",
    "I might as well not exist",
    "I feel like I should just disappear",
    "I feel invisible, like I should just disappear",
    "I might as well not exist but I still did the dishes",
    "honestly most days I feel like I should just disappear",
    "I feel like I should just vanish off the face of the earth",
    "I should just be gone",
    "I feel like I should just leave this world",
    "I'm pointless, nobody needs me",
    "I'd be better off not waking up",
    "she threatened to smash my phone",
    "she said if I went out she would smash my phone again",
    "I missed the walk because she said she would smash my phone if I went",
    "he said he would take the car keys if I saw my friends",
    "he told me he would burn my clothes if I left",
    "he threatened to throw my laptop out the window",
    "he keeps threatening to smash things",
    "my wife has threatened to bin all my photos",
    # The partner's arrival told with fear or menace (the lead's probe after D2: skill/distress_arrival.py).
    "he just walked in, I'm scared",
    "he's home, I'm scared",
    "I'm frightened, he's just come in",
    "he's just come in drunk",
    "my husband just walked in and started shouting",
    "he just walked in and he's drunk again",
    "she's home early and I'm terrified",
    # tester-voice44, on the merge: flight planned (skill/distress_ready_to_flee.py; the first was saved as a moment).
    "I'll be gone before he wakes up",
    "I'm going to be long gone by the time she gets home",
    "I'm leaving tonight once he's asleep",
    "I've got a bag hidden in the car for when I have to leave",
    "we keep a go bag packed for when we need to leave",
]
TWINS = [
    "I might as well give up on the diet",
    "I should just disappear for a weekend with the girls",
    "I might as well be dead for all the notice the council takes",
    "I'm pointless at maths",
    "nobody needs me at work today",
    "he said he would take the car keys if I'd been drinking",
    "I might as well go to bed",
    "I should just go to sleep",
    "she said she would take my phone if I was on it at dinner again",
    "I cried all week",
    "honestly I've been really down this week",
    "he just walked in with flowers",
    "she got home and started shouting about her exam results",
    "he's back, I'm scared of the exam tomorrow",
    "we're home, I'm so scared of the dentist",
    "oh Sam just walked in",
    "I'll be gone before he wakes up, early shift tomorrow",
    "I've got a bag packed for when I go to the hospital",
    "I'll be gone before the baby wakes up",
    "I'm leaving once he's asleep, I've got a flight at six",
]
# Said alone at a question, no carrier of any locale brings these to the skill: Alexa's fallback takes them there.
UNREACHED = (
    "I'm pointless, nobody needs me",
    "he just walked in and he's drunk again",
    "my husband just walked in and started shouting",
    "I'll be gone before he wakes up",
    "I'm going to be long gone by the time she gets home",
    "I'm leaving tonight once he's asleep",
    "I've got a bag hidden in the car for when I have to leave",
    "we keep a go bag packed for when we need to leave",
)

LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)

LOW = ["I cried all week", "honestly I've been really down this week", "I cried all weekend"]


@pytest.mark.parametrize("said", LOW)
def test_a_low_mood_told_as_a_keep_gets_the_hard_days_way_in_and_nothing_is_saved(
    session, alex_talks, contract, said
) -> None:
    answer = alex_talks(said)
    assert answer.speech.startswith(SAY("log_low_mood")) and answer.open
    assert "moment of reliability" not in answer.speech
    assert entries(session) == []


@pytest.mark.parametrize("said", LOW)
def test_a_low_mood_said_when_nothing_was_asked_gets_the_hard_days_way_in(
    session, home, contract, skill, session_factory, said
) -> None:
    """The check-in over, words Alexa still hands to the skill as an answer (tester-voice43 S6)."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk.conversation.elicit = ("AnswerIntent", "answer")  # as if Alexa still thought we asked
    answer = talk(said)
    assert answer.speech.startswith(SAY("log_low_mood")), answer.speech
    assert entries(session) == []


def test_down_the_pub_is_no_low_mood(session, home, contract, skill, session_factory) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk.conversation.elicit = ("AnswerIntent", "answer")
    assert not talk("I've been down the pub all week").speech.startswith(SAY("log_low_mood"))


@pytest.mark.parametrize(
    "said", ["I'm gutted I missed our walk", "I feel awful that I forgot the evening talk", "so sad we missed our walk"]
)
def test_the_feeling_of_a_lapse_told_with_it_is_the_lapse(session, alex_talks, contract, said) -> None:
    """tester-voice43 D4: "I'm gutted I missed our walk" got the low mood's answer and nothing was asked."""
    answer = alex_talks(said)
    assert not answer.speech.startswith(SAY("log_low_mood")), answer.speech
    assert "evening" in answer.speech and answer.open  # the promise asked about, or the miss logged


def test_a_feeling_alone_is_still_a_low_mood(session, alex_talks, contract) -> None:
    assert alex_talks("I'm gutted").speech.startswith(SAY("log_low_mood"))
