"""Topic carriers read by family, not by sentence (issue 8, point 3): the phrasings here are our
own, written after the rules, none from the lists measured blind. Each family reaches its job;
its lookalikes are asked about or let go, never written."""

from __future__ import annotations

import pytest

from tests.skill.test_safety import alex, count, envelope, say, skill, speech
from tests.skill.test_topics import carrier
from trust_tracker.models.alexa_entities import AlexaReminder
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.topic_words import topic_read

__all__ = ["alex", "say", "skill"]  # fixtures

NAMES = ("alex", "sam")


@pytest.mark.parametrize(
    ("before", "said", "after", "carried", "meant"),
    [
        # thanks that name the partner keep what for
        ("please", "thank", "sam for fixing the boiler", "AcknowledgeIntent", "AcknowledgeIntent"),
        ("tell alex i", "appreciated", "the lift to work", "AcknowledgeIntent", "AcknowledgeIntent"),
        ("i want to", "acknowledge", "my partner for the hard week", "AcknowledgeIntent", "AcknowledgeIntent"),
        # the check-in: a reminder of it, or what it will ask
        ("can you ping me before the", "check in", "", "StartCheckInIntent", "RemindCheckInIntent"),
        ("what topics will the", "check in", "cover", "StartCheckInIntent", "ReadCheckInQuestionsIntent"),
        ("i am", "done with", "reminders", "StopRemindersIntent", "StopRemindersIntent"),
        ("could we have a", "reminder", "for the check in", "RemindCheckInIntent", "RemindCheckInIntent"),
        # a hard day, said as wanting it lighter
        ("rotten day can we make it", "easier", "", "HardDayIntent", "HardDayIntent"),
        ("i am worn out", "go easy", "on the commitments", "HardDayIntent", "HardDayIntent"),
        # pausing the tracking; how it is tracking is progress
        ("let us", "pause", "the tracker for a couple of weeks", "TakeAPauseIntent", "TakeAPauseIntent"),
        ("put the", "tracking", "on hold until next week", "TakeAPauseIntent", "TakeAPauseIntent"),
        ("how are we", "tracking", "this month", "TakeAPauseIntent", "ProgressIntent"),
        ("are we", "on track", "this week", "ProgressIntent", "ProgressIntent"),
        # what went well, and good news that is theirs
        ("what have we", "done well", "recently", "CelebrateIntent", "CelebrateIntent"),
        ("any good", "news", "for us", "PartnerNewsIntent", "CelebrateIntent"),
        # the partner's entries
        ("any", "updates", "from my partner", "PartnerNewsIntent", "PartnerNewsIntent"),
        ("what is sam's", "latest", "", "PartnerNewsIntent", "PartnerNewsIntent"),
        # moments of reliability, small wins, undo
        ("sam", "followed through", "on the school forms", "LogReliabilityIntent", "LogReliabilityIntent"),
        ("a", "tiny win", "we cooked together", "LogSmallWinIntent", "LogSmallWinIntent"),
        ("please", "erase", "that last entry", "UndoIntent", "UndoIntent"),
        # a breach to be logged keeps its note
        ("log a", "breach", "i texted my ex", "LogBreachIntent", "LogBreachIntent"),
    ],
)
def test_each_family_reaches_its_job(before, said, after, carried, meant) -> None:
    assert topic_read(before, said, after, carried, NAMES).intent == meant


@pytest.mark.parametrize(
    ("before", "said", "after", "carried"),
    [
        ("", "thanks", "for the lovely meal", "AcknowledgeIntent"),
        ("i", "appreciated", "the sunny weather", "AcknowledgeIntent"),
        ("the new phone makes life", "easier", "", "HardDayIntent"),
        ("the parcel", "tracking", "says tuesday", "TakeAPauseIntent"),
        ("the train is", "on track", "for five", "ProgressIntent"),
        ("the steak was", "done well", "", "CelebrateIntent"),
        ("my phone needs", "updates", "", "PartnerNewsIntent"),
        ("the", "latest", "episode was great", "PartnerNewsIntent"),
        ("the bus was", "consistent", "all week", "LogReliabilityIntent"),
        ("our team got a", "victory", "at the weekend", "LogSmallWinIntent"),
        ("please", "erase", "the whiteboard", "UndoIntent"),
        ("we crossed the", "boundary", "into wales", "ReadBoundariesIntent"),
        ("did you", "remind", "me about the dentist", "RemindCheckInIntent"),
        ("the hotel", "check in", "asks for a passport", "StartCheckInIntent"),
    ],
)
def test_lookalikes_of_each_family_do_nothing(before, said, after, carried) -> None:
    reading = topic_read(before, said, after, carried, NAMES)
    assert reading.intent is None, reading


@pytest.mark.parametrize(
    ("intent", "topic", "before", "after"),
    [
        ("AcknowledgeTopicIntent", "thanks", "", "for the lovely meal"),
        ("TakeAPauseTopicIntent", "tracking", "the parcel", "says tuesday"),
        ("RemindCheckInTopicIntent", "remind", "did you", "me about the dentist"),
        ("LogBreachTopicIntent", "crossed", "we", "the boundary into wales"),
    ],
)
def test_through_the_skill_a_lookalike_writes_nothing(say, session, alex, intent, topic, before, after) -> None:
    job = intent.replace("TopicIntent", "Intent")
    result = say(envelope(*carrier(job, topic, before, after)))
    assert speech(result) and not result["response"]["shouldEndSession"]
    assert (count(session, LogEntry), count(session, AlexaReminder)) == (0, 0)


def test_through_the_skill_thanks_by_name_are_heard_as_thanks(say, session, alex) -> None:
    result = say(envelope(*carrier("AcknowledgeIntent", "thank", "please", "sam for fixing the boiler")))
    assert "not sure" not in speech(result)
    assert count(session, LogEntry) == 0  # thanks mark entries seen; they log nothing
