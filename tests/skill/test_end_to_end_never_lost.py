"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server,
tests/skill/e2e/harness.py): mid check-in, a name that is nobody here saves nothing and keeps the question; a
reminder that cannot be set says so and the check-in comes back; a launch offering the
check-in, answered "yes", resumes it where it stopped."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.skill.e2e.harness import conversation_script, opened, pairing_code, server, talk
from trust_tracker.models.entities import CheckInAnswer, Partner

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_never_loses_the_checkin(conversation_script, server) -> None:
    url, env, database = server
    turns = talk(
        conversation_script,
        url,
        [
            f"my code is {pairing_code(env)}",
            "start our check in",
            "no",
            "actually this is jordan",
            "my answer is our long walk",
            "remind us about our check in",
            "stop",
            "open trust tracker",
            "yes",
            "no",
        ],
    )
    said = [turn["ssml"] or "" for turn in turns]
    question = re.search(r"(?:Question \d|We were on): (.*)</speak>$", said[2])[1]
    assert turns[3]["intent"] == "IdentifySpeakerIntent"
    assert said[3] == f"<speak>I only know Alex and Sam here. {question}</speak>" and not turns[3]["ends"]
    next_question = re.search(r"Question \d: (.*)</speak>$", said[4])[1]
    assert turns[5]["intent"] == "RemindCheckInIntent" and not turns[5]["ends"]
    assert "no reminder was set" in said[5] and said[5].endswith(f"Back to our check-in: {next_question}</speak>")
    assert turns[6]["ends"] and "say: start our check-in" in said[6]
    assert "check-in is half done" in said[7] and not turns[7]["ends"]
    assert said[8] == "<speak>Let's do your check-in. Is Sam with you?</speak>"
    assert said[9] == f"<speak>We were on: {next_question}</speak>"

    with opened(database) as session:
        alex = session.scalars(select(Partner).where(Partner.name == "Alex")).one()
        answers = session.scalars(select(CheckInAnswer.answer).where(CheckInAnswer.partner_id == alex.id)).all()
        assert "our long walk" in answers and not any("jordan" in a for a in answers)
