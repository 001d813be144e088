"""Typed on the site, threats to a body, injuries, cover stories and everyday control are held
back as the voice holds them back (issue 8, item 1: the tester's S3 sentences were saved as
check-in answers on the site too). One detector for both (skill/distress_threats.py)."""

from __future__ import annotations

import pytest

from tests.skill.test_safety_threats import LOOKALIKES, TESTER
from tests.web.helpers import count, form_data
from tests.web.test_site_distress import assert_held_back
from trust_tracker.models.entities import CheckInAnswer, LogEntry


@pytest.mark.parametrize("typed", TESTER)
def test_a_check_in_answer_in_these_words_is_held_back_with_the_text_kept(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": "We walked", "answer_1": typed})
    assert_held_back(response, session, CheckInAnswer, 0)
    assert form_data(response)["answer_1"] == [typed]


@pytest.mark.parametrize("typed", TESTER)
def test_a_history_note_in_these_words_is_held_back_with_the_text_kept(client, alex, session, typed) -> None:
    response = client.post("/history/log", data={"log-kind": "small_win", "log-lineage_id": "", "log-note": typed})
    assert_held_back(response, session, LogEntry, 0)
    assert form_data(response)["log-note"] == [typed]


@pytest.mark.parametrize("typed", LOOKALIKES[:8])
def test_the_same_words_in_everyday_life_are_saved(client, alex, session, typed) -> None:
    response = client.post("/checkins/", data={"answer_0": typed})
    assert response.status_code == 302
    assert count(session, CheckInAnswer) == 1
