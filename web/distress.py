"""Words the partner will read are read for distress first (DESIGN.md, "Safety comes
first"), with the detector the skill uses: when they speak of danger, abuse, fear of the
partner, self-harm or crisis, nothing is saved or shared, the form keeps what was typed,
and the page shows the help lines for the couple's country (templates/_distress.html)."""

from __future__ import annotations

from flask import g

from trust_tracker.models import safety
from trust_tracker.models.entities import Couple
from trust_tracker.skill.distress import is_distress

DISTRESS_STATUS = 422  # nothing was saved: the form comes back as typed


def spoken_of(*texts: str | None) -> bool:
    """True when any of these texts speaks of distress."""
    return any(text and is_distress(text) for text in texts)


def held_back(*texts: str | None) -> bool:
    """True, and this page shows the help lines, when text meant for the partner speaks of
    distress: the caller then saves nothing and shows the form again as typed."""
    if not spoken_of(*texts):
        return False
    g.distress_held = True
    return True


def help_lines(couple: Couple | None) -> list[safety.Resources]:
    """The couple's country's lines, or every country's when its time zone does not say."""
    found = safety.for_timezone(couple.timezone if couple is not None else None)
    return [found] if found is not None else list(safety.RESOURCES.values())
