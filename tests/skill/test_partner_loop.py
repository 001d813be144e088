"""The partner loop by voice: "what did Sam log?", then "seen, thank you" for exactly those entries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple, make_entry
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, TODAY, USER, Talk
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models import journal, voice
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.skill.dialog import FLOW


@pytest.fixture
def alex_talks(skill, session_factory, home) -> Talk:
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


def acknowledged(session) -> dict[str, bool]:
    session.expire_all()
    return {e.note: e.acknowledged_at is not None for e in session.scalars(select(LogEntry).order_by(LogEntry.id))}


def test_hearing_what_sam_logged_then_thanking_marks_exactly_those(alex_talks, session, home) -> None:
    alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY - timedelta(days=1), note="we cooked together")
    make_entry(session, sam, LogKind.RELIABILITY, TODAY, note="on time for our talk")
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="my own win")
    journal.write(session, sam, "a private thought nobody hears", now=NOW)

    heard = alex_talks("what did sam log")

    assert heard.speech == " ".join(
        [
            SAY(
                "news_many",
                other="Sam",
                count=2,
                entries=(
                    "noted a small win yesterday: we cooked together"
                    " and noted a moment of reliability today: on time for our talk"
                ),
            ),
            SAY("news_ask", other="Sam"),
        ]
    )
    assert heard.open and heard.reprompt == SAY("news_ask_reprompt", other="Sam")
    assert "private" not in heard.speech and "my own win" not in heard.speech
    # Sam logs again while Alex answers: that one was not heard, so it is not thanked for.
    make_entry(session, sam, LogKind.SMALL_WIN, TODAY, note="a walk in the rain")

    thanked = alex_talks("yes")

    assert thanked.speech == SAY("news_thanked", other="Sam") and not thanked.open
    assert acknowledged(session) == {
        "we cooked together": True,
        "on time for our talk": True,
        "my own win": False,
        "a walk in the rain": False,
    }
    # Asked again: only what is new since.
    again = alex_talks("what has my partner logged")
    assert again.speech.startswith(SAY("news_one", other="Sam", entries="noted a small win today: a walk in the rain"))
    assert again.reprompt == SAY("news_ask_reprompt_one", other="Sam")


def test_no_marks_nothing(alex_talks, session, home) -> None:
    make_entry(session, home[1], LogKind.HARD_DAY, TODAY, note="long shift")
    alex_talks("any news from my partner")
    said = alex_talks("no")
    assert said.speech == SAY("news_not_thanked")
    assert acknowledged(session) == {"long shift": False}


def test_nothing_new_is_said_so(alex_talks, session, home) -> None:
    make_entry(session, home[1], LogKind.SMALL_WIN, TODAY, note="old news", acknowledged_at=NOW)
    said = alex_talks("what did sam log")
    assert said.speech == SAY("news_none", other="Sam") and not said.open


def test_many_entries_are_read_four_at_a_time(alex_talks, session, home) -> None:
    for day in range(6):
        make_entry(session, home[1], LogKind.SMALL_WIN, TODAY - timedelta(days=6 - day), note=f"win {day}")
    said = alex_talks("what did sam log this week")
    assert SAY("news_more", count=2) in said.speech
    alex_talks("yes")
    assert acknowledged(session) == {f"win {day}": day < 4 for day in range(6)}


def test_asking_about_ones_own_log_reads_back_ones_own_last_entry(alex_talks, session, home) -> None:
    make_entry(session, home[1], LogKind.SMALL_WIN, TODAY, note="a win")
    said = alex_talks("what did alex log")
    assert said.speech == SAY("news_own_none") and not said.open  # Sam's entry is never read as Alex's
    assert acknowledged(session) == {"a win": False}


def test_another_name_is_not_taken_for_the_partner(skill, session_factory, session, home) -> None:
    make_entry(session, home[1], LogKind.SMALL_WIN, TODAY, note="a win")
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("what did jordan log")
    assert said.speech == SAY("news_who", me="Alex", other="Sam")
    assert acknowledged(session) == {"a win": False}


def test_alone_there_is_no_partner_to_hear(skill, session_factory, session) -> None:
    alone, _ = make_couple(session, "Robin", None)
    voice.link_device(session, voice.issue_pairing_code(session, alone, now=NOW), alexa_user_id=USER, now=NOW)
    session.flush()
    said = Talk(skill, session_factory)("what has my partner logged")
    assert said.speech == SAY("ack_alone")


def test_a_forged_session_cannot_thank_for_another_couples_entries(alex_talks, session, home) -> None:
    _, other_two = make_couple(session, "Kim", "Lee")
    assert other_two is not None
    foreign = make_entry(session, other_two, LogKind.SMALL_WIN, TODAY, note="not yours")
    alex_talks.conversation.attributes = {
        FLOW: {"name": "partner_news", "step": "seen?", "partner": home[0].id, "entries": [foreign.id, "x", True]}
    }
    alex_talks.conversation.new = False
    said = alex_talks("yes")
    assert said.speech == SAY("news_thanked", other="Sam")
    assert acknowledged(session) == {"not yours": False}


def test_another_voice_answering_yes_is_not_taken_as_the_thanks(skill, session_factory, session, home) -> None:
    make_entry(session, home[1], LogKind.SMALL_WIN, TODAY, note="a win")
    sam = Talk(skill, session_factory, person_id=SAM_VOICE)
    sam.conversation.attributes = {
        FLOW: {"name": "partner_news", "step": "seen?", "partner": home[0].id, "entries": [1]}
    }
    sam.conversation.new = False
    said = sam("yes")
    assert said.speech.startswith(SAY("lost_place"))
    assert acknowledged(session) == {"a win": False}


def test_news_says_what_sam_did_in_words_with_days_telling_alike_entries_apart(alex_talks, session, home) -> None:
    alex, sam = home
    version = agreed_contract(session, sam, alex)
    call, talk = version.items[0], version.items[1]
    make_entry(session, sam, LogKind.KEPT, TODAY - timedelta(days=2), call)  # Monday
    make_entry(session, sam, LogKind.KEPT, TODAY, call, note="Texted when the bus was late.")
    make_entry(session, sam, LogKind.MISSED, TODAY - timedelta(days=1), talk)

    said = alex_talks("what did sam log")

    assert said.speech.startswith(
        "Since you last said thank you, Sam logged 3 things. Sam kept their promise to call when late on Monday, "
        "missed their evening talk yesterday"
        " and kept their promise to call when late today: Texted when the bus was late. "
    )
    assert said.reprompt == SAY("news_ask_reprompt", other="Sam")


def test_news_of_one_entry_is_said_in_the_singular(alex_talks, session, home) -> None:
    make_entry(session, home[1], LogKind.HARD_DAY, TODAY - timedelta(days=10))
    said = alex_talks("what did sam log")
    assert said.speech.startswith("Since you last said thank you, Sam had a hard day on November 15. ")
    assert said.reprompt == SAY("news_ask_reprompt_one", other="Sam") and "those" not in said.reprompt


@pytest.mark.parametrize("waiting", [5, 9, 12])
def test_the_number_said_is_the_number_waiting_and_the_thanks_is_for_those_read(
    alex_talks, session, home, waiting
) -> None:
    """Across days, with notes: "logged 9 things. The first 3: ..." and "seen, thank you"
    marks exactly the ones read; what is left is heard next time, the count still true."""
    _, sam = home
    for n in range(waiting):
        day = TODAY - timedelta(days=n % 6)
        note = f"note {n}" + (" we talked for a long time about the week and what comes next" if n % 3 == 0 else "")
        make_entry(session, sam, [LogKind.SMALL_WIN, LogKind.RELIABILITY][n % 2], day, note=note)
    heard_total = 0
    left = waiting
    while left:
        said = alex_talks("what did sam log")
        read = said.speech.count("noted a")
        assert 1 <= read <= 4
        if read < left:
            first = f"logged {left} things. The first {read}:" if read > 1 else f"logged {left} things. The first:"
            assert first in said.speech, said.speech
            assert SAY("news_more", count=left - read) in said.speech
            assert said.speech.endswith(f"for those {read}?" if read > 1 else "for that one?")
        else:
            assert f"logged {left} things." in said.speech or read == left == 1
            assert "The first" not in said.speech and "ask me again for the other" not in said.speech
        alex_talks("yes")
        marked = sum(acknowledged(session).values())
        assert marked == heard_total + read  # exactly the ones read
        heard_total, left = marked, waiting - marked
    assert all(acknowledged(session).values())


def test_eighteen_waiting_with_long_notes_stay_within_thirty_seconds(session, home, alex_talks):
    """The third tester heard 77 words with 18 waiting: the reply is at most 75 (30 s)."""
    _, sam = home
    for n in range(18):
        note = "we talked for a long time about the week and what comes next for us both"
        make_entry(
            session, sam, [LogKind.SMALL_WIN, LogKind.RELIABILITY][n % 2], TODAY - timedelta(days=n % 6), note=note
        )
    said = alex_talks("what did sam log")
    assert len(said.speech.split()) <= 75, said.speech
    assert "logged 18 things" in said.speech


@pytest.mark.parametrize("thanks", ["thank her for that", "tell sam thanks", "acknowledge sam's entries"])
def test_thanks_in_words_at_the_offer_thanks_those_read_only(alex_talks, session, home, thanks) -> None:
    """tester-voice38 D12: "thank him for that" at "Shall I tell Sam: seen, thank you, for those 3?" marked all 14
    waiting, a breach never read among them: at the offer, thanks said in words is its yes."""
    _, sam = home
    for n in range(9):
        make_entry(session, sam, LogKind.SMALL_WIN, TODAY - timedelta(days=n % 6), note=f"note {n} " + "word " * 12)
    said = alex_talks("what did sam log")
    read = said.speech.count("noted a")
    assert 1 <= read < 9 and said.speech.endswith(f"for those {read}?" if read > 1 else "for that one?")

    thanked = alex_talks(thanks)

    assert thanked.speech == SAY("news_thanked", other="Sam")
    assert sum(acknowledged(session).values()) == read
