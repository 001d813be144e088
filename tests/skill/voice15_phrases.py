"""Held-out phrasings for the voice15 tests, written before the code (tester-voice5 #8, #14;
tester-voice4 #9): other couples (Faith & Grace, Rohan & Frank, Priya & Tomás) and contracts."""

from __future__ import annotations

import pytest

# The speaker's own lapse, an app or site named by its brand: (couple, said, boundary it breaks).
OWN_APP_LAPSES = (
    ("rohan-frank", "I downloaded Sportsbet again last night", "No online betting"),
    ("rohan-frank", "I reinstalled Ladbrokes on my phone", "No online betting"),
    ("rohan-frank", "I got back on bet365 last night", "No online betting"),
    ("rohan-frank", "I opened the pointsbet app again after work", "No online betting"),
    ("rohan-frank", "honestly I logged back into neds", "No online betting"),
    ("priya-tomas", "I opened Tinder again", "No dating apps"),
    ("priya-tomas", "I reinstalled Bumble last night", "No dating apps"),
    ("priya-tomas", "I downloaded hinge again", "No dating apps"),
    ("priya-tomas", "I went back on the dating sites", "No dating apps"),
)
# Opening, downloading or going on something that is no app: never offered as a breach.
NOT_APP_LAPSES = (
    ("rohan-frank", "I opened the window again"),
    ("rohan-frank", "I downloaded the photos again"),
    ("priya-tomas", "I reinstalled the printer driver"),
    ("priya-tomas", "I opened my presents again"),
    ("rohan-frank", "I got back on track again"),
    ("rohan-frank", "I went on holiday again"),
    ("priya-tomas", "I went on a walk again"),
    ("priya-tomas", "I got back on my bike"),
)
# The other partner's lapse, told by the speaker: {other} is the partner's name.
PARTNERS_APP_LAPSES = (
    ("rohan-frank", "{other} downloaded Sportsbet again"),
    ("rohan-frank", "I found out {other} reinstalled Ladbrokes"),
    ("priya-tomas", "{other} opened Tinder again"),
    ("priya-tomas", "I think {other} has been on Bumble again"),
    ("faith-grace", "{other} messaged her ex again"),
    ("rohan-frank", "{other} had a bet on his phone during dinner"),
)

# Everyday keeps: (couple, said, the commitment it keeps).
EVERYDAY_KEEPS = (
    ("faith-grace", "I sent Grace a text at lunch", "lunchtime text"),
    ("faith-grace", "I texted Grace on my lunch break", "lunchtime text"),
    ("rohan-frank", "I hung the washing out before the rain came", "house jobs"),
    ("rohan-frank", "I did the washing up after dinner", "dishes"),
    ("rohan-frank", "I took the bins out", "house jobs"),
)
# A chore of another kind than the only chores commitment ("dishes"): never logged as it.
OTHER_CHORES = (
    "I hung the washing out before the rain came",
    "I did the laundry this morning",
    "I took the bins out",
    "I hoovered the lounge",
)
# A time said as words is a time, not "partly done".
TIMES_AS_WORDS = (
    "I got home at half eleven last night",
    "I was back by half past ten",
    "I got in half an hour early",
    "home at half nine",
)

# A moment said first, then a command naming no kind: (couple, said, note kept).
TRAILING_COMMANDS = (
    ("faith-grace", "Grace brought me a coffee in bed, add that to the log", "Grace brought me a coffee in bed"),
    pytest.param(
        "faith-grace",
        "I have faith in Grace these days, she's been brilliant, note that",
        "faith in Grace these days",
        # A trailing "note that" as a topic word took "note that we talked about the kids" from
        # LogReliabilityIntent through a literal matcher (test_end_to_end_voice10): only the longer
        # commands ("add that to the log", "log it") trail.
        marks=pytest.mark.xfail(strict=True, reason="no trailing 'note that' topic word"),
    ),
    ("rohan-frank", "Frank cooked a lovely risotto, add that to the log", "Frank cooked a lovely risotto"),
    ("priya-tomas", "Tomas fixed the gate, put that in the log", "fixed the gate"),
)
# A promise said done, then "log it": (couple, said, the commitment kept).
DONE_LOG_IT = (
    ("rohan-frank", "the house jobs are done, log it", "house jobs"),
    ("rohan-frank", "the dishes are done, log it", "dishes"),
    ("faith-grace", "film night is done, we watched a thriller", "film night"),
    ("rohan-frank", "to be frank, the sunday swim was freezing but we did it", "sunday swim"),
)
