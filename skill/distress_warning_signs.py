"""Warning signs told plainly but without a word of harm (tester-voice21, /work/notes/tv21_lists.py;
tests/skill/distress_tester21.py): children who hide or go quiet when the partner is angry or drunk,
a threat of "next time" ("next time I won't be walking away from it"), violence told as what
happened last time ("last time I did he threw the kettle at the wall"), and things given away
because they won't be needed soon. Each is its shape: the act, and the part that makes it danger
(the partner's temper, a body that won't walk away, a thing thrown at a wall, "soon"), so hide
and seek, a game's next round, a ball thrown for the dog and a clear-out stay quiet.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, PARTNER_AS_HE_SHE_OR_THEY

_CHILD = (
    r"(?:the|my|our) (?:kids|children|child|son|daughter|sons|daughters|baby|boys|girls|little ones|youngest|eldest|"
    r"toddler|twins)"
)

# Children who hide, shake or go quiet when the partner is angry or drunk: the temper is the part
# that makes it fear; "when he's counting" or "playing hide and seek" has none.
_CHILD_AFRAID = (
    r"(?:hide|hides|hid|hiding|run and hide|cower|cowers|cry|cries|cried|shake|shakes|tremble|tremble|freeze|freezes|"
    r"froze|go (?:quiet|silent|still)|goes (?:quiet|silent|still)|went (?:quiet|silent|still)|(?:are|is|get|gets|were) "
    r"(?:scared|terrified|frightened|petrified|afraid)|wet the bed|wets the bed|lock themselves)"
)
_TEMPER = (
    rf"(?:when|whenever|every time|each time|as soon as|once|if|while) {PARTNER_AS_HE_SHE_OR_THEY}(?: is| are| gets| get| goes| comes home| "
    r"come home| starts| has been| s)?(?: really| so| very)? (?:angry|mad|furious|drunk|raging|in (?:a|one of his|one of "
    r"her|one of their) (?:mood|moods|rage|rages|temper|tempers)|in a temper|kicks off|kicking off|loses it|lost it|"
    r"starts (?:shouting|yelling|screaming|drinking)|shouting|yelling|screaming)\b"
    r"(?! (?:at|about|with) (?:the|a|his|her|their) (?:telly|tv|football|match|game|referee|ref|news|computer|printer|"
    r"traffic|team|quiz)\b)"
)
CHILDREN_AFRAID = [rf"\b{_CHILD}{BETWEEN} {_CHILD_AFRAID}\b.*\b{_TEMPER}"]

# A threat of "next time": the partner said the speaker won't walk away, get up or survive it.
_SAID = r"(?:said|says|told me|tells me|warned(?: me)?|warns(?: me)?|promised|swore|texted|screamed|shouted|whispered)"
_WONT_SURVIVE = (
    r"(?:walk away|be walking away|walk out|be walking out|get up|be getting up|be getting back up|wake up|survive|live|"
    r"be breathing|be able to walk|walk again|come home|come back|be so lucky|get off so lightly|get off so lucky)"
)
NEXT_TIME_THREAT = [
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} {_SAID}(?: that)? (?:the )?next time,? (?:i|you)(?: will| would)? (?:not|never) {_WONT_SURVIVE}"
    r"(?= *$| (?:from it|from this|from that|of here|alive|in one piece|at all|again|on my own|on your own|it|this time)\b)"
    r"(?!.*\b(?:cards|poker|bingo|chess|game|match|quiz|race|tournament|scrabble|monopoly|golf|tennis|pool|darts)\b)",
]

# Violence told as last time's answer: "last time I did he threw the kettle at the wall".
_LAST_TIME = r"(?:the )?(?:last|one|only) time (?:i|we)\b|when i last\b|the time (?:i|we)\b"
_HURLED = (
    r"(?:threw|thrown|hurled|flung|chucked|lobbed|smashed|punched|kicked|slammed|put|drove|broke)(?: \w+){0,3}? "
    r"(?:at|against|into|through|across|in|off) (?:me|my (?:head|face)|the (?:wall|walls|door|window|floor|tv|telly|"
    r"mirror|room|kitchen|hallway)|a (?:wall|door|window|hole))\b"
)
_NOT_A_GAME = r"(?!.*\b(?:ball|balls|frisbee|darts?|stick|toy|dice|party|tantrum|fit|penalty|football|dog s)\b)"
VIOLENCE_LAST_TIME = [rf"^{_NOT_A_GAME}.*\b(?:{_LAST_TIME}).*\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} {_HURLED}"]

# Things given away because they won't be needed soon: a farewell, not a clear-out for a move.
_GIVEN = (
    r"(?:given|gave|giving|give|sold|selling|handed|handing|left)(?: away| out)? (?:away )?(?:all )?(?:of )?(?:my|most of "
    r"my)(?: \w+)? (?:things|stuff|belongings|possessions|clothes|books|records|jewellery|jewelry|guitar|savings|"
    r"treasures|valuables)"
)
_NOT_NEEDED = (
    r"(?:will not|would not|am not going to|do not|shall not) (?:need|be needing|want|be wanting|use|be using)(?: them|"
    r" it| any of it| anything| any of them)? (?:soon|for (?:much|very) longer|much longer|where i am going|after "
    r"(?:this|tonight|next week|this week)|when i am gone)\b|will not be (?:here|around) (?:soon|much longer|for long)\b"
)
_A_MOVE = (
    r"(?!.*\b(?:move|moving|moved|flat|house|abroad|spain|summer|winter|baby|maternity|school|uni|charity shop)\b)"
)
POSSESSIONS_GIVEN = [rf"^{_A_MOVE}.*\b{_GIVEN}\b.*\b(?:{_NOT_NEEDED})"]

WARNING_SIGNS = CHILDREN_AFRAID + NEXT_TIME_THREAT + VIOLENCE_LAST_TIME + POSSESSIONS_GIVEN
