"""Despair through grief, a birth, a relapse or old harm come back (safety18), and a place or a
harm dwelt on: wanting to join the dead ("be with him", "join my wife in heaven", "in there
with him"), not wanting to be here said plainly, harm replayed ("flashbacks of him choking me"),
a doctor lied to about safety, screams the neighbours heard, a head hit in the US South's words
("went upside my head"), a partner "laid into me", cutting again, medicine stopped on purpose,
an edge or a railway kept in mind, a harm pictured again and again.

Everyday words beside them stay everyday: "I go to his grave every sunday to lay flowers",
"since my son moved out", "he used to beat me at tennis", "the doctor asked if I feel tired",
"I haven't taken a day off in weeks", "the railway crossing near our place was closed today".
"""

from __future__ import annotations

from .distress_vocab import CLOSE, SUBJECT

_DEAD = r"(?:him|her|them|my (?:\w+ )?(?:son|daughter|baby|wife|husband|mum|mom|mother|dad|father|partner|boy|girl|"
_DEAD += r"brother|sister|child|kids|nan|nana|gran|grandma|grandad|grandpa))"
_PLACE = (
    r"(?:cliffs?|cliff path|cliff top|bridge|overpass|railway|railway line|railway crossing|train tracks|tracks|pier|"
    r"ledge|edge|gap|rooftop|roof|motorway bridge|quarry|dam|weir)"
)
_HARMS = r"(?:choking|strangling|hitting|beating|punching|kicking|raping|hurting|smothering|throttling|attacking)"

GRIEF = [
    # Joining the dead: "since my son died I just want to be with him", "join my wife in heaven".
    rf"\b(?:died|passed|passed away|gone|went|lost)\b.*\bwant(?: is)? to be with {_DEAD}\b(?! (?:at|on|for|when|this)\b)",
    rf"\b(?:want|wanted|ready|going|long|longing|wish i could|need) to (?:join|be with|see) {_DEAD} (?:again )?"
    r"(?:in heaven|on the other side|up there|in the next life|wherever (?:he|she|they) (?:is|are)|in the ground)\b",
    rf"\bjoin {_DEAD} (?:in heaven|on the other side|up there|in the grave|in the ground)\b",
    rf"\bwish i (?:was|were) (?:(?:lying|buried|dead)(?: in (?:there|the ground|the grave))?|in (?:there|the ground|"
    rf"the grave)) (?:with|beside|next to) {_DEAD}\b",
    # Not wanting to be here, said to its end: "I don't want to be here" (not "here when he comes").
    r"\b(?:do not|did not|no longer) want to be here(?= *$| (?:anymore|any more|now|at all)\b)",
    # Old harm replayed or back: "flashbacks of him choking me", "he used to beat me and now he's started again".
    rf"\b(?:flashbacks?|nightmares?|memories|images?|dreams?) (?:of|about) (?:him|her|them|{CLOSE}) {_HARMS} (?:me|us)\b",
    rf"\b(?:him|her|them) {_HARMS} me\b(?! (?:at|in|on) (?:the )?\w+)(?=.*\b(?:stop|back|again|can not|scared|shaking)\b)",
    rf"\b{SUBJECT} used to (?:beat|hit|hurt|punch|kick|choke|abuse) (?:me|us)\b(?! (?:at|in|on)\b)",
    r"\b(?:the )?(?:hitting|beating|violence|abuse|choking) (?:was over|had stopped|stopped)\b.*\b(?:again|back)\b",
    r"\b(?:the )?(?:nightmares|flashbacks) (?:of|about) what (?:he|she|they) did\b",
    # Safety asked and hidden: "the doctor asked if I feel safe at home and I lied".
    r"\basked (?:me )?(?:if|whether) i (?:feel|felt|am|was) safe\b(?: \w+){0,3} and i (?:lied|said yes|said i was fine|"
    r"could not (?:say|tell)|did not (?:say|tell))\b",
    r"\bheard me (?:screaming|crying for help|yelling for help|calling for help|scream)\b",
    # Blows in the US South's words; a partner "laid into me".
    r"\b(?:went|goes|go|going) upside (?:my|the) head\b",
    # Not a telling-off about something: "he laid into me about the money".
    rf"\b{SUBJECT}(?: \w+)? (?:laid|lays|laying|lay) into (?:me|us|the kids|my (?:son|daughter|kids))\b"
    r"(?! (?:about|over|for|because|when i forgot|verbally)\b)",
    # Cutting again, medicine stopped on purpose.
    r"\bi (?:have )?cut (?:myself )?again\b(?! (?:cooking|chopping|shaving|gardening|on|with|by|in the)\b)"
    r"|\bcut (?:myself|my (?:arms?|wrists?|legs?|thighs?))\b(?! (?:on|shaving|by|cooking|chopping|gardening|"
    r"opening|while|with (?:a|the) (?:knife|scissors|bread knife))\b)",
    r"\b(?:have not|had not|stopped|quit) (?:been )?tak(?:en|ing) my (?:tablets|meds|medication|pills|insulin|"
    r"antidepressants|lithium)\b.*\b(?:not going to|will not|do not care|no point|on purpose|never again)\b",
    # A place of ending, or a harm, kept in mind: "I keep picturing myself going off the pier".
    rf"\b(?:picturing|imagining|thinking about|think about|thought about|dreaming about|fixated on) "
    rf"(?:myself )?(?:going off|jumping off|falling off|stepping off|walking off|standing on|driving off|the) "
    rf"(?:the )?{_PLACE}\b(?! (?:club|game|match|party|night|walk|run|tour|view|cafe|restaurant|pub|quiz|photos?)\b)",
    rf"(?<!\bwe )(?<!\bthey )\b(?:sat|sitting|stood|standing) (?:at|on) the (?:edge|{_PLACE})\b(?: of (?:the )?\w+)? "
    r"(?:for (?:an hour|hours|ages|a long time|a while|the night|most of the night))\b(?! (?:watching|looking|fishing|"
    r"waiting for|taking|chatting|talking|with)\b)",
    r"\b(?:stepping|stepped|step|walking|walked) (?:out )?(?:onto|into|in front of) (?:the )?(?:road|traffic|cars|buses|"
    r"a bus|a truck|a lorry|a train)\b(?: \w+){0,2} (?:and hoping|hoping|on purpose|without looking and)\b",
    r"\b(?:wade|walk|swim|go) (?:out )?(?:into|in) (?:the )?(?:surf|sea|ocean|water|waves|river|lake) and (?:keep going|"
    r"keep swimming|keep walking|not stop|never come back|not come back)\b",
    r"\bmake it look (?:like )?an accident\b",
    r"\b(?:imagining|picturing|fantasi[sz]ing about|thinking about|dreaming about) (?:running (?:him|her|them) over|"
    r"(?:hurting|killing|strangling|stabbing|hitting|drowning|smothering) (?:him|her|them|my \w+|the (?:baby|kids)))\b",
    r"\b(?:scared|afraid|frightened|worried|terrified) (?:that )?i (?:might|will|could|would) (?:drop|shake|hurt|harm|"
    r"smother) (?:her|him|the baby|my baby|them)\b(?! (?:feelings|pride|chances|ego|career)\b)",
]
