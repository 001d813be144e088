"""Distress said sideways, typed on the site (issue 8, item 1; skill/distress_sideways.py), and
words hidden by characters the eye skips (item 2): held back, help shown, the text kept in the
form; the same shapes in everyday life are saved."""

from __future__ import annotations

import pytest

from tests.web.helpers import count, form_data
from tests.web.test_site_distress import assert_held_back
from trust_tracker.models.entities import CheckInAnswer

TYPED = [
    "I sleep in my car most nights now, it's safer",
    "Please don't tell him I told you",
    "I found a tracker under my car",
    "He says next time it'll be the gun",
    "Thank Sam for not hitting me this week",
    "Feeling safe? The answer is no",
    # A zero-width space, a soft hyphen, a joiner and an accent inside the words.
    "He h\u200burts me",
    "I want to k\u00adill myself",
    "he hi\u2060t me",
    "I want to k\u00efll myself",
    # Default-ignorable marks and letters (tester-web46: saved as a moment, no help shown).
    "He h\u034furts me",
    "He h\ufe00urts me",
    "He h\u17b4urts me",
]


@pytest.mark.parametrize("typed", TYPED)
def test_a_note_typed_sideways_or_hidden_is_held_back_with_the_text_kept(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed, "answer_1": "We walked on Sunday"})
    assert_held_back(response, session, CheckInAnswer, 0)
    # As typed, less what shows nothing and only hides a word (tester-web45 F6): it reads the same.
    assert form_data(response)["answer_0"] == [typed.replace("\u200b", "").replace("\u2060", "")]


@pytest.mark.parametrize(
    "typed",
    [
        "I'm sleeping in the car on the camping trip",
        "She took my card to pay for the groceries because mine was declined",
        "My knees are black and blue from tiling the bathroom",
        "He reads every book I recommend",
        "Caf\u00e9 on Sunday, no\u200b phones",
    ],
)
def test_the_same_shapes_in_everyday_life_are_saved(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed})
    assert response.status_code == 302
    assert count(session, CheckInAnswer) == 1


@pytest.mark.parametrize(
    "typed",
    ["He'll kill me if I forget the evening talk", "Sam's going to kill me, I forgot to call when late"],
)
def test_a_threat_to_kill_over_one_of_the_couples_promises_is_held_back(client, alex, contract, session, typed) -> None:
    """As said by voice (skill/threat_over_promise.py, tester-voice48): over a promise, help; over the milk, saved."""
    response = client.post("/checkins/", data={"answer_0": typed})
    assert_held_back(response, session, CheckInAnswer, 0)


def test_the_same_threat_over_no_promise_is_saved(client, alex, contract, session) -> None:
    response = client.post("/checkins/", data={"answer_0": "She'll kill me if I forget the milk again"})
    assert response.status_code == 302
    assert count(session, CheckInAnswer) == 1
