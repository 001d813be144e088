"""The words that take something away, one list: an undo ("delete that"), an answer removed as the
check-in goes back to it, what is wiped in fear (models/steering_words.py), and a hard day taken
back, every way it is said ("scrap my hard day", "I'm not having a hard day after all")."""

from __future__ import annotations

REMOVAL = r"(?:delete|remove|erase|wipe|scratch|strike|get rid of)"
HARD_DAY = r"(?:hard|rough|tough|bad|difficult) day"

_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The day a hard day taken back was: today's, or another's (answered with where it can be changed).
_DAY = (
    rf"(?:today|tonight|this morning|yesterday|last night|the day before yesterday|(?:last |on )?{_WEEKDAY}|"
    r"last (?:week|month|year)|the other day|(?:a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?|years?) ago)"
)
# "..., I'm fine", "I'm feeling better": why it is taken back, said with it.
_FINE = r"(?:i'm|i am|i feel|i'm feeling|i am feeling|feeling) (?:fine|ok|okay|alright|all right|better|good)"
_AFTER = rf"(?:,? (?:please|now|then|after all|actually|anymore|any more|{_FINE}))*"
# A "don't", "can't" or "never" just before the verb says the opposite: not taken back.
_NOT_NEGATED = r"(?<!n't )(?<!not )(?<!never )(?<!dont )"
_TAKE_BACK = rf"(?:cancel|undo|scrap|ditch|drop|withdraw|retract|call off|{REMOVAL}|take back)"
_WHOSE = rf"(?:my|the|this|that|{_DAY}'s)"
# Taking back a hard day: a verb before it ("cancel my hard day", "take back monday's hard day") anywhere
# in the sentence; "forget", "ignore", "never mind" only first ("I want to forget this bad day" is a
# feeling); or the hard day said not to be ("I'm not having a hard day after all").
HARD_DAY_TAKEN_BACK = (
    rf"(?:.* )?{_NOT_NEGATED}{_TAKE_BACK} {_WHOSE} {HARD_DAY}(?:,? (?:from |of |on |for )?{_DAY})?{_AFTER}|"
    rf"(?:.* )?{_NOT_NEGATED}take {_WHOSE} {HARD_DAY} (?:back|off)(?: my log| the log)?{_AFTER}|"
    rf"(?:(?:oh|no|actually|so|just|okay|ok),? )*(?:forget|ignore|never ?mind)(?: about)? {_WHOSE} {HARD_DAY}"
    rf"(?:,? (?:from |of |on |for )?{_DAY})?{_AFTER}|"
    rf"(?:(?:oh|no|actually|so|okay|ok),? )*(?:i'm|i am) not having a {HARD_DAY}(?: today)?{_AFTER}|"
    rf"(?:(?:oh|no|actually|so|okay|ok),? )*(?:it's|it is|today's|today is|that's|that is) not (?:a|really a) {HARD_DAY}"
    rf"(?: today)?,? (?:after all|anymore|any more){_AFTER}|"
    rf"(?:(?:oh|no|actually|so|okay|ok),? )*(?:it|today|that) (?:isn't|is not) (?:a|really a) {HARD_DAY}"
    rf"(?: today)?,? (?:after all|anymore|any more){_AFTER}|"
    rf"(?:(?:oh|no|actually|so|okay|ok),? )*no {HARD_DAY}(?: (?:for me|today))*,? (?:after all|then|anymore|any more){_AFTER}|"
    rf"i (?:don't|do not) need (?:the|my|a) {HARD_DAY}(?: today)?,? (?:after all|anymore|any more|now){_AFTER}|"
    rf"i (?:didn't|did not) mean (?:to (?:log|say) )?(?:a|the|my) {HARD_DAY}{_AFTER}"
)
