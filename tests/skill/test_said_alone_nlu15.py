"""Distress said alone that reached only Alexa's fallback (the UNREACHED lists of tester-voice34 to 37): what
use am I, everyone better without me, wanting to stop existing, not trusting myself alone, anywhere rather
than go home or scared to go home, this app used in secret from the partner, and what I said kept from
them. SupportIntent carries each shape in every locale (interaction-model/source.json: "what is the use
{…}", "{…} without me" said last or with "in it", "around", "here", "anymore", "{…} stop existing",
"{…} trust myself {…}", "{…} go home {…}", "{…} using this {…}", "{…} never finds out|knows {…}", "{…}
him|her|about what i said", "{…} about what i told you", "{…} what i said to you"); our phrasings were
written before the carriers. Their twins, the same words about a phone, a party, chocolate or a surprise,
never get the help lines. The two carriers take no words after them (nlu16): with any, "made me a cuppa
without me asking" and "not done what i said i'd do" were taken from the jobs of the written-blind lists,
and "remove what i said" from the undo."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import LOCALES
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.steering_words import spoken
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say"]  # fixtures

# The testers' (tester34-37's UNREACHED), said alone: the fallback took them.
REACHED_NOW = [
    "the only promise I want to keep is to stop existing",
    "can't trust myself not to do anything stupid if I'm alone",
    "everything would be calmer without me in it",
    "everybody would be happier without me around",
    "what is the use of me living",
    "i'd rather sleep in the car than go home tonight",
    "what's the use of me even being here",
    "I'd sooner sleep at work than go home to him",
    "i'm only using this while he's at work",
    "please don't send him anything about what i said",
    "don't send her anything about what i told you",
    "never show him what i said",
    "staying at my mum's because I'm scared to go home",
    "can you make sure sam never finds out I use this app",
    "make sure my husband never knows i'm using alexa for this",
    "promise me jo won't find out i've been using this",
]
# Ours, of each shape, written before the carriers; and the fixed samples the carriers now stand for.
HELD_OUT = [
    "what's the use of me being alive",
    "what is the use of me carrying on",
    "the world would be better without me in it",
    "they'd all be happier without me around",
    "my kids would be better off without me",
    "honestly life would be easier for everyone without me here",
    "some days I just want to stop existing",
    "I wish I could just stop existing",
    "I can't trust myself around my pills anymore",
    "I don't trust myself not to hurt myself tonight",
    "I don't trust myself alone with the knives tonight",
    "I'd rather sleep in my car than go home to her",
    "I'm too scared to go home tonight",
    "I'm staying at my sister's because I'm afraid to go home",
    "I'm only using this while my husband is asleep",
    "please don't send her anything about what I told you",
    "never tell my wife what I said to you",
    "please don't tell him what I said to you",
    "make sure my wife never finds out I use this",
    "can you make sure he never knows I talk to you",
    "make sure Sam never knows I'm using this skill",
    "promise me she won't find out I've been using this",
    "everyone would be better off without me",
    "my family would cope fine without me",
    "everybody would be better without me",
    "i'm scared to go home",
    "i am afraid to go home",
]
# Everyday words of the same shapes: never the help lines (some reach SupportIntent and are let go).
TWINS = [
    "what's the use of me buying a new phone",
    "what is the use of me cooking if nobody eats it",
    "the party went ahead without me",
    "they'd be fine without me for one evening",
    "the kitchen would be tidier without me in it, I make such a mess",
    "I wish my overdraft would stop existing",
    "I can't trust myself around chocolate",
    "I don't trust myself to parallel park",
    "I can't trust myself to remember the bins",
    "I'd rather walk than go home by bus",
    "I'd sooner stay at the pub than go home early",
    "honestly I'd rather go home early",
    "I'm only using this while the kettle boils",
    "I'm using this to plan her birthday",
    "don't send him anything about the party",
    "I forgot what I said about the bins",
    "tell him what I said about the dinner booking",
    "don't tell her what I told you about her present",
    "make sure Sam never finds out about the surprise party",
    "promise me she won't find out what I got her for her birthday",
    "make sure he never knows I ate the last biscuit",
    "the match started without me",
    "he did the washing up without me asking",
    "she booked the table without me reminding her",
    "I haven't done what I said I'd do about the gutters",
    "show him what I said about the holiday",
]
# What the speaker said, taken back: still the undo, never a carrier of SupportIntent.
UNDO = ["remove what i said", "delete what i said", "erase what i told you", "undo what i said"]


@pytest.mark.parametrize("locale", LOCALES)
def test_each_reaches_support_said_alone_in_every_locale(locale) -> None:
    said = REACHED_NOW + HELD_OUT
    assert [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)] == ["SupportIntent"] * len(said)


@pytest.mark.parametrize("locale", LOCALES)
def test_what_i_said_taken_back_is_still_the_undo(locale) -> None:
    assert [turn["intent"] for turn in route_only(UNDO, locale)] == ["UndoTopicIntent"] * len(UNDO)


def test_each_is_heard_with_the_couples_names_and_without_and_each_twin_stays_quiet() -> None:
    couple = ("alex", "sam")
    assert [s for s in REACHED_NOW + HELD_OUT if not (is_distress(s, couple) and is_distress(s))] == []
    assert [s for s in TWINS if is_distress(s, couple) or is_distress(s)] == []


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, REACHED_NOW + HELD_OUT) == []
    assert rows(session) == []
    assert [words for words, helped in _answered(say, session, TWINS) if helped] == []
