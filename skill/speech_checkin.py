"""What the skill says in the weekly check-in: the questions asked in turn, the repairs
(skip, go back, change an answer, stop) and the thanks at the end; merged into the
locales' phrases in speech.py."""

from __future__ import annotations

from .variants import IF_NOT_SAFE

EN_US: dict[str, str] = {
    # The weekly check-in
    "checkin_resumable": "You were in the middle of your check-in; say: start our check-in, to carry on.",
    "checkin_together": "Let's do your check-in. Is {other} with you?",
    "checkin_together_stopped": "Let's pick up your check-in where you left off: {text} First, is {other} with you?",
    "checkin_together_reprompt": "Is {other} here for the check-in too? Yes or no?",
    "checkin_question": "Question {number}: {text}",
    "checkin_question_to": "{name}, question {number}: {text}",
    "checkin_resume": "We were on: {text}",
    "checkin_just_you": "Alright, just you, {name}.",
    # The other partner back at a check-in begun alone (skill/intents/checkin_join.py)
    "checkin_join_offer": "Would {other} like to join the check-in now?",
    "checkin_join_reprompt": "Is {other} joining the check-in now? Yes or no?",
    "checkin_join_yes": "Welcome, {other}. You'll each answer in turn.",
    "checkin_join_no": "Alright, just you for now, {name}. {other} can answer later.",
    "checkin_their_turn": "This one is {name}'s to answer.",
    "checkin_handover_bound": (
        "I know this voice as {name}, so I haven't saved that as {other}'s answer. {other} can answer in "
        "their own voice once it's linked in Settings on the Trust Tracker site, or answer there."
    ),
    "checkin_handover_bound_known": (
        "I know this voice as {name}, so I haven't saved that as {other}'s answer. {other}, answer in your own "
        "voice, or on the Trust Tracker site."
    ),
    "checkin_way_on": "Shall we go on with just you, {name}, or stop here and pick it up later? {other}'s questions will wait.",
    "checkin_way_on_reprompt": "Go on with just you, {name}, or stop and pick it up later?",
    "checkin_resume_to": "{name}, we were on: {text}",
    "checkin_to": "{name}, {text}",
    "checkin_thanks": "Thank you.",
    "checkin_empty": "Take your time.",
    "checkin_done": "That's your check-in done for this week. Thank you, {names}.",
    "checkin_already_done": "You've both answered this week's check-in already.",
    "checkin_saved": "Thank you, {names}. Your answers are saved.",
    "checkin_nothing_saved": "That's alright, {name}; nothing needed saving this time.",
    "checkin_yours_done": "You've already answered this week's questions, {name}.",
    "checkin_later": "{name} can answer later, by voice or on the website.",
    "card_checkin": "this week's check-in",
    # Repairs during a check-in: skip, go back, change an answer, stop
    "checkin_skipped": "Let's leave that one for later.",
    "checkin_skipped_offer": "You skipped: {question}. Answer it now, or leave it?",
    "checkin_skipped_offer_reprompt": "Would you like to answer it now, or leave it?",
    "checkin_needs_words": "That one needs a few words, or you can say skip.",
    "checkin_waiting_for": "Take your time, I'll wait.",
    "checkin_help": (
        "Answer in your own words. You can also say skip, go back, change my answer, or stop to carry on later. "
        + IF_NOT_SAFE
    ),
    "checkin_again": "Alright, let's go back.",
    "checkin_answer_removed": "I've removed that answer. You can give it again, or say skip.",
    "checkin_change_this": "Sure, what's your new answer?",
    "checkin_kept_earlier": "Okay, your earlier answer stays as it was.",
    "checkin_nothing_to_change": "There's no earlier answer to change in this check-in.",
    "checkin_first_question": "This is the first question, so there's nothing before it.",
    "checkin_start_over_first": "Alright, let's start again.",
    "checkin_start_over": "Alright, starting this question again; your other answers are kept.",
    "checkin_confirm": "I heard: {said}. Did you mean that as your answer to: {question} Yes or no?",
    "checkin_confirm_reprompt": "Should I save that as your answer? Yes or no?",
    # Yes logs it, no leaves it; "my answer" (or "the second one") saves it as said.
    "checkin_log_or_answer": "Shall I log that, then come back to the question? Or, if it was your answer, say: my answer.",
    # A hard day held: what a yes logs, with its day (skill/intents/hard_day.py hard_day_on).
    "checkin_log_hard_day_or_answer": (
        "Shall I log a hard day for {day}, then come back to the question? Or, if it was your answer, say: my answer."
    ),
    # A keep, a miss or a note held: what a yes logs, named (skill/intents/checkin_log_asked.py).
    "checkin_log_kept_or_answer": (
        "Shall I log that you kept {promise}, then come back to the question? Or, if it was your answer, say: my answer."
    ),
    "checkin_log_missed_or_answer": (
        "Shall I log that you missed {promise}, then come back to the question? Or, if it was your answer, say: my "
        "answer."
    ),
    "checkin_log_note_or_answer": (
        "Shall I log {kind}: {note}, then come back to the question? Or, if it was your answer, say: my answer."
    ),
    # A keep or miss told as an answer, already on record: what is on record, and the words kept as the answer.
    "checkin_on_record": "{refused} I've saved your words as your answer.",
    "checkin_log_or_answer_reprompt": "Say yes to log it, no to leave it, or: my answer, to save it as your answer.",
    "checkin_held_left": "Alright, I've left that.",
    # Other words said to it: the answer to the question, nothing logged (never told as "left").
    "checkin_held_answered": "Alright, I haven't logged anything; I've taken that as your answer.",
    "checkin_log_later": "I couldn't tell exactly what to log, so I haven't; you can log it after the check-in.",
    "held_words_LogKeptIntent": "I kept my promise",
    "held_words_LogMissedIntent": "I missed my promise",
    "held_words_LogReliabilityIntent": "A moment of reliability",
    "held_words_LogSmallWinIntent": "A small win",
    "held_words_LogBreachIntent": "A boundary was crossed",
    "held_words_HardDayIntent": "I'm having a hard day",
    "checkin_not_saved": "Alright, I haven't saved that; you can ask me after the check-in.",
    "checkin_back": "Back to our check-in:",
    # The check-in asked about outside it (skill/topic_question.py): told, never begun.
    "checkin_weekly": "Your check-in is every {day} at {time}.",
    "your_partner": "Your partner",
    "checkin_theirs": (
        "{name}'s answers are on the Trust Tracker website, beside yours, once you've answered all of "
        "this week's questions yourself."
    ),
    "checkin_mine": "Your check-in answers are on the Trust Tracker website, week by week.",
    # The check-in asked about at a question (skill/intents/checkin_asked.py), then the question again.
    "checkin_question_was": "Question {number} was: {text}",
    "checkin_questions_are": "This week's questions are: {questions}",
    "checkin_last_one": "This is the last question.",
    "checkin_left": "{count} more after this one.",
    "checkin_left_one": "One more after this one.",
    "checkin_left_two": "Two more after this one.",
    "checkin_together_first": "I haven't logged anything; the check-in comes first.",
    # Asked at "Is Sam with you?", before the first question (skill/intents/checkin_asked.py).
    "checkin_count": "{count} questions.",
    "checkin_count_one": "One question.",
    "checkin_begins_there": "We'll begin with question 1 in a moment.",
    # "go back" or "change my answer" at "Is Sam with you?": the question it starts with.
    "checkin_together_back": "That's where the check-in starts; there's nothing before it.",
    # "go back" outside a check-in, from someone who answered this week's (skill/intents/checkin.py).
    "checkin_back_offer": "No check-in is open just now. Shall we pick up yours where you left off?",
    "checkin_back_offer_reprompt": "Shall we pick up your check-in? Yes or no?",
    # The same, from someone who has answered every question this week (skill/intents/checkin_after.py).
    "checkin_change_offer": "Your last check-in answer this week was to: {question}. Shall I ask it again, so you can change it?",
    "checkin_change_offer_reprompt": "Shall I ask that question again, so you can change your answer? Yes or no?",
    "checkin_change_declined": "Alright, your answers stay as they are.",
    "checkin_answer_changed": "Changed: your new answer is saved in place of the old one.",
    "checkin_changed_to": "Changed: your new answer to: {question}, is saved in place of the old one.",
    # "The rest", "the other ones" where an answer was expected.
    "checkin_no_more": "That's the last question; there are no more after it.",
    "checkin_one_at_a_time": "One question at a time: the next comes after this one.",
    "checkin_stopped": "Your answers so far are saved. To pick up where you left off, say: start our check-in.",
    # Left at "Is Sam with you?", before any question: nothing to say was saved.
    "checkin_stopped_unbegun": "Alright, we'll leave the check-in for now. When you're ready, say: start our check-in.",
    "checkin_left_for_later": "You left {count} for later; you can answer them by voice or on the website.",
    "checkin_left_for_later_one": "You left one for later; you can answer it by voice or on the website.",
    "checkin_answers_moved": "The {count} answers you gave are under your name now.",
    "checkin_answers_moved_one": "The answer you gave is under your name now.",
    # Both had answered there: nothing is deleted; what was said stays the first name's.
    "checkin_answers_kept": (
        "You had already answered {count} of those questions, so I've kept your earlier answers there, "
        "and what was said here stays {wrong}'s."
    ),
    "checkin_answers_kept_one": (
        "You had already answered that question, so I've kept your earlier answer, "
        "and what was said here stays {wrong}'s."
    ),
    # Said only while a question follows: never in a response that ends the session.
    "checkin_go_back_yours": "Say go back to change yours.",
    # "Actually this is Jordan" (nobody here): who is answering, before anything is credited.
    "checkin_who": "Who's answering: {names}?",
    "checkin_who_first": "I'll keep that until I know who's speaking.",
    "checkin_who_thanks": "Thanks, {name}.",
    "speaker_switched": "Thanks, {name}: I'll take what's said here as yours for now.",
    "checkin_changed": "The questions were just changed on the website, so here is this one as it stands now.",
    # Check-in questions
    "questions_intro": "Here are this week's check-in questions.",
    "question": "Question {number}: {text}",
    "questions_outro": "Take your time with them together.",
    "no_questions": "You don't have any check-in questions yet. You can add some on the website.",
}
