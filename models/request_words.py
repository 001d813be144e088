"""Words that sound like a request to the skill rather than an answer to the question asked (read by
models/steering_words.py `requested`): each names what is asked, and the words it carries are in the group
"words" (the promise, the note, the name, the code)."""

from __future__ import annotations

from .removal_words import HARD_DAY, HARD_DAY_TAKEN_BACK

# "All of them", "both", "each", "everything": several promises at once ("I kept all of
# them"), the one pattern of these words: read here for a request, and by the skill's
# understanding for what the quantity (or a promise's slot) says.
_EACH = r"(?:all|both|every one|each(?: one)?)"
ALL_OF_THEM = (
    rf"(?:(?:them|those) {_EACH}|{_EACH}(?: (?:of )?(?:them|those|my promises|my commitments|our promises|three))?|"
    r"everything|every promise)"
)
# Words that sound like a request to the skill rather than an answer: confirmed before saving,
# and carried out when they were not meant as the answer. Each names what is asked, and the
# words it carries are in the group "words" (the promise, the note, the name, the code).
_PROMISE = r"(?:my|a|our) (?:promise|commitment|word)(?: (?:to|of|about|for))?"
_REFLECT = (
    r"(?:(?:i|we) (?:want|need|would like|'d like) to |(?:can|could) (?:i|we) |let me |let's |i'd like to )?"
    r"(?:reflect|do (?:a|my) reflection|(?:start|begin|add|write|give) (?:a |my )?reflection) "
    r"(?:on|about|for) (?:my|the|that|this|our|a) (?:last |latest |recent |most recent )?(?:setback|slip|miss|lapse)"
    r"(?: (?:now|please|then))*|"
    r"(?:start|begin|do) (?:a|my) (?:setback )?reflection(?: (?:now|please))*"
)
REQUESTS: tuple[tuple[str, str], ...] = (
    (
        "progress",
        r"how are we doing|how's it going|how are things going|(?:what's|what is|how's|how is) (?:our|my) (?:streak|progress)\b.*",
    ),
    ("checkin", r"(?:please )?(?:start|begin|resume|do) (?:our|the) check ?in"),
    # "What have I promised", "remind me what I agreed to": the speaker's own promises read (MyPromisesIntent).
    (
        "promises",
        r"(?:so |okay |ok )?(?:(?:can you |could you |please )?(?:tell me|remind me) )?"
        r"what (?:(?:did|have) i|i've|i have|i) (?:promised?|agreed to)(?: to do)?|"
        r"(?:what are|tell me|remind me(?: what)?) my (?:promises|commitments)(?: are)?",
    ),
    ("celebrate", r"what should we celebrate"),
    (
        "questions",
        r"(?:what are )?(?:this week's |the )?check ?in questions|"
        r"(?:what are|read|tell me|read me|read us|ask me|ask us) (?:this week's |the |our )(?:check ?in )?questions"
        r"(?: (?:for )?this week)?",
    ),
    (
        "contract",
        r"read (?:our|the|me our|us our) contract|(?:what are|read|tell me|read me) (?:our|the) (?:contract|promises|commitments)\b.*",
    ),
    ("boundaries", r"(?:what are|read|tell me|read me) (?:our|the) boundaries\b.*"),
    (
        "pause",
        r"(?:we|i)(?: need| want| would like|'d like) a (?:little |short |quick |small |bit of a )?(?:pause|break)(?: please)?|"
        r"(?:let's|let us|can we|could we|we need to|i need to) (?:take|have) a (?:little |short |quick |small )?(?:break|pause)\b.*",
    ),
    ("kept", rf"i kept {_PROMISE}(?P<words>.*)"),
    ("missed", rf"i (?:missed|broke|forgot|didn't keep|did not keep|failed to keep) {_PROMISE}(?P<words>.*)"),
    ("breach", r"i (?:crossed|broke) (?:a|our|one of our) boundar(?:y|ies)(?P<words>.*)"),
    ("all_kept", rf"(?:i|we) (?:kept|did|followed through on) (?P<words>{ALL_OF_THEM})\b.*"),
    (
        "all_missed",
        rf"(?:i|we) (?:missed|forgot|broke) (?P<words>{ALL_OF_THEM})\b.*|(?:i|we) (?:didn't|did not) (?:keep|do|manage) any of them\b.*",
    ),
    ("hard_day", rf"(?:i'm|i am) having a {HARD_DAY}"),
    # "Reflect on my setback", "I want to reflect on the setback": the reflection on the latest one, never a new miss.
    ("reflect", _REFLECT),
    # "Cancel my hard day", "I'm feeling better, take back today's hard day" (tester-voice36 D31: saved as an
    # answer), "scrap yesterday's hard day", "I'm not having a hard day after all": the day is read by the skill.
    ("cancel_hard_day", HARD_DAY_TAKEN_BACK),
    ("news", r"what (?:did|has|have) (?P<words>\w+) (?:log|logged|noted|done|been logging)\b.*"),
    ("remind", r"remind (?:us|me)\b.*"),
    ("stop_reminders", r"(?:stop|cancel|turn off|switch off) (?:the |our |my )?reminders?\b.*"),
    ("not_me", r"that (?:wasn't|was not) me\b.*"),
    ("acknowledge", r"(?:acknowledge|thank) (?!you\b)(?P<words>\w+?)(?:'s)?(?: entries| for (?:it|that|them))?"),
    ("who", r"who am i"),
    ("link", r"my (?:pairing )?code is(?P<words>.*)"),
    ("link", r"(?:i want to |can you |please )?(?:link|pair|connect) (?:this|my|the) (?:device|echo|speaker)\b.*"),
    ("hard_day", rf"(?:it's|it is) (?:a|been a) {HARD_DAY}(?: for me)?(?: today)?"),
    # "Log …", "note …": what follows says what to log ("log a small win we cooked", "log a moment: ...").
    ("small_win", r"(?:log|note|record|add) (?:a |another )?(?:small |little |tiny )?win\b(?: that)?(?P<words>.*)"),
    (
        "reliability",
        r"(?:log|note|record|add) (?:a |another )?(?:reliable )?moment\b(?: of reliability)?(?: that)?(?P<words>.*)",
    ),
    ("kept", r"(?:log|note|record|add) (?:a |another )?(?:keep|kept promise|promise kept)\b(?: for)?(?P<words>.*)"),
    ("missed", r"(?:log|note|record|add) (?:a |another )?(?:miss|missed promise)\b(?: for)?(?P<words>.*)"),
    ("breach", r"(?:log|note|record|report) (?:a )?(?:boundary )?breach(?P<words>.*)"),
    # "Log a hard day for yesterday": a hard day, its day in the words (never a keep named "a hard day").
    ("hard_day", rf"(?:log|note|record|mark|add) (?:a |my |another )?{HARD_DAY}\b,?(?P<words>.*)"),
    ("log", r"(?:log|note|record|mark|add)\b(?: that)?(?P<words>.*)"),
)
