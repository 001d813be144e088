"""Everything the skill says lives in skill/speech.py, for every locale."""

from __future__ import annotations

import re
import string
from datetime import time
from pathlib import Path

import pytest

from trust_tracker.skill.speech import DEFAULT_LOCALE, LANGUAGES, for_locale

SKILL = Path(__file__).parents[2] / "skill"


def literal_keys() -> set[str]:
    """Phrase keys the handlers ask for by name (f-string keys are covered by the conversation tests)."""
    keys: set[str] = set()
    for path in SKILL.rglob("*.py"):
        keys |= set(re.findall(r"""\bsay\(\s*["']([a-z_]+)["']""", path.read_text()))
    return keys


def test_every_phrase_asked_for_exists() -> None:
    keys = literal_keys()
    assert len(keys) > 50
    assert keys - set(LANGUAGES[DEFAULT_LOCALE].phrases) == set()


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"])
def test_every_locale_has_every_phrase_with_the_same_fields(locale) -> None:
    language, default = LANGUAGES[locale], LANGUAGES[DEFAULT_LOCALE]
    assert for_locale(locale) is language
    assert set(language.phrases) == set(default.phrases)
    for key, phrase in language.phrases.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(phrase) if name}
        assert fields == {name for _, name, _, _ in string.Formatter().parse(default.phrases[key]) if name}, key


def test_the_pause_is_well_formed_ssml_with_silences() -> None:
    ssml = for_locale("en-GB").pause_ssml()
    assert ssml.startswith('<prosody rate="slow">') and ssml.count('<break time="2s"/>') == 5
    assert "There's no rush" in ssml


def test_an_unknown_locale_falls_back_to_english() -> None:
    assert for_locale("en-ZA").locale == "en-US"
    assert for_locale("fr-FR").locale == "en-US"
    assert for_locale(None).locale == "en-US"


@pytest.mark.parametrize(
    ("locale", "at", "spoken"),
    [
        ("en-US", time(0, 0), "midnight"),
        ("en-US", time(12, 0), "noon"),
        ("en-US", time(0, 30), "12:30 AM"),
        ("en-US", time(12, 15), "12:15 PM"),
        ("en-US", time(19, 0), "7 PM"),
        ("en-GB", time(0, 0), "midnight"),
        ("en-GB", time(12, 0), "noon"),
        ("en-GB", time(0, 30), "12.30 am"),
    ],
)
def test_midnight_and_noon_are_said_as_words(locale, at, spoken) -> None:
    assert LANGUAGES[locale].clock(at) == spoken
