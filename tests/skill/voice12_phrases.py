"""What a tester found misread at the check-in and about who is speaking (/work/notes/tester-voice4.md
#10-#13, #15), in families: the tester's own phrasings (tuned on) and a list held out, written
before any change with other couples and names, and never used to shape a rule. `{a}` is the one
speaking first, `{b}` the other partner."""

from __future__ import annotations

# Couples the held-out lists are said by: names that are words, accents, names that sound alike.
COUPLES = [("May", "Will"), ("Seán", "Chris"), ("Dan", "Danielle")]
COUPLES_HELD_OUT = [("Hope", "Rob"), ("Priya", "Tomás"), ("Jo", "Jo-Ann"), ("Grace", "Mark")]

# #10: at "Is {b} with you?", a yes or a no said with a reason, a name, or "just me" alone.
TOGETHER_YES = ["yes {b} is here", "{b}, your turn"]
TOGETHER_NO = ["just me", "no, {b}'s at work"]
TOGETHER_YES_HELD_OUT = [
    "yeah {b}'s right here",
    "{b} is here too",
    "we're both here",
    "both of us",
    "yes, {b} just sat down",
    "{b}'s with me",
    "yep, {b} is sitting next to me",
    "yes we're together",
]
TOGETHER_NO_HELD_OUT = [
    "only me",
    "no, {b} is asleep",
    "{b}'s out tonight",
    "nope, {b} went to bed",
    "it's just me tonight",
    "{b} isn't here",
    "no, just me this time",
    "just me, {b} is working late",
    "no {b}'s not home yet",
    "by myself tonight",
]

# #11: a handover said before an answer mid check-in; the answer after it, never the handover words.
HANDOVER_ANSWERS = [("{b} here, I'd say the walk was lovely", "I'd say the walk was lovely")]
HANDOVER_ANSWERS_HELD_OUT = [
    ("it's {b} now, the dinners together", "the dinners together"),
    ("{b} here now, honestly the phone calls", "honestly the phone calls"),
    ("this is {b}, more time on weekends", "more time on weekends"),
]
BACK_AGAIN = [("{a} again, nothing went badly", "nothing went badly")]
BACK_AGAIN_HELD_OUT = [
    ("it's {a} again, a quiet week", "a quiet week"),
    ("{a} here again, the late texts", "the late texts"),
]

# #12: a handover before a request without "log": the request is done for the one named. (The
# contract's "call when late" is {a}'s own: two phrasings first written with it, which {b} may not
# log whoever speaks, say the shared evening talk instead.)
# (said, the kind logged, the note or None for a promise)
HANDOVER_REQUESTS = [
    ("{b} here, I did the evening talk tonight", "kept", None),
    (
        "this is {b}, log a moment: {a} picked me up from the station",
        "reliability",
        "{a} picked me up from the station",
    ),
    ("{b} here now, log that I had the evening talk", "kept", None),
    ("it's {b}, the evening talk is done, log it", "kept", None),
    ("hi it's {b}, we did our evening talk", "kept", None),
]
HANDOVER_REQUESTS_HELD_OUT = [
    ("{b} here, we had our evening talk tonight", "kept", None),
    ("it's {b} now, I missed the evening talk", "missed", None),
    ("hey it's {b}, log a small win: I fixed the gate", "small_win", "I fixed the gate"),
    ("{b} speaking, we had our evening talk", "kept", None),
    ("this is {b} now, note a moment: {a} made me tea", "reliability", "{a} made me tea"),
]

# Still not heard: "{b} here, we <…>" and "{b} speaking, we <…>" need a one-word carrier ("here"),
# which the interaction model refuses (tests/skill/test_interaction_model.py test_no_catch_all_samples);
# they work when the sentence is a request by its own carrier ("{b} here, I did the evening talk"), or
# begins with "I" ("{b} here, I was home by eleven": "{name} here i {after_here}", voice14).
NOT_HEARD = {
    "{b} here, we had our evening talk tonight",
    "{b} speaking, we had our evening talk",
}

# #13: asked at "You skipped …: answer it now, or leave it?": served, then the offer again.
ASIDES_AT_OFFER = ["how are we doing"]
ASIDES_AT_OFFER_HELD_OUT = ["what should we celebrate", "read our contract"]
# Said there as the answer itself: saved as the skipped question's answer.
ANSWERS_AT_OFFER = ["a proper walk on sunday would help"]
ANSWERS_AT_OFFER_HELD_OUT = ["more honest texts during the day", "if we cooked together more often"]

# #15: at "Is this {a} or {b}?" (the launch, no voice profiles). (couple, said, the partner it names)
HEARD_DIFFERENTLY = [(("Seán", "Chris"), "Shawn", "Seán"), (("May", "Will"), "it was Will", "Will")]
HEARD_DIFFERENTLY_HELD_OUT = [
    (("Siobhán", "Chris"), "Shivawn", None),  # too far from the name: asked again, never guessed
    (("Hope", "Rob"), "it was Rob", "Rob"),
    (("Niamh", "Tomás"), "Thomas", "Tomás"),
    (("Grace", "Catherine"), "Kathryn", "Catherine"),
    (("Jo", "Steven"), "Stephen", "Steven"),
]
# Said for either of two names that sound alike: asked again, naming both.
BOTH_SOUND_ALIKE = [(("Dan", "Danielle"), "Dani"), (("Dan", "Danielle"), "Danny")]
BOTH_SOUND_ALIKE_HELD_OUT = [(("Chris", "Christine"), "Chrissy"), (("Jo", "Joanne"), "Jojo")]
BOTH_OF_US = ["both of us"]
BOTH_OF_US_HELD_OUT = ["it's both of us", "the two of us", "we both are"]
# A request said where a name was asked: the name asked for, the request kept and done after.
REQUEST_AT_WHO = [("log a small win: I fixed the shelf", "small_win", "I fixed the shelf")]
REQUEST_AT_WHO_HELD_OUT = [
    ("log a moment: Sam walked the dog", "reliability", "Sam walked the dog"),
    ("I kept the evening talk", "kept", None),
]
# A way out said as a new session's first words: it ends, nobody asked who is speaking.
LEAVING_FIRST = ["that's all"]
LEAVING_FIRST_HELD_OUT = ["never mind", "no thanks", "nothing", "that's it"]
