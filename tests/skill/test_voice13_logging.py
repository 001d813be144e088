"""Tester-voice4's logging rows, through the real skill (typed as people say them, with their
voices known), for two couples (Alex and Sam; May and Will, whose names are words): spoken text
and rows. #8: someone hiding in a game is no breach, and "we ... and Will hid" is Will's act, never
the speaker's; hiding a purchase is still offered. #9: a lapse told of the partner writes nothing
and is answered warmly; one's own bet by a sum ("fifty bucks on the cricket") is offered as the
gambling boundary's breach. #14: one word only one commitment shares names it. A breach told
through "note that" is a breach (the fifth blind list's family). Phrasings: voice13_phrases.py."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill import voice13_phrases as phrases
from tests.skill.talk import ALEX_VOICE, SAY, Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill.breach_doer import who_did
from trust_tracker.skill.lapses import lapses_told

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

NOT_YOURS = "under your name"  # breach11's warm answer: nothing logged under the speaker's name


@pytest.fixture(params=[("Alex", "Sam"), ("May", "Will")], ids=["alex-sam", "may-will"])
def names(request, session, home) -> tuple[str, str]:
    for partner, name in zip(home, request.param, strict=True):
        partner.name = name
    session.flush()
    return request.param


@pytest.fixture
def items(session, home, names) -> dict[str, int]:
    alex, sam = home
    C, B = ItemKind.COMMITMENT, ItemKind.BOUNDARY
    drafts = [
        contracts.ItemDraft(C, "Text before leaving work each day", short_name="text before leaving work"),
        contracts.ItemDraft(C, "Cook dinner on weeknights", short_name="cook dinner"),
        contracts.ItemDraft(C, "Go for a walk together on Saturday", short_name="saturday walk"),
        contracts.ItemDraft(B, "No gambling apps"),
        contracts.ItemDraft(B, "No hiding purchases"),
        contracts.ItemDraft(B, "No contact with exes"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name or item.text: item.lineage_id for item in version.items}


def speaker(skill, session_factory) -> Talk:
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


@pytest.mark.parametrize("said", phrases.HIDING_NOT_A_BREACH)
def test_someone_hiding_in_a_game_is_never_logged_as_a_breach(skill, session_factory, session, names, items, said):
    alexa = speaker(skill, session_factory)
    heard = alexa(said.format(other=names[1]))
    assert "breach" not in heard.speech and "boundary" not in heard.speech, heard.speech
    alexa("yes")
    assert entries(session) == []


@pytest.mark.parametrize("said", phrases.HIDING_A_PURCHASE)
def test_hiding_a_purchase_is_still_the_speakers_breach(skill, session_factory, session, names, items, said):
    alexa = speaker(skill, session_factory)
    alexa(said.format(other=names[1]))
    alexa("yes")
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.BREACH, items["No hiding purchases"])


@pytest.mark.parametrize("said", phrases.PARTNERS_LAPSES)
def test_the_partners_lapse_is_answered_warmly_and_writes_nothing(skill, session_factory, session, names, items, said):
    alexa = speaker(skill, session_factory)
    heard = alexa(said.format(other=names[1]))
    assert NOT_YOURS in heard.speech and heard.open, heard.speech
    assert "moment of reliability" not in heard.speech
    alexa("yes")
    assert entries(session) == []


@pytest.mark.parametrize("said", phrases.OWN_BETS)
def test_ones_own_bet_by_a_sum_is_offered_as_the_gambling_breach(skill, session_factory, session, names, items, said):
    alexa = speaker(skill, session_factory)
    heard = alexa(said)
    assert heard.speech == SAY("lapse_offer", about="gambling") and heard.open
    assert entries(session) == []  # nothing before the yes
    alexa("yes")
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.BREACH, items["No gambling apps"])


@pytest.mark.parametrize("said", phrases.NOT_BETS)
def test_money_put_elsewhere_is_no_lapse(said):
    assert lapses_told(said) == []


@pytest.mark.parametrize(("said", "named"), phrases.LOOSE_NAMES)
def test_one_shared_word_is_asked_about_never_guessed(skill, session_factory, session, names, items, said, named):
    """Tester-voice4 #14 asked that "the walk promise" name "saturday walk"; the lead kept issue 8's
    rule instead (one word alone never names a commitment: "my phone", "late" were guesses that
    logged the wrong thing), so the skill asks, naming the commitment, and logs nothing yet; a
    promise named by a word of what it is called ("my text promise", voice10) is that one."""
    heard = speaker(skill, session_factory)(said)
    logged = [(entry.kind, entry.lineage_id) for entry in entries(session)]
    assert logged in ([], [(LogKind.KEPT, items[named])]), heard.speech
    assert logged or (heard.open and named in heard.speech), heard.speech


def test_a_word_among_others_still_names_nothing(skill, session_factory, session, names, items):
    heard = speaker(skill, session_factory)("I walked to the shops")
    assert entries(session) == [] and heard.open  # asked which, never logged as the saturday walk


def test_a_breach_noted_is_a_breach_not_a_moment(skill, session_factory, session, names, items):
    speaker(skill, session_factory)("can you note that I broke our agreement about contact with my ex")
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.BREACH, items["No contact with exes"])


def test_the_partners_breach_noted_writes_nothing(skill, session_factory, session, names, items):
    heard = speaker(skill, session_factory)(f"note that {names[1]} broke our agreement about contact with exes")
    assert NOT_YOURS in heard.speech and entries(session) == []


@pytest.mark.parametrize(
    "said", ["", "   ", "yes", "I put", "on the footy", "x" * 600, "I put fifty bucks on the cricket " * 30, "Ω ☃ 🙂"]
)
def test_bad_words_are_read_without_error(said, home):
    assert isinstance(lapses_told(said), list)
    assert who_did(said, home[0]).value in ("speaker", "partner", "someone else")


@pytest.mark.parametrize(("said", "moment"), phrases.RELIABLE_ABOUT_LATENESS)
def test_being_late_called_about_is_reliable_and_being_late_is_not(
    skill, session_factory, session, names, items, said, moment
):
    speaker(skill, session_factory)(said.format(other=names[1]))
    kinds = [e.kind for e in entries(session)]
    assert kinds == ([LogKind.RELIABILITY] if moment else []), kinds
