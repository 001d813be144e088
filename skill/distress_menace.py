"""Threats of what will happen, and who would not help (the eighth list written blind,
tests/skill/distress_blind8.py): the place burned down "if I go to the police", ending up in
the river, the device broken "and then me", rage promised for undone jobs, the police "his
mates", drinking that makes home unsafe.

Each needs the threat said of a person or a home, never of food or a game: "he said he'd burn
the place down" is a threat, "I set fire to the bbq" and "she burned the toast" are cooking.
"""

from __future__ import annotations

from .distress_vocab import CLOSE, FEAR

_SAID = r"(?:said|says|told me|tells me|keeps saying|warned me|threatened|threatens|swore|swears)"
_HOME = r"(?:the (?:place|house|flat|home)|our (?:place|house|flat|home)|my (?:place|house|flat|car|stuff|things))"

MENACE = [
    # Harassment from someone unnamed, thought to be the partner: "someone keeps leaving notes on my car and I
    # think it's him"; never a prank, a gift or a scam ("someone keeps eating my yoghurts and I think it's him").
    r"\b(?:someone|somebody) (?:keeps|kept|has been|had been|is|was) (?:leaving (?:notes|messages|letters|cards|flowers|"
    r"photos|things|stuff)|sending|ringing|calling|phoning|texting|messaging|following|watching|driving past|parking "
    r"outside|hanging around|standing outside|banging on|slashing|scratching|keying|letting down|breaking into|"
    r"making fake)\b.*\b(?:and|but|so)? ?i (?:think|know|am sure|am certain|reckon|bet|suspect) (?:that )?it (?:is|was|"
    r"has been|must be) (?:him|her|them|my ex|my husband|my wife|my partner|my boyfriend|my girlfriend)(?= *$|,| again| "
    r"though| but| because)",
    # Fire threatened on a home: "he said he'd burn the place down if I ever went to the police".
    rf"\b{_SAID} (?:that )?(?:he|she|they) (?:would|will|is going to|are going to|was going to|might|could) "
    rf"(?:burn|torch|set fire to|set light to|petrol bomb) {_HOME}\b",
    rf"\b(?:burn|torch) {_HOME} down\b(?=.*\b(?:if i|when i|with me|with us|with the kids)\b)",
    rf"\b(?:will|would|going to|threatens to|threatened to) (?:burn|torch|set fire to|set light to) {_HOME}\b"
    r"(?=.*\bif (?:i|we)\b)",
    rf"\b(?:set|put) {_HOME} on fire\b(?=.*\bif (?:i|we)\b)",
    # Ending up in the river, in a ditch, in the ground: "I'll end up in the river if I embarrass him".
    r"\b(?:end|ended|ending) up (?:in|at the bottom of) (?:the|a) (?:river|canal|lake|sea|ditch|ground|grave|"
    r"morgue|boot|harbour|quarry)\b(?=.*\bif (?:i|you)\b)",
    r"\b(?:throw|dump|put|drown) (?:me|you|us) in (?:the|a) (?:river|canal|lake|sea|ditch|harbour|quarry)\b",
    r"\b(?:be|get|end up) found (?:dead )?in (?:a|the) (?:ditch|river|canal|lake|morgue|bin|boot)\b",
    r"\b(?:never|not|nobody will|no one will) (?:ever )?(?:find|found) (?:my|your) body\b",
    r"\b(?:will|would|could|is going to|threatened to|threatens to|can) make (?:me|you) disappear\b"
    r"(?!.*\b(?:magic|trick|magician|illusion|show|act)\b)",
    # The device broken and then the person: "he'll break the echo and then me".
    r"\b(?:break|smash|wreck|destroy|throw) (?:the |my |this )?\w+ and then (?:me|you|us)\b",
    # Rage promised for what is not done: "I haven't done the jobs, he's going to go mental".
    r"\b(?:have not|did not|had not|is not|are not|was not|not) (?:yet )?(?:done|finished|cleaned|cooked|made|got|"
    r"get|ready|tidied|sorted)\b(?: \w+){0,6} (?:he|she|they) (?:is|are|will|would) (?:going to )?(?:go|be) "
    r"(?:mental|ballistic|mad|crazy|nuts|berserk|spare|off it|off his head|off her head)\b",
    # Who would not help: "the police are his mates so there's no use ringing them".
    r"\b(?:police|cops|coppers|guards|gardai)(?: they)? (?:are|is) (?:all )?(?:his|her|their) (?:mates|friends|"
    r"pals|buddies|mate|friend|pal)\b",
    r"\b(?:police|cops)\b(?: \w+){0,4} (?:he|she) is one of them\b|\b(?:he|she) is (?:a |in the )?(?:cop|copper|"
    r"police officer|policeman|policewoman|police)\b(?=.*\b(?:believe|help|no point|no use|nobody|no one)\b)",
    # Home unsafe when someone drinks: "I feel safe most days except when he's been drinking".
    r"\b(?:feel|am|are|is|being) (?:safe|ok|okay|fine) (?:\w+ ){0,4}(?:except|apart from|but not|unless)(?: when|"
    r" if)? (?:he|she|they) (?:is|are|has|have|was|were)? ?(?:been )?(?:drinking|drunk|using|high|in a mood|angry)\b",
    rf"\b(?:when|whenever|after|if) {CLOSE} (?:drinks|is drinking|has been drinking|gets drunk|is drunk|is high)\b"
    rf"(?: \w+){{0,3}} (?:i am|i get|i feel|we are|the kids are) (?:so |really )?(?:{FEAR}|unsafe|not safe)\b",
]
