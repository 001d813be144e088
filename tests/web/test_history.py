"""The history page: entries, filters, pages, this week, streaks, and the log form."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from sqlalchemy import select

from tests.factories import NOW, agreed_contract, make_couple
from tests.web.helpers import assert_accessible_form, count, text_of
from trust_tracker.models import tracking
from trust_tracker.models.entities import LogEntry, LogKind, Milestone, Source
from trust_tracker.models.timeline import PAGE_SIZE as HISTORY_PAGE_SIZE
from trust_tracker.web.forms import CONTROL_MESSAGE


def log(**fields: str) -> dict[str, str]:
    """The log form's fields, named as the page names them."""
    return {f"log-{name}": value for name, value in fields.items()}


def test_an_empty_history_says_so(client, alex) -> None:
    response = client.get("/history/")
    assert response.status_code == 200
    page = text_of(response)
    assert "Nothing logged yet this week." in page
    assert "No entries yet." in page
    assert "Streaks appear once your contract has commitments." in page
    assert_accessible_form(response)


@pytest.mark.postgres_smoke
def test_entries_logged_by_voice_and_web_show_newest_first(client, alex, couple, contract, session) -> None:
    _, sam = couple
    call = contract.items[0]
    tracking.log_entry(
        session,
        alex,
        LogKind.KEPT,
        source=Source.VOICE,
        lineage_id=call.lineage_id,
        note="Called at six",
        now=NOW - timedelta(days=2),
    )
    tracking.log_entry(
        session, sam, LogKind.RELIABILITY, source=Source.WEB, note="Picked me up on time", now=NOW - timedelta(days=1)
    )
    tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.VOICE, now=NOW)
    session.flush()
    page = text_of(client.get("/history/"))
    # Grouped by day, newest first; each entry a sentence in the viewer's words.
    newest = "Wed 25 Nov 2026 ★ Sam logged a small win. Logged by voice at 07:00"
    middle = "Tue 24 Nov 2026 ★ Sam noticed a moment of reliability. Picked me up on time Logged on the site"
    oldest = "Mon 23 Nov 2026 ✓ You kept “call when late”. Called at six Logged by voice"
    assert newest in page and middle in page and oldest in page
    assert page.index(newest) < page.index(middle) < page.index(oldest)


def test_this_weeks_summary_and_streaks(client, alex, couple, contract, session) -> None:
    _, sam = couple
    call, talk = contract.items[0], contract.items[1]
    for days in (2, 1, 0):
        tracking.log_entry(
            session, alex, LogKind.KEPT, source=Source.VOICE, lineage_id=call.lineage_id, now=NOW - timedelta(days=days)
        )
    tracking.log_entry(session, sam, LogKind.MISSED, source=Source.WEB, lineage_id=talk.lineage_id, now=NOW)
    # Last week's entries are history, not this week.
    tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.WEB, now=NOW - timedelta(days=7))
    session.flush()
    page = text_of(client.get("/history/"))
    assert "This week Mon 23 Nov 2026 to Sun 29 Nov 2026" in page
    assert "Kept a commitment: 3 (Alex 3, Sam 0)" in page
    assert "Missed a commitment: 1 (Alex 0, Sam 1)" in page
    assert "Small win:" not in page.split("Current streaks")[0]
    assert "call when late: 3 days" in page
    assert "evening talk: no streak yet" in page


def test_filter_by_partner_and_kind(client, alex, couple, session) -> None:
    _, sam = couple
    tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="alex win", now=NOW)
    tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.WEB, note="sam win", now=NOW)
    tracking.log_entry(session, sam, LogKind.HARD_DAY, source=Source.WEB, note="sam hard day", now=NOW)
    session.flush()

    by_sam = text_of(client.get("/history/", query_string={"partner": sam.id}))
    assert "sam win" in by_sam and "sam hard day" in by_sam and "alex win" not in by_sam
    wins = text_of(client.get("/history/", query_string={"kind": "small_win"}))
    assert "sam win" in wins and "alex win" in wins and "sam hard day" not in wins
    both = client.get("/history/", query_string={"partner": sam.id, "kind": "hard_day"})
    assert "sam hard day" in text_of(both) and "sam win" not in text_of(both)
    assert f'<option selected value="{sam.id}">' in both.text
    nothing = text_of(client.get("/history/", query_string={"kind": "breach"}))
    assert "No entries match this filter. Show everything" in nothing


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"kind": "promise"}, "Choose a kind of entry from the list."),
        ({"partner": "abc"}, "Choose one of you, or both."),
        ({"page": "0"}, "Pages go from 1 to 10000."),
        ({"page": "99999999999999999999"}, "Pages go from 1 to 10000."),
        ({"page": "two"}, "Not a valid integer value."),
    ],
)
def test_invalid_filters_are_a_400_with_a_message(client, alex, session, query, message) -> None:
    tracking.log_entry(session, alex, LogKind.SMALL_WIN, source=Source.WEB, note="visible when valid", now=NOW)
    session.flush()
    response = client.get("/history/", query_string=query)
    assert response.status_code == 400
    page = text_of(response)
    assert message in page
    assert "Fix the filter above to see entries." in page
    assert "visible when valid" not in page


def test_another_couples_partner_is_not_a_filter(client, alex, session) -> None:
    kim, _ = make_couple(session, "Kim", "Lee")
    tracking.log_entry(session, kim, LogKind.SMALL_WIN, source=Source.WEB, note="kim's private win", now=NOW)
    session.flush()
    response = client.get("/history/", query_string={"partner": kim.id})
    assert response.status_code == 400
    assert "Choose one of you, or both." in text_of(response)
    assert "kim's private win" not in response.text
    assert "kim's private win" not in client.get("/history/").text
    assert "Kim" not in client.get("/history/").text


def test_pages_of_entries(client, alex, session) -> None:
    for i in range(HISTORY_PAGE_SIZE + 3):
        tracking.log_entry(
            session,
            alex,
            LogKind.SMALL_WIN,
            source=Source.WEB,
            note=f"win number {i:03d}",
            now=NOW - timedelta(minutes=i),
        )
    session.flush()
    first = client.get("/history/", query_string={"kind": "small_win"})
    assert "win number 000" in first.text and f"win number {HISTORY_PAGE_SIZE - 1:03d}" in first.text
    assert f"win number {HISTORY_PAGE_SIZE:03d}" not in first.text
    assert 'href="/history/?page=2&amp;kind=small_win" rel="next">Older entries' in first.text
    assert "Newer entries" not in first.text
    second = client.get("/history/", query_string={"kind": "small_win", "page": 2})
    assert f"win number {HISTORY_PAGE_SIZE + 2:03d}" in second.text and "win number 000" not in second.text
    assert "Older entries" not in second.text
    assert 'href="/history/?page=1&amp;kind=small_win" rel="prev">Newer entries' in second.text
    beyond = client.get("/history/", query_string={"page": 5})
    assert beyond.status_code == 200 and "No more entries." in text_of(beyond)


# --- the log form -----------------------------------------------------------------


def test_log_form_offers_the_active_contract(client, alex, contract) -> None:
    page = client.get("/history/")
    assert f'<option value="{contract.items[0].lineage_id}">call when late</option>' in page.text
    assert f'<option value="{contract.items[2].lineage_id}">No deleting messages</option>' in page.text
    assert "Sharing my location" not in page.text.split("Log something")[1].split("</form>")[0]


def test_the_log_form_starts_at_nothing_in_particular(client, alex, contract) -> None:
    """A second tester's moment, typed without choosing an item, was filed under the first
    commitment (the browser picked the first option): nothing is chosen until someone chooses."""
    form = client.get("/history/").text.split("Log something")[1].split("</form>")[0]
    assert '<option selected value="">Nothing in particular</option>' in form
    assert form.split("Which item")[1].split("</select>")[0].count("selected") == 1


def test_log_form_offers_only_what_the_partner_may_log(sam_client, contract, session, couple) -> None:
    _, sam = couple
    form = sam_client.get("/history/").text.split("Log something")[1].split("</form>")[0]
    offered = {c.lineage_id for c in tracking.loggable_commitments(session, sam)}
    assert offered == {contract.items[1].lineage_id}  # the shared one; "call when late" is Alex's
    assert f'<option value="{contract.items[1].lineage_id}">evening talk</option>' in form
    assert f'<option value="{contract.items[0].lineage_id}">' not in form
    assert f'<option value="{contract.items[2].lineage_id}">No deleting messages</option>' in form


@pytest.mark.postgres_smoke
def test_logging_from_the_site(client, alex, contract, session) -> None:
    call = contract.items[0]
    response = client.post(
        "/history/log", data=log(kind="kept", lineage_id=str(call.lineage_id), note="  Called   from the train ")
    )
    assert response.status_code == 302
    page = text_of(client.get(response.location))
    assert "Logged: kept a commitment: “call when late”." in page
    assert "Wed 25 Nov 2026 ✓ You kept “call when late”. Called from the train Logged on the site" in page
    entry = session.scalar(select(LogEntry))
    assert (entry.partner_id, entry.kind, entry.lineage_id, entry.source, entry.note) == (
        alex.id,
        LogKind.KEPT,
        call.lineage_id,
        Source.WEB,
        "Called from the train",
    )


def test_a_log_that_reaches_a_milestone_celebrates_it_once(client, alex, contract, session) -> None:
    for _ in range(9):
        tracking.log_entry(session, alex, LogKind.KEPT, source=Source.VOICE, now=NOW)
    call, talk = (str(item.lineage_id) for item in contract.items[:2])
    response = client.post("/history/log", data=log(kind="kept", lineage_id=call, note=""))
    assert "Worth celebrating: Ten promises kept" in text_of(client.get(response.location))
    again = client.post("/history/log", data=log(kind="kept", lineage_id=talk, note=""))
    assert "Worth celebrating" not in text_of(client.get(again.location))
    assert session.scalar(select(Milestone.celebrated_at).where(Milestone.key == "kept:10")) == NOW


def test_logging_without_an_item(client, alex, session) -> None:
    response = client.post("/history/log", data=log(kind="reliability", lineage_id="", note=""))
    assert response.status_code == 302
    assert "Logged: moment of reliability." in text_of(client.get(response.location))
    assert session.scalar(select(LogEntry.kind)) is LogKind.RELIABILITY


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        ({"kind": "promise"}, 422, "Choose what happened from the list."),
        ({"kind": ""}, 422, "Choose what happened from the list."),
        (
            {"kind": "kept", "lineage_id": "999999"},
            422,
            "Choose an item of your current contract, or nothing in particular.",
        ),
        (
            {"kind": "kept", "lineage_id": "abc"},
            422,
            "Choose an item of your current contract, or nothing in particular.",
        ),
        ({"kind": "small_win", "note": "x" * 1001}, 422, "At most 1000 characters, please."),
        (
            {"kind": "small_win", "lineage_id": "", "note": "a bell\x07"},
            422,
            CONTROL_MESSAGE,
        ),
        ({"kind": "kept", "lineage_id": "boundary"}, 422, "Only commitments can be kept or missed."),
        ({"kind": "kept", "lineage_id": ""}, 422, "Choose which commitment you kept."),
        ({"kind": "missed", "lineage_id": ""}, 422, "Choose which commitment you missed."),
        ({"kind": "breach", "lineage_id": ""}, 422, "Choose which boundary was crossed."),
        ({"kind": "breach", "lineage_id": "commitment"}, 422, "A crossed boundary is about a boundary"),
    ],
)
def test_bad_log_input_is_refused_and_nothing_written(client, alex, contract, session, data, status, message) -> None:
    if data.get("lineage_id") == "boundary":
        data = data | {"lineage_id": str(contract.items[2].lineage_id)}
    if data.get("lineage_id") == "commitment":
        data = data | {"lineage_id": str(contract.items[1].lineage_id)}
    response = client.post("/history/log", data=log(**({"note": ""} | data)))
    assert response.status_code == status
    assert message in text_of(response)
    assert count(session, LogEntry) == 0
    assert_accessible_form(response)
    # Said at the top of the page, before the summaries a phone shows first, linked to the field.
    summary = response.text.split('class="form-errors error-summary"', 1)[1].split("</div>", 1)[0]
    assert message in unescape(summary)
    assert re.search(r'href="#log-(kind|lineage_id|note)"', summary)
    assert response.text.index("error-summary") < response.text.index('id="week-title"')


def test_the_item_list_is_grouped_by_the_kind_each_suits(client, alex, contract) -> None:
    page = client.get("/history/").text
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', page, flags=re.S)
    assert [label for label, _ in groups] == [
        "Kept or missed: which commitment",
        "Boundary crossed: which boundary",
        "Anything else",
    ]
    assert "call when late" in groups[0][1] and "evening talk" in groups[0][1]
    assert "No deleting messages" in groups[1][1] and "Nothing in particular" not in groups[0][1] + groups[1][1]


def test_a_boundary_crossed_is_filed_under_its_boundary(client, alex, contract, session) -> None:
    boundary = contract.items[2].lineage_id
    response = client.post("/history/log", data=log(kind="breach", lineage_id=str(boundary), note=""))
    assert response.status_code == 302
    assert "Logged: boundary crossed: “No deleting messages”." in text_of(client.get(response.location))
    assert session.scalar(select(LogEntry.lineage_id)) == boundary


def test_another_couples_commitment_cannot_be_logged(client, alex, contract, session) -> None:
    kim, lee = make_couple(session, "Kim", "Lee")
    theirs = agreed_contract(session, kim, lee).items[0]
    response = client.post("/history/log", data=log(kind="kept", lineage_id=str(theirs.lineage_id)))
    assert response.status_code == 422
    assert "Choose an item of your current contract, or nothing in particular." in text_of(response)
    assert count(session, LogEntry) == 0


def test_the_partners_own_commitment_cannot_be_logged_as_mine(sam_client, contract, session) -> None:
    alexs = contract.items[0]  # "call when late" belongs to Alex
    response = sam_client.post("/history/log", data=log(kind="kept", lineage_id=str(alexs.lineage_id)))
    assert response.status_code == 422
    assert "That is Alex's commitment, so Alex logs it." in text_of(response)
    assert count(session, LogEntry) == 0


def test_logging_the_same_commitment_twice_in_a_day_says_so(client, alex, contract, session) -> None:
    call = str(contract.items[0].lineage_id)
    assert client.post("/history/log", data=log(kind="kept", lineage_id=call)).status_code == 302
    again = client.post("/history/log", data=log(kind="kept", lineage_id=call))
    assert again.status_code == 409
    assert "That is already logged as kept today, so it counts once." in text_of(again)
    assert count(session, LogEntry) == 1


def test_the_log_forms_address_opened_goes_to_the_history_page(client, alex, session) -> None:
    """Reloading a refused log form, or going back to it, opened /history/log: a 405 page (tester-web46)."""
    refused = client.post("/history/log", data=log(kind="nonsense"))
    assert refused.status_code == 422
    for url in ("/history/log", "/history/log?kind=kept&x=%00"):
        opened = client.get(url)
        assert opened.status_code == 302 and opened.location == "/history/"
    assert count(session, LogEntry) == 0
    client.post("/logout")
    assert client.get("/history/log").location.startswith("/login?next=")
