"""Typed on the site as a History note, harm seen in someone else, the partner's restraint and
intimidation without a blow are held back as the voice holds them back (an independent tester
typed three of them as small wins: all were saved, HTTP 302; /work/notes/final2-finds.md items
1 and 4). One detector for both (skill/distress.py, skill/distress_witnessed.py)."""

from __future__ import annotations

import pytest

from tests.web.helpers import count, form_data
from tests.web.test_site_distress import assert_held_back
from trust_tracker.models.entities import LogEntry

TYPED = [
    "I think my neighbour's kids are being hurt",
    "I saw bruises on my daughter's arm",
    "The kids hide under the bed when he shouts",
    "He cornered me in the kitchen",
    "He ripped the phone out of the wall",
    "Sam didn't take my phone this time",
]


@pytest.mark.parametrize("typed", TYPED)
def test_a_note_typed_in_these_words_is_held_back_with_the_text_kept(client, alex, session, typed) -> None:
    response = client.post("/history/log", data={"log-kind": "small_win", "log-lineage_id": "", "log-note": typed})
    assert_held_back(response, session, LogEntry, 0)
    assert form_data(response)["log-note"] == [typed]


@pytest.mark.parametrize("typed", ["I saw bruises on the apples", "She took my phone to call a taxi"])
def test_the_same_words_in_everyday_life_are_saved(client, alex, session, typed) -> None:
    response = client.post("/history/log", data={"log-kind": "small_win", "log-lineage_id": "", "log-note": typed})
    assert response.status_code == 302
    assert count(session, LogEntry) == 1
