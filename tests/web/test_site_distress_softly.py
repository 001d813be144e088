"""Typed on the site's check-in page, distress said softly is held back as the voice holds it
back (an independent tester typed nine such answers into box 1: all were saved, HTTP 302).
One detector for both (skill/distress.py, skill/distress_softly.py)."""

from __future__ import annotations

import pytest

from tests.web.helpers import count, form_data
from tests.web.test_site_distress import assert_held_back
from trust_tracker.models.entities import CheckInAnswer

TYPED = [
    "I'm too scared to tell him no",
    "I hide in the bathroom when he gets angry",
    "My daughter said her boyfriend hits her",
    "There's blood everywhere",
    "He choked me out",
    "He chucked a glass at my head",
    "He took the kids and won't tell me where they are",
    "No bruises this week",
    "I haven't cut for ten days",
]


@pytest.mark.parametrize("typed", TYPED)
def test_distress_typed_softly_is_held_back_with_the_text_kept(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed, "answer_1": "We walked on Sunday"})
    assert_held_back(response, session, CheckInAnswer, 0)
    assert form_data(response)["answer_0"] == [typed]
    assert form_data(response)["answer_1"] == ["We walked on Sunday"]


@pytest.mark.parametrize(
    "typed", ["She checks my phone every night as we agreed", "We listened to Hit Me Baby One More Time"]
)
def test_the_couples_own_agreement_and_a_song_are_saved(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed})
    assert response.status_code == 302
    assert count(session, CheckInAnswer) == 1
