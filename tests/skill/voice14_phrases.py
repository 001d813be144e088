"""Speakers and handovers a tester found misread (/work/notes/tester-voice5.md #9-#11) and a review
of IdentifySpeakerIntent ("this is {name} {after_name}" as a catch-all), in families: the phrasings
found (tuned on) and lists held out, written before any change with other couples, and measured
once before and after (the figures are in the README's "say who is really speaking" row). `{a}` is
the one speaking first, `{b}` the other partner."""

from __future__ import annotations

COUPLES = [("Alex", "Sam"), ("Rohan", "Frank")]
COUPLES_HELD_OUT = [("Faith", "Grace"), ("Priya", "Tomás")]

# Heard as "this is {name} {after_name}" (or "it's {name}") with no name in it: one utterance, never
# "I know you as …" or "I only know … here". Said alone, and as the answer to a check-in question.
NOT_A_NAME = ["this is great we had a lovely walk tonight", "this is so hard for me"]
NOT_A_NAME_HELD_OUT = [
    "this is lovely, we finally talked properly",
    "this is brilliant, I did the evening talk",
    "this is ridiculous, the bins weren't collected again",
    "this is taking ages",
    "this is a bit silly but we laughed a lot",
    "this is exhausting",
    "this is tricky to say",
    "this is new for us",
    "it's been a good week",
    "this is embarrassing, I forgot the evening talk",
    "it's late so I'll be quick",
    "this is annoying",
]

# Held out and still missed: everyday words that are not in skill/everyday_words.py ("tricky") are
# read as a name nobody here has (asked who is speaking, nothing credited), or a sound-alike ("fate").
MISSED = {"this is tricky to say", "fate"}

# A handover before a request in one breath, on a device without voice profiles: done for {b}.
# (said, the kind logged for {b}, or None: asked about first, nothing logged for anyone yet)
HANDOVER_REQUESTS = [
    ("{b} here, I was home before midnight last night", None),
    # "add that to the log" asks for it to be logged: a moment when it names no promise (voice15).
    ("{b} speaking, I was home by eleven, add that to the log", "reliability"),
]
HANDOVER_REQUESTS_HELD_OUT = [
    ("{b} here, I had the evening talk with {a}", "kept"),
    ("{b} speaking, I forgot the evening talk", "missed"),
    ("{b} here, I kept the evening talk, add that to the log", "kept"),
    ("{b} speaking, I did our evening talk", "kept"),
    ("{b} here, I skipped the evening talk tonight", "missed"),
    ("{b} here, I tidied the garage", None),
    ("{b} speaking, I got back on time", None),
]
# A handover as a new session's first words: {b} welcomed.
FIRST_WORDS = ["this is {b}"]
FIRST_WORDS_HELD_OUT = ["it's {b}", "hi this is {b}", "{b} here now", "it's {b} now"]
# Not heard as a handover, by rule: issue 8 names "this is {name}" as a catch-all sample (any words
# after "this is" become a name), so the bare forms are heard only where the skill asked who it is
# (the name slot's own samples); "hi this is {b}" and "{b} here now" carry the handover unasked.
BARE_NAME = {"this is {b}", "it's {b}"}

# At "Is this {a} or {b}?", an everyday word that sounds loosely like a name: asked again, never taken.
# (couple, said)
LOOSE_WORDS = [(("Sam", "Alex"), "some")]
LOOSE_WORDS_HELD_OUT = [
    (("Sam", "Alex"), "same"),
    (("Faith", "Grace"), "fate"),
    (("Faith", "Grace"), "fit"),
    (("Faith", "Grace"), "grease"),
    (("Priya", "Tomás"), "times"),
    (("Rohan", "Frank"), "frankly"),
    (("Rohan", "Frank"), "rain"),
]

# #10, at "Shall I log that, then come back to the question?": words that say go on (the question
# again, nothing logged), and a handover with an answer (saved as the one named's).
CARRY_ON = ["carry on"]
CARRY_ON_HELD_OUT = ["keep going", "go on", "just carry on", "let's continue"]
HANDOVER_AT_HELD = [("{b} here, I'd say the late nights didn't go well", "I'd say the late nights didn't go well")]
HANDOVER_AT_HELD_HELD_OUT = [
    ("{b} speaking, the texts helped", "the texts helped"),
    ("it's {b} now, we argued less", "we argued less"),
    ("{b} here, more walks would help", "more walks would help"),
]

# #9, a repair said with the answer it replaces: the answer changed, the repair words never saved.
REPAIRED = [("not that one, I meant to say we laughed more", "we laughed more")]
REPAIRED_HELD_OUT = [
    ("no wait, I meant we cooked together", "we cooked together"),
    ("sorry, I meant to say the walks", "the walks"),
    ("scratch that, I'd say we listened more", "I'd say we listened more"),
    ("actually no, I meant the phone calls", "the phone calls"),
]
