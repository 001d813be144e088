"""Logging dialog defects a second independent voice tester found (issue 8: never a wrong
entry): the menu's yes, next, go back and repeat; "log it" and "my answer" during a check-in;
two resolutions for one name; the partner's commitment; "all of them" and "both"; words that
leave open whether it was kept. Each through the real skill, asserting what is said and what
the database holds."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.factories import NOW
from tests.skill import test_conversations as conversations
from tests.skill.test_conversations import ALEX_VOICE, QUESTIONS, SAY, USER, Talk, entries
from tests.skill.test_describing import DYNAMIC
from tests.skill.test_repairs import alone, answers
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


# --- 2. "log it" and "my answer" during a check-in --------------------------------------------


def three_answered(talk: Talk) -> None:
    alone(talk)
    for answer in ("our walk", "being late", "your texts"):
        talk(answer)


@pytest.mark.parametrize(
    ("intent", "kind", "which"), [("LogKeptIntent", LogKind.KEPT, "keep"), ("LogMissedIntent", LogKind.MISSED, "miss")]
)
def test_log_it_with_no_promise_named_asks_which_then_goes_on(session, home, mine, alex_talks, intent, kind, which):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(Match(intent, {}))
    said = alex_talks("log it")
    assert said.speech == f"Which one did you {which}: call when late, evening talk or evening walk?" and said.open
    assert entries(session) == [] and len(answers(session)) == 3
    said = alex_talks("evening talk")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and "evening talk" in said.speech and said.open
    assert logged(session) == [(kind, mine["evening talk"])] and len(answers(session)) == 3
    said = alex_talks("more notice")
    assert not said.open and answers(session)[-1] == (alex.id, 3, "more notice")


def test_which_answered_as_a_promise_logs_it_and_goes_on(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "evening walk"}))
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])] and len(answers(session)) == 3


def test_log_it_for_words_that_fit_two_asks_which_of_those(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {"commitment": "evening"}))
    said = alex_talks("log it")
    assert said.speech.startswith("Which one did you keep: evening talk or evening walk?")
    said = alex_talks("the second one")
    assert logged(session) == [(LogKind.KEPT, mine["evening walk"])] and said.open


@pytest.mark.parametrize("answer", ["none of those", "purple", "x" * 300])
def test_an_unclear_which_during_a_checkin_logs_nothing_and_goes_on(session, home, mine, alex_talks, answer):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    said = alex_talks.send(Match("AnswerIntent", {"answer": answer}))
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert entries(session) == [] and len(answers(session)) == 3


@pytest.mark.parametrize("word", ["AMAZON.NoIntent", "AMAZON.YesIntent"])
def test_yes_or_no_to_which_during_a_checkin_logs_nothing(session, home, mine, alex_talks, word):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    said = alex_talks.send(Match(word))
    assert said.speech == f"{SAY('checkin_not_saved')} Question 4: {QUESTIONS[3]}"
    assert entries(session) == []


def test_a_forged_which_during_a_checkin_logs_nothing(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    alex_talks.conversation.attributes["flow"]["held_intent"] = "LogBreachIntent"
    said = alex_talks("evening talk")
    assert said.speech.startswith(SAY("lost_place")) and entries(session) == []


def test_another_couples_ids_in_which_log_nothing_of_theirs(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    alex_talks("log it")
    alex_talks.conversation.attributes["flow"]["held_ids"] = [mine["pick up the kids"], 10**9]
    said = alex_talks("the first one")
    assert said.open and said.speech.endswith(f"Question 4: {QUESTIONS[3]}")
    assert entries(session) == []


@pytest.mark.parametrize(
    ("match", "answer"),
    [
        (Match("LogMissedIntent", {"commitment": "call when late"}), "I missed my promise to call when late"),
        (Match("LogKeptIntent", {"commitment": "evening talk"}), "I kept my evening talk"),
        (Match("LogMissedIntent", {}), "I missed my promise"),
        (Match("LogAllKeptIntent", {}), "I kept all of them"),
    ],
)
def test_my_answer_saves_what_was_said_not_the_promises_name(session, home, mine, alex_talks, match, answer):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(match)
    said = alex_talks("my answer")
    assert not said.open and answers(session)[-1] == (alex.id, 3, answer)
    assert entries(session) == []


def test_all_of_them_during_a_checkin_is_held_then_logs_each(session, home, mine, alex_talks):
    three_answered(alex_talks)
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": "all"}))
    assert said.speech.startswith("Was that your answer to:") and entries(session) == []
    said = alex_talks("log it")
    assert said.speech.startswith("Logged all 3: you kept your promise to call when late")
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and len(entries(session)) == 3


def test_all_missed_during_a_checkin_is_left_for_after(session, home, mine, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogAllMissedIntent", {"quantity": "all"}))
    said = alex_talks("log it")
    assert said.speech.startswith(SAY("checkin_log_later")) and entries(session) == []


@pytest.mark.parametrize("words", ["i kept all of them", "i missed both of them", "i did everything"])
def test_all_of_them_heard_as_an_answer_is_confirmed_not_saved(session, home, mine, alex_talks, words):
    three_answered(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": words}))
    assert said.open and len(answers(session)) == 3 and entries(session) == []


@pytest.mark.parametrize("quantity", ["some", "a few", "the first two"])
def test_a_quantity_that_is_not_all_logs_nothing_and_asks_for_each(session, mine, alex_talks, quantity):
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": quantity}))
    assert said.speech == SAY("name_each_kept") and said.open and entries(session) == []


@pytest.mark.parametrize("quantity", ["all\x07", "\x00", "both\u202e"])
def test_control_characters_in_the_quantity_are_not_understood(session, mine, alex_talks, quantity):
    said = alex_talks.send(Match("LogAllKeptIntent", {"quantity": quantity}))
    assert said.open and "Logged" not in said.speech and entries(session) == []


def test_a_huge_quantity_logs_nothing(session, mine, alex_talks):
    said = alex_talks.send(Match("LogAllMissedIntent", {"quantity": "all " * 2500}))
    assert said.speech == SAY("name_each_missed") and entries(session) == []


# --- 3. two resolutions for one name ask which ------------------------------------------------


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


# --- 4. the partner's commitment, resolved by Alexa -------------------------------------------


def test_the_partners_commitment_resolved_says_whose_it_is(session, home, mine, say):
    reply = Reply.of(say(kept("picked up the kids", [mine["pick up the kids"]])))
    assert reply.speech == "That is Sam's commitment, so Sam logs it."
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


# --- 5. "all of them", "both" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "utterance", ["i kept all of them", "i did everything today", "i kept both of them", "mark all of them as done"]
)
def test_all_of_them_said_as_a_sentence_logs_each_due_one(session, mine, alex_talks, utterance):
    said = alex_talks(utterance)
    if "both" in utterance:  # three are due: asked first
        assert said.open and entries(session) == []
        assert said.speech.endswith("Shall I log all 3 as kept?")
        said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech.startswith(
        "Logged all 3: you kept your promise to call when late, your evening talk and your evening walk."
    )
    assert not said.open
    assert sorted(lineage for _, lineage in logged(session)) == sorted(
        mine[n] for n in ("call when late", "evening talk", "evening walk")
    )


@pytest.mark.parametrize("value", ["all of them", "everything", "i kept them all"])
def test_all_of_them_in_the_slot_logs_each_due_one(session, mine, alex_talks, value):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert said.speech.startswith("Logged all 3:") and len(entries(session)) == 3


def test_both_with_exactly_two_due_logs_both(session, home, mine, alex_talks):
    alex_talks("i kept my promise to call when late")
    said = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE)("i kept both of them")
    assert said.speech.startswith("Logged all 2: you kept your evening talk and your evening walk.")
    assert len(entries(session)) == 3


@pytest.mark.parametrize("slot", [True, False])
def test_both_with_three_due_asks_and_no_logs_nothing(session, mine, alex_talks, slot):
    said = (
        alex_talks.send(Match("LogKeptIntent", {"commitment": "both"})) if slot else alex_talks("i kept both of them")
    )
    assert said.open and "call when late" in said.speech and entries(session) == []
    said = alex_talks.send(Match("AMAZON.NoIntent"))
    assert not said.open and said.speech == SAY("which_one_none") and entries(session) == []


@pytest.mark.parametrize("slot", [True, False])
def test_all_of_them_as_a_miss_is_confirmed_first(session, mine, alex_talks, slot):
    said = (
        alex_talks.send(Match("LogMissedIntent", {"commitment": "all of them"}))
        if slot
        else alex_talks("i missed all of them")
    )
    assert said.open and said.speech.endswith("Shall I log all 3 as missed?") and entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech.startswith("Logged all 3 as missed:") and not said.open
    assert [kind for kind, _ in logged(session)] == [LogKind.MISSED] * 3
    assert mine["pick up the kids"] not in [lineage for _, lineage in logged(session)]


def test_a_forged_confirmation_logs_nothing_of_anyone_elses(session, mine, alex_talks):
    alex_talks("i missed all of them")
    alex_talks.conversation.attributes["pending_all"] = {
        "kind": "missed",
        "ids": [mine["pick up the kids"], "x", 10**9],
    }
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech == SAY("logged_all_none") and entries(session) == []
    alex_talks.conversation.attributes["pending_all"] = {"kind": "breach", "ids": [mine["evening talk"]]}
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert entries(session) == []


def test_all_of_them_with_nothing_due_logs_nothing(session, home, alex_talks):
    said = alex_talks("i kept all of them")
    assert said.speech == SAY("logged_all_none") and entries(session) == []


# --- 6. kept or missed left open: confirmed ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "lineage"),
    [("sort of kept the evening talk", "evening talk"), ("kind of did the evening walk", "evening walk")],
)
def test_a_hedged_keep_is_confirmed_and_yes_logs_it(session, mine, alex_talks, value, lineage):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert said.speech == SAY("hedge_kept") and said.open and entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech.startswith("Logged: you kept your") and not said.open
    assert logged(session) == [(LogKind.KEPT, mine[lineage])]


def test_a_hedged_miss_is_confirmed_as_a_miss(session, mine, alex_talks):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "sort of missed the evening talk"}))
    assert said.speech == SAY("hedge_missed") and entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert logged(session) == [(LogKind.MISSED, mine["evening talk"])]
    assert said.speech.startswith("Thank you for being honest.") and said.open  # a reflection offered


def test_i_half_did_it_is_confirmed_then_asks_which(session, mine, alex_talks):
    said = alex_talks("i half did it")
    assert said.speech == SAY("hedge_kept") and entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.open and said.speech.startswith("Which one did you keep:") and entries(session) == []
    alex_talks("evening talk")
    assert logged(session) == [(LogKind.KEPT, mine["evening talk"])]


def test_no_to_a_hedged_keep_logs_nothing(session, mine, alex_talks):
    alex_talks("i sort of kept the evening talk")
    said = alex_talks.send(Match("AMAZON.NoIntent"))
    assert said.speech == SAY("hedge_not_logged_kept") and not said.open and entries(session) == []


def test_a_forged_hedge_logs_nothing(session, mine, alex_talks):
    alex_talks("i sort of kept the evening talk")
    alex_talks.conversation.attributes["pending_hedge"] = {"kind": "kept", "said": 7, "ids": []}
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.open and entries(session) == []


def test_a_plain_keep_is_not_confirmed(session, mine, alex_talks):
    said = alex_talks("i kept my promise to call when late")
    assert said.speech == "Logged: you kept your promise to call when late." and not said.open


@pytest.mark.parametrize("word", ["AMAZON.RepeatIntent", "AMAZON.HelpIntent"])
def test_repeat_or_help_while_a_confirmation_waits_asks_it_again(session, mine, alex_talks, word):
    alex_talks("i sort of kept the evening talk")
    said = alex_talks.send(Match(word))
    assert said.open and said.speech.endswith(SAY("hedge_reprompt_kept")) and entries(session) == []
    alex_talks("i missed all of them")
    said = alex_talks.send(Match(word))
    assert said.open and said.speech.endswith("Shall I log all 3 as missed? Yes or no."), said.speech
    assert entries(session) == []
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert [kind for kind, _ in logged(session)] == [LogKind.MISSED] * 3
