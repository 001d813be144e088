"""Saying who is speaking on a shared device without voice profiles, for a couple whose names are
words (issue names12 #9, #10: Hope and Will). The name said counts for the whole session (undo is
the speaker's, no "Is this Hope or Will?" again); at that question "that's all", "never mind",
"stop" leave with nothing kept, another non-name is asked once more and then the session ends
kindly; "Hope here" at the start names the speaker."""

from __future__ import annotations

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill.talk import USER, Talk, entries
from trust_tracker.models import voice
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

EN = for_locale("en-US")
ASKED = "Hi! Is this Hope or Will?"


@pytest.fixture
def talk(session, session_factory) -> Talk:
    one, two = make_couple(session, "Hope", "Will")
    code = voice.issue_pairing_code(session, one, now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=None, now=NOW)
    agreed_contract(session, one, two)
    session.flush()
    talk = Talk(build_skill(), session_factory, person_id=None)
    assert talk("open trust tracker").speech == ASKED
    return talk


def test_the_name_said_holds_through_a_log_and_its_undo(session, talk):
    assert talk("my name is Will").speech.startswith("Hi Will")
    said = talk("log a small win: I fixed the side gate")
    assert said.open and "Will" in said.speech
    assert [(e.partner.name, e.note) for e in entries(session)] == [("Will", "I fixed the side gate")]
    said = talk("undo that")
    assert "Hope or Will" not in said.speech and said.open
    talk("yes")
    assert entries(session) == []


@pytest.mark.parametrize("leave", ["that's all", "never mind", "stop", "no thanks", "forget it", "nothing"])
def test_at_who_is_it_leaving_words_leave_at_once(session, talk, leave):
    said = talk(leave)
    assert not said.open and said.speech in EN.options("goodbye")
    assert entries(session) == []


@pytest.mark.parametrize("leave", ["that's all", "never mind"])
def test_leaving_words_leave_after_a_request_waited_too(session, talk, leave):
    talk("log a small win: I fixed the side gate")  # taken as a name not caught: asked again
    said = talk(leave)
    assert not said.open and said.speech in EN.options("goodbye") and entries(session) == []


def test_other_non_names_are_asked_once_more_then_the_session_ends_kindly(session, talk):
    first = talk("no, keep it")
    assert first.open and "Hope or Will" in first.speech
    second = talk("the blue one")
    assert not second.open and "haven't saved anything" in second.speech
    assert entries(session) == []


@pytest.mark.parametrize(("said", "name"), [("Hope here", "Hope"), ("Will here", "Will"), ("it's Will", "Will")])
def test_a_name_with_here_names_the_speaker(session, talk, said, name):
    assert talk(said).speech.startswith(f"Hi {name}")
    talk("log a small win: I fixed the side gate")
    assert [e.partner.name for e in entries(session)] == [name]


@pytest.mark.parametrize("junk", ["\u0000\u0007", "x" * 200, "\U0001f600\U0001f494"])
def test_strange_answers_to_who_is_it_name_nobody_and_write_nothing(session, talk, junk):
    said = talk.send(Match("IdentifySpeakerIntent", {"name": junk}))
    assert not said.speech.startswith(("Hi Hope", "Hi Will")) and entries(session) == []
