"""Distress said alone that reached only Alexa's fallback before nlu10 (tester-voice27: an overdose or all
the pills said with a joke; tester-voice27 and 28's former UNREACHED: a no not heeded, hiding from him,
harm laughed off, a reprisal promised), carried by SupportIntent samples of their shapes
(interaction-model/source.json); nlu9's four held out, which reached a carrier but were not heard, heard by
rule (skill/distress_held_over.py). Sentences of ours in the same shapes, written after the carriers,
reach them in every locale; everyday twins that share their words reach them too and are let go. Three
everyday openers a carrier took whole ("I'm afraid I forgot to buy milk again", "my mother-in-law's cooking
is to die for", "he followed the recipe exactly") are let go as words about no promise, never met with the
line about help."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_natural_phrasings_nlu7 import _talk
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import LOCALES, assert_read_alike, heard_or_quiet
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.steering_words import spoken
from trust_tracker.skill.help_words import WORDING

__all__ = ["alex", "conversation_script", "say"]  # fixtures

# The testers' own, said alone.
TESTERS = [
    "joke's on me, I'll probably just overdose and save everyone the trouble",
    "joke's on me, I'll just take all my pills",
    "he wouldn't take no for an answer last night",
    "haha I was too busy hiding from him, as per usual",
    "ha, new bruises for my collection this week, he was in a mood",
    "guess who's got a black eye again, haha",
    "just another Tuesday, ice pack on my face again",
    "had to do my makeup extra thick today, lol",
    "I'd better watch what I say or I'll get it later",
    "more bruises to add to my collection, she'd been drinking",
    "ice packs on my cheek again after last night",
]
# nlu9's held out: a carrier took them, the detector did not hear them; now a rule does.
NLU9_HELD_OUT = [
    "he wouldn't give me my keys back until I said sorry",
    "she refused to give my phone back all weekend",
    "my son was crying in the hallway while she yelled at me",
    "my ex tracked down where I work now",
]
# Ours, in the same shapes, written after the carriers and the rule (README: how many are heard).
HELD_OUT = [
    "ha, I'll just overdose on my meds one of these days",
    "lol the joke's on me, I might as well overdose tonight",
    "haha don't mind me, I'll just swallow all my pills and be done",
    "fresh bruises for my collection, lol, she was drunk again",
    "look who's got a black eye again, classic",
    "ice pack on my cheek again, business as usual",
    "I have to be careful what I say or I'll get it later when he's home",
    "she wouldn't take no for an answer when I said I was tired",
    "lol I spend my evenings hiding from him in the garage",
    "my husband won't give me my car keys back until I apologise",
    "my daughter was shaking on the stairs while he screamed at me",
    "he hunted down where I live now",
]
# Ours too, carried to SupportIntent but not heard by the detector: the line about help only.
CARRIED_NOT_HEARD = [
    "did my makeup extra thick for work again, haha",
    "I'll keep quiet or I'll get it tonight",
]
TWINS = [
    "I'll just take all my tablets with breakfast",
    "new bruises for my collection from rugby",
    "got a black eye again from squash",
    "ice pack on my face again after the dentist",
    "had to do my makeup extra thick for the wedding photos",
    "answer the door or I'll get it later",
    "the salesman wouldn't take no for an answer",
    "Sam wouldn't give my phone back until I finished my dinner",
    "my son was crying while he shouted at the football",
    "my boss tracked down where I work now",
]
EVERYDAY_OPENED = [
    "I'm afraid I forgot to buy milk again",
    "I'm afraid I missed the walk today",
    "my mother-in-law's cooking is to die for",
    "my father-in-law's garden looks lovely",
    "he followed the recipe exactly",
    "she followed the map all the way to the beach",
]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sentence_of_these_shapes_reaches_support_in_every_locale(locale) -> None:
    said = TESTERS + NLU9_HELD_OUT + HELD_OUT + CARRIED_NOT_HEARD + TWINS[:7] + EVERYDAY_OPENED
    assert [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)] == ["SupportIntent"] * len(said)


@pytest.mark.usefixtures("alex")
def test_said_alone_each_heard_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, TESTERS + NLU9_HELD_OUT + HELD_OUT) == []
    assert [words for words, helped in _answered(say, session, TWINS + CARRIED_NOT_HEARD) if helped] == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", EVERYDAY_OPENED)
def test_an_everyday_opener_is_let_go_never_met_with_the_line_about_help(session, session_factory, locale, said):
    talk = _talk(session, session_factory, locale)
    answer = talk(said)
    assert answer.speech.startswith(WORDING[locale]["played"]), answer.speech
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["I'm afraid I'll hurt myself tonight", "I'm afraid I can't go home, he'll kill me"])
def test_distress_after_i_am_afraid_i_is_still_helped(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert talk(said).speech.startswith("I'm sorry you're going through this.")
    assert rows(session) == []


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(NLU9_HELD_OUT + HELD_OUT[-3:], TWINS[-3:]))
def test_held_over_me_is_heard_and_its_everyday_twin_is_not(said, heard) -> None:
    assert_read_alike(said, heard)
