""" "What should we celebrate" and "how are we doing" say the same streak, through the real skill.

On main they did not: a couple 14 days into a run, who had heard the 14-day milestone, kept
their promise today; "how are we doing" said 15 days in a row and "what should we celebrate"
still said 14 (the milestone told at the threshold it reached yesterday, as if it were the
streak now)."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from tests.factories import NOW, make_entry
from tests.skill.talk import ALEX_VOICE, TODAY, Talk, add_kept, alex_talks, contract, home, skill
from trust_tracker.models import contracts, milestones
from trust_tracker.models.entities import Cadence, ItemKind, LogKind, Milestone

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


def test_a_streak_missed_today_is_not_told_as_going(session, home, alex_talks):
    """A miss logged today, a Wednesday, of a weekend promise (today not due) ends its streak:
    "how are we doing" stopped telling it as going (it said "weekend walk, 4 days in a row")."""
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call or text when late", short_name="call when late"),
        contracts.ItemDraft(
            ItemKind.COMMITMENT,
            "A walk at the weekend",
            short_name="weekend walk",
            cadence=Cadence.WEEKDAYS,
            weekdays="56",
        ),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    walk = next(item for item in version.items if item.short_name == "weekend walk")
    for back in (3, 4, 10, 11):  # the last two weekends, Saturday and Sunday
        add_kept(session, alex, walk.lineage_id, days_back=back)
    before = alex_talks("how are we doing").speech  # going, and its 3-day milestone told as it stands
    assert _days_in_a_row(before, "weekend walk") == [4, 4], before
    make_entry(session, sam, LogKind.MISSED, TODAY, walk)
    speech = alex_talks("how are we doing").speech
    assert "So far this week" in speech and "1 missed" in speech
    assert _days_in_a_row(speech, "weekend walk") == [], speech
