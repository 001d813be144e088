"""What an independent voice tester found (issue 8, items 3 and 4): never a wrong entry, and
every conversation repairable. Each through the real skill, asserting what is said and what
the database holds."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_couple
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAY, Talk, count, entries, log_asked
from tests.skill.test_repairs import alone, answers
from trust_tracker.models import contracts, tracking
from trust_tracker.models.entities import CheckInAnswer, ItemKind, LogKind, Setback, Source
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

skill, home, contract = conversations.skill, conversations.home, conversations.contract
shared_talk = conversations.shared_talk
__all__ = ["contract", "home", "shared_talk", "skill"]  # fixtures shared with the conversation tests


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


@pytest.fixture
def phone_contract(session, home) -> dict[str, int]:
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Keep my phone open to you", short_name="open phone"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when I'm running late", short_name="call when late"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "A fifteen-minute evening talk", short_name="evening talk"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


def logged(session) -> list[tuple[LogKind, int | None, str]]:
    return [(e.kind, e.lineage_id, e.note) for e in entries(session)]


# --- 1. a keep is never logged as a miss ---------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name", "spoken"),
    [
        ("call when late even though i didn't want to", "call when late", "your promise to call when late."),
        ("evening talk, never missed it", "evening talk", "your evening talk."),
    ],
)
def test_a_negation_inside_a_keep_keeps_it_a_keep(session, phone_contract, alex_talks, value, name, spoken):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert said.speech.startswith(f"Logged: you kept {spoken}") and not said.open
    assert [(kind, lineage) for kind, lineage, _ in logged(session)] == [(LogKind.KEPT, phone_contract[name])]


# --- 2. never a guess at which commitment ---------------------------------------------------


@pytest.mark.parametrize("value", ["the second one", "that one", "number two"])
def test_a_place_in_a_list_nobody_read_out_names_nothing(session, phone_contract, alex_talks, value):
    said = alex_talks.send(Match("LogMissedIntent", {"commitment": value}))
    assert said.speech.startswith("Which one did you miss: open phone, call when late or evening talk?")
    assert said.open and entries(session) == []


EVERY_ONE = "open phone, call when late or evening talk"


@pytest.mark.parametrize(
    ("value", "asked"),
    [
        # One word that is one promise's only: that one is asked about first (voice20), never logged.
        ("open the door", "Was it your open phone promise?"),
        ("my phone", "Was it your open phone promise?"),
        ("late", "Was it your promise to call when late?"),
        ("when", EVERY_ONE),
        ("the second", EVERY_ONE),
        ("zzzz", EVERY_ONE),
    ],
)
def test_one_shared_word_never_names_a_commitment(session, phone_contract, alex_talks, value, asked):
    said = alex_talks.send(Match("LogMissedIntent", {"commitment": value}))
    assert said.open and asked in said.speech, said.speech
    assert entries(session) == []
    said = alex_talks("none of those")
    assert said.speech.startswith("Alright, I haven't logged anything.") and not said.open
    assert entries(session) == []


@pytest.mark.parametrize(
    ("value", "name"),
    [("open phone", "open phone"), ("my phone was open", "open phone"), ("called when running late", "call when late")],
)
def test_every_word_of_a_name_that_matters_names_it(session, phone_contract, alex_talks, value, name):
    alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert [(kind, lineage) for kind, lineage, _ in logged(session)] == [(LogKind.KEPT, phone_contract[name])]


@pytest.mark.parametrize(
    "value",
    ["am listening to hit me baby one more time", "i'm listening to the radio", "i am watching tv"],
)
def test_words_about_no_promise_are_let_go_names_unread(session, phone_contract, alex_talks, value):
    said = alex_talks.send(Match("LogMissedIntent", {"commitment": value}))
    assert said.speech == SAY("log_let_go") and not said.open and entries(session) == []


def test_none_of_those_after_the_thing_logs_nothing(session, phone_contract, alex_talks):
    asked = alex_talks("i kept my promise to the thing")
    assert asked.open
    said = alex_talks("none of those")
    assert "the thing" not in said.speech and not said.open and entries(session) == []


# --- 3. something to log during a check-in is confirmed first --------------------------------


def three_answered(talk: Talk) -> None:
    alone(talk)
    for answer in ("our walk", "being late", "your texts"):
        talk(answer)


@pytest.mark.parametrize(
    ("intent", "slots", "kind", "line"),
    [
        (
            "LogMissedIntent",
            {"commitment": "open phone"},
            LogKind.MISSED,
            "Logged: you missed your open phone promise.",
        ),
        ("LogKeptIntent", {"commitment": "evening talk"}, LogKind.KEPT, "Logged: you kept your evening talk."),
        ("LogSmallWinIntent", {"note": "we laughed"}, LogKind.SMALL_WIN, "Logged a small win: we laughed."),
        ("LogBreachIntent", {"note": ""}, LogKind.BREACH, "I've logged it as a boundary breach, and Sam"),
        ("HardDayIntent", {}, LogKind.HARD_DAY, "I'm sorry today is hard; I've logged it, so Sam will see it."),
    ],
)
def test_log_it_logs_and_the_checkin_goes_on(session, home, phone_contract, alex_talks, intent, slots, kind, line):
    alex, _ = home
    three_answered(alex_talks)
    said = alex_talks.send(Match(intent, slots))
    # voice48: a hard day held is asked about with the day a yes logs it on
    hard_day = kind is LogKind.HARD_DAY
    asked = said.speech == SAY("checkin_log_hard_day_or_answer", day="today") if hard_day else log_asked(said.speech)
    assert asked and said.open
    assert entries(session) == [] and len(answers(session)) == 3
    said = alex_talks("log it")
    assert said.speech.startswith(line) and said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and said.open
    assert [e.kind for e in entries(session)] == [kind] and len(answers(session)) == 3
    said = alex_talks("more notice")
    assert not said.open and answers(session)[-1] == (alex.id, 3, "More notice")


@pytest.mark.parametrize("yes", ["the second one", "my answer"])
def test_my_answer_saves_the_words_as_the_answer_and_logs_nothing(session, home, phone_contract, alex_talks, yes):
    alex, _ = home
    three_answered(alex_talks)
    alex_talks.send(Match("LogMissedIntent", {"commitment": "open phone"}))
    said = alex_talks.send(Match("AnswerIntent", {"answer": yes}))
    assert not said.open and said.speech.startswith("Thank you, Alex. Your answers are saved.")
    assert entries(session) == [] and answers(session)[-1] == (alex.id, 3, "I missed my open phone promise")


def test_no_keeps_neither_and_asks_the_question_again(session, home, phone_contract, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogKeptIntent", {}))
    said = alex_talks.send(Match("AMAZON.NoIntent"))
    left = [f"{line} Question 4: {QUESTIONS[3]}" for line in for_locale("en-US").options("checkin_held_left")]
    assert said.speech in left and said.open
    assert entries(session) == [] and len(answers(session)) == 3


def test_an_unclear_log_it_is_left_for_after_the_checkin(session, home, phone_contract, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogMissedIntent", {"commitment": "my phone"}))
    said = alex_talks("log it")
    assert said.speech.startswith(SAY("checkin_log_later")) and said.open
    assert entries(session) == []
    said = alex_talks("more notice")  # the check-in goes on
    assert not said.open and count(session, CheckInAnswer) == 4


def test_a_forged_held_request_saves_nothing(session, home, phone_contract, alex_talks):
    three_answered(alex_talks)
    alex_talks.send(Match("LogMissedIntent", {"commitment": "open phone"}))
    alex_talks.conversation.attributes["flow"]["held_intent"] = "DeleteEverythingIntent"
    said = alex_talks("log it")
    assert said.speech.startswith("Sorry, I lost my place.") and entries(session) == []
    assert len(answers(session)) == 3


# --- 4. undo during a check-in changes the last answer ----------------------------------------


@pytest.mark.parametrize("undo", ["undo that", "scratch that", "take that back", None])
def test_undo_in_a_checkin_asks_the_last_question_again(session, home, phone_contract, alex_talks, undo):
    alex, _ = home
    tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.VOICE, note="earlier", now=NOW)
    session.flush()
    alone(alex_talks)
    alex_talks("our walk")
    # Heard as words for the question, or as the Undo intent: the same either way.
    said = alex_talks(undo) if undo else alex_talks.send(Match("UndoIntent", {}))
    removed = "I've removed that answer. You can give it again, or say skip."  # "scratch that" removes (tv38 D3)
    lead = removed if undo == "scratch that" else "Alright, let's go back."
    assert said.speech == f"{lead} Question 1: {QUESTIONS[0]}" and said.open
    said = alex_talks("no")  # not the end of the session: the open question needs words
    assert said.open
    alex_talks("our walk and our talk")
    assert answers(session)[0] == (alex.id, 0, "Our walk and our talk")
    assert [e.note for e in entries(session)] == ["Earlier"]


# --- 5. fillers and control words are never saved ---------------------------------------------


@pytest.mark.parametrize("control", ["start over", "start again", "um"])
def test_control_words_are_never_a_checkin_answer(session, home, contract, alex_talks, control):
    alone(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": control}))
    assert said.open and said.speech.endswith(QUESTIONS[0])
    assert count(session, CheckInAnswer) == 0


def test_a_filler_in_a_reflection_is_never_saved_nor_proposed(session, home, contract, alex_talks):
    alex_talks("log that I forgot to call when late")
    alex_talks("yes")
    said = alex_talks.send(Match("AnswerIntent", {"answer": "um"}))
    assert said.speech == f"{SAY('reflect_empty')} {SAY('reflect_trigger')}" and said.open
    said = alex_talks.send(Match("AnswerIntent", {"answer": "um"}))  # a pause again: asked again (voice36)
    assert said.speech.endswith(SAY("reflect_trigger")) and said.speech != SAY("reflect_trigger") and said.open
    assert count(session, Setback) == 1
    assert [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))] in ([], [("", "")])


@pytest.mark.parametrize(
    "reply",
    [
        Match("AnswerIntent", {"answer": "uh huh"}),
        Match("AMAZON.YesIntent", {}),
    ],
)
def test_a_bare_yes_or_no_to_a_reflection_question_is_never_saved(session, home, contract, alex_talks, reply):
    """A second tester: "no" to "what triggered it?" was saved, and Alexa's No intent lost the reflection.
    A "no" (tester-voice13 #10) ends it at once: tests/skill/test_voice22_everyday.py and below."""
    alex_talks("log that I forgot to call when late")
    alex_talks("yes")
    said = alex_talks.send(reply)
    assert said.speech == f"{SAY('reflect_empty')} {SAY('reflect_trigger')}" and said.open
    said = alex_talks.send(reply)
    if reply.intent == "AnswerIntent":  # "uh huh" is a pause: asked again, gently (voice36)
        assert said.speech.endswith(SAY("reflect_trigger")) and said.open
    else:
        assert said.speech == SAY("reflect_later") and not said.open
    assert [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))] in ([], [("", "")])


@pytest.mark.parametrize(
    "reply",
    [
        Match("AnswerIntent", {"answer": "no"}),
        Match("AnswerIntent", {"answer": "never mind"}),
        Match("AMAZON.NoIntent", {}),
    ],
)
def test_a_no_to_a_reflection_question_ends_it_and_is_never_saved(session, home, contract, alex_talks, reply):
    alex_talks("log that I forgot to call when late")
    alex_talks("yes")
    said = alex_talks.send(reply)
    assert said.speech == SAY("reflect_later") and not said.open
    assert [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))] in ([], [("", "")])


@pytest.mark.parametrize("intent", ["LogSmallWinIntent", "LogReliabilityIntent"])
def test_a_filler_is_never_a_note(session, home, alex_talks, intent):
    said = alex_talks.send(Match(intent, {"note": "um"}))
    assert said.open and entries(session) == []


# --- 6. the end of a check-in thanks whoever answered ------------------------------------------


def test_the_end_thanks_who_answered_and_says_who_can_answer_later(session, couple, shared_talk):
    """The answer given after "actually this is Alex" was really Sam's once Sam says so: it
    moves to Sam (tests/skill/test_checkin_speaker.py), and the end thanks Sam, not Alex."""
    _alex, sam = couple
    shared_talk("start our check-in")
    shared_talk("sam")
    shared_talk("no")  # Alex isn't here
    shared_talk("actually this is alex")
    shared_talk("our walk")
    said = shared_talk("this is sam")
    assert said.speech.startswith("Thanks, Sam") and said.open
    assert "The answer you gave is under your name now." in said.speech
    for _ in QUESTIONS[1:]:
        said = shared_talk("skip")
    assert said.speech.endswith("Answer it now, or leave it?") and said.open  # offered once more (voice8)
    for _ in QUESTIONS[1:]:  # each skipped question is offered in turn
        said = shared_talk("leave it")
    assert said.open and said.speech.endswith(SAY("anything_else_named", name="Sam"))  # the name holds (tester D6)
    assert "Thank you, Alex" not in said.speech
    assert "Thank you, Sam. Your answers are saved. You left 3 for later" in said.speech
    assert "Alex can answer later" in said.speech
    assert answers(session) == [(sam.id, 0, "Our walk")]


# --- 7. a forged turn never saves an answer as someone else's ----------------------------------


def test_a_forged_partner_in_the_flow_saves_nothing(session, home, contract, skill, session_factory):
    alex, sam = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk.conversation.attributes = {
        "flow": {"name": "checkin", "order": [alex.id], "partner": sam.id, "position": 3, "question": QUESTIONS[3]}
    }
    talk.conversation.new = False
    talk.conversation.elicit = ("AnswerIntent", "answer")
    said = talk("more notice")
    assert said.speech.startswith(SAY("lost_place")) and said.open
    assert count(session, CheckInAnswer) == 0
    for steer in ("skip", "go back"):
        talk.conversation.attributes["flow"] = {
            "name": "checkin",
            "order": [alex.id],
            "partner": sam.id,
            "position": 3,
            "question": QUESTIONS[3],
            "previous": [[sam.id, 2, QUESTIONS[2]]],
        }
        talk.conversation.elicit = ("AnswerIntent", "answer")
        assert talk(steer).speech.startswith(SAY("lost_place"))
    assert count(session, CheckInAnswer) == 0


# --- "all of them", "both" ------------------------------------------------------------------


@pytest.mark.parametrize("value", ["all of them", "everything", "i kept them all"])
def test_all_of_them_logs_every_commitment_due_today(session, phone_contract, alex_talks, value):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert said.speech.startswith(
        "Logged all 3: you kept your open phone promise, your promise to call when late and your evening talk."
    )
    assert not said.open
    assert sorted(lineage for _, lineage, _ in logged(session)) == sorted(phone_contract.values())
    again = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE).send(
        Match("LogKeptIntent", {"commitment": value})
    )
    assert again.speech == SAY("logged_all_none") and len(entries(session)) == 3  # counted once


def test_both_after_which_one_logs_the_two_offered(session, contract, alex_talks):
    alex_talks("i kept my promise to evening")
    said = alex_talks("both")
    assert said.speech.startswith("Logged both: you kept your evening talk and your evening walk.")
    assert sorted(lineage for _, lineage, _ in logged(session)) == [contract["evening talk"], contract["evening walk"]]


def test_all_of_them_as_a_miss_logs_nothing_and_asks(session, phone_contract, alex_talks):
    said = alex_talks.send(Match("LogMissedIntent", {"commitment": "all of them"}))
    assert said.speech.endswith("Shall I log all 3 as missed?") and said.open and entries(session) == []


def test_both_with_forged_ids_logs_nothing_of_anyone_elses(session, contract, alex_talks):
    kim, lee = make_couple(session, first="Kim", second="Lee")
    theirs = contracts.propose_version(session, kim, [contracts.ItemDraft(ItemKind.COMMITMENT, "Their walk")], now=NOW)
    contracts.agree_version(session, lee, theirs.id, now=NOW)
    session.flush()
    alex_talks("i kept my promise to evening")
    alex_talks.conversation.attributes["pending_log"]["ids"] = [theirs.items[0].lineage_id, 10**9]
    said = alex_talks("both")
    assert not said.open and said.speech == SAY("logged_all_none")
    assert entries(session) == []
