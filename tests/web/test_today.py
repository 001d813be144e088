"""The Today page: the landing after log-in, one-tap logging, what waits, and the header."""

from __future__ import annotations

import re
from datetime import time, timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, agreed_contract, make_couple, make_entry
from tests.web.helpers import count, csrf_token, fields, log_in, text_of
from trust_tracker.models import contracts, journal, settings
from trust_tracker.models.cadence import KeptRate
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, VoiceLink
from trust_tracker.models.progress import Arc
from trust_tracker.web.today import arc_sentence

# The contract's commitments (tests/factories.agreed_contract): Alex's own "call when late",
# and the shared "evening talk" on Monday, Wednesday and Friday (NOW is a Wednesday).


def tap(client, lineage_id: int | str, kind: str = "kept"):
    return client.post("/today/log", data={"lineage_id": str(lineage_id), "kind": kind})


def item_html(client, lineage_id: int) -> str:
    """One due item as Today shows it, tags stripped."""
    page = client.get("/today/").text
    item = page.split(f'id="item-{lineage_id}"')[1].split("</li>")[0]
    return " ".join(re.sub(r"<[^>]+>", " ", item).split())


def entries(session) -> list[tuple[int, LogKind, int | None]]:
    return [tuple(row) for row in session.execute(select(LogEntry.partner_id, LogEntry.kind, LogEntry.lineage_id))]


def test_log_in_lands_on_today(client, couple, contract) -> None:
    response = log_in(client, "alex@example.com")
    assert response.location == "/today/"
    page = client.get(response.location)
    assert page.status_code == 200
    assert "<h1>Today" in page.text


def test_logged_out_is_sent_to_log_in(client, couple) -> None:
    response = client.get("/today/")
    assert response.status_code == 302 and "/login?next=" in response.location
    assert tap(client, 1).status_code == 302
    assert client.post("/today/hard-day").status_code == 302


def test_the_header_says_who_is_logged_in_and_navigates_in_order(client, alex, contract) -> None:
    response = client.get("/today/")
    assert "Logged in as Alex" in text_of(response)
    nav = response.text.split('<nav aria-label="Main">')[1].split("</nav>")[0]
    labels = [re.sub(r"<[^>]+>", "", a).strip() for a in re.findall(r"<a [^>]*>(.*?)</a>", nav)]
    assert labels == [
        "Today",
        "Contract",
        "History",
        "Charts",
        "Check-in",
        "Setbacks",
        "Journal",
        "Your data",
        "Settings",
    ]
    assert '<a href="/today/" aria-current="page">Today</a>' in nav
    charts = client.get("/history/charts").text.split('<nav aria-label="Main">')[1]
    assert '<a href="/history/charts" aria-current="page">Charts</a>' in charts
    assert '<a href="/history/" aria-current="page">' not in charts
    assert "Logged in as Alex" in text_of(client.get("/journal/"))


def test_due_items_have_named_buttons_and_never_the_partners_own(client, alex, contract) -> None:
    response = client.get("/today/")
    page = text_of(response)
    assert "call when late" in page and "evening talk" in page
    for name in ("call when late", "evening talk"):
        assert f"Kept: {name}" in page and f"Missed: {name}" in page
    assert not fields(response).duplicate_ids


def test_sam_does_not_see_alexs_own_commitment(sam_client, contract) -> None:
    page = text_of(sam_client.get("/today/"))
    assert "evening talk" in page and "call when late" not in page


def test_one_tap_logs_once_and_shows_it_in_place(client, alex, contract, session) -> None:
    call = contract.items[0]
    response = tap(client, call.lineage_id)
    assert response.status_code == 302
    assert response.location == f"/today/#item-{call.lineage_id}"
    assert entries(session) == [(alex.id, LogKind.KEPT, call.lineage_id)]
    item = item_html(client, call.lineage_id)
    assert "You logged it kept" in item
    assert "Kept: call when late" not in item  # no buttons once logged
    assert "Kept: evening talk" in text_of(client.get("/today/"))  # the other item still has its own


def test_tapping_twice_says_already_logged_and_keeps_one_row(client, alex, contract, session) -> None:
    call = contract.items[0]
    assert tap(client, call.lineage_id).status_code == 302
    response = tap(client, call.lineage_id)
    assert response.status_code == 409
    assert "already logged as kept today" in text_of(response)
    assert entries(session) == [(alex.id, LogKind.KEPT, call.lineage_id)]


def test_kept_then_missed_the_same_day_is_refused_saying_which(client, alex, contract, session) -> None:
    call = contract.items[0]
    assert tap(client, call.lineage_id).status_code == 302
    response = tap(client, call.lineage_id, "missed")
    assert response.status_code == 409
    assert "already logged as kept today" in text_of(response)
    assert "remove that entry first" in text_of(response)
    assert entries(session) == [(alex.id, LogKind.KEPT, call.lineage_id)]


def test_missed_logs_a_miss(client, alex, contract, session) -> None:
    talk = contract.items[1]
    assert tap(client, talk.lineage_id, "missed").status_code == 302
    assert entries(session) == [(alex.id, LogKind.MISSED, talk.lineage_id)]
    assert "You logged it missed" in item_html(client, talk.lineage_id)


def test_the_partners_commitment_posted_by_hand_is_refused(sam_client, contract, session) -> None:
    response = tap(sam_client, contract.items[0].lineage_id)
    assert response.status_code == 422
    assert "That is Alex's commitment, so Alex logs it." in text_of(response)
    assert count(session, LogEntry) == 0


def test_a_boundary_cannot_be_tapped_kept(client, alex, contract, session) -> None:
    boundary = next(i for i in contract.items if i.kind is ItemKind.BOUNDARY)
    response = tap(client, boundary.lineage_id)
    assert response.status_code == 422
    assert count(session, LogEntry) == 0


def test_another_couples_commitment_is_not_found(client, alex, contract, session) -> None:
    jo, kim = make_couple(session, "Jo", "Kim")
    assert kim is not None
    theirs = agreed_contract(session, jo, kim)
    response = tap(client, theirs.items[1].lineage_id)
    assert response.status_code == 404
    assert "That commitment is not part of your contract." in text_of(response)
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kind": "kept"},
        {"lineage_id": "1"},
        {"lineage_id": "abc", "kind": "kept"},
        {"lineage_id": "-1", "kind": "kept"},
        {"lineage_id": "0", "kind": "kept"},
        {"lineage_id": "99999999999999999999", "kind": "kept"},
        {"lineage_id": "1", "kind": "hard_day"},
        {"lineage_id": "1", "kind": "breach"},
        {"lineage_id": "²", "kind": "kept"},
    ],
)
def test_missing_or_garbage_fields_are_a_400(client, alex, contract, session, data) -> None:
    response = client.post("/today/log", data=data)
    assert response.status_code == 400
    assert "That button sent something we cannot log." in text_of(response)
    assert count(session, LogEntry) == 0


def test_an_unknown_commitment_id_is_not_found(client, alex, contract, session) -> None:
    response = tap(client, 2**31 - 1)
    assert response.status_code == 404
    assert count(session, LogEntry) == 0


def test_a_hard_day_is_logged_once_and_shows_the_simpler_forms(client, alex, contract, session) -> None:
    assert "Hard-day form" not in text_of(client.get("/today/"))
    response = client.post("/today/hard-day")
    assert response.status_code == 302
    page = text_of(client.get(response.location))
    assert "Logged: a hard day." in page
    assert "Hard-day form: A one-line text is enough" in page
    assert "Hard day: switch my commitments" not in page  # the button is gone once declared
    assert client.post("/today/hard-day").status_code == 302
    assert entries(session) == [(alex.id, LogKind.HARD_DAY, None)]


def test_what_waits_is_listed_with_links(client, alex, couple, contract, session) -> None:
    _, sam = couple
    assert "Nothing is waiting for you." in text_of(client.get("/today/"))
    proposal = contracts.propose_version(session, sam, [ItemDraft(ItemKind.COMMITMENT, "Call, always")], now=NOW)
    entry = journal.write(session, sam, "Private start. I felt heard tonight.", now=NOW)
    journal.share(session, sam, entry.id, excerpt="I felt heard tonight.", now=NOW)
    make_entry(session, sam, LogKind.SMALL_WIN, NOW.date())
    response = client.get("/today/")
    page = text_of(response)
    assert f"Sam proposed version {proposal.number} of your contract: review it" in page
    assert f'href="/contract/versions/{proposal.id}"' in response.text
    assert "1 of Sam's entries to acknowledge" in page
    assert "Sam shared from their journal I felt heard tonight." in page
    assert "Private start" not in page


def test_a_new_couple_gets_the_checklist(client, session) -> None:
    make_couple(session, second=None)
    log_in(client, "alex@example.com")
    response = client.get("/today/")
    page = text_of(response)
    assert "Getting started" in page
    assert "Invite your partner: to do" in page and "Write your first contract: to do" in page
    assert "Link Alexa: optional" in page and "Choose your check-in slot: to do" in page
    for href in ("/invite", "/contract/edit", "/settings/"):
        assert f'href="{href}"' in response.text
    assert "Due today" not in page


def test_a_started_couple_sees_the_rest_of_the_checklist_below(client, alex, contract) -> None:
    page = text_of(client.get("/today/"))
    assert "Getting started" not in page and "Due today" in page
    assert "Finish setting up" in page
    assert "Invite your partner: done" in page and "Link Alexa: optional" in page
    assert "Choose your check-in slot: to do" in page


def _choose_slot(session, partner) -> None:
    settings.update_schedule(session, partner, timezone=partner.couple.timezone, weekday=4, checkin_time=time(18, 45))


def test_a_couple_without_alexa_is_done_setting_up_and_still_offered_it(client, alex, contract, session) -> None:
    """The site is whole without Alexa: no "Finish setting up" for ever, just a quiet offer."""
    _choose_slot(session, alex)
    response = client.get("/today/")
    page = text_of(response)
    assert response.status_code == 200 and "Due today" in page
    assert "Finish setting up" not in page and ": to do" not in page
    assert "Rather say it aloud? Link Alexa to log and check in by voice. It is optional." in page
    assert 'href="/settings/#alexa-title"' in response.text


def test_a_couple_with_alexa_sees_neither_the_checklist_nor_the_offer(
    client, sam_client, couple, contract, session
) -> None:
    _, sam = couple
    _choose_slot(session, sam)
    session.add(VoiceLink(couple_id=sam.couple_id, partner_id=sam.id, alexa_user_id="amzn1.ask.account.SAM"))
    session.flush()
    log_in(client, "alex@example.com")
    for browser in (client, sam_client):
        page = text_of(browser.get("/today/"))
        assert "Due today" in page
        assert "Finish setting up" not in page and "Link Alexa" not in page


def test_the_tap_needs_its_csrf_token(make_app, couple, contract, session) -> None:
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    token = csrf_token(client.get("/login"))
    client.post("/login", data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": token})
    call = contract.items[0]
    assert tap(client, call.lineage_id).status_code == 400
    assert client.post("/today/hard-day").status_code == 400
    assert count(session, LogEntry) == 0
    token = csrf_token(client.get("/today/"))
    data = {"lineage_id": str(call.lineage_id), "kind": "kept", "csrf_token": token}
    assert client.post("/today/log", data=data).status_code == 302
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize(
    ("then", "now", "words"),
    [
        (KeptRate(5, 2), KeptRate(6, 1), "86% of promises kept in the last four weeks, up from 71% in the first four."),
        (
            KeptRate(6, 1),
            KeptRate(5, 2),
            "71% of promises kept in the last four weeks, down from 86% in the first four.",
        ),
        (KeptRate(9, 1), KeptRate(9, 1), "90% of promises kept in the last four weeks, the same as in the first four."),
    ],
)
def test_the_long_arc_in_one_sentence(then, now, words) -> None:
    arc = Arc(then=then, now=now, since=NOW.date(), weeks=12)
    assert arc_sentence(arc) == f"Over 12 weeks: {words}"
    assert arc_sentence(None) is None


def test_the_long_arc_shows_on_today(client, alex, contract, session) -> None:
    call = contract.items[0]
    for n in range(28):
        make_entry(session, alex, LogKind.KEPT if n % 4 else LogKind.MISSED, NOW.date() - timedelta(days=90 - n), call)
        make_entry(session, alex, LogKind.KEPT, NOW.date() - timedelta(days=n + 1), call)
    assert "Over 13 weeks: 100% of promises kept in the last four weeks, up from 75% in the first four." in text_of(
        client.get("/today/")
    )
