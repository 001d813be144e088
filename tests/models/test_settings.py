"""The couple's schedule: time zone and weekly check-in slot."""

from __future__ import annotations

from datetime import UTC, time

import pytest

from trust_tracker.models.errors import ValidationError
from trust_tracker.models.settings import update_schedule


def test_update_schedule_changes_the_couple_for_both(session, couple) -> None:
    alex, sam = couple
    update_schedule(session, alex, timezone="Europe/Lisbon", weekday=2, checkin_time=time(20, 30, 15))
    assert sam.couple.timezone == "Europe/Lisbon"
    assert (sam.couple.checkin_weekday, sam.couple.checkin_time) == (2, time(20, 30))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "Please choose a time zone from the list."),
        ({"timezone": ""}, "Please choose a time zone from the list."),
        ({"weekday": 7}, "Please choose a day of the week."),
        ({"weekday": -1}, "Please choose a day of the week."),
        ({"weekday": "2"}, "Please choose a day of the week."),
        ({"weekday": True}, "Please choose a day of the week."),
        ({"checkin_time": "19:00"}, "Please enter a check-in time like 19:00."),
        ({"checkin_time": time(19, 0, tzinfo=UTC)}, "Please enter a check-in time like 19:00."),
    ],
)
def test_update_schedule_refuses_bad_values_and_changes_nothing(session, couple, changes, message) -> None:
    alex, _ = couple
    valid = {"timezone": "Europe/Lisbon", "weekday": 2, "checkin_time": time(20, 30)}
    with pytest.raises(ValidationError, match=message):
        update_schedule(session, alex, **(valid | changes))
    assert (alex.couple.timezone, alex.couple.checkin_weekday, alex.couple.checkin_time) == (
        "America/New_York",
        6,
        time(19, 0),
    )
