"""A keep or a miss told with no day to it (code47): "Which day was that?" keeps the session open with a reprompt,
and its answer ("Tuesday", "two days ago") logs the words on that day; no day, or one that cannot be logged,
logs nothing and says why. Speech and log_entry rows, both partners, four locales."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, TODAY, Talk, entries
from tests.skill.test_code45_checkin_repairs import week
from trust_tracker.models.entities import LogKind

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill", "week"]

ASKED = "Which day was that? Nothing is logged yet."


@pytest.mark.parametrize(
    ("voice", "locale"), [(ALEX_VOICE, "en-GB"), (SAM_VOICE, "en-US"), (ALEX_VOICE, "en-AU"), (SAM_VOICE, "en-IN")]
)
@pytest.mark.parametrize(
    ("told", "kind", "promise"),
    [
        ("I kept the evening talk the other day", LogKind.KEPT, "evening talk"),
        ("I missed the evening talk a few days ago", LogKind.MISSED, "evening talk"),
        ("I forgot to call when late the other day", LogKind.MISSED, "call when late"),
    ],
)
@pytest.mark.parametrize(("day", "back"), [("Tuesday", 1), ("two days ago", 2), ("on Monday", 2)])
def test_which_day_stays_open_and_its_answer_logs_on_that_day(
    session, skill, session_factory, home, week, voice, locale, told, kind, promise, day, back
):
    talk = Talk(skill, session_factory, person_id=voice, locale=locale)
    asked = talk(told)
    assert asked.speech == ASKED and asked.open and asked.reprompt, asked.speech
    assert entries(session) == []
    logged = talk(day)
    assert "Logged" in logged.speech, logged.speech
    partner = home[0] if voice == ALEX_VOICE else home[1]
    entry = entries(session)[-1]
    assert (entry.partner_id, entry.lineage_id, entry.kind, entry.local_date) == (
        partner.id,
        week[promise],
        kind,
        TODAY - timedelta(days=back),
    )
    assert len(entries(session)) == 1


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        ("I can't remember", "I couldn't tell which day, so nothing is logged."),
        ("never mind", "I couldn't tell which day, so nothing is logged."),
        ("a fortnight ago", "up to a week back"),
        ("tomorrow", "what has happened"),
        ("the other day", "I couldn't tell which day"),
    ],
)
def test_no_day_to_log_in_the_answer_logs_nothing_and_says_why(
    session, skill, session_factory, home, week, answer, why
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("I kept the evening talk the other day")
    said = talk(answer)
    assert why in said.speech and not said.open, said.speech
    assert entries(session) == []


@pytest.mark.parametrize("forged", [{"said": 5}, {"said": "x" * 5000}, {"kind": "sideways"}, {"said": "a\x00b"}])
def test_a_forged_question_logs_nothing(session, skill, session_factory, home, week, forged):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("I kept the evening talk the other day")
    talk.conversation.attributes["pending_log"].update(forged)
    said = talk("Tuesday")
    assert "nothing is logged" in said.speech and not said.open, said.speech
    assert entries(session) == []
