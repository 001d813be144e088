"""The check-in's replies a tester found lost (tester-voice5 #9, #10): at "Shall I log that, then come
back to the question?", "carry on" goes ahead and a handover or an answer is taken as one; a repair
said with a new answer changes the answer before; "carry on" at "Did you mean that as your answer?"
does what was asked and the question comes back. Spoken text, check-in answers, log rows.
Phrasings: tests/skill/voice14_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import voice14_phrases as phrases
from tests.skill.talk import SAY
from tests.skill.voice12_home import logged, saved, typed
from trust_tracker.models.checkins import DEFAULT_QUESTIONS
from trust_tracker.skill.simulator import Match

COUPLES = phrases.COUPLES + phrases.COUPLES_HELD_OUT
TO_LOG = "I missed the evening talk on Thursday"


@pytest.mark.parametrize("said", phrases.CARRY_ON + phrases.CARRY_ON_HELD_OUT)
def test_carry_on_at_the_offer_to_log_goes_ahead(session, checkin_begun, said):
    a, talk = "Rohan", checkin_begun("Rohan", "Frank", bound=True)
    # Today's: the contract was agreed today, and a day held with the words is the day logged (code47).
    assert "Shall I log that" in talk("I missed the evening talk tonight").speech
    heard = talk(said)
    assert heard.open and DEFAULT_QUESTIONS[0] in heard.speech, heard.speech
    assert [(who, what) for who, what, _ in logged(session)] == [(a, "missed")] and saved(session) == []


@pytest.mark.parametrize(("said", "answer"), phrases.HANDOVER_AT_HELD + phrases.HANDOVER_AT_HELD_HELD_OUT)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_a_handover_at_the_offer_is_the_ones_named_answer(session, checkin_begun, a, b, said, answer):
    talk = checkin_begun(a, b, bound=False)
    talk(TO_LOG)
    heard = talk(said.format(b=typed(b)))
    assert heard.open and b in heard.speech, heard.speech  # b's next question, b named
    assert saved(session) == [(b, 0, answer.lower())] and logged(session) == []


@pytest.mark.parametrize("answer", ["the texts helped a lot", "honestly we argued less"])
def test_an_answer_at_the_offer_is_the_answer(session, checkin_begun, answer):
    a, talk = "Priya", checkin_begun("Priya", "Tomás", bound=True)
    talk(TO_LOG)
    talk(answer)
    assert saved(session) == [(a, 0, answer)] and logged(session) == []


@pytest.mark.parametrize("said", ["hmm", "what", "no, don't log it", "yes but not now", "\u0007", "x" * 300])
def test_unclear_replies_at_the_offer_save_nothing(session, checkin_begun, said):
    talk = checkin_begun("Faith", "Grace", bound=True)
    talk(TO_LOG)
    heard = talk.send(Match("AnswerIntent", {"answer": said}))
    assert heard.open and saved(session) == [] and logged(session) == []


@pytest.mark.parametrize(("said", "answer"), phrases.REPAIRED + phrases.REPAIRED_HELD_OUT)
def test_a_repair_with_words_changes_the_answer_before(session, checkin_begun, said, answer):
    a, talk = "Faith", checkin_begun("Faith", "Grace", bound=True)
    talk("we talked more")
    heard = talk(said)
    assert heard.open and DEFAULT_QUESTIONS[1] in heard.speech, heard.speech
    assert saved(session) == [(a, 0, answer.lower())]


@pytest.mark.parametrize(("said", "answer"), phrases.REPAIRED + phrases.REPAIRED_HELD_OUT)
def test_a_repair_at_the_first_question_is_never_in_the_answer(session, checkin_begun, said, answer):
    a, talk = "Rohan", checkin_begun("Rohan", "Frank", bound=True)
    talk(said)
    assert saved(session) == [(a, 0, answer.lower())]


@pytest.mark.parametrize("said", ["no, we didn't talk much", "not that bad really", "I mean it was fine"])
def test_an_answer_that_begins_with_no_is_an_answer(session, checkin_begun, said):
    a, talk = "Rohan", checkin_begun("Rohan", "Frank", bound=True)
    talk("we talked more")
    talk(said)
    assert saved(session) == [(a, 0, "we talked more"), (a, 1, said.lower().replace(",", ""))]


@pytest.mark.parametrize("said", phrases.CARRY_ON + phrases.CARRY_ON_HELD_OUT)
def test_carry_on_at_did_you_mean_that_serves_the_request_and_comes_back(session, checkin_begun, said):
    talk = checkin_begun("Priya", "Tomás", bound=True)
    assert "Did you mean that as your answer" in talk("how are we doing").speech
    heard = talk(said)
    assert heard.open and SAY("checkin_back") in heard.speech and DEFAULT_QUESTIONS[0] in heard.speech
    assert saved(session) == []
