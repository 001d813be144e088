"""Everyday defects from tester-voice17 (L4, E11) and a check-in left before it began, held out:
written before the work, in other words than the tester's, for three couples and three locales,
through the skill's real request path.

L4: an everyday sentence led by "note that", "log a moment", "note a moment", heard by Alexa as
    SupportIntent (a carrier) and not distress, is noted as a moment, never asked "which promise?".
"that's all" at "Is Sam with you?": the check-in is left for now, no claim that answers were saved.
E11: a clear yes to "Shall I remove it?" said with distress removes that entry and gives the help
    lines; nothing new is saved, and anything less than a clear yes removes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Priya", "Rohan", "en-IN")]
HELP = "That wasn't saved"
ASKED_WHICH = "isn't one of your promises"


# --- L4: "note that ..." through a safety carrier --------------------------------------------

# (the name slot as Alexa filled it, the carrier slot, its words): everyday, no distress.
CARRIED = [
    ("note that {b}", "after_he_watches_my", "location when i walk back from the station late, i asked for it"),
    ("note that my husband", "after_he_checks_the", "smoke alarms every sunday before church"),
    ("log a moment {b}", "after_he_checks_the", "tyres on my bike before every long ride"),
    ("note a moment {b}", "after_he_watches_my", "bag while i queue for the loo at the festival"),
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("named", "slot", "words"), CARRIED)
def test_a_note_heard_through_a_carrier_is_a_moment(session, session_factory, a, b, locale, named, slot, words) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk.send(Match("SupportIntent", {"name": named.format(b=b.lower()), slot: words}))
    assert HELP not in said.speech and ASKED_WHICH not in said.speech, said.speech
    assert "moment" in said.speech, said.speech
    [(kind, promise, _, note)] = rows(session)
    assert (kind, promise) == ("reliability", None)
    assert words.split(",")[0].split()[0] in note.lower() and not note.lower().startswith(("note", "log")), note


@pytest.mark.parametrize(
    "sentence",
    [
        "note that Sam watches my location when I cycle home in the dark, I asked her to",
        "note that my wife checks the gas cylinder every night before we sleep",
    ],
)
def test_a_note_said_as_the_tester_said_it_is_a_moment(session, session_factory, sentence) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-GB")
    said = talk(sentence)
    assert ASKED_WHICH not in said.speech and HELP not in said.speech, said.speech
    assert [k for k, _, _, _ in rows(session)] == ["reliability"], said.speech


def test_a_note_of_distress_through_a_carrier_still_gets_the_help(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    said = talk.send(
        Match("SupportIntent", {"name": "note that faith", "after_he_watches_my": "every move and says he'll kill me"})
    )
    assert HELP in said.speech, said.speech
    assert rows(session) == []


def test_a_carrier_without_a_note_command_is_still_asked_about(session, session_factory) -> None:
    """Only the command makes it a moment: "Rohan checks the gas …" alone is still asked about."""
    talk = four_promises(session, session_factory, "Priya", "Rohan", "en-IN")
    said = talk.send(Match("SupportIntent", {"name": "rohan", "after_he_checks_the": "gas cylinder every night"}))
    assert HELP not in said.speech
    assert rows(session) == []


# --- a check-in left at "Is Sam with you?" ---------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "ending", ["that's all", "I'm done", "we're done", "that's all for now", "that's it", "never mind", "forget it"]
)
def test_leaving_at_is_your_partner_with_you_claims_nothing_saved(
    session, session_factory, a, b, locale, ending
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk("start our check-in")
    assert b in asked.speech and asked.open, asked.speech
    said = talk.send(Match("AnswerIntent", {"answer": ending.lower()}))
    assert not said.open and "saved" not in said.speech and "check-in" in said.speech, said.speech
    assert "for now" in said.speech and "yes or no" not in said.speech.lower() and "Question" not in said.speech
    session.expire_all()
    assert list(session.scalars(select(CheckInAnswer))) == []


def test_leaving_after_an_answer_still_says_it_is_saved(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("start our check-in")
    talk.send(Match("AnswerIntent", {"answer": "just me"}))
    talk.send(Match("AnswerIntent", {"answer": "we cooked together twice"}))
    said = talk.send(Match("AnswerIntent", {"answer": "that's all"}))
    assert not said.open and "saved" in said.speech, said.speech
    session.expire_all()
    assert [a.answer for a in session.scalars(select(CheckInAnswer))] == ["We cooked together twice"]


# --- E11: a clear yes to a removal, said with distress ---------------------------------------

YES_IN_FEAR = [
    "yes please, if she reads it she'll say I made it up, last time she broke my wrist",
    "yeah delete it, he checks the app every night and he hurts me when he finds things",
    "yes get rid of it please, I'm scared of what he'll do to me if he sees it",
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("reply", YES_IN_FEAR)
def test_a_clear_yes_in_distress_removes_the_entry_and_helps(session, session_factory, a, b, locale, reply) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("log a win we had a quiet night in")
    assert [k for k, _, _, _ in rows(session)] == ["small_win"]
    offered = talk("undo that")
    assert offered.open and "remove" in offered.speech, offered.speech
    said = talk.send(Match("AnswerIntent", {"answer": reply.lower()}))
    # The help lines, then the removal said: "That wasn't saved" would not be the whole truth here.
    assert "danger" in said.speech and "I've removed your last entry, as you asked." in said.speech, said.speech
    assert said.speech.index("danger") < said.speech.index("removed")
    assert rows(session) == []  # removed, and nothing new


@pytest.mark.parametrize(
    "reply",
    [
        "no, if he sees I deleted it he'll hurt me",  # a no: kept
        "I don't know, he broke my finger last time he saw one",  # no clear yes: kept
        "yeah and she screamed at me about it all night, I'm scared of her",  # a yes to nothing: kept
    ],
)
def test_distress_without_a_clear_yes_removes_nothing(session, session_factory, reply) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("log a win we had a quiet night in")
    talk("undo that")
    said = talk.send(Match("AnswerIntent", {"answer": reply}))
    assert HELP in said.speech, said.speech
    assert [k for k, _, _, _ in rows(session)] == ["small_win"]


def test_distress_with_yes_elsewhere_removes_nothing(session, session_factory) -> None:
    """A yes said with distress where no removal waits (a win's question) removes nothing."""
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("log a win we had a quiet night in")
    said = talk.send(Match("AnswerIntent", {"answer": "yes please, last time she broke my wrist"}))
    assert HELP in said.speech, said.speech
    assert [k for k, _, _, _ in rows(session)] == ["small_win"]


@pytest.mark.parametrize(
    ("slot", "words"),
    [
        ("after_he_checks_my", "phone while i sleep without asking"),
        ("after_he_checks_my", "messages behind my back"),
    ],
)
def test_a_partners_breach_noted_through_a_carrier_is_no_moment(session, session_factory, slot, words) -> None:
    """The partner's breach told after "note that" is answered as the breach it is, never a moment."""
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk.send(Match("SupportIntent", {"name": "note that sam", slot: words}))
    assert "moment" not in said.speech, said.speech
    assert rows(session) == []


# --- L5: the speaker's own account after the scene, naming a promise ----------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("told", "promise"),
    [
        ("the roads were gridlocked but I rang {b} to say I'd be late, log it", "call when late"),
        ("work ran really late but we still had our evening talk, log it", "evening talk"),
        ("it was bucketing down but we went for our Sunday walk, log it", "Sunday walk"),
    ],
)
def test_a_promise_told_after_the_scene_is_its_keep(session, session_factory, a, b, locale, told, promise) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told.format(b=b))
    assert HELP not in said.speech and "moment" not in said.speech, said.speech
    assert [(k, p) for k, p, _, _ in rows(session)] in ([("kept", promise)], []), said.speech
    if not rows(session):  # asked, never guessed: "Was it …?" names the promise
        assert said.open and promise in said.speech, said.speech


@pytest.mark.parametrize(
    "told",
    [
        "{b} was late again but I didn't mind, log it",
        "the boiler packed in but we called a plumber, log it",
        "{b} was running late but I waited in the car, log it",
    ],
)
def test_a_scene_with_no_promise_named_stays_a_moment(session, session_factory, told) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    said = talk(told.format(b="Faith"))
    assert HELP not in said.speech, said.speech
    assert [k for k, _, _, _ in rows(session)] == ["reliability"], said.speech


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("command", ["remember that", "note that", "log that"])
def test_remember_that_is_the_command_never_the_note(session, session_factory, a, b, locale, command) -> None:
    """ "remember that Alex was on time for dinner" kept "Remember that" in the note (tester-voice31 E2)."""
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(f"{command} {b} was on time for dinner")
    if said.speech.endswith("Shall I log a moment of reliability?"):  # a name that is also a word ("Faith")
        said = talk("yes")
    assert "moment" in said.speech and command not in said.speech, said.speech
    [(kind, promise, _, note)] = rows(session)
    assert (kind, promise, note) == ("reliability", None, f"{b} was on time for dinner")
