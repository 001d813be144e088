"""Not being, and things threatened (tester-voice43, 2026-12-06, on main e7c8070): a wish not to be said as "I might
as well be dead", "I feel like I should just disappear", "I'd be better off not waking up", "nobody needs me"; a
partner's threat against one's things, "she threatened to smash my phone", "he said he would burn my clothes if I
left", "he'd take the car keys if I saw my friends". Told as a keep, each was offered as a moment of reliability and,
after a yes, saved and read back ("Noted, a moment of reliability: you might as well be dead"); the threats got the
promise menu or the soft "say: I need help".

Beside them stay quiet: "I might as well be dead for all the notice the council takes", "I should just disappear
for a weekend with the girls", "I'm pointless at maths", "nobody needs me at work today", the car keys taken "if I'd
been drinking".
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE

# Not to be, in the words people use for it.
_NOT_BE = (
    r"(?:be dead|not exist|not be here|not be alive|not be around|die|be gone|disappear|vanish|stop existing|not wake "
    r"up|never wake up|leave this world|leave this earth|end it|end it all|not be born|never have been born)"
)
# "For a weekend", "with the girls", "into the garden", "for all the notice they take": a break or a gripe, not death.
_A_BREAK_OR_A_GRIPE = (
    r"(?! (?:for (?:a|the|an|all the|the rest of the) |with |into |to (?:the|my|a|bed|sleep)\b|on (?:holiday|a|the)\b|"
    r"off to\b|somewhere\b|under (?:the|a) |in (?:the|a|my) (?:garden|shed|bath|book|crowd)))"
)
# What is mine to smash, burn or take: a phone, a laptop, my clothes, the car keys.
_MY_THINGS = (
    r"(?:(?:all (?:of )?)?(?:my|our|the kids'|the children's) (?:\w+ )?(?:phone|mobile|laptop|computer|tablet|ipad|clothes|things|stuff|"
    r"belongings|car|car keys|keys|passport|photos|pictures|guitar|books|bank cards?|cards|money|glasses|jewellery|"
    r"jewelry|shoes)|the (?:car keys|keys|car|kids' passports|passports))"
)
_HARMED = (
    r"(?:smash|break|destroy|burn|wreck|trash|cut up|rip up|tear up|bin|throw away|throw out|sell|get rid of|take|"
    r"hide|lock away|throw)"
)
# A condition that is going out, seeing people, leaving or telling: "if I saw my friends", "if I went out".
_IF_I_GO = (
    r"(?:if|unless|when|the next time) i (?:ever )?(?:go|went|going|see|saw|meet|met|visit|visited|leave|left|tell|"
    r"told|talk to|talked to|speak to|spoke to|call|called|ring|rang|do it|did it)\b(?!.*\b(?:drink|drinking|drunk|"
    r"drove|driving after|pub crawl)\b)"
)

NOT_BEING = [
    # "I might as well be dead", "I might as well not exist".
    rf"\bi (?:might|may|could) as well (?:just )?{_NOT_BE}\b{_A_BREAK_OR_A_GRIPE}",
    # "I feel like I should just disappear", "I should just be gone", "I feel like I should just leave this world".
    rf"\bi (?:feel like i |feel as if i |think i |sometimes think i |reckon i )?(?:should|ought to|need to) (?:just )?"
    rf"(?:{_NOT_BE}|vanish off the face of the earth)\b{_A_BREAK_OR_A_GRIPE}",
    # "I'd be better off not waking up".
    r"\bbetter off (?:not waking up|never waking up|not existing|not alive|not being (?:here|around|alive)|asleep "
    r"for ever|asleep forever)\b",
    # "I'm pointless, nobody needs me"; never pointless at maths, nor not needed at work today.
    r"\bi am (?:so |just |completely |totally |utterly )?pointless\b(?! (?:at|with|in|when|for)\b)",
    r"\b(?:nobody|no one|noone|no body) (?:needs|wants) me\b(?! (?:at|for|to|until|till|today|tonight|this|on|in)\b)"
    r"(?: (?:any ?more|here|at all|now))? *$",
]
THINGS_THREATENED = [
    # "She threatened to smash my phone", "he keeps threatening to smash things".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:has |had )?(?:threatened|threatens|threaten|keeps threatening|is threatening|"
    rf"was threatening|has been threatening) to {_HARMED} (?:{_MY_THINGS}|things|stuff|everything|the place|the "
    r"house)\b",
    # "He told me he would burn my clothes if I left", "she said if I went out she would smash my phone again".
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:said|says|told me|tells me|swore|swears|warned me|reckons)(?: that)? (?:he|she|they) "
    rf"(?:would|will|is going to|was going to|is gonna|was gonna) {_HARMED} {_MY_THINGS}\b(?: again)?(?: [\w']+){{0,2}}? "
    rf"{_IF_I_GO}",
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:said|says|told me|tells me|swore|warned me)(?: that)? {_IF_I_GO}(?: [\w']+){{0,4}}? "
    rf"(?:he|she|they) (?:would|will|is going to|was going to) {_HARMED} {_MY_THINGS}\b",
]
