"""A handover said before a request in one breath (issue names12 #15): on voice10, Jo's voice
saying "Jo-Ann here now, log a small win: I walked the dog" logged "jo ann here now log a small
win you walked the dog" as Jo's. A voice Alexa knows stays its partner's: nothing is logged and
the other is told how to get the credit. On a device without voice profiles the name said counts
for the session: the request is the one handed over to's. The handover words are never a note."""

from __future__ import annotations

import unicodedata

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill.talk import USER, Talk, entries
from trust_tracker.models import voice
from trust_tracker.skill.builder import build_skill

VOICE = "amzn1.ask.person.jo"
COUPLES = [("Jo", "Jo-Ann"), ("Priya", "Tomás"), ("Hope", "Will"), ("Dan", "Danielle")]
# Held out: {b} takes over from {a} and asks in the same breath.
SAID = [
    "{b} here now, log a small win: I walked the dog",
    "it's {b} now, log a small win I walked the dog",
    "this is {b}, log a small win: I walked the dog",
    "sorry, {b} speaking, log a small win: I walked the dog",
]


def _as_alexa_writes(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _home(session, session_factory, a: str, b: str, person_id: str | None) -> Talk:
    one, two = make_couple(session, "One", "Two")
    one.name, two.name = a, b
    code = voice.issue_pairing_code(session, one, now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=person_id, now=NOW)
    agreed_contract(session, one, two)
    session.flush()
    return Talk(build_skill(), session_factory, person_id=person_id)


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_a_known_voice_stays_its_own_and_the_other_is_told_how(session, session_factory, a, b, said):
    talk = _home(session, session_factory, a, b, VOICE)
    talk("open trust tracker")
    reply = talk(said.format(b=_as_alexa_writes(b)))
    assert reply.speech.startswith(f"I know this voice as {a}, so I haven't logged anything. {b} can log it")
    assert entries(session) == []


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_without_voice_profiles_the_one_handed_over_to_is_credited(session, session_factory, a, b, said):
    talk = _home(session, session_factory, a, b, None)
    talk("open trust tracker")
    talk(f"my name is {a}")
    talk(said.format(b=_as_alexa_writes(b)))
    assert [(e.partner.name, e.kind.value, e.note) for e in entries(session)] == [(b, "small_win", "I walked the dog")]


@pytest.mark.parametrize(
    "said", ["Jo-Ann took over the cooking tonight, log that as a win", "log a small win: Jo-Ann here"]
)
def test_a_name_inside_what_happened_is_no_handover(session, session_factory, said):
    talk = _home(session, session_factory, "Jo", "Jo-Ann", VOICE)
    talk("open trust tracker")
    talk(said)
    assert [e.partner.name for e in entries(session)] == ["Jo"]


def test_what_follows_a_name_is_read_only_after_a_handover(session, monkeypatch) -> None:
    """A sentence that opens with a name ("Sam was on time for our talk") is no handover: what
    follows is read as a request only after the words before it say who is speaking."""
    from trust_tracker.skill import steering

    one, two = make_couple(session, "One", "Two")
    one.name, two.name = "Alex", "Sam"
    session.flush()
    asked: list[str] = []
    monkeypatch.setattr(steering, "unasked_request", lambda said: asked.append(said))
    assert steering.handover_before(one.couple, "Sam was on time for our talk") is None
    assert steering.handover_before(one.couple, "Sam took the bins out and fixed the gate") is None
    assert asked == []
    assert steering.handover_before(one.couple, "Sam here, we did our evening talk") == (two, "we did our evening talk")
