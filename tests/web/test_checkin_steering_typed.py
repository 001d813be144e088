"""Steering words typed as a check-in answer on the site ("skip", "undo that", "stop"): the
same rule as the skill's (models/steering_words.py): never saved as an answer. That box is
left empty with a clear message, nothing is saved, and the other answers stay in their boxes."""

from __future__ import annotations

import pytest

from tests.web.helpers import count, form_data, text_of
from trust_tracker.models.entities import CheckInAnswer

STEERING = [
    "skip",
    "Undo that",
    "stop",
    "go back",
    "delete my last answer",
    "Next question.",
    "pass",
    "I'm done",
    "We want to forget that",  # UndoIntent's sample: it steers, typed or said (issue 8)
    "Start over.",  # the fifth tester: saved when typed, never when said
]
TYPED_MESSAGE = "not an answer, so it was not saved"


@pytest.mark.parametrize("typed", STEERING)
def test_a_typed_steering_word_is_not_saved_and_its_box_is_left_empty(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed, "answer_1": "Good week"})
    assert response.status_code == 422
    assert TYPED_MESSAGE in text_of(response)
    assert form_data(response)["answer_0"] == [""] and form_data(response)["answer_1"] == ["Good week"]
    assert count(session, CheckInAnswer) == 0
    again = client.post("/checkins/", data={"answer_0": "", "answer_1": "Good week"})
    assert again.status_code == 302 and count(session, CheckInAnswer) == 1


@pytest.mark.parametrize(
    "answer",
    [
        "we need to stop arguing about money",
        "we need to move on",
        "skip the late meetings",
        "I didn't catch the bus, so I called",
        "I kept my promise to call",
        "Help with the dishes",
        "I want to forget that night",
        "We want to start over, with honesty",
    ],
)
def test_typed_answers_sharing_words_with_steering_are_saved(client, alex, session, answer) -> None:
    response = client.post("/checkins/", data={"answer_0": answer})
    assert response.status_code == 302
    assert [a.answer for a in session.query(CheckInAnswer)] == [answer]


@pytest.mark.parametrize("odd", ["skip\x00", "\u202eskip", "skip " * 2000])
def test_odd_input_around_a_steering_word_is_refused_or_saved_never_half(client, alex, session, odd) -> None:
    response = client.post("/checkins/", data={"answer_0": odd, "answer_1": "Good week"})
    assert response.status_code in (302, 422)
    saved = count(session, CheckInAnswer)
    assert saved == (2 if response.status_code == 302 else 0)
