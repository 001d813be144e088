"""The frequent lines, each said several ways: the phrase in skill/speech.py comes first,
then these, in turn (dialog.vary), so nobody hears the same one twice in a row."""

from __future__ import annotations

# Alexa sends no words with FallbackIntent, and help is asked by the lost: both name the way to
# the safety numbers, gently (tester-voice50 item 16).
IF_NOT_SAFE = "If you're not safe, say: I need help."

EN_US: dict[str, tuple[str, ...]] = {
    "welcome": ("Hello, {name}.", "Welcome back, {name}.", "Good to hear you, {name}."),
    "what_next_short": ("What can I do for you?", "What would you like to log or hear?"),
    "checkin_thanks": ("Thanks.", "Got it, thank you.", "Thanks for that."),
    "honesty": ("Thanks for telling me honestly.", "That took honesty; thank you."),
    "offer_reflect": (
        "Setbacks are data, not verdicts. Would you like a minute to reflect on it?",
        "This is something to learn from, not a judgement. Would you like a minute to reflect on it?",
    ),
    "reflect_thanks": ("Thanks.", "Got it."),
    "help": (
        f"For example, say: note a moment, or log a small win. {IF_NOT_SAFE} What would you like?",
        f"For example, say: I'm having a hard day, or we need a pause. {IF_NOT_SAFE} What would you like?",
    ),
    "goodbye": ("Bye for now. Go gently.", "Goodbye. See you at your next check-in."),
    "logged_kept": ("Nice: you kept {commitment}.", "That counts: you kept {commitment}."),
    "logged_unnamed_kept": ("Nice: a kept promise, logged.", "Done: you kept a promise."),
    "checkin_help": (f"Just say your answer; or skip, go back, or stop. {IF_NOT_SAFE}",),
    "checkin_empty": ("No rush.", "Take all the time you need."),
    "checkin_skipped": ("Skipped for now.", "We'll leave that one."),
    "checkin_first_question": ("We're on the first one already.", "Nothing comes before this one; it's the first."),
    "checkin_nothing_to_change": (
        "Nothing earlier to change this time.",
        "There's no answer before this one to change.",
    ),
    "checkin_start_over_first": ("Sure, from the beginning.", "Okay, starting again."),
    "checkin_start_over": (
        "Sure, this question again; your other answers stay.",
        "Okay, once more from this question; nothing else changes.",
    ),
    "checkin_held_left": ("Okay, nothing logged.", "Fine, I'll leave it."),
    "breach_reported": (
        "Thanks for saying it; I'm sorry, that sounds painful. Only the one who crossed a boundary logs it "
        "as a breach, so nothing goes under your name: it's yours to raise at this week's check-in, "
        "or to write in your private journal on the website.",
        "Thank you for trusting me with that; it sounds really hard. A breach belongs to the one who "
        "crossed the boundary, so I haven't logged it under your name: you can bring it to this week's "
        "check-in, or write about it in your private journal on the website.",
    ),
}
EN_GB = EN_US | {"goodbye": ("Bye for now. Go gently.", "Goodbye. See you at your next check-in.")}
BY_LOCALE = {"en-US": EN_US, "en-CA": EN_US, "en-GB": EN_GB, "en-AU": EN_GB, "en-IN": EN_GB}
