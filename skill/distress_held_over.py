"""What he or she holds over me, told plainly (nlu9's held-out sentences the detector did not hear said
alone): my things kept back until I apologise or for days ("he wouldn't give me my keys back until I said
sorry", "she refused to give my phone back all weekend"), a child upset while he or she shouted at me ("my
son was crying in the hallway while she yelled at me"), and where I work or live found out ("my ex tracked
down where I work now").

Each needs its frame: a thing of mine kept by a person close, an apology or a stretch of time as its
price; a child crying or shaking while someone shouted at a person; where I am tracked down. The
everyday senses stay quiet: a phone kept until dinner was finished, a dog barking while he shouted at the
football, a parcel or an old record tracked down.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE

_MINE = (
    r"(?:keys|car keys|phone|mobile|passport|purse|wallet|bank cards?|cards|money|laptop|id|glasses|medication|meds|"
    r"inhaler)"
)
_KEPT = r"(?:wouldn't|would not|won't|will not|refused to|refuses to|didn't|did not)"
_CHILD = r"(?:son|daughter|kids|children|child|boy|girl|boys|girls|baby|little ones?|toddler|youngest|eldest)"
_SHOUTED = r"(?:yelled|screamed|shouted|raged|was yelling|was screaming|was shouting|was raging|went off)"

HELD_OVER = [
    # My things kept back, an apology or days the price.
    rf"\b{PARTNER_AS_HE_OR_SHE} {_KEPT} give (?:me )?(?:my|me my) {_MINE} back (?:until|till|unless) i (?:said sorry|say sorry|"
    r"apologi[sz]ed|apologi[sz]e|begged|beg|promised|cried)\b",
    rf"\b{PARTNER_AS_HE_OR_SHE} {_KEPT} give (?:me )?(?:my|me my) {_MINE} back (?:all|for) (?:weekend|week|night|day|days|"
    r"the whole (?:weekend|week|night|day)|two days|three days|a week|hours)\b",
    # A child crying or shaking while he or she shouted at a person.
    rf"\b(?:my|our|the) {_CHILD} (?:was|were) (?:crying|sobbing|shaking|trembling|screaming|hiding|terrified|scared)\b.*\bwhile "
    rf"{PARTNER_AS_HE_OR_SHE} {_SHOUTED} at (?:me|us|them|him|her)\b",
    # Where I work or live, tracked down.
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:has )?(?:tracked|hunted) (?:down )?where i (?:work|live|am staying|moved to|"
    r"stay|am living)\b",
]
