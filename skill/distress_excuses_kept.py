"""Excuses kept ready for the injuries (tester-voice25's held-out "I've got a whole list of excuses for the
bruises now"): heard by the learned check alone at 5.53 against its 5.5, so any retrain could drop it
(nlu11's read it 5.26). Pinned here by its shape: excuses, stories or lies, in number or kept ready, for
the marks of harm. skill/distress_signs_at_home.py hears them made up ("making excuses for the bruises");
this hears them held ("a list of excuses for", "so many stories ready for").

The everyday senses stay quiet: excuses for a late report, a story about the tooth fairy, the kids'
excuses for the marks on the wall, a list of excuses for being late, a doctor's note about the bruises
from a fall.
"""

from __future__ import annotations

_HURT = (
    r"(?:bruises|bruising|marks|black eyes?|(?:a )?black eye|cuts|scratches|burns|(?:a )?split lip|injuries|"
    r"(?:a )?swollen (?:eye|lip|face))"
)
_HELD = r"(?:a (?:whole )?(?:list|lot|pile|stack|bunch|load|set) of|all my|plenty of|so many|endless|new|fresh)"

EXCUSES_KEPT = [
    rf"\b{_HELD} (?:excuses|stories|cover stories|lies) (?:ready )?(?:for|about) (?:the |my |these |"
    rf"those |all the |all my )?{_HURT}\b(?! on (?:the|our|his|her) (?:wall|walls|table|floor|carpet|car|door|sofa)\b)",
]
