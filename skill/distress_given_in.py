"""Giving in to keep the peace, injuries told by what they stop or need, and a tracker found again
(tester-voice23, on integ 06910c4): "I let him do it so he'd stop shouting, I didn't want to" and "I
went along with it in bed because saying no isn't worth the fight" were saved as a moment or an answer
with no help; "honestly I just say whatever keeps him calm so nobody gets hurt", "couldn't go, my face
was too bruised to be seen at work", "ha, date night went great, only needed ice for my eye after",
"found another GPS thing under my car, that's the third one" and "he's got the tracker on my phone and
turns up wherever I go" only met the doubt question, and were saved on its "yes". Read by
skill/distress.py.

Each needs what makes it crisis: something let done to one that one did not want, or gone along with
in bed because a no costs a fight; the partner kept calm so nobody gets hurt; a face too bruised to
be seen, or ice, peas or make-up needed on the eye or face, with no sport, sting or dentist behind it;
a tracker found on one's things more than once; a person who turns up wherever one goes. The everyday
beside them stays quiet: letting him drive, going along with his mum's plans because a no isn't
worth the fight, keeping the dog calm in a storm, a face too swollen after the wisdom teeth, ice on
my eye after the football hit it, another AirTag found that I bought myself, the dog that follows me.
"""

from __future__ import annotations

from .distress_as_usual import INJURED_EVERYDAY
from .distress_vocab import NOT_A_PET, PARTNER_AS_HE_SHE_OR_THEY, PARTNER_AS_HIM_HER_OR_THEM, SUBJECT

# What one lets be done to one: "let him do it", "let her have her way", "let them touch me".
_LET_DONE = (
    rf"\b(?:let|lets|letting) {PARTNER_AS_HIM_HER_OR_THEM} (?:do it|do what (?:he|she|they) (?:wants?|wanted|likes?|liked)|have (?:sex|it|"
    r"(?:his|her|their) way)|touch me|sleep with me)\b"
)
_NOT_WANTED = r"\bi (?:did not|do not|never|really did not|really do not) want (?:to|it|that|any of it)(?: *$| either| at all| really)"
_ANGER_STOPPED = r"\b(?:stop|stops|stopped) (?:shouting|yelling|screaming|sulking|raging|hitting|kicking off|going on at me|getting angry)"
_FACE = r"(?:face|eye|eyes|lip|lips|cheek|cheeks|jaw|nose|neck)"
_NOT_EVERYDAY = rf"^(?!.*{INJURED_EVERYDAY})"
# A tracker of some kind: "a gps thing", "an airtag", "the tracker".
_TRACKER = r"(?:gps|tracker|tracking (?:device|thing|app)|airtag|air tag|tile|bug|listening device)"

GIVEN_IN = [
    # Let done, not wanted, or to stop the anger: "i let him do it so he'd stop shouting, i didn't want to".
    rf"{_LET_DONE}.*(?:{_NOT_WANTED}|{_ANGER_STOPPED})",
    # Gone along with in bed, a no not worth the fight: "i went along with it in bed because saying no isn't worth it".
    r"^(?=.*\b(?:in bed|sex|at night|bedroom)\b).*\b(?:(?:went|go|goes|going) along with (?:it|him|her|them)|(?:gave|give|"
    r"giving) in)\b.*\b(?:saying no|say no|said no|refusing|a no)\b.*\b(?:not worth|fight|row|argument|angry|mad|sulk|sulks|worse|"
    r"trouble|rage|temper)\b",
    # The partner kept calm so nobody gets hurt: "i just say whatever keeps him calm so nobody gets hurt".
    r"^(?!.*\b(?:dog|puppy|horse|cat|baby|toddler|storms?|thunder|vet|fireworks|patients?|customers?|class|pupils)\b)"
    rf".*\b(?:keep|keeps|keeping|kept) {PARTNER_AS_HIM_HER_OR_THEM} (?:calm|happy|sweet|quiet|settled|from (?:kicking off|exploding|losing it|"
    r"snapping))\b.*\bso (?:that )?(?:nobody|no one|none of us|the kids|i|we) (?:(?:do|does|did|will|would) not )?(?:gets?|got|will get|"
    r"would get|ends? up) "
    r"(?:hurt|hit)\b",
    # A face too bruised to be seen: "my face was too bruised to be seen at work".
    rf"{_NOT_EVERYDAY}.*\b{_FACE}s? (?:was|were|is|are|looked|looks|look) (?:too|so|far too) (?:bruised|swollen|marked|black "
    r"and blue|cut up|messed up|busted up) (?:to|for|that i could not|that i can not) (?:be seen|go|show|leave|face|work|"
    r"school)\b",
    # Ice, peas or make-up needed on the face after: "only needed ice for my eye after".
    rf"{_NOT_EVERYDAY}.*\b(?:needed|need|needing|had to put|have to put|putting|put|holding|held) (?:an? )?(?:ice|ice pack|"
    rf"frozen peas|bag of peas|bag of frozen peas|steak|concealer|makeup|make up) (?:on|for|over) my {_FACE}\b",
    # A tracker found again: "found another gps thing under my car, that's the third one".
    rf"^(?!.*\bi (?:must have|forgot|bought|put|had|ordered|lost)\b)(?!.*\bmy own\b).*\b(?:found|find|finding|keep finding) "
    rf"(?:another|a second|a third|a new|yet another|more|the third|the second) {_TRACKER}s?\b(?: \w+){{0,2}} (?:under|on|in|"
    r"inside|behind|stuck to) my\b",
    # Turns up wherever one goes: "he's got the tracker on my phone and turns up wherever i go".
    rf"{NOT_A_PET}\b{SUBJECT}\b(?:.*\band)? (?:turns|turned|keeps turning|kept turning|shows|showed|keeps showing|kept "
    r"showing) up (?:wherever|everywhere|anywhere) i (?:go|went|am)\b",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:has|has got|got|had|put|keeps|installed) (?:a|the|that) {_TRACKER} on my (?:phone|car|bag|bike)\b.*\b"
    r"(?:turns|turned|shows|showed) up\b",
]
