"""Harm near, told plainly or sideways (the lead's own probe, 2026-12-05): a way to die looked at as
tempting ("honestly the bridge looks tempting some days"), wishing for the nerve to end it, boiling water
poured on me, pinned down until I cry or cannot breathe, the neighbours calling the police over the screaming.

Each needs its frame; the everyday beside them stays quiet: a river that looks tempting for a swim,
the nerve to end it with him (a break-up), hot coffee spilled by accident, a wrestle that ends in
laughter, the police called about a party; ended it all with him (a break-up).
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE

_EDGE = (
    r"(?:bridge|cliff|cliffs|edge|tracks|train tracks|railway|river|motorway|ledge|roof|overpass|balcony|pills|rope)"
)

NEAR_HARM = [
    # A way to die looked at as tempting: "the bridge looks tempting some days".
    rf"\bthe {_EDGE} (?:looks|look|is looking|seems|seem|feels|is) (?:so |very |really |pretty |more and more )?(?:tempting|"
    r"inviting|appealing|peaceful|like (?:a way out|an option|the answer))\b"
    r"(?!.*\b(?:swim|swimming|photo|picture|walk|run|jog|view|sunset|picnic|paddle|dip|hike|climb)\b)",
    # The nerve to end it: "I wish I had the guts to end it".
    r"\b(?:wish i had|if only i had|i do not have|i have not got|i never had|i lack|i am getting) the (?:guts|courage|nerve|"
    r"balls|strength|bottle) to (?:end it|end it all|end things|go through with it|finish it|kill myself|jump|take them all|"
    r"take the pills)\b(?! (?:with|between) (?:him|her|them|us|my)\b)",
    # Near to ending it, told after: "I nearly ended it all last night", "I could have just ended it all" (the lead's
    # probe, 2026-12-06); ended with someone or something is a break-up or a job.
    r"\bi (?:(?:very |so )?nearly|almost|just about|(?:could|would|might)(?:'ve| have| of)?(?: just| easily| so easily)?|"
    r"was (?:going|about|ready|so close|this close|that close) to|came (?:so |this |that |very )?close to) "
    r"(?:end|ended|ending) (?:it all|my life|my own life|everything)\b"
    r"(?! (?:with|between) \w+| (?:for|at) (?:the|my|our|this|that|work)\b)",
    # Scalded: "she poured boiling water on my hand".
    rf"^(?!.*\b(?:by accident|accidentally|by mistake)\b).*\b{PARTNER_AS_HE_OR_SHE} (?:\w+ ){{0,2}}(?:poured|pours|threw|throws|splashed|tipped|chucked) (?:a |the |her |his )?(?:pot of |"
    r"kettle of |cup of |mug of )?(?:boiling|hot|scalding) (?:water|coffee|tea|oil|soup|kettle) (?:on|over|at) (?:me|my)\b",
    # Pinned until I cry or cannot breathe: "he pins me down and tickles me until I cry and can't breathe".
    r"^(?!.*\b(?:laugh\w*|wrestl\w*|tickl\w*|play\w*|game|mercy|joke|joking)\b).*"
    r"\b(?:pins|pinned|pinning|holds|held|holding) me down\b.*\b(?:(?:can not|cannot|could not) breathe|until i (?:cry|cried|"
    r"scream|screamed|beg|begged|passed out|black out|blacked out))\b",
    # The police called over the screaming at home.
    r"\b(?:the )?(?:neighbours|neighbors|next door|someone|somebody) (?:called|rang|phoned) (?:the )?(?:cops|police|999|911|"
    r"000|112)\b.*\b(?:screaming|shouting|yelling|fighting|a fight|the row|the argument|crying)\b"
    r"(?!.*\b(?:party|music|dog|dogs|kids next door|next door s)\b)",
]
