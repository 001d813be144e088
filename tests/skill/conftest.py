"""The conversation fixtures that many files here ask for by name: the skill, the home (a couple
with a linked device), Alex talking, and a shared device without voice profiles
(tests/skill/talk.py); a couple of any two names talking, and their
check-in begun (tests/skill/voice12_home.py). A module's own fixture of the same name wins.

`contract` is not here: the suite's (tests/conftest.py) is another, so a module that wants
talk.py's spoken contract names it (`contract = conversations.contract`)."""

from __future__ import annotations

from tests.skill.talk import alex_talks, home, shared_talk, skill
from tests.skill.voice12_home import checkin_begun, couple_talks

__all__ = ["alex_talks", "checkin_begun", "couple_talks", "home", "shared_talk", "skill"]
