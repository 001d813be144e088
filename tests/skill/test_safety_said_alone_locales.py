"""Distress said alone in each locale, end to end: virtual-alexa routes each phrasing over that
locale's interaction model and posts the request, carrying the locale, to the real server (the
harness sent every request as en-US before safety10). Each gets that locale's numbers with
nothing written; everyday words that open the same ways get none; and "I need help", which the
second "not understood" now suggests, reaches the help in every locale."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from tests.skill.distress_said_alone10 import OWN_DISTRESS, OWN_LOOKALIKES
from tests.skill.e2e.harness import conversation_script, one_shot, opened, route_only, server
from tests.skill.test_safety import LOCALES, NUMBERS
from tests.skill.test_safety_said_alone import spoken
from trust_tracker.models.entities import LogEntry

__all__ = ["conversation_script", "server"]  # fixtures

# A sample of each kind, and each locale's own words for a blow.
SAID = [
    "can you call someone for me quietly",
    "he dislocated my shoulder",
    "i'm sleeping in the car tonight it's safer",
    "my teenage son said he wants to die",
    *OWN_DISTRESS[::8],
]
LOCAL_WORDS = {
    "en-US": "my husband beat me up last night",
    "en-CA": "my boyfriend slapped me again",
    "en-GB": "me fella battered me on friday",
    "en-AU": "he bashed me after the footy",
    "en-IN": "my in laws are harassing me for dowry",
}
EVERYDAY = OWN_LOOKALIKES[::6]


def _text(ssml: str | None) -> str:
    return re.sub(r"<[^>]+>", "", ssml or "")


def _entries(database) -> int:
    with opened(database) as session:
        return session.scalar(select(func.count()).select_from(LogEntry))


@pytest.mark.parametrize("locale", LOCALES)
def test_distress_said_alone_gets_the_locales_numbers_end_to_end(conversation_script, server, locale) -> None:
    url, _, database = server
    before = _entries(database)
    phrasings = [spoken(said) for said in [*SAID, LOCAL_WORDS[locale]]]
    answered = one_shot(url, phrasings, locale)
    for turn in answered:
        said = _text(turn["ssml"])
        assert said.startswith("I'm sorry you're going through this."), (locale, turn)
        assert all(number in said for number in NUMBERS[locale]), (locale, turn)
    assert _entries(database) == before


@pytest.mark.parametrize("locale", LOCALES)
def test_everyday_words_said_alone_get_no_numbers_in_any_locale(conversation_script, server, locale) -> None:
    url, _, _ = server
    for turn in one_shot(url, [spoken(said) for said in EVERYDAY], locale):
        said = _text(turn["ssml"])
        assert "going through this" not in said and not any(n in said for n in NUMBERS[locale]), (locale, turn)


@pytest.mark.parametrize("locale", LOCALES)
def test_i_need_help_reaches_support_in_every_locales_model(conversation_script, locale) -> None:
    [turn] = route_only(["i need help"], locale)
    assert turn["intent"] == "SupportIntent" and turn["slots"] == {}
