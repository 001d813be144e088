"""Couples for the voice17 tests (tester-voice6's and others; names that are words: Hope, Faith,
Will, Grace, Frank), each with its locale and an agreed contract; see voice15_home.couple_home."""

from __future__ import annotations

from tests.skill.voice15_home import B, C

COUPLES = {
    "hope-faith": (
        ("Hope", "Faith"),
        "en-GB",
        [
            (C, "Call before leaving work", "call before leaving"),
            (C, "Walk the dog every evening", "dog walk"),
            (C, "Cook Sunday dinner together", "sunday dinner"),
            (B, "No pub without saying", None),
            (B, "No hidden spending", None),
        ],
    ),
    "will-bill": (
        ("Will", "Bill"),
        "en-AU",
        [
            (C, "Share location when out", "share location"),
            (C, "Hang out the washing", "washing"),
            (C, "Go to the gym together on Saturdays", "saturday gym"),
            (B, "No pokies", None),
            (B, "No talking to Dave", None),
        ],
    ),
    "alex-sam": (
        ("Alex", "Sam"),
        "en-GB",
        [
            (C, "Call when running late", "call when late"),
            (C, "Evening talk after dinner", "evening talk"),
            (C, "Do the house jobs", "house jobs"),
            (C, "Sunday walk together", "sunday walk"),
            (B, "No contact with the former affair partner", None),
        ],
    ),
    "priya-tomas": (
        ("Priya", "Tomás"),
        "en-IN",
        [
            (C, "Morning walk together", "morning walk"),
            (B, "No betting of any kind", None),
            (B, "No messaging my ex", None),
        ],
    ),
    "rohan-frank": (
        ("Rohan", "Frank"),
        "en-AU",
        [
            (C, "Do the dishes after dinner", "dishes"),
            (B, "No bar without telling Frank", None),
            (B, "No secret purchases", None),
        ],
    ),
    "faith-grace": (
        ("Faith", "Grace"),
        "en-GB",
        [
            (C, "Film night on Fridays", "film night"),
            (B, "No messaging exes", None),
        ],
    ),
}
