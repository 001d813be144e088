"""What every voice request pays before its handler runs (skill/endpoint.py, skill/speakers.py):
made cheaper, with the same answers."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import dateutil.parser
import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from sqlalchemy import select

from tests.conftest import TEST_SECRET
from tests.factories import NOW, agreed_contract, make_couple
from tests.models.test_kept_copies import statements_of
from tests.skill.talk import ALEX_VOICE, USER, Talk
from trust_tracker.models import contracts, voice
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind
from trust_tracker.skill import distress, speakers
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import parse_envelope
from trust_tracker.skill.requests import intent_request, launch_request

ENVELOPES = [
    launch_request(),
    intent_request("LogKeptIntent", {"commitment": "call when late"}, person_id="amzn1.ask.person.X"),
    intent_request("AnswerIntent", {"answer": None}, attributes={"flow": {"step": 2}}, new_session=False),
]
TIMESTAMPS = ["2026-12-02T15:00:00Z", "2026-12-02T15:00:00.123Z", "2026-12-02T16:00:00+01:00", "2026-12-02T15:00:00"]


@pytest.mark.parametrize("envelope", ENVELOPES)
@pytest.mark.parametrize("timestamp", TIMESTAMPS)
def test_an_envelope_reads_as_the_sdk_reads_it(envelope, timestamp) -> None:
    envelope = json.loads(json.dumps(envelope))
    envelope["request"]["timestamp"] = timestamp
    ours = parse_envelope(envelope)
    assert ours == DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    assert ours.request.timestamp == dateutil.parser.parse(timestamp)
    assert ours.request.timestamp.utcoffset() == dateutil.parser.parse(timestamp).utcoffset()


def test_alexas_timestamps_are_read_without_dateutils_general_parser(monkeypatch) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("dateutil's parser was asked")

    monkeypatch.setattr(dateutil.parser, "parse", refuse)
    request = parse_envelope(launch_request(timestamp=datetime(2026, 12, 2, 15, tzinfo=UTC))).request
    assert request.timestamp == datetime(2026, 12, 2, 15, tzinfo=timezone(timedelta(0)))


def test_a_timestamp_iso_does_not_read_still_reads_as_the_sdk_read_it() -> None:
    envelope = launch_request()
    envelope["request"]["timestamp"] = "Wed, 02 Dec 2026 15:00:00 GMT"
    assert parse_envelope(envelope).request.timestamp == datetime(2026, 12, 2, 15, tzinfo=UTC)
    envelope["session"]["attributes"] = {"asked": "2026-12-02"}  # not a model field: stays text
    assert parse_envelope(envelope).session.attributes == {"asked": "2026-12-02"}


def _alexs_voice_linked(session, couple):
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW)
    session.flush()
    return couple


def _directive(said) -> dict:
    [directive] = [d for d in said.response["response"]["directives"] if d["type"] == "Dialog.UpdateDynamicEntities"]
    return {t["name"]: [v["name"]["value"] for v in t["values"]] for t in directive["types"]}


def test_the_names_sent_to_alexa_are_built_once_and_follow_a_change(
    session, couple, contract, session_factory, monkeypatch
) -> None:
    alex, sam = _alexs_voice_linked(session, couple)
    skill = build_skill()
    built = []
    build = speakers._names_directive
    monkeypatch.setattr(speakers, "_names_directive", lambda *args: built.append(1) or build(*args))

    first = _names(Talk(skill, session_factory, person_id=ALEX_VOICE)("open trust tracker"))
    assert first == {
        "PARTNER_NAME": ["Alex", "Sam"],
        "COMMITMENT_NAME": ["call when late", "evening talk"],
    }
    assert _names(Talk(skill, session_factory, person_id=ALEX_VOICE)("open trust tracker")) == first
    assert len(built) == 1  # the second session was sent the first one's
    water = ItemDraft(ItemKind.COMMITMENT, "Water the plants", short_name="water the plants")
    contracts.agree_version(session, sam, contracts.propose_version(session, alex, [water]).id)
    session.flush()
    changed = _names(Talk(skill, session_factory, person_id=ALEX_VOICE)("open trust tracker"))
    assert changed == {"PARTNER_NAME": ["Alex", "Sam"], "COMMITMENT_NAME": ["water the plants"]}
    assert len(built) == 2


def _names(said) -> dict[str, list[str]]:
    [directive] = [d for d in said.response["response"]["directives"] if d["type"] == "Dialog.UpdateDynamicEntities"]
    return {t["name"]: [v["name"]["value"] for v in t["values"]] for t in directive["types"]}


def test_a_sessions_first_keep_reads_its_commitments_phrasings_from_the_kept_copy(fresh_engine) -> None:
    sessions = make_sessionmaker(fresh_engine, TEST_SECRET)  # as the server's: what a request loaded, it holds
    with sessions.begin() as session:
        alex, sam = make_couple(session)
        assert sam is not None
        agreed_contract(session, alex, sam)
        code = voice.issue_pairing_code(session, alex, now=NOW)
        voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW)
    skill = build_skill()
    Talk(skill, sessions, person_id=ALEX_VOICE)("i kept my promise to evening talk")  # the process keeps them
    with statements_of(fresh_engine) as statements:
        said = Talk(skill, sessions, person_id=ALEX_VOICE)("i kept my promise to call when late")
    assert said.speech == "Logged: you kept your promise to call when late."
    assert not [s for s in statements if "FROM item_lineage" in s]  # not one by one, as each was touched


def test_a_note_is_searched_for_distress_once_as_said_and_as_saved(
    session, couple, contract, session_factory, monkeypatch
) -> None:
    _alexs_voice_linked(session, couple)
    searched: list[str] = []
    search = distress._distress_read
    monkeypatch.setattr(
        distress, "_distress_read", lambda said, learned=True: searched.append(said) or search(said, learned)
    )
    said = Talk(build_skill(), session_factory, person_id=ALEX_VOICE)("note a moment: Sam was on time for our talk")
    assert said.speech == "Noted, a moment of reliability: Sam was on time for our talk."
    saved = session.scalars(select(LogEntry.note).where(LogEntry.kind == LogKind.RELIABILITY)).all()
    assert [note.lower() for note in saved] == ["sam was on time for our talk"]
    assert "my partner was on time for our talk" in searched  # read, the name as the partner
    assert len(searched) == len(set(searched))  # the save path (skill/saved_words.py) searched nothing again


# Distress and everyday words, some of them twice and in other cases: one request's readings
# answer each as a fresh search does, whatever was read before them.
READ_TWICE = [
    "sam threw a plate at my head last night",
    "Sam threw a plate at my head last night",
    "i don't see the point of waking up tomorrow",
    "sam fixed the side gate",
    "I sam fixed the side gate",
    "i sam fixed the side gate",
    "kill sam at tennis tomorrow",
    "kill sam at tennis and then kill myself",
    "I'll hit him up later",
    "hope I never wake up",
    "we booked the dentist for both of us",
    "we booked the dentist for both of us",
    "",
]


@pytest.mark.parametrize("names", [(), ("Alex", "Sam"), ("Hope", "Will")])
def test_readings_kept_for_a_request_answer_as_a_fresh_search(names) -> None:
    made = distress.Readings()
    for text in [*READ_TWICE, *reversed(READ_TWICE)]:
        assert distress.is_distress(text, names, made) is distress.is_distress(text, names), text
    assert distress.is_distress("sam hit me", ("Alex", "Sam"), made)
    assert not distress.is_distress("sam hit me", (), made) or distress.is_distress("sam hit me")
