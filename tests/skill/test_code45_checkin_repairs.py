"""The check-in's repairs (code45): the partner back ("okay she's back") is carry on and a wait asked for ("give
us a sec") a wait, nothing saved; "I missed one on Monday" asks only about what was due that day and is not
logged; a lapse told of a day already logged is told what is on record at once, never asked "Was it …?" first.
Speech and rows, both partners, in a check-in and out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, Talk, add_kept, entries
from tests.skill.test_repairs import answers
from trust_tracker.models import contracts
from trust_tracker.models.entities import Cadence, ItemKind, LogKind
from trust_tracker.skill.presence import coming, returned

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

HELP = "I'm sorry you're going through this."
BACK = [
    "okay he's back",
    "right, she's here now",
    "oh good, we're back",
    "alright, Sam's back now",
    "there she is",
    # Just come in (tester-voice43 D2: saved as the answer of a check-in alone).
    "oh Sam just walked in",
    "he's just got home",
    "she just came back",
]
WAITS = ["give us a sec", "can you give us a minute", "just give me two minutes please", "hang on a sec, he's coming"]


@pytest.fixture
def week(session, home) -> dict[str, int]:
    """Call when late every day, the evening talk on weekdays, the walk on Sundays, the bins Sam's own."""
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when running late", short_name="call when late"),
        contracts.ItemDraft(
            ItemKind.COMMITMENT,
            "An evening talk",
            short_name="evening talk",
            cadence=Cadence.WEEKDAYS,
            weekdays="01234",
        ),
        contracts.ItemDraft(
            ItemKind.COMMITMENT, "A walk on Sundays", short_name="sunday walk", cadence=Cadence.WEEKDAYS, weekdays="6"
        ),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Put the bins out", short_name="bins", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


def _kinds(session) -> list[tuple[int, int | None, LogKind]]:
    return [(e.partner_id, e.lineage_id, e.kind) for e in entries(session)]


# --- 1. Back, or a moment asked for, at a check-in question ----------------------------------------------------


@pytest.mark.parametrize(("voice", "name"), [(ALEX_VOICE, "Alex"), (SAM_VOICE, "Sam")])
@pytest.mark.parametrize("said", BACK)
def test_back_at_a_question_carries_on_and_saves_nothing(session, skill, session_factory, week, voice, name, said):
    talk = Talk(skill, session_factory, person_id=voice, locale="en-GB")
    talk("start our check-in")
    assert talk("no, just me").speech.endswith(f"Question 1: {QUESTIONS[0]}")
    other = "Alex" if name == "Sam" else "Sam"
    offer = talk(said.replace("Sam", "Alex") if name == "Sam" else said)
    # At a check-in alone, the partner back is asked to join (code47; checkin_join.py); a no carries on.
    assert offer.speech == f"Would {other} like to join the check-in now?" and offer.open, offer.speech
    again = talk("no")
    assert again.speech.endswith(f"Question 1: {QUESTIONS[0]}") and again.open, again.speech
    assert answers(session) == [] and entries(session) == []
    assert talk("we went for a long walk").speech.startswith("Thank")
    assert [a[-1] for a in answers(session)] == ["We went for a long walk"]


@pytest.mark.parametrize("said", WAITS)
def test_a_moment_asked_for_at_a_question_is_a_wait(session, skill, session_factory, week, said):
    talk = Talk(skill, session_factory, person_id=SAM_VOICE, locale="en-AU")
    talk("start our check-in")
    talk("no")
    waited = talk(said)
    assert waited.speech.startswith("Take your time, I'll wait.") and QUESTIONS[0] in waited.speech, waited.speech
    assert answers(session) == []


def test_together_back_and_a_wait_never_answer_either_partner(session, skill, session_factory, week):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    assert talk("yes").speech.endswith(f"Alex, question 1: {QUESTIONS[0]}")
    assert talk("we talked every night").speech.endswith(f"Sam, question 1: {QUESTIONS[0]}")
    assert talk.voiced(SAM_VOICE, "hang on, she's coming back in").speech.startswith("Take your time, I'll wait.")
    back = talk.voiced(SAM_VOICE, "okay she's back")
    assert back.speech == "Sam, what went well this week?" and back.open  # as "carry on": the question again
    assert talk.voiced(SAM_VOICE, "carry on").speech == back.speech
    assert [a[-1] for a in answers(session)] == ["We talked every night"]


@pytest.mark.parametrize(
    "said",
    ["hang on, he's coming", "hang on, she's coming, she's just finishing the dishes", "hold on, he's getting changed"],
)
def test_a_wait_at_is_sam_with_you_is_never_cut_to_an_answer(session, skill, session_factory, week, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    talk("no")
    talk("we laughed a lot")
    talk("stop")
    assert "is Sam with you?" in talk("start our check-in").speech  # the question it stopped at, said first
    assert talk(said).speech == "Take your time, I'll wait. Is Sam here for the check-in too? Yes or no?"
    assert [a[-1] for a in answers(session)] == ["We laughed a lot"]  # nothing more saved


@pytest.mark.parametrize("said", ["oh good, we're back", "okay he's back", "right, Sam's here now"])
def test_back_at_is_sam_with_you_is_the_yes(session, skill, session_factory, week, said):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    assert talk(said).speech.endswith(f"Alex, question 1: {QUESTIONS[0]}")


@pytest.mark.parametrize(
    "said",
    [
        "she's back at work on Monday",
        "he was back late every night",
        "we got back to our walks",
        "give us a break",
        "he's back to his old ways",
    ],
)
def test_words_about_the_week_are_still_answers(said):
    assert not returned(said, ["Sam"]) and not coming(said, ["Sam"])


def test_back_at_shall_i_log_that_asks_it_again_never_its_yes(session, skill, session_factory, week):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    talk("no")
    held = talk("I missed the evening talk on Monday")
    assert held.speech.startswith("Shall I log that"), held.speech
    again = talk("okay she's back")
    assert again.speech == held.reprompt and again.open, again.speech
    assert entries(session) == [] and answers(session) == []


def test_back_with_fear_is_still_heard(session, skill, session_factory, week):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    talk("no")
    assert talk("he's back and I'm scared of what he'll do").speech.startswith(HELP)
    assert answers(session) == []


# --- 3. "Which one?" of another day lists what was due that day and is not logged --------------------------------

MONDAY = 2  # conversations.TODAY is a Wednesday


def test_which_one_of_monday_lists_only_what_was_due_and_open(session, skill, session_factory, home, week):
    alex, _ = home
    add_kept(session, alex, week["call when late"], MONDAY)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    asked = talk("I missed a promise on Monday")
    # call when late was kept on Monday, the Sunday walk not due then: the evening talk alone
    assert asked.speech == "Was it your evening talk you missed?", asked.speech
    assert "sunday walk" not in asked.speech and "call when late" not in asked.speech
    assert "Logged: you missed your evening talk, on Monday." in talk("yes").speech
    assert _kinds(session)[-1] == (alex.id, week["evening talk"], LogKind.MISSED)
    assert entries(session)[-1].local_date == conversations.TODAY - timedelta(days=MONDAY)


def test_which_one_for_sam_keeps_the_shared_one_alex_logged(session, skill, session_factory, home, week):
    """Once a day per partner: Alex's keep of the shared call leaves Sam's own entry open (voice45's d.mine)."""
    alex, _ = home
    add_kept(session, alex, week["call when late"], MONDAY)
    talk = Talk(skill, session_factory, person_id=SAM_VOICE, locale="en-GB")
    asked = talk("I broke a promise on Monday")
    assert asked.speech == "Which one did you miss: call when late, evening talk or bins?", asked.speech


def test_nothing_left_that_day_is_said_with_the_day(session, skill, session_factory, home, week):
    alex, _ = home
    add_kept(session, alex, week["call when late"], MONDAY)
    add_kept(session, alex, week["evening talk"], MONDAY)
    before = len(entries(session))
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    said = talk("I missed a promise on Monday")
    assert said.speech == "Everything due for you on Monday is already logged, so I haven't added anything."
    assert not said.open and len(entries(session)) == before


# --- 4. A lapse told of a day already logged: what is on record, at once -------------------------------------------


def test_a_lapse_of_a_day_logged_as_kept_is_told_at_once(session, skill, session_factory, home, week):
    alex, _ = home
    add_kept(session, alex, week["call when late"], 1)
    add_kept(session, alex, week["evening talk"], 1)
    before = len(entries(session))
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    said = talk("I didn't call like I promised yesterday")
    assert said.speech.startswith("That is already logged as kept yesterday. A commitment is kept or missed once a day")
    assert "Was it" not in said.speech and not said.open  # nothing else was due and open yesterday
    assert len(entries(session)) == before


def test_the_other_ones_offered_after_it_are_open_that_day(session, skill, session_factory, home, week):
    alex, _ = home
    add_kept(session, alex, week["call when late"], MONDAY)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    said = talk("I didn't call like I promised on Monday")
    assert said.speech == (
        "That is already logged as kept on Monday. A commitment is kept or missed once a day: to change it, remove "
        "that entry first. Or was it another one you missed: evening talk?"
    ), said.speech
    assert "Logged: you missed your evening talk, on Monday." in talk("the evening talk").speech
    assert _kinds(session)[-1] == (alex.id, week["evening talk"], LogKind.MISSED)


# --- 2. "Change my answer to …": the new answer said at once ------------------------------------------------------


def _finish_alone(talk: Talk, said: list[str]) -> None:
    talk("start our check-in")
    talk("no")
    for words in said:
        talk(words)


@pytest.mark.postgres_smoke  # the answer replaced in place: on PostgreSQL too
@pytest.mark.parametrize(
    ("voice", "change", "new"),
    [
        (ALEX_VOICE, "change my answer to we talked more", "We talked more"),
        (SAM_VOICE, "change my answer it should be more patience", "More patience"),
        (ALEX_VOICE, "i want to change my last answer to a walk on sundays", "A walk on sundays"),
    ],
)
def test_after_the_checkin_the_new_answer_replaces_the_last(session, skill, session_factory, home, voice, change, new):
    alex, sam = home
    _finish_alone(Talk(skill, session_factory, person_id=voice), ["walks", "rows", "hugs", "time"])
    later = Talk(skill, session_factory, person_id=voice)
    said = later(change)
    assert said.speech == f"Changed: your new answer to: {QUESTIONS[-1].rstrip('?')}, is saved in place of the old one."
    assert not said.open and "time" not in said.speech.lower()  # confirmed by its question only: a shared device
    me = alex if voice == ALEX_VOICE else sam
    assert answers(session) == [(me.id, 0, "Walks"), (me.id, 1, "Rows"), (me.id, 2, "Hugs"), (me.id, 3, new)]


def test_at_a_question_the_answer_before_is_changed(session, skill, session_factory, home):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _finish_alone(talk, ["walks"])
    again = talk("change my answer to we laughed more")
    assert QUESTIONS[1] in again.speech and again.open, again.speech
    assert answers(session) == [(alex.id, 0, "We laughed more")]


@pytest.mark.parametrize(
    "change",
    [
        "change my answer to skip",
        "change my answer to go back",
        # A question named (tester-voice44 D1: saved as the last answer, "Question 3 to the honest texts").
        "change my answer to question 3 to the honest texts",
        "change my answer to the first question to we laughed a lot",
        "change my answer to question two",
    ],
)
def test_steering_words_are_no_new_answer(session, skill, session_factory, home, change):
    alex, _ = home
    _finish_alone(Talk(skill, session_factory, person_id=ALEX_VOICE), ["walks", "rows", "hugs", "time"])
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)(change)
    assert said.speech.startswith("Your last check-in answer this week was to:") and said.open  # offered, as before
    assert answers(session)[-1] == (alex.id, 3, "Time")


def test_with_a_checkin_paused_or_none_nothing_is_changed(session, skill, session_factory, home):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    assert "change" not in Talk(skill, session_factory, person_id=SAM_VOICE)("change my answer to more time").speech
    _finish_alone(talk, ["walks", "stop"])
    paused = Talk(skill, session_factory, person_id=ALEX_VOICE)("change my answer to we walked more")
    assert paused.speech.startswith("No check-in is open just now.") and paused.open, paused.speech
    assert answers(session) == [(alex.id, 0, "Walks")]


def test_a_new_answer_too_long_is_refused_and_nothing_changes(session, skill, session_factory, home):
    alex, _ = home
    _finish_alone(Talk(skill, session_factory, person_id=ALEX_VOICE), ["walks", "rows", "hugs", "time"])
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("change my answer to " + "we talked more " * 150)
    assert "went wrong" not in said.speech and answers(session)[-1] == (alex.id, 3, "Time"), said.speech
