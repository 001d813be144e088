"""Tester-voice50 item 16: every help answer, in every locale, linked or not, at the menu or in a
check-in, says how to reach the safety numbers, and stays short (ten seconds spoken)."""

from __future__ import annotations

import re

import pytest

from tests.factories import NOW
from tests.skill.talk import Talk
from tests.skill.voice15_home import couple_home
from trust_tracker.skill.builder import build_skill

LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN"]
LINE = "If you're not safe, say: I need help."


def _seconds(text: str) -> float:
    return len(re.findall(r"[\w'’.-]+", text)) / (150 / 60)


@pytest.mark.parametrize("locale", LOCALES)
def test_help_at_the_menu_names_the_way_to_help(session, session_factory, locale) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank", locale=locale)
    for said in [alexa("help") for _ in range(3)]:
        assert LINE in said.speech and said.open
        assert _seconds(said.speech) <= 10, said.speech


@pytest.mark.parametrize("locale", LOCALES)
def test_help_on_a_device_not_linked_names_it_too(session_factory, locale) -> None:
    said = Talk(build_skill(), session_factory, locale=locale, now=NOW)("help")
    assert LINE in said.speech and said.speech.endswith("What's your code?")


def test_help_in_a_checkin_names_it_and_keeps_the_place(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    alexa("start our check-in")
    said = alexa("help")
    assert LINE in said.speech and said.open
    assert "?" in said.speech.split(LINE)[1]  # the question asked again after it
