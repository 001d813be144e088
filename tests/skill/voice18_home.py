"""Couples for the voice18 tests (tester-voice7's and others, in en-GB, en-AU and en-IN), each with
an agreed contract whose boundaries name an app, a habit or money; see voice15_home.couple_home."""

from __future__ import annotations

from tests.skill.voice15_home import B, C

COUPLES = {
    "mark-rich": (
        ("Mark", "Rich"),
        "en-AU",
        [
            (C, "Ring each other at lunch", "lunch call"),
            (C, "Sunday surf together", "sunday surf"),
            (C, "Feed the chooks", "chooks"),
            (B, "No online poker", None),
            (B, "No using Grindr", None),
        ],
    ),
    "jon-joan": (
        ("Jon", "Joan"),
        "en-IN",
        [
            (C, "Message before the train", "train message"),
            (C, "Water the plants", "plants"),
            (C, "Film night on Fridays", "film night"),
            (B, "No secret loans", None),
            (B, "No drinking on weeknights", None),
        ],
    ),
    "rose-joy": (
        ("Rose", "Joy"),
        "en-GB",
        [
            (C, "Put the bins out on Thursday", "bins"),
            (C, "Text when leaving the office", "leaving text"),
            (C, "Film night on Fridays", "film night"),
            (B, "Stay within my drink limit", None),
            (B, "No Tinder", None),
        ],
    ),
    "priya-tomas": (
        ("Priya", "Tomás"),
        "en-IN",
        [
            (C, "Do the house jobs", "house jobs"),
            (C, "Evening walk together", "evening walk"),
            (B, "No Bumble", None),
            (B, "No betting of any kind", None),
            (B, "No borrowing money in secret", None),
        ],
    ),
    "hope-will": (
        ("Hope", "Will"),
        "en-GB",
        [
            (C, "Do the house jobs", "house jobs"),
            (C, "Walk the dog every evening", "dog walk"),
            (B, "No Hinge", None),
            (B, "No online casino", None),
        ],
    ),
}
