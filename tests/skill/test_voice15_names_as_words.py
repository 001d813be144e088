"""Tester-voice5 #17: a partner's name that is also a word (Grace, Faith, Frank, Hope ...) is
written as the name in a voice note only where it can be nothing but the person ("I sent grace a
text", "frank cooked dinner"), never where it is the word ("with good grace", "to be frank", "a
leap of faith"). Held-out phrasings for other couples; one through the real skill (en-GB)."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.text import written_from_speech

AS_THE_PERSON = [
    ("i sent grace a text at lunch", ["Faith", "Grace"], "I sent Grace a text at lunch"),
    ("grace brought me tea in bed", ["Faith", "Grace"], "Grace brought me tea in bed"),
    ("i have faith in grace these days", ["Faith", "Grace"], "I have faith in Grace these days"),
    ("frank cooked dinner and i thanked frank", ["Rohan", "Frank"], "Frank cooked dinner and I thanked Frank"),
    ("frank's mum came round", ["Rohan", "Frank"], "Frank's mum came round"),
    ("me and hope walked the dog", ["Hope", "Ade"], "Me and Hope walked the dog"),
    ("i'm proud of joy", ["Joy", "Ade"], "I'm proud of Joy"),
    ("we talked and frank listened", ["Rohan", "Frank"], "We talked and Frank listened"),
]
AS_THE_WORD = [
    ("with good grace i did the school run", ["Faith", "Grace"], "With good grace I did the school run"),
    ("to be frank i was proud of the swim", ["Rohan", "Frank"], "To be frank I was proud of the swim"),
    ("it was a leap of faith", ["Faith", "Grace"], "It was a leap of faith"),
    ("i hope the swim is on", ["Hope", "Ade"], "I hope the swim is on"),
    ("saving grace was the weather", ["Faith", "Grace"], "Saving grace was the weather"),
    ("my hope was that we'd talk", ["Hope", "Ade"], "My hope was that we'd talk"),
    ("a frank chat about money", ["Rohan", "Frank"], "A frank chat about money"),
    ("jumped for joy at the news", ["Joy", "Ade"], "Jumped for joy at the news"),
]


@pytest.mark.parametrize(("heard", "names", "written"), AS_THE_PERSON)
def test_a_word_name_where_it_can_only_be_the_person_is_written_as_the_name(heard, names, written) -> None:
    assert written_from_speech(heard, names) == written


@pytest.mark.parametrize(("heard", "names", "written"), AS_THE_WORD)
def test_a_word_name_used_as_the_word_keeps_its_lower_case(heard, names, written) -> None:
    assert written_from_speech(heard, names) == written


@pytest.mark.parametrize("bad", ["", "grace", "'s", "frank frank frank", "grace\u200b brought"])
def test_odd_input_is_written_without_error(bad) -> None:
    assert written_from_speech(bad, ["Faith", "Grace", ""]).lower() == bad.lower()


def test_a_small_win_with_good_grace_is_stored_as_the_word(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    heard = alexa("log a small win: with good grace I did the school run even though it was raining")
    assert heard.speech.startswith("Logged a small win")
    assert [e.note for e in entries(session)] == ["With good grace I did the school run even though it was raining"]
