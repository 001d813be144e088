"""The words of a request said where an answer was expected (models/steering_words.py): what
is asked and the words it carries, read the same by the skill and, through `control`, the site."""

from __future__ import annotations

import pytest

from trust_tracker.models.steering_words import Requested, control, requested, typed_control
from trust_tracker.models.told_words import described


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("how are we doing", Requested("progress", "")),
        ("Log that I kept my promise to call when late", Requested("kept", "call when late")),
        ("I missed my promise to do the house jobs", Requested("missed", "do the house jobs")),
        ("log a small win we cooked", Requested("small_win", "we cooked")),
        ("note a moment of reliability: Sam was on time", Requested("reliability", "sam was on time")),
        ("I kept all of them", Requested("all_kept", "all of them")),
        ("what did Sam log", Requested("news", "sam")),
        ("my code is 481516", Requested("link", "481516")),
        ("link this device", Requested("link", "")),
        ("remind us about our check in", Requested("remind", "")),
        ("log the bins", Requested("log", "the bins")),
    ],
)
def test_a_request_names_what_is_asked_and_its_words(said, meant):
    assert requested(said) == meant
    assert control(said) == "request" and typed_control(said) is None  # typed on the site: saved as typed


@pytest.mark.parametrize("said", ["our long walk", "thank you for listening", "I missed you", "", "\x00", "log" * 5000])
def test_answers_are_no_request(said):
    assert requested(said) is None


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("I missed the evening talk on Thursday", Requested("missed", "the evening talk on thursday")),
        ("I did our walk", Requested("kept", "our walk")),
        ("we kept our evening talks", None),  # said of the week: an answer
        ("I", None),
    ],
)
def test_something_done_or_not_in_ones_own_words(said, meant):
    assert described(said) == meant
