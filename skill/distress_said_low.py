"""Despair and fear said low (tester-voice39, 2026-12-06, on main 7aa385a): gone soon so nobody has
to put up with me ("I won't be a burden to him much longer", "Sam won't have to put up with me much
longer", "soon I won't be anyone's problem", "I've made my peace with it, this is the last week"),
worthlessness and self-hatred said bare ("I'm just a waste of space", "I hate myself so much"), part of
me wanting it all to stop for good, the partner outside banging on the door. Each got the soft line,
a fallback, or an offer to log it as a promise kept; the learned check alone heard some, and lost
them where a carrier's slot rebuilt the sentence.

Each needs its frame, said whole; the everyday beside them stays quiet: a burden until the cast comes
off, my snoring put up with, a spare room that is a waste of space, hating myself for the biscuits or in
a photo, the noise next door stopping for good, the kids banging on the door to be let in.
"""

from __future__ import annotations

from .distress_vocab import PARTNER, PARTNER_AS_HE_SHE_OR_THEY

# Whom the speaker is a weight on: the partner, a name Alexa heard, anyone.
_ON = rf"(?:him|her|them|{PARTNER}|\w+|anyone|anybody|everyone|everybody|you all|my family|the kids|people)"
# How the soon-gone end when said whole: nothing after but a word of weight.
_NOTHING_AFTER = r"(?: (?:now|anyway|anymore|any more|i promise|honestly|really|trust me))?$"

SAID_LOW = [
    # Gone soon, a weight no more: "i won't be a burden to him much longer", "soon i won't be a burden to her".
    rf"\b(?:i will not|i am not going to|i wo not) be (?:a burden|a weight|a problem|a bother|in the way|in (?:his|her|"
    rf"their|your|(?:anyone|everyone)(?:'s| s)) way) (?:to|on|for) {_ON} (?:much|for much|for) longer{_NOTHING_AFTER}",
    rf"^(?:[\w']+ ){{0,2}}soon i (?:will not|wo not|am not going to) be (?:a burden|a weight|a problem|a bother|in the "
    rf"way|(?:anyone|anybody|everyone)(?:'s| s) problem|your problem|(?:his|her|their) problem)"
    rf"(?: (?:to|on|for) {_ON})?(?: (?:any more|anymore))?{_NOTHING_AFTER}",
    rf"^(?:[\w']+ ){{0,2}}i (?:will not|wo not) be (?:(?:anyone|anybody|everyone)(?:'s| s)|your|his|her|their) problem "
    rf"(?:much longer|for much longer|for long|soon|any more|anymore){_NOTHING_AFTER}",
    # Nobody's problem soon: "i'll be nobody's problem soon enough", "it'll be nobody's problem soon" (tester-voice40).
    r"^(?:[\w']+ ){0,2}(?:i|it|that|this) (?:will|is going to|is gonna|am going to|am gonna) be (?:nobody|no one|no"
    rf"body)(?:'s| s) problem (?:soon|soon enough|before long|much longer|any more|anymore|for much longer){_NOTHING_AFTER}",
    # Put up with no more: "sam won't have to put up with me much longer".
    rf"\b(?:{PARTNER_AS_HE_SHE_OR_THEY}|\w+|nobody|no one|no one else|everyone|anyone) (?:will not|wo not|would not) "
    r"(?:have to|need to) (?:put up with|deal with|worry about|look after|carry|cope with|bother with) me (?:much|for "
    rf"much|for) longer{_NOTHING_AFTER}",
    # At peace with an end: "i've made my peace with it, this is the last week" (never a diet's last week).
    r"\bi (?:have |had )?made (?:my )?peace with (?:it|it all|everything|things|that|dying|the end|going)\b.*\b(?:this|"
    r"it|today|tonight|next week) (?:is|will be) (?:the|my) (?:last|final) (?:week|day|night|time|weekend|month)"
    rf"{_NOTHING_AFTER}",
    # Worth nothing, said bare: "i'm just a waste of space", "i'm worthless and everyone knows it".
    r"^(?:[\w']+ ){0,2}i am (?:just |only |nothing but |such |so |a complete |a total |an absolute |completely |totally "
    r"|utterly )*(?:a waste of (?:space|oxygen|air|skin|a life|a person)|worthless|nothing|a nobody|unlovable)"
    r"(?: (?:and (?:everyone|everybody|they all|he|she|they|you) (?:knows?|knew|says?|thinks?) (?:it|so)|and i know it|"
    r"to (?:anyone|everyone|anybody|him|her|them)|and i (?:always|always will|always have|will always)(?: (?:be|been|"
    r"will be|have been))?))?(?: (?:really|honestly|anymore|any more|now))?$",
    # Self-hatred, said bare: "i hate myself so much" (never "... for eating all the biscuits").
    r"^(?:[\w']+ ){0,2}i (?:just |really |honestly |truly )?(?:hate|loathe|despise) myself(?: (?:so much|so so much|more "
    r"than anything|every day|all the time|right now|tonight|today|sometimes|these days))*(?: (?:really|honestly|now))?$",
    # Sick of being myself, said bare: "i hate who i've become", "i'm sick of myself" (tester-voice40).
    r"^(?:[\w']+ ){0,2}i (?:just |really |honestly )?(?:hate|loathe|despise|can not stand|can not bear) (?:who|what) i "
    r"(?:have become|am|have turned into|became)(?: (?:now|anymore|any more|these days))?$",
    r"^(?:[\w']+ ){0,2}i am (?:so |just |really |honestly )?(?:sick|tired|sick and tired) of (?:myself|being me|being "
    r"alive|being myself)(?: (?:now|anymore|any more|these days|honestly))?$",
    # Part of me wants it all to stop for good (never the noise next door).
    r"\b(?:part of me|some of me|half of me|a bit of me|some days i|sometimes i) (?:wants?|wanted|wish|wished|would "
    r"like) (?:(?:it all|everything|all of it|all of this|it|life) to|(?:it|everything|life) (?:would|could) "
    r"(?:all )?) ?(?:stop|end|be over|go away)(?: for good| forever| for "
    r"ever| permanently| once and for all)?(?: (?:now|honestly|really|tonight))?$",
    # At the door: "she's outside banging on the door" (never the kids to be let in, never with why after it).
    rf"^(?:[\w']+ ){{0,2}}{PARTNER_AS_HE_SHE_OR_THEY} (?:is|are|was|were|keeps|kept) (?:outside |out there |at the door "
    r")?(?:still )?(?:banging|pounding|hammering|kicking|thumping|punching) (?:on|at|in) (?:the|my|our) (?:front |back "
    r"|bedroom |bathroom )?(?:door|window|windows)(?: in)?(?: (?:again|now|right now|still))*(?: i (?:have to|have got to|need to|must|got to) go(?: now)?)?$",
]
