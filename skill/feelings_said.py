"""What the speaker says of themselves, heard where a promise's name was expected: a feeling, a wish,
a plan or a state ("I'm shattered", "I want to…") is never a promise kept nor a moment of
reliability; a low mood ("I'm feeling low today") is answered with the hard day's way in.
"""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

# A feeling, a wish or a plan: what the speaker feels or means to do, not something that happened.
_FEELS_OR_WANTS = re.compile(
    r"^(?:(?:honestly|sometimes|right now|today|tonight|just|so|and|but|well|oh) )*(?:i (?:just |really |kind of |sort of "
    r"|honestly )?(?:feel|felt|wish|want|wanted|wanna|would like|will|hope|need to|plan to|keep thinking)|"
    r"(?:i'm|i am|im) (?:just |really )?(?:feeling|going to|gonna|about to|planning|thinking (?:of|about))|"
    # The same wish with its "i" taken by a carrier ("i {commitment}": "want to start going to the gym").
    r"(?:(?:want|wanted|hope|plan|need|would like) to|wanna|wish (?:i|we)) |"
    r"i(?:'d| would) (?:like|love|rather)|i'll|i (?:don't|do not|can't|cannot|can not) see (?:the |any )?point|"
    r"i see no point|(?:what's|what is) the point|(?:there's|there is) no point|"
    # A state of the speaker ("I'm dead on my feet after the school run"; a carrier hands over "am ...").
    r"(?:i'm|i am|im|am|i was|was|i've been|ive been) (?:so |really |just |absolutely |completely |totally |a bit |pretty "
    r"|utterly |proper )*(?:tired|exhausted|knackered|shattered|wrecked|drained|stressed|overwhelmed|sick|ill|unwell|sore|"
    r"fed up|bored|hungry|starving|cold|freezing|grumpy|cranky|sad|anxious|nervous|worried|upset|lonely|sleepy|swamped|"
    r"snowed under|run down|under the weather|dead on my feet|worn out|wiped out|done in|beat|pooped|zonked)|"
    # A gripe about the weather ("had enough of this rain"): not something anyone did.
    r"(?:i |i've |i have |ive |have )?(?:had enough|(?:am |i'm |im )?(?:sick|tired|fed up)) of (?:this|the|all this|all the) "
    r"(?:rain|weather|wind|cold|heat|snow|drizzle|humidity|fog|storms?|sleet|hail|grey skies))\b"
)


def a_feeling_or_wish(said: str) -> bool:
    """Whether the words are a feeling, a wish, a plan or a state of the speaker ("I feel like…", "I don't
    see the point…", "I want to…", "I'm going to…", "I'm shattered"): never a moment of reliability, so
    never offered as one."""
    return _FEELS_OR_WANTS.match(spoken(said)) is not None


# A low mood, said with or without the "I" a carrier may take: "am feeling low today", "feel like
# rubbish". Answered warmly, with how to say it's a hard day, instead of "I couldn't match that".
_LOW = (
    r"low|down|sad|blue|flat|rubbish|awful|terrible|horrible|miserable|crap|crappy|lousy|rotten|rough|"
    r"wretched|gutted|hopeless|empty|numb|lost|broken|overwhelmed|lonely|anxious|stressed|exhausted|drained|"
    r"worn out|run down|fed up|not (?:great|good|ok|okay|myself)|like (?:rubbish|crap|garbage|death warmed up|a wreck|"
    r"nothing|a failure)"
)
# Said as a state, not a feeling: "I'm so sad", "am heartbroken", "I'm empty inside", "I'm struggling".
# ("down" only after "feel": "I'm down the pub" is a place.)
_LOW_STATE = (
    r"low|sad|blue|miserable|heartbroken|devastated|crushed|gutted|wretched|depressed|empty(?: inside)?|numb|"
    r"lonely|broken|struggling|falling apart|a (?:total |complete |right )?(?:wreck|mess)|not (?:ok|okay|coping|doing (?:well|great|good|ok|okay))"
)
# The feeling of a lapse told with it is the lapse: "I'm gutted I missed our walk" is logged, not a low mood.
_NOT_A_LAPSE = r"(?!,? (?:that |because |cos )?(?:i|we) (?:missed|forgot|did not|didn't|could not|couldn't|failed|skipped|broke)\b)"
_LOW_MOOD = re.compile(
    r"^(?:(?:honestly|just|so|today|tonight|well) )*(?:i |i'm |i am |im )?(?:am |was )?(?:(?:really |just |honestly )?"
    r"(?:feel|feeling|felt|have been feeling|been feeling)) (?:so |really |pretty |a bit |quite |very |a little |kind of "
    rf"|sort of )*(?:{_LOW})\b{_NOT_A_LAPSE}"
    r"|^(?:(?:honestly|just|so|today|tonight|well) )*(?:i'm|i am|im|am|i've been|ive been|been) (?:so |really |pretty |"
    rf"a bit |quite |very |just |completely |totally |utterly |kind of |sort of )*(?:{_LOW_STATE})\b{_NOT_A_LAPSE}"
    # Down for a while ("I've been really down this week"), never down the pub; tears for days ("I cried all week").
    r"|^(?:(?:honestly|just|so|well) )*(?:i've been|ive been|i have been|been) (?:so |really |pretty |a bit |quite |very "
    r"|feeling )*down\b(?! (?:the|to|at|in|on|by|with|for)\b)"
    r"|^(?:(?:honestly|just|so|well) )*(?:i |i've |ive |i have |have )?(?:cried|been crying|keep crying|can't stop "
    r"crying|can not stop crying|cannot stop crying)(?: (?:all (?:week|day|night|weekend|morning|evening)|every (?:day|"
    r"night)|myself to sleep|for days|non ?stop|a lot))?(?: (?:this|last) (?:week|weekend))? *$"
)


def low_mood(said: str) -> bool:
    """Whether the words say the speaker feels low ("I'm feeling really down", "feel like rubbish today")."""
    return _LOW_MOOD.match(spoken(said)) is not None
