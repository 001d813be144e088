"""A new couple's History page: with no commitment to keep yet, the log form starts at what
can be logged, and choosing "Kept" or "Boundary crossed" says why not and what to do instead,
instead of asking to choose from a list that has nothing in it."""

from __future__ import annotations

import pytest

from tests.factories import NOW
from tests.web.helpers import assert_accessible_form, count, text_of
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import LogEntry
from trust_tracker.web.history import NOTHING_TO_CHOOSE, ItemKind


def _log_form(html: str) -> str:
    return html.split("Log something")[1].split("</form>")[0]


def test_without_a_contract_the_form_starts_at_a_moment(client, alex) -> None:
    form = _log_form(client.get("/history/").text)
    assert '<option selected value="reliability">Moment of reliability</option>' in form
    assert form.split("What happened")[1].split("</select>")[0].count("selected") == 1


def test_with_commitments_too_the_form_starts_at_what_it_can_save(client, alex, contract) -> None:
    """Kept with "Nothing in particular" always came back 422 (tester-web45 F6)."""
    form = _log_form(client.get("/history/").text)
    assert 'selected value="reliability"' in form and 'selected value="kept"' not in form


@pytest.mark.parametrize(
    ("kind", "needed"),
    [("kept", ItemKind.COMMITMENT), ("missed", ItemKind.COMMITMENT), ("breach", ItemKind.BOUNDARY)],
)
def test_nothing_to_choose_says_what_to_do_instead(client, alex, session, kind, needed) -> None:
    response = client.post("/history/log", data={"log-kind": kind, "log-lineage_id": "", "log-note": "did it"})
    assert response.status_code == 422
    page = text_of(response)
    assert NOTHING_TO_CHOOSE[needed] in page
    assert "Choose which" not in page
    assert "did it</textarea>" in response.text  # the note comes back as typed
    assert count(session, LogEntry) == 0
    assert_accessible_form(response)


def test_the_other_partners_commitments_are_not_mine_to_keep(sam_client, session, couple) -> None:
    """A contract whose only commitment is Alex's: Sam has nothing to keep, and is told so."""
    alex, sam = couple
    version = contracts.propose_version(
        session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call when late", owner_id=alex.id)], now=NOW
    )
    contracts.agree_version(session, sam, version.id, now=NOW)
    session.flush()
    response = sam_client.post("/history/log", data={"log-kind": "kept", "log-lineage_id": "", "log-note": ""})
    assert response.status_code == 422 and NOTHING_TO_CHOOSE[ItemKind.COMMITMENT] in text_of(response)
    breach = sam_client.post("/history/log", data={"log-kind": "breach", "log-lineage_id": "", "log-note": ""})
    assert breach.status_code == 422 and NOTHING_TO_CHOOSE[ItemKind.BOUNDARY] in text_of(breach)
