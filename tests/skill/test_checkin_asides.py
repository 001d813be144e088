"""A question asked aside while a check-in question waits ("how are we doing?", "read our
contract", "what did Sam log?") is answered, and then the check-in comes back to the
question it was on, session open, nothing lost; a pause and "stop" keep their meaning.
Alexa may route these words to their own intent even while the answer slot is elicited,
so the requests here are the intents themselves, through the skill's real handler chain."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import make_entry
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY, TODAY, Talk, add_kept, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.skill.checkin_aside import CHECKIN_OWN, PAUSE, STOPS
from trust_tracker.skill.dialog import FLOW, SUSPENDED
from trust_tracker.skill.simulator import MODEL_DIR, Match

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture
BACK = f"Back to our check-in: {QUESTIONS[1]}"


def aside(talk: Talk, utterance: str):
    """`utterance` as its own intent (not the answer slot), the way Alexa may route it."""
    match = talk.model.match(utterance)
    assert match is not None and match.intent != "AnswerIntent", utterance
    return talk.send(match)


def acknowledged(session) -> list[bool]:
    session.expire_all()
    return [e.acknowledged_at is not None for e in session.scalars(select(LogEntry).order_by(LogEntry.id))]


@pytest.mark.parametrize(
    ("utterance", "answered"),
    [
        ("how are we doing", "So far this week: 1 kept and 0 missed"),
        ("what should we celebrate", "Nothing new to celebrate yet"),
        ("read our contract", "commitments"),
        ("what are the check-in questions", "Here are this week's check-in questions."),
        ("acknowledge sam's entries", "Done: I've marked"),
        ("what are our boundaries", "No contact with the former affair partner"),
    ],
)
def test_an_aside_is_answered_then_the_checkin_question_comes_back(
    session, home, contract, alex_talks, utterance, answered
):
    alex, sam = home
    add_kept(session, sam, contract["call when late"], days_back=0)
    alone(alex_talks)
    alex_talks("our walk")
    said = aside(alex_talks, utterance)
    assert answered in said.speech, said.speech
    assert said.speech.endswith(BACK) and said.open and said.reprompt == QUESTIONS[1]
    assert "Back to our check-in" not in said.speech.removesuffix(BACK)
    said = alex_talks("being late once")  # the flow is intact: the answer goes to question 2
    assert said.speech.endswith(f"Question 3: {QUESTIONS[2]}")
    assert answers(session) == [(alex.id, 0, "Our walk"), (alex.id, 1, "Being late once")]


def test_acknowledging_mid_checkin_marks_the_entries_and_keeps_the_checkin(session, home, contract, alex_talks):
    _alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="we cooked")
    alone(alex_talks)
    alex_talks("our walk")
    said = aside(alex_talks, "acknowledge sam's entries")
    assert said.speech.startswith("Done: I've marked Sam's new entry as seen.") and said.speech.endswith(BACK)
    assert acknowledged(session) == [True]


def test_an_aside_that_asks_its_own_question_waits_for_it_then_comes_back(session, home, contract, alex_talks):
    alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="we cooked")
    alone(alex_talks)
    alex_talks("our walk")
    said = aside(alex_talks, "what did sam log")
    assert said.speech.endswith("Shall I tell Sam: seen, thank you?") and said.open
    assert SUSPENDED in alex_talks.conversation.attributes
    said = alex_talks("yes")
    assert said.speech == f"Done. Sam will see your thank you. {BACK}" and said.open
    assert acknowledged(session) == [True]
    assert SUSPENDED not in alex_talks.conversation.attributes
    alex_talks("being late once")
    assert answers(session) == [(alex.id, 0, "Our walk"), (alex.id, 1, "Being late once")]


def test_stop_during_an_asides_question_saves_the_checkin_and_says_how_to_resume(session, home, contract, alex_talks):
    alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="we cooked")
    alone(alex_talks)
    alex_talks("our walk")
    aside(alex_talks, "what did sam log")
    said = alex_talks("stop")
    assert said.speech == SAY("checkin_stopped") and not said.open
    assert acknowledged(session) == [False] and answers(session) == [(alex.id, 0, "Our walk")]


def test_not_understood_three_times_during_an_asides_question_ends_kindly(session, home, contract, alex_talks):
    alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="we cooked")
    alone(alex_talks)
    alex_talks("our walk")
    aside(alex_talks, "what did sam log")
    said = [alex_talks.send(Match("AMAZON.FallbackIntent")) for _ in range(3)]
    assert [s.open for s in said] == [True, True, False]
    assert said[2].speech == SAY("fallback_give_up")
    assert acknowledged(session) == [False] and answers(session) == [(alex.id, 0, "Our walk")]


def test_a_pause_mid_checkin_pauses_saves_the_place_and_says_how_to_resume(
    session, skill, session_factory, home, contract, alex_talks
):
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks.send(Match(PAUSE))
    assert not said.open and said.speech.endswith(SAY("checkin_stopped"))
    assert said.speech.removesuffix(SAY("checkin_stopped")).strip()  # the pause itself comes first
    again = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, now=conversations.NOW + timedelta(hours=1))
    again("start our check-in")
    said = again("no")
    assert said.speech == f"We were on: {QUESTIONS[1]}"
    assert answers(session) == [(alex.id, 0, "Our walk")]


def test_distress_mid_checkin_gets_the_safety_answer_and_nothing_else(session, home, contract, alex_talks):
    alone(alex_talks)
    said = alex_talks.send(Match("SupportIntent"))
    assert "in danger" in said.speech and "Back to our check-in" not in said.speech and "Question" not in said.speech
    assert answers(session) == [] and entries(session) == []


def model_intents() -> list[str]:
    source = json.loads((MODEL_DIR / "source.json").read_text())
    model = source.get("interactionModel", source)
    return [i["name"] for i in model.get("languageModel", model)["intents"]]


ASIDES = sorted(set(model_intents()) - CHECKIN_OWN - STOPS - {PAUSE, "SupportIntent"})
# Written out by hand, so that a new intent of the model has to be placed here on purpose.
HAND_ASIDES = [
    "AcknowledgeIntent",
    "CelebrateIntent",
    "DueTodayIntent",
    "LinkDeviceIntent",
    "MyProgressIntent",
    "MyPromisesIntent",
    "NotMeIntent",
    "PartnerNewsIntent",
    "ProgressIntent",
    "ReadBoundariesIntent",
    "ReadCheckInQuestionsIntent",
    "ReadContractIntent",
    "RemindCheckInIntent",
    "StopRemindersIntent",
    "TouchBaseLaterIntent",
]


def test_every_intent_of_the_model_is_either_the_checkins_own_a_way_out_or_an_aside():
    assert ASIDES == HAND_ASIDES
    assert {"AnswerIntent", "LogKeptIntent", "UndoIntent", "AMAZON.YesIntent"} <= CHECKIN_OWN
    assert {"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent", "AMAZON.FallbackIntent"} == STOPS
    placed = [*HAND_ASIDES, *CHECKIN_OWN, *STOPS, PAUSE, "SupportIntent"]
    assert sorted(model_intents()) == sorted(set(placed)) and len(placed) == len(set(placed))


@pytest.mark.parametrize("intent", ASIDES)
def test_no_aside_drops_the_checkin(session, home, contract, alex_talks, intent):
    """Every other intent of the model, said with no slots mid check-in: the session stays
    open, and the check-in question is asked again or waits behind the aside's own question."""
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    said = alex_talks.send(Match(intent))
    assert said.open, (intent, said.speech)
    attributes = alex_talks.conversation.attributes
    if said.speech.endswith(BACK):
        assert attributes[FLOW]["position"] == 1
    else:
        assert attributes[SUSPENDED]["flow"]["position"] == 1, (intent, said.speech)
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize(
    "forged",
    [
        "all",
        {"flow": "x", "question": {}},
        {"flow": {"name": "setback", "step": "trigger"}, "question": {"reprompt": "What triggered it?"}},
        {"flow": {"name": "checkin", "position": 0}, "question": {"reprompt": 5}},
    ],
)
def test_a_forged_waiting_checkin_brings_nothing_back(session, home, contract, alex_talks, forged):
    alex_talks("open trust tracker")
    alex_talks.conversation.attributes[SUSPENDED] = forged
    said = aside(alex_talks, "how are we doing")
    assert "Back to our check-in" not in said.speech and not said.open
    assert answers(session) == []


def test_a_waiting_checkin_of_someone_else_saves_nothing(session, home, contract, alex_talks):
    alex, sam = home
    alex_talks("open trust tracker")
    alex_talks.conversation.attributes[SUSPENDED] = {
        "flow": {"name": "checkin", "order": [alex.id], "partner": sam.id, "position": 0, "question": QUESTIONS[0]},
        "question": {"reprompt": QUESTIONS[0], "elicit": ["AnswerIntent", "answer"]},
    }
    said = aside(alex_talks, "how are we doing")
    assert said.speech.endswith(f"Back to our check-in: {QUESTIONS[0]}") and said.open
    said = alex_talks("our walk")
    assert said.speech.startswith(SAY("lost_place")) and answers(session) == []


def test_everyday_words_through_a_safety_carrier_three_times_end_kindly_once(session, home, contract, alex_talks):
    """ "he said he would cook" is heard through SupportIntent's carrier: not distress, so one
    calm line on how to ask for help and the question again; the third time says goodbye, once,
    with the session closed (never a loop)."""
    alex, _ = home
    alone(alex_talks)
    alex_talks("our walk")
    carrier = Match("SupportIntent", {"after_he_said": "he would cook"})
    said = [alex_talks.send(carrier) for _ in range(3)]
    assert [s.open for s in said] == [True, True, False]
    assert said[2].speech.endswith(SAY("fallback_give_up")) and "Back to our check-in" not in said[2].speech
    assert all("in danger" not in s.speech for s in said)
    assert answers(session) == [(alex.id, 0, "Our walk")] and entries(session) == []


def test_a_confirmation_waiting_behind_an_aside_is_dropped_when_the_checkin_comes_back(
    session, home, contract, alex_talks
):
    """ "Shall I log all 3 as missed?" asked during an aside's own question, then another
    aside: the check-in comes back, and a later bare "yes" logs nothing."""
    alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="we cooked")
    alone(alex_talks)
    alex_talks("our walk")
    aside(alex_talks, "what did sam log")
    said = alex_talks.send(Match("LogMissedIntent", {"commitment": "all of them"}))
    assert said.open and "Shall I log all" in said.speech
    said = aside(alex_talks, "how are we doing")
    assert said.speech.endswith(BACK) and said.open
    assert not {"pending_all", "pending_hedge", "pending_log", SUSPENDED} & set(alex_talks.conversation.attributes)
    alex_talks.send(Match("AMAZON.YesIntent"))
    assert [e.kind for e in entries(session)] == [LogKind.SMALL_WIN]
    assert answers(session)[0] == (alex.id, 0, "Our walk")
