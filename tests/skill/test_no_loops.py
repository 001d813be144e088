"""No loops (issue 8): a line a lost conversation hears again is, the second time in a row,
shorter with what to say; the third time the conversation ends kindly. Frequent lines vary
across separate conversations too."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.factories import agreed_contract
from tests.skill.test_safety import alex, envelope, say, skill, speech, then
from trust_tracker.models.entities import LogEntry
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.speech import for_locale

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

SAY = for_locale("en-US").say
STRANGER = "amzn1.ask.person.NOT-YET-KNOWN"


def turns(say, first, *intents, **kwargs):
    """The speech of each turn of one session: `first`, then `intents` in turn."""
    result = say(first)
    heard = [(speech(result), result["response"].get("shouldEndSession"))]
    for intent, slots in intents:
        if heard[-1][1]:
            break
        result = say(then(result, intent, slots, **kwargs))
        heard.append((speech(result), result["response"].get("shouldEndSession")))
    return heard


def escalates(heard) -> None:
    (first, open1), (second, open2), (third, ended) = heard[:3]
    assert second != first and len(second.split()) < len(first.split())
    assert open1 is False and open2 is False
    assert third == SAY("fallback_give_up") and ended is True


def test_an_unlinked_device_does_not_say_the_same_line_again_and_again(say, session, couple) -> None:
    asked = [("ProgressIntent", {}), ("CelebrateIntent", {}), ("HardDayIntent", {}), ("ProgressIntent", {})]
    heard = turns(say, alexa.launch_request(user_id="amzn1.ask.account.NEW"), *asked)
    assert heard[0][0] == SAY("not_linked")
    assert heard[1][0] == SAY("not_linked_again")  # what was asked was clear: never "still not getting it" (voice49)
    escalates(heard)
    assert len(heard) == 3


def test_who_is_speaking_is_not_asked_for_ever(say, session, alex) -> None:
    agreed_contract(session, *alex.couple.partners)
    first = envelope("ProgressIntent", person_id=STRANGER)
    heard = turns(
        say, first, ("CelebrateIntent", {}), ("ProgressIntent", {}), ("CelebrateIntent", {}), person_id=STRANGER
    )
    assert heard[0][0] == "Before I do that: is this Alex or Sam?"
    escalates(heard)
    assert heard[1][0] == "Just say your name: Alex or Sam."
    assert session.scalars(select(LogEntry)).all() == []


@pytest.mark.parametrize("said", ["hello", "um"])
def test_an_answer_nobody_asked_for_escalates(say, session, alex, said) -> None:
    first = envelope("AnswerIntent", {"answer": said})
    heard = turns(say, first, *[("AnswerIntent", {"answer": said})] * 4)
    assert heard[0][0].startswith(SAY("not_expecting"))
    escalates(heard)


def test_the_setback_framing_differs_from_one_conversation_to_the_next(say, session, couple, alex) -> None:
    # No contract: a bare miss is logged unnamed at once (with promises to choose, which one is asked).
    heard = []
    for _ in range(3):
        said = speech(say(envelope("LogMissedIntent", {"commitment": None})))
        heard.append(said)
    first_words = [said.split(". Logged")[0] for said in heard]
    framings = [said.split("Logged: you missed a promise. ")[1] for said in heard]
    assert first_words[0] == "Thank you for being honest"
    assert first_words[0] != first_words[1] != first_words[2]
    assert framings[0] != framings[1] != framings[2]
