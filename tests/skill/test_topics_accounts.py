"""Families nlu7 added (issue 8, items 3 and 5): lead-ins before an account of what was done, a
good moment the two had told by what happened, questions about their figures, milestones and
what the check-in will ask, a day described as hard, an entry not meant. Phrasings of our own,
none from a measured list (tests/skill/e2e/own_phrasings_nlu7.json measures those), each family
with everyday lookalikes that must never reach a job that writes."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script  # noqa: F401 (a fixture)
from tests.skill.test_safety import alex, say, skill, speech
from tests.skill.test_topics_safe import home, spoken_to, unchanged
from tests.skill.test_topics_spoken import assert_each_reaches_its_job, assert_none_writes
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.skill.topic_families import shared_moment

__all__ = ["alex", "home", "say", "skill"]  # fixtures

SAID = {
    # a lead-in before "i ..." or "we ...": the account reaches the promise it names
    "LogKeptIntent": [
        "um so i had the evening talk with sam after tea",
        "yeah so we did the house jobs this afternoon",
        "right so i texted sam that the bus was late",
        "okay so i answered every question about my phone",
    ],
    # a good moment the two had, said by what happened
    "LogSmallWinIntent": [
        "we went for a bike ride together on sunday",
        "sam and i held hands at the cinema",
        "we got through the whole visit to her parents without an argument",
        "we laughed until we cried for the first time in ages",
        "me and alex had a proper date night",
    ],
    "ProgressIntent": [
        "how many have i forgotten this month",
        "how often did we skip the evening talk",
        "is it getting any better for us",
        "how's it tracking",
        "are we improving at all",
    ],
    "CelebrateIntent": ["are there milestones coming up", "any milestone close", "give me the good stuff"],
    "ReadCheckInQuestionsIntent": ["what are you going to ask us on sunday", "what's on this week's check in"],
    "HardDayIntent": ["it's been rough today", "i've had a nightmare of a day", "this week's been tough"],
    "ReadContractIntent": ["what have we signed up to", "what did we sign up for"],
    "UndoIntent": ["i did not mean to add that", "sorry i didn't mean to log it"],
    "PartnerNewsIntent": ["has sam put anything in", "did my wife add anything today"],
}
LOOKALIKES = [
    "we went to the match together",
    "we never do anything together anymore",
    "we need to spend more time together",
    "we had a huge row for the first time in ages",
    "me and my brother went fishing together",
    "we played cards together at the pub quiz",
    "how many days until the holidays",
    "how's the weather tracking",
    "is the traffic getting any better",
    "any milestones in the news",
    "what will you ask the doctor",
    "it's been hard to find a plumber",
    "did i sign up for the gym",
    "i didn't mean to add sugar",
    "did the postman put anything in the box",
]


@pytest.mark.usefixtures("conversation_script")  # node and virtual-alexa
def test_each_family_reaches_its_job_through_virtual_alexa() -> None:
    assert_each_reaches_its_job(SAID)


@pytest.mark.usefixtures("conversation_script")
def test_no_lookalike_reaches_a_job_that_writes() -> None:
    assert_none_writes(LOOKALIKES)


@pytest.mark.parametrize(
    ("said", "shared"),
    [
        ("we cooked dinner together", True),
        ("so um we hugged for ages before work", True),
        ("alex and i watched the sunset together", True),
        ("we didn't fight all weekend", False),  # no sign of the two of them together in it
        ("we should go away together", False),
        ("we argued together about the bins", False),
        ("i went to the gym together with my mate", False),
        ("they held hands", False),
    ],
)
def test_a_good_moment_is_theirs_together_and_done(said, shared) -> None:
    assert shared_moment(said, ("alex", "sam")) is shared


def test_a_good_moment_is_logged_as_a_small_win_in_their_words(say, session, home) -> None:
    spoken_to(say, "we cooked a curry together and it was fun")
    [entry] = session.query(LogEntry).all()
    assert entry.kind is LogKind.SMALL_WIN and "cooked a curry together" in (entry.note or "")


def test_a_lookalike_of_a_good_moment_writes_nothing(say, session, home) -> None:
    spoken_to(say, "we never do anything together anymore")
    assert unchanged(session) == (0, 0)


def test_how_are_we_tracking_is_progress_not_a_pause(say, session, home) -> None:
    text = speech(spoken_to(say, "how're we tracking"))
    assert "pause" not in text.lower() and "this week" in text.lower()
