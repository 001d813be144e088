"""tester-voice48 (en-IN, Meera): "I missed the house jobs" (not hers: which one asked), then "I missed my promise to
text when leaving" was logged with the note "House jobs". A new request answering "which one?" is told anew: the
words of the one left unfinished are forgotten. A bare name there still keeps the words first said."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, SAM_VOICE, Talk, contract, entries, home, skill

__all__ = ["contract", "home", "skill"]


@pytest.mark.parametrize(
    ("locale", "voice", "first", "again", "gone"),
    [
        ("en-IN", SAM_VOICE, "i missed the house jobs", "i missed my promise to call when late", "house"),
        ("en-GB", ALEX_VOICE, "i missed the gym session", "i missed my promise of the evening talk", "gym"),
        ("en-US", SAM_VOICE, "i forgot the bins", "i missed my promise to do the evening walk", "bins"),
    ],
)
def test_a_new_request_at_which_one_forgets_the_words_before(
    session, session_factory, skill, contract, locale, voice, first, again, gone
):
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    assert talk(first).open
    said = talk(again)
    assert "Logged: you missed" in said.speech
    [entry] = entries(session)
    assert gone not in entry.note.lower() and entry.lineage_id is not None


def test_a_name_alone_at_which_one_keeps_the_words_first_said(session, session_factory, skill, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-AU")
    assert talk("i missed the gym session").open
    talk("the evening talk")
    [entry] = entries(session)
    assert entry.note == "Gym session"
