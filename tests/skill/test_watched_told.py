"""A watch the speaker did not want, told as a moment ("Sam keeps checking my location and I hate
it", "my husband watches my location all the time"), is the partner's act told (the breach-told
answer, nothing saved), never a moment of reliability the partner reads; a watch agreed or asked
for ("as we agreed", "I asked her to"), a shared phone bill and watching the kids stay moments.
Found by the lead after voice26 (a complaint noted as "a moment of reliability")."""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.distress import is_distress

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Priya", "Rohan", "en-IN")]
TOLD = "A breach is logged by the one who crossed the boundary"

UNWANTED = [
    "log a moment: {b} watches my location all the time and I hate it",
    "note that {b} keeps checking my location and I can't stand it",
    "log a moment: {b} is always looking through my messages",
    "note a moment: {b} monitors my emails every evening",
]

WANTED = [
    "log a moment: {b} checked my phone as we agreed",
    "log a moment: {b} checks my phone bill each month because we share the plan",
    "log a moment: {b} watches the kids every Tuesday so I can go to choir",
    "log a moment: {b} looked at my phone to find the concert tickets",
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("sentence", UNWANTED)
def test_an_unwanted_watch_is_told_not_noted(session, session_factory, a, b, locale, sentence) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(sentence.format(b=b))
    assert rows(session) == [], said.speech
    assert "moment" not in said.speech.lower() or "That wasn't saved" in said.speech, said.speech


@pytest.mark.parametrize("sentence", UNWANTED[:2])
def test_the_unwanted_watch_gets_the_breach_told_answer(session, session_factory, sentence) -> None:
    said = four_promises(session, session_factory, "Alex", "Sam", "en-US")(sentence.format(b="Sam"))
    assert TOLD in said.speech, said.speech


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("sentence", WANTED)
def test_a_watch_agreed_or_an_errand_is_a_moment(session, session_factory, a, b, locale, sentence) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(sentence.format(b=b))
    assert "That wasn't saved" not in said.speech and TOLD not in said.speech, said.speech
    assert [kind for kind, _, _, _ in rows(session)] == ["reliability"], said.speech


@pytest.mark.parametrize(
    "sentence",
    ["he tracks my location even after I asked him to stop", "he tracks my phone and I asked him not to"],
)
def test_tracking_asked_to_stop_is_still_heard(sentence) -> None:
    assert is_distress(sentence, ["Alex", "Sam"])
