"""Everyday senses of words the detector would otherwise read as harm: a game ("kill him at tennis"),
an idiom ("hit him up", "my mum will kill me if the cake is burnt"), play at home ("a pillow fight,
Sam pinned me down") and a fond exaggeration, each read as the plain act it means before the rules
(skill/distress.py) and the save path's doubt (skill/saved_words.py) look at the words."""

from __future__ import annotations

import re

from .distress_fond import fond_read
from .distress_games import GAME
from .distress_ordinary import ordinary_read
from .distress_played import played_read
from .rewrites import rewritten

# "I'll hit him up later": to get in touch, not a blow ("hit me up against the wall" still is one).
_HIT_UP = re.compile(r"\bhit (him|her|them|me|you|us) up\b(?! against| into| on the| so | hard| bad)")


# "I cut myself some slack", "cut myself a slice of cake": going easy, a helping served; the words of
# harm said beside them ("... and then I cut my wrists") are still read.
_SLACK = re.compile(r"\bcut (myself|me|him|her|us|them|you) (?:some |a (?:bit|little|lot) of )?slack\b")
_A_HELPING = re.compile(
    r"\bcut (myself|me|him|her|us|them|you) (a (?:slice|piece|wedge|hunk|chunk|sliver|portion|bit of (?:cake|bread|"
    r"cheese|pie|meat|toast|pizza)))\b"
)


# "I said no to the office sweepstake": a thing declined, not a no that costs a fight (nlu8's retrain
# scored the pride of it 5.6, over the alarm; read "turned down", nlu9's 3.56, in the doubt band).
_NO_TO_A_THING = re.compile(
    r"\b(?:said|say|saying) no to ((?:the|a|an|another|one more) (?:(?:office|work|school|pub|team|staff) )?(?:sweepstake|"
    r"raffle|lottery|bet|flutter|collection|round|drink|pint|beer|glass of \w+|dessert|pudding|cake|biscuit|takeaway|"
    r"cigarette|fag|smoke|vape|shift|overtime))\b"
)


# "We watched a documentary about domestic violence and talked about it" (tester-voice29), "a film where the
# husband hits his wife", "a doco about domestic violence" (tester-voice48): the story of something watched or read,
# told in one clause with no word of the speaker's own, nothing after it but talking it over ("... and it sounds
# like him", "... where he hit me" are read as said: skill/distress_seen_in_a_story.py hears harm turned to oneself).
_STORY = (
    r"(?:documentary|docu ?series|doco|docco|film|movie|show|tv show|drama|programme|program|episode|series|book|"
    r"novel|article|news story|story|podcast|video|talk|lecture|seminar|workshop|play)"
)
# What turns the story to oneself or one's own: a word of one's own, a clause after it, a likeness.
_TURNED = r"(?:i|me|my|mine|myself|us|our|ours|we|and|but|so|because|like|sounds|reminds|reminded|realised|realized)"
_ON_THE_TOPIC = re.compile(
    rf"\b((?:watched|saw|read|heard|listened to|went to|were watching|was watching|was reading) (?:a|an|the|this|that) "
    rf"(?:\w+ )?{_STORY}) (?:about|on|where|in which)(?: (?!{_TURNED}\b)[^\s,.;:!?]+)+?(?=(?: (?:together|last night|tonight|today|"
    r"yesterday|this (?:morning|afternoon|evening|week)))*(?: and (?:we )?(?:talked|chatted|had a (?:good |long |big )?"
    r"(?:talk|chat)) (?:about it|it over)(?: (?:together|afterwards|after|for ages|for hours))*)? *$)"
)


# "I almost killed myself laughing" (tester-voice50): laughter, as "I nearly died laughing" is.
_LAUGHED = re.compile(
    r"\b(?:nearly |almost |literally |practically )?(?:killed|kill|killing) (?:myself|me|ourselves|us) (?:laughing|with "
    r"laughter|from laughing)\b"
)


def _idiom_read(said: str) -> str:
    said = rewritten(_LAUGHED, "laughed so hard", rewritten(_ON_THE_TOPIC, r"\1 about a hard topic", said))
    said = rewritten(_CROSS_AT_WORK, r"\1 will be cross", said)
    return rewritten(
        _NO_TO_A_THING,
        r"declined \1",
        rewritten(_A_HELPING, r"served \1 \2", rewritten(_SLACK, r"went easy on \1", said)),
    )


# "My mum will kill me if the cake is burnt": someone in the family (never the partner, he or she)
# cross over a thing late or spoilt, or over leaving early ("said I'd be dead meat if I left before five"), is the
# idiom "my boss will kill me if the report's late" is.
_CROSS_IF = re.compile(
    r"\b(my (?:mum|mom|mother|dad|father|nan|gran|granny|nana|grandma|grandad|sister|brother|auntie|aunt|uncle|boss|"
    r"teacher|coach|manager)) (?:(?:will|would|is going to|is gonna|will literally) kill me|(?:said|says|told me|reckons) "
    r"i (?:would|will) be dead(?: meat)?) if (?:(?:the|my|this|that|our|her|his|it)"
    r"(?: \w+){0,2}?(?: is|'s| s| are| was| were| gets| get)? (?:late|not (?:done|ready|finished|in)|wrong|broken|lost|missing|"
    r"ruined|dirty|overdue|scratched|dented|burnt|burned|spoilt|spoiled|stained|flat|sunk)"
    # or over leaving work or class early: "my boss would kill me if I left early".
    r"|i (?:leave|left|go|went|clock off|clocked off|sneak off|snuck off|log off|logged off)(?: work)? (?:early|before \w+)"
    r"(?: again| today| tonight)?"
    # or over a call not made: "my mum will kill me if I don't call her tonight" (tester-voice51).
    r"|i (?:do not|did not|forget to|forgot to) (?:call|ring|phone|text|visit) (?:her|him|them)(?: back)?(?: tonight| today"
    r"| later| this week)?) *$"
)
# "My boss is going to kill me for leaving early" (tester-voice51): someone at work cross, said alone or over what
# was done; "if ..." is _CROSS_IF's to read.
_CROSS_AT_WORK = re.compile(
    r"\b((?:my|the) (?:boss|manager|supervisor|teacher|coach|editor|lecturer|tutor)) (?:is going to|will|would|is gonna|"
    r"will literally|is literally going to) kill me(?= *$| for\b| (?:though|tomorrow|today|tonight)\b)"
)


# "Kill him at tennis tomorrow": a game after the person is what is played, read as "play him at
# tennis" so that the rest of the sentence is still read ("... at tennis and then kill myself").
# A time or nothing may follow the game; anything else ("at the tennis club") is a place.
_AT_A_GAME = re.compile(
    r"\b(?:kill|killed|killing|destroy|destroyed|destroying|murder|murdered|murdering|annihilate|annihilating|"
    r"slaughter|slaughtering|thrash|thrashing|crush|crushing|smash|smashing|hammer|hammering) "
    rf"((?:my |our |the )?\w+) at ((?:a |the )?{GAME})(?= *$| (?:tomorrow|tonight|today|later|again|and|then|this "
    r"(?:weekend|week|evening|morning|afternoon|time)|next (?:week|time)|on \w+day)\b)"
)


# A hiding given at a game is a beating in the score (tester-voice33): "my boss gave me a hiding at squash last
# night" is read "beat me at squash"; "at the match" may be either, and stays as said.
_HIDING_AT_A_GAME = re.compile(
    r"\b(?:gave|gives|give|giving) (me|us|him|her|them) (?:a |an )?(?:(?:right|proper|good|real) )?(?:hiding|thrashing|"
    rf"pasting|drubbing|hammering|beating|spanking) at ({GAME})\b"
)


# Play at home ("we had a pillow fight and Sam pinned me down, I was crying laughing"): being held
# down is read as "caught", so any blow said beside the play ("... then he choked me") is still read.
_IN_PLAY = re.compile(
    r"\b(?:pillow|tickle|play|water|nerf|snowball) fights?\b|\bplay (?:fighting|wrestling)\b|\btickl(?:e|ed|es|ing)\b"
    r"|\b(?:crying|cried|in fits|weeping|howling) (?:with )?laugh(?:ing|ter)\b"
)
_HELD_DOWN = re.compile(r"\b(?:pinned|pins|pinning|held|holds|sat on|tackled|wrestled) (me|us)(?: down)?\b")


def _play_read(said: str) -> str:
    return rewritten(_HELD_DOWN, r"caught \1", said) if _IN_PLAY.search(said) else said


def everyday_read(said: str) -> str:
    """Words already read as spoken, with a game, an idiom, play or a fond exaggeration read as the
    plain act it means ("play him at tennis", "took me to the gym"): what the rules and the learned
    check, here and in the save path's doubt (skill/saved_words.py), both read."""
    return fond_read(
        _play_read(
            rewritten(
                _CROSS_IF,
                r"\1 will be cross",
                rewritten(
                    _HIT_UP,
                    r"texted \1",
                    rewritten(
                        _HIDING_AT_A_GAME,
                        r"beat \1 at \2",
                        rewritten(_AT_A_GAME, r"play \1 at \2", _idiom_read(ordinary_read(played_read(said)))),
                    ),
                ),
            )
        )
    )
