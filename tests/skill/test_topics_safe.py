"""Topic carriers made safe (issue 8): a carrier writes only when the words clearly say that
job; questions about reminders change none; private things are read only when asked to be;
distress is heard first. Each sentence is routed as Alexa's model routes it (the simulator),
then sent through the whole skill on a linked device with an agreed contract."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import NOW, agreed_contract, make_entry
from tests.skill.test_safety import alex, assert_support, count, envelope, say, skill, speech, then
from tests.skill.topic_lookalikes import LET_GO_LOOKALIKES
from trust_tracker.models.alexa_entities import AlexaReminder
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.models.localtime import local_today
from trust_tracker.skill.simulator import InteractionModel

__all__ = ["alex", "say", "skill"]  # fixtures

MODEL = InteractionModel.load()
LET_GO = "I'm not sure what you'd like me to do with that."


def routed(utterance: str) -> tuple[str, dict[str, str | None]]:
    match = MODEL.match(utterance)
    assert match is not None and match.intent is not None, utterance
    return match.intent, match.slots


@pytest.fixture
def home(session, couple, alex):
    agreed_contract(session, *couple)
    session.flush()
    return alex


def spoken_to(say, utterance: str, previous: dict[str, Any] | None = None) -> dict[str, Any]:
    intent, slots = routed(utterance)
    return say(then(previous, intent, slots) if previous else envelope(intent, slots))


def unchanged(session) -> tuple[int, int]:
    return count(session, LogEntry), count(session, AlexaReminder)


# --- 1, 2, 7: everyday words are let go, nothing written --------------------------------------


@pytest.mark.parametrize("said", LET_GO_LOOKALIKES)
def test_everyday_words_around_a_topic_are_let_go_and_nothing_is_written(say, session, home, said) -> None:
    result = spoken_to(say, said)
    assert speech(result).startswith(LET_GO), speech(result)
    assert not result["response"]["shouldEndSession"] and unchanged(session) == (0, 0)
    # "yes" to a let-go offers nothing: still nothing written.
    say(then(result, "AMAZON.YesIntent"))
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize(
    "said",
    [
        "how reliable is a used toyota",
        "is the new boiler reliable",
        "what counts as a small win",
        "does a draw count as a win",
        "was that a breach of my tenancy",
        "who crossed the line first in that film",
    ],
)
def test_a_question_is_never_logged_as_a_note(say, session, home, said) -> None:
    result = spoken_to(say, said)
    assert unchanged(session) == (0, 0), speech(result)


# --- 3: a question about reminders changes none ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "what reminders do we have",
        "do we have any reminders",
        "did you set a reminder",
        "i have a reminder",
        "i set a reminder",
        "the reminders are off",
        "i turned the reminders off",
        "remind me on sunday",
        "remind me to buy milk",
    ],
)
def test_a_question_about_reminders_is_asked_about_and_changes_none(say, session, home, said) -> None:
    result = spoken_to(say, said)
    assert speech(result) == (
        "I'm not sure I followed. Shall I remind you about your weekly check-in, or stop the reminders?"
    )
    assert unchanged(session) == (0, 0)


# --- 5, 8, 9, 10: the job the words say -------------------------------------------------------


def test_undo_words_win_over_logged(say, session, home) -> None:
    for said in ("please undo what i just logged", "scratch that last one i logged"):
        result = spoken_to(say, said)
        assert "partner" not in speech(result) and "not sure" not in speech(result), speech(result)
    assert unchanged(session) == (0, 0)


def test_my_partner_is_the_other_partner(say, session, home) -> None:
    result = spoken_to(say, "has my partner logged anything")
    assert "only know" not in speech(result) and "Sam" in speech(result), speech(result)


def test_a_reading_verb_about_our_contract_reads_it(say, session, home) -> None:
    assert "version" in speech(spoken_to(say, "can you read our agreement to us")).lower()
    assert speech(spoken_to(say, "our contract is long")) == "I'm not sure I followed. Shall I read your contract?"


def test_a_note_keeps_the_persons_words_not_the_command(say, session, home) -> None:
    result = spoken_to(say, "log that sam came through on time for our talk")
    [entry] = session.query(LogEntry).all()
    assert (entry.kind, entry.note) == (LogKind.RELIABILITY, "Sam came through on time for our talk")
    assert "log that" not in speech(result)


def test_real_jobs_said_naturally_are_done(say, session, home) -> None:
    asked = spoken_to(say, "i'm sorry i overstepped a boundary with my phone")  # none of theirs: which one?
    say(then(asked, "LogBreachIntent", {"note": "no deleting messages"}))
    spoken_to(say, "sadly i forgot the evening talk again")
    spoken_to(say, "i had a small win at the gym")
    kinds = sorted(e.kind.value for e in session.query(LogEntry).all())
    assert kinds == sorted([LogKind.BREACH.value, LogKind.MISSED.value, LogKind.SMALL_WIN.value])


# --- 6: safety before any topic decision ---------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["remind me why i should keep living", "remind me of reasons to stay alive", "what's the point of living"],
)
def test_a_reason_to_live_asked_through_a_carrier_gets_help_first(say, session, home, said) -> None:
    assert_support(say(envelope(*routed(said))))
    assert unchanged(session) == (0, 0)


# --- 4: the either-or question can be answered ------------------------------------------------

CHOICE = "I'm not sure I followed. Shall I read your boundaries, or log that a boundary was crossed?"


def answered(say, first: dict[str, Any], words: str) -> dict[str, Any]:
    """The next turn: what Alexa sends for the elicited answer slot."""
    return say(then(first, "AnswerIntent", {"answer": words}))


@pytest.mark.parametrize("words", ["the first one", "read them", "first"])
def test_the_first_job_or_its_verb_reads_the_boundaries(say, session, home, words) -> None:
    asked = spoken_to(say, "the kids broke the rules at school")
    assert speech(asked) == CHOICE
    assert "boundar" in speech(answered(say, asked, words)).lower()
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize("words", ["the second one", "log it"])
def test_the_second_job_or_its_verb_logs_only_when_chosen(say, session, home, words) -> None:
    asked = spoken_to(say, "i broke the rules at work")
    assert speech(asked) == CHOICE
    # The words held name none of their boundaries: which one is asked (vfix3), then logged with them.
    which = answered(say, asked, words)
    assert speech(which).startswith("Which of your boundaries was it") and count(session, LogEntry) == 0
    assert "boundary breach" in speech(answered(say, which, "just log it"))
    [entry] = session.query(LogEntry).all()
    assert entry.note == "I broke the rules at work"


@pytest.mark.parametrize("words", ["the second one", "log it"])
def test_someone_elses_rules_broken_are_no_breach_even_when_chosen(say, session, home, words) -> None:
    """ "The kids broke the rules at school": the kids' act, not the speaker's (breach11): logging
    it chosen still writes nothing, and says why in one short line."""
    asked = spoken_to(say, "the kids broke the rules at school")
    assert speech(asked) == CHOICE
    done = answered(say, asked, words)
    assert "isn't a breach of your contract" in speech(done) and done["response"]["shouldEndSession"]
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize("words", ["neither", "no", "none of them"])
def test_neither_ends_kindly_and_changes_nothing(say, session, home, words) -> None:
    asked = spoken_to(say, "remind me to buy milk")
    done = answered(say, asked, words)
    assert speech(done) == "Alright, I'll leave it there." and done["response"]["shouldEndSession"]
    assert unchanged(session) == (0, 0)


def test_an_unclear_answer_is_asked_once_more_then_how_to_ask_never_a_loop(say, session, home) -> None:
    asked = spoken_to(say, "remind me to buy milk")
    again = say(then(asked, "AMAZON.YesIntent"))
    assert speech(again).startswith("Sorry, which one? You can say the first one, the second one, or neither.")
    assert not again["response"]["shouldEndSession"]
    left = answered(say, again, "purple elephants")
    assert speech(left).startswith("No problem, I've left it.") and left["response"]["shouldEndSession"]
    assert unchanged(session) == (0, 0)


def test_distress_in_the_answer_to_the_choice_gets_help_first(say, session, home) -> None:
    asked = spoken_to(say, "remind me to buy milk")
    assert_support(answered(say, asked, "he said he would kill me"))
    assert unchanged(session) == (0, 0)


def test_the_safety_check_runs_before_any_topic_decision(say, session, home) -> None:
    # "remind me why ..." alone would be asked about (reminders, either-or); with despair, help first.
    assert speech(spoken_to(say, "remind me why i should go to the gym")).startswith("I'm not sure I followed.")
    assert_support(spoken_to(say, "remind me why i should keep living"))
    assert unchanged(session) == (0, 0)


@pytest.mark.parametrize(
    "said",
    [
        "can you thank my partner for all their entries",
        "we hit a milestone what should we celebrate",
        "i had a tough day can i use the simpler version",
    ],
)
def test_jobs_that_only_got_a_question_are_done(say, session, home, said) -> None:
    result = spoken_to(say, said)
    assert "not sure" not in speech(result), speech(result)


# --- the final tester: an everyday "thank you" marks nothing seen and reads nothing aloud ------


@pytest.mark.parametrize("said", ["thank you", "thank you so much", "thanks that's all"])
def test_an_everyday_thank_you_marks_nothing_seen(say, session, couple, home, said) -> None:
    sam = couple[1]
    entry = make_entry(session, sam, LogKind.KEPT, local_today(sam.couple, NOW))
    session.flush()
    result = spoken_to(say, said)
    assert "Done" not in speech(result) and "kept" not in speech(result), speech(result)
    session.refresh(entry)
    assert entry.acknowledged_at is None


def test_thanks_that_name_the_partner_mark_their_entries_seen(say, session, couple, home) -> None:
    sam = couple[1]
    entry = make_entry(session, sam, LogKind.KEPT, local_today(sam.couple, NOW))
    session.flush()
    spoken_to(say, f"i want to thank {sam.name.lower()}")
    session.refresh(entry)
    assert entry.acknowledged_at is not None
