"""Families of how people say a job that another job's topic word carries (skill/topic_families.py,
issue 8): each through virtual-alexa's route and the topic interceptor's reading, as
test_blind_lists measures a list. The phrasings are our own, written for the families, none from
a measured list; each family has lookalikes from sport, games, work and shopping beside it that
must never reach a job that writes."""

from __future__ import annotations

import json

import pytest

from tests.skill.e2e.harness import conversation_script, route_only  # noqa: F401 (a fixture)
from tests.skill.test_blind_lists import WRITES, _job
from tests.skill.test_safety import alex, assert_support, say, skill, speech
from tests.skill.test_topics_safe import home, spoken_to, unchanged
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.skill.topic_words import topic_intent, topic_read
from trust_tracker.skill.understanding import kind_said

__all__ = ["alex", "home", "say", "skill"]  # fixtures

SAID = {
    "LogBreachIntent": [
        # reading the other's journal or diary
        "i had a look through alex's diary last night",
        "she went through my journal while i was at work",
        "sam keeps reading my diary",
        "i peeked at sam's journal when she was in the shower",
        # contact with the third person, said with what makes it a breach
        "he got in touch with her again behind my back",
        "i was in touch with him again and i shouldn't have been",
        # an act said against what was agreed, or named a breach
        "he went to the pub with her even though we agreed he wouldn't",
        "she contacted him again yesterday",
        "i went behind alex's back and called her",
        "i checked his phone without asking and that was a breach",
        "one of our boundaries was broken today he met her for coffee",
    ],
    "ProgressIntent": [
        "how many times have we kept the evening talk",
        "how often have i missed a promise this month",
        "how many days in a row have we stuck to our commitments",
        "give me the numbers for this week",
        "how are things looking for us",
    ],
    "TakeAPauseIntent": [
        "can we put our progress on hold for a bit",
        "freeze everything for a week please",
        "we need a week off from all this",
        "pause the contract while we are on holiday",
    ],
    "HardDayIntent": [
        "i'm wiped out today can we keep it simple",
        "rough week so please go easy on the promises today",
        "today's been rubbish can we lighten the load",
        "i'm shattered can you simplify my commitments for today",
        "today is a struggle can we keep it light",
    ],
    "AcknowledgeIntent": [
        "massive thanks to alex for cooking tonight",
        "i want to give sam credit for keeping calm",
        "shout out to my partner for the surprise lunch",
        "props to sam for sorting the school run",
    ],
    "LogReliabilityIntent": [
        "alex was there when i needed him at the hospital",
        "sam said she'd pick me up at six and she did",
        "my partner kept his word about fixing the fence",
        "sam was true to her word about the budget",
    ],
    "LogSmallWinIntent": [
        "we sorted the kids' bedtime without a row that's a win",
        "we finally had a calm dinner count it as a win",
        "we talked about money without shouting it was a win",
    ],
    "LogMissedIntent": [
        "i skipped the evening talk again",
        "i fell short on the house jobs",
        "i dropped the ball on calling when late",
        "log a miss for the evening talk",
    ],
    "LogKeptIntent": [
        "ticked off my evening talk",
        "i stuck to the open phone thing today",
    ],
    "PartnerNewsIntent": [
        "has sam added anything today",
        "what's my partner been up to on here",
    ],
    "UndoIntent": ["wipe that last one", "get rid of the last thing i said"],
    "ReadContractIntent": ["what are our commitments", "list the promises we made"],
    "StartCheckInIntent": ["let's open our weekly review", "time for our weekly sit down"],
    "StopRemindersIntent": [
        "we no longer need the reminders",
        "stop pestering us about the check in",
        "please stop bugging me about the check in",
    ],
    "CelebrateIntent": ["tell us something good about this week", "what do we have to feel good about"],
    "RemindCheckInIntent": ["give us a heads up before the check in"],
}
# Everyday words beside the same topic words: a game's win, a work deadline, a shop's rules.
LOOKALIKES = [
    "we had a big win at the pub quiz",
    "we won the pub quiz that's a win",
    "i won a tenner on a scratch card small win",
    "small win at the bookies today",
    "we had a little win on the lottery",
    "alex beat me at chess that's a win for her",
    "my fantasy football team had a small win",
    "the kids had a small win at their football match",
    "we got a win at the darts",
    "a small win in the office sweepstake",
    "celebrate the win at the rugby",
    "he crossed the finish line first",
    "my boss crossed a line in the meeting",
    "the contractor broke the rules on the building site",
    "i read the diary of anne frank",
    "i'm writing in my journal tonight",
    "i texted her to say the parcel came",
    "i got in touch with the plumber again",
    "tell my mum to stop nagging me",
    "my boss keeps nagging me about the report",
    "unsubscribe me from the newsletter",
    "pause the music",
    "suspend my gym membership",
    "can we scale back the kitchen renovation",
    "simplify the budget spreadsheet for me",
    "i need a break from work",
    "cheers to the weekend",
    "give my boss credit for the idea",
    "i noticed the milk is off",
    "did the shopping",
    "i did my tax return",
    "i skipped breakfast",
    "the record skipped again",
    "the weather was rock solid all weekend",
    "what's the score in the football",
    "how many days until christmas",
    "the shop has strict rules about returns",
    "the price of the deal we made at the car dealer",
    "the striker went through on goal",
    "our shopping order was on time",
    "he kept his word to the bank manager",
    "she came through for her mates at the football",
    "i contacted the council again about the bins",
    "i messed up my exam",
]


def assert_each_reaches_its_job(jobs: dict[str, list[str]]) -> None:
    """Each phrasing, routed by virtual-alexa and read as the skill reads it, reaches its job."""
    said = [(phrase, job) for job, phrases in jobs.items() for phrase in phrases]
    picked = [_job(turn) for turn in route_only([phrase for phrase, _ in said])]
    assert [(phrase, job) for (phrase, _), job in zip(said, picked, strict=True)] == said


def assert_none_writes(lookalikes: list[str]) -> None:
    """No lookalike reaches a job that writes, nor a hard day."""
    picked = [_job(turn) for turn in route_only(lookalikes)]
    written = [(said, job) for said, job in zip(lookalikes, picked, strict=True) if job in WRITES | {"HardDayIntent"}]
    assert written == []


@pytest.mark.usefixtures("conversation_script")  # node and virtual-alexa
def test_each_family_reaches_its_job_through_virtual_alexa() -> None:
    assert_each_reaches_its_job(SAID)


@pytest.mark.usefixtures("conversation_script")
def test_no_lookalike_reaches_a_job_that_writes() -> None:
    assert_none_writes(LOOKALIKES)


@pytest.mark.parametrize(
    ("before", "said", "after", "carried", "meant"),
    [
        # en-GB words: a fortnight, knackered, the bins, a tenner on the horses
        ("", "suspend", "everything for a fortnight", "TakeAPauseIntent", "TakeAPauseIntent"),
        ("i'm knackered today just", "the basics", "please", "HardDayIntent", "HardDayIntent"),
        ("", "cheers to", "sam for doing the bins", "AcknowledgeIntent", "AcknowledgeIntent"),
        ("i'm knackered can we", "scale back", "the kitchen refit", "HardDayIntent", None),
        ("we had a", "small win", "on the horses at cheltenham", "LogSmallWinIntent", None),
        ("we had a", "small win", "at the five a side", "LogSmallWinIntent", None),
        # en-US words: a ball game, y'all, the check-in done
        ("we had a", "small win", "at the ball game tonight", "LogSmallWinIntent", None),
        ("my partner went through my", "journal", "y'all", "LogBreachIntent", "LogBreachIntent"),
    ],
)
def test_locale_words_read_by_family(before, said, after, carried, meant) -> None:
    assert topic_read(before, said, after, carried, ("alex", "sam")).intent == meant


def test_every_locale_holds_the_same_topic_carriers() -> None:
    """The families read what the carriers carry; every English locale carries the same words."""
    from tests.skill.test_interaction_model import MODEL_DIR

    def carriers(locale: str) -> dict[str, list[str]]:
        model = json.loads((MODEL_DIR / f"{locale}.json").read_text())["interactionModel"]["languageModel"]
        return {i["name"]: i["samples"] for i in model["intents"] if i["name"].endswith("TopicIntent")}

    us = carriers("en-US")
    assert us[topic_intent("LogBreachIntent")] and all(carriers(loc) == us for loc in ("en-GB", "en-AU", "en-IN"))


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("i wasn't open about my phone today", LogKind.MISSED),
        ("we weren't home in time for the evening talk", LogKind.MISSED),
        ("i haven't done the house jobs", LogKind.MISSED),
        ("i let our evening talk slide", LogKind.MISSED),
        ("i fell short on calling when late", LogKind.MISSED),
        # said casually (the tester's "I blew off our evening talk" had been logged as kept)
        ("i blew off our evening talk", LogKind.MISSED),
        ("i bailed on the house jobs", LogKind.MISSED),
        ("i flaked on our evening talk again", LogKind.MISSED),
        ("i gave the evening talk a miss", LogKind.MISSED),
        ("i stood sam up for our evening talk", LogKind.MISSED),
        ("i bailed out my friend and still had our evening talk", LogKind.KEPT),
        ("i blew off some steam before our evening talk", LogKind.KEPT),
        # a third tester's, logged as kept: letting someone down, blowing or botching the promise
        ("i let alex down on the evening talk yesterday", LogKind.MISSED),
        ("i blew the house jobs promise this week", LogKind.MISSED),
        ("i botched our evening talk properly", LogKind.MISSED),
        ("i mucked up calling when late", LogKind.MISSED),
        ("i blew out the candles before our evening talk", LogKind.KEPT),
        ("i let the dog out before our evening talk", LogKind.KEPT),
        # lookalikes: letting someone know, not being late, saying it was open
        ("i let sam know i was running late", LogKind.KEPT),
        ("i wasn't late for the evening talk", LogKind.KEPT),
        ("i was open about my phone", LogKind.KEPT),
    ],
)
def test_a_lapse_described_after_i_is_a_miss(said, kind) -> None:
    """ "I {commitment}" describes what was done: a lapse said so is logged as the miss it is."""
    assert kind_said(said, LogKind.KEPT) is kind


# --- through the whole skill, on a linked device with an agreed contract -----------------------


@pytest.mark.parametrize(
    ("said", "kind", "words"),
    [
        ("sam said she'd pick me up at six and she did", LogKind.RELIABILITY, "pick me up"),
        ("we finally had a calm dinner count it as a win", LogKind.SMALL_WIN, "calm dinner"),
    ],
)
def test_a_family_writes_its_entry_in_the_persons_words(say, session, home, said, kind, words) -> None:
    spoken_to(say, said)
    [entry] = session.query(LogEntry).all()
    assert entry.kind is kind and words in (entry.note or ""), (entry.kind, entry.note)


@pytest.mark.parametrize(
    "said",
    ["i blew off our evening talk im sorry", "i flaked on calling when late", "i let sam down on calling when late"],
)
def test_a_lapse_said_casually_is_logged_as_a_miss(say, session, home, said) -> None:
    spoken_to(say, said)
    assert [entry.kind for entry in session.query(LogEntry).all()] == [LogKind.MISSED]


@pytest.mark.parametrize(
    "said", ["i had a look through alex's diary last night", "i was in touch with him again and i shouldn't have been"]
)
def test_a_breach_family_naming_no_boundary_asks_which_before_writing(say, session, home, said) -> None:
    """The breach families reach the breach, whose words name none of this couple's boundaries:
    asked which (models.logbook.log_breach), nothing written until it is said."""
    assert "Which of your boundaries was it" in speech(spoken_to(say, said))
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize(
    "said", ["he got in touch with her again behind my back", "sam keeps reading my diary", "she contacted him again"]
)
def test_a_breach_family_told_of_the_partner_still_reaches_the_breach_and_writes_nothing(
    say, session, home, said
) -> None:
    """The partner's act reaches the breach as before (SAID above), but only the one who crossed a
    boundary logs it (breach11): nothing is asked or written under the speaker's name."""
    result = spoken_to(say, said)
    assert "under your name" in speech(result) and not result["response"]["shouldEndSession"]
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize(
    "said",
    ["we won the pub quiz that's a win", "we had a small win at the darts league", "tell my mum to stop nagging me"],
)
def test_a_game_won_or_someone_else_nagging_writes_nothing(say, session, home, said) -> None:
    spoken_to(say, said)
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize(
    "said",
    [
        "i had a look through alex's diary and now i'm scared he will hurt me",
        "i'm wiped out today and i want to end my life can we keep it simple",
        "shout out to sam even though he hits me",
        "how many times have we kept our promises i don't want to be alive anymore",
    ],
)
def test_distress_said_through_a_new_carrier_gets_help_and_nothing_is_written(say, session, home, said) -> None:
    assert_support(spoken_to(say, said))
    assert unchanged(session) == (0, 0)
