"""Safety on the site: words meant for the partner that speak of danger, abuse, fear or
crisis are not saved or shared; the page keeps them in the form and shows the help lines
for the couple's country. The private journal saves them, with the help link beside."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.web.helpers import count, form_data, text_of
from trust_tracker.models import contracts, journal, safety, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    CheckInAnswer,
    ItemKind,
    JournalEntry,
    LogEntry,
    LogKind,
    Setback,
    Source,
    VersionComment,
)

DISTRESS = "I'm scared of my partner, he hurt me"
NOT_SHARED = "What you wrote was not saved and has not been shared with your partner."


def assert_held_back(response, session, entity, before: int) -> None:
    assert response.status_code == 422
    text = text_of(response)
    assert NOT_SHARED in text and "Your private journal is only yours" in text
    assert "National Domestic Violence Hotline" in text and "988" in text  # the couple lives in New York
    assert "Samaritans" not in text  # one country's lines, with a link to the rest
    assert 'href="/help"' in response.text
    session.expire_all()
    assert count(session, entity) == before


def test_a_check_in_answer_in_distress_is_not_saved(client, alex, session) -> None:
    response = client.post("/checkins/", data={"answer_0": "We walked", "answer_1": DISTRESS})
    assert_held_back(response, session, CheckInAnswer, 0)
    assert form_data(response)["answer_1"] == [DISTRESS]  # still in the form
    assert form_data(response)["answer_0"] == ["We walked"]


def test_ordinary_hurt_feelings_are_saved(client, alex, session) -> None:
    response = client.post("/checkins/", data={"answer_0": "It hurt me when you didn't call"})
    assert response.status_code == 302
    assert count(session, CheckInAnswer) == 1


@pytest.mark.parametrize("filler", ["um", "Umm...", "let me think", "uh, hmm"])
def test_filler_is_not_an_answer(client, alex, session, filler) -> None:
    response = client.post("/checkins/", data={"answer_0": filler, "answer_1": "Good week"})
    assert response.status_code == 422
    assert "That is not an answer yet" in text_of(response)
    assert form_data(response)["answer_0"] == [filler]
    assert count(session, CheckInAnswer) == 0


def test_a_log_note_in_distress_is_not_saved(client, alex, contract, session) -> None:
    lineage = str(contract.items[0].lineage_id)
    response = client.post("/history/log", data={"log-kind": "missed", "log-lineage_id": lineage, "log-note": DISTRESS})
    assert_held_back(response, session, LogEntry, 0)
    assert form_data(response)["log-note"] == [DISTRESS]


def test_a_reflection_in_distress_is_not_saved(client, alex, contract, session) -> None:
    entry = tracking.log_entry(
        session, alex, LogKind.MISSED, lineage_id=contract.items[0].lineage_id, source=Source.VOICE, now=NOW
    )
    session.flush()
    setback_id = int(client.post("/setbacks/start", data={"log_entry_id": str(entry.id)}).location.rsplit("/", 1)[1])
    response = client.post(f"/setbacks/{setback_id}", data={"trigger": "He hit me", "prevention": ""})
    assert_held_back(response, session, Setback, 1)
    assert form_data(response)["trigger"] == ["He hit me"]
    session.expire_all()
    assert not session.get(Setback, setback_id).reflections


def test_a_contract_comment_in_distress_is_not_saved(client, alex, couple, session) -> None:
    proposal = contracts.propose_version(session, couple[1], [ItemDraft(ItemKind.EXAMPLE, "Sam's idea")], now=NOW)
    session.flush()
    response = client.post(f"/contract/versions/{proposal.id}/comments", data={"body": DISTRESS})
    assert_held_back(response, session, VersionComment, 0)
    assert form_data(response)["body"] == [DISTRESS]


def test_sharing_a_journal_entry_in_distress_is_refused(client, alex, session) -> None:
    entry = journal.write(session, alex, f"A long day. {DISTRESS}. Tomorrow is better.", now=NOW)
    session.flush()
    for data in ({"how": "whole"}, {"how": "excerpt", "excerpt": DISTRESS}):
        for confirmed in ("", "yes"):
            response = client.post(f"/journal/{entry.id}/share", data=data | {"confirmed": confirmed})
            assert_held_back(response, session, JournalEntry, 1)
            session.expire_all()
            assert session.get(JournalEntry, entry.id).shared_at is None
    # An excerpt that says nothing of it can be shared.
    data = {"how": "excerpt", "excerpt": "A long day.", "confirmed": "yes"}
    assert client.post(f"/journal/{entry.id}/share", data=data).status_code == 302


def test_the_private_journal_saves_it_and_links_to_help(client, alex, session) -> None:
    response = client.post("/journal/", data={"body": DISTRESS})
    assert response.status_code == 302
    page = client.get(response.location)
    assert "help is there" in text_of(page) and 'href="/help"' in page.text
    assert session.scalar(select(JournalEntry.body)) == DISTRESS
    # Ordinary writing gets no such line.
    again = client.get(client.post("/journal/", data={"body": "A calm day"}).location)
    assert "help is there" not in text_of(again)


@pytest.mark.parametrize(
    ("zone", "country"),
    [
        ("Europe/London", "United Kingdom"),
        ("Australia/Sydney", "Australia"),
        ("Asia/Kolkata", "India"),
        ("America/Toronto", "Canada"),
        ("America/Chicago", "United States"),
        ("Europe/Berlin", None),
        ("", None),
    ],
)
def test_the_couples_country_comes_from_its_time_zone(zone, country) -> None:
    found = safety.for_timezone(zone)
    assert (found.country if found else None) == country


def test_a_couple_elsewhere_sees_every_countrys_lines(client, alex, session) -> None:
    alex.couple.timezone = "Europe/Berlin"
    session.flush()
    response = client.post("/checkins/", data={"answer_0": DISTRESS})
    assert response.status_code == 422
    text = text_of(response)
    assert all(r.country in text for r in safety.RESOURCES.values())
