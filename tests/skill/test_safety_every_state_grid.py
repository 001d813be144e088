"""Distress said in every dialog state the skill can be in (tester-voice4 #3, #6): each state
reached by talking to the skill, then a sentence of distress said there, through the simulator's
ears (the slot the skill elicits, if it elicits one) and as each intent Alexa might pick there
(AnswerIntent, IdentifySpeakerIntent with the sentence as the name, SupportIntent's named
carrier). Each gets the help lines, nothing is saved, and no question is asked twice in one answer.
Words Alexa does not pass on (FallbackIntent) cannot be read: there nothing is saved and no
question is repeated within the answer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.skill.talk import ALEX_VOICE, Talk, contract, count, home, skill
from trust_tracker.models.entities import CheckInAnswer, LogEntry, Setback, VoiceLink
from trust_tracker.skill.simulator import Match

__all__ = ["contract", "home", "skill"]  # fixtures

OPENING = "I'm sorry you're going through this."
NEW_VOICE = "amzn1.ask.person.NOT-KNOWN"
# Fifteen families: blows, strangling, threats to kill, a partner's suicide talk, self-harm, means
# at hand, despair, control of money and papers, being watched, sexual force, fear, the kids.
SAID = [
    "sam grabbed me by the throat last night",
    "sam would kill me if he knew i said this",
    "i'm holding a knife to my wrist right now",
    "sam keeps telling me he'd be better off dead",
    "i want to kill myself",
    "sam has been cutting herself again",
    "sam told me he wants to die",
    "he squeezed my arm so hard it left marks",
    "i'm scared of what sam will do when he gets home",
    "sam threatened to take the kids and disappear",
    "sam takes all my money and hides my passport",
    "he forced me to have sex",
    "i can't go on like this anymore",
    "sam hit the kids again",
    "there's no way out",
]


def _checkin(talk: Talk) -> None:
    talk("start our check-in")
    talk("no")


def _skipped(talk: Talk) -> None:
    _checkin(talk)
    for _ in range(6):
        said = talk("skip")
        if "or leave it" in said.speech:
            return
    raise AssertionError("the skipped-question offer never came")


def _join(talk: Talk) -> None:
    _checkin(talk)
    assert "like to join" in talk("oh Sam just walked in").speech


def _way_on(talk: Talk) -> None:
    talk("start our check-in")
    talk("yes")
    talk("alex one")
    talk("sam one, said by Alex")
    assert "pick it up later" in talk("sam again, said by Alex").speech


def _which_day(talk: Talk) -> None:
    assert talk("I kept the evening talk the other day").speech.startswith("Which day was that?")


def _which_one(talk: Talk) -> None:
    talk("i kept my promise")


def _reflection(talk: Talk) -> None:
    talk("i missed call when late")
    talk("yes")


def _undo(talk: Talk) -> None:
    talk("i kept my promise to call when late")
    talk("undo that")


def _moment(talk: Talk) -> None:
    talk("note that sam made me a cup of tea")


def _link(talk: Talk) -> None:
    talk("link this device")


def _hard_day(talk: Talk) -> None:
    talk("i'm having a hard day")


def _pause(talk: Talk) -> None:
    talk("i need help")


# Each state: how it is reached, and whether an unknown voice speaks (for "is this Alex or Sam?").
STATES: dict[str, tuple[Callable[[Talk], None], str]] = {
    "is Sam with you?": (lambda talk: talk("start our check-in"), ALEX_VOICE),
    "check-in question": (_checkin, ALEX_VOICE),
    "answer it now, or leave it?": (_skipped, ALEX_VOICE),
    "would Sam like to join?": (_join, ALEX_VOICE),
    "go on alone, or stop?": (_way_on, ALEX_VOICE),
    "which day was that?": (_which_day, ALEX_VOICE),
    "which one?": (_which_one, ALEX_VOICE),
    "is this Alex or Sam?": (_which_one, NEW_VOICE),
    "reflection": (_reflection, ALEX_VOICE),
    "undo confirm": (_undo, ALEX_VOICE),
    "moment offer": (_moment, ALEX_VOICE),
    "link code": (_link, ALEX_VOICE),
    "hard day": (_hard_day, ALEX_VOICE),
    "pause offered": (_pause, ALEX_VOICE),
}
# As heard through the simulator (the slot elicited, else the model), or as an intent Alexa may pick.
WAYS: dict[str, Callable[[Talk, str], object]] = {
    "heard": lambda talk, said: talk(said),
    "AnswerIntent": lambda talk, said: talk.send(Match("AnswerIntent", {"answer": said})),
    "IdentifySpeakerIntent": lambda talk, said: talk.send(Match("IdentifySpeakerIntent", {"name": said})),
}


def _stored(session) -> tuple[int, ...]:
    session.expire_all()
    return tuple(count(session, kind) for kind in (LogEntry, CheckInAnswer, Setback, VoiceLink))


def _no_question_twice(speech: str) -> bool:
    questions = [q.strip() for q in speech.split("?") if q.strip()][:-1] if "?" in speech else []
    return len(questions) == len(set(questions))


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("state", STATES)
def test_distress_gets_help_in_every_state_however_alexa_hears_it(
    skill, session_factory, session, contract, state, way
):
    reach, voice = STATES[state]
    missed = []
    for said in SAID:
        talk = Talk(skill, session_factory, person_id=voice)
        reach(talk)
        before = _stored(session)
        answer = WAYS[way](talk, said)
        if not answer.speech.startswith(OPENING) or _stored(session) != before:
            missed.append((said, answer.speech))
    assert not missed, missed


@pytest.mark.parametrize("state", STATES)
def test_words_alexa_did_not_pass_on_save_nothing_and_ask_once(skill, session_factory, session, contract, state):
    reach, voice = STATES[state]
    talk = Talk(skill, session_factory, person_id=voice)
    reach(talk)
    before = _stored(session)
    for _ in range(2):
        answer = talk.send(Match("AMAZON.FallbackIntent", {}))
        assert _no_question_twice(answer.speech), answer.speech
        assert _stored(session) == before
        if not answer.open:
            break


@pytest.mark.parametrize("odd", ["how are we doing", "purple elephants on the roof"])
def test_words_not_understood_at_the_skipped_question_offer_ask_it_once(skill, session_factory, session, contract, odd):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    _skipped(talk)
    before = _stored(session)
    answer = talk.send(Match("AnswerIntent", {"answer": odd}))
    assert answer.speech.count("answer it now, or leave it?") <= 1 and answer.open, (
        answer.speech
    )  # asked once, or "did you mean that as your answer?" (voice12)
    assert _stored(session) == before
