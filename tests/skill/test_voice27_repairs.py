"""Conversation repairs left open (issue 8, parts 4 and 5), each found by an independent tester:
written before the fix, for two couples in en-US and en-GB, through the skill's real request path
(spoken text and the rows saved).

1. Ending words at "Is Sam with you?" ("no thanks, that's all", "okay, I'm done then") leave the
   check-in for now, never a no or a yes to the question.
2. "I'm done" at the first check-in question claims no answers saved when none were.
3. After "that counts once" (a keep already logged today), "no, I meant the Sunday walk" logs that
   keep, never read as a no and dropped.
4. A keep told after a scene, with "log it", is its keep whatever the scene ("the kids were up till ten
   but we still had our evening talk, log it").
(5, "we had a lovely walk, log a moment" keeping its "we", is left open: samples for it would pass
the interaction model's size budget.)"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import CheckInAnswer, SetbackReflection
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]
HELP = "That wasn't saved"


def answers(session) -> list[str]:
    session.expire_all()
    return [a.answer for a in session.scalars(select(CheckInAnswer))]


# --- 1. ending words at "Is Sam with you?" -----------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "ending", ["no thanks, that's all", "okay, I'm done then", "no, that's it for now", "nah we're done thanks"]
)
def test_ending_words_at_is_your_partner_with_you_leave_the_checkin(
    session, session_factory, a, b, locale, ending
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk("start our check-in")
    assert b in asked.speech and asked.open, asked.speech
    said = talk.send(Match("AnswerIntent", {"answer": ending.lower()}))
    assert not said.open and "for now" in said.speech and "saved" not in said.speech, said.speech
    assert "Question" not in said.speech and "question 1" not in said.speech.lower()
    assert answers(session) == [] and rows(session) == []


@pytest.mark.parametrize(("said_to_it", "heard"), [("no", "Question 1"), ("no, just me", "Question 1")])
def test_a_plain_no_at_is_your_partner_with_you_is_still_its_no(session, session_factory, said_to_it, heard) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    said = talk.send(Match("AnswerIntent", {"answer": said_to_it}))
    assert said.open and heard in said.speech and "Alex," not in said.speech, said.speech


def test_okay_alone_at_is_your_partner_with_you_is_still_its_yes(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("start our check-in")
    said = talk.send(Match("AnswerIntent", {"answer": "okay"}))
    assert said.open and "Grace, question 1" in said.speech, said.speech


@pytest.mark.parametrize(
    "ending", ["no thanks, that's all, he'll hurt me if I stay up", "okay I'm done then, I'm scared he'll hit me"]
)
def test_distress_with_ending_words_there_gets_the_help(session, session_factory, ending) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    said = talk.send(Match("AnswerIntent", {"answer": ending}))
    assert HELP in said.speech, said.speech
    assert answers(session) == [] and rows(session) == []


# --- 2. "I'm done" at the first question ---------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("together", "ending"), [("just me", "I'm done"), ("yes", "I'm done"), ("no", "that's all")])
def test_done_at_the_first_question_claims_nothing_saved(
    session, session_factory, a, b, locale, together, ending
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("start our check-in")
    asked = talk.send(Match("AnswerIntent", {"answer": together}))
    assert asked.open and "1" in asked.speech, asked.speech
    said = talk.send(Match("AnswerIntent", {"answer": ending.lower()}))
    assert not said.open and "saved" not in said.speech, said.speech
    assert "for now" in said.speech and "start our check-in" in said.speech, said.speech
    assert answers(session) == []


def test_leaving_with_answers_from_an_earlier_session_says_they_are_saved(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("start our check-in")
    talk.send(Match("AnswerIntent", {"answer": "just me"}))
    talk.send(Match("AnswerIntent", {"answer": "we cooked together twice"}))
    talk.send(Match("AnswerIntent", {"answer": "that's all"}))
    resumed = talk("start our check-in")
    assert resumed.open, resumed.speech
    said = talk.send(Match("AnswerIntent", {"answer": "i'm done"}))
    assert not said.open and "saved" in said.speech, said.speech
    assert answers(session) == ["We cooked together twice"]


def test_distress_at_the_first_question_gets_the_help_and_saves_nothing(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("start our check-in")
    talk.send(Match("AnswerIntent", {"answer": "just me"}))
    said = talk.send(Match("AnswerIntent", {"answer": "i'm done, she hits me when i get it wrong"}))
    assert HELP in said.speech, said.speech
    assert answers(session) == []


# --- 6. "no, <reason>" at the reflection offer (its words now read in skill/ways_out.py) -----------


def reflections(session) -> list[str | None]:
    session.expire_all()
    return [r.trigger for r in session.scalars(select(SetbackReflection))]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("no", ["nah, maybe later", "no thanks, we'll talk about it another time", "nope, not tonight"])
def test_a_no_with_a_reason_at_the_reflection_offer_saves_no_reflection(
    session, session_factory, a, b, locale, no
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    offered = talk("I missed the evening talk")
    assert offered.open and "reflect" in offered.speech, offered.speech
    said = talk.send(Match("AnswerIntent", {"answer": no}))
    assert said.speech.startswith("That's fine.") and not said.open, said.speech
    assert reflections(session) == [] and [k for k, _, _, _ in rows(session)] == ["missed"]


def test_a_trigger_beginning_with_no_is_still_the_reflection(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I missed the evening talk")
    said = talk.send(Match("AnswerIntent", {"answer": "no sleep the night before"}))
    assert said.open and "That's fine." not in said.speech, said.speech
    assert reflections(session) == ["No sleep the night before"]


def test_distress_after_a_no_at_the_reflection_offer_gets_the_help(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I missed the evening talk")
    said = talk.send(Match("AnswerIntent", {"answer": "no, I'm scared he'll hurt me if I talk about it"}))
    assert HELP in said.speech, said.speech
    assert reflections(session) == []


# --- 3. "no, I meant …" after "that counts once" -----------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("meant", "promise"),
    [
        ("no, I meant the Sunday walk", "Sunday walk"),
        ("sorry, I meant call when late", "call when late"),
        ("the open phone one", "open phone"),
    ],
)
def test_another_promise_meant_after_counts_once_is_logged(
    session, session_factory, a, b, locale, meant, promise
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("I kept my promise to have our evening talk")
    again = talk("I kept my promise to have our evening talk")
    assert "counts once" in again.speech and again.open and "Sunday walk" in again.speech, again.speech
    said = talk(meant)
    assert promise in said.speech and "kept" in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("kept", "evening talk"), ("kept", promise)]


@pytest.mark.parametrize("leave", ["no", "no thanks", "that's all", "never mind"])
def test_a_no_after_counts_once_logs_nothing_more(session, session_factory, leave) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I kept my promise to have our evening talk")
    talk("I kept my promise to have our evening talk")
    said = talk(leave)
    assert not said.open and "Changed" not in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("kept", "evening talk")]


def test_a_missed_twice_after_counts_once_asks_for_another_missed(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I missed the evening talk")
    talk("no thanks")
    again = talk.send(Match("LogMissedIntent", {"commitment": "the evening talk"}))
    assert "counts once" in again.speech and "another one you missed" in again.speech and again.open
    said = talk("no, I meant the sunday walk")
    assert "Sunday walk" in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("missed", "evening talk"), ("missed", "Sunday walk")]


def test_distress_after_counts_once_gets_the_help_and_logs_nothing_more(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I kept my promise to have our evening talk")
    talk("I kept my promise to have our evening talk")
    said = talk.send(Match("AnswerIntent", {"answer": "no, I meant that she threatened to kill me on the walk"}))
    assert HELP in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("kept", "evening talk")]


# --- 4. a keep told after a scene the safety's carrier heard, "log it" ---------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("told", "promise"),
    [
        ("the kids were up till ten but we still had our evening talk, log it", "evening talk"),
        ("the kids were up till ten but we still had our evening talk, log that", "evening talk"),
        ("the kids were poorly all day but we still went for our Sunday walk, log it", "Sunday walk"),
    ],
)
def test_a_keep_told_after_a_scene_heard_by_a_safety_carrier_is_its_keep(
    session, session_factory, a, b, locale, told, promise
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told)
    assert HELP not in said.speech and "keep track of" not in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] in ([("kept", promise)], []), said.speech
    if not rows(session):  # asked, never guessed: "Was it …?" names the promise
        assert said.open and promise in said.speech, said.speech


def test_the_carrier_heard_is_the_safetys(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk.send(
        Match("SupportIntent", {"after_the_kids_were": "up till ten but we still had our evening talk log it"})
    )
    assert said.speech == "Logged: you kept your evening talk.", said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("kept", "evening talk")]


@pytest.mark.parametrize(
    ("slot", "words"),
    [
        ("after_the_kids_were", "up till ten but we had a quiet night after log it"),
        # "my mom's going to kill me, …": carried as "my friend …", the words are not as said
        ("after_my_friend", "going to kill me i forgot her birthday but sam sent flowers note that"),
    ],
)
def test_a_scene_with_log_it_and_no_promise_saves_no_words(session, session_factory, slot, words) -> None:
    """A safety carrier's fixed words stand for others ("my mum's", "my niece" are all "my friend"), so
    only the promise its words name is logged: a moment would save words nobody said."""
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    said = talk.send(Match("SupportIntent", {slot: words}))
    assert HELP not in said.speech and "Noted" not in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize(
    "words",
    [
        "up till ten and he hit me when I asked for help but we had our evening talk log it",
        "up till ten and I'm scared he'll hurt them but we had our evening talk log it",
    ],
)
def test_distress_in_such_a_scene_gets_the_help_and_logs_nothing(session, session_factory, words) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk.send(Match("SupportIntent", {"after_the_kids_were": words}))
    assert HELP in said.speech, said.speech
    assert rows(session) == []


def test_such_a_scene_without_a_command_is_not_logged(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    said = talk.send(Match("SupportIntent", {"after_the_kids_were": "up till ten but we still had our evening talk"}))
    assert HELP not in said.speech
    assert rows(session) == []
