"""'What did I just log?' (tester-voice3 #18) reads back the speaker's own newest entry of the
last week, what and when, never the partner's; with none, says so. Through the real skill:
spoken text, and nothing changed in the log."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAM_VOICE, SAY, Talk, entries
from tests.skill.test_logging_dialog import alex_talks, mine

skill, home = conversations.skill, conversations.home
__all__ = ["alex_talks", "home", "mine", "skill"]

ASKED = ["what did I just log", "what did I log today", "what did I log"]


@pytest.mark.parametrize("asked", ASKED)
def test_the_speakers_own_last_entry_is_read_back(session, mine, alex_talks, skill, session_factory, asked) -> None:
    alex_talks("log a small win: we paid the bills early")
    Talk(skill, session_factory, person_id=SAM_VOICE)("log a small win: I fixed the gate")
    before = [(e.kind, e.note, e.partner_id) for e in entries(session)]
    again = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    heard = again(asked)
    assert heard.speech.startswith("Your last entry, today, says") and not heard.open
    assert "bills" in heard.speech and "gate" not in heard.speech
    assert [(e.kind, e.note, e.partner_id) for e in entries(session)] == before


@pytest.mark.parametrize("asked", ASKED)
def test_with_nothing_logged_it_says_so(session, mine, alex_talks, asked) -> None:
    heard = alex_talks(asked)
    assert heard.speech == SAY("news_own_none") and entries(session) == []
