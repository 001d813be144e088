"""Domain results into words, where more than one intent says them."""

from __future__ import annotations

from trust_tracker.models.entities import Milestone

from .speech import Language, brief

# Milestones spoken in one go; the site lists the rest.
MAX_SPOKEN_MILESTONES = 2


def milestone_words(language: Language, milestone: Milestone) -> str:
    """The one place a milestone becomes spoken words."""
    return brief(language.milestone(milestone), 200)


def celebration(language: Language, fresh: list[Milestone], most: int = MAX_SPOKEN_MILESTONES) -> str:
    """What the couple has newly reached (oldest first), said once; "" when nothing is new."""
    if not fresh:
        return ""
    newest = fresh[-most:]
    parts = [language.say("celebrate_intro")] + [milestone_words(language, m) for m in newest]
    if len(fresh) > len(newest):
        parts.append(language.say("celebrate_more", count=len(fresh) - len(newest)))
    return " ".join(parts)
