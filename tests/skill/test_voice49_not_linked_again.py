"""tester-voice48: on a device not linked, the launch said how to link, then the first "I kept my promise" got
"I'm still not getting it." What was asked was clear: said again, the device is what is missing. Nothing is written."""

from __future__ import annotations

import pytest

from tests.skill.talk import Talk, count, home, skill
from trust_tracker.models.entities import LogEntry

__all__ = ["home", "skill"]


@pytest.mark.parametrize(
    ("locale", "then"),
    [("en-GB", "i kept my promise"), ("en-IN", "how are we doing"), ("en-AU", "start our check-in"), ("en-US", "help")],
)
def test_the_second_not_linked_line_is_never_still_not_getting_it(
    session, session_factory, skill, couple, locale, then
):
    talk = Talk(skill, session_factory, person_id=None, locale=locale)
    talk.conversation.user_id = "amzn1.ask.account.NOT-LINKED"
    assert "isn't linked" in talk("open trust tracker").speech
    said = talk(then)
    assert "still not getting it" not in said.speech
    if said.open:
        assert "still isn't linked" in said.speech or "code" in said.speech
    assert count(session, LogEntry) == 0
