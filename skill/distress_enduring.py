"""What a third independent tester said that no family heard (issue 8, item 1; main after the
afternoon's merges): "I don't know how much longer I can keep going like this" (offered as a
moment of reliability, and saved on yes), not wanting to wake up, things "getting physical",
a threat to set someone on fire, sleeves worn so nobody sees the bruises, and a man banging on
the door of someone alone.

Each needs what makes it danger: going on *like this* or *any more* (not on a treadmill), waking
up at all (not early), physical *when he drinks* or said of a person (not at rugby practice), fire
threatened on a person (not a curry setting a mouth alight), the bruises hidden (not a cold day),
and someone at the door *with me alone or afraid* (not the postman).
"""

from __future__ import annotations

_WHO = r"(?:he|she|they|my (?:\w+ ){0,2}(?:husband|wife|partner|boyfriend|girlfriend|ex|fiance|fiancee|in law|dad|father|mum|mom|mother|stepdad|stepmum|brother|son))"

ENDURING = [
    # "I don't know how much longer I can keep going like this", "how long I can take this".
    r"\bhow (?:much )?long(?:er)? (?:i|we) can (?:keep (?:going|on)|go on|carry on|take (?:it|this|any more|anymore)|cope|"
    r"hold on|survive|last|do this|live like this)(?= *$| (?:like this|this|any ?more|with (?:this|him|her|it|life)|for much "
    r"longer)\b)",
    # Not wanting to wake up at all: "I'm not sure I want to wake up tomorrow".
    r"\b(?:not sure i|i don't|i do not|i didn't|i did not|i never) (?:really )?(?:want|wanna) to wake up\b"
    r"(?! (?:early|at|before|so early|this early|for|to|when|in time)\b)",
    r"\bhope (?:i|that i) (?:don't|do not|never|won't|will not) wake up\b(?! (?:early|late|before|in time|the|my|our|him|her|them|anyone|everyone|everybody)\b)",
    # Things "get physical" at home: "things get physical when he's been drinking".
    rf"\b(?:things|it|{_WHO}) (?:get|gets|got|getting|can get|turn|turns|turned) physical\b"
    r"(?! (?:therapy|at (?:the )?(?:gym|training|practice)|in (?:the |a )?(?:\w+ )?(?:match|game|scrum|ruck)|on the (?:pitch|field|court)))",
    # A threat to set a person alight: "my mother in law threatens to set me on fire".
    r"\b(?:threaten\w*|threat) (?:to )?(?:set|burn) (?:me|us|my (?:kids|children|son|daughter|baby)|the (?:kids|children|baby))"
    r"(?: (?:on fire|alight|ablaze|to death))?\b",
    rf"\b{_WHO} (?:said|says|told me) (?:he|she|they)(?:'ll|'d| will| would| is going to| was going to) (?:set|burn) "
    r"(?:me|us) (?:on fire|alight|ablaze)\b",
    # The marks covered: "I've started wearing long sleeves so nobody sees the bruises".
    r"\b(?:wear|wears|wearing|wore|started wearing|put on|use|used|using) (?:long sleeves|a scarf|scarves|a polo neck|polo "
    r"necks|a turtleneck|turtlenecks|sunglasses|make ?up|foundation|concealer)\b(?: \w+){0,6} (?:so|to|because) (?:that )?"
    r"(?:nobody|no one|no body|people don't|people do not|they don't|they do not|nobody can|no one can|(?:hide|cover)) "
    r"(?:\w+ ){0,3}(?:the |my )?(?:bruises?|marks|black eye|welts?|burns)\b",
    # Someone at the door of a person alone or afraid: "there's a man outside banging on my door and i'm alone".
    r"\b(?:banging|pounding|hammering|kicking|knocking) (?:on|at|in) (?:my|the|our) (?:front |back )?(?:door|window|windows)"
    r"\b(?: \w+){0,4} (?:and |while |but )?(?:i'm|i am|i'm home|i am home) (?:alone|on my own|by myself|scared|terrified)\b",
    r"\b(?:someone|somebody|a man|a guy|a stranger|he|she|my ex) (?:is |'s )?(?:outside )?trying to (?:break|get|force "
    r"(?:his|her|their) way) in(?:to)?\b(?! (?:the (?:\w+ )?(?:game|market|industry|business|team|band|club|course|class|league)|to (?:the|a) "
    r"(?:course|class|team|club)))",
]
