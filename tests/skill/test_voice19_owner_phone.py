"""On a shared device, the one who says they speak, never the owner named (voice19, tester find 2):
"this is Faith's phone but it's Grace", "it's Grace on Faith's phone", "Faith's device, Grace
speaking" switch to Grace (skill/handover.py speaking_on_anothers). Through the real skill: the
spoken text, and whose the entries written are."""

from __future__ import annotations

import pytest

from tests.skill.talk import entries
from tests.skill.voice15_home import couple_home
from trust_tracker.skill.simulator import Match

WHO = "Before I do that: is this Faith or Grace?"


def faith_logged(alexa) -> None:
    assert alexa("log a small win: I fixed the tap").speech == WHO
    alexa("Faith")


def test_the_name_after_its_is_who_speaks_not_the_phones_owner(session, session_factory) -> None:
    alexa, faith, grace, _ = couple_home(session, session_factory, "faith-grace", person_id=None)
    faith_logged(alexa)
    heard = alexa("this is Faith's phone but it's Grace")
    assert heard.speech.startswith("Thanks, Grace:") and heard.speech.endswith("Is it yours?")
    alexa("no")
    alexa.send(Match("LogSmallWinIntent", {"note": "i walked the dog"}))
    assert [(e.partner_id, e.note) for e in entries(session)] == [
        (faith.id, "I fixed the tap"),
        (grace.id, "I walked the dog"),
    ]


@pytest.mark.parametrize(
    "name", ["grace on faith's phone", "faith's device grace speaking", "faith's echo but it's grace"]
)
def test_other_ways_of_saying_it_switch_to_the_one_speaking(session, session_factory, name) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace", person_id=None)
    faith_logged(alexa)
    heard = alexa.send(Match("IdentifySpeakerIntent", {"name": name}))
    assert heard.speech.startswith("Thanks, Grace:")


def test_the_owner_saying_so_stays_the_owner(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace", person_id=None)
    faith_logged(alexa)
    heard = alexa("this is Grace's phone but it's Faith")
    assert heard.speech.startswith("I know you as Faith") and "Grace" not in heard.speech


def test_asked_who_the_waiting_request_is_done_for_the_one_speaking(session, session_factory) -> None:
    alexa, _, grace, _ = couple_home(session, session_factory, "faith-grace", person_id=None)
    assert alexa("log a small win: I fixed the tap").speech == WHO
    heard = alexa.send(Match("IdentifySpeakerIntent", {"name": "grace on faith's phone"}))
    assert heard.speech.startswith("Logged a small win: you fixed the tap")
    assert [e.partner_id for e in entries(session)] == [grace.id]
