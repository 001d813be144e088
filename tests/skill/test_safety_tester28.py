"""tester-voice28's distress saved or only doubted (on the merge a8f17cc; skill/distress_laughed_off.py):
harm laughed off, "ha, new bruises for my collection this week, he was in a mood" (a moment, a check-in
answer, a reflection), "guess who's got a black eye again, haha" and "had to do my makeup extra thick
today, lol" (moments), "he was in one of his moods again, thank god for concealer" (a check-in answer),
"just another Tuesday, ice pack on my face again" (saved on "yes"); a reprisal promised, "he'll make me
pay for it later" (a moment), "I'd better watch what I say or I'll get it later" (a check-in answer),
"he told me to keep my mouth shut or I'd regret it" (doubted, no help at "Which one?"). Each with
sentences of ours in the same shapes and everyday twins that share their words, heard with the
couple's names and without, and where a person would say it. Said alone, every one reaches a
SupportIntent carrier (nlu10)."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester13 import (
    assert_read_alike,
    disclose_where,
    heard_or_quiet,
    note_not_linked,
    reached_places,
    reply_to_which_one,
)
from tests.skill.test_safety_tester15 import _routed

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # The tester's.
    "ha, new bruises for my collection this week, he was in a mood",
    "guess who's got a black eye again, haha",
    "he was in one of his moods again, thank god for concealer",
    "just another Tuesday, ice pack on my face again",
    "he'll make me pay for it later",
    "had to do my makeup extra thick today, lol",
    "I'd better watch what I say or I'll get it later",
    "he told me to keep my mouth shut or I'd regret it",
    # Ours, in the same shapes, written after the rules.
    "more bruises to add to my collection, she'd been drinking",
    "I've got a shiner again and he says I walked into a door",
    "ice packs on my cheek again after last night",
    "she was in one of her tempers, I'm wearing long sleeves all week",
    "I had to pile on the concealer heavily again",
    "she'll make me pay for this when she gets home",
    "my husband says he will make me pay",
    "I have to be careful about what I do or there'll be hell to pay",
    "he warned me to say nothing or else",
]
TWINS = [
    "new bruises for my collection from football this week",
    "I've got a black eye again from squash",
    "ice pack on my face again after the dentist",
    "had to do my makeup extra thick for the wedding photos",
    "had to do my makeup extra thick today because of a breakout",
    "Sam was in a great mood and bought me sunglasses",
    "she'll make me pay for dinner",
    "he'll make me pay for the drinks later",
    "Sam told me to wear a coat or I'd regret it",
    "Sam told me to keep quiet about the surprise party",
    "I'd better watch what I eat or I'll get fat",
    "I'd better watch what I say at the meeting",
    "Sam was in one of her moods, so we skipped the film",
    "new stamps for my collection this week",
]


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(DISTRESS, TWINS))
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert_read_alike(said, heard)


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("said", DISTRESS)
@pytest.mark.parametrize("intent", ["LogKeptIntent", "LogMissedIntent"])
def test_the_reply_to_which_one_gets_help_and_logs_nothing(say, session, alex, couple, intent, said) -> None:
    reply_to_which_one(say, session, couple, intent, said)


@pytest.mark.parametrize("said", DISTRESS)
def test_a_note_on_a_device_not_linked_gets_help_and_saves_nothing(say, session, said) -> None:
    note_not_linked(say, session, said)
