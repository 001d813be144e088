"""Everyday ways of logging that a tester found misread (/work/notes/tester-voice2.md, #9 #10 #12
and "note that ..."), in families, each with a list tuned on and a list held out: the held-out
phrasings were written with the others, before any change, and never used to shape a rule.
Each is (said, kind logged, the commitment's short name or None, the note kept)."""

from __future__ import annotations

from trust_tracker.models.entities import LogKind

R, W, K, M = LogKind.RELIABILITY, LogKind.SMALL_WIN, LogKind.KEPT, LogKind.MISSED

# A trailing command names the kind, and is never part of the note (#10).
TRAILING = [
    ("we laughed together at breakfast, log that as a moment", R, None, "We laughed together at breakfast"),
    ("Sam fixed the tap without being asked, note that as a win", W, None, "Sam fixed the tap without being asked"),
    ("we cooked dinner together, put that down as a win", W, None, "We cooked dinner together"),
    ("Sam picked the kids up on time, log that as a moment of reliability", R, None, "Sam picked the kids up on time"),
    ("I called when I was running late, put that down as a keep", K, "call when late", None),
    ("Sam made me breakfast in bed, log it as a small win", W, None, "Sam made me breakfast in bed"),
    ("we held hands on the sofa, save that as a win", W, None, "We held hands on the sofa"),
]
TRAILING_HELD_OUT = [
    ("Sam rang the school for me, record that as a moment", R, None, "Sam rang the school for me"),
    ("we walked the dog together after work, note it as a moment", R, None, "We walked the dog together after work"),
    ("Sam sorted the car insurance, mark that down as a win", W, None, "Sam sorted the car insurance"),
    ("we had a calm chat about money, count that as a win", W, None, "We had a calm chat about money"),
    ("Sam brought the washing in, log that as a reliable moment", R, None, "Sam brought the washing in"),
]

# Short forms of each kind (#12).
SHORT = [
    ("log a moment: Sam brought me tea in bed", R, None, "Sam brought me tea in bed"),
    ("note a moment: Sam rang when he was running late", R, None, "Sam rang when he was running late"),
    ("log a reliable moment Sam came to the appointment", R, None, "Sam came to the appointment"),
    ("add a moment Sam picked me up from work", R, None, "Sam picked me up from work"),
    ("record a moment Sam remembered the bins", R, None, "Sam remembered the bins"),
]
SHORT_HELD_OUT = [
    ("log a moment Sam walked the dog in the rain", R, None, "Sam walked the dog in the rain"),
    ("note a moment that Sam fixed my bike", R, None, "Sam fixed my bike"),
    ("add a reliable moment Sam paid the bills on time", R, None, "Sam paid the bills on time"),
]

# A keep naming its commitment loosely, then how it was kept (#9): said by Alex.
LOOSE_KEEP = [
    ("I kept the phone promise, I answered Sam's questions straight away", K, "open phone", None),
    ("I kept the walk one, we went round the park", K, "Sunday walk", None),
    ("I kept the late promise, I rang Sam from the station", K, "call when late", None),
    ("I kept the phone one, I showed Sam my messages", K, "open phone", None),
]
LOOSE_KEEP_HELD_OUT = [
    ("I kept my phone promise today, I handed it over when Sam asked", K, "open phone", None),
    ("I kept the talk promise, we chatted after the kids went to bed", K, "evening talk", None),
    ("I kept the walk promise, we did the long loop by the river", K, "Sunday walk", None),
]

# An everyday moment noted, naming no commitment: a moment of reliability, never a keep.
NOTED = [
    ("note that we talked about the kids", R, None, "We talked about the kids"),
    ("just noting Sam picked up the groceries", R, None, "Sam picked up the groceries"),
    ("for the record, Sam called the plumber", R, None, "Sam called the plumber"),
    ("note that Sam texted me from the train", R, None, "Sam texted me from the train"),
]
NOTED_HELD_OUT = [
    ("for the record we had dinner with my parents", R, None, "We had dinner with my parents"),
    ("just noting that Sam booked the dentist", R, None, "Sam booked the dentist"),
    ("note that Sam cleared the gutters", R, None, "Sam cleared the gutters"),
]

# A keep told in the contract's own words (#13, #15): its full text, its hard-day form.
CONTRACT_WORDS = [
    ("I texted Sam that I'd be twenty minutes late", K, "call when late", None),
    ("I called from a borrowed phone", K, "call when late", None),
]
CONTRACT_WORDS_HELD_OUT = [
    ("I texted to say I was running ten minutes late", K, "call when late", None),
    ("I borrowed a phone and called", K, "call when late", None),
]
# One shared word names nothing: asked which, or offered back, never logged.
ONE_WORD_ONLY = ["I answered a call", "I went for a walk", "we talked in the car"]
