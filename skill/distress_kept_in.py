"""Kept in, kept short, kept from leaving (the lead's own probe, 2026-12-05): nowhere to go if I leave
him ("mum reckons I should leave him but where would I go with three kids"), a door wedged shut at night,
my work rung to check I am there, money hidden for the day I run, food or sleep only when he says so, my
visa or passport held so I cannot leave, the children taken abroad for good.

Each needs its frame; the everyday beside them stays quiet: leaving a party early, a door wedged shut
against a draught, a boss who checks the rota, twenty dollars hidden in a birthday card, not eating until
grace is said, a passport held for the holiday, the kids taken to grandma's for the weekend.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE, PARTNER_AS_HIM_OR_HER

_CHILDREN = r"(?:the|my|our) (?:kids|children|baby|son|daughter|boys|girls|little ones)"
_CANNOT = r"(?:can not|cannot|could not|am not allowed to|was not allowed to|do not|did not|never)"

KEPT_IN = [
    # Nowhere to go if I leave: "I should leave him but where would I go with three kids".
    rf"\bleav\w* {PARTNER_AS_HIM_OR_HER}\b.*\bwhere (?:would|could|will|can|do|should) i (?:even )?(?:go|live|stay|take (?:them|the kids))\b",
    # A door wedged shut at night: "I've started sleeping in the kids' room with the door wedged shut".
    r"\b(?:sleep\w*|slept|lock\w*|hid\w*|hiding|stay\w*) (?:\w+ ){0,5}with the door (?:wedged|barricaded|jammed) (?:shut|closed)\b"
    r"(?!.*\b(?:draught|draft|wind|rattl\w*|cat|dog|noise|heat|cold)\b)",
    # My work rung to check on me: "he rings my work to check I'm actually there".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:\w+ )?(?:rings|rang|calls|called|phones|phoned|texts|texted|checks with|turns up at) my (?:work|office|"
    r"boss|workplace|manager|job) (?:\w+ )?to (?:check|make sure|see|find out) (?:if |that |whether )?i (?:am|was) (?:actually |really )?"
    r"(?:there|at work|working|where i said)\b(?! (?:for|to) (?:the|a|sign|collect|meet|get)\b)",
    # Money hidden for the day I run: "I hid twenty dollars in a tampon box for emergencies".
    r"\b(?:hid|hide|hiding|hidden|stash\w*) (?:\w+ ){0,2}(?:money|cash|dollars|pounds|quid|bucks|rupees|notes|twenty|fifty|"
    r"hundred|\d+)\b(?: \w+){0,5} (?:for (?:emergencies|an emergency|when i (?:leave|go|run))|just in case|in case i (?:need to )?"
    r"(?:leave|run|get out|have to go)|so (?:he|she) (?:can not|does not|will not|cannot) find it)\b"
    r"(?!.*\b(?:trip|holiday|travel\w*|vacation|festival|birthday|present|gift|surprise)\b)",
    # Food, sleep or a word only when he says so: "I don't eat until he says I can".
    rf"\bi {_CANNOT} (?:eat|sleep|shower|speak|talk|sit down|go to bed|leave the house|go out)\b(?: \w+){{0,3}} (?:until|till|"
    rf"unless) {PARTNER_AS_HE_OR_SHE} (?:says (?:i can|so|it is (?:ok|okay|fine))|lets me|tells me (?:i can|to)|allows (?:it|me)|"
    r"gives me permission|has (?:finished|eaten|gone to bed))\b",
    # Papers held so I cannot leave: "I can't leave, he has my visa papers".
    rf"\b{_CANNOT} (?:leave|go|get out|go home)\b.*\b{PARTNER_AS_HE_OR_SHE} (?:has|keeps|took|takes|is holding|holds|hid|hides|"
    r"locked up|won't give me|will not give me) (?:all )?my (?:visa|passport|papers|documents|id|immigration papers|visa papers|"
    r"birth certificate|residence permit)\b",
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:has|keeps|took|takes|is holding|holds|hid|hides|locked up) (?:all )?my (?:visa|passport|papers|"
    rf"documents|id|immigration papers|visa papers|residence permit)\b(?: \w+){{0,3}} so (?:that )?i {_CANNOT} (?:leave|go)\b",
    # The children taken away for good: "she says she'll take the kids to India and I'll never see them".
    rf"\b(?:take|taking|took|takes) {_CHILDREN}\b(?: \w+){{0,4}} and i (?:will|would|am going to) never see (?:them|him|her|"
    r"the kids|my kids|the children)(?: again)?\b(?! (?:all|for the) (?:weekend|week|day|summer)\b)",
]
