"""Sleep kept from the speaker by someone close until they are done with them (tester19's held-out
"I'm not allowed to sleep until she's finished checking my phone"): being allowed to sleep is
someone else's to grant. A shift, an exam or a baby is not this ("I'm not allowed to sleep until
my shift ends", "the baby won't let me sleep until she's fed"), nor a child kept to her homework
("she's not allowed to sleep until she's finished her homework")."""

from __future__ import annotations

from .distress_vocab import CLOSE

KEPT_AWAKE = [
    rf"\b(?:i|we)(?:'m|'re| am| are| was| were) not allowed to (?:go to )?sleep (?:until|till|before) {CLOSE}(?:'s| has| is)? "
    r"(?:finished|done|checked|been through|gone through|read|satisfied)\b",
    # Kept up to be questioned: "he keeps me up all night questioning me about where I've been" (tester19's; heard by
    # the learned check alone until a retrain for more progress samples let it go). Never a baby, a cough or a party.
    rf"\b{CLOSE} (?:keeps|kept|keep|is keeping) me (?:up|awake) (?:all night|half the night|till \w+|until \w+|for hours)"
    r"(?: \w+)? (?:questioning|interrogating|grilling|shouting at|screaming at|accusing) me\b(?!.*\b(?:quiz|trivia|"
    r"revision|exam|homework|lines|spellings|times tables)\b)",
]
