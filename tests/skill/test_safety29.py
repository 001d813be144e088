"""safety29 (issue 8, part 1): "I won't be here for long, just popping in" and "I won't be here
anymore after June, we're moving" got the help lines. A reason, a place, a move or a visit named
after "won't be here" is everyday (skill/distress_absence.py NAMED_REASON); the same shape with
nothing to go to, or one's affairs settled, is still heard. A struggle that ends in help or success,
told as a win or a check-in answer, is saved as said, without the doubt band's question. The
"tonight feels like {...}" carrier no longer takes the check-in ("tonight feels like a good night
for our check-in" starts it) and "{name} would be better off {...}" lets an everyday remark go.
The lists are tests/skill/distress_safety29.py."""

from __future__ import annotations

import pytest

from tests.skill.distress_safety29 import SAFETY29_DISTRESS, SAFETY29_LOOKALIKES
from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk, as_written, count, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import CheckInAnswer, LogEntry, LogKind
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.saved_words import BANDS
from trust_tracker.skill.simulator import Match

NAMES = ("Alex", "Sam")
HELP = "I'm sorry you're going through this. If you're in danger, call"
LET_GO = "That one isn't something I keep track of."
DISTRESS = [said for family in SAFETY29_DISTRESS.values() for said in family]
TWINS = [said for family in SAFETY29_LOOKALIKES.values() for said in family]
# Struggles won, never trained on (the learned check has not seen them): saved as said.
UNTRAINED_WON = [
    "i was drowning in emails but alex helped me clear them",
    "i was drowning in debt but sam sorted it out",
    "i felt like giving up on the run but i pushed through",
    "i nearly quit the course but sam helped me study",
    "i was stuck on the car insurance forms but sam helped me fill them in",
    "i wanted to give up halfway through the hike but i made it to the top",
]
# Said alone, this one matches no sample in the model (Alexa's fallback, which says how to ask for help).
MATCHES_NOTHING_ALONE = "sam helped me with the paperwork but i still want to die"


def written(session) -> tuple[int, int]:
    session.expire_all()
    return count(session, LogEntry), count(session, CheckInAnswer)


@pytest.mark.parametrize("said", DISTRESS)
def test_each_distress_sentence_is_heard_with_the_couples_names_and_without(said) -> None:
    assert is_distress(said, NAMES) and is_distress(said)


@pytest.mark.parametrize("said", TWINS + UNTRAINED_WON)
def test_each_twin_is_quiet_and_doubted_nowhere(said) -> None:
    assert not is_distress(said, NAMES) and not is_distress(said)
    assert [place for place, band in BANDS.items() if band.doubts(said, NAMES)] == []


@pytest.mark.parametrize("said", DISTRESS)
def test_said_as_a_win_it_gets_help_and_no_row(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    assert heard.speech.startswith(HELP), heard.speech
    assert written(session) == (0, 0)


@pytest.mark.parametrize("said", DISTRESS)
def test_said_as_a_checkin_answer_it_gets_help_and_no_row(session, home, contract, alex_talks, said) -> None:
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert heard.speech.startswith(HELP), heard.speech
    assert written(session) == (0, 0)


@pytest.mark.parametrize("said", [s for s in DISTRESS if s != MATCHES_NOTHING_ALONE])
def test_said_alone_it_gets_help_and_no_row(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks(said)
    assert heard.speech.startswith(HELP), heard.speech
    assert written(session) == (0, 0)


def test_said_alone_the_one_no_sample_takes_is_told_how_to_ask_for_help(session, home, contract, alex_talks):
    assert alex_talks.conversation.hear(alex_talks.model, MATCHES_NOTHING_ALONE) is None
    heard = alex_talks.send(Match("AMAZON.FallbackIntent", {}))
    assert "If you're not safe, say: I need help." in heard.speech, heard.speech
    assert written(session) == (0, 0)


@pytest.mark.parametrize("said", TWINS + UNTRAINED_WON)
def test_each_twin_is_logged_as_a_small_win(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    assert heard.speech.startswith("Logged a small win: "), heard.speech
    [entry] = entries(session)
    assert entry.kind == LogKind.SMALL_WIN and entry.note is not None and entry.note.lower() == said.lower()


@pytest.mark.parametrize("said", TWINS + UNTRAINED_WON)
def test_each_twin_is_saved_as_a_checkin_answer(session, home, contract, alex_talks, said) -> None:
    alex, _ = home
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert heard.speech.endswith(f"Question 2: {QUESTIONS[1]}"), heard.speech
    assert answers(session) == [(alex.id, 0, as_written(said))]


@pytest.mark.parametrize("locale", ["en-GB", "en-US", "en-AU", "en-IN", "en-CA"])
def test_a_good_night_for_our_checkin_starts_it(skill, session_factory, session, home, contract, locale) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("tonight feels like a good night for our check in")
    heard = talk("no")  # Sam is not here
    assert heard.speech.endswith(f"Question 1: {QUESTIONS[0]}"), heard.speech
    assert written(session) == (0, 0)


@pytest.mark.parametrize("said", ["sam would be better off with the bigger car", "tonight feels like a pizza night"])
def test_an_everyday_remark_through_the_two_carriers_is_let_go(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks(said)
    assert heard.speech.startswith(LET_GO) and heard.open, heard.speech
    assert written(session) == (0, 0)


@pytest.mark.parametrize(
    "said", ["tonight feels like the night to end it all", "sam would be better off with the insurance money"]
)
def test_the_crisis_the_two_carriers_were_made_for_is_still_heard(session, home, contract, alex_talks, said):
    heard = alex_talks(said)
    assert heard.speech.startswith(HELP), heard.speech
    assert written(session) == (0, 0)
