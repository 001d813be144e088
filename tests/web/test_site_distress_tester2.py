"""Typed on the site, a second independent tester's sentences are held back as the voice holds them
back (issue 8, item 1: its S3 found "stockpiling my sleeping tablets", "no reason to keep living",
a lie to the nurse about a black eye and a spare room locked against him saved, 302, as a History
note and a check-in answer); and its false alarm, a chess tournament lost (422), is saved."""

from __future__ import annotations

import pytest

from tests.skill.distress_tester2 import TESTER2_FAMILIES, TESTER2_LOOKALIKES, TESTER2_SAVED
from tests.web.helpers import count, form_data
from tests.web.test_site_distress import assert_held_back
from trust_tracker.models.entities import CheckInAnswer, LogEntry

# One of each family, beside the tester's own.
TYPED = TESTER2_SAVED + [phrasings[0] for phrasings in TESTER2_FAMILIES.values()]


# Where the tester typed them: a check-in answer, and a History "Moment of reliability" note.
WHERE = {
    "check-in answer": ("/checkins/", "answer_1", {"answer_0": "We walked"}, CheckInAnswer),
    "history note": ("/history/log", "log-note", {"log-kind": "reliability", "log-lineage_id": ""}, LogEntry),
}


@pytest.mark.parametrize("where", WHERE)
@pytest.mark.parametrize("typed", TYPED)
def test_these_words_are_held_back_with_the_text_kept(client, alex, session, where, typed) -> None:
    url, field, rest, entity = WHERE[where]
    response = client.post(url, data={**rest, field: typed})
    assert_held_back(response, session, entity, 0)
    assert form_data(response)[field] == [typed]


@pytest.mark.parametrize("typed", TESTER2_LOOKALIKES[:3])
def test_the_false_alarms_typed_as_answers_are_saved(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed})
    assert response.status_code == 302
    assert count(session, CheckInAnswer) == 1
