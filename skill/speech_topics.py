"""What the skill asks when a sentence named a topic but not which job (skill/topics.py);
merged into the locales' phrases in speech.py. Each job as a verb phrase after "Shall I"."""

from __future__ import annotations

EN_US: dict[str, str] = {
    "topic_let_go": "I'm not sure what you'd like me to do with that. You could say: I kept my promise, "
    "or: start our check-in.",
    # "Add to my journal that ...": the journal is private, written on the website, never by voice.
    "topic_own_journal": (
        "Your private journal is on the Trust Tracker website, where only you can read it. I can't write in it "
        "by voice, so I haven't saved anything."
    ),
    "topic_let_go_reprompt": "You could say: I kept my promise, or: start our check-in. What would you like?",
    "topic_offer": "I'm not sure I followed. Shall I {job0}?",
    "topic_offer_reprompt": "Shall I {job0}? Yes or no?",
    "topic_offer_again": "Sorry, I didn't catch that. Shall I {job0}? Yes or no?",
    "topic_offer_give_up": "Alright, I'll leave it for now. Just say what you'd like whenever you're ready.",
    "topic_choice": "I'm not sure I followed. Shall I {job0}, or {job1}?",
    "topic_choice_again": "Sorry, which one? You can say the first one, the second one, or neither. "
    "Shall I {job0}, or {job1}?",
    "topic_choice_none": "Alright, I'll leave it there.",
    "topic_choice_give_up": "No problem, I've left it. Next time, just say what you'd like, "
    "like: stop the reminders, or read our boundaries.",
    "topic_choice_reprompt": "Shall I {job0}, or {job1}?",
    "topic_job_RemindCheckInIntent": "remind you about your weekly check-in",
    "topic_job_StopRemindersIntent": "stop the reminders",
    "topic_job_ReadBoundariesIntent": "read your boundaries",
    "topic_job_LogBreachIntent": "log that a boundary was crossed",
    "topic_job_ReadContractIntent": "read your contract",
    "topic_job_StartCheckInIntent": "start your check-in",
    "topic_job_ReadCheckInQuestionsIntent": "read the check-in questions",
    "topic_job_CelebrateIntent": "tell you what's worth celebrating",
    "topic_job_ProgressIntent": "tell you how you're doing",
    "topic_job_HardDayIntent": "log a hard day",
    "topic_job_TakeAPauseIntent": "take a short pause",
    "topic_job_UndoIntent": "undo your last entry",
    "topic_job_AcknowledgeIntent": "thank your partner for their entries",
    "topic_job_LogSmallWinIntent": "log a small win",
    "topic_job_LogReliabilityIntent": "log a moment of reliability",
    "topic_job_LogKeptIntent": "log a kept promise",
    "topic_job_LogMissedIntent": "log a missed promise",
    "topic_job_PartnerNewsIntent": "tell you what your partner logged",
}
