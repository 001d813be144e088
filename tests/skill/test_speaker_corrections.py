"""Who is speaking, said again, by family (issue 8 item 4, vfix3; a tester's find): "sorry, no,
this is Priya", "no it's Dev speaking", "wrong person, I'm Priya" went to fallback, and "hold
on, actually this is Dev, Priya went to get the door" was SAVED as a check-in answer. A
correction of who is speaking (with apologies, "no", "wait", "hold on", a reason after it) is a
speaker switch at any point, never an answer or a note; only names in the couple switch, and
any other name gets a clear sentence. Everyday sentences that merely start alike stay answers."""

from __future__ import annotations

import pytest

from tests.factories import make_couple
from tests.skill import talk as conversations
from tests.skill.talk import QUESTIONS, SAY
from tests.skill.test_checkin_speaker import start_as_alex_alone
from tests.skill.test_repairs import answers
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.steering import speaker_correction
from trust_tracker.skill.stranger_words import stranger_named

contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture

# Corrections, by family: a repair word or none, who it is said several ways, a reason after.
CORRECTIONS = [
    "sorry, no, this is {b}",
    "no it's {b} speaking",
    "wrong person, I'm {b}",
    "hold on, actually this is {b}, {a} went to get the door",
    "wait, it's {b} now, {a} stepped out",
    "oops, it's {b}, not {a}",
    "hang on, this is {b}",
    "my mistake, I'm {b}",
    "sorry, wrong person, it's {b} answering",
    "no no, {b} here",
    "whoops, {b} speaking, because {a} had to take a call",
    "um, wrong one, this is {b}",
]
# Everyday answers that start alike: never a switch.
LOOKALIKES = [
    "this is {b}'s favourite part of the week",
    "sorry I'm late again",
    "no I'm tired",
    "{b} forgot again",
    "it's {b} who usually calls",
    "actually this is hard",
    "{a} went to get the door",
    "I'm {b}'s biggest fan",
    "I'm sorry",
]
STRANGERS = ["wrong person, I'm Jordan", "hold on, actually this is Jordan, {a} went out", "no it's Jordan speaking"]


@pytest.mark.parametrize("words", CORRECTIONS)
@pytest.mark.parametrize(("a", "b"), [("Alex", "Sam"), ("Priya", "Dev"), ("Mary Ann", "Jo")])
def test_a_correction_names_the_partner_in_any_couple(session, words, a, b):
    one, two = make_couple(session, a.replace(" ", ""), b)  # a sign-up name is one word here
    one.name = a
    assert speaker_correction(one.couple, words.format(a=a, b=b)) is two
    assert not stranger_named(one.couple, words.format(a=a, b=b))


@pytest.mark.parametrize("words", LOOKALIKES)
def test_everyday_sentences_that_start_alike_name_nobody(session, couple, words):
    alex, _ = couple
    assert speaker_correction(alex.couple, words.format(a="Alex", b="Sam")) is None
    assert not stranger_named(alex.couple, words.format(a="Alex", b="Sam"))


@pytest.mark.parametrize("words", CORRECTIONS)
def test_mid_checkin_a_correction_switches_and_is_never_saved(session, couple, shared_talk, words):
    _alex, sam = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk.send(Match("AnswerIntent", {"answer": words.format(a="Alex", b="Sam")}))
    assert said.speech.startswith(SAY("speaker_switched", name="Sam")) and said.open
    assert answers(session) == [(sam.id, 0, "Our walk")]  # moved, and the correction is no answer


@pytest.mark.parametrize("words", LOOKALIKES)
def test_mid_checkin_a_lookalike_is_an_answer(session, couple, shared_talk, words):
    alex, _ = couple
    start_as_alex_alone(shared_talk)
    said = shared_talk.send(Match("AnswerIntent", {"answer": words.format(a="Alex", b="Sam")}))
    assert SAY("speaker_switched", name="Sam") not in said.speech and said.open
    assert [who for who, _, _ in answers(session)] in ([alex.id], [])  # an answer, or asked again: never a switch


@pytest.mark.parametrize("words", STRANGERS)
def test_mid_checkin_a_name_that_is_nobody_here_is_said_clearly(session, couple, shared_talk, words):
    alex, _ = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk.send(Match("AnswerIntent", {"answer": words.format(a="Alex")}))
    assert said.speech.startswith(SAY("who_only_us", names="Alex and Sam")) and said.open
    assert answers(session) == [(alex.id, 0, "Our walk")]


@pytest.mark.parametrize(
    "words",
    ["sorry, no, this is sam", "no it's sam speaking", "wrong person, I'm sam", "hold on, this is sam", "no, sam here"],
)
def test_outside_a_checkin_a_correction_is_heard_and_switches(session, couple, shared_talk, words):
    shared_talk("open trust tracker")
    shared_talk("alex")
    said = shared_talk(words)
    assert said.speech.startswith(SAY("speaker_switched", name="Sam")) and said.open


@pytest.mark.parametrize("answer", ["actually this is sam\x00", "actually this is sam " + "a" * 10_000])
def test_bad_words_in_a_correction_change_nothing(session, couple, shared_talk, answer):
    alex, _ = couple
    start_as_alex_alone(shared_talk)
    shared_talk("our walk")
    said = shared_talk.send(Match("AnswerIntent", {"answer": answer}))
    assert said.speech and said.open
    assert answers(session) == [(alex.id, 0, "Our walk")]
    assert QUESTIONS[1] in said.speech
