"""The speaking device's cached time zone comes with the account's read (models/speakers.py,
models/devices.py: one statement fewer for every voice entry): entries are dated as before, a
stale zone is asked again, another couple's row for the same device is never used, and a device
id that is missing, empty, too long or not text is answered as before."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple
from tests.models.test_kept_copies import statements_of
from tests.skill.stand_in import DEVICE, GRANTED, running_stand_in
from tests.skill.talk import ALEX_VOICE, USER, skill
from trust_tracker.models import voice
from trust_tracker.models.alexa_entities import DeviceTimeZone
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.requests import intent_request
from trust_tracker.skill.stand_in import TIME_ZONE, AlexaStandIn

__all__ = ["skill"]  # the module's skill fixture (tests/skill/talk.py)

PORTS = range(8936, 8940)  # this file's own loopback ports
AHEAD, BEHIND = "Pacific/Kiritimati", "Pacific/Pago_Pago"  # NOW (noon UTC) is the 26th there, the 25th here
# Kept, then moments: each a new entry of Alex's (a keep is allowed once a day per commitment).
SAID = [
    ("LogKeptIntent", {"commitment": "call when late"}, "Logged: you kept your promise to call when late."),
    ("LogReliabilityIntent", {"note": "Sam was on time for our talk"}, "Noted, a moment of reliability"),
    ("LogReliabilityIntent", {"note": "Sam called when running late"}, "Noted, a moment of reliability"),
]


@pytest.fixture
def home(session):
    alex, sam = make_couple(session)  # New York: NOW is the 25th
    agreed_contract(session, alex, sam)
    code = voice.issue_pairing_code(session, alex, now=NOW)
    voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW)
    session.flush()
    return alex


@pytest.fixture
def apis() -> Iterator[AlexaStandIn]:
    with running_stand_in(ports=PORTS, time_zones={DEVICE: AHEAD}) as stand_in:
        yield stand_in


def say(skill, session_factory, apis, turn: int, device_id: object = DEVICE, now=NOW) -> str:
    intent, slots, _ = SAID[turn]
    envelope = intent_request(
        intent, slots, user_id=USER, person_id=ALEX_VOICE, api_endpoint=apis.url, api_access_token=GRANTED
    )
    envelope["context"]["System"]["device"]["deviceId"] = device_id
    return invoke(skill, session_factory, envelope, now=now)["response"]["outputSpeech"]["ssml"]


def dates(session) -> list[date]:
    session.expire_all()
    return list(session.scalars(select(LogEntry.local_date).order_by(LogEntry.id)))


def zone_asked(apis: AlexaStandIn) -> int:
    return len([call for call in apis.calls("GET") if TIME_ZONE.fullmatch(call.path)])


def test_a_cached_zone_dates_the_entry_without_a_statement_of_its_own(
    skill, session, session_factory, home, apis
) -> None:
    assert SAID[0][2] in say(skill, session_factory, apis, 0)  # the zone asked of the API, and kept
    assert zone_asked(apis) == 1
    with statements_of(session.get_bind().engine) as statements:
        assert SAID[1][2] in say(skill, session_factory, apis, 1)
    assert zone_asked(apis) == 1  # cached for a day
    assert dates(session) == [date(2026, 11, 26)] * 2  # the device's day, not the couple's
    alone = [s for s in statements if " ".join(s.split()).startswith("SELECT device_time_zone")]
    assert alone == []
    assert [s for s in statements if "FROM voice_link" in s and "device_time_zone" in s]


def test_a_stale_zone_is_asked_again_and_the_new_one_dates_the_entry(
    skill, session, session_factory, home, apis
) -> None:
    say(skill, session_factory, apis, 0)
    apis.time_zones[DEVICE] = BEHIND  # the device moved, and a day went by
    assert SAID[1][2] in say(skill, session_factory, apis, 1, now=NOW + timedelta(days=1, minutes=1))
    assert zone_asked(apis) == 2
    assert dates(session) == [date(2026, 11, 26)] * 2  # 1 am of the 26th in Pago Pago; Kiritimati's 27th was kept


def test_another_couples_zone_for_the_same_device_id_is_never_used(skill, session, session_factory, home, apis) -> None:
    other, _ = make_couple(session, "Robin", "Kit")
    session.add(DeviceTimeZone(couple_id=other.couple_id, device_id=DEVICE, timezone=BEHIND, checked_at=NOW))
    session.flush()
    say(skill, session_factory, apis, 0)
    assert zone_asked(apis) == 1  # Alex's couple had none: asked
    assert dates(session) == [date(2026, 11, 26)]
    kept = session.scalars(select(DeviceTimeZone.timezone).where(DeviceTimeZone.couple_id == home.couple_id))
    assert list(kept) == [AHEAD]


@pytest.mark.parametrize("device_id", [None, "", "d" * 513, 42, ["amzn1.ask.device.X"], {"id": 1}])
def test_a_missing_or_unusable_device_id_is_answered_in_the_couples_zone(
    skill, session, session_factory, home, apis, device_id
) -> None:
    assert SAID[0][2] in say(skill, session_factory, apis, 0, device_id=device_id)
    assert dates(session) == [date(2026, 11, 25)]  # New York's day: no device zone to go by
    assert AHEAD not in session.scalars(select(DeviceTimeZone.timezone))
