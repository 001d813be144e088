"""Removing one's own entry (with its 10-minute undo) and "not me", on History and Today."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple, make_entry
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.models.stat_entities import RemovedEntry

TODAY = NOW.date()


def _ids(session) -> set[int]:
    session.expire_all()
    return set(session.scalars(select(LogEntry.id)))


def test_a_partner_removes_their_own_entry_and_brings_it_back(client, alex, session, contract) -> None:
    entry = make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="we talked calmly")
    page = client.get("/history/").text
    assert f"/history/entries/{entry.id}/remove" in page
    response = client.post(f"/history/entries/{entry.id}/remove")
    assert response.status_code == 302
    assert entry.id not in _ids(session)
    page = client.get("/history/").text
    assert "Removed in the last 10 minutes" in page and "we talked calmly" in page
    [removed] = session.scalars(select(RemovedEntry)).all()
    assert client.post(f"/history/removed/{removed.id}/undo").status_code == 302
    assert entry.id in _ids(session)
    assert session.get(LogEntry, entry.id).note == "we talked calmly"


def test_the_partners_or_another_couples_entry_is_refused_and_nothing_changes(
    client, alex, session, contract, couple
) -> None:
    _, sam = couple
    theirs = make_entry(session, sam, LogKind.KEPT, TODAY, contract.items[1], source=Source.VOICE)
    kim, lee = make_couple(session, "Kim", "Lee")
    assert lee is not None
    elsewhere = make_entry(session, kim, LogKind.KEPT, TODAY, agreed_contract(session, kim, lee).items[0])
    assert f"/history/entries/{theirs.id}/remove" not in client.get("/history/").text
    assert client.post(f"/history/entries/{theirs.id}/remove").status_code == 403
    assert client.post(f"/history/entries/{theirs.id}/not-me").status_code == 403
    assert client.post(f"/history/entries/{elsewhere.id}/remove").status_code == 404
    assert client.post(f"/history/entries/{elsewhere.id}/not-me").status_code == 404
    assert client.post("/history/entries/999999999/remove").status_code == 404
    assert client.post("/history/entries/0/remove").status_code == 404
    assert client.post("/history/entries/abc/remove").status_code == 404
    assert client.post("/history/entries/" + "9" * 40 + "/remove").status_code == 404
    assert _ids(session) == {theirs.id, elsewhere.id}
    session.refresh(theirs)
    assert theirs.disputed_at is None


def test_someone_elses_undo_is_refused(client, alex, session, contract, sam_client, couple) -> None:
    entry = make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="mine")
    client.post(f"/history/entries/{entry.id}/remove")
    [removed] = session.scalars(select(RemovedEntry)).all()
    assert sam_client.post(f"/history/removed/{removed.id}/undo").status_code == 403
    assert client.post("/history/removed/424242/undo").status_code == 404
    assert entry.id not in _ids(session)


def test_the_undo_ends_after_ten_minutes(make_app, alex, session, contract, client) -> None:
    entry = make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="mine")
    client.post(f"/history/entries/{entry.id}/remove")
    [removed] = session.scalars(select(RemovedEntry)).all()
    later = make_app(CLOCK=lambda: NOW + timedelta(minutes=11)).test_client()
    from tests.web.helpers import log_in

    log_in(later, "alex@example.com")
    assert "Removed in the last 10 minutes" not in later.get("/history/").text
    assert later.post(f"/history/removed/{removed.id}/undo").status_code == 409
    assert entry.id not in _ids(session)


def test_not_me_marks_a_voice_entry_disputed_for_both_and_it_leaves_the_streak(
    client, alex, session, contract, sam_client
) -> None:
    call = contract.items[0]
    for back in range(1, 3):
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=back), call)
    claimed = make_entry(session, alex, LogKind.KEPT, TODAY, call, source=Source.VOICE)
    typed = make_entry(session, alex, LogKind.SMALL_WIN, TODAY, source=Source.WEB)
    page = client.get("/history/").text
    assert f"/history/entries/{claimed.id}/not-me" in page
    assert f"/history/entries/{typed.id}/not-me" not in page
    assert client.post(f"/history/entries/{typed.id}/not-me").status_code == 409
    assert client.post(f"/history/entries/{claimed.id}/not-me").status_code == 302
    session.refresh(claimed)
    assert claimed.disputed_at == NOW
    assert "you said this was not you" in client.get("/history/").text
    assert "Alex said this was not them" in sam_client.get("/history/").text
    charts = client.get("/history/charts").text
    assert charts.count("Disputed") == 0  # not on the charts at all
    streaks = client.get("/history/").text.split('id="streaks-title"')[1].split("</section>")[0]
    assert "call when late:\n      <strong>2 days</strong>" in streaks  # yesterday and the day before, not today


def test_today_shows_what_was_logged_with_an_undo_for_ten_minutes(client, alex, session, contract) -> None:
    call = contract.items[0].lineage_id
    assert client.post("/today/log", data={"lineage_id": str(call), "kind": "kept"}).status_code == 302
    [entry_id] = _ids(session)
    page = client.get("/today/").text
    item = page.split(f'id="item-{call}"')[1].split("</li>")[0]
    assert "You logged it" in item and 'action="/today/undo"' in item and f'value="{entry_id}"' in item
    response = client.post("/today/undo", data={"entry_id": str(entry_id)})
    assert response.status_code == 302 and response.location.endswith(f"#item-{call}")
    assert _ids(session) == set()
    item = client.get("/today/").text.split(f'id="item-{call}"')[1].split("</li>")[0]
    assert 'action="/today/log"' in item  # the buttons are back


@pytest.mark.parametrize("value", ["", "abc", "-1", "0", "1.5", "9" * 30, "1\x00"])
def test_todays_undo_refuses_odd_values(client, alex, session, contract, value) -> None:
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY)
    assert client.post("/today/undo", data={"entry_id": value}).status_code == 400
    assert len(_ids(session)) == 1


def test_todays_undo_of_the_partners_or_an_old_entry_is_refused(client, alex, session, contract, couple) -> None:
    _, sam = couple
    theirs = make_entry(session, sam, LogKind.KEPT, TODAY, contract.items[1])
    old = make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=1), contract.items[0])
    assert client.post("/today/undo", data={"entry_id": str(theirs.id)}).status_code == 403
    assert client.post("/today/undo", data={"entry_id": str(old.id)}).status_code == 409
    assert client.post("/today/undo", data={"entry_id": "123456"}).status_code == 404
    assert _ids(session) == {theirs.id, old.id}


def test_the_csv_export_streams_the_same_columns(client, alex, session, contract) -> None:
    for back in range(700):
        make_entry(session, alex, LogKind.SMALL_WIN, TODAY - timedelta(days=back), note=f"day {back}")
    response = client.get("/account/log.csv")
    assert response.status_code == 200 and response.is_streamed
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == ["date", "partner", "kind", "commitment", "note", "source", "logged_at", "acknowledged_at"]
    assert len(rows) == 701 and rows[1][4] == "day 699" and rows[-1][4] == "day 0"


def test_a_disputed_entry_on_today_shows_as_such_and_the_buttons_come_back(client, alex, session, contract) -> None:
    call = contract.items[0]
    claimed = make_entry(session, alex, LogKind.KEPT, TODAY, call, source=Source.VOICE)
    assert (
        'action="/today/log"'
        not in client.get("/today/").text.split(f'id="item-{call.lineage_id}"')[1].split("</li>")[0]
    )
    assert client.post(f"/history/entries/{claimed.id}/not-me").status_code == 302
    item = client.get("/today/").text.split(f'id="item-{call.lineage_id}"')[1].split("</li>")[0]
    assert "Disputed: not counted" in item and 'action="/today/log"' in item
    assert client.post("/today/log", data={"lineage_id": str(call.lineage_id), "kind": "missed"}).status_code == 302


def test_the_removed_list_writes_days_as_the_site_does_and_offers_one_undo_per_commitment_and_day(
    client, alex, session, contract
) -> None:
    """tester-web51: five removed misses of one commitment on one day, each with its Undo, though only one can
    come back (once a day), and their day as 2026-11-25 beside every other date's "Wed 25 Nov 2026"."""
    talk = contract.items[1]
    for kind in (LogKind.KEPT, LogKind.MISSED, LogKind.MISSED):
        entry = make_entry(session, alex, kind, TODAY, talk)
        assert client.post(f"/history/entries/{entry.id}/remove").status_code == 302
    for note in ("first win", "second win"):  # no once-a-day rule: each can come back
        client.post(f"/history/entries/{make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note=note).id}/remove")
    page = client.get("/history/").text
    listed = page[page.index('id="removed-title"') : page.index('id="entries-title"')]
    assert listed.count("Undo<") == 3 and "first win" in listed and "second win" in listed
    assert listed.count("Missed") == 2 and "Kept" not in listed  # the newest removal of the talk, and its Undo label
    assert "Wed 25 Nov 2026" in listed and "2026-11-25" not in listed
    newest = max((r for r in session.scalars(select(RemovedEntry)) if r.entry["kind"] == "missed"), key=lambda r: r.id)
    assert f"/history/removed/{newest.id}/undo" in listed
