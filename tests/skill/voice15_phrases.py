"""Held-out phrasings for the voice15 tests, written before the code (tester-voice5 #8, #14;
tester-voice4 #9): other couples (Faith & Grace, Rohan & Frank, Priya & Tomás) and contracts."""

from __future__ import annotations

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
