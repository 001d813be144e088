"""A friend's name keeps its capital (voice21, issue 8): "walked the dog with Jenny" was read back and
saved as "...with jenny". What is knowable: the letters Alexa (or the person typing to the simulator)
wrote, and the couple's own names as they spell them on the site. So a name Alexa writes capitalised
keeps it in the saved note and the read-back, a first word included ("Jenny walked the dog"); the
simulator now hands free text (a note, an answer) to the skill in the letters typed; a name Alexa
writes in lower case stays so (nothing is guessed), the couple's names are spelled as on the site."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import agreed_contract
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple, logged
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import InteractionModel, Match


def _talk(session, session_factory, a: str, b: str, locale: str = "en-US") -> Talk:
    one, two = linked_couple(session, a, b, person_id=VOICE)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-AU"])
@pytest.mark.parametrize(
    ("couple", "said", "read_back", "kind", "note"),
    [
        (
            ("Alex", "Sam"),
            "log a moment of reliability sam walked the dog with Jenny",
            "Noted, a moment of reliability: Sam walked the dog with Jenny.",
            "reliability",
            "Sam walked the dog with Jenny",
        ),
        (
            ("Priya", "Rohan"),
            "log a small win we had dinner with Meera and Tom",
            "Logged a small win: we had dinner with Meera and Tom.",
            "small_win",
            "We had dinner with Meera and Tom",
        ),
    ],
)
def test_a_friend_s_name_typed_with_its_capital_keeps_it(
    session, session_factory, locale, couple, said, read_back, kind, note
) -> None:
    heard = _talk(session, session_factory, *couple, locale=locale)(said)
    assert heard.speech.startswith(read_back), heard.speech
    assert logged(session) == [(couple[0], (note.split()[0] == "Sam" and "reliability") or "small_win", note)]


@pytest.mark.parametrize(
    ("value", "read_back", "note"),
    [
        ("Jenny walked the dog with me", "Jenny walked the dog with you", "Jenny walked the dog with me"),
        ("walked the dog with Jenny", "walked the dog with Jenny", "Walked the dog with Jenny"),
        ("jenny walked the dog", "jenny walked the dog", "Jenny walked the dog"),  # lower case: nothing guessed
        ("sam met jenny at the park", "Sam met jenny at the park", "Sam met jenny at the park"),
    ],
)
def test_what_alexa_writes_is_kept_and_the_couple_spelled_as_on_the_site(
    session, session_factory, value, read_back, note
) -> None:
    heard = _talk(session, session_factory, "Alex", "Sam").send(Match("LogReliabilityIntent", {"note": value}))
    assert heard.speech == f"Noted, a moment of reliability: {read_back}.", heard.speech
    assert logged(session) == [("Alex", "reliability", note)]


def test_a_check_in_answer_keeps_the_capital_typed(session, session_factory) -> None:
    talk = _talk(session, session_factory, "Hope", "Faith")
    talk("start our check-in")
    talk("no")
    talk("we went to Jenny's party together")
    session.expire_all()
    assert [a.answer for a in session.scalars(select(CheckInAnswer))] == ["We went to Jenny's party together"]


def test_the_simulator_keeps_only_free_text_as_typed() -> None:
    model = InteractionModel.load(locale="en-US")
    assert model.match("Log A Small Win we met Jenny").slots["note"] == "we met Jenny"
    assert model.match("Log a small win").intent == "LogSmallWinIntent"
    match = model.match("I kept my promise to call when LATE")
    assert match is not None and match.slots.get("commitment") == "call when late"  # matched, not written


@pytest.mark.parametrize("value", ["walked with Jenny\u0007", "Jenny\u202e walked", "   "])
def test_bad_note_values_are_refused_and_nothing_saved(session, session_factory, value) -> None:
    heard = _talk(session, session_factory, "Alex", "Sam").send(Match("LogReliabilityIntent", {"note": value}))
    assert "Noted" not in heard.speech and heard.speech, heard.speech
    assert logged(session) == []
