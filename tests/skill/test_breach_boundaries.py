"""A breach that names no agreement (issue 8, item 6, the tester's first find): "I crossed a
boundary at the gym" was logged for the partner to see. Now a breach is about the boundary its
words name (attached to that boundary's lineage, so the site and the partner see which); words
naming none of the couple's boundaries are confirmed first, nothing logged until answered, and
"none of them" logs nothing. Through the real skill (requests built as Alexa sends them, for
the elicited answer): spoken text and rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import SAY, Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill.simulator import Match
from trust_tracker.web.filters import entry_sentence

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

WHICH = "Which of your boundaries was it: no contact with my ex or no secret accounts? Or say: none of them."
LOGGED = "I've logged it as a breach of {boundary}, and Sam will see it in your shared log."


@pytest.fixture
def boundaries(session, home) -> dict[str, int]:
    """Alex and Sam's contract: a commitment, and two boundaries (one with a name of its own)."""
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when I'm running late", short_name="call when late"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No contact with my ex"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No secret accounts", short_name="no secret accounts"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.text: item.lineage_id for item in version.items_of(ItemKind.BOUNDARY)}


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)


def breach(talk: Talk, words: str):
    return talk.send(Match("LogBreachIntent", {"note": words}))


def answer(talk: Talk, words: str):
    """The reply to "which of your boundaries was it?", as Alexa sends the elicited slot."""
    return talk.send(Match("AnswerIntent", {"answer": words}))


def logged(session) -> list[tuple[LogKind, int | None, str]]:
    return [(e.kind, e.lineage_id, e.note) for e in entries(session)]


def elicited(said) -> tuple[str, str] | None:
    for directive in said.response["response"].get("directives", []):
        if directive.get("type") == "Dialog.ElicitSlot":
            return directive["updatedIntent"]["name"], directive["slotToElicit"]
    return None


# --- words that name none of the couple's boundaries: asked, nothing logged -------------------

NAMES_NONE = [
    "at the gym",
    "on the motorway at the weekend",
    "last night",
    "again",
    "into france",
    "with the neighbours",
    "at work today",
]


@pytest.mark.parametrize("words", NAMES_NONE)
def test_words_naming_none_of_their_boundaries_are_confirmed_first(session, boundaries, alex_talks, words):
    said = breach(alex_talks, words)
    assert said.speech == WHICH and said.open
    assert said.reprompt == "Which boundary was it: no contact with my ex or no secret accounts? Or say: none of them."
    assert elicited(said) == ("AnswerIntent", "answer")  # the answer comes back in words
    assert entries(session) == []


@pytest.mark.parametrize(
    "none",
    [
        Match("AnswerIntent", {"answer": "none of them"}),
        Match("AnswerIntent", {"answer": "no"}),
        Match("AnswerIntent", {"answer": "neither"}),
        Match("AnswerIntent", {"answer": "it wasn't one of them"}),
        Match("AnswerIntent", {"answer": "not a boundary"}),
        Match("LogBreachIntent", {"note": "none of them"}),
        Match("AMAZON.NoIntent", {}),
    ],
)
def test_none_of_them_logs_nothing_and_says_so_kindly(session, boundaries, alex_talks, none):
    breach(alex_talks, "at the gym")
    said = alex_talks.send(none)
    assert said.speech == SAY("breach_none") and not said.open
    assert entries(session) == []


@pytest.mark.parametrize(
    ("words", "boundary"),
    [
        ("the first one", "No contact with my ex"),
        ("the second one", "No secret accounts"),
        ("no contact with my ex", "No contact with my ex"),
        ("secret accounts", "No secret accounts"),
        ("the one about my ex", "No contact with my ex"),
    ],
)
@pytest.mark.parametrize("via", ["AnswerIntent", "LogBreachIntent"])
def test_the_boundary_named_in_answer_logs_it_with_the_words_first_said(
    session, home, boundaries, alex_talks, words, boundary, via
):
    alex, sam = home
    breach(alex_talks, "at the gym")
    said = answer(alex_talks, words) if via == "AnswerIntent" else breach(alex_talks, words)
    spoken = boundary[0].lower() + boundary[1:]
    assert said.speech.startswith(f"Thank you for saying it plainly; that isn't easy. {LOGGED.format(boundary=spoken)}")
    assert said.open  # a reflection offered, as after any breach
    assert logged(session) == [(LogKind.BREACH, boundaries[boundary], "At the gym")]
    # The site's history says which boundary, to the partner too.
    [entry] = entries(session)
    sentence = entry_sentence(entry, sam, contracts.item_names(session, alex.couple_id))
    assert sentence.lower() == f"alex crossed the boundary “{boundary.lower()}”."


# --- words that name one: logged against it at once --------------------------------------------


@pytest.mark.parametrize(
    ("words", "boundary"),
    [
        ("i had contact with my ex", "No contact with my ex"),
        ("i texted my ex", "No contact with my ex"),
        ("i opened a secret account", "No secret accounts"),
        ("the no secret accounts one", "No secret accounts"),
    ],
)
def test_words_naming_one_boundary_log_it_against_that_boundary(session, boundaries, alex_talks, words, boundary):
    said = breach(alex_talks, words)
    spoken = boundary[0].lower() + boundary[1:]
    assert LOGGED.format(boundary=spoken) in said.speech and said.open
    assert logged(session) == [
        (LogKind.BREACH, boundaries[boundary], words[0].upper() + words[1:])
    ]  # written with a capital


def test_a_bare_breach_asks_which_boundary_first(session, boundaries, alex_talks):
    """Issue 8 item 6 (vfix3): naming none, with boundaries agreed, is asked (test_breach_unnamed.py)."""
    said = alex_talks("i crossed a boundary")
    assert said.speech == WHICH and said.open
    assert logged(session) == []


def test_without_boundaries_agreed_the_words_are_logged_as_said(session, home, alex_talks):
    breach(alex_talks, "at the gym")
    assert logged(session) == [(LogKind.BREACH, None, "At the gym")]


# --- unclear, odd or stale answers: never a guess --------------------------------------------


def test_two_unclear_answers_log_nothing(session, boundaries, alex_talks):
    breach(alex_talks, "at the gym")
    said = alex_talks.send(Match("AMAZON.YesIntent", {}))
    assert said.speech == WHICH and said.open
    said = answer(alex_talks, "the purple one")
    assert said.speech == SAY("breach_which_give_up") and not said.open
    assert entries(session) == []


@pytest.mark.parametrize("odd", ["zzzz", "the fifth one", "a\x00b", "x" * 10_000, "   "])
def test_odd_answers_log_nothing(session, boundaries, alex_talks, odd):
    breach(alex_talks, "at the gym")
    said = answer(alex_talks, odd)
    assert said.speech and entries(session) == []


@pytest.mark.parametrize(
    "forged",
    [
        {"said": 12},
        {"said": "a\x00b"},
        {"said": "x" * 10_000},
        {"ids": "all"},
        {"ids": [999_999]},
        {"ids": []},
        {"tries": "many"},
        {"tries": True},
    ],
)
def test_a_stale_or_forged_question_logs_nothing_wrong(session, boundaries, alex_talks, forged):
    breach(alex_talks, "at the gym")
    alex_talks.conversation.attributes["flow"].update(forged)
    said = answer(alex_talks, "the first one")
    assert said.speech
    assert [(kind, lineage) for kind, lineage, _ in logged(session)] in (
        [],
        [(LogKind.BREACH, boundaries["No contact with my ex"])],
    )


def test_a_boundary_changed_on_the_site_meanwhile_is_asked_again(session, home, boundaries, alex_talks):
    alex, sam = home
    breach(alex_talks, "at the gym")
    drafts = [contracts.ItemDraft(ItemKind.BOUNDARY, "No secret accounts", short_name="no secret accounts")]
    version = contracts.propose_version(session, alex, drafts, now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    session.commit()
    said = answer(alex_talks, "the first one")
    assert said.speech.startswith("Which of your boundaries was it: no secret accounts?") and entries(session) == []


# --- mid check-in: held, and logged only against a boundary named ----------------------------


def test_a_breach_naming_none_mid_checkin_is_left_for_after(session, boundaries, alex_talks):
    alex_talks("start our check-in")
    alex_talks("no")
    breach(alex_talks, "at the gym")
    said = alex_talks("yes")
    assert said.speech.startswith(SAY("checkin_log_later")) and entries(session) == []


def test_a_breach_naming_one_mid_checkin_is_logged_against_it(session, boundaries, alex_talks):
    alex_talks("start our check-in")
    alex_talks("no")
    breach(alex_talks, "i texted my ex")
    said = alex_talks("yes")
    assert said.speech.startswith(LOGGED.format(boundary="no contact with my ex"))
    assert logged(session) == [(LogKind.BREACH, boundaries["No contact with my ex"], "I texted my ex")]


# --- safety first: distress said as the answer gets help, nothing logged -------------------------


def test_distress_said_as_the_answer_gets_help_and_logs_nothing(session, boundaries, alex_talks):
    breach(alex_talks, "at the gym")
    said = answer(alex_talks, "he hit me")
    assert said.speech.startswith("I'm sorry you're going through this.") and entries(session) == []


# --- the partner hears which boundary ---------------------------------------------------------


def test_the_partner_hears_which_boundary_was_crossed(session, skill, session_factory, boundaries, alex_talks):
    breach(alex_talks, "i opened a secret account")
    sam_talks = Talk(skill, session_factory, person_id=conversations.SAM_VOICE)
    said = sam_talks("what did alex log")
    assert "Alex logged a breach of no secret accounts today: I opened a secret account." in said.speech
    assert said.open


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("i texted my ex back last night", conversations.TODAY - timedelta(days=1)),
        ("yesterday i messaged my ex", conversations.TODAY - timedelta(days=1)),
        ("i texted my ex on monday", conversations.TODAY - timedelta(days=2)),
    ],
)
def test_a_breach_said_with_its_day_is_that_days(session, skill, session_factory, boundaries, alex_talks, words, day):
    """tester-voice38 D13: "I texted my ex back last night" was logged today; the day is no part of the note.
    Said as a breach, and said where a keep was expected (asked "Shall I log it as a breach?" first)."""
    breach(alex_talks, words)
    said_as_keep = Talk(skill, session_factory, person_id=conversations.ALEX_VOICE)
    offered = said_as_keep.send(Match("LogKeptIntent", {"commitment": words}))
    assert offered.speech.endswith("Shall I log it as a breach?"), offered.speech
    said_as_keep("yes")
    rows = entries(session)
    assert [(e.kind, e.local_date) for e in rows] == [(LogKind.BREACH, day)] * 2
    assert all(e.note and "night" not in e.note and "day" not in e.note.lower() for e in rows)
