"""Despair said in a day's own words, and a farewell said as an answer (an eighth tester's finds: "on
film night I kept thinking how easy it would be to just end it", "so Sam can find my goodbye
messages after", "I fed the chooks even though I've decided this is my last week", "I've made my
peace and I'm ready to go", "a note for the children in case I'm gone", "if I wasn't around at
all"), read by skill/distress.py: these were saved as a kept promise or a check-in answer.

Each needs what makes it a farewell: a goodbye left to be found, a last week decided on, peace made
and ready, a note in case one is gone. The everyday stays quiet: a last week at a job, a farewell
email to the team, a goodbye card for a colleague, ready to go with a coat on, a will made.
"""

from __future__ import annotations

# Ending one's life in the words people use for it.
_END = (
    r"(?:end it|end it all|end everything|end things|finish it all|finish everything|finish myself|finish myself off|"
    r"do it|go through with it|not wake up|never wake up|stop it all|let go|disappear|not be here|step off|jump|"
    r"drive off|drive into (?:something|a tree|a wall|the sea))"
)
# A time that is a life's last, not a job's: "this is my last week", not "my last week at this job".
_LAST = r"(?:last|final) (?:week|weekend|month|day|days|night|christmas|birthday|summer|year|sunday|winter)"
_NOT_A_JOB = r"(?! (?:at|of|in|on|with|before|working|here|as|off|away|abroad|for|doing|until)\b)"
_DECIDED = r"(?:decided|made up my mind|made my mind up|know|knowing|promised myself|sure|certain|settled|resolved)"
_AFTER_ME = (
    r"(?:after|afterwards|once i am gone|when i am gone|once i have gone|when i have gone|in case|when i am not|"
    r"when i am dead|for when|to find)"
)
_MINE = r"(?:the |my |our )?(?:children|kids|son|daughter|family|partner|husband|wife|mum|mom|dad|parents|boys|girls|him|her)"

FAREWELL = [
    rf"\bhow (?:easy|simple|quick|peaceful|nice|good|quiet|painless) it (?:would|could|might|will) be to (?:just )?{_END}\b"
    r"(?! (?:with|between|off|on a|early|there|here|tonight with|at work)\b)",
    # A last week decided on, either way round: "i've decided this is my last week", "my last weekend, i've decided".
    rf"\b{_DECIDED}(?: that)? this (?:is|will be|is going to be) (?:my|the) {_LAST}\b{_NOT_A_JOB}",
    rf"\bthis (?:is|will be) (?:my|the) {_LAST},? (?:i have|i am|i) (?:decided|made up my mind|sure)\b",
    # A goodbye left to be found.
    r"\b(?:goodbye|farewell|good bye|parting) (?:messages?|emails?|texts?|videos?|voice ?notes?|voice messages?|"
    rf"recordings?|letters?|notes?)\b(?=.*\b{_AFTER_ME}\b)",
    r"\b(?:find|read|see|get|open) my (?:goodbye|farewell) (?:messages?|emails?|texts?|videos?|letters?|notes?)\b",
    rf"\b(?:note|notes|letter|letters|message|messages|video|videos|card|cards) (?:for|to) {_MINE}\b"
    r"(?=.*\b(?:in case (?:i am (?:gone|not here|not around|dead)|something (?:happens|happened) to me|anything "
    r"(?:happens|happened) to me)|when i am gone|once i am gone|if i am gone|after i am gone|for after)\b)",
    r"\bin case i am (?:gone|not here any ?more|not around any ?more|dead)\b(?! (?:when|by|before|out|for|at|on|to)\b)",
    # Peace made and ready to go: "i've made my peace and i'm ready to go".
    r"\b(?:made|make|making) (?:my )?peace\b(?: \w+){0,4} ready to (?:go|die|leave (?:this|it all|everyone))\b",
    r"\bready to (?:go|die)\b(?: now)?,? (?:i have|i am|i) (?:made my peace|said (?:my|all my) goodbyes|sorted (?:out )?my "
    r"affairs|put my affairs in order|got my affairs in order)\b",
    r"\b(?:said (?:all )?my goodbyes|sorted my affairs|put my affairs in order)\b(?: \w+){0,5} (?:at peace|ready to (?:go|die))\b",
    r"\b(?:at peace|peaceful) with (?:going|dying|leaving (?:this|it all|everyone)|not being (?:here|around)|the end)\b",
    # Not being around at all: "if i wasn't around at all", "if i just disappeared for good".
    r"\bif i (?:was|were|am|had) not (?:around|here|alive|in the picture)\b(?: at all| any ?more)?(?! (?:for|at|when|on|"
    r"tomorrow|today|tonight|this|next|until|while|to|in time|much|that|then|so|as)\b)",
    # "i should just disappear for good", "i could just vanish and nobody would notice".
    r"\b(?:if i|i (?:just )?(?:(?:want|wanted|need|am going) to|wish i could|could|should|might)|wish i could|me) (?:just )?"
    r"(?:disappear|disappeared|vanish|vanished|went away|go away|was gone|were gone|fade away|faded away|stop existing) "
    r"(?:for good|forever|for ever|permanently|and (?:nobody|no one|no body) would (?:notice|care|miss me))\b"
    r"(?! (?:into|in|under|behind|inside) (?:a|the|my|this|that|some)\b)",
]
