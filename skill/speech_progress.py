"""What the skill says about progress: what is worth celebrating, milestones, this week
against last, streaks and the long arc, and a commitment named as "your promise to …";
merged into the locales' phrases in speech.py."""

from __future__ import annotations

EN_US: dict[str, str] = {
    # Celebrations
    "celebrate_intro": "Something to celebrate:",
    # The end of a check-in: no statistics, only what is worth celebrating.
    # A week without a miss: every keep; a week with one: the keeps, never "every" (models/reports.py).
    "celebrate_week": "Worth celebrating: every promise you kept this week.",
    "celebrate_week_one": "Worth celebrating: the promise you kept this week.",
    "celebrate_week_with_misses": "Worth celebrating: the promises you kept this week, each one of them counts.",
    "celebrate_week_with_misses_one": "Worth celebrating: the promise you kept this week, it counts.",
    "celebrate_more": "And {count} more on the website.",
    "celebrate_nothing_yet": (
        "Nothing new to celebrate yet, and that's alright: every kept promise counts toward the next milestone."
    ),
    "celebrate_recent": "Here's what's worth celebrating lately. {items}",
    "celebrate_win_one": "Worth celebrating: this week's small win, {note}.",
    "celebrate_win_one_plain": "Worth celebrating: the small win you logged this week.",
    "celebrate_wins": "Worth celebrating: {count} small wins this week, the latest: {note}.",
    "celebrate_wins_plain": "Worth celebrating: {count} small wins this week.",
    # One milestone each; models.milestones.wording chooses the phrase and its values.
    "milestone_streak_day": "{count} days in a row of keeping “{name}”. That is what steady looks like.",
    "milestone_streak_week": "{count} weeks in a row of keeping “{name}”. That is what steady looks like.",
    "milestone_kept_count_10": "Ten promises kept: the first real stretch of the road.",
    "milestone_kept_count_25": "25 promises kept. Each one was a small proof, and they add up.",
    "milestone_kept_count_50": "50 promises kept together. That is a track record now.",
    "milestone_kept_count_100": "100 promises kept. A hundred times you did what you said you would.",
    "milestone_first_clean_week": (
        "Your first full week without a lapse: {kept} promises kept and none missed, "
        "the week of {week_of:%B} {week_of.day}."
    ),
    "milestone_first_clean_week_one": (
        "Your first full week without a lapse: one promise kept and none missed, "
        "the week of {week_of:%B} {week_of.day}."
    ),
    "milestone_checkins_in_a_row": "{count} weekly check-ins in a row. You keep showing up for each other.",
    "milestone_better_month_in_ten": (
        "{month:%B} was better than {before:%B}: you kept {now} in 10 promises, up from {then} in 10."
    ),
    "milestone_better_month_percent": (
        "{month:%B} was better than {before:%B}: you kept {now}% of your promises, up from {then}%."
    ),
    "milestone_other": "{text}",
    "card_celebrate": "worth celebrating",
    # Due today and not yet logged (models/still_open.py)
    "due_today": "Still to log today: {items}.",
    "due_today_none": "Nothing's left to log today.",
    # Progress
    "progress_own": "Just your own entries, {name}.",
    "my_promises": "Your own promises: {items}.",
    "my_promises_shared": "Shared with {name}: {items}.",
    "my_promises_shared_alone": "Shared ones: {items}.",
    "my_promises_none": "There are no promises of yours in the contract yet. You can add them on the website.",
    "progress_empty": "Nothing's been logged yet this week, or by this point last week.",
    "progress_moments_only": "No promises logged as kept or missed yet this week, but {count} good moments noted.",
    "progress_moments_only_one": "No promises logged as kept or missed yet this week, but one good moment noted.",
    "progress_weeks": (
        "So far this week: {kept} kept and {missed} missed, "
        "against {last_kept} kept and {last_missed} missed by this point last week."
    ),
    "streak_day": "{name}, {count} days in a row",
    "streak_week": "{name}, {count} weeks in a row",
    "streaks": "Streaks going: {streaks}.",
    "three_months": "three months",
    "weeks": "{count} weeks",
    "weeks_one": "a week",
    "your_promise_to": "your promise to {name}",
    "your_thing": "your {name}",
    "your_thing_promise": "your {name} promise",
    "your_promise_of": "your promise of {name}",
    "their_promise_to": "their promise to {name}",
    "my_promise_to": "my promise to {name}",
    "my_thing": "my {name}",
    "my_thing_promise": "my {name} promise",
    "my_promise_of": "my promise of {name}",
    "their_thing": "their {name}",
    "their_thing_promise": "their {name} promise",
    "their_promise_of": "their promise of {name}",
    "arc_rose": "Over the last {span}, kept promises rose from {then} in 10 to {now} in 10.",
    "arc_fell": (
        "Over the last {span}, kept promises went from {then} in 10 to {now} in 10. "
        "A harder stretch is worth talking about at your check-in."
    ),
    "arc_held": "Over the last {span}, kept promises held steady at {now} in 10.",
    "card_progress": "how you're doing",
}

EN_GB: dict[str, str] = {
    "milestone_first_clean_week": (
        "Your first full week without a lapse: {kept} promises kept and none missed, "
        "the week of {week_of.day} {week_of:%B}."
    ),
    "milestone_first_clean_week_one": (
        "Your first full week without a lapse: one promise kept and none missed, "
        "the week of {week_of.day} {week_of:%B}."
    ),
}
