"""The check-in's turns (code47): the partner back at a check-in begun alone ("oh Sam just walked in", "she's
back", "Sam's here now") is asked to join, a yes giving them their turn in this check-in and a no going on alone;
going on without them asked for ("skip Sam", "go on without her") is never saved as an answer, at a resumed "Is
Sam with you?" or at a question; a known voice refused twice at the other's turn is offered a way on (alone, or
stop and resume later) and either is taken. Speech and checkin_answer rows, both partners, known voices and a
shared device."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, SAY, Talk, as_written
from tests.skill.test_repairs import answers

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

VOICES = {"Alex": ALEX_VOICE, "Sam": SAM_VOICE}
BACK = [
    "oh {other} just walked in",
    "she's back",
    "{other}'s here now",
    "right, he's home",
    "okay {other}'s back",
    "yes {other} is here now",
    "hang on, {other}'s home",  # tester-voice45 D8: asked who was speaking, the voice known
    "oh look, she's back",
]


def _ids(home) -> dict[str, int]:
    return {p.name: p.id for p in home}


def _alone_first(talk: Talk) -> None:
    talk("start our check-in")
    assert talk("no").speech.endswith(f"Question 1: {QUESTIONS[0]}")
    assert talk("we talked more").speech.endswith(f"Question 2: {QUESTIONS[1]}")


@pytest.mark.parametrize(
    ("speaker", "other", "locale"), [("Alex", "Sam", "en-GB"), ("Sam", "Alex", "en-US"), ("Alex", "Sam", "en-AU")]
)
@pytest.mark.parametrize("back", BACK)
def test_the_partner_back_is_asked_to_join_and_a_yes_gives_them_their_turn(
    session, skill, session_factory, home, speaker, other, locale, back
):
    ids = _ids(home)
    talk = Talk(skill, session_factory, person_id=VOICES[speaker], locale=locale)
    _alone_first(talk)
    offer = talk(back.format(other=other))
    assert offer.speech == f"Would {other} like to join the check-in now?" and offer.open, offer.speech
    assert answers(session) == [(ids[speaker], 0, "We talked more")]  # the words that brought them in: not saved
    joined = talk("yes")
    assert joined.speech == f"Welcome, {other}. You'll each answer in turn. {speaker}, question 2: {QUESTIONS[1]}"
    assert talk("we were short with each other").speech.endswith(f"{other}, question 1: {QUESTIONS[0]}")
    talk.voiced(VOICES[other], "the walk on sunday")  # their turn, in their own voice, in this check-in
    assert sorted(answers(session)) == sorted(
        [
            (ids[speaker], 0, "We talked more"),
            (ids[speaker], 1, "We were short with each other"),
            (ids[other], 0, "The walk on sunday"),
        ]
    )


@pytest.mark.parametrize("no", ["no", "no, just me", "not now", "skip her", "no, go on without him"])
def test_a_no_to_joining_goes_on_alone(session, skill, session_factory, home, no):
    ids = _ids(home)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone_first(talk)
    talk("oh Sam just walked in")
    alone = talk(no)
    assert alone.speech == f"Alright, just you for now, Alex. Sam can answer later. Question 2: {QUESTIONS[1]}", (
        alone.speech
    )
    assert talk("we were short with each other").speech.endswith(f"Question 3: {QUESTIONS[2]}")
    assert answers(session) == [(ids["Alex"], 0, "We talked more"), (ids["Alex"], 1, "We were short with each other")]


def test_on_a_shared_device_the_partner_back_joins_and_answers_unknown(session, skill, session_factory, home):
    ids = _ids(home)
    talk = Talk(skill, session_factory, person_id=None, locale="en-IN")
    talk("start our check-in")
    talk("Sam")  # "Is this Alex or Sam?"
    talk("no")
    talk("we talked more")
    assert talk("Alex is back").speech == "Would Alex like to join the check-in now?"
    assert talk("yes he does").speech.startswith("Welcome, Alex.")
    talk("we were short with each other")
    talk("alex one")  # a voice Alexa does not know answers the turn's question: Alex's
    assert sorted(answers(session)) == sorted(
        [
            (ids["Sam"], 0, "We talked more"),
            (ids["Sam"], 1, "We were short with each other"),
            (ids["Alex"], 0, "Alex one"),
        ]
    )


@pytest.mark.parametrize("unclear", ["maybe", "erm", "the weather is nice", "purple"])
def test_unclear_words_to_the_join_offer_are_asked_again_never_saved(session, skill, session_factory, home, unclear):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone_first(talk)
    talk("she's back")
    again = talk(unclear)
    assert again.open and again.speech.endswith("Is Sam joining the check-in now? Yes or no?"), again.speech
    assert len(answers(session)) == 1


def test_stop_at_the_join_offer_leaves_the_check_in(session, skill, session_factory, home):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone_first(talk)
    talk("she's back")
    stopped = talk("that's all")
    assert stopped.speech == SAY("checkin_stopped") and not stopped.open
    assert len(answers(session)) == 1


def test_no_offer_when_the_partner_back_has_answered_everything(session, skill, session_factory, home):
    sam = Talk(skill, session_factory, person_id=SAM_VOICE, locale="en-GB")
    sam("start our check-in")
    sam("no")
    for n in range(len(QUESTIONS)):
        sam(f"sam answer {n}")
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    assert talk("we talked more").speech.endswith(f"Question 2: {QUESTIONS[1]}")  # Sam has nothing left: alone
    assert talk("oh Sam just walked in").speech == QUESTIONS[1]  # carry on, as before


@pytest.mark.parametrize(
    "forged", [{"step": "join?"}, {"step": "join?", "position": "x"}, {"step": "join?", "order": [99]}]
)
def test_a_forged_join_offer_loses_its_place_never_a_500(session, skill, session_factory, home, forged):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone_first(talk)
    talk.conversation.attributes["flow"] = {"name": "checkin", "order": [1], **forged}
    talk("yes")
    assert len(answers(session)) == 1


# --- Going on without them, asked for ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["skip Sam", "go on without her", "skip him", "don't wait for Sam", "just me then", "let's do it without Sam"],
)
@pytest.mark.parametrize("locale", ["en-GB", "en-US"])
def test_at_a_resumed_is_sam_with_you_going_on_without_them_is_the_no(
    session, skill, session_factory, home, said, locale
):
    ids = _ids(home)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    _alone_first(talk)
    talk("stop")
    resumed = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    assert "First, is Sam with you?" in resumed("start our check-in").speech
    on = resumed(said)
    assert on.speech.endswith(QUESTIONS[1]) and on.open, on.speech  # on alone, at the question it stopped at
    assert answers(session) == [(ids["Alex"], 0, "We talked more")]  # never saved as the answer it stopped at


@pytest.mark.parametrize("said", ["go on without her", "skip Sam", "don't wait for her"])
def test_together_going_on_without_them_at_a_question_is_never_an_answer(session, skill, session_factory, home, said):
    ids = _ids(home)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    talk("yes")
    on = talk(said)
    assert on.speech == f"Alright, just you, Alex. Question 1: {QUESTIONS[0]}", on.speech
    talk("alex one")
    assert answers(session) == [(ids["Alex"], 0, "Alex one")]


@pytest.mark.parametrize("told", ["we went on without him to the party", "Sam skipped dinner twice"])
def test_a_week_told_with_those_words_is_still_an_answer(session, skill, session_factory, home, told):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _alone_first(talk)
    assert talk(told).speech.endswith(f"Question 3: {QUESTIONS[2]}")
    assert answers(session)[-1][-1] == as_written(told)


# --- A known voice at the other's turn: a way on --------------------------------------------------------------


def _refused_twice(talk: Talk) -> str:
    talk("start our check-in")
    talk("yes")
    talk("alex one")
    first = talk("sam one, said by Alex")
    assert first.speech.startswith("I know this voice as Alex") and first.speech.endswith(QUESTIONS[0].lower())
    second = talk("sam again, said by Alex")
    assert second.open
    return second.speech


def test_the_second_refusal_offers_a_way_on(session, skill, session_factory, home):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    offered = _refused_twice(talk)
    assert offered.endswith(
        "Shall we go on with just you, Alex, or stop here and pick it up later? Sam's questions will wait."
    ), offered
    assert answers(session) == [(home[0].id, 0, "Alex one")]


@pytest.mark.parametrize(
    "alone",
    ["go on alone", "just me", "carry on without her", "carry on without Sam", "on my own please", "keep going"],
)
def test_going_on_alone_after_the_offer(session, skill, session_factory, home, alone):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _refused_twice(talk)
    on = talk(alone)
    assert on.speech == f"Alright, just you, Alex. Question 2: {QUESTIONS[1]}", on.speech
    talk("alex two")
    assert answers(session) == [(alex.id, 0, "Alex one"), (alex.id, 1, "Alex two")]


@pytest.mark.parametrize(
    "later", ["stop", "let's pick it up later", "we'll finish it another time", "stop and resume later"]
)
def test_stopping_after_the_offer_keeps_what_was_saved(session, skill, session_factory, home, later):
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _refused_twice(talk)
    stopped = talk(later)
    assert stopped.speech == SAY("checkin_stopped") and not stopped.open, stopped.speech
    assert answers(session) == [(alex.id, 0, "Alex one")]


@pytest.mark.parametrize("unclear", ["yes", "no", "purple", "erm"])
def test_an_unclear_reply_to_the_offer_is_asked_again(session, skill, session_factory, home, unclear):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    _refused_twice(talk)
    again = talk(unclear)
    assert again.open and "Go on with just you, Alex, or stop and pick it up later?" in again.speech, again.speech
    assert len(answers(session)) == 1


def test_sam_in_their_own_voice_still_answers_after_one_refusal(session, skill, session_factory, home):
    alex, sam = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("start our check-in")
    talk("yes")
    talk("alex one")
    talk("sam one, said by Alex")
    talk.voiced(SAM_VOICE, "sam one")
    assert sorted(answers(session)) == sorted([(alex.id, 0, "Alex one"), (sam.id, 0, "Sam one")])
