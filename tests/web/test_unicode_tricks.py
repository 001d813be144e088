"""Text that hides or reorders what the partner reads is refused at the boundary (models/text.py,
applied to every form field by web/forms.py): bidirectional overrides and isolates, which turn a
name or a note around, and the site's own words after it; and text with nothing visible in it
(zero-width characters, blank letters, lone marks), which counts as no text at all. Writing in
right-to-left scripts, emoji sequences and accents are text like any other."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.web.helpers import count, text_of
from trust_tracker.models.entities import JournalEntry, LogEntry, Partner
from trust_tracker.web.forms import CONTROL_MESSAGE

# Each character that sets a direction for the text after it, until its end mark or the line's.
OVERRIDES = {
    "left-to-right embedding": "\u202a",
    "right-to-left embedding": "\u202b",
    "pop directional formatting": "\u202c",
    "left-to-right override": "\u202d",
    "right-to-left override": "\u202e",
    "left-to-right isolate": "\u2066",
    "right-to-left isolate": "\u2067",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
}
# Nothing a reader can see: spaces and zero-width characters, blank letters, marks on nothing.
SHOWS_NOTHING = {
    "zero-width space": "\u200b\u200b",
    "zero-width joiner": "\u200d",
    "zero-width non-joiner": "\u200c",
    "word joiner": "\u2060",
    "byte order mark": "\ufeff",
    "soft hyphen": "\u00ad",
    "Hangul filler": "\u3164",
    "halfwidth Hangul filler": "\uffa0",
    "Braille blank": "\u2800\u2800",
    "combining accents alone": "\u0301\u0301",
    "tag characters": "\U000e0041\U000e0042",
    "mixed with spaces": " \u200b \u3000 \u2060 ",
    "left-to-right mark": "\u200e",
}
# Everyday writing that must go through as typed.
WRITING = {
    "Hebrew": "שלום, Sam",
    "Arabic": "مرحبا سام",
    "right-to-left mark in mixed text": "Sam \u200fשלום\u200f!",
    "emoji family (joiners)": "👩\u200d👩\u200d👧 dinner",
    "Persian with a non-joiner": "می\u200cخواهم",
    "accents, precomposed and combining": "José and Zoe\u0308",
    "Devanagari with a joiner": "क्\u200dष",
}


@pytest.mark.parametrize("mark", list(OVERRIDES.values()), ids=list(OVERRIDES))
def test_a_name_that_turns_text_around_is_refused(client, alex, session, mark) -> None:
    response = client.post("/account/name", data={"name-name": f"Alex{mark} gnol"})
    assert response.status_code == 422 and CONTROL_MESSAGE in text_of(response)
    session.expire_all()
    assert session.get(Partner, alex.id).name == "Alex"


@pytest.mark.parametrize("mark", list(OVERRIDES.values()), ids=list(OVERRIDES))
def test_a_note_the_partner_reads_that_turns_text_around_is_refused(client, alex, session, mark) -> None:
    data = {"log-kind": "small_win", "log-lineage_id": "", "log-note": f"Dinner{mark} together\nand more"}
    response = client.post("/history/log", data=data)
    assert response.status_code == 422 and CONTROL_MESSAGE in text_of(response)
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("blank", list(SHOWS_NOTHING.values()), ids=list(SHOWS_NOTHING))
def test_a_name_with_nothing_visible_is_no_name(client, alex, session, blank) -> None:
    response = client.post("/account/name", data={"name-name": blank})
    assert response.status_code == 422 and "Please enter your name." in text_of(response)
    session.expire_all()
    assert session.get(Partner, alex.id).name == "Alex"


@pytest.mark.parametrize("blank", list(SHOWS_NOTHING.values()), ids=list(SHOWS_NOTHING))
def test_a_journal_entry_with_nothing_visible_is_not_written(client, alex, session, blank) -> None:
    response = client.post("/journal/", data={"body": blank})
    assert response.status_code == 422 and "Write something first." in text_of(response)
    assert count(session, JournalEntry) == 0


@pytest.mark.parametrize("blank", list(SHOWS_NOTHING.values()), ids=list(SHOWS_NOTHING))
def test_an_optional_note_with_nothing_visible_is_saved_empty(client, alex, session, blank) -> None:
    response = client.post("/history/log", data={"log-kind": "small_win", "log-lineage_id": "", "log-note": blank})
    assert response.status_code == 302
    assert session.scalars(select(LogEntry.note)).one() == ""


@pytest.mark.parametrize("words", list(WRITING.values()), ids=list(WRITING))
def test_writing_in_any_script_goes_through_as_typed(client, alex, session, words) -> None:
    assert client.post("/account/name", data={"name-name": words}).status_code == 302
    logged = client.post("/history/log", data={"log-kind": "small_win", "log-lineage_id": "", "log-note": words})
    assert logged.status_code == 302
    session.expire_all()
    assert session.get(Partner, alex.id).name == words
    assert session.scalars(select(LogEntry.note)).one() == words
