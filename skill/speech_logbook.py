"""What the skill says when something is logged: a kept or missed promise and "which one?",
a setback and its reflection, a note in people's own words, acknowledging the partner's
entries, and taking an entry back; merged into the locales' phrases in speech.py."""

from __future__ import annotations

EN_US: dict[str, str] = {
    # Logging a kept or missed promise
    "logged_kept": "Logged: you kept {commitment}.",
    "logged_unnamed_kept": "Logged: you kept a promise.",
    "logged_no_contract_kept": (
        "Logged: you kept {said}. Once you've both agreed a contract on the website, "
        "I can count promises toward your commitments."
    ),
    "logged_words_kept": "Logged: you kept {said}.",
    "which_one_kept": "Which one did you keep: {options}?",
    "which_two_kept": "Which two did you keep: {options}?",
    "which_two_missed": "Which two did you miss: {options}?",
    "which_one_or_moment": "Or shall I note it as a moment of reliability?",
    # A keep or miss refused (that day is logged already): was another meant? (tester-voice14 #8)
    "another_kept": "{refused} Or was it another one you kept: {options}?",
    "another_missed": "{refused} Or was it another one you missed: {options}?",
    # A keep of the partner's promise told by the other: one of their own, or the moment (tester-voice34).
    "own_kept": "{refused} Was it one of yours: {options}? Or shall I note it as a moment of reliability?",
    # One promise shares a word with what was said: asked about first, a yes logs it.
    # The speaker's words are never read back here: a whole sentence echoed mid-line is not speech.
    "closest_kept": "That isn't one of your promises by name. Was it {option}?",
    "closest_missed": "That isn't one of your promises by name. Was it {option}?",
    "closest_called_kept": "Was it {option} you kept?",
    "closest_called_missed": "Was it {option} you missed?",
    "closest_reprompt": "Was it {option}? Yes or no?",
    # A lapse of one's own that no boundary is about ("I snapped at Sam over nothing"): a setback of
    # a promise, if one was let down; never let go unsaid (tester-voice22 #8).
    "lapse_which_missed": (
        "Thanks for telling me. Did it go against one of your promises: {options}? Or say: none of them."
    ),
    # A lapse asked about again (after "um"), and its reprompt: it may still be about none of them.
    "lapse_which_again_missed": "Was it {options}? Or say: none of them.",
    "lapse_which_reprompt": "Which promise did it go against: {options}? Or say: none of them.",
    # Why, said to "which one did you miss?" ("I got caught at work"): the promise asked again, the reason its note.
    "which_one_reason_missed": "Thanks for telling me why. Which promise was it: {options}? Or say: none of them.",
    "which_one_reason_one_missed": "Thanks for telling me why. Was it {option}? Or say: none of them.",
    # A setback told in words of its own that name no promise: logged about none (tester-voice28 C2).
    "logged_setback_told": "Logged as a setback: {said}.",
    "closest_not_kept": "Then which one did you keep: {options}? Or say: none of them.",
    "closest_not_missed": "Then which one did you miss: {options}? Or say: none of them.",
    # "No" after a keep described in words of its own: the moment of reliability still offered.
    "closest_not_moment_kept": "Then which one did you keep: {options}? Or shall I note it as a moment of reliability?",
    "which_one_changed_kept": "Your promises were changed on the website just now. Which one did you keep: {options}?",
    "which_one_yes_kept": "Which one: {options}?",
    "which_one_yes_missed": "Which one: {options}?",
    "which_one_reprompt_kept": "Please tell me which promise you kept: {options}.",
    "which_one_give_up": "I still couldn't tell which promise you meant, so I haven't logged anything.",
    "which_one_give_up_kept": (
        "I still couldn't tell which promise you meant, so I haven't logged anything. "
        "Next time, name it, for example: I kept {example}."
    ),
    "which_one_give_up_missed": (
        "I still couldn't tell which promise you meant, so I haven't logged anything. "
        "Next time, name it, for example: I missed {example}."
    ),
    "no_match_kept": (
        "That isn't one of your promises by name. Was it {options}? Or shall I note it as a moment of reliability?"
    ),
    "moment_not_noted": "Alright, I haven't logged it.",
    # "Never mind" to "What was the moment?" (or the small win): the note left, nothing saved.
    "note_left": "Alright, I haven't saved anything. You can log it whenever you like.",
    # A keep or miss told of the partner ("Sam did the house jobs"): each logs their own.
    "partners_own_log": "That sounds like {name}'s to log, so {name} logs it; I haven't logged anything under your name.",
    # Their keep told by the other ("Sam did all the house jobs"): theirs to log, and what was seen offered as a moment.
    "partners_keep_moment": "That's {name}'s to log, so {name} logs it. Shall I note it as a moment of reliability: {said}?",
    "partners_keep_moment_reprompt": "Shall I note it as a moment of reliability? Yes or no?",
    # Words heard as a promise's name that are about none of them: let go, nothing read aloud.
    "log_let_go": "I couldn't match that to one of your promises, so I haven't logged anything.",
    # Low, not in danger: the hard day's way in, and the way to the numbers said once, softly.
    "log_low_mood": "I'm sorry you're feeling that way. If today's a hard day, say: I'm having a hard day, and I'll keep "
    "things simple. If you need someone to talk to now, say: I need help.",
    "log_low_mood_reprompt": "If today's a hard day, say: I'm having a hard day.",
    "logged_all_kept": "Logged all {count}: you kept {names}.",
    "logged_all_kept_one": "Logged: you kept {names}.",
    "logged_all_kept_two": "Logged both: you kept {names}.",
    "logged_all_missed": (
        "Logged all {count} as missed: {names}. Thank you for being honest; you can reflect on them on the website."
    ),
    "logged_all_missed_one": "Logged: you missed {names}. Thank you for being honest.",
    "logged_all_missed_two": (
        "Logged both as missed: {names}. Thank you for being honest; you can reflect on them on the website."
    ),
    "confirm_all_kept": "That would be {count} kept: {names}. Shall I log all {count} as kept?",
    "confirm_all_kept_one": "That would be just {names}. Shall I log it as kept?",
    "confirm_all_kept_two": "That would be both: {names}. Shall I log both as kept?",
    "confirm_all_reprompt_kept": "Shall I log all {count} as kept? Yes or no.",
    "confirm_all_reprompt_kept_one": "Shall I log it as kept? Yes or no.",
    "confirm_all_reprompt_kept_two": "Shall I log both as kept? Yes or no.",
    "confirm_all_missed": "That would be {count} missed: {names}. Shall I log all {count} as missed?",
    "confirm_all_missed_one": "That would be just {names}. Shall I log it as missed?",
    "confirm_all_missed_two": "That would be both: {names}. Shall I log both as missed?",
    "confirm_all_reprompt_missed": "Shall I log all {count} as missed? Yes or no.",
    "confirm_all_reprompt_missed_one": "Shall I log it as missed? Yes or no.",
    "confirm_all_reprompt_missed_two": "Shall I log both as missed? Yes or no.",
    "name_each_kept": "Tell me one promise at a time, for example: I kept my promise to call when late.",
    "name_each_missed": "Tell me one promise at a time, for example: I missed my promise to call when late.",
    "hedge_partly_kept": "It sounds like it was partly done. Shall I log that as kept?",
    "hedge_unsure_kept": "It sounds like you're not sure. Shall I log that as kept?",
    "hedge_reprompt_kept": "Shall I log it as kept? Yes or no.",
    "hedge_partly_missed": "It sounds like it was partly done. Shall I log that as missed?",
    "hedge_unsure_missed": "It sounds like you're not sure. Shall I log that as missed?",
    "hedge_reprompt_missed": "Shall I log it as missed? Yes or no.",
    "told_kept": "That sounds like {promise} was kept. Shall I log it as kept?",
    "against": "That sounds like it went against {promise}. Shall I log it as missed?",
    "against_after": "And that sounds like it went against {promise}. Shall I log that as missed?",
    "missed_after": "And {promise}: shall I log that as missed?",
    # A shared promise the partner logged the other way that day (models/kept_together.py): asked, never stored silently.
    "partner_logged_kept": "{name} logged {promise} as kept {day}. Shall I log that you missed it?",
    "partner_logged_missed": "{name} logged {promise} as missed {day}. Shall I log that you kept it?",
    "partner_logged_later_kept": (
        "{name} logged {promise} as kept {day}, so I haven't logged a miss. After the check-in, you can say it again."
    ),
    "partner_logged_later_missed": (
        "{name} logged {promise} as missed {day}, so I haven't logged a keep. After the check-in, you can say it again."
    ),
    # "All of them" with such a one (skill/intents/log_several.py): said what was left out and why, in one sentence.
    "all_left_out": "I left out {promises}, which {name} logged as {held} {day}.",
    "all_left_out_only": "I haven't logged {promises}: {name} logged {them} as {held} {day}.",
    "partner_logged_reprompt_missed": "Shall I log that you missed it? Yes or no.",
    "partner_logged_reprompt_kept": "Shall I log that you kept it? Yes or no.",
    "hedge_not_logged_kept": (
        "Alright, I haven't logged it. If it didn't happen, you can say: I missed my promise, and name it."
    ),
    "hedge_not_logged_missed": "Alright, I haven't logged it. If you did keep it, you can say: I kept my promise.",
    "logged_all_none": "Everything due for you today is already logged, so I haven't added anything.",
    "logged_all_none_on": "Everything due for you {day} is already logged, so I haven't added anything.",
    "which_one_none": "Alright, I haven't logged anything.",
    "which_one_none_kept": "Alright, I haven't logged anything. Next time, name it, for example: I kept {example}.",
    "which_one_none_missed": (
        "Alright, I haven't logged anything. Next time, name it, for example: I missed {example}."
    ),
    "logged_missed": "Logged: you missed {commitment}.",
    "logged_unnamed_missed": "Logged: you missed a promise.",
    "logged_no_contract_missed": "Logged: you missed {said}.",
    "logged_words_missed": "Logged: you missed {said}.",
    "which_one_missed": "Which one did you miss: {options}?",
    "which_one_changed_missed": "Your promises were changed on the website just now. Which one did you miss: {options}?",
    "which_one_reprompt_missed": "Please tell me which promise you missed: {options}.",
    "no_match_missed": "That isn't one of your promises by name. Was it {options}?",
    "card_logged": "logged",
    # Something to log heard during a check-in, saved as the answer instead (checkin_held.py)
    "held_said_LogKeptIntent": "I kept {promise}",
    "held_said_LogMissedIntent": "I missed {promise}",
    "held_words_LogAllKeptIntent": "I kept all of them",
    "held_words_LogAllMissedIntent": "I missed all of them",
    "held_quantity_LogAllKeptIntent": "I kept {quantity} of them",
    "held_quantity_LogAllMissedIntent": "I missed {quantity} of them",
    # Setbacks as data
    "honesty": "Thank you for being honest.",
    "offer_reflect": "A setback is information, not a verdict: would you like a minute to reflect on it?",
    "offer_reflect_reprompt": "Would you like to reflect on it now? Yes or no?",
    "reflect_later": "That's fine. You can add a reflection later on the website. Take care.",
    "reflect_trigger": "What triggered it?",
    "reflect_prevention": "What would have prevented it?",
    "reflect_empty": "Take your time.",
    "reflect_thanks": "Thank you.",
    "reflect_back": "Back to your reflection:",
    "reflect_saved": "Thank you, that's saved with the setback.",
    "setback_gone": "That entry isn't in your log any more, so there's nothing to reflect on now.",
    # "Reflect on my setback" (skill/intents/reflection.py reflect_on_latest).
    "reflect_latest": "Let's reflect on your latest setback: {what}, {when}. What triggered it?",
    "reflect_none": "There's no setback of yours waiting for a reflection, so there's nothing to reflect on just now.",
    "reflect_saved_no_contract": "You can look at it together on the website.",
    "offer_change": (
        "Would you like me to propose a change to your contract with that note, for you both to look at on the website?"
    ),
    "offer_change_reprompt": "Shall I propose a contract change for you both to review? Yes or no?",
    "change_not_proposed": "Alright. Your reflection is saved, and you can look at it together on the website.",
    "change_proposed": (
        "Done. I've proposed version {number} of your contract, with your reflection as its note. "
        "You can edit it and agree on it together on the website."
    ),
    "change_proposed_suggested": (
        "Done. I've proposed version {number} of your contract, with your reflection and the change you "
        "suggested as its note. You can edit it and agree on it together on the website."
    ),
    "card_change": "a proposed contract change",
    "card_breach": "a boundary breach",
    # Notes in people's own words
    "reliability_what": "What was the moment of reliability? For example: Sam was on time for our talk.",
    "reliability_logged": "Noted, a moment of reliability: {note}.",
    "reliability_logged_plain": "Noted: a moment of reliability.",
    "small_win_what": "What was the small win?",
    "small_win_logged": "Logged a small win: {note}. That's worth noticing.",
    "small_win_logged_plain": "Logged a small win. That's worth noticing.",
    "breach_logged": "I've logged it as a boundary breach, and {other} will see it in your shared log.",
    "breach_logged_plain": "I've logged it as a boundary breach.",
    "breach_logged_named": "I've logged it as a breach of {boundary}, and {other} will see it in your shared log.",
    "breach_logged_named_plain": "I've logged it as a breach of {boundary}.",
    # Words that name none of the couple's boundaries (skill/intents/breach.py): confirmed first.
    "breach_which": "Which of your boundaries was it: {options}? Or say: none of them.",
    "breach_which_reprompt": "Which boundary was it: {options}? Or say: none of them.",
    "breach_none": (
        "Alright, I haven't logged anything, as it wasn't one of your agreed boundaries. "
        "If it's something you'd like to agree on, you can add it to your contract on the website."
    ),
    "breach_left": "Alright, I haven't logged anything. You can log it whenever you're ready, here or on the website.",
    "breach_which_give_up": (
        "I couldn't tell which boundary it was, so I haven't logged anything. "
        "You can log it on the website, choosing the boundary from the list."
    ),
    # A lapse told where a keep was expected ("I had a cheeky punt"): skill/intents/lapse.py
    # A keep or miss told with a day it cannot be logged on: nothing is logged, never today instead.
    # A past day said for a promise due on other days (skill/intents/logbook_confirm.py not_due).
    "not_due": "{promise} wasn't due {day}, so nothing is logged. Due for you {day}: {due}.",
    "not_due_none": "{promise} wasn't due {day}, so nothing is logged; nothing of yours was due {day}.",
    "day_ahead": "I can only log what has happened, so nothing is logged. Once it's done, tell me then.",
    "day_too_far": (
        "I can log what happened up to a week back, so nothing is logged. Earlier days can be added on the website."
    ),
    "day_vague": "Which day was that? Nothing is logged yet.",
    "day_vague_reprompt": "Which day was it? For example: Tuesday, or: two days ago.",
    "day_still_vague": (
        "I couldn't tell which day, so nothing is logged. Say it again with its day, for example: "
        "I kept the evening talk on Tuesday, or: two days ago."
    ),
    "wish_not_logged": "That sounds like it's still to come, so I haven't logged it. Once it's done, say: I kept my promise, and its name.",
    "lapse_offer": "That sounds like your boundary about {about}. Shall I log it as a breach?",
    "lapse_offer_reprompt": "Shall I log it as a breach of your boundary about {about}? Yes or no.",
    "breach_thanks": "Thank you for saying it plainly; that isn't easy.",
    "breach_offer": (
        "It's something to understand, not a verdict. Would you like a minute to reflect on what led to it? "
        "You can also do that later on the website."
    ),
    # The partner's act told by the other ("Sam read my journal"): only the one who crossed it logs
    # a breach (skill/intents/breach.py); the first line varies (skill/variants.py).
    "breach_reported": (
        "Thank you for telling me; that sounds hard. A breach is logged by the one who crossed the boundary, "
        "so I haven't logged it under your name: you could raise it at this week's check-in, "
        "or write it in your private journal on the website."
    ),
    "breach_reported_start": "Shall I start your check-in now?",
    "breach_reported_start_reprompt": "Shall I start your check-in now? Yes or no.",
    "breach_reported_more": "Is there anything else I can do for you?",
    "breach_reported_more_reprompt": "Is there anything else I can do for you? You can say: no, that's all.",
    "checkin_breach_reported": (
        "I haven't logged that: a breach is logged by the one who crossed the boundary, so not under your name. "
        "This check-in is a good place to raise it."
    ),
    # Someone else's act ("my friend read my journal"): no breach of the couple's contract.
    "breach_not_ours": (
        "I'm sorry, that sounds upsetting. It isn't a breach of your contract together, so I haven't logged "
        "anything; your private journal on the website is there if you'd like to write about it."
    ),
    # Acknowledging the partner's entries
    "ack_alone": "There's no partner's log to acknowledge yet. Once your partner joins, you can.",
    "ack_own": "Those are your own entries. {other} can acknowledge them.",
    "ack_none": "There's nothing new from {other} to acknowledge.",
    "ack_done": "Done: I've marked {count} of {other}'s recent entries as seen.",
    "ack_done_one": "Done: I've marked {other}'s new entry as seen.",
    "ack_newest": "Most recently, {other} {entries}.",
    # One's own entry, said to them (undo, "that wasn't me")
    "entry_kept": "you kept {promise}",
    "entry_missed": "you missed {promise}",
    "entry_reliability": "you noted a moment of reliability",
    "entry_small_win": "you noted a small win",
    "entry_hard_day": "you had a hard day",
    "entry_breach": "you logged a boundary breach",
    "a_promise": "a promise",
    # Taking an entry back: "undo that", "that wasn't me" (skill/intents/undo.py)
    "undo_confirm": "Your last entry, {when}, says {what}. Shall I remove it?",
    "undo_confirm_reprompt": "Shall I remove the entry saying {what}? Yes or no.",
    # Said again at that offer, or "the one before" (the model sends neither's words): further back, said so.
    "undo_confirm_before": "Not that one, then. The entry before it, {when}, says {what}. Shall I remove it?",
    "undo_done": "Removed the entry saying {what}. If that was a slip, you can bring it back on the website for ten minutes.",
    "undo_kept": "Okay. Your earlier entry stays as it was.",
    # Said again another way right after a log (skill/intents/amend.py, linking.handover)
    "amend_day": "Changed: {what}, {when}.",
    "amend_confirm": "Your entry from {ago} says {what}. Change it to {change}?",
    "amend_confirm_reprompt": "Shall I change the entry saying {what} to {change}? Yes or no.",
    "amend_ago": "{minutes} minutes ago",
    "amend_ago_one": "a minute ago",
    "amend_ago_now": "just now",
    # Words about to be saved that the learned check doubts (skill/intents/doubt.py)
    "doubt_ask": "I haven't saved that yet, in case you or someone else isn't safe. {help} If you're okay, shall I save it?",
    "doubt_ask_reprompt": "Shall I save it? Yes or no.",
    "doubt_dropped": "Okay, nothing's saved.",
    "take_confirm": "The entry {before} just made says {what}. Is it yours?",
    "take_confirm_reprompt": "Is the entry saying {what} yours? Yes or no.",
    "take_done": "Done: the entry saying {what} is yours now.",
    "take_kept": "Okay, it stays as it was.",
    "take_gone": "That entry has been removed since, so there's nothing to move.",
    "take_refused": "I couldn't move it: it can only be kept in {before}'s name. You can change it on the website.",
    "amend_nothing": "There's nothing of yours from the last ten minutes to change. Older entries can be changed on the website.",
    "amend_unclear": "I couldn't tell what to change. Say, for example: that was yesterday, or: not that one, the evening talk.",
    "undo_gone": "That entry isn't in your log any more, so there's nothing to undo.",
    "not_me_gone": "That entry isn't in your log any more, so there's nothing to mark.",
    "undo_nothing_asked": "There's nothing to undo just now.",
    "undo_nothing": (
        "You haven't logged anything in the last ten minutes, so there's nothing to undo. "
        "Older entries can be removed on the website, under History."
    ),
    "undo_too_late": (
        "It's been more than ten minutes, so I can't undo it by voice. You can remove it on the website, under History."
    ),
    "not_me_confirm": "The last entry made by voice in your name, {when}, says {what}. Shall I mark it as not you?",
    "not_me_confirm_reprompt": "Shall I mark the entry saying {what} as not you? Yes or no.",
    "not_me_done": (
        "Done: it's marked as not you. It won't count anywhere, and you'll both see it as disputed on the website."
    ),
    "not_me_kept": "Okay, it stays as it is.",
    "not_me_nothing": (
        "I can't find an entry made by voice in your name this past week. You can check on the website, under History."
    ),
    "on_weekday": "on {day}",
    "on_date": "on {day} {date} {month}",
}
