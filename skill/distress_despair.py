"""Despair and the means put by, in words the other families did not know (issue 8, item 1: a
second independent tester's finds on main, /work/notes/tester2-report.md S1-S2, where "there's no
reason for me to keep living" was logged as a moment of reliability and read back to the partner,
and "I've been stockpiling my sleeping tablets" as a small win).

Each family needs what makes it despair: no reason to go on *living* (not to keep a subscription
or go on the trip), pills or tablets put by (not tins for winter, not a prescription picked up at
the chemist), the whole lot swallowed (not one tablet with food), poison drunk or eaten (not poison
ivy), and "I'll end it" with nothing after that makes it a call, a meeting or a relationship. A parent
given up on is the children's due said against oneself ("the kids deserve a better mum than me"),
never a skill compared ("Sam is a better mum than me at bedtime stories") or a joke ("a better dad
joke than that").
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY

# What is put by, or swallowed all at once.
_MEANS = r"(?:pills|tablets|meds|medication|medicine|painkillers|paracetamol|sleepers|antidepressants|insulin)"
# Where a medicine is fetched or gathered for others: "collecting tablets from the chemist".
_NOT_FETCHED = (
    r"(?! (?:from|at|for) (?:the |a |our |my )?(?:pharmacy|chemist|drugstore|doctor|doctors|surgery|clinic|hospital|gp|"
    r"trip|holiday|travel|journey|school|class|charity|office|team)\b)"
)
# Poisons drunk or eaten, in the words of every locale ("phenyl" is an Indian floor cleaner).
_POISON = (
    r"(?:poison|rat poison|weed ?killer|pesticide|insecticide|bleach|antifreeze|phenyl|phenol|kerosene|"
    r"toilet cleaner|drain cleaner|cyanide|arsenic|acid)"
)

# A parent in every locale's words, and the children a parent is owed to.
_PARENT = r"(?:step ?)?(?:mum|mom|mam|mother|mummy|mommy|mammy|mama|mamma|ma|dad|daddy|da|father|papa|pa|parent)"
_CHILDREN = (
    r"(?:the|my|our|his|her) (?:kids|children|boys|girls|little ones|son|daughter|boy|girl|baby|babies|youngest|eldest)|"
    r"they|he|she|them"
)

# The partner said never to forgive or trust again: "he'll never forgive me", "Sam is never going to trust me".
_NEVER_FORGIVEN = (
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:(?:will|would|is going to|is gonna) never|(?:is|are) never going to|never) "
    r"(?:forgive|forgives|trust|trusts|love|loves|want|wants|believe|believes) me\b"
)

DESPAIR = [
    # A parent given up on: "the kids deserve a better mum than me", "my son needs a better dad than i will ever be".
    rf"\b(?:{_CHILDREN}) (?:(?!not\b|never\b)\w+ ){{0,2}}?(?:deserve|deserves|deserved|need|needs|needed|should have|"
    rf"ought to have|should have had|would be better off with|would be happier with|are better off with|is better off "
    rf"with) (?:a |an |so much |much |far |a much |a far |a way )?(?:better|kinder|proper|real|decent|nicer|stronger) "
    rf"{_PARENT} than (?:me|i am|i will ever be|i could ever be|i can ever be|i can be|i have been|i was)\b"
    r"(?! (?:at|when it comes to|for (?:the|a|this|that)|on (?:the|a))\b)",
    r"\bi wish (?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones) (?:had|could have|had had) (?:a )?"
    rf"(?:better|kinder|proper|real|decent) {_PARENT} than me\b(?! (?:at|when it comes to)\b)",
    # No reason to go on living: "there's no reason for me to keep living", "no point me being alive".
    r"\bno (?:reason|point|will|wish|desire) (?:left )?(?:for me |in me |me )?(?:to |in )?(?:(?:keep|keep on|go on|carry "
    r"on|still be|be|stay|bother|even be) )?(?:living|alive|existing)\b(?! (?:in|at|on|near|with|here|there|together|"
    r"room|rooms|space|costs?|wage|standards?)\b)",
    r"\bno (?:reason|point|will) (?:left )?(?:for me )?to (?:go on|carry on|keep going|keep on going)(?= *$| (?:any ?more|"
    r"like this|with (?:life|my life|it all)|now|after this)\b)",
    r"\b(?:nothing|no one|nobody|not a thing) (?:left )?(?:to live for|worth living for)\b",
    # Means put by: "stockpiling my sleeping tablets", "squirrelling away my meds".
    rf"\b(?:stockpil\w*|saving up|saved up|hoarding|hoarded|stashing|stashed|squirrel\w* away) (?:all |some |enough |"
    rf"a few |extra |a stash of )?"
    rf"(?:of )?(?:my |the |his |her |these |those |(?:mum|mom|dad|nan|gran)'s )?(?:[\w']+ ){{0,2}}?{_MEANS}\b{_NOT_FETCHED}",
    # The whole lot swallowed, or thought of: "I think about swallowing all my pills".
    rf"\b(?:swallow|swallows|swallowing|swallowed|down|downing|downed|neck|necking|necked|gulp|gulping|gulped) (?:all|"
    rf"every one|every last one|the lot|the rest) (?:of )?(?:my |the |these |those |them )?(?:\w+ ){{0,2}}?{_MEANS}\b",
    rf"\b(?:swallow|swallows|swallowing|swallowed|down|downing|downed|neck|necking|necked|take|taking|took) (?:a|the) "
    rf"(?:whole|entire) (?:bottle|box|packet|pack|strip|blister pack|tub) (?:of )?(?:my |the |these )?(?:\w+ )?{_MEANS}\b",
    rf"\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:taking|swallowing|"
    rf"downing|necking) (?:all|every one|the lot|the whole (?:bottle|box|packet)) (?:of )?(?:my |the |these )?(?:\w+ )?"
    rf"{_MEANS}\b",
    # Poison drunk or eaten, said as done or intended: "I will consume poison".
    rf"\b(?:consume|consumes|consumed|consuming|ingest|ingests|ingested|ingesting|gulp|gulped|chug|chugged|down|downed|"
    rf"drink|drank|drinking|swallow|swallowed|swallowing|eat|ate|eating) (?:some |the |a |a (?:bottle|cup|glass|can|"
    rf"packet|sachet|tin|capful) of )?{_POISON}\b(?! (?:ivy|oak|dart|frog|control|centre|center|pen|apple)\b)",
    # "I'll just end it tonight": ending it said as an intention, not ending a call or a relationship.
    r"\bi (?:will|would|would rather|had better|might as well|may as well|am going to|might|could|may|shall|should|"
    r"just want to|want to) (?:just |finally |simply |"
    r"probably |quietly )?end it\b(?! (?:with|between|there|here|early|off|on|at|for|by|after|before)\b)",
    # Said without the "I" (tester-voice44 S5): "might as well just end it", "maybe I should just end it" has one.
    r"^(?:(?:honestly|maybe|well|so|some days|sometimes|really) )?(?:might|may) as well (?:just )?end it\b"
    r"(?! (?:with|between|there|here|early|off|on|at|for|by|after|before)\b)",
    # Giving up, the partner's forgiveness or trust said never to come (tester-voice44 S4: "I might as well give up,
    # he'll never forgive me" was saved as a reflection); giving up a diet or a game stays quiet.
    rf"\b(?:i )?(?:might|may) as well (?:just )?(?:give up|stop trying|quit)\b.*{_NEVER_FORGIVEN}",
    rf"\bi (?:should|ought to) (?:just )?(?:give up|stop trying)\b.*{_NEVER_FORGIVEN}",
    # Said the other way round, or plainly (tester-voice45): "she'll never forgive me so I might as well give up", "he's
    # never going to forgive me, what's the point", "I give up, he'll never forgive me".
    rf"\bi (?:give up|am giving up|am done trying)\b(?! on\b).*{_NEVER_FORGIVEN}",
    rf"{_NEVER_FORGIVEN}.*\b(?:(?:might|may) as well (?:just )?(?:give up|stop trying|quit)|i (?:give up|am giving up|"
    r"should (?:just )?give up)|(?:what is|there is no) (?:even )?(?:the )?point(?: (?:any ?more|of (?:trying|anything|it all|"
    r"going on)))?$|no point (?:in )?(?:trying|going on|carrying on))\b",
    # Death named as what would help: "dying would help", "it would help everyone if I wasn't here".
    rf"\b(?:dying|being dead|ending it all|ending my life|killing myself|not being (?:here|around|alive)(?: any ?more)?|"
    rf"sleeping forever|never waking up|going to sleep and (?:never|not) waking up|disappearing (?:for good|forever)|"
    rf"(?:taking|swallowing) (?:all|the lot) (?:of )?(?:my |the )?{_MEANS}) (?:is what |is the only thing that )?"
    rf"(?:would|will|might|could) (?:help|fix (?:it|everything)|solve (?:it|everything)|be (?:best|better|easier|a "
    rf"relief))\b",
    r"\bdisappearing (?:would|will|might) (?:help|be best|be better|be easier) (?:for )?(?:everyone|everybody|the family|"
    r"the kids|them all)\b",
    r"\b(?:it|things|everything|life) (?:would|will|might) (?:help|be (?:better|easier)) (?:for )?(?:everyone |everybody |"
    r"the family |the kids |them |him |her |us |all of them )?if i (?:just )?(?:was |were )?(?:gone|dead|not here|"
    r"not around|disappeared|died|never woke up|went to sleep and (?:stayed asleep|never woke up|did not wake up))(?= *$| "
    r"any ?more| for good| forever| and\b)",
]
