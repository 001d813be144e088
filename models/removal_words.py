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
# "..., I said it by mistake" (en-IN "I told it"): the hard day said in error, told with its taking back.
_MISTAKE = (
    r"(?:(?:i )?(?:said|told|logged|added) (?:it|that|one) (?:by (?:mistake|accident)|wrongly)|by (?:mistake|accident)|"
    r"(?:it|that) was a mistake|my mistake|my bad|i didn't mean (?:it|that|to)|i did not mean (?:it|that|to)|i was wrong)"
)
_AFTER = rf"(?:,? (?:please|now|then|after all|actually|anymore|any more|{_FINE}|{_MISTAKE}))*"
# Words before a hard day said not to be: "actually, ...", "I'm feeling better, it's not a hard day any more".
_LEAD = rf"(?:(?:oh|no|actually|so|okay|ok|well|sorry|{_FINE}|{_MISTAKE}),? )*"
# A "don't", "can't" or "never" just before the verb says the opposite: not taken back.
_NOT_NEGATED = r"(?<!n't )(?<!not )(?<!never )(?<!dont )(?<!n't want to )(?<!not want to )(?<!never want to )"
_TAKE_BACK = rf"(?:cancel|undo|scrap|ditch|drop|withdraw|retract|call off|{REMOVAL}|take back)"
_WHOSE = rf"(?:my|the|this|that|{_DAY}'s)"
# Which one, by when it was logged: "undo the hard day I logged on Thursday", "the one I said yesterday".
_LOGGED = r"(?: (?:that |which )?(?:i|you) (?:logged|said|told|added|put in|declared|noted|recorded)(?: it)?)?"
_WHEN = rf"{_LOGGED}(?:,? (?:from |of |on |for )?{_DAY})?"
# Taking back a hard day: a verb before it ("cancel my hard day", "take back monday's hard day") anywhere
# in the sentence; "forget", "ignore", "never mind" only first ("I want to forget this bad day" is a
# feeling); or the hard day said not to be ("I'm not having a hard day after all").
HARD_DAY_TAKEN_BACK = (
    rf"(?:.* )?{_NOT_NEGATED}{_TAKE_BACK} {_WHOSE} {HARD_DAY}{_WHEN}{_AFTER}|"
    rf"(?:.* )?{_NOT_NEGATED}take {_WHOSE} {HARD_DAY} (?:back|off)(?: my log| the log)?{_WHEN}{_AFTER}|"
    rf"(?:(?:oh|no|actually|so|just|okay|ok),? )*(?:forget|ignore|never ?mind)(?: about)? {_WHOSE} {HARD_DAY}"
    rf"{_WHEN}{_AFTER}|"
    rf"{_LEAD}(?:(?:i'm|i am|i was) not|i wasn't) having a {HARD_DAY}(?: today)?{_AFTER}|"
    rf"{_LEAD}(?:(?:it's|it is|today's|today is|that's|that is|this is|it was|today was|that was) )?(?:not (?:a|really a) "
    rf"{HARD_DAY}(?: today)?,? (?:after all|anymore|any more)|no longer a {HARD_DAY}(?: today)?){_AFTER}|"
    rf"{_LEAD}(?:it|today|that) (?:isn't|is not|wasn't|was not) (?:a|really a) {HARD_DAY}"
    rf"(?: today)?,? (?:after all|anymore|any more){_AFTER}|"
    rf"{_LEAD}no {HARD_DAY}(?: (?:for me|today))*,? (?:after all|then|anymore|any more){_AFTER}|"
    rf"{_LEAD}i (?:don't|do not) need (?:the|my|a) {HARD_DAY}(?: today)?,? (?:after all|anymore|any more|now){_AFTER}|"
    rf"{_LEAD}i (?:didn't|did not) mean (?:to (?:log|say) )?(?:a|the|my) {HARD_DAY}{_WHEN}{_AFTER}|"
    rf"{_LEAD}(?:i )?(?:logged|said|told|added|put in) (?:(?:a|the|that|my) )?{HARD_DAY}{_WHEN},? (?:by (?:mistake|accident)|"
    rf"wrongly|in error)(?:,? (?:please )?(?:cancel|undo|remove|delete|scrap|take back) (?:it|that))?{_AFTER}|"
    # The hard day itself said to be the mistake: "the hard day was a mistake", "my hard day was logged by accident".
    rf"{_LEAD}{_WHOSE} {HARD_DAY}{_WHEN} (?:was|is) (?:a mistake|an accident|wrong|(?:logged|said|added) "
    rf"(?:by (?:mistake|accident)|wrongly|in error)){_AFTER}|"
    # Said in error: "I didn't have a hard day today, I said it by mistake", "I haven't had a hard day".
    rf"{_LEAD}i (?:didn't|did not|haven't|have not) (?:have|had) a {HARD_DAY}(?:,? (?:on )?{_DAY})?{_AFTER}"
)
