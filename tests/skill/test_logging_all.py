"""Several promises at once ("all of them", "both") and words that leave open whether it was
kept ("I sort of kept it") (issue 8: never a wrong entry), through the real skill, asserting
what is said and what the database holds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, Talk, entries
from tests.skill.test_checkin_control_words import samples
from tests.skill.test_logging_dialog import alex_talks, logged, mine, three_answered
from tests.skill.test_repairs import answers
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.models.steering_words import control
from trust_tracker.skill.pointing import all_of_them
from trust_tracker.skill.simulator import Match

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]  # fixtures shared with the logging dialog tests


# --- "all of them", "both" -------------------------------------------------------------------


@pytest.mark.parametrize("utterance", ["i kept all of them", "i did everything today", "mark all of them as done"])
def test_all_of_them_said_as_a_sentence_logs_each_due_one(session, mine, alex_talks, utterance):
    said = alex_talks(utterance)
    assert said.speech.startswith(
        "Logged all 3: you kept your promise to call when late, your evening talk and your evening walk."
    )
    assert not said.open
    assert sorted(lineage for _, lineage in logged(session)) == sorted(
        mine[n] for n in ("call when late", "evening talk", "evening walk")
    )


def test_both_of_three_due_asks_which_two(session, mine, alex_talks):
    """ "Both" means two: with three due it asks which two, and a yes logs none of them (tester-voice36 D24)."""
    said = alex_talks("i kept both of them")
    assert said.open and entries(session) == []
    assert said.speech == "Which two did you keep: call when late, evening talk or evening walk?", said.speech
    assert "all 3" not in alex_talks.send(Match("AMAZON.YesIntent")).speech
    assert entries(session) == []


@pytest.mark.parametrize("value", ["all of them", "everything", "i kept them all"])
def test_all_of_them_in_the_slot_logs_each_due_one(session, mine, alex_talks, value):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert said.speech.startswith("Logged all 3:") and len(entries(session)) == 3


def test_both_with_exactly_two_due_logs_both(session, home, mine, alex_talks):
    alex_talks("i kept my promise to call when late")
    said = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE)("i kept both of them")
    assert said.speech.startswith("Logged both: you kept your evening talk and your evening walk.")
    assert len(entries(session)) == 3


@pytest.mark.parametrize("slot", [True, False])
def test_both_with_three_due_asks_and_no_logs_nothing(session, mine, alex_talks, slot):
    said = (
        alex_talks.send(Match("LogKeptIntent", {"commitment": "both"})) if slot else alex_talks("i kept both of them")
    )
    assert said.open and said.speech.startswith("Which two did you keep: call when late") and entries(session) == []
    said = alex_talks.send(Match("AMAZON.NoIntent"))
    assert not said.open and entries(session) == []


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
    waiting = alex_talks.conversation.attributes["pending_all"]
    alex_talks.conversation.attributes["pending_all"] = {**waiting, "ids": [mine["pick up the kids"], "x", 10**9]}
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech == SAY("logged_all_none") and entries(session) == []
    alex_talks.conversation.attributes["pending_all"] = {**waiting, "kind": "breach", "ids": [mine["evening talk"]]}
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert entries(session) == []


def test_all_of_them_with_nothing_due_logs_nothing(session, home, alex_talks):
    said = alex_talks("i kept all of them")
    assert said.speech == SAY("logged_all_none") and entries(session) == []


# --- kept or missed left open: confirmed ------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "lineage"),
    [("sort of kept the evening talk", "evening talk"), ("kind of did the evening walk", "evening walk")],
)
def test_a_hedged_keep_is_confirmed_and_yes_logs_it(session, mine, alex_talks, value, lineage):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": value}))
    assert said.speech == SAY("hedge_partly_kept") and said.open and entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech.startswith("Logged: you kept your") and not said.open
    assert logged(session) == [(LogKind.KEPT, mine[lineage])]


def test_a_hedged_miss_is_confirmed_as_a_miss(session, mine, alex_talks):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "sort of missed the evening talk"}))
    assert said.speech == SAY("hedge_partly_missed") and entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert logged(session) == [(LogKind.MISSED, mine["evening talk"])]
    assert said.speech.startswith("Thank you for being honest.") and said.open  # a reflection offered


def test_i_half_did_it_is_confirmed_then_asks_which(session, mine, alex_talks):
    said = alex_talks("i half did it")
    assert said.speech == SAY("hedge_partly_kept") and entries(session) == []
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


def test_i_kept_each_of_them_logs_each_due_one(session, mine, alex_talks):
    said = alex_talks("i kept each of them")
    assert said.speech.startswith("Logged all 3: you kept your promise to call when late") and not said.open
    assert len(entries(session)) == 3


def test_both_after_which_one_is_not_said_to_be_due_today(session, mine, alex_talks):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "purple"}))  # all three offered
    assert said.open and entries(session) == []
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "both of them"}))
    assert said.speech == "Which two did you keep: call when late, evening talk or evening walk?"  # never all 3
    assert "due today" not in said.speech and entries(session) == []


def test_all_of_them_after_which_one_miss_names_those_offered(session, mine, alex_talks):
    alex_talks.send(Match("LogMissedIntent", {"commitment": "evening"}))
    said = alex_talks.send(Match("LogMissedIntent", {"commitment": "both of them"}))
    assert said.speech == ("That would be both: your evening talk and your evening walk. Shall I log both as missed?")
    assert entries(session) == []


@pytest.mark.parametrize("quantity", ["all", "both", "every one", "each"])
@pytest.mark.parametrize("intent", ["LogAllKeptIntent", "LogAllMissedIntent"])
def test_every_all_of_them_sample_is_a_request_never_an_answer(intent, quantity):
    said = [s.replace("{quantity}", quantity) for s in samples(intent)]
    assert [s for s in said if control(s) != "request"] == []
    assert all_of_them(quantity) is not None


@pytest.mark.parametrize(
    "words",
    [
        "i kept both",
        "i kept all",
        "i kept all of my promises",
        "we kept all of them",
        "i followed through on all of them",
        "i kept every promise",
        "i didn't keep any of them",
    ],
)
def test_all_of_them_in_the_answer_slot_is_confirmed_not_saved(session, home, mine, alex_talks, words):
    three_answered(alex_talks)
    said = alex_talks.send(Match("AnswerIntent", {"answer": words}))
    assert said.open and len(answers(session)) == 3 and entries(session) == []


# --- on a device two voices share, only the one who asked says yes ---------------------------------


def test_the_other_voices_yes_to_all_missed_logs_nothing(session, home, mine, alex_talks):
    alex_talks("i missed all of them")
    alex_talks.conversation.person_id = SAM_VOICE
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert "Logged" not in said.speech and entries(session) == []
    assert "pending_all" not in alex_talks.conversation.attributes
    alex_talks.conversation.person_id = ALEX_VOICE  # dropped: Alex's yes now finds nothing waiting
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert entries(session) == []


def test_the_other_voices_yes_to_a_hedge_logs_nothing(session, home, mine, alex_talks):
    alex_talks("i sort of kept the evening talk")
    alex_talks.conversation.person_id = SAM_VOICE
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert "Logged" not in said.speech and entries(session) == []


def test_the_askers_own_yes_logs_for_them(session, home, mine, alex_talks):
    alex, _ = home
    alex_talks("i sort of kept the evening talk")
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert [(e.partner_id, e.lineage_id) for e in entries(session)] == [(alex.id, mine["evening talk"])]


# --- hedges read around the promise's name, negations kept ------------------------------------------


@pytest.fixture
def hedgy_names(session, home) -> dict[str, int]:
    """Promises whose names hold hedge words: "half hour walk", "part of bedtime"..."""
    alex, sam = home
    names = ["half hour walk", "part of bedtime", "mostly vegetarian dinners", "nearly daily call"]
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, n.capitalize(), short_name=n) for n in names]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


@pytest.mark.parametrize(
    "name", ["half hour walk", "part of bedtime", "mostly vegetarian dinners", "nearly daily call"]
)
def test_a_hedge_word_inside_a_promises_name_is_no_hedge(session, hedgy_names, alex_talks, name):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": f"i kept my {name}"}))
    assert said.speech == f"Logged: you kept your {name}." and not said.open
    assert logged(session) == [(LogKind.KEPT, hedgy_names[name])]


def test_a_hedge_around_such_a_name_is_still_confirmed(session, hedgy_names, alex_talks):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "i sort of kept my half hour walk"}))
    assert said.speech == SAY("hedge_partly_kept") and entries(session) == []


@pytest.mark.parametrize(
    ("intent", "words", "kind"),
    [
        ("LogKeptIntent", "i did not really keep my promise to call when late", "missed"),
        ("LogKeptIntent", "not quite kept the evening talk", "kept"),
        ("LogMissedIntent", "i almost forgot the evening talk", "kept"),
        ("LogMissedIntent", "i nearly missed the evening walk", "kept"),
    ],
)
def test_a_negating_hedge_is_read_with_its_words(session, mine, alex_talks, intent, words, kind):
    said = alex_talks.send(Match(intent, {"commitment": words}))
    assert said.speech == SAY(f"hedge_partly_{kind}") and said.open and entries(session) == []


def test_a_negated_keep_confirmed_logs_a_miss(session, mine, alex_talks):
    alex_talks.send(Match("LogKeptIntent", {"commitment": "i did not really keep my promise to call when late"}))
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert [kind for kind, _ in logged(session)] == [LogKind.MISSED]


# --- forged hedges -------------------------------------------------------------------------------------


@pytest.mark.parametrize("forgery", ["bad kind", "partners", "other couple's", "other voice", "no voice", "true"])
def test_a_forged_hedge_logs_nothing_of_anyone_elses(session, home, mine, alex_talks, forgery):
    other, other_partner = make_couple(session, "Robin", "Kim")
    assert other_partner is not None
    theirs = [i.lineage_id for i in agreed_contract(session, other, other_partner).items]
    session.flush()
    alex_talks("i half did it")
    waiting = alex_talks.conversation.attributes["pending_hedge"]
    _, sam = home
    alex_talks.conversation.attributes["pending_hedge"] = {
        "bad kind": {**waiting, "kind": "breach", "ids": [mine["evening talk"]]},
        "partners": {**waiting, "ids": [mine["pick up the kids"]]},
        "other couple's": {**waiting, "ids": theirs},
        "other voice": {**waiting, "partner": sam.id, "ids": [mine["evening talk"]]},
        "no voice": {key: value for key, value in waiting.items() if key != "partner"},
        "true": {**waiting, "partner": True, "said": "sort of kept the evening talk"},
    }[forgery]
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert "Logged" not in said.speech and entries(session) == []  # any couple's


# --- one promise, not named (tester-voice41 S3) ----------------------------------------------


@pytest.mark.parametrize(
    ("utterance", "asked", "kind"),
    [
        ("i missed one of my promises", "Which one did you miss", LogKind.MISSED),
        ("i kept one of them", "Which one did you keep", LogKind.KEPT),
    ],
)
def test_one_promise_not_named_is_asked_which_then_logged(session, mine, alex_talks, utterance, asked, kind):
    said = alex_talks(utterance)
    assert said.speech.startswith(asked), said.speech
    assert said.open
    assert logged(session) == []
    alex_talks("call when late")
    assert logged(session) == [(kind, mine["call when late"])]


def test_some_of_them_is_still_asked_one_at_a_time(session, mine, alex_talks):
    said = alex_talks("i kept some of them")
    assert said.speech.startswith("Tell me one promise at a time")
    assert logged(session) == []
