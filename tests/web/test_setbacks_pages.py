"""Setbacks on the site: reflecting on a miss or a breach, and the contract change it led to."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_couple
from tests.web.helpers import (
    assert_accessible_form,
    count,
    csrf_token,
    form_data,
    log_in,
    text_of,
)
from trust_tracker.models import setbacks, tracking
from trust_tracker.models.entities import (
    ContractVersion,
    LogEntry,
    LogKind,
    Setback,
    Source,
    VersionStatus,
)
from trust_tracker.models.private_entities import SetbackDismissal


@pytest.fixture
def missed(session, alex, contract) -> LogEntry:
    """Alex missed "call when late" in an agreed contract."""
    entry = tracking.log_entry(
        session,
        alex,
        LogKind.MISSED,
        lineage_id=contract.items[0].lineage_id,
        note="Phone was dead",
        source=Source.VOICE,
        now=NOW,
    )
    session.flush()
    return entry


def stored(session, setback_id: int) -> Setback:
    session.expire_all()
    return session.get(Setback, setback_id)


def words(session, setback_id: int, partner) -> tuple[str, str]:
    """What `partner` has written on the setback, as stored: (trigger, prevention)."""
    mine = setbacks.reflection_of(stored(session, setback_id), partner.id)
    return (mine.trigger, mine.prevention) if mine else ("", "")


def test_reflect_on_a_miss_and_see_it_listed(client, alex, missed, sam_client, session) -> None:
    page = client.get("/setbacks/")
    text = text_of(page)
    assert "Yours to reflect on, when you are ready" in text
    assert "You missed “call when late” on Wed 25 Nov 2026." in text
    assert "Phone was dead" in text
    assert "No reflections yet." in text

    response = client.post("/setbacks/start", data={"log_entry_id": str(missed.id)})
    assert response.status_code == 302
    setback_id = int(response.location.rstrip("/").rsplit("/", 1)[1])
    detail = client.get(response.location)
    assert unescape(re.search(r"<h1>(.*?)</h1>", detail.text, flags=re.S)[1]).strip() == (
        "You missed “call when late” on Wed 25 Nov 2026."
    )
    assert_accessible_form(detail)

    response = client.post(
        f"/setbacks/{setback_id}",
        data={
            "trigger": "Ran out of battery  on the train",
            "prevention": "Carry the charger",
        },
    )
    assert response.status_code == 302
    assert "Your reflection is saved." in text_of(client.get(response.location))
    assert words(session, setback_id, alex) == ("Ran out of battery on the train", "Carry the charger")
    assert "Yours to reflect on" not in text_of(client.get("/setbacks/"))

    # Sam sees the same setback, from the other side: Alex's, as information, not a to-do.
    listing = text_of(sam_client.get("/setbacks/"))
    assert "Yours to reflect on" not in listing and "Your partner's setbacks" in listing
    assert (
        "Alex missed “call when late” on Wed 25 Nov 2026. Alex's reflection What triggered it "
        "Ran out of battery on the train What would have prevented it Carry the charger Contract change: none yet"
    ) in listing
    # Starting it again (say, Sam from the same entry) gives the same setback.
    again = sam_client.post("/setbacks/start", data={"log_entry_id": str(missed.id)})
    assert again.location.endswith(f"/setbacks/{setback_id}")
    assert count(session, Setback) == 1


def test_one_half_of_the_reflection_now_the_other_later(client, alex, missed, session) -> None:
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    session.flush()
    client.post(f"/setbacks/{setback.id}", data={"trigger": "Tired", "prevention": ""})
    client.post(f"/setbacks/{setback.id}", data={"trigger": "", "prevention": "An alarm"})
    assert words(session, setback.id, alex) == ("Tired", "An alarm")
    assert form_data(client.get(f"/setbacks/{setback.id}"))["trigger"] == ["Tired"]


@pytest.mark.postgres_smoke
def test_a_setback_leads_to_a_contract_change(client, alex, couple, missed, sam_client, session) -> None:
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    setbacks.reflect(session, alex, setback.id, trigger="Dead phone", prevention="Charge it at lunch")
    session.flush()
    # The setback's button opens the editor, prefilled: nothing is proposed yet.
    detail = client.get(f"/setbacks/{setback.id}")
    assert '<form method="get" action="/contract/edit">' in detail.text
    assert f'name="setback" value="{setback.id}"' in detail.text
    before = count(session, ContractVersion)
    edit = client.get(f"/contract/edit?setback={setback.id}")
    assert edit.status_code == 200
    text = text_of(edit)
    assert "Propose changes to version 1" in text
    assert "Nothing is proposed, and your partner sees nothing, until you press" in text
    assert count(session, ContractVersion) == before
    assert stored(session, setback.id).version_id is None
    assert "waiting" not in text_of(sam_client.get("/contract/"))
    assert_accessible_form(edit)
    data = form_data(edit)
    assert data["note"][0] == (
        "After a missed “call when late” on Wed 25 Nov 2026. What triggered it: "
        "“Dead phone”. What would have prevented it: “Charge it at lunch”."
    )
    assert data["items-0-text"] == ["Call when running more than 15 minutes late"]
    assert data["setback"] == [str(setback.id)]
    # Adding an item keeps the editor tied to the setback, and still proposes nothing.
    more = client.post("/contract/edit", data=data | {"add_item": "1"})
    assert more.status_code == 200 and form_data(more)["setback"] == [str(setback.id)]
    assert count(session, ContractVersion) == before

    data["items-0-hard_day_form"] = ["Charge the phone at lunch; a text from any phone counts"]
    proposed = client.post("/contract/edit", data=data)
    assert proposed.status_code == 302
    session.expire_all()
    assert count(session, ContractVersion) == before + 1
    latest = session.scalars(select(ContractVersion).order_by(ContractVersion.number.desc())).first()
    assert (latest.number, latest.status) == (2, VersionStatus.PROPOSED)
    assert latest.note.startswith("After a missed “call when late”")
    assert stored(session, setback.id).version_id == latest.id

    detail = text_of(sam_client.get(f"/setbacks/{setback.id}"))
    assert "The contract change it led to Version 2: proposed." in detail
    assert "Changed: hard-day form" in detail
    listing = text_of(sam_client.get("/setbacks/"))
    assert "Contract change: version 2 (proposed)" in listing


def test_leaving_the_prefilled_editor_leaves_nothing_behind(client, alex, couple, missed, sam_client, session) -> None:
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    session.flush()
    assert client.get(f"/contract/edit?setback={setback.id}").status_code == 200
    # Alex goes away. Sam can propose freely, and nothing points at the setback.
    assert count(session, ContractVersion) == 1
    assert "already waiting" not in text_of(sam_client.get("/contract/edit"))
    assert "Propose a contract change" in text_of(sam_client.get(f"/setbacks/{setback.id}"))


def test_a_refused_change_keeps_the_text_and_links_nothing(client, alex, couple, missed, session) -> None:
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    session.flush()
    data = form_data(client.get(f"/contract/edit?setback={setback.id}"))
    data["items-0-text"] = [""]
    data["note"] = ["My own words"]
    response = client.post("/contract/edit", data=data)
    assert response.status_code == 422
    assert form_data(response)["note"] == ["My own words"]
    assert form_data(response)["setback"] == [str(setback.id)]
    assert count(session, ContractVersion) == 1
    assert stored(session, setback.id).version_id is None


def test_a_withdrawn_proposal_frees_the_setback(client, alex, couple, missed, session) -> None:
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    version = setbacks.propose_change_from_setback(session, alex, setback.id, now=NOW)  # as by voice
    session.flush()
    assert "The contract change it led to Version 2: proposed." in text_of(client.get(f"/setbacks/{setback.id}"))
    assert client.post(f"/contract/versions/{version.id}/withdraw").status_code == 302
    assert stored(session, setback.id).version_id is None
    detail = text_of(client.get(f"/setbacks/{setback.id}"))
    assert "Propose a contract change" in detail and "Version 2: proposed" not in detail
    data = form_data(client.get(f"/contract/edit?setback={setback.id}"))
    assert client.post("/contract/edit", data=data).status_code == 302
    session.expire_all()
    assert stored(session, setback.id).version_id not in (None, version.id)


def test_proposing_while_a_proposal_waits_is_a_conflict_with_nothing_written(
    client, alex, couple, missed, sam_client, session
) -> None:
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    session.flush()
    data = form_data(client.get(f"/contract/edit?setback={setback.id}"))
    # Meanwhile Sam proposes something.
    sam_data = form_data(sam_client.get("/contract/edit"))
    assert sam_client.post("/contract/edit", data=sam_data | {"note": ["Sam's idea"]}).status_code == 302
    before = count(session, ContractVersion)
    response = client.post("/contract/edit", data=data | {"note": ["Typed with care"]})
    assert response.status_code == 409
    assert "There is already a proposed change waiting for you both." in text_of(response)
    assert form_data(response)["note"] == ["Typed with care"]
    assert count(session, ContractVersion) == before
    assert stored(session, setback.id).version_id is None
    # Opening the editor from another setback now says why it cannot.
    other = make_setback(session, alex, kind=LogKind.BREACH)
    response = client.get(f"/contract/edit?setback={other.id}")
    assert response.status_code == 409
    assert "There is already a proposed change waiting for you both." in text_of(response)
    assert count(session, ContractVersion) == before


@pytest.mark.parametrize(("value", "status"), [("abc", 404), ("0", 404), ("99999999999", 404), ("99999", 404)])
def test_a_bad_setback_in_the_editor_is_not_found(client, alex, couple, missed, session, value, status) -> None:
    assert client.get(f"/contract/edit?setback={value}").status_code == status
    data = form_data(client.get("/contract/edit")) | {"setback": [value]}
    assert client.post("/contract/edit", data=data).status_code == status
    assert count(session, ContractVersion) == 1


def make_setback(session, partner, kind=LogKind.MISSED) -> Setback:
    entry = tracking.log_entry(session, partner, kind, source=Source.WEB, now=NOW)
    setback = setbacks.start_setback(session, partner, entry.id, now=NOW)
    session.flush()
    return setback


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"trigger": "", "prevention": ""}, "Write what triggered it, what would have prevented it, or both."),
        ({"trigger": "   ", "prevention": "\n"}, "Write what triggered it, what would have prevented it, or both."),
        ({"trigger": "x" * 1001, "prevention": "fine"}, "At most 1000 characters, please."),
        ({"trigger": "fine", "prevention": "x" * 1001}, "At most 1000 characters, please."),
    ],
)
def test_bad_reflections_are_refused_and_nothing_is_saved(client, alex, session, data, message) -> None:
    setback = make_setback(session, alex)
    response = client.post(f"/setbacks/{setback.id}", data=data)
    assert response.status_code == 422
    assert message in text_of(response)
    assert stored(session, setback.id).reflections == []
    assert_accessible_form(response)


@pytest.mark.parametrize(("value", "status"), [("", 422), ("abc", 422), ("1.5", 422), ("99999999", 404)])
def test_starting_from_a_bad_entry_id(client, alex, session, value, status) -> None:
    response = client.post("/setbacks/start", data={"log_entry_id": value})
    assert response.status_code == status
    assert count(session, Setback) == 0
    if status == 422:
        assert "Choose an entry to reflect on." in text_of(response)


def test_only_misses_and_breaches_are_setbacks(client, alex, session) -> None:
    kept = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, now=NOW)
    session.flush()
    response = client.post("/setbacks/start", data={"log_entry_id": str(kept.id)})
    assert response.status_code == 422
    assert "Only a missed commitment or a boundary breach can be reflected on." in text_of(response)
    assert count(session, Setback) == 0


def test_another_couples_setbacks_and_entries_are_not_found(client, alex, session) -> None:
    kim, _ = make_couple(session, "Kim", "Lee")
    theirs = make_setback(session, kim, kind=LogKind.BREACH)
    setbacks.reflect(session, kim, theirs.id, trigger="Kim's private trigger")
    their_entry = tracking.log_entry(session, kim, LogKind.MISSED, note="Kim's miss", source=Source.WEB, now=NOW)
    session.flush()
    assert client.get(f"/setbacks/{theirs.id}").status_code == 404
    assert client.post(f"/setbacks/{theirs.id}", data={"trigger": "Mine now"}).status_code == 404
    assert client.get(f"/contract/edit?setback={theirs.id}").status_code == 404
    assert client.post("/setbacks/start", data={"log_entry_id": str(their_entry.id)}).status_code == 404
    listing = client.get("/setbacks/").text
    assert "Kim" not in listing and "private trigger" not in listing
    assert words(session, theirs.id, kim) == ("Kim's private trigger", "")
    assert [r.author_id for r in stored(session, theirs.id).reflections] == [kim.id]
    assert count(session, Setback) == 1


def test_setback_forms_need_the_csrf_token(make_app, couple, session) -> None:
    alex = couple[0]
    setback = make_setback(session, alex)
    app = make_app(WTF_CSRF_ENABLED=True)
    browser = app.test_client()
    browser.post(
        "/login",
        data={"email": "alex@example.com", "password": PASSWORD, "csrf_token": csrf_token(browser.get("/login"))},
    )
    assert browser.post(f"/setbacks/{setback.id}", data={"trigger": "No token"}).status_code == 400
    entry = tracking.log_entry(session, alex, LogKind.BREACH, source=Source.WEB, now=NOW)
    session.flush()
    assert browser.post("/setbacks/start", data={"log_entry_id": str(entry.id)}).status_code == 400
    assert stored(session, setback.id).reflections == [] and count(session, Setback) == 1
    token = csrf_token(browser.get(f"/setbacks/{setback.id}"))
    ok = browser.post(f"/setbacks/{setback.id}", data={"trigger": "With a token", "csrf_token": token})
    assert ok.status_code == 302


def test_setback_pages_need_a_login(client, couple) -> None:
    for path in ("/setbacks/", "/setbacks/1"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.location
    log_in(client, "alex@example.com")
    assert client.get("/setbacks/").status_code == 200


def test_the_partners_reflection_is_shown_but_never_editable_and_they_add_their_own(
    client, alex, couple, missed, sam_client, session
) -> None:
    sam = couple[1]
    setback = setbacks.start_setback(session, alex, missed.id, now=NOW)
    setbacks.reflect(session, alex, setback.id, trigger="Dead phone", prevention="Charge at lunch")
    session.flush()
    page = sam_client.get(f"/setbacks/{setback.id}")
    text = text_of(page)
    assert "Alex's reflection Theirs to write and change; yours is below." in text
    assert "Dead phone" in text
    # Sam's form is Sam's own, empty: Alex's words are not in any field Sam can submit.
    assert form_data(page).get("trigger") == [""] and form_data(page).get("prevention") == [""]
    response = sam_client.post(f"/setbacks/{setback.id}", data={"trigger": "I rang at a bad time", "prevention": ""})
    assert response.status_code == 302
    assert words(session, setback.id, alex) == ("Dead phone", "Charge at lunch")  # untouched
    assert words(session, setback.id, sam) == ("I rang at a bad time", "")
    listing = text_of(client.get("/setbacks/"))
    assert "Your reflection What triggered it Dead phone" in listing
    assert "Sam's reflection What triggered it I rang at a bad time" in listing


@pytest.mark.postgres_smoke
def test_dismissing_a_lapse_hides_it_for_that_partner_only(client, alex, missed, sam_client, session) -> None:
    assert "Your partner's setbacks" in text_of(sam_client.get("/setbacks/"))
    response = sam_client.post("/setbacks/dismiss", data={"log_entry_id": str(missed.id)})
    assert response.status_code == 302
    listing = text_of(sam_client.get(response.location))
    assert "Put away: it no longer shows here for you. Nothing was deleted." in listing
    assert "Your partner's setbacks" not in listing
    assert "Yours to reflect on, when you are ready" in text_of(client.get("/setbacks/"))  # Alex's is unchanged
    assert count(session, LogEntry) == 1 and count(session, Setback) == 0
    # Alex can put their own away too: it is theirs to reflect on only when they want.
    assert client.post("/setbacks/dismiss", data={"log_entry_id": str(missed.id)}).status_code == 302
    assert "Yours to reflect on" not in text_of(client.get("/setbacks/"))


@pytest.mark.parametrize(("value", "status"), [("", 422), ("abc", 422), ("-1", 422), ("1\x00", 422), ("99999999", 404)])
def test_dismissing_a_bad_entry_changes_nothing(client, alex, missed, session, value, status) -> None:
    response = client.post("/setbacks/dismiss", data={"log_entry_id": value})
    assert response.status_code == status
    if status == 422:  # tester-web51: it said "Choose an entry to reflect on."
        assert "Choose an entry to dismiss." in text_of(response)
    assert count(session, SetbackDismissal) == 0
    assert "Yours to reflect on" in text_of(client.get("/setbacks/"))


def test_another_couples_or_a_kept_entry_cannot_be_dismissed(client, alex, session) -> None:
    kim, _ = make_couple(session, "Kim", "Lee")
    theirs = tracking.log_entry(session, kim, LogKind.BREACH, source=Source.WEB, now=NOW)
    kept = tracking.log_entry(session, alex, LogKind.KEPT, source=Source.WEB, now=NOW)
    session.flush()
    for entry in (theirs, kept):
        assert client.post("/setbacks/dismiss", data={"log_entry_id": str(entry.id)}).status_code == 404
    assert count(session, SetbackDismissal) == 0


# The entry's own number, spelled so that int() reads it yet no page writes it (tester-security50 D4).
SPELLED_OTHERWISE = {
    "full-width": lambda n: str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"}),
    "arabic-indic": lambda n: str(n).translate({ord(d): 0x0660 + int(d) for d in "0123456789"}),
    "plus": lambda n: f"+{n}",
    "space": lambda n: f" {n}",
    "leading zero": lambda n: f"0{n}",
}


@pytest.mark.parametrize("path", ["/setbacks/start", "/setbacks/dismiss"])
@pytest.mark.parametrize("spelling", SPELLED_OTHERWISE)
def test_an_entry_number_not_in_plain_ascii_digits_is_refused(client, alex, missed, session, path, spelling) -> None:
    response = client.post(path, data={"log_entry_id": SPELLED_OTHERWISE[spelling](missed.id)})
    assert response.status_code == 422
    assert count(session, Setback) == 0 and count(session, SetbackDismissal) == 0
    assert client.post(path, data={"log_entry_id": str(missed.id)}).status_code == 302  # as the page writes it
