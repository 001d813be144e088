"""A lapse told by how it went (voice19, tester find 4): a thing done "without telling him", a
word given "and then I wasn't", money spent "again" are misses, never keeps; their everyday twins
stay what they were. skill/told_lapse.py read directly, and through the real skill (text, rows)."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import entries
from trust_tracker.models.entities import LogKind
from trust_tracker.skill.told_lapse import told_lapse
from trust_tracker.skill.understanding import kind_said

skill, home, contract = conversations.skill, conversations.home, conversations.contract
owned_contract = conversations.owned_contract
__all__ = ["contract", "home", "owned_contract", "skill"]  # fixtures

LAPSES = [
    "I texted her I'd be home and then I wasn't",
    "i said i would ring him and then i didn't",
    "told him I'd be back by ten but I never was",
    "I spent the savings money again",
    "took cash out of the joint account again",
    "I moved cash without telling him",
    "I booked the trip without asking her",
    "I lent my brother money without checking with Sam",
    # tester-voice35 D26: the word given said as the thing's own name, no "when" ("the house jobs I said I would").
    "I didn't do the house jobs I said I would",
    "I haven't done the chores I said I'd do",
    "never rang her back like I said I would",
    # tester-voice39 D11: late, and the other never told.
    "I was forty minutes late tonight and never texted him",
    "I was late home and never let him know",
    "ran late at work and didn't even call her",
    # tester-voice39 D13: done after the word given not to.
    "I had a drink with her on saturday after I said I wouldn't",
    "messaged him again even though I promised I would never",
]
TWINS = [
    "I texted her I'd be home and I was",
    "I said I'd ring him and I did",
    "we walked the dog again",
    "I moved the cash into savings",
    "I was tired but I didn't skip the walk",
    "I cooked dinner again tonight",
    "I told him without being asked",
    "I bought Faith flowers without telling her, it was a surprise",
    "I booked her birthday dinner without telling her",
    "I did the house jobs I said I would",
    "he didn't do the house jobs he said he would",
    "I was late but I texted him straight away",
    "I was running late and told her on the way",
    "I had a drink with her after I said I wouldn't be late",
    # A word not to, and then not done, is kept.
    "I promised not to check her phone and I didn't",
    "I said I wouldn't text him and I didn't",
]


@pytest.mark.parametrize("said", LAPSES)
def test_a_told_lapse_is_a_miss_whatever_the_intent(said):
    assert told_lapse(said)
    assert kind_said(said, LogKind.KEPT) is LogKind.MISSED


@pytest.mark.parametrize("said", TWINS)
def test_its_everyday_twin_is_no_lapse(said):
    assert not told_lapse(said)
    assert kind_said(said, LogKind.KEPT) is LogKind.KEPT


def test_the_word_given_and_not_kept_is_logged_as_a_miss(session, home, contract, alex_talks):
    alex, _ = home
    said = alex_talks("I texted her I'd be home and then I wasn't")
    assert said.speech.endswith("Was it your promise to call when late?")  # the one promise sharing a word
    assert entries(session) == []
    said = alex_talks("no")
    assert said.speech.endswith("Or say: none of them.")  # a miss: no moment offered
    said = alex_talks("call when late")
    assert "missed your promise to call when late" in said.speech and "reflect" in said.speech
    assert [(e.partner_id, e.kind, e.lineage_id) for e in entries(session)] == [
        (alex.id, LogKind.MISSED, contract["call when late"])
    ]


@pytest.mark.parametrize("said", ["I moved cash without telling him", "I spent the savings money again"])
def test_a_secret_or_repeated_slip_is_never_a_keep(session, home, contract, alex_talks, said):
    heard = alex_talks(said)
    assert "kept" not in heard.speech and "moment of reliability" not in heard.speech
    assert [e.kind for e in entries(session) if e.kind is not LogKind.MISSED] == []


def test_the_twin_is_still_a_keep(session, home, contract, alex_talks):
    said = alex_talks("I texted her I'd be home and I was")
    assert said.speech.endswith("Was it your promise to call when late?")
    said = alex_talks("no")
    assert said.speech.endswith("Or shall I note it as a moment of reliability?")
    said = alex_talks("call when late")
    assert said.speech.startswith("Logged: you kept your promise to call when late")
    assert [e.kind for e in entries(session)] == [LogKind.KEPT]


@pytest.mark.parametrize("locale", ["en-IN", "en-GB"])
def test_the_house_jobs_not_done_as_i_said_is_a_miss_not_a_safety_line(
    session, skill, session_factory, home, owned_contract, locale
):
    """tester-voice35 D26: SupportIntent's "{name} said i {…}" carrier took "I didn't do the house jobs I said I
    would" (the commitment's own words) and gave the safety line, logging nothing."""
    _, sam = home
    sam_talks = conversations.Talk(skill, session_factory, person_id=conversations.SAM_VOICE, locale=locale)
    said = sam_talks("I didn't do the house jobs I said I would")
    assert said.speech.startswith("Thank you for being honest. Logged: you missed your house jobs.")
    assert "safe" not in said.speech
    assert [(e.partner_id, e.kind, e.lineage_id) for e in entries(session)] == [
        (sam.id, LogKind.MISSED, owned_contract["house jobs"])
    ]


@pytest.mark.parametrize("locale", ["en-US", "en-CA"])
def test_late_and_never_told_is_logged_as_a_miss_never_a_keep(session, skill, session_factory, home, contract, locale):
    """tester-voice39 D11: Alexa took "I was forty minutes late tonight and never texted him" as LogKeptIntent and
    the row was kept, shown to the partner and counted in the streak."""
    alex, _ = home
    alex_talks = conversations.Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale=locale)
    said = alex_talks("log that I was forty minutes late tonight and never texted her")
    assert "missed your promise to call when late" in said.speech and "kept" not in said.speech
    assert [(e.partner_id, e.kind, e.lineage_id) for e in entries(session)] == [
        (alex.id, LogKind.MISSED, contract["call when late"])
    ]


def test_done_after_the_word_not_to_is_asked_against_which_promise(session, skill, session_factory, home, contract):
    """tester-voice39 D13: SupportIntent's "{name} said i {…}" carrier took it and gave the soft safety line."""
    alex_talks = conversations.Talk(skill, session_factory, person_id=conversations.ALEX_VOICE, locale="en-AU")
    said = alex_talks("I had a drink with her on saturday after I said I wouldn't")
    assert said.speech.startswith("Thanks for telling me. Did it go against one of your promises")
    assert "safe" not in said.speech and entries(session) == []
