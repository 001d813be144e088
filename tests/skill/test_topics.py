"""Topic carriers (skill/topics.py): a sentence heard around a topic word becomes the job it
asks, or one short question; never a guessed write, and distress still gets help first."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from sqlalchemy import text

from tests.skill.e2e.harness import conversation_script, linked, one_shot, opened, route_only, server
from tests.skill.model_generator import load_generator
from tests.skill.test_end_to_end import GROUPS, HELD_OUT, ONE_SHOT
from tests.skill.test_safety import alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.topic_phrases import LOOKALIKES, TOPIC_HELD_OUT, TOPIC_HELD_OUT_LATER
from trust_tracker.models.entities import CheckInAnswer, LogEntry, LogKind
from trust_tracker.skill.endpoint import parse_envelope
from trust_tracker.skill.requests import intent_request
from trust_tracker.skill.speakers import COUPLE_NAMES
from trust_tracker.skill.topic_question import TOPIC_OFFER
from trust_tracker.skill.topic_words import topic_intent, topic_read
from trust_tracker.skill.topics import TopicInterceptor
from trust_tracker.skill.topics_heard import COUPLE_PROMISES

__all__ = ["alex", "conversation_script", "say", "server", "skill"]  # fixtures


DEMO_PROMISES = ("call when late", "evening talk", "open phone", "house jobs", "sunday walk")


def carrier(intent: str, topic: str, before: str = "", after: str = "") -> tuple[str, dict[str, str | None]]:
    """The request Alexa sends for a sentence heard through `intent`'s carrier of `topic`."""
    name = topic.replace(" ", "_")
    return topic_intent(intent), {f"before_{name}": before or None, f"after_{name}": after or None}


def decided(intent: str, slots: dict[str, Any], attributes: dict[str, Any] | None = None) -> tuple[str, dict]:
    """What TopicInterceptor makes of a request: the intent then, and its slots (or the jobs asked about)."""
    request = parse_envelope(intent_request(intent, slots, attributes=attributes))
    handler_input = HandlerInput(request_envelope=request, attributes_manager=AttributesManager(request))
    handler_input.attributes_manager.request_attributes[COUPLE_NAMES] = ("Alex", "Sam")
    # The demo couple's commitments, which the held-out phrasings name.
    handler_input.attributes_manager.request_attributes[COUPLE_PROMISES] = DEMO_PROMISES
    TopicInterceptor().process(handler_input)
    asked = handler_input.attributes_manager.request_attributes.get("topic_unclear")
    if asked is not None:  # () when the words are let go
        return "asked", {"choices": asked}
    heard = request.request.intent
    return heard.name, {name: slot.value for name, slot in (heard.slots or {}).items()}


# --- the words decide, or a question is asked ------------------------------------------------


@pytest.mark.parametrize(
    ("before", "said", "after", "carried", "meant"),
    [
        ("can you stop those", "reminders", "for a while", "StopRemindersIntent", "StopRemindersIntent"),
        ("please", "remind", "us about the check in", "RemindCheckInIntent", "RemindCheckInIntent"),
        ("turn the", "reminders", "off", "StopRemindersIntent", "StopRemindersIntent"),
        ("we want", "reminders", "every week", "StopRemindersIntent", "RemindCheckInIntent"),
        ("remind me about the", "check in", "", "StartCheckInIntent", "RemindCheckInIntent"),
        ("i", "crossed", "a boundary last night", "LogBreachIntent", "LogBreachIntent"),
        ("i broke one of our", "boundaries", "", "ReadBoundariesIntent", "LogBreachIntent"),
        ("what are our", "boundaries", "", "ReadBoundariesIntent", "ReadBoundariesIntent"),
        ("i have not", "kept", "my promise to call", "LogKeptIntent", "LogMissedIntent"),
        ("i almost", "forgot", "the evening talk", "LogMissedIntent", "LogKeptIntent"),
        ("i", "kept", "the evening talk", "LogKeptIntent", "LogKeptIntent"),
    ],
)
def test_the_words_decide_the_job(before, said, after, carried, meant) -> None:
    assert topic_read(before, said, after, carried, promises=("evening talk",)).intent == meant


@pytest.mark.parametrize(
    ("before", "said", "after", "carried", "choices"),
    [
        ("the", "reminders", "", "StopRemindersIntent", ("RemindCheckInIntent", "StopRemindersIntent")),
        ("", "remind", "me to buy milk", "RemindCheckInIntent", ("RemindCheckInIntent", "StopRemindersIntent")),
        ("the", "boundaries", "", "ReadBoundariesIntent", ("ReadBoundariesIntent", "LogBreachIntent")),
        (
            "my boss",
            "crossed",
            "a line we agreed at work",
            "LogBreachIntent",
            ("ReadBoundariesIntent", "LogBreachIntent"),
        ),
        ("the", "contract", "we signed is stressful", "ReadContractIntent", ("ReadContractIntent",)),
        ("the kids had a", "hard day", "at school", "HardDayIntent", ("HardDayIntent",)),
        ("", "delete", "the photos from my phone", "UndoIntent", ("UndoIntent",)),
    ],
)
def test_words_that_do_not_decide_are_asked_about(before, said, after, carried, choices) -> None:
    reading = topic_read(before, said, after, carried)
    assert reading.intent is None and reading.choices == choices


def test_the_request_becomes_the_job_with_its_own_words() -> None:
    assert decided(*carrier("LogBreachIntent", "crossed", "i", "a boundary last night")) == (
        "LogBreachIntent",
        {"note": "i crossed a boundary last night"},
    )
    # Only the job's own words: the handler asks what it was.
    assert decided(*carrier("LogSmallWinIntent", "small win", "i had a")) == ("LogSmallWinIntent", {})
    assert decided(*carrier("LogKeptIntent", "did not", "i", "keep my promise to call when late")) == (
        "LogMissedIntent",
        {"commitment": "i didn't keep my promise to call when late"},  # the fixed words as said (voice42)
    )
    assert decided(*carrier("PartnerNewsIntent", "news", "any", "from sam")) == (
        "PartnerNewsIntent",
        {"partner": "sam"},
    )
    assert decided(*carrier("StopRemindersIntent", "reminders", "no more")) == ("StopRemindersIntent", {})
    assert decided(*carrier("ReadContractIntent", "contract", "our", "is awful")) == (
        "asked",
        {"choices": ("ReadContractIntent",)},
    )
    assert decided(*carrier("ReadContractIntent", "contract", "the", "at work is awful")) == ("asked", {"choices": ()})


def test_other_requests_are_left_as_they_came() -> None:
    assert decided("LogSmallWinIntent", {"note": "we cooked"}) == ("LogSmallWinIntent", {"note": "we cooked"})
    assert decided("AMAZON.YesIntent", {}) == ("AMAZON.YesIntent", {})
    # SupportIntent's carriers are the safety's, read there.
    assert decided("SupportIntent", {"after_he_threw": "my phone"})[0] == "SupportIntent"


def test_distress_around_a_topic_is_left_for_the_safety_answer() -> None:
    assert decided(*carrier("ReadContractIntent", "contract", "he hit me because of the", "")) == (
        "ReadContractTopicIntent",
        {"before_contract": "he hit me because of the", "after_contract": None},
    )


def test_a_waiting_checkin_question_takes_words_that_do_not_decide_as_its_answer() -> None:
    waiting = {"flow": {"name": "checkin", "position": 1}}
    intent, slots = carrier("CelebrateIntent", "celebrate", "we got to", "our anniversary at the lake")
    assert decided(intent, slots, waiting) == (
        "AnswerIntent",
        {"answer": "we got to celebrate our anniversary at the lake"},
    )


# --- through the skill, on a linked device ---------------------------------------------------


def test_a_breach_said_around_its_topic_is_logged_in_the_speakers_words(say, session, alex) -> None:
    said = speech(say(envelope(*carrier("ReadBoundariesIntent", "boundaries", "i broke one of our", "last night"))))
    assert "boundary breach" in said
    [entry] = session.query(LogEntry).all()
    # "last night" dates it, and is no part of the note (tester-voice38 D13)
    assert (entry.kind, entry.note) == (LogKind.BREACH, "I broke one of our boundaries")
    assert entry.local_date == entry.created_at.date() - timedelta(days=1)


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        (
            "my boss crossed the line we agreed at work",
            "Shall I read your boundaries, or log that a boundary was crossed?",
        ),
        # ("sam lied about the kids party" is now the partner's lapse told: answered warmly, nothing
        # asked or logged, as tests/skill/test_voice13_logging.py asserts of lapses told.)
    ],
)
def test_a_lookalike_is_asked_about_and_nothing_is_logged(say, session, alex, said, asked) -> None:
    topic = "crossed" if " crossed " in said else "lied"
    before, _, after = said.partition(f" {topic} ")
    result = say(envelope(*carrier("LogBreachIntent", topic, before, after)))
    assert speech(result) == f"I'm not sure I followed. {asked}"
    assert not result["response"]["shouldEndSession"] and count(session, LogEntry) == 0
    if " or " in asked:  # "yes" to a choice of two guesses nothing: no offer waits for it
        assert TOPIC_OFFER not in (result.get("sessionAttributes") or {})
        say(then(result, "AMAZON.YesIntent"))
    assert count(session, LogEntry) == 0


def test_a_hedged_keep_around_its_topic_is_confirmed_before_anything_is_logged(say, session, alex, contract) -> None:
    asked = say(envelope(*carrier("LogKeptIntent", "kept", "i sort of", "the evening talk")))
    assert speech(asked) == "It sounds like it was partly done. Shall I log that as kept?"
    assert not asked["response"]["shouldEndSession"] and count(session, LogEntry) == 0


def test_yes_to_a_single_offer_does_that_job(say, session, alex) -> None:
    asked = say(envelope(*carrier("ReadContractIntent", "contract", "what is the", "with the landlord")))
    assert speech(asked) == "I'm not sure I followed. Shall I read your contract?"
    read = say(then(asked, "AMAZON.YesIntent"))
    assert "contract" in speech(read).lower() and "not sure" not in speech(read)
    # Offered once only: a later "yes" answers whatever was asked then.
    assert TOPIC_OFFER not in (read.get("sessionAttributes") or {})


def test_yes_to_a_small_win_offer_logs_it_in_the_words_first_said(say, session, alex) -> None:
    asked = say(envelope(*carrier("LogSmallWinIntent", "small win", "my team got a", "at work")))
    assert speech(asked) == "I'm not sure I followed. Shall I log a small win?"
    assert count(session, LogEntry) == 0
    say(then(asked, "AMAZON.YesIntent"))  # vfix3: the words said first survive the offer
    [entry] = session.query(LogEntry).all()
    assert (entry.kind, entry.note) == (LogKind.SMALL_WIN, "My team got a small win at work")


def test_distress_said_around_a_topic_gets_help_and_nothing_is_stored(say, session, alex) -> None:
    for intent, topic, before, after in [
        ("LogBreachIntent", "crossed", "he", "the line and hit me"),
        ("ReadContractIntent", "contract", "he hit me because of the", ""),
        ("HardDayIntent", "hard day", "", "i want to kill myself"),
        ("StopRemindersIntent", "reminders", "he said he would kill me if i stopped the", ""),
    ]:
        assert_support(say(envelope(*carrier(intent, topic, before, after))))
    assert count(session, LogEntry) == 0


def test_a_checkin_answer_around_a_topic_is_saved_as_the_answer(say, session, alex) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    assert speech(question).startswith("Question 1:")
    answered = say(then(question, *carrier("CelebrateIntent", "celebrate", "we got to", "our anniversary")))
    assert speech(answered).startswith(("Thank", "Thanks", "Got it", "Noted")) or "Question 2" in speech(answered)
    [answer] = session.query(CheckInAnswer).all()
    assert answer.answer == "We got to celebrate our anniversary"


@pytest.mark.parametrize(
    "value",
    ["stop the\x00", "x" * 10_000, "the\x1b[31m", "i " * 5_000],
)
def test_bad_values_in_a_carrier_change_nothing(say, session, alex, value) -> None:
    result = say(envelope(*carrier("LogBreachIntent", "crossed", value, "a boundary")))
    assert speech(result) and count(session, LogEntry) == 0


# --- through virtual-alexa, as Alexa routes it -------------------------------------------------


def _rows(database: Path) -> dict[str, list[tuple]]:
    """Everything a request could change: entries (and their acknowledgements), check-ins, setbacks, reminders."""
    with opened(database) as session:
        return {
            table: [tuple(row) for row in session.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
            for table in ("log_entry", "checkin", "checkin_answer", "setback", "alexa_reminder", "milestone")
        }


def test_the_lists_are_held_out_and_long_enough() -> None:
    said = [s for group in (TOPIC_HELD_OUT, TOPIC_HELD_OUT_LATER) for phrasings in group.values() for s in phrasings]
    assert len(said) >= 100 and len(set(LOOKALIKES)) >= 60
    written = load_generator().as_written()
    assert not set(said) & written and not set(LOOKALIKES) & written


def test_everyday_sentences_with_a_topic_word_change_nothing(conversation_script, server) -> None:
    url, _env, database = server
    linked(conversation_script, server)
    before = _rows(database)
    heard = one_shot(url, LOOKALIKES)
    assert all(turn["ssml"] for turn in heard if turn["intent"]), "every one routed is answered"
    assert _rows(database) == before


# The first list reached its job 41 of 72 times when first measured, then 68 of 72 once the
# words were widened from its misses; the later one, never tuned on, 31 of 36 (README,
# "Understood as people speak").
FLOORS = {"tuned": 0.9, "later": 0.8}


@pytest.mark.parametrize(("group", "phrasings"), [("tuned", TOPIC_HELD_OUT), ("later", TOPIC_HELD_OUT_LATER)])
def test_held_out_topic_phrasings_reach_their_job(conversation_script, group, phrasings) -> None:
    """Routed by virtual-alexa, then read by TopicInterceptor as the skill reads them: the job
    each asks for, counted right only when it is that job (a question counts as wrong)."""
    expected = [(said, intent) for intent, said_so in phrasings.items() for said in said_so]
    routed = route_only([said for said, _ in expected])
    got = [decided(turn["intent"], turn["slots"])[0] if turn["intent"] else None for turn in routed]
    misses = [(said, want, g) for (said, want), g in zip(expected, got, strict=True) if g != want]
    right = len(expected) - len(misses)
    print(f"topic phrasings ({group}): {right}/{len(expected)} reach their job")
    for said, want, g in misses:
        print(f"  missed {want}: {said!r} -> {g}")
    assert right / len(expected) >= FLOORS[group], misses


# The own held-out list (tests/skill/e2e/held_out.json) as the skill reads it: routed by
# virtual-alexa, then through TopicInterceptor. Measured 99 of 110 when first run (README).
MIN_HELD_OUT_DECIDED = 0.88


def test_the_held_out_list_reaches_its_job_once_the_skill_reads_it(conversation_script) -> None:
    expected = [
        (ONE_SHOT.sub("", said).lower(), intent)
        for group in GROUPS
        for intent, phrasings in HELD_OUT[group].items()
        for said in phrasings
    ]
    routed = route_only([said for said, _ in expected])
    got = [decided(turn["intent"], turn["slots"])[0] if turn["intent"] else None for turn in routed]
    misses = [(said, want, g) for (said, want), g in zip(expected, got, strict=True) if g != want]
    print(f"held-out phrasings, as the skill reads them: {len(expected) - len(misses)}/{len(expected)}")
    for said, want, g in misses:
        print(f"  missed {want}: {said!r} -> {g}")
    assert 1 - len(misses) / len(expected) >= MIN_HELD_OUT_DECIDED, misses
