"""A partner's carrier ("{name} posted my {...}") whose name Alexa filled with "I" or "we" is the
speaker's own sentence (tester-voice6 #10: "I shared my location when I was out with the boys" got
"If you or someone else isn't safe…" and could not be logged): answered as the request it makes
said alone, nothing saved before a yes; the partner named keeps the calm line; distress still gets
help; a check-in question that waits is never left for it."""

from __future__ import annotations

from sqlalchemy import func, select

from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.safety import WORDING
from trust_tracker.skill.simulator import Match

UNSURE = WORDING["en-US"]["unsure"]


def _rows(session) -> int:
    session.expire_all()
    return (session.scalar(select(func.count(LogEntry.id))) or 0) + (
        session.scalar(select(func.count(CheckInAnswer.id))) or 0
    )


def _carrier(name: str, after: str) -> Match:
    return Match("SupportIntent", {"name": name, "after_he_posted_my": after})


def test_i_in_the_name_slot_is_the_speakers_own_sentence(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    heard = talk.send(_carrier("i", "location when i was out with the boys"))
    assert heard.speech != UNSURE and heard.open, heard.speech
    assert heard.speech.startswith("That isn't one of your promises by name.")  # asked about, not parroted
    assert _rows(session) == 0
    heard = talk.send(_carrier("we", "photos from the weekend"))
    assert heard.speech != UNSURE, heard.speech
    assert _rows(session) == 0


def test_the_partner_named_keeps_the_calm_line(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    assert talk.send(_carrier("bill", "location when i was out with the boys")).speech == UNSURE
    assert _rows(session) == 0


def test_distress_after_i_still_gets_help(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    heard = talk.send(_carrier("i", "nudes online to shame myself and want to die"))
    assert "That wasn't saved" in heard.speech
    assert _rows(session) == 0


def test_a_waiting_checkin_question_is_not_left(checkin_begun, session) -> None:
    talk = checkin_begun("Will", "Bill", bound=True, together=False)
    heard = talk.send(_carrier("i", "location when i was out with the boys"))
    assert heard.speech.startswith(UNSURE) and heard.open, heard.speech
    assert _rows(session) == 0


def test_i_with_no_words_after_it_keeps_the_calm_line(couple_talks, session) -> None:
    talk = couple_talks("Will", "Bill", bound=True)
    for after in ("", "   ", "\u0007"):
        assert talk.send(_carrier(" I ", after)).speech.startswith(UNSURE), repr(after)  # the third ends kindly
    assert _rows(session) == 0
