"""A lapse against a boundary is heard as what it is (issue 8, voice9): "I had a cheeky punt on
the Melbourne Cup", from a couple with a no-gambling boundary, was offered as a kept promise.
Now such words are offered as a possible breach of the boundary they name ("That sounds like
your boundary about gambling. Shall I log it as a breach?"), logged only after a yes, never as a
keep. Through the real skill (typed as people say them, in each locale): spoken text and rows.
The phrasings are our own (tests/skill/lapse_phrases.py), none a sample or a rule's example."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.lapse_phrases import LAPSES, LOOKALIKES
from tests.skill.talk import SAY, Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill.intents.breach import said_mid_sentence
from trust_tracker.skill.lapses import lapses_said
from trust_tracker.skill.simulator import Match

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

# One boundary of each kind, in a couple's own words (none the family's name for it).
BOUNDARIES = {
    "drinking": "No alcohol on weeknights",
    "gambling": "No betting of any kind, online or at the TAB",
    "contact with an ex": "No contact with my ex",
    "checking phones": "We don't go through each other's phones",
    "honesty": "No lies, even small ones",
    "spending": "No big purchases without talking first",
    "porn": "No porn",
    "smoking": "No smoking or vaping",
    "shouting": "No shouting at each other",
}


def agree(session, home, drafts: list[contracts.ItemDraft]) -> dict[str, int]:
    alex, sam = home
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.text: item.lineage_id for item in version.items}


@pytest.fixture
def boundaries(session, home) -> dict[str, int]:
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, "Call when I'm running late", short_name="call when late")]
    drafts += [contracts.ItemDraft(ItemKind.BOUNDARY, text) for text in BOUNDARIES.values()]
    return agree(session, home, drafts)


def talk(skill, session_factory, locale: str = "en-US") -> Talk:
    return Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale=locale)


def offer(about: str) -> str:
    return SAY("lapse_offer", about=about)


def rows(session) -> list[tuple[LogKind, int | None, str]]:
    return [(e.kind, e.lineage_id, e.note) for e in entries(session)]


# --- the words: each lapse its kind, no lookalike any ------------------------------------------


@pytest.mark.parametrize(("said", "about"), LAPSES)
def test_a_lapse_is_read_as_its_kind(said, about):
    assert about in [lapse.about for lapse in lapses_said(said)]


@pytest.mark.parametrize("said", LOOKALIKES)
def test_a_lookalike_is_no_lapse(said):
    assert lapses_said(said) == []


# --- through the skill: offered as a breach of the boundary it names, never a keep -------------


def test_a_lapse_is_offered_as_a_breach_never_kept(skill, session_factory, session, boundaries):
    """Each typed as said; the few the simulator's literal matching routes nowhere (no sample starts
    "popped into ..." or "last night I ...") reach the fallback on it: nothing logged either way."""
    offered, unrouted = [], []
    for said, about in LAPSES:
        alexa = talk(skill, session_factory)
        match = alexa.conversation.hear(alexa.model, said)
        heard = alexa.send(match if match is not None else Match("AMAZON.FallbackIntent", {}))
        if match is None:
            unrouted.append(said)
        elif heard.speech == offer(about) and heard.open:
            offered.append(said)
        assert rows(session) == []  # nothing logged before the yes
    assert len(offered) + len(unrouted) == len(LAPSES), set(s for s, _ in LAPSES) - set(offered) - set(unrouted)
    assert len(unrouted) <= 3, unrouted  # 37 of 40 routed, each offered


@pytest.mark.parametrize("said", LOOKALIKES)
def test_a_lookalike_is_never_offered_as_a_breach(skill, session_factory, session, boundaries, said):
    alexa = talk(skill, session_factory)
    match = alexa.conversation.hear(alexa.model, said)
    heard = alexa.send(match) if match is not None else None
    assert heard is None or "Shall I log it as a breach" not in heard.speech
    assert not any(kind is LogKind.BREACH for kind, _, _ in rows(session))


@pytest.mark.parametrize(
    ("said", "about"), [next(lapse for lapse in LAPSES if lapse[1] == about) for about in BOUNDARIES]
)
def test_yes_logs_the_breach_of_that_boundary_with_the_words(skill, session_factory, session, boundaries, said, about):
    alexa = talk(skill, session_factory)
    alexa(said)
    heard = alexa("yes")
    boundary = BOUNDARIES[about]
    assert SAY("breach_logged_named", other="Sam", boundary=said_mid_sentence(boundary)) in heard.speech
    ((kind, lineage, note),) = rows(session)
    assert (kind, lineage) == (LogKind.BREACH, boundaries[boundary]) and note and note.lower() in said.lower()


@pytest.mark.parametrize("answer", ["no", "no thanks", "not now"])
def test_no_logs_nothing(skill, session_factory, session, boundaries, answer):
    alexa = talk(skill, session_factory)
    alexa("I had a flutter on the horses")
    heard = alexa(answer)
    assert heard.speech == SAY("breach_left") and not heard.open
    assert rows(session) == []


@pytest.mark.parametrize(("answer", "logged"), [("yes log it", True), ("log it", True), ("no not now", False)])
def test_the_answer_in_words(skill, session_factory, session, boundaries, answer, logged):
    alexa = talk(skill, session_factory)
    alexa("I had a sneaky durry")
    alexa.send(Match("AnswerIntent", {"answer": answer}))
    assert [kind for kind, _, _ in rows(session)] == ([LogKind.BREACH] if logged else [])


@pytest.mark.parametrize(
    ("locale", "said", "about"),
    [
        ("en-AU", "I had a schooner after work", "drinking"),
        ("en-AU", "I had a go on the pokies", "gambling"),
        ("en-GB", "I had a cheeky pint", "drinking"),
        ("en-GB", "I had a flutter at the bookies", "gambling"),
        ("en-US", "I bet on the game", "gambling"),
        ("en-US", "I went to the casino", "gambling"),
        ("en-IN", "I played satta with my friends", "gambling"),
        ("en-IN", "I had a peg at the party", "drinking"),
    ],
)
def test_every_locale_idiom(skill, session_factory, session, boundaries, locale, said, about):
    heard = talk(skill, session_factory, locale)(said)
    assert heard.speech == offer(about)
    assert rows(session) == []


# --- which boundary: none of theirs, or several -------------------------------------------------


def test_no_boundary_about_it_logs_nothing(skill, session_factory, session, home):
    agree(session, home, [contracts.ItemDraft(ItemKind.BOUNDARY, "No contact with my ex")])
    heard = talk(skill, session_factory)("I had a cheeky punt on the Melbourne Cup")
    assert heard.speech == SAY("log_let_go") and not heard.open
    assert rows(session) == []


def test_no_contract_logs_nothing(skill, session_factory, session, home):
    heard = talk(skill, session_factory)("I had a drink")
    assert heard.speech == SAY("log_let_go")
    assert rows(session) == []


def test_two_boundaries_about_it_are_asked_about(skill, session_factory, session, home):
    ids = agree(
        session,
        home,
        [
            contracts.ItemDraft(ItemKind.BOUNDARY, "No drinking at home"),
            contracts.ItemDraft(ItemKind.BOUNDARY, "No pubs after ten"),
            contracts.ItemDraft(ItemKind.BOUNDARY, "No contact with my ex"),
        ],
    )
    alexa = talk(skill, session_factory)
    heard = alexa("I had a couple of beers")
    assert heard.speech.startswith("Which of your boundaries was it: no drinking at home or no pubs after ten?")
    assert rows(session) == []
    alexa.send(Match("AnswerIntent", {"answer": "the second one"}))
    assert rows(session) == [(LogKind.BREACH, ids["No pubs after ten"], "Had a couple of beers")]


# --- bad input: a forged or stale session, an unclear answer -------------------------------------


@pytest.mark.parametrize(
    "flow",
    [
        {"name": "lapse", "step": "breach?", "said": 7, "ids": [1]},
        {"name": "lapse", "step": "breach?", "said": "had a drink", "ids": []},
        {"name": "lapse", "step": "breach?", "said": "had a drink", "ids": ["1"]},
        {"name": "lapse", "step": "breach?", "said": "had a\x07 drink", "ids": [1]},
        {"name": "lapse", "step": "breach?", "said": "x" * 5000, "ids": [1]},
    ],
)
def test_a_forged_question_logs_nothing(skill, session_factory, session, boundaries, flow):
    alexa = talk(skill, session_factory)
    alexa("what can I say")  # a session to carry the forged question
    alexa.conversation.attributes["flow"] = flow
    heard = alexa("yes")
    assert "breach" not in heard.speech.lower()
    assert rows(session) == []


def test_an_unclear_answer_asks_again_then_leaves_it(skill, session_factory, session, boundaries):
    alexa = talk(skill, session_factory)
    alexa("I texted my ex again")
    first = alexa.send(Match("AnswerIntent", {"answer": "the weather is nice"}))
    assert first.open and "log it as a breach" in first.speech
    alexa.send(Match("AnswerIntent", {"answer": "purple"}))
    last = alexa.send(Match("AnswerIntent", {"answer": "banana"}))
    assert not last.open
    assert rows(session) == []


@pytest.mark.parametrize("request_said", ["what are this week's questions", "how are we doing", "read our contract"])
def test_a_request_instead_drops_the_question_and_a_later_yes_logs_nothing(
    skill, session_factory, session, boundaries, request_said
):
    alexa = talk(skill, session_factory)
    alexa("I texted my ex last night")
    alexa(request_said)
    alexa.send(Match("AMAZON.YesIntent", {}))
    assert rows(session) == []
