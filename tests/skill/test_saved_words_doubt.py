"""Words the learned check doubts (under its alarm, in the band of the place they are saved in:
skill/saved_words.py BANDS) are never saved silently: the person hears the locale's help lines and
is asked whether to save them; "yes" saves them once, "no" keeps nothing and goes back to what
waited, anything else lets the doubt go (skill/intents/doubt.py). A short everyday answer is not
asked about. Crisis phrasings here are our own or from a list the check never learnt from."""

from __future__ import annotations

import pytest

from tests.skill.talk import ALEX_VOICE, QUESTIONS, Talk, as_written, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.saved_words import BANDS, distress_in
from trust_tracker.skill.simulator import Match

NAMES = ("Alex", "Sam")
ASKED = "I haven't saved that yet, in case you or someone else isn't safe. If you're in danger, call "
# Crisis in new words: not heard as distress, doubted wherever it is saved.
DOUBTED = [
    "i have been taking extra of my tablets to see what happens",
    "lately i feel like a ghost in my own house",  # "…the kids deserve a better parent than me" is heard since safety32
]
# Said as a check-in answer, crisis inside ordinary words.
LONG_ANSWER = "it was an okay week mostly, work was busy, and honestly i only cut once this week"
# Short check-in answers that score in the old band (2.0) on three words: saved as said.
SHORT_ANSWERS = ["being late once", "on time twice"]
EVERYDAY = [
    "i cooked a roast for everyone",
    "we walked the dog by the river",
    "sam brought me tea in bed",  # 2.86: under a moment's floor
]
# Check-in answers saved as said: an answer's floor is higher.
ANSWERS = [*SHORT_ANSWERS, "a proper walk on sunday would help"]  # 3.47


@pytest.mark.parametrize("said", [*DOUBTED, LONG_ANSWER])
def test_the_crisis_sentences_are_missed_by_the_check_and_doubted_in_every_place(said) -> None:
    assert not distress_in(said, NAMES)
    assert all(band.doubts(said, NAMES) for band in BANDS.values())


@pytest.mark.parametrize("said", SHORT_ANSWERS + EVERYDAY)
def test_everyday_words_are_doubted_nowhere(said) -> None:
    assert not any(band.doubts(said, NAMES) for band in BANDS.values())


@pytest.mark.parametrize("said", ANSWERS)
def test_everyday_answers_are_not_doubted_as_answers(said) -> None:
    assert not BANDS["answers"].doubts(said, NAMES)


def asked(heard) -> bool:
    return heard.speech.startswith(ASKED) and heard.speech.endswith("If you're okay, shall I save it?") and heard.open


@pytest.mark.parametrize(
    ("intent", "kind"), [("LogSmallWinIntent", LogKind.SMALL_WIN), ("LogReliabilityIntent", LogKind.RELIABILITY)]
)
@pytest.mark.parametrize("said", DOUBTED)
def test_a_doubted_win_or_moment_is_saved_once_only_after_yes(session, home, contract, alex_talks, intent, kind, said):
    heard = alex_talks.send(Match(intent, {"note": said}))
    assert asked(heard), heard.speech
    assert entries(session) == []
    alex_talks("yes")
    [entry] = entries(session)
    assert (entry.kind, entry.note.lower()) == (kind, said)


@pytest.mark.parametrize("said", DOUBTED)
def test_a_doubted_note_is_not_saved_until_yes(session, home, alex_talks, said) -> None:
    """No contract agreed: the words of a kept promise are its note."""
    heard = alex_talks.send(Match("LogKeptIntent", {"commitment": said}))
    assert asked(heard), heard.speech
    assert entries(session) == []
    alex_talks("yes")
    [entry] = entries(session)
    assert entry.note is not None and said.endswith(entry.note.lower())


@pytest.mark.parametrize("said", DOUBTED)
def test_no_saves_nothing_and_the_session_goes_on(session, home, contract, alex_talks, said) -> None:
    alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    heard = alex_talks("no")
    assert heard.speech.startswith("Okay, nothing's saved.") and heard.open
    assert entries(session) == []


@pytest.mark.parametrize("said", EVERYDAY)
def test_everyday_words_are_saved_without_a_question(session, home, contract, alex_talks, said) -> None:
    heard = alex_talks.send(Match("LogSmallWinIntent", {"note": said}))
    assert heard.speech.startswith("Logged a small win"), heard.speech
    assert len(entries(session)) == 1


@pytest.mark.parametrize("said", [*DOUBTED, LONG_ANSWER])
def test_a_doubted_checkin_answer_waits_for_yes_and_the_checkin_goes_on(session, home, contract, alex_talks, said):
    alex, _ = home
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert asked(heard), heard.speech
    assert answers(session) == []
    heard = alex_talks("yes")
    assert heard.open and heard.speech.endswith(f"Question 2: {QUESTIONS[1]}"), heard.speech
    assert answers(session) == [(alex.id, 0, as_written(said))]


def test_no_to_a_doubted_answer_asks_the_question_again(session, home, contract, alex_talks) -> None:
    alone(alex_talks)
    alex_talks.send(Match("AnswerIntent", {"answer": LONG_ANSWER}))
    heard = alex_talks("no")
    assert heard.speech.startswith("Okay, nothing's saved.") and heard.speech.endswith(QUESTIONS[0]), heard.speech
    assert answers(session) == []


@pytest.mark.parametrize("said", ANSWERS)
def test_an_everyday_answer_is_saved_without_a_question(session, home, contract, alex_talks, said) -> None:
    alex, _ = home
    alone(alex_talks)
    heard = alex_talks.send(Match("AnswerIntent", {"answer": said}))
    assert heard.speech.endswith(f"Question 2: {QUESTIONS[1]}"), heard.speech
    assert answers(session) == [(alex.id, 0, as_written(said))]


def test_another_request_lets_the_doubt_go(session, home, contract, alex_talks) -> None:
    alex_talks.send(Match("LogSmallWinIntent", {"note": DOUBTED[0]}))
    alex_talks("how are we doing")
    alex_talks("yes")  # to nothing doubted any more
    assert entries(session) == []


@pytest.mark.parametrize(
    "forged",
    [
        {"intent": "LogSmallWinIntent", "slots": {"note": 7}, "attributes": {}},
        {"intent": "AMAZON.YesIntent", "slots": {}, "attributes": {}},
        {"intent": "LogSmallWinIntent", "slots": {"note": "x"}, "attributes": {"doubted": {}}},
        "LogSmallWinIntent",
    ],
)
def test_a_forged_doubt_replays_nothing(session, home, contract, alex_talks, forged) -> None:
    alex_talks("how are we doing")
    alex_talks.conversation.attributes["doubted"] = forged
    heard = alex_talks("yes")
    assert heard.speech.startswith("Okay, nothing's saved.")
    assert entries(session) == []


@pytest.mark.parametrize(
    ("locale", "numbers"),
    [
        (
            "en-US",
            "call nine one one. Call or text the Suicide and Crisis Lifeline at nine eight eight. For abuse, call the "
            "Domestic Violence Hotline at one, eight zero zero, seven nine nine, seven two three three.",
        ),
        (
            "en-GB",
            "call nine nine nine. Call Samaritans on one one six, one two three, any time. For abuse, call the "
            "Domestic Abuse Helpline on zero eight zero eight, two zero zero zero, two four seven.",
        ),
        (
            "en-AU",
            "call zero zero zero. Call Lifeline on one three, one one, one four, any time. For abuse, call eighteen "
            "hundred respect on one eight zero zero, seven three seven, seven three two.",
        ),
        (
            "en-IN",
            "call one one two. Call Tele Manas on one four four one six, any time. For abuse, call the Women "
            "Helpline on one eight one.",
        ),
    ],
)
def test_the_question_says_the_locales_numbers(skill, session_factory, session, home, contract, locale, numbers):
    """Two testers in a row heard the lines named without numbers, said yes, and their crisis was saved."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    heard = talk.send(Match("LogSmallWinIntent", {"note": DOUBTED[0]}))
    assert asked(heard), heard.speech
    assert f"isn't safe. If you're in danger, {numbers} If you're okay, shall I save it?" in heard.speech, heard.speech
    assert len(heard.speech.split()) / 150 * 60 < 30  # under half a minute at 150 words a minute
    assert entries(session) == []


def test_a_second_keep_of_the_day_in_doubted_words_is_asked_about_before_it_is_refused(
    session, home, contract, alex_talks
) -> None:
    """A keep's words are read before the once-a-day index refuses it (speed18 folded the day's look
    into the insert): the doubt question first, nothing written; "yes" then hears the day is held."""
    alex_talks.send(Match("LogKeptIntent", {"commitment": "call when late"}))
    alex_talks.send(Match("LogKeptIntent", {}))
    heard = alex_talks.send(Match("LogKeptIntent", {"commitment": f"the call one {DOUBTED[0]}"}))
    assert asked(heard), heard.speech
    assert [(e.kind, e.note) for e in entries(session)] == [(LogKind.KEPT, "")]
    heard = alex_talks("yes")
    assert "already logged as kept today, so it counts once" in heard.speech, heard.speech
    assert [(e.kind, e.note) for e in entries(session)] == [(LogKind.KEPT, "")]


def test_a_second_keep_of_the_day_in_words_of_danger_hears_the_help_lines_and_writes_nothing(
    session, home, contract, alex_talks
) -> None:
    alex_talks.send(Match("LogKeptIntent", {"commitment": "call when late"}))
    alex_talks.send(Match("LogKeptIntent", {}))
    heard = alex_talks.send(Match("LogKeptIntent", {"commitment": "the call one, he hit me when i got home"}))
    assert heard.speech.startswith("I'm sorry you're going through this."), heard.speech
    assert "nine one one" in heard.speech and "already logged" not in heard.speech
    assert [(e.kind, e.note) for e in entries(session)] == [(LogKind.KEPT, "")]
