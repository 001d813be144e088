"""Pressure told in passing (the lead's own probe, 2026-12-05, before tester-voice31): sex acts made to
order ("my partner forces me to watch porn and copy it"), a pet threatened to keep me quiet ("he said the
dog would disappear if I kept complaining"), my friends cut off my phone ("he deleted all my friends off
my phone"), and no point in anything because I will be gone soon ("what's the point of logging anything,
I won't be around next week").

Each needs its frame: a person close making me watch or copy porn; a pet that would vanish or be hurt if
I complain, tell or leave; friends or contacts deleted by him or her; "no point" said beside my not
being here next week. The everyday beside them stays quiet: porn watched (a setback of its own:
skill/lapse_acts.py), a dog that disappears into the garden, contacts I deleted, a week away on holiday.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE

_PET = r"(?:the|my|our) (?:dog|cat|puppy|kitten|pets?|rabbit|bunny|bird|horse|hamster)"
_GONE = (
    r"(?:disappear|go missing|vanish|get hurt|be hurt|suffer|die|be put down|have an accident|end up dead|be next|be gone|"
    r"pay for it)"
)
_SOON = (
    r"(?:next week|by (?:next|the) (?:week|weekend|month)|after this week|much longer|for long|by christmas|by friday)"
)

PRESSED = [
    # Porn to watch or copy: "my partner forces me to watch porn and copy it".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:\w+ )?(?:forces|forced|makes|made|pressures|pressured|pushes|pushed) me (?:to )?(?:watch|copy|"
    r"act out|do what (?:they|he|she) (?:do|does|see|sees) in) (?:porn|pornography|dirty (?:films|videos)|sex (?:films|videos))",
    # A pet threatened to keep me quiet: "he said the dog would disappear if I kept complaining".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:said|says|told me|tells me|threatened|threatens|warned|warns)(?: me)?(?: that)? {_PET} "
    rf"(?:would|will|might|is going to|was going to) {_GONE}\b(?! (?:into|in the|under|behind|outside|for a|to the)\b)"
    r".*\bif i (?:\w+ ){0,2}(?:complain\w*|tell\w*|told|leave|left|go|went|said|say|speak|spoke|report\w*|call\w*|"
    r"answer\w* back|talk\w* back|argue\w*|moan\w*|nag\w*)\b",
    # Friends cut off my phone: "he deleted all my friends off my phone".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:has |had |just |keeps |always )?(?:deleted|deletes|removed|removes|blocked|blocks|wiped|wipes) "
    r"(?:all |most |half )?(?:of )?my (?:friends|contacts|family|mates|friends' numbers|numbers)\b"
    r"(?!.*\b(?:by accident|accidentally|by mistake|because i asked|for me because|when i asked)\b)",
    # No point in anything, I will be gone soon: "what's the point of logging anything, I won't be around next week".
    rf"\b(?:what is the point|no point|there is no point|pointless)\b.*\bi (?:will not|would not|am not going to) be "
    rf"(?:around|here|alive) {_SOON}\b(?!.*\b(?:holiday|vacation|trip|away|travel\w*|moving|move|work|conference|visit\w*|"
    r"hospital for|course|camp)\b)",
]
