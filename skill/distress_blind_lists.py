"""Families the fourth and fifth lists written blind found missing (/work/blind/distress_blind4.py,
distress_blind5.py): ways to die looked up, harm told in the present tense and to the family, being
locked in, being found, secrets kept for an abuser, money withheld, a bag packed in secret, speaking
low while he is home. Read by skill/distress.py through skill/distress_words.py FAMILIES; moved here
unchanged when that file passed 400 lines.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, FAMILY, PARTNER, SUBJECT, WEAPON

LATER_BLIND_LISTS = [
    # From a fourth list written blind (/work/blind/distress_blind4.py).
    r"\b(?:painless|quickest|easiest|fastest|surest|best) way to (?:die|kill myself|end it|end my life)\b"
    r"(?! in (?:the|a|this) game)",
    r"\bif i (?:tell|told) (?:anyone|anybody|someone|the police) what (?:he|she|they) (?:does|did|do|is doing)\b",
    r"\b(?:forces|forced|makes|made|pressures|pressured) me (?:to )?(?:do )?(?:things|stuff|sexual things|sex)\b"
    r"(?: \w+){0,3} i (?:do not|did not) want\b",
    rf"\b(?:he|she|they|{PARTNER}|{FAMILY}|dad|mum|mom) (?:is|are) (?:hitting|beating|hurting|choking|strangling|"
    r"attacking|kicking) (?:her|him|them|mum|mom|dad|my \w+)\b(?! (?:at|in) \w+)",
    rf"\b{SUBJECT}{BETWEEN} (?:beats|hits|hurts|abuses|rapes|chokes|kicks) (?:my|our|her|his) (?:wife|husband|partner|"
    r"mum|mom|mother|sister|kids|children|son|daughter|baby)\b(?! (?:at|in) (?:a |the )?\w+)",
    r"\block(?:s|ed)? (?:me|us|the kids) (?:in|inside|up)\b|\blocked myself (?:and the kids )?in (?:the )?(?:car|"
    r"bathroom|bedroom|room|toilet)\b(?= with (?:the|my) (?:kids|children|baby))",
    rf"\b{SUBJECT}{BETWEEN} (?:knows|found out|finds out|will find out) where (?:i|we) (?:live|are|am|am staying|are "
    r"staying|work)\b",
    r"\b(?:if|when) i (?:go to|call|ring|tell) the police\b(?=.*\b(?:nobody|no one|kill|hurt|take the kids)\b)",
    r"\b(?:pushed|shoved|threw|kicked) (?:him|her|them|my \w+) (?:down|into|against) (?:the )?(?:stairs|wall|door|"
    r"floor)\b",
    r"\b(?:strangle|stab|smother|suffocate|poison|shoot|kill) (?:him|her|them)\b(?: \w+){0,2} (?:while|when) (?:he|"
    r"she|they) (?:is|are) (?:asleep|sleeping)\b",
    r"\bwhat i (?:might|could|will|would) do to (?:the kids|my|him|her|them|someone|somebody|myself)\b",
    r"\bstop (?:myself )?(?:from )?(?:hitting|hurting|beating|choking|strangling|attacking) (?:my|him|her|them|the|"
    r"someone)\b",
    # From a fifth list written blind (/work/blind/distress_blind5.py), after its held-out figure was taken.
    r"\btouch(?:es|ed)? me\b(?! on the (?:arm|shoulder|back|hand|cheek)).*\b(?:(?:not to|do not) tell (?:mum|mom|dad|"
    r"mother|father|anyone|anybody)\b(?! about (?:the|a|my|our) (?:surprise|party|present|gift|plan))|our (?:little )?"
    r"secret|keep it (?:a )?secret)",
    r"\bgives me no money\b(?! for)|\bmakes? me beg\b|\bbeg (?:him|her|them )?for (?:money|bus fare|food|my own)\b",
    r"\b(?:out|expose) me to (?:my|our|the) (?:family|parents|work|boss|church|community|friends)\b|\bif i do not do "
    r"what (?:he|she|they) (?:says|say|wants|tells me)\b",
    rf"\b(?:he|she|they|{PARTNER}|{FAMILY}) (?:will|would|is going to|are going to) (?:hurt|kill|harm|hit) (?:my |our )?"
    r"(?:mum|mom|mother|dad|father|sister|brother|kids|children|baby)\b",
    r"\b(?:packed|packing) (?:a|my|our) bags?\b.*\b(?:while (?:he|she) is (?:at work|out|asleep|away)|before (?:he|she) "
    r"(?:gets (?:home|back)|comes (?:home|back)|wakes|finds out))\b|\bwhere can (?:me and the kids|i and the kids|the "
    r"kids and i|me and my kids) (?:stay|sleep|hide)\b",
    r"\b(?:can not|must not) (?:talk|speak) (?:loud|loudly|out loud)\b.*\b(?:he|she|they) (?:is|are) (?:home|here|back|"
    r"listening|awake|in the next room)\b",
    r"\b(?:could|might) (?:really |actually |seriously )?hurt (?:someone|somebody)\b(?!'s| s\b)",
    rf"\bmake (?:him|her|them) pay\b.*\b{WEAPON}\b",
]
