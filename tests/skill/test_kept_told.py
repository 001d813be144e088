"""A kept promise told as a description (voice35, skill/told_kept.py): "I did what I said I'd do and
called Sam at lunch" reached SupportIntent through "{name} said i would {…}" (name "i did what i") and
got the line about help, logging nothing; "I did what I promised and …" reached the "did what" topic
carrier and was let go. Each is now the speaker's word kept, the deed after it naming the promise (or
"which one?" asked), in every locale; the same words telling of harm ("I did what he said or he would
hurt me") are still helped, nothing written."""

from __future__ import annotations

import pytest

from tests.factories import NOW, agreed_contract
from tests.skill.e2e.harness import route_only
from tests.skill.test_safety import alex, assert_support, envelope, say, speech, then
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.steering_words import spoken
from trust_tracker.skill.told_kept import kept_deed

__all__ = ["alex", "say"]  # fixtures

# The deed names "call when late" by a word: offered as that promise, logged on the yes.
CALLED = [
    "I did what I said I'd do and called Sam at lunch",
    "did what I said I would, I called Sam at lunch",
    "I did what I promised and called Sam at lunch",
    "I kept my word and called Sam at lunch",
    "we did what we said we would and rang Sam to say we'd be late",
]
# The note kept with it: the deed, never the words that only say it was kept.
NOTES = dict(zip(CALLED, ["Called Sam at lunch"] * 4 + ["Rang Sam to say we'd be late"], strict=True))
# Harm told in the same words: helped, nothing saved.
DISTRESS = [
    "I did what he said or he would hurt me",
    "I did what I said I would or he would hurt me",
    "I did what I said I would and he hit me anyway",
    "I kept my word and he still hurt me",
]
# The same words, no word of the speaker's kept: never read as a keep.
NOT_KEPT = [
    "I did what the doctor said and rested",
    "Sam did what she said she would and called me",
    "I kept my word to myself",
    "I did what I said I would",  # no deed: LogKeptIntent's own sample, "which one?"
    "I did what I said I would and she thanked me",
]
LOCALES = ("en-GB", "en-AU", "en-US")


def test_a_word_kept_then_a_deed_gives_the_deed() -> None:
    assert [kept_deed(s) for s in CALLED] == [
        "called sam at lunch",
        "called sam at lunch",
        "called sam at lunch",
        "called sam at lunch",
        "rang sam to say we'd be late",
    ]
    assert [kept_deed(s) for s in DISTRESS[:2] + NOT_KEPT] == [None] * (2 + len(NOT_KEPT))


@pytest.mark.parametrize("locale", LOCALES)
def test_told_as_a_description_it_is_logged_as_the_promise_it_names(say, session, couple, alex, locale) -> None:
    agreed_contract(session, *couple)
    turns = route_only([spoken(s) for s in CALLED], locale)
    assert "SupportIntent" in {turn["intent"] for turn in turns}  # the carrier that took it before
    for said, turn in zip(CALLED, turns, strict=True):
        answered = say(envelope(turn["intent"], turn["slots"], locale=locale))
        if said != CALLED[-1]:  # "called" shares one word with "call when late": asked, never a guess
            assert speech(answered).endswith("Was it your promise to call when late?"), (said, speech(answered))
            assert rows(session) == []
            # The question elicits LogKeptIntent's slot: "yes" comes in it, as virtual-alexa routes it.
            answered = say(then(answered, "LogKeptIntent", {"commitment": "yes"}, locale=locale))
        assert speech(answered).startswith("Logged: you kept your promise to call when late"), said
        assert rows(session) == [("kept", "call when late", NOW.date(), NOTES[said])], said
        undo = say(then(answered, "UndoIntent", locale=locale))  # the next sentence starts from an empty log
        say(then(undo, "AMAZON.YesIntent", locale=locale))
        assert rows(session) == [], said


@pytest.mark.parametrize("locale", LOCALES)
def test_harm_said_the_same_way_is_still_helped(say, session, couple, alex, locale) -> None:
    agreed_contract(session, *couple)
    for turn in route_only([spoken(s) for s in DISTRESS], locale):
        assert_support(say(envelope(turn["intent"], turn["slots"], locale=locale)), locale)
    assert rows(session) == []


def test_words_of_no_own_word_kept_are_never_logged_as_a_keep(say, session, couple, alex) -> None:
    agreed_contract(session, *couple)
    for said, turn in zip(NOT_KEPT, route_only([spoken(s) for s in NOT_KEPT], "en-GB"), strict=True):
        answered = speech(say(envelope(turn["intent"] or "AMAZON.FallbackIntent", turn["slots"], locale="en-GB")))
        assert not answered.startswith(("Logged", "I'm sorry you're going through this")), (said, answered)
    # Sam's word kept is Sam's moment of reliability, as before; nothing is the speaker's keep.
    assert rows(session) == [("reliability", None, NOW.date(), "Sam did what she said she would and called me")]
