"""What the skill says about reminders, the device's time zone and the partner loop
("what did Sam log?"); merged into the locales' phrases in speech.py."""

from __future__ import annotations

EN_US: dict[str, str] = {
    # Reminders (through Alexa's Reminders API)
    "reminder_set": "Done. I'll remind you every {day} at {time}, with your first check-in question.",
    "reminder_moved": "Done. Your check-in reminder now goes off every {day} at {time}.",
    "reminder_already": "You're all set: your check-in reminder goes off every {day} at {time}.",
    "reminder_text": "Time for your weekly check-in. The first question: {question}",
    "reminder_text_plain": "Time for your weekly check-in.",
    # The API failed (down, 5xx, 429, too slow): said plainly, never a success, and what changed.
    "reminder_failed": "I couldn't reach Alexa's reminders just now, so no reminder was set or changed.",
    "reminder_maybe_set": (
        "Alexa's reminders didn't answer in time, so your reminder may not have been set. "
        "You can check in the Alexa app under Reminders, or ask me again: I won't set it twice."
    ),
    "reminder_check_failed": "I couldn't check your check-in reminder with Alexa just now, so I've left it as it was.",
    "reminder_permission": (
        "To set reminders, Trust Tracker needs your permission. I've sent a card to the Alexa app: "
        "allow reminders there, then ask me again."
    ),
    "touch_base_set": "Okay. I'll remind you in {hours} hours to touch base with {other}. Go gently.",
    "touch_base_set_alone": "Okay. I'll remind you in {hours} hours to check in with yourself. Go gently.",
    "touch_base_text": "A gentle reminder to touch base with {other}.",
    "touch_base_text_alone": "A gentle reminder to check in with yourself.",
    "reminders_stopped": "Done. I've stopped your Trust Tracker reminders on this account.",
    "reminders_none": "There are no Trust Tracker reminders to stop on this account.",
    "reminders_stop_failed": "I couldn't reach Alexa's reminders just now, so nothing was stopped.",
    "reminders_stop_partly": (
        "I stopped {stopped} of your {total} reminders, but couldn't reach Alexa's reminders for the rest, "
        "so those are still on."
    ),
    "reminders_stop_partly_one": (
        "I stopped {stopped} of your {total} reminders, but couldn't reach Alexa's reminders for the last one, "
        "so that one is still on."
    ),
    # The partner loop: hearing what the other logged, then "seen, thank you"
    "news_none": "{other} hasn't logged anything new since you last said thank you.",
    "news_own_last": "Your last entry, {when}, says {what}.",
    "news_own_last_note": "Your last entry, {when}, says {what}: {note}.",
    "news_own_none": "You haven't logged anything in the last week.",
    "news_who": "I only know {me} and {other} here. Ask me what {other} logged.",
    "news_one": "Since you last said thank you, {other} {entries}.",
    "news_many": "Since you last said thank you, {other} logged {count} things. {other} {entries}.",
    "news_first": "Since you last said thank you, {other} logged {total} things. The first {count}: {other} {entries}.",
    "news_first_one": "Since you last said thank you, {other} logged {total} things. The first: {other} {entries}.",
    "news_more": "Say more to hear the other {count}.",
    "news_then": "Then {other} {entries}.",
    "news_no_more": "That's everything new from {other}.",
    "news_ask": "Shall I tell {other}: seen, thank you?",
    "news_ask_some": "Shall I tell {other}: seen, thank you, for those {count}?",
    "news_ask_some_one": "Shall I tell {other}: seen, thank you, for that one?",
    "news_ask_reprompt": "Shall I mark those as seen, with a thank you to {other}? Yes or no?",
    "news_ask_reprompt_one": "Shall I mark that as seen, with a thank you to {other}? Yes or no?",
    "news_thanked": "Done. {other} will see your thank you.",
    "news_not_thanked": "All right, I haven't marked anything. You can say thank you on the website too.",
    # One of the partner's entries, said of them: "kept their promise to call when late on Monday".
    "news_kept": "kept {promise} {day}",
    "news_missed": "missed {promise} {day}",
    "news_kept_times": "kept a promise {count} times {day}",
    "news_missed_times": "missed a promise {count} times {day}",
    "news_reliability": "noted a moment of reliability {day}",
    "news_small_win": "noted a small win {day}",
    "news_hard_day": "had a hard day {day}",
    "news_breach": "logged a boundary breach {day}",
    "news_breach_named": "logged a breach of {boundary} {day}",
    "news_with_note": "{entry}: {note}",
    "news_yesterday": "yesterday",
    "news_on_day": "on {day}",
    "news_on_date": "on {date:%B} {date.day}",
}

EN_GB: dict[str, str] = {
    "reminder_set": "Done. I'll remind you every {day} at {time}, with your first check-in question.",
    "touch_base_set": "Okay. I'll remind you in {hours} hours to catch up with {other}. Go gently.",
    "touch_base_text": "A gentle reminder to catch up with {other}.",
    "news_on_date": "on {date.day} {date:%B}",
}
