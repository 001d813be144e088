"""Typed words are deliberate: after distress was held back and the help shown (web/distress.py),
a second, explicit submit ("Save my answer anyway") saves exactly the words held back, on
every form that holds them back. The first submit never saves them, whatever it carries."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.factories import NOW, agreed_contract, make_couple
from tests.web.helpers import count, form_data, text_of
from tests.web.test_site_distress import DISTRESS, assert_held_back
from trust_tracker.models import contracts, journal, setbacks, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import (
    CheckInAnswer,
    ContractVersion,
    ItemKind,
    ItemLineage,
    JournalEntry,
    LogEntry,
    LogKind,
    Source,
    VersionComment,
)
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.web import distress


@dataclass
class Form:
    """A form that holds distress back: where it posts, what a first submit sends (DISTRESS in
    `field`), the button that saves it anyway, and the column it writes."""

    url: str
    data: dict[str, str]
    field: str
    button: str
    privacy: str  # what the page says, beside the button, about who reads it
    column: Any

    def saved(self, session: Session) -> list[str]:
        """Every value of the column, lists (phrasings) flattened, empty ones left out."""
        values = session.scalars(select(self.column))
        return sorted(text for value in values for text in (value if isinstance(value, list) else [value]) if text)


Opened = tuple[str, dict[str, str]]  # where a form posts, and a first submit's fields


def _checkin(client, session, alex, contract) -> Opened:
    return "/checkins/", {"answer_0": "We walked on Sunday", "answer_1": DISTRESS}


def _log_note(client, session, alex, contract) -> Opened:
    lineage = str(contract.items[0].lineage_id)
    return "/history/log", {"log-kind": "missed", "log-lineage_id": lineage, "log-note": DISTRESS}


def _reflection(client, session, alex, contract) -> Opened:
    lineage_id = contract.items[0].lineage_id
    entry = tracking.log_entry(session, alex, LogKind.MISSED, lineage_id=lineage_id, source=Source.VOICE, now=NOW)
    session.flush()
    started = client.post("/setbacks/start", data={"log_entry_id": str(entry.id)})
    return started.location, {"trigger": DISTRESS, "prevention": "Talking sooner"}


def _proposal(client, session, alex, contract) -> Opened:
    data = {name: values[0] for name, values in form_data(client.get("/contract/edit")).items()}
    return "/contract/edit", data | {"note": DISTRESS, "propose": ""}


def _comment(client, session, alex, contract) -> Opened:
    sam = alex.couple.partners[1]
    proposal = contracts.propose_version(session, sam, [ItemDraft(ItemKind.EXAMPLE, "Sam's idea")], now=NOW)
    session.flush()
    return f"/contract/versions/{proposal.id}/comments", {"body": DISTRESS}


def _phrasings(client, session, alex, contract) -> Opened:
    return f"/contract/said/{contract.items[0].lineage_id}", {"phrasings": f"I called when I was late\n{DISTRESS}"}


def _journal_share(client, session, alex, contract) -> Opened:
    entry = journal.write(session, alex, f"A long day. {DISTRESS}. Tomorrow is better.", now=NOW)
    session.flush()
    return f"/journal/{entry.id}/share", {"how": "excerpt", "excerpt": DISTRESS, "confirmed": ""}


# Each form: how it is opened, the field holding DISTRESS, its button, what it says of who reads, what it writes.
FORMS: dict[str, tuple[Callable[..., Opened], str, str, str, Any]] = {
    "check-in answer": (
        _checkin,
        "answer_1",
        "Save my answer anyway",
        "Sam can read your check-in answers",
        CheckInAnswer.answer,
    ),
    "log note": (
        _log_note,
        "log-note",
        "Save my note anyway",
        "Sam can read this note in your shared history",
        LogEntry.note,
    ),
    "reflection": (
        _reflection,
        "trigger",
        "Save my reflection anyway",
        "Sam can read your reflection on this setback",
        SetbackReflection.trigger,
    ),
    "contract proposal": (
        _proposal,
        "note",
        "Propose it anyway",
        "Sam will read the whole proposal",
        ContractVersion.note,
    ),
    "contract comment": (_comment, "body", "Add my comment anyway", "Sam will read your comment", VersionComment.body),
    "phrasings": (
        _phrasings,
        "phrasings",
        "Save these anyway",
        "Sam sees these sentences on your contract page too",
        ItemLineage.spoken_forms,
    ),
    "journal share": (
        _journal_share,
        "excerpt",
        "Go on to share it anyway",
        "Sam will read it once you say yes on the next page",
        JournalEntry.shared_text,
    ),
}


@pytest.fixture(params=list(FORMS))
def form(request, client, session, alex, contract) -> Form:
    opened, field, button, privacy, column = FORMS[request.param]
    return Form(*opened(client, session, alex, contract), field, button, privacy, column)


def anyway_token(response) -> str:
    """The value of the page's "… anyway" button (none: the page offers no such button)."""
    found = re.findall(r'<button type="submit" name="save_anyway" value="([^"]+)"', response.text)
    assert len(found) == 1, "one 'anyway' button, inside the form held back"
    return found[0]


def submit_anyway(client, form: Form, token: str, **changes: str):
    """The second submit: what the page sent back, with the button's token. A journal share
    then says yes on the page that shows exactly what the partner will read."""
    response = client.post(form.url, data=form.data | changes | {"save_anyway": token})
    if form.url.startswith("/journal/") and response.status_code == 200:
        assert "Share this with Sam?" in text_of(response) and DISTRESS in text_of(response)
        response = client.post(form.url, data=form_data(response) | {"save_anyway": token})
    return response


def test_the_help_comes_first_then_the_words_are_saved_exactly_when_meant(client, session, form) -> None:
    before = form.saved(session)
    first = client.post(form.url, data=form.data)
    assert first.status_code == 422
    page = text_of(first)
    assert "You are not alone: help is there" in page and "988" in page
    assert "What you wrote was not saved" in page
    assert f"{form.button}" in page and form.privacy in page  # said plainly, beside the button
    assert form_data(first)[form.field] == [form.data[form.field]]  # kept as typed
    session.expire_all()
    assert form.saved(session) == before

    second = submit_anyway(client, form, anyway_token(first))
    assert second.status_code == 302, text_of(second)
    session.expire_all()
    assert DISTRESS in "\n".join(form.saved(session))  # exactly the words held back
    assert "help is there" not in text_of(client.get(second.location))


def test_a_used_token_saves_nothing_more(client, session, form) -> None:
    """A copy of the button's request sent again within its hour (a double click, a replay)
    is held back like a first submit: the words are saved once."""
    token = anyway_token(client.post(form.url, data=form.data))
    assert submit_anyway(client, form, token).status_code == 302
    session.expire_all()
    once = form.saved(session)
    replayed = client.post(form.url, data=form.data | {"confirmed": "yes", "save_anyway": token})
    assert replayed.status_code == 422 and "help is there" in text_of(replayed)
    assert anyway_token(replayed) != token  # a fresh choice, offered afresh
    session.expire_all()
    assert form.saved(session) == once


def test_a_journal_share_uses_its_token_at_yes_not_at_the_page_before(client, session, alex, contract) -> None:
    url, data = _journal_share(client, session, alex, contract)
    token = anyway_token(client.post(url, data=data))
    for _ in range(2):  # the page showing what will be read may be shown again (back, reload)
        shown = client.post(url, data=data | {"save_anyway": token})
        assert shown.status_code == 200 and "Share this with Sam?" in text_of(shown)
    assert client.post(url, data=form_data(shown) | {"save_anyway": token}).status_code == 302
    session.expire_all()
    assert session.scalars(select(JournalEntry.shared_text)).one() == DISTRESS


@pytest.mark.parametrize("forged", ["", "yes", "1", "x" * 5000, "eyJ0ZXh0IjoiaGkifQ.ZZZZZZ.abcdefabcdef"])
def test_a_first_submit_with_a_made_up_token_is_held_back(client, session, form, forged) -> None:
    before = form.saved(session)
    response = client.post(form.url, data=form.data | {"save_anyway": forged})
    assert response.status_code == 422 and "help is there" in text_of(response)
    session.expire_all()
    assert form.saved(session) == before


def test_the_token_is_for_those_words_only(client, session, form) -> None:
    before = form.saved(session)
    token = anyway_token(client.post(form.url, data=form.data))
    other = form.data[form.field].replace("hurt me", "hit me")
    changed = client.post(form.url, data=form.data | {form.field: other, "save_anyway": token})
    assert changed.status_code == 422 and "help is there" in text_of(changed)  # asked again
    assert anyway_token(changed) != token
    session.expire_all()
    assert form.saved(session) == before


def test_the_token_is_for_that_form_only(client, session, alex, contract) -> None:
    held = client.post("/checkins/", data={"answer_0": DISTRESS})
    url, data = _log_note(client, session, alex, contract)
    response = client.post(url, data=data | {"save_anyway": anyway_token(held)})
    assert_held_back(response, session, LogEntry, 0)


def test_the_token_is_for_that_partner_only(client, session, alex, contract, sam_client) -> None:
    token = anyway_token(client.post("/checkins/", data={"answer_0": DISTRESS}))
    response = sam_client.post("/checkins/", data={"answer_0": DISTRESS, "save_anyway": token})
    assert_held_back(response, session, CheckInAnswer, 0)


def test_an_old_token_asks_again(client, session, alex, monkeypatch) -> None:
    token = anyway_token(client.post("/checkins/", data={"answer_0": DISTRESS}))
    monkeypatch.setattr(distress, "SAVE_ANYWAY_SECONDS", -1)  # an hour has passed
    response = client.post("/checkins/", data={"answer_0": DISTRESS, "save_anyway": token})
    assert_held_back(response, session, CheckInAnswer, 0)


@pytest.mark.parametrize("bad", [f"{DISTRESS}\x07", f"{DISTRESS}\x00 and more", DISTRESS + " again" * 2000])
def test_bad_words_are_refused_even_with_the_button(client, session, form, bad) -> None:
    before = form.saved(session)
    token = anyway_token(client.post(form.url, data=form.data))
    response = submit_anyway(client, form, token, **{form.field: bad})
    assert 400 <= response.status_code < 500
    session.expire_all()
    assert form.saved(session) == before


def test_the_other_forms_fields_still_have_their_rules(client, session, alex) -> None:
    """ "Anyway" lifts only the hold for distress: a filler answer beside it is still not saved."""
    token = anyway_token(client.post("/checkins/", data={"answer_0": DISTRESS, "answer_1": "um"}))
    response = client.post("/checkins/", data={"answer_0": DISTRESS, "answer_1": "um", "save_anyway": token})
    assert response.status_code == 422 and "That is not an answer yet" in text_of(response)
    assert count(session, CheckInAnswer) == 0


def test_another_couples_setback_proposal_commitment_and_entry_stay_out_of_reach(client, session, alex) -> None:
    kim, lee = make_couple(session, first="Kim", second="Lee")
    assert lee is not None
    lineage_id = agreed_contract(session, kim, lee).items[0].lineage_id
    missed = tracking.log_entry(session, kim, LogKind.MISSED, lineage_id=lineage_id, source=Source.VOICE, now=NOW)
    setback = setbacks.start_setback(session, kim, missed.id, now=NOW)
    proposal = contracts.propose_version(session, lee, [ItemDraft(ItemKind.EXAMPLE, "Lee's idea")], now=NOW)
    entry = journal.write(session, kim, f"Kim's day. {DISTRESS}.", now=NOW)
    session.flush()
    theirs = {
        f"/setbacks/{setback.id}": {"trigger": DISTRESS},
        f"/contract/versions/{proposal.id}/comments": {"body": DISTRESS},
        f"/contract/said/{lineage_id}": {"phrasings": DISTRESS},
        f"/journal/{entry.id}/share": {"how": "whole", "confirmed": "yes"},
    }
    for url, data in theirs.items():
        for token in ("", "forged"):
            assert client.post(url, data=data | {"save_anyway": token}).status_code == 404, url
    session.expire_all()
    assert count(session, VersionComment) == 0 and count(session, SetbackReflection) == 0
    assert session.get(JournalEntry, entry.id).shared_at is None
