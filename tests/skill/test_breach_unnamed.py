"""A breach said without naming a boundary (issue 8, items 4 and 6; a tester's find): "I
overstepped one of our boundaries" was logged at once, about no boundary. When the couple has
boundaries it is asked which, through the breach's own question; "none of them", "just log it"
and "it doesn't matter" still log it (about none); a bare "no" logs nothing. Any couple, said
any of the ways a breach is said. Through the real skill: spoken text and rows."""

from __future__ import annotations

import pytest

from tests.factories import NOW, make_couple
from tests.skill import talk as conversations
from tests.skill.talk import SAY, Talk, entries
from tests.skill.test_breach_boundaries import WHICH, answer, boundaries, breach, logged
from trust_tracker.models import contracts, voice
from trust_tracker.models.entities import ContractVersion, ItemKind, LogKind
from trust_tracker.skill.simulator import Match

skill, home = conversations.skill, conversations.home
__all__ = ["boundaries", "home", "skill"]

THANKS = "Thank you for saying it plainly; that isn't easy."

# How a breach is said without words about which boundary: typed, through the interaction model.
SAID_BARE = [
    "i overstepped one of our boundaries",
    "i crossed a boundary",
    "i broke a boundary",
    "log that i crossed a boundary",
    "i crossed the line",
]


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)


@pytest.mark.parametrize("words", SAID_BARE)
def test_a_breach_naming_no_boundary_asks_which_and_logs_nothing_yet(session, boundaries, alex_talks, words):
    said = alex_talks(words)
    assert said.speech == WHICH and said.open
    assert entries(session) == []


@pytest.mark.parametrize(
    "reply",
    [
        "none of them",
        "neither",
        "it wasn't one of them",
        "just log it",
        "log it anyway",
        "please just log it",
        "it doesn't matter",
        "doesn't matter which",
        "it does not matter which one",
        "i don't mind which",
        "whatever",
    ],
)
def test_none_of_them_or_just_log_it_logs_it_about_no_boundary(session, boundaries, alex_talks, reply):
    alex_talks("i overstepped one of our boundaries")
    said = answer(alex_talks, reply)
    assert said.speech.startswith(f"{THANKS} {SAY('breach_logged', other='Sam')}") and said.open
    assert logged(session) == [(LogKind.BREACH, None, "")]


@pytest.mark.parametrize("reply", ["the second one", "secret accounts", "no secret accounts"])
def test_the_boundary_named_in_reply_is_the_one_logged(session, boundaries, alex_talks, reply):
    alex_talks("i overstepped one of our boundaries")
    said = answer(alex_talks, reply)
    assert "a breach of no secret accounts, and Sam will see it" in said.speech
    assert logged(session) == [(LogKind.BREACH, boundaries["No secret accounts"], "")]


@pytest.mark.parametrize("no", [Match("AMAZON.NoIntent", {}), Match("AnswerIntent", {"answer": "no"})])
def test_a_bare_no_logs_nothing(session, boundaries, alex_talks, no):
    alex_talks("i overstepped one of our boundaries")
    said = alex_talks.send(no)
    assert said.speech == SAY("breach_left") and not said.open
    assert entries(session) == []


@pytest.mark.parametrize("reply", ["log it as the first one", "it matters a lot to me", "i logged it yesterday"])
def test_lookalikes_of_just_log_it_are_not_it(session, boundaries, alex_talks, reply):
    """Everyday replies that are not "log it without one": asked again (or the one named), never unattached."""
    alex_talks("i overstepped one of our boundaries")
    answer(alex_talks, reply)
    assert all(lineage is not None for _kind, lineage, _note in logged(session))


def test_just_log_it_after_words_naming_none_keeps_those_words(session, boundaries, alex_talks):
    breach(alex_talks, "at the gym")
    said = answer(alex_talks, "just log it")
    assert said.speech.startswith(THANKS)
    assert logged(session) == [(LogKind.BREACH, None, "At the gym")]


def test_without_boundaries_a_bare_breach_is_logged_at_once(session, home, alex_talks):
    said = alex_talks("i overstepped one of our boundaries")
    assert said.speech.startswith(f"{THANKS} {SAY('breach_logged', other='Sam')}")
    assert logged(session) == [(LogKind.BREACH, None, "")]


def priya_and_dev(session, skill, sessions, *boundaries: str, speaker: int = 0) -> tuple[Talk, ContractVersion]:
    """Another couple, Priya and Dev, with these boundaries agreed; a device linked to one of them."""
    partners = make_couple(session, "Priya", "Dev")
    drafts = [contracts.ItemDraft(ItemKind.BOUNDARY, text) for text in boundaries]
    version = contracts.propose_version(session, partners[0], drafts, now=NOW)
    contracts.agree_version(session, partners[1], version.id, now=NOW)
    code = voice.issue_pairing_code(session, partners[speaker], now=NOW)
    voice.link_device(session, code, alexa_user_id="amzn1.ask.account.PD", person_id="amzn1.ask.person.PD", now=NOW)
    session.commit()
    talk = Talk(skill, sessions, person_id="amzn1.ask.person.PD")
    talk.conversation.user_id = "amzn1.ask.account.PD"
    return talk, version


def test_another_couple_hears_their_own_boundaries(session, skill, session_factory):
    talk, _ = priya_and_dev(session, skill, session_factory, "No reading each other's phones")
    said = talk("i overstepped one of our boundaries")
    assert said.speech == "Which of your boundaries was it: no reading each other's phones? Or say: none of them."
    said = answer(talk, "reading phones")
    assert "a breach of no reading each other's phones, and Dev will see it" in said.speech


@pytest.mark.parametrize(
    "flow",
    [
        {"name": "breach", "step": "which?", "said": "", "ids": [], "tries": 1},
        {"name": "breach", "step": "which?", "said": "x\x00", "ids": [1], "tries": 1},
        {"name": "breach", "step": "which?", "said": "a" * 10_000, "ids": [1], "tries": 1},
        {"name": "breach", "step": "which?", "said": "", "ids": [999_999], "tries": "many"},
    ],
)
def test_a_stale_or_forged_question_logs_nothing_it_should_not(session, boundaries, alex_talks, flow):
    alex_talks("i overstepped one of our boundaries")
    alex_talks.conversation.attributes["flow"] = flow
    said = answer(alex_talks, "just log it")
    assert said.speech
    assert all(note in ("",) for _k, _l, note in logged(session))


@pytest.mark.parametrize("reply", ["\x07log it", "a" * 10_000])
def test_bad_replies_log_nothing(session, boundaries, alex_talks, reply):
    alex_talks("i overstepped one of our boundaries")
    said = answer(alex_talks, reply)
    assert said.speech
    assert entries(session) == []


@pytest.mark.parametrize("yes", [Match("AMAZON.YesIntent", {}), Match("AnswerIntent", {"answer": "yes"})])
def test_yes_when_one_boundary_was_read_out_is_that_one(session, skill, session_factory, home, yes):
    contract = conversations.contract.__wrapped__(
        session, home
    )  # one boundary: no contact with the former affair partner
    talk = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    assert talk("log a boundary breach").speech.startswith("Which of your boundaries was it: no contact")
    said = talk.send(yes)
    assert "a breach of no contact with the former affair partner" in said.speech
    assert [(kind, note) for kind, _lineage, note in logged(session)] == [(LogKind.BREACH, "")]
    assert logged(session)[0][1] is not None and contract
