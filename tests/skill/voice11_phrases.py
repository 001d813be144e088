"""What a tester found misread (/work/notes/tester-voice3.md #11-#14, #18), in families, each
with a list tuned on and a list held out: the held-out phrasings were written with the others,
before any change, and never used to shape a rule."""

from __future__ import annotations

from trust_tracker.models.entities import LogKind

R, W, K, M, B, H = (
    LogKind.RELIABILITY,
    LogKind.SMALL_WIN,
    LogKind.KEPT,
    LogKind.MISSED,
    LogKind.BREACH,
    LogKind.HARD_DAY,
)

# Something to log said while a check-in question waits, behind "hang on", "wait", "oh and"
# (#11): confirmed first ("shall I log it?"), never saved as the answer; then "log it" logs
# this kind. (said, the kind "log it" logs, the commitment's short name or None)
MID_CHECKIN = [
    ("hang on, log a small win: we booked the dentist for both of us", W, None),
    ("wait, log a moment: Sam picked me up on time", R, None),
    ("oh and log a small win, I cleared out the garage", W, None),
    ("hang on, I kept my promise to call when late", K, "call when late"),
    ("wait, I missed the evening talk last night", M, "evening talk"),
    ("oh and I'm having a hard day", H, None),
    ("hold on, log a moment of reliability: Sam rang the school", R, None),
    ("hang on, we sorted the bins together, log that as a win", W, None),
]
MID_CHECKIN_HELD_OUT = [
    ("oh wait, log a win: Sam cooked for my parents", W, None),
    ("sorry, hang on, I kept the evening walk today", K, "evening walk"),
    ("one sec, Sam fixed the fence, put that down as a moment", R, None),
    ("wait a second, log a small win that we paid the bills early", W, None),
    ("oh and also I forgot the evening talk on Monday", M, "evening talk"),
    ("by the way, log a moment Sam rang when the train was late", R, None),
    ("hold on a minute, I'm having a rough day", H, None),
]

# Saying one is alone, to a check-in question (#12): never saved as an answer.
ALONE = ["no just me", "just me", "only me", "it's just me", "she's not here"]
ALONE_HELD_OUT = ["it's only me today", "he's not here", "just me tonight", "Sam isn't here", "no, only me"]

# A wish or a plan about a commitment (#13): nothing logged, a short line instead.
WISHES = [
    "I'm dying to go on our evening walk",
    "I can't wait to do our evening talk",
    "I'm looking forward to the evening walk",
    "I'm going to do the evening talk tonight",
    "I want to go on our evening walk",
    "I'm planning to call when late",
    "I'm hoping to do the evening talk tonight",
]
WISHES_HELD_OUT = [
    # tester-voice38 D7: a plan whose "I'll" the carrier takes was logged as kept.
    "I'll be late tonight, I'll call sam",
    "I'll call Sam if I'm running late tonight",
    "I'll do the evening talk after tea",
    "we're going to go on the evening walk later",
    "I really want to have our evening talk",
    "we can't wait for the evening walk",
    "I'd love to do the evening talk tonight",
    "I'm gonna do our evening walk after dinner",
    "we're hoping to do the evening walk this weekend",
]

# A lapse naming a boundary's subject by a synonym (#14): offered as that boundary's breach.
# (the boundary, what was said)
LAPSES = [
    ("No gambling apps", "I downloaded a betting app last night"),
    ("No gambling", "I went to the casino after work"),
    ("No alcohol", "I had a few beers with the lads"),
    ("No contact with my former partner", "I texted my ex again"),
    ("No adult sites", "I watched porn last night"),
    ("No betting", "I played the slots on my phone"),
]
LAPSES_HELD_OUT = [
    ("No gambling apps", "I installed a poker app again"),
    ("No betting", "I signed up for an online casino"),
    ("No booze", "I bought a bottle of vodka"),
    ("No porn", "I looked at adult sites again"),
    ("No contact with the ex", "I messaged my former partner"),
    ("No gambling", "I was on a betting site last night"),
]
