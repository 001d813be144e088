"""The partner's arrival, told with fear or menace (the lead's probe after tester-voice43 D2, 2026-12-06): "he just
walked in, I'm scared", "I'm frightened, he's just come in", "he's just come in drunk", "Sam just walked in and started
shouting". Said at a check-in question, the arrival alone is the partner back (skill/presence.py returned): what is
told with it must still be heard. "He's back and I'm scared" was heard; the same without its "and" was not.

Beside them stay quiet: "I'm scared of the exam tomorrow", "he just walked in with flowers", "she got home and started
shouting about her exam results".
"""

from __future__ import annotations

from .distress_vocab import FEAR, PARTNER_AS_HE_OR_SHE

_ARRIVED = (
    rf"{PARTNER_AS_HE_OR_SHE} (?:is |has |have )?(?:just |finally )?(?:back|home|here|in|come in|come home|come back|"
    r"walked in|walks in|got home|got back|got in|arrived|at the door|outside|through the door|pulled (?:into|in to|up "
    r"in|onto|up on) the (?:drive|driveway)|pulled up(?: outside)?|parked (?:up )?outside)(?: now| again| early)?"
)
_AFRAID = rf"(?:i am|i feel|we are|the kids are|i was) (?:so |really |very |absolutely |bloody )?{FEAR}"
# Fear of something else named after it: an exam, the dark, a spider.
_OF_SOMETHING_ELSE = (
    r"(?! (?:of|about|for) (?:the |my |an? |this |that )?(?:exams?|tests?|interview|results|dark|spiders?|heights|"
    r"flying|dentist|doctor|operation|surgery|film|movie|dog|storm|tomorrow)\b)"
)
_MENACE = (
    r"(?:drunk|wasted|smashed|hammered|off (?:his|her|their) face|high|raging|fuming|kicking off|slamming doors|"
    r"(?:started|starting|is|was) (?:shouting|screaming|yelling|raging|on me|kicking off|throwing things|smashing "
    r"things))"
)

ARRIVAL_FEARED = [
    # "he just walked in, I'm scared", "he's home so I'm terrified".
    rf"\b{_ARRIVED}(?: and| so| but)?(?: now)? {_AFRAID}\b{_OF_SOMETHING_ELSE}",
    # "I'm frightened, he's just come in", "I'm scared because she's home".
    rf"\b{_AFRAID}(?: because| cos| as| now| and)? {_ARRIVED}\b",
    # "he's just come in drunk", "Sam just walked in and started shouting".
    rf"\b{_ARRIVED}(?: and| and (?:he|she|they) (?:is|are|was|were))? {_MENACE}\b(?! (?:with|about) (?:joy|"
    r"excitement|happiness|(?:his|her|their) (?:exam|results|news|team|goal|win|promotion))\b)",
]
