"""Logging dialog defects a second independent voice tester found (issue 8: never a wrong
entry): the menu's yes, next, go back and repeat; two resolutions for one name; the partner's
commitment. Each through the real skill, asserting what is said and what the database holds.
"Log it" during a check-in is in test_logging_checkin.py; "all of them", "both" and words that
leave open whether it was kept in test_logging_all.py (both use the fixtures here)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, USER, Talk, entries
from tests.skill.test_describing import DYNAMIC
from tests.skill.test_repairs import alone
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Match, Reply

skill, home = conversations.skill, conversations.home
SAY_HELP = conversations.for_locale("en-US").options("help")
__all__ = ["home", "skill"]  # fixtures shared with the conversation tests


@pytest.fixture
def mine(session, home) -> dict[str, int]:
    """Alex's own "call when late", two shared evening ones, and Sam's own "pick up the kids"."""
    alex, sam = home
    drafts = [
        contracts.ItemDraft(
            ItemKind.COMMITMENT, "Call when running late", short_name="call when late", owner_id=alex.id
        ),
        contracts.ItemDraft(ItemKind.COMMITMENT, "A fifteen-minute evening talk", short_name="evening talk"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "An evening walk together", short_name="evening walk"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Pick up the kids", short_name="pick up the kids", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


@pytest.fixture
def alex_talks(skill, session_factory, home) -> Talk:
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


def logged(session) -> list[tuple[LogKind, int | None]]:
    return [(e.kind, e.lineage_id) for e in entries(session)]


def three_answered(talk: Talk) -> None:
    alone(talk)
    for answer in ("our walk", "being late", "your texts"):
        talk(answer)


# --- 1. yes, next, go back and repeat at the menu never loop ----------------------------------


@pytest.mark.parametrize(
    "word", ["AMAZON.YesIntent", "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.RepeatIntent"]
)
def test_at_the_menu_a_word_with_nothing_to_act_on_never_loops(session, mine, alex_talks, word):
    menu = alex_talks.send(Match(None))
    assert menu.open
    heard = [alex_talks.send(Match(word)) for _ in range(3)]
    first, second, third = heard
    assert first.open and second.open and first.speech != second.speech != menu.speech
    assert second.speech in SAY_HELP
    assert not third.open and third.speech == SAY("fallback_give_up")
    assert entries(session) == []


def test_yes_at_the_menu_offers_a_promise_still_due_today_by_name(session, mine, alex_talks):
    alex_talks.send(Match(None))
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech == SAY("menu_yes_due", example="my promise to call when late") and said.open
    assert entries(session) == []


def test_yes_at_the_menu_with_nothing_due_offers_the_checkin(session, home, alex_talks):
    alex_talks.send(Match(None))
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech == SAY("menu_yes") and said.open


def test_repeat_at_the_menu_repeats_the_question_once_then_helps(session, mine, alex_talks):
    alex_talks.send(Match(None))
    said = alex_talks.send(Match("AMAZON.RepeatIntent"))
    assert said.speech == SAY("what_next_reprompt")
    assert alex_talks.send(Match("AMAZON.RepeatIntent")).speech in SAY_HELP


def test_next_and_go_back_at_the_menu_say_what_they_do(session, mine, alex_talks):
    alex_talks.send(Match(None))
    assert alex_talks.send(Match("AMAZON.NextIntent")).speech == SAY("menu_next")


def test_something_else_in_between_starts_the_count_afresh(session, mine, alex_talks):
    alex_talks.send(Match(None))
    alex_talks.send(Match("AMAZON.NextIntent"))
    alex_talks.send(Match("AMAZON.HelpIntent"))
    said = alex_talks.send(Match("AMAZON.NextIntent"))
    assert said.speech == SAY("menu_next") and said.open


def test_a_forged_count_is_read_as_a_first_time(session, mine, alex_talks):
    alex_talks.send(Match(None))
    alex_talks.conversation.attributes["last_question"]["menu_nudges"] = "many"
    assert alex_talks.send(Match("AMAZON.NextIntent")).speech == SAY("menu_next")


# --- 2. two resolutions for one name ask which ------------------------------------------------


def kept(value: str, ids: list[int], *, attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    request = alexa.intent_request(
        "LogKeptIntent",
        {"commitment": value},
        user_id=USER,
        person_id=ALEX_VOICE,
        new_session=attributes is None,
        attributes=attributes,
    )
    request["request"]["intent"]["slots"]["commitment"]["resolutions"] = {
        "resolutionsPerAuthority": [
            {
                "authority": DYNAMIC,
                "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": value, "id": f"lineage-{i}"}} for i in ids],
            }
        ]
    }
    return request


@pytest.fixture
def say(skill, session_factory):
    return lambda envelope: invoke(skill, session_factory, envelope, now=NOW)


def test_two_resolutions_ask_which_one_and_log_only_the_answer(session, mine, say):
    # Words the skill's own matching takes for one of them: the two resolutions still ask.
    response = say(kept("evening talk", [mine["evening walk"], mine["evening talk"]]))
    reply = Reply.of(response)
    assert reply.speech == "Which one did you keep: evening talk or evening walk?" and reply.stays_open
    assert entries(session) == []
    attributes = response["sessionAttributes"]
    reply = Reply.of(say(kept("evening walk", [mine["evening walk"]], attributes=attributes)))
    assert reply.speech == "Logged: you kept your evening walk." and not reply.stays_open
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])]


def test_two_resolutions_one_of_them_the_partners_logs_ones_own(session, mine, say):
    reply = Reply.of(say(kept("picking up", [mine["pick up the kids"], mine["evening walk"]])))
    assert reply.speech == "Logged: you kept your evening walk."
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])]


def test_two_resolutions_then_an_unclear_answer_twice_logs_nothing(session, mine, say):
    response = say(kept("our evening thing", [mine["evening walk"], mine["evening talk"]]))
    for _ in range(2):
        response = say(
            kept(
                "our evening thing",
                [mine["evening walk"], mine["evening talk"]],
                attributes=response["sessionAttributes"],
            )
        )
    assert not Reply.of(response).stays_open and entries(session) == []


# --- 3. the partner's commitment, resolved by Alexa -------------------------------------------


def test_the_partners_commitment_resolved_says_whose_it_is(session, home, mine, say):
    reply = Reply.of(say(kept("picked up the kids", [mine["pick up the kids"]])))
    # Not Alex's to log, but the session stays open for one of Alex's own or the moment (voice36).
    assert reply.speech.startswith("That is Sam's commitment, so Sam logs it. Was it one of yours: "), reply.speech
    assert reply.speech.endswith("Or shall I note it as a moment of reliability?") and reply.stays_open, reply.speech
    assert "not in your contract" not in reply.speech and entries(session) == []


def resolved(talk: Talk, intent: str, value: str, lineage_ids: list[int]) -> Reply:
    """`intent` heard in this conversation, its promise resolved by Alexa to `lineage_ids`."""
    request = talk.conversation.request(Match(intent, {"commitment": value}), timestamp=NOW)
    request["request"]["intent"]["slots"]["commitment"]["resolutions"] = kept(value, lineage_ids)["request"]["intent"][
        "slots"
    ]["commitment"]["resolutions"]
    response = invoke(talk.skill, talk.sessions, request, now=NOW)
    talk.conversation.update(response)
    return Reply.of(response)


def test_the_partners_commitment_held_in_a_checkin_says_whose_it_is(session, home, mine, alex_talks):
    three_answered(alex_talks)
    resolved(alex_talks, "LogKeptIntent", "got the children from school", [mine["pick up the kids"]])
    said = alex_talks("log it")
    assert said.speech == f"That is Sam's commitment, so Sam logs it. Question 4: {QUESTIONS[3]}" and said.open
    assert entries(session) == []


def test_two_resolutions_held_in_a_checkin_ask_which(session, home, mine, alex_talks):
    three_answered(alex_talks)
    resolved(alex_talks, "LogKeptIntent", "our evening", [mine["evening walk"], mine["evening talk"]])
    said = alex_talks("log it")
    assert said.speech == "Which one did you keep: evening talk or evening walk?" and entries(session) == []
    alex_talks("evening walk")
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])]
