"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server,
tests/skill/e2e/harness.py): mid check-in, a name that is nobody here saves nothing until a name here is given; a
reminder that cannot be set says so and the check-in comes back; a launch offering the
check-in, answered "yes", resumes it where it stopped."""

from __future__ import annotations

import re

from sqlalchemy import select

from tests.skill.e2e.harness import alex_says, conversation_script, opened, server, spoken
from trust_tracker.models.entities import CheckInAnswer, Partner

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_never_loses_the_checkin(conversation_script, server) -> None:
    database = server[2]
    turns = alex_says(
        conversation_script,
        server,
        [
            "start our check in",
            "no",
            "actually this is jordan",
            "my answer is our long walk",
            "my answer is alex",  # virtual-alexa matches no elicited slot: the carrier Alexa would not need
            "remind us about our check in",
            "stop",
            "open trust tracker",
            "yes",
            "no",
        ],
    )
    said = spoken(turns)
    assert turns[3]["intent"] == "IdentifySpeakerIntent"
    assert said[3] == "<speak>I only know Alex and Sam here. Who's answering: Alex or Sam?</speak>"
    assert not turns[3]["ends"]  # the answer said next waits for a name here, then is Alex's
    assert said[4] == "<speak>I'll keep that until I know who's speaking. Who's answering: Alex or Sam?</speak>"
    next_question = re.search(r"Question \d: (.*)</speak>$", said[5])[1]
    assert turns[6]["intent"] == "RemindCheckInIntent" and not turns[6]["ends"]
    assert "no reminder was set" in said[6] and said[6].endswith(f"Back to our check-in: {next_question}</speak>")
    assert turns[7]["ends"] and "say: start our check-in" in said[7]
    assert "check-in is half done" in said[8] and not turns[8]["ends"]
    assert (
        said[9]
        == f"<speak>Let's pick up your check-in where you left off: {next_question} First, is Sam with you?</speak>"
    )
    assert said[10] == f"<speak>We were on: {next_question}</speak>"

    with opened(database) as session:
        alex = session.scalars(select(Partner).where(Partner.name == "Alex")).one()
        answers = session.scalars(select(CheckInAnswer.answer).where(CheckInAnswer.partner_id == alex.id)).all()
        assert "Our long walk" in answers and not any("jordan" in a for a in answers)


def test_a_real_alexa_client_logs_a_request_said_as_an_answer_and_hears_more_news(conversation_script, server) -> None:
    turns = alex_says(
        conversation_script,
        server,
        [
            "start our check in",
            "no",
            "my answer is log that i kept my promise to call when late",
            "no",
            "my answer is log that i kept my promise to call when late",
            "yes",
            "stop",
            "any news from sam",
            "the other ones",
            "can you ask me again",
            "no",
        ],
    )
    said = spoken(turns)
    question = re.search(r"(?:Question \d|We were on): (.*)</speak>$", said[2])[1]
    # The offer names what a yes logs (voice51): "Shall I log that you kept your promise to call when late, then …".
    offer = "<speak>Shall I log that you kept your promise to call when late, then come back to the question?"
    assert said[3].startswith(offer) and not turns[3]["ends"], said[3]
    assert said[4].endswith(f"{question}</speak>") and "Logged" not in said[4]  # no: left, question back
    assert "call when late" in said[6] and said[6].endswith(f"{question}</speak>")
    assert turns[9]["intent"] == "AMAZON.MoreIntent" and not turns[9]["ends"]
    assert turns[10]["intent"] == "AMAZON.RepeatIntent" and said[10] == said[9]
    assert turns[11]["ends"]
