"""Despair and harm told beside an everyday thing, or in words the other families did not know (tester-voice50, on
main b8922df): a wish to be gone told with a keep ("I don't care about anything anymore", "it doesn't matter anyway,
I won't be here next week", "wanting it all to be over", "I wish I'd never been born"), pills thought about on a hard
day; the partner coming back drunk and angry, a bruise the size of a fist, food locked away, another bruise not
wanted, a lie to the doctor about how one got hurt, hospital after the fight, the kids kept in their room "when he's
like that", ribs that still hurt from what he did; and the help asked for plainly ("I need to talk to someone", "what
numbers can I call"). A holiday next week, pills to collect, a film, a fridge lock for the toddler are none of these."""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY as _P

_HURT_PLACE = (
    r"(?:ribs|face|arm|arms|neck|back|jaw|eye|eyes|head|wrist|wrists|stomach|side|throat|chest|nose|lip|legs?)"
)

TOLD_BESIDE = [
    # A wish to be gone, told beside a keep or a miss.
    r"\bi (?:do not|dont) care about (?:anything|anything at all|life|living|myself|what happens to me) any ?more\b",
    r"\b(?:does not|doesnt|do not|dont|nothing) (?:really )?matters?\b.*\bi (?:will not|wont|am not going to) be "
    r"(?:here|around)\b(?!.*\b(?:holiday|holidays|away|travelling|traveling|trip|moving|visiting|conference|working)\b)",
    r"\b(?:want|wanting|wanted|wish|wishing) (?:it|everything) (?:all )?(?:to be|was|were) over\b(?! (?:with|so|by|before))",
    r"\bwish (?:i|i would|i had) never (?:been born|existed)\b",
    r"\bwishing (?:i|i would) (?:was|were|could be) dead\b",
    r"\b(?:thinking|thought|think|keep thinking|kept thinking) about (?:the|my|all the|all my|those|taking (?:the|all the|"
    r"all my|my)) (?:pills|tablets|sleeping pills|painkillers|meds)\b(?! (?:i need|to (?:buy|pick|collect|get|order|take "
    r"for)|prescription|for (?:my|the) (?:cold|headache|back|cough|allergies|hay fever)))",
    # Danger: the partner coming back drunk and angry, marks of a fist, food kept from one.
    rf"\b{_P} (?:is|s) (?:coming|on (?:his|her|their) way) (?:back|home|here)\b.*\b(?:drunk|wasted|off (?:his|her|their) "
    r"head|(?:angry|furious|raging|livid)(?! (?:about|at|with|over|because)\b))",
    r"\bbruises? (?:the size of|shaped like|in the shape of) (?:a |his |her |their )?(?:fist|hand|handprint|fingers|thumb)",
    rf"\b{_P} (?:locks|locked|padlocks|padlocked|hides|hid) (?:the )?(?:fridge|food|cupboards|pantry|kitchen)\b.*\b"
    r"(?:i|me) (?:have not|havent|had not|cannot|cant|do not|dont|did not|didnt) (?:eaten|eat)\b",
    r"\b(?:did not|didnt|do not|dont) want (?:another|more|a new|any more) (?:bruise|bruises|black eye|beating|hiding|"
    r"slap|smack|kicking)\b",
    r"\bonly (?:shouted|yelled|screamed|swore)\b.*\b(?:did not|didnt|never) (?:throw|hit|hurt|break|push|punch|slap|"
    r"smash)\b",
    r"\b(?:lie|lied|lying) to (?:the|my) (?:doctor|doctors|gp|nurse|hospital|police|teacher|family) about (?:how|where|"
    r"why) i (?:got|get|had) (?:hurt|injured|bruised|the (?:bruise|bruises|cut|burn|black eye|marks))\b",
    r"\b(?:ended up|was sent|got sent|was taken|had to go|went) (?:to |in )?(?:the )?(?:hospital|a and e|er|emergency)\b"
    r".*\bafter (?:the|our|a|that|his|her) (?:fight|row|argument|scrap|beating)\b",
    rf"\bkeep (?:the kids|the children|my kids|the baby|our kids) (?:in their rooms?|upstairs|out of the way|away from "
    rf"(?:him|her|them)|quiet) when {_P} (?:is|s|gets) (?:(?:like )?that|(?:like )?this|in a mood|angry|drunk|drinking)\b",
    rf"\b(?:my )?{_HURT_PLACE} (?:still )?(?:hurts?|aches?|is sore|are sore|throbs?|throbbing) (?:from|after|since) "
    rf"what {_P} did\b",
    # The harm that followed a promise missed before (tester-voice51): "since the last time I got home late I
    # couldn't open my eye for a week", "last time I didn't I needed stitches".
    r"\b(?:could not|couldnt|cannot|cant|can not) (?:open|see out of) my (?:left |right )?eye\b",
    r"\b(?:could not|couldnt) open my eyes for (?:a week|days|weeks|two days|three days|several days)\b",
    r"\blast time i (?:did not|didnt|forgot|was late|got home late|missed it|did)\b.*\bi (?:needed|got|had|ended up with|"
    r"ended up in) (?:stitches|a black eye|a broken \w+|a cast|a sling|hospital|the hospital|a and e|the er)\b",
    # The one kept locked in, with the black eye, sleeping in the car when the partner drinks (tester-voice51).
    rf"\b(?:i am |me |it is me )?the one {_P} (?:(?:keeps|kept) (?:locked|shut) (?:in|up|inside|out)|(?:locks|locked) "
    r"(?:in|up|inside|out))(?= *$| (?:of|in) (?:the|my|our) (?:house|room|flat|home|bedroom))",
    r"(?:^|\b(?:i am|me|it is me|\w+) )the one with the (?:black eye|black eyes|bruises|broken (?:arm|wrist|nose|ribs|"
    r"finger)|split lip|burns)$",
    rf"\b(?:the one who |i )?sleeps? in the car when {_P} (?:is|has been|is been|gets) (?:drinking|drunk|angry|in a mood)\b",
    # The help asked for plainly (SupportIntent samples say them alone).
    r"^(?:i )?(?:really |just )?need to (?:talk|speak) to (?:someone|somebody|a person|a real person|anyone)"
    r"(?: now| right now| please| tonight)?$",
    r"^(?:what|which) (?:numbers?|helplines?|hotlines?|lines?) (?:can|could|should) i (?:call|ring|phone)(?: for help)?$",
    r"^(?:please )?(?:call|ring|dial|phone|get) (?:nine one(?: one)?|911|nine(?: nine)*|999|triple zero|000|one(?: one)? two|112|"
    # repeated words are read once ("nine one one" is "nine one"): both forms are taken.
    r"the police|an ambulance|the cops|emergency services)(?: please| now| right now| for me)?$",
    # Said as the answer to "Is this Alex or Sam?": fear with the name, or the one harmed.
    r"^(?:it is |this is )?(?!(?:no|yes|yeah|yep|nope|and|but|so|okay|ok|well|oh|um|er|now|just|still|also|really|"
    r"honestly|sorry)\b)\w+(?: and| but)? i am (?:so |really |very )?(?:scared|afraid|frightened|terrified)$",
    r"^(?:i am |it is )?the one (?:he|she|they) (?:beats|hits|hurts|beat|hit|hurt)$",
    r"^(?:i am |it is )?the one who (?:gets|got|is) (?:hit|beaten|hurt|beaten up)$",
    r"^(?:i am |it is )?a (?:frightened|scared|terrified|battered|beaten) (?:wife|husband|girlfriend|boyfriend|partner)$",
]
