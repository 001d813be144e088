"""A threat to kill said over one of the couple's own promises ("he'll kill me if I forget the open phone", "Sam's
going to kill me, I forgot the evening talk") gets help, where the same words over the milk stay the everyday idiom
(tests/skill/test_distress_threat_if_late.py): the promises are what this couple rebuilds trust on, and whether a
threat over them is a joke is not the skill's to tell (tester-voice48: it was offered back as a moment of
reliability, "He will kill me if I forget the open phone", for the partner to read). The distress reading does not
know the promises; this does, read only when the words hold such a threat. Said by voice (skill/safety.py) or typed
on the site (web/distress.py)."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from trust_tracker.models.contracts import active_commitments
from trust_tracker.models.steering_words import spoken

from .understanding import commitments_named

_KILL = re.compile(r"\b(?:kill|murder|strangle) (?:me|us)\b")


def threats_in(heard: list[str]) -> list[str]:
    """Those of `heard` (words as read) that threaten to kill: cheap, read before anything is looked up."""
    return [said for said in heard if _KILL.search(spoken(said))]


def threat_over_a_promise(session: Session, couple_id: int, threats: list[str]) -> bool:
    """Whether any of `threats` (threats_in) names one of the couple's promises."""
    agreed = active_commitments(session, couple_id, lineages=True) if threats else []
    return any(commitments_named(said, agreed) for said in threats)
