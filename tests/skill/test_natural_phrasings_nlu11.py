"""Natural phrasings note23 found not understood (Left 2/3), each added by shape and heard through the
locale's own model (tests/skill/talk.py): "Sam did something lovely today,
write it down" notes a moment of the partner's (noticed by the speaker), "we still haven't done our check-in" starts
it ("check in" said alone is left out: README), "give me a summary" is how
we're doing, "no wait" right after a moment is noted offers to take it back, "I did what I said I'd do
today" is a keep that asks which one. Other words of each shape too."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk, asks_which_then_logs
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import LogEntry, Partner
from trust_tracker.skill.simulator import Match

NOTED = "Noted, a moment of reliability: "
ASKED_KEPT = "Which one did you keep: call when late or evening talk?"
PROGRESS = "Nothing's been logged yet this week, or by this point last week."
CHECKIN = "Let's do your check-in. Is Sam with you?"
UNDO = "Your last entry, today, says you noted a moment of reliability: Sam made dinner. Shall I remove it?"

MOMENTS = {
    "Sam did something lovely today, write it down": "Sam did something lovely today",
    "Sam made dinner, write that down": "Sam made dinner",
    "Sam fixed the tap, jot that down": "Sam fixed the tap",
}


def _noticed_by(session) -> str:
    """Who noted the one entry: a moment of reliability is the other partner's, noted by the speaker."""
    session.expire_all()
    entry = session.scalars(select(LogEntry)).one()
    return session.get(Partner, entry.partner_id).name


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("said", "note"), MOMENTS.items())
def test_a_moment_told_and_asked_to_be_written_is_noted_for_the_partner(
    session, session_factory, locale, said, note
) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "LogReliabilityIntent"
    assert talk(said).speech == f"{NOTED}{note}."
    assert [(kind, text) for kind, _, _, text in rows(session)] == [("reliability", note)]
    assert _noticed_by(session) == "Alex"


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said", ["we still haven't done our check in yet", "we still haven't done our check-in this week"]
)
def test_a_check_in_not_done_yet_starts_it(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "StartCheckInIntent"
    answer = talk(said)
    assert answer.speech.startswith(CHECKIN) and answer.open, answer.speech
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["give me a summary", "give us a summary", "sum up how we're doing"])
def test_a_summary_asked_for_is_how_we_are_doing(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == "ProgressIntent"
    assert talk(said).speech.startswith(PROGRESS)
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["no wait", "wait no", "no hang on", "wait, that's wrong"])
def test_no_wait_right_after_a_moment_offers_to_take_it_back_and_yes_does(
    session, session_factory, locale, said
) -> None:
    talk = _talk(session, session_factory, locale)
    talk("Sam made dinner, write it down")
    assert _heard(talk, said) == "UndoIntent"
    asked = talk(said)
    assert asked.speech == UNDO and asked.open, asked.speech
    assert len(rows(session)) == 1  # nothing removed before the yes
    talk("yes")
    assert rows(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", ["I did what I said I'd do today", "I did what I said I would do tonight"])
def test_a_promise_kept_naming_none_asks_which_and_the_answer_logs_it(session, session_factory, locale, said):
    talk = _talk(session, session_factory, locale)
    logged = asks_which_then_logs(session, talk, said, "LogKeptIntent", ASKED_KEPT, "evening talk")
    assert logged == [("kept", "evening talk")]


@pytest.mark.parametrize("said", ["he hit me, write it down", "she hit me again, write it down"])
def test_distress_in_a_moment_asked_to_be_written_gets_help_and_nothing_is_saved(session, session_factory, said):
    talk = _talk(session, session_factory, "en-GB")
    assert talk(said).speech.startswith("I'm sorry you're going through this.")
    assert rows(session) == []


@pytest.mark.parametrize("odd", ["", "?", "🙂🙂", "sam " * 300])
def test_odd_words_as_a_moment_to_write_down_save_nothing(session, session_factory, odd) -> None:
    talk = _talk(session, session_factory, "en-AU")
    said = talk.send(Match("LogReliabilityIntent", {"note": odd}))
    assert said.speech and "Traceback" not in said.speech
    assert rows(session) == []
