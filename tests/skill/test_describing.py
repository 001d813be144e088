"""Logging by describing what was done: "I called when I was running late".

Alexa learns each commitment's phrasings as dynamic-entity synonyms (send_names); the skill
trusts the id Alexa resolved, matches the phrasings itself when there is none (the simulator,
`trust-tracker say`), and offers back words that name no promise instead of logging a keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import NOW
from tests.skill.talk import ALEX_VOICE, SAY, USER, Talk, contract, entries, home, skill
from trust_tracker.models import spoken_forms
from trust_tracker.models.entities import LogKind
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Match, Reply

__all__ = ["contract", "home", "skill"]  # fixtures shared with the conversation tests

CALLED = "called when i was running late"
DYNAMIC = "amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.x.COMMITMENT_NAME"
STATIC = "amzn1.er-authority.echo-sdk.amzn1.ask.skill.x.COMMITMENT_NAME"


@pytest.fixture
def described(session, home, contract) -> dict[str, int]:
    """The contract's commitments, "call when late" and "evening talk" with phrasings saved."""
    alex, _ = home
    spoken_forms.save(session, alex, contract["call when late"], ["I called when I was running late", "I texted"])
    spoken_forms.save(session, alex, contract["evening talk"], ["We had our evening talk"])
    session.flush()
    return contract


@pytest.fixture
def alex_talks(skill, session_factory, home) -> Talk:
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


def kept(value: str, *resolutions: dict[str, Any], attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    """LogKeptIntent as Alexa sends it: the words heard, and how each authority resolved them."""
    request = alexa.intent_request(
        "LogKeptIntent",
        {"commitment": value},
        user_id=USER,
        person_id=ALEX_VOICE,
        new_session=attributes is None,
        attributes=attributes,
    )
    if resolutions:
        request["request"]["intent"]["slots"]["commitment"]["resolutions"] = {
            "resolutionsPerAuthority": list(resolutions)
        }
    return request


def resolved(*ids: str, authority: str = DYNAMIC) -> dict[str, Any]:
    return {
        "authority": authority,
        "status": {"code": "ER_SUCCESS_MATCH"},
        "values": [{"value": {"name": "call when late", "id": i}} for i in ids],
    }


NO_MATCH = {"authority": DYNAMIC, "status": {"code": "ER_SUCCESS_NO_MATCH"}}


def spoken(response: dict[str, Any]) -> str:
    return Reply.of(response).speech


@pytest.fixture
def say(skill, session_factory):
    return lambda envelope: invoke(skill, session_factory, envelope, now=NOW)


def kinds(session) -> list[tuple[LogKind, int | None, str]]:
    return [(e.kind, e.lineage_id, e.note) for e in entries(session)]


def test_the_phrasings_go_to_alexa_as_synonyms_of_their_commitment(described, alex_talks) -> None:
    said = alex_talks("how are we doing")
    [update] = [d for d in said.response["response"]["directives"] if d["type"] == "Dialog.UpdateDynamicEntities"]
    [commitments] = [t for t in update["types"] if t["name"] == "COMMITMENT_NAME"]
    synonyms = {v["id"]: (v["name"]["value"], v["name"]["synonyms"]) for v in commitments["values"]}
    assert synonyms[f"lineage-{described['call when late']}"] == ("call when late", [CALLED, "texted"])
    assert synonyms[f"lineage-{described['evening talk']}"] == ("evening talk", ["had our evening talk"])
    assert synonyms[f"lineage-{described['evening walk']}"] == ("evening walk", [])


def test_a_phrasing_alexa_resolved_logs_its_commitment(session, described, say) -> None:
    response = say(kept(CALLED, resolved(f"lineage-{described['call when late']}")))
    assert spoken(response) == "Logged: you kept your promise to call when late."
    assert kinds(session) == [(LogKind.KEPT, described["call when late"], "")]


def test_the_resolved_id_is_trusted_before_the_words(session, described, say) -> None:
    # Words the skill's own matching would not place, resolved by Alexa to evening talk.
    response = say(kept("sat down and talked it all through", resolved(f"lineage-{described['evening talk']}")))
    assert spoken(response) == "Logged: you kept your evening talk."
    assert kinds(session) == [(LogKind.KEPT, described["evening talk"], "")]


@pytest.mark.parametrize(
    "resolution",
    [
        resolved("lineage-999999"),  # no commitment of theirs (another couple's, or gone)
        resolved("lineage-abc"),
        resolved("partner-1"),
        resolved("lineage-" + "9" * 40),
        resolved("lineage-1", authority=STATIC),  # only the dynamic authority knows their ids
        NO_MATCH,
        {"authority": DYNAMIC, "status": {"code": "ER_SUCCESS_MATCH"}},
        {"authority": DYNAMIC},
    ],
)
def test_a_resolution_that_is_not_one_of_their_commitments_is_never_logged(session, described, say, resolution) -> None:
    response = say(kept("went for a run", resolution))
    assert spoken(response).startswith("That isn't one of your promises by name.")
    assert response["response"]["shouldEndSession"] is False
    assert entries(session) == []


def test_the_skill_matches_the_phrasings_itself_without_alexa(session, described, alex_talks) -> None:
    said = alex_talks("i called when i was running late")
    assert said.speech == "Logged: you kept your promise to call when late." and not said.open
    said = alex_talks("we had our evening talk")
    assert said.speech == "Logged: you kept your evening talk."
    assert kinds(session) == [
        (LogKind.KEPT, described["call when late"], ""),
        (LogKind.KEPT, described["evening talk"], ""),
    ]


@pytest.mark.parametrize(
    "utterance", ["i just called when i was running late", "today i called when i was running late"]
)
def test_the_other_describing_forms(session, described, alex_talks, utterance) -> None:
    assert alex_talks(utterance).speech == "Logged: you kept your promise to call when late."
    assert kinds(session) == [(LogKind.KEPT, described["call when late"], "")]


def offered(alex_talks: Talk) -> None:
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "went for a run"}))
    options = "call when late, evening talk or evening walk"
    assert said.speech == SAY("no_match_kept", options=options) and said.open


def test_words_naming_no_promise_are_offered_back_and_yes_notes_a_moment(session, described, alex_talks) -> None:
    """The note keeps the "I" the keep's carrier ("i {commitment}") took from "I went for a run"."""
    offered(alex_talks)
    assert entries(session) == []
    said = alex_talks.send(Match("AMAZON.YesIntent"))
    assert said.speech.startswith(SAY("reliability_logged", note="you went for a run")) and not said.open
    assert kinds(session) == [(LogKind.RELIABILITY, None, "I went for a run")]
    assert entries(session)[0].partner.name == "Alex"


@pytest.mark.parametrize("answer", ["yes", "yes please", "note it", "a moment of reliability"])
def test_a_yes_heard_as_the_elicited_slot_notes_a_moment_too(session, described, alex_talks, answer) -> None:
    offered(alex_talks)
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": answer}))
    assert said.speech.startswith(SAY("reliability_logged", note="you went for a run"))
    assert kinds(session) == [(LogKind.RELIABILITY, None, "I went for a run")]


def test_naming_the_promise_instead_logs_that_one(session, described, alex_talks) -> None:
    offered(alex_talks)
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "evening walk"}))
    assert said.speech == "Logged: you kept your evening walk."
    # The words said first stay, as the note (vfix3: never lost to the question).
    assert kinds(session) == [(LogKind.KEPT, described["evening walk"], "Went for a run")]


def test_no_logs_nothing(session, described, alex_talks) -> None:
    offered(alex_talks)
    said = alex_talks.send(Match("AMAZON.NoIntent"))
    assert said.speech == SAY("moment_not_noted") and not said.open
    assert entries(session) == []


def test_a_stale_or_forged_offer_logs_no_moment(session, described, say) -> None:
    attributes = {"pending_log": {"kind": "kept", "ids": [], "tries": 1, "said": 42, "moment": True}}
    response = say(
        alexa.intent_request(
            "AMAZON.YesIntent", {}, user_id=USER, person_id=ALEX_VOICE, new_session=False, attributes=attributes
        )
    )
    assert spoken(response).startswith(SAY("yes_no_out_of_place"))
    assert entries(session) == []


# What "i {commitment}" leaves in the slot once the "I" is gone: heard as said after "I".
@pytest.mark.parametrize(
    "words",
    ["want to hurt myself", "am scared of my partner", "was molested", "want to hurt him", "got bashed by my partner"],
)
def test_distress_said_as_a_description_gets_help_first_and_nothing_is_logged(session, described, say, words) -> None:
    response = say(kept(words, NO_MATCH))
    assert spoken(response).startswith("I'm sorry you're going through this.")
    assert entries(session) == []


def test_the_plain_ways_still_work(session, described, alex_talks) -> None:
    said = alex_talks("i kept all of them")
    assert said.speech.startswith("Logged") and "you kept" in said.speech and not said.open, said.speech
    assert {e.kind for e in entries(session)} == {LogKind.KEPT}


def test_a_plain_keep_with_its_day_asks_which_one(session, described, alex_talks) -> None:
    said = alex_talks("i kept my promise today")  # no promise named: asked (tester-voice13 #8)
    assert said.speech.startswith("Which one did you keep") and said.open, said.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    ("words", "name"),
    [("forgot the evening talk", "evening talk"), ("blew it on call when late", "call when late")],
)
def test_a_lapse_heard_as_a_description_is_logged_as_the_miss_it_is(session, described, alex_talks, words, name):
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": words}))
    assert said.speech.startswith("Thank you for being honest.") and said.open  # a reflection offered
    assert [(e.kind, e.lineage_id) for e in entries(session)] == [(LogKind.MISSED, described[name])]


def test_a_forged_offer_heard_as_the_slot_notes_no_moment(session, described, say) -> None:
    attributes = {"pending_log": {"kind": "kept", "ids": [], "tries": 1, "said": ["x"], "moment": True}}
    response = say(kept("yes", attributes=attributes))
    assert "moment of reliability:" not in spoken(response)
    assert entries(session) == []
