"""A flow's own yes-or-no questions and "which one?" answered in words (tester-tv37 D7, D9-D12), typed
through the interaction model of two locales and asserted on speech and rows: "erm yes" to "would you
like a minute to reflect on it?" is its yes (never saved as the trigger); "no wait", "wait no", "erm",
"hold on" at "Shall I propose a contract change?" and "Shall I log it as a breach?" are a pause, the
question asked again, never an undo of another entry; "actually no" at "which one?" is its no, never a
promise's name or a note."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAY, Talk, count, entries
from trust_tracker.models.entities import ContractVersion, LogKind, VersionStatus
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]

LOCALES = ["en-GB", "en-CA"]
PROPOSE = SAY("offer_change_reprompt")
BREACH = SAY("lapse_offer_reprompt", about="contact with an ex")


def reflections(session) -> list[tuple[str, str]]:
    session.expire_all()
    return [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))]


def kinds(session) -> list[LogKind]:
    return [e.kind for e in entries(session)]


def reflection_offered(talk: Talk) -> None:
    talk("I kept my promise to call when late")  # an entry an undo could take
    assert talk("I missed my evening talk").speech.endswith("reflect on it?")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("yes", ["erm yes", "um, yes", "uh yeah ok", "yeah go on then", "hmm, yes please"])
def test_a_softened_yes_to_reflect_asks_the_trigger_and_is_never_saved(
    session, skill, session_factory, contract, locale, yes
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    reflection_offered(talk)
    assert talk(yes).speech == SAY("reflect_trigger")
    talk("The meeting ran over")
    assert talk("Leaving my laptop at work").speech.endswith(SAY("offer_change"))
    assert reflections(session) == [("The meeting ran over", "Leaving my laptop at work")]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_story_said_to_reflect_is_still_its_trigger(session, skill, session_factory, contract, locale):
    """The innocent twin: words that are no yes ("um, I was on the phone to my brother") are the reflection."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    reflection_offered(talk)
    assert talk("um, I was on the phone to my brother").speech.endswith("What would have prevented it?")
    assert [t for t, _ in reflections(session)] == ["Um I was on the phone to my brother"]


def change_offered(talk: Talk) -> None:
    reflection_offered(talk)
    talk("yes")
    talk("work stress")
    asked = talk("leaving my laptop at work")
    assert asked.reprompt == PROPOSE and asked.open


@pytest.mark.parametrize("locale", LOCALES)
def test_actually_no_at_propose_keeps_the_reflection(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    change_offered(talk)
    assert talk("actually no").speech == SAY("change_not_proposed")
    assert reflections(session) == [("Work stress", "Leaving my laptop at work")]
    assert count(session, ContractVersion) == 1


@pytest.mark.parametrize("locale", LOCALES)
def test_erm_yes_at_propose_proposes(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    change_offered(talk)
    assert not talk("erm, yes").open
    session.expire_all()
    statuses = [v.status for v in session.scalars(select(ContractVersion))]
    assert sorted(statuses) == sorted([VersionStatus.ACTIVE, VersionStatus.PROPOSED])


def breach_offered(talk: Talk) -> None:
    talk("I kept my promise to call when late")  # an entry an undo could take
    asked = talk("I messaged my ex last night, I know that breaks our rule")
    assert asked.reprompt == BREACH and asked.open


# Each question, how it is reached, and the entries before it (the keep an undo could take).
ASKED = {
    "propose": (change_offered, PROPOSE, [LogKind.KEPT, LogKind.MISSED]),
    "breach": (breach_offered, BREACH, [LogKind.KEPT]),
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("asked", list(ASKED))
def test_pauses_and_slips_ask_the_question_again_and_remove_nothing(
    session, skill, session_factory, contract, locale, asked
):
    offered, question, before = ASKED[asked]
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    offered(talk)
    for pause in ("erm", "hold on", "wait no", "no wait"):
        heard = talk(pause)
        assert heard.speech.endswith(question) and heard.speech != question and heard.open, pause
        assert not any(word in heard.speech for word in ("Sorry", "still not", "remove")), pause
    assert talk.send(Match("UndoIntent", {})).speech.endswith(question)  # "wait no" heard as an undo on a device
    assert kinds(session) == before  # nothing removed, nothing logged


@pytest.mark.parametrize("locale", LOCALES)
def test_actually_yes_at_the_breach_question_logs_it(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    breach_offered(talk)
    talk("erm")
    assert "logged" in talk("actually yes").speech.lower()
    assert kinds(session) == [LogKind.KEPT, LogKind.BREACH]


@pytest.mark.parametrize("locale", LOCALES)
def test_actually_no_at_the_breach_question_logs_nothing(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    breach_offered(talk)
    assert talk("actually no").speech == SAY("breach_left")
    assert kinds(session) == [LogKind.KEPT]


# "Which one did you keep?" and "Did it go against one of your promises …? Or say: none of them."
WHICH = {"kept": ("I kept my promise", "Which one did you keep"), "against": ("I snapped at Sam", "none of them.")}


def notes(session) -> list[tuple[LogKind, str]]:
    return [(e.kind, e.note) for e in entries(session)]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("which", list(WHICH))
def test_actually_no_to_which_one_is_its_no_never_a_name_or_a_note(
    session, skill, session_factory, contract, locale, which
):
    """ "actually no" is answered as a plain "no" is (a keep: nothing logged; a lapse: none of them),
    never "That isn't one of your promises by name", never a note "Actually no"."""
    told, asked = WHICH[which]
    plain = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    assert asked in plain(told).speech
    said_no = plain("no")
    rows_after_no = notes(session)
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk(told)
    heard = talk("actually no")
    assert "isn't one of your promises" not in heard.speech
    assert heard.open == said_no.open and ("Logged" in heard.speech) == ("Logged" in said_no.speech)
    talk("yes")
    assert notes(session) == rows_after_no * 2 and all("actually" not in n.lower() for _, n in notes(session))


@pytest.mark.parametrize("locale", LOCALES)
def test_actually_yes_to_which_one_asks_which_again(session, skill, session_factory, contract, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    talk("I kept my promise")
    heard = talk("actually yes")
    assert heard.speech.startswith("Which one") and "moment" not in heard.speech and heard.open
    talk("the evening talk")
    assert [(e.kind, e.lineage_id, e.note) for e in entries(session)] == [(LogKind.KEPT, contract["evening talk"], "")]
