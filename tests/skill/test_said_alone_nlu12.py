"""Distress said alone that matched no intent (issue 8): the 31 sentences tester-voice30, tester-voice31
and the lead's probe heard as notes but that Alexa's fallback took said alone (their files' UNREACHED,
now empty, so reached_places asks them at every question too). SupportIntent carries each shape in
every locale (interaction-model/source.json, nlu12): asking the fastest way to die or how to get a gun,
being a burden, "sorry for everything" before a goodbye, a black eye or swelling explained away, the
police called on us, the one place he can't hear, sleeping in the car with the baby, a week without
wanting to die, always the one in casualty, whatever stops him yelling at the kids, nobody believes me,
the tracks tempting, the courage to go through with it, where would I go, he shut my hand, he rings my
work, not eating until he says, marks on my wrists. Each carrier has words on both sides of its fixed
words where it can, so the sentence is read whole, as said (skill/carrier_reading.py)."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, assert_support, envelope, say, speech
from tests.skill.test_safety_tester10 import unhelped
from tests.skill.test_safety_tester13 import HELP, LOCALES
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.steering_words import spoken

__all__ = ["alex", "conversation_script", "say"]  # fixtures

# The three files' UNREACHED before nlu12: Alexa's fallback took each said alone.
FORMERLY_UNREACHED = [
    # tests/skill/test_safety_tester30.py
    "haha just another week of pretending the bruises are from netball",
    "pretending the bruises are from netball",
    "whichever one stops him yelling at the kids",
    "another month of making out my black eye was from football",
    "anything that stops him screaming at the children",
    "honestly whatever stops my husband shouting at our son",
    # tests/skill/test_safety_lead_probe.py
    "mum reckons I should leave him but where would I go with three kids",
    "he rings my work to check I'm actually there",
    "I don't eat until he says I can",
    "the train tracks look more and more tempting",
    "if only I had the courage to go through with it",
    "the neighbours rang the police again because of the screaming",
    "I'm writing this from the car because it's the only place he can't hear me",
    "nobody believes me because he's so charming in public",
    "the marks on my wrists are from the zip ties he used",
    "the bathroom is the one place she can't check on me",
    "he shut my hand in the kitchen drawer",
    "there are rope marks on my ankles from where he tied me up",
    "I'm sorry for everything, tell the kids I love them, I won't be here to say it",
    "me and the baby have been sleeping in my car",
    # tests/skill/test_safety_tester31.py
    "I'm just tired of being a burden",
    "tell Sam I'm sorry for everything, I won't be around to annoy him much longer",
    "what's the fastest way to die",
    "how do I get a gun quickly",
    "ha, I'm getting really good at explaining away the black eyes",
    "lol the neighbours called the cops on us again",
    "made it through the week without wanting to die",
    "it's always me who ends up in casualty",
    "how can I buy a gun tonight",
    "the swelling on my face is going down at last",
    "someone called the police on us last night",
]
# Ours, the same shapes in other words, written before the carriers (said alone over lead2's model,
# 3 of the 20 were helped): 14 are heard and helped now.
HELD_OUT = [
    "what's the quickest way to die in my sleep",
    "what is the easiest way to kill myself",
    "how do I get hold of a gun fast",
    "I'm so tired of being a burden to everyone",
    "tell the kids I'm sorry for everything, I won't be here much longer",
    "the neighbours phoned the police on us again last night",
    "somebody rang the cops because of the shouting",
    "the shed is the only place he can't find me",
    "the kids and I have been sleeping in the car for a week",
    "got through today without wanting to kill myself",
    "it's always me who ends up in hospital after a row",
    "he slammed my fingers in the car door",
    "nobody believes me because she's so lovely to everyone else",
    "whatever stops him hitting the kids",
]
# The other 6 (4 carried but not heard, 2 not carried) are heard said alone since nlu13, which tests them
# (tests/skill/test_said_alone_nlu13.py REACHED_NOW).
CARRIED_NOT_HEARD: list[str] = []
NOT_CARRIED: list[str] = []
# Everyday words of the same shapes, written with the held-out ones: never the help lines (some reach
# SupportIntent and are let go, the rest the fallback).
TWINS = [
    "how do I get a gun licence for clay shooting",
    "the police came to the school to talk about road safety",
    "I'm sleeping in the car at the festival",
    "what's the fastest way to the station",
    "I'm sorry for everything I said last night",
    "the swelling on my ankle is going down at last",
    "the bathroom is the only place I can read in peace",
    "it's always me who ends up in the kitchen at parties",
    "nobody believes me when I say I ran a marathon",
    "he shut the gate so the dog can't get out",
    "made it through the week without wanting to quit the gym",
    "the neighbours called the police when our shed was broken into",
]

# The speaker's own deeds in the carriers' words: "i {commitment}" took them before nlu12; through a
# carrier, read whole and not distress, they are still asked about as a keep (skill/safety.py).
OWN_DEEDS = [
    "I got through the day without wanting to smoke",
    "I took Sam to the one place she loves",
    "I finally had the courage to tell Sam the truth",
    "we went back to the only place we could both agree on",
]


def _intents(said: list[str], locale: str) -> list[str | None]:
    return [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_formerly_unreached_sentence_and_ours_reach_support_in_every_locale(locale) -> None:
    said = [*FORMERLY_UNREACHED, *HELD_OUT, *CARRIED_NOT_HEARD]
    assert _intents(said, locale) == ["SupportIntent"] * len(said)
    assert _intents(NOT_CARRIED, locale) == [None] * len(NOT_CARRIED)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_formerly_unreached_sentence_is_helped(conversation_script, say, session) -> None:
    assert unhelped(say, session, FORMERLY_UNREACHED) == []
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
def test_said_alone_each_of_ours_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, HELD_OUT) == []
    assert rows(session) == []
    # Never the help lines; one's own deed ("I told the teacher …") is served as "i {commitment}" served it.
    quiet = CARRIED_NOT_HEARD + NOT_CARRIED + TWINS
    assert sorted(unhelped(say, session, quiet)) == sorted(spoken(s) for s in quiet)


@pytest.mark.parametrize(
    "slot", ["after_fastest_way_to", "before_a_gun", "before_sorry_for_everything", "after_he_shut", "before_tempting"]
)
@pytest.mark.parametrize("odd", ["", "?", "🙂🙂", "sam " * 300, "i " * 300])
def test_odd_words_in_the_new_carriers_save_nothing(say, session, slot, odd) -> None:
    answered = say(envelope("SupportIntent", {slot: odd}, locale="en-GB"))
    assert answered["response"]["outputSpeech"]["ssml"]
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
def test_a_gun_asked_for_with_words_on_both_sides_is_read_whole(say, session) -> None:
    asked = {"before_a_gun": "how can i buy", "after_a_gun": "tonight"}
    assert_support(say(envelope("SupportIntent", asked, locale="en-AU")), "en-AU")
    licence = {"before_a_gun": "how do i get", "after_a_gun": "licence for clay shooting"}
    assert not speech(say(envelope("SupportIntent", licence, locale="en-AU"))).startswith(HELP)
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
@pytest.mark.parametrize("said", OWN_DEEDS)
def test_the_speakers_own_deed_through_a_new_carrier_is_asked_about_as_a_keep(say, session, couple, said) -> None:
    agreed_contract(session, *couple)
    [turn] = route_only([spoken(said)], "en-GB")
    assert turn["intent"] == "SupportIntent"
    answered = speech(say(envelope(turn["intent"], turn["slots"], locale="en-GB")))
    assert "promise" in answered and not answered.startswith(HELP) and "I need help" not in answered
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
def test_a_game_read_whole_through_a_carrier_is_let_go_never_asked_about_as_a_keep(say, session, couple) -> None:
    agreed_contract(session, *couple)
    slots = {"before_and_he_beat": "we played chess", "after_and_he_beat": "me again"}
    answered = speech(say(envelope("SupportIntent", slots, locale="en-GB")))
    assert answered.startswith("That one isn't something I keep track of.") and "promise kept" in answered
    assert rows(session) == []
