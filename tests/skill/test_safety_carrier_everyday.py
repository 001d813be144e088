"""SupportIntent's carriers whose rebuilt words are not distress but a request of the couple's
(tester-voice6 #10): "I shared my location when I was out with the boys" (Alexa fills the partner's
"name" with "I"), "Will here, I shared my location last night" and "this is Faith, log a moment:
Hope made me a cuppa" (a handover before a request, the name slot holding all of it), "Sam made me
laugh at breakfast" (a kindness of the partner's): served as that, never the calm "isn't safe" line,
nothing saved before a yes, the verb said read back ("shared", not the slot's other "posted").
Distress through the same carriers still gets help; a partner named in a carrier that is no kindness
keeps the calm line; bad input (blank, a name nobody has) keeps it too."""

from __future__ import annotations

from sqlalchemy import func, select

from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.safety import WORDING
from trust_tracker.skill.simulator import Match

UNSURE = WORDING["en-US"]["unsure"]
NOT_BY_NAME = "That isn't one of your promises by name."


def _rows(session) -> int:
    session.expire_all()
    return (session.scalar(select(func.count(LogEntry.id))) or 0) + (
        session.scalar(select(func.count(CheckInAnswer.id))) or 0
    )


def test_shared_is_read_back_as_said(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    heard = talk.send(
        Match("SupportIntent", {"name": "i", "after_he_shared_my": "location when i was out with the boys"})
    )
    assert heard.speech.startswith(NOT_BY_NAME) and heard.open, heard.speech  # asked about, not parroted
    assert "posted" not in heard.speech
    assert _rows(session) == 0


def test_a_handover_before_a_request_is_served_for_the_one_named(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=False)
    heard = talk.send(Match("SupportIntent", {"name": "will here i", "after_he_shared_my": "location last night"}))
    assert heard.speech.startswith(NOT_BY_NAME), heard.speech
    assert _rows(session) == 0


def test_a_handover_before_log_a_moment_notes_it(couple_talks, session) -> None:
    talk = couple_talks("Hope", "Faith", bound=False)
    heard = talk.send(
        Match(
            "SupportIntent", {"name": "this is faith log a moment hope", "after_he_made_me": "a cuppa without asking"}
        )
    )
    assert "isn't safe" not in heard.speech, heard.speech
    assert "cuppa" in heard.speech.lower(), heard.speech


def test_a_kindness_of_the_partner_is_asked_about_as_a_moment(couple_talks, session) -> None:
    talk = couple_talks("Alex", "Sam", bound=True)
    heard = talk.send(Match("SupportIntent", {"name": "sam", "after_he_made_me": "laugh at breakfast"}))
    assert heard.speech.startswith(NOT_BY_NAME) and heard.open, heard.speech
    assert _rows(session) == 0
    assert "laugh at breakfast" in talk("yes").speech


def test_distress_through_the_same_carriers_still_gets_help(couple_talks, session) -> None:
    talk = couple_talks("Alex", "Sam", bound=True)
    for slots in (
        {"name": "sam", "after_he_made_me": "do things in bed i told her i don't want to do"},
        {"name": "alex here i", "after_he_shared_my": "location and now i want to die"},
        {"name": "this is alex log a moment sam", "after_he_made_me": "bleed again"},
    ):
        assert "That wasn't saved" in talk.send(Match("SupportIntent", slots)).speech, slots
    assert _rows(session) == 0


def test_a_partner_named_in_a_carrier_that_is_no_kindness_keeps_the_calm_line(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    assert talk.send(Match("SupportIntent", {"name": "bill", "after_he_posted_my": "location online"})).speech == UNSURE
    assert _rows(session) == 0


def test_bad_names_keep_the_calm_line(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    for name in ("dave", "  ", "\u0007", "jordan here i"):
        heard = talk.send(Match("SupportIntent", {"name": name, "after_he_made_me": "a cuppa"}))
        assert heard.speech.startswith(UNSURE), (name, heard.speech)  # the third ends kindly
    assert _rows(session) == 0
