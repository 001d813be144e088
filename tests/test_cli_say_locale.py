"""`trust-tracker say --locale`: testers hear each locale's wording and help lines (en-AU:
000, Lifeline, 1800RESPECT), and a locale the skill does not speak is refused before anything
is read or written."""

# ruff: noqa: F811 (pytest fixtures imported from test_cli.py, named as arguments)
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.test_cli import assert_clean_error, database, migrated, rows, run, with_demo  # noqa: F401
from trust_tracker.models.entities import LogEntry, VoiceLink
from trust_tracker.models.pairing_entities import PairingCode

DISTRESS = "I am scared of my partner"


def test_en_au_hears_000_lifeline_and_1800respect(with_demo):
    result = run("say", DISTRESS, "--locale", "en-AU")
    assert result.exit_code == 0, result.output
    assert "Heard: SupportIntent" in result.stdout
    assert "If you're in danger, call zero zero zero." in result.stdout
    assert "Call Lifeline on one three, one one, one four, any time." in result.stdout
    assert "eighteen hundred respect on one eight zero zero, seven three seven, seven three two" in result.stdout
    assert "nine one one" not in result.stdout and "That wasn't saved." in result.stdout


@pytest.mark.parametrize(
    ("locale", "emergency"),
    [
        ("en-US", "call nine one one."),
        ("en-CA", "call nine one one."),
        ("en-GB", "call nine nine nine."),
        ("en-AU", "call zero zero zero."),
        ("en-IN", "call one one two."),
    ],
)
def test_each_locale_hears_its_own_emergency_number(with_demo, locale, emergency):
    result = run("say", DISTRESS, "--locale", locale)
    assert result.exit_code == 0, result.output
    assert f"If you're in danger, {emergency}" in result.stdout


def test_without_locale_it_is_en_us(with_demo):
    assert "call nine one one." in run("say", DISTRESS).stdout


def test_en_au_links_and_logs_as_a_partner(with_demo):
    result = run("say", "I kept my promise to call when late", "--as", "alex@example.com", "--locale", "en-AU")
    assert result.exit_code == 0, result.output
    assert "Logged: you kept your promise to call when late." in result.stdout


@pytest.mark.parametrize(
    "locale",
    ["en-XX", "EN-AU", "en_AU", "en", "", " en-AU", "en-AU\n", "en-AU\x00", "en-\u200bAU", "e" * 100_000, "de-DE"],
    ids=[
        "unknown",
        "upper",
        "underscore",
        "language",
        "empty",
        "space",
        "newline",
        "nul",
        "zero-width",
        "huge",
        "german",
    ],
)
def test_a_locale_the_skill_does_not_speak_is_refused_and_nothing_is_written(with_demo, locale):
    before = rows(with_demo, select(func.count(LogEntry.id)))[0][0]
    result = run("say", "I kept my promise to call when late", "--as", "alex@example.com", "--locale", locale)
    assert_clean_error(result, "Invalid value for '--locale'", exit_code=2)
    assert "en-AU" in result.output  # the five it speaks are listed
    assert rows(with_demo, select(func.count(LogEntry.id)))[0][0] == before
    assert rows(with_demo, select(func.count(VoiceLink.id)))[0][0] == 0
    assert rows(with_demo, select(func.count(PairingCode.id)))[0][0] == 0
