""" "What should we celebrate" and "how are we doing" say the same streak, through the real skill.

On main they did not: a couple 14 days into a run, who had heard the 14-day milestone, kept
their promise today; "how are we doing" said 15 days in a row and "what should we celebrate"
still said 14 (the milestone told at the threshold it reached yesterday, as if it were the
streak now)."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.skill.talk import ALEX_VOICE, Talk, add_kept, alex_talks, contract, home, skill
from trust_tracker.models import milestones
from trust_tracker.models.entities import Milestone

__all__ = ["alex_talks", "contract", "home", "skill"]  # fixtures of the conversation tests


def _days_in_a_row(speech: str, name: str) -> list[int]:
    """Every "N days in a row" said about `name`, in either phrase the skill uses."""
    return [
        int(n)
        for n in re.findall(rf"{name}, (\d+) days in a row|(\d+) days in a row of keeping “{name}”", speech)
        for n in n
        if n
    ]


def test_celebrate_and_how_are_we_doing_say_the_same_streak(
    session, home, contract, alex_talks, skill, session_factory
):
    alex, _ = home
    for back in range(1, 15):
        add_kept(session, alex, contract["call when late"], days_back=back)
    session.flush()
    yesterday = Talk(skill, session_factory, person_id=ALEX_VOICE)("how are we doing")  # 14: 3, 7 and 14 celebrated
    assert _days_in_a_row(yesterday.speech, "call when late")[0] == 14
    assert "Logged" in alex_talks("I kept my promise to call when late").speech
    progress = alex_talks("how are we doing").speech
    celebrated = alex_talks("what should we celebrate").speech
    assert _days_in_a_row(progress, "call when late") == [15]
    assert _days_in_a_row(celebrated, "call when late") == [15], celebrated  # once, as the streak stands
    # The milestone itself is kept as reached, for the site's list of what was reached when.
    session.expire_all()
    stored = session.scalars(select(Milestone).where(Milestone.kind == milestones.Kind.STREAK))
    assert sorted(m.params["count"] for m in stored) == [3, 7, 14]
