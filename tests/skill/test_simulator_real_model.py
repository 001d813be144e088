"""The simulator's envelopes and replies (the session carried between turns, an elicited slot,
SSML turned into plain text), and typed utterances matched against the skill's real en-US model."""

from __future__ import annotations

import json
import re

import pytest

from trust_tracker.skill.simulator import MODEL_DIR, Conversation, InteractionModel, Match, Reply, plain_text
from trust_tracker.skill.topic_words import CARRIERS
from trust_tracker.skill.typed_words import normalise


def test_conversation_builds_the_envelopes_alexa_sends():
    conversation = Conversation(user_id="amzn1.ask.account.TEST", person_id="amzn1.ask.person.P")
    envelope = conversation.request(Match("LinkDeviceIntent", {"code": "481516"}))
    assert envelope["request"]["type"] == "IntentRequest"
    assert envelope["request"]["intent"]["slots"]["code"]["value"] == "481516"
    assert envelope["session"]["new"] is True
    assert envelope["session"]["user"]["userId"] == "amzn1.ask.account.TEST"
    assert envelope["context"]["System"]["person"]["personId"] == "amzn1.ask.person.P"

    launch = conversation.request(Match(None))
    assert launch["request"]["type"] == "LaunchRequest"
    assert launch["session"]["sessionId"] == envelope["session"]["sessionId"]


def test_conversation_carries_the_session_to_the_next_turn():
    conversation = Conversation()
    first = conversation.request(Match("AMAZON.HelpIntent"))
    conversation.update({"sessionAttributes": {"asked": "which"}, "response": {"shouldEndSession": False}})
    second = conversation.request(Match("AMAZON.StopIntent"))
    assert second["session"]["new"] is False
    assert second["session"]["attributes"] == {"asked": "which"}
    assert second["session"]["sessionId"] == first["session"]["sessionId"]


def test_a_session_the_skill_ended_is_not_carried_on():
    conversation = Conversation()
    first = conversation.request(Match("AMAZON.HelpIntent"))
    conversation.update({"sessionAttributes": {"asked": "which"}, "response": {"shouldEndSession": True}})
    second = conversation.request(Match("AMAZON.StopIntent"))
    assert second["session"]["new"] is True and second["session"]["attributes"] == {}
    assert second["session"]["sessionId"] != first["session"]["sessionId"]


def test_an_elicited_slot_takes_the_next_words(real):
    conversation = Conversation()
    conversation.update(
        {
            "response": {
                "shouldEndSession": False,
                "directives": [
                    {
                        "type": "Dialog.ElicitSlot",
                        "slotToElicit": "answer",
                        "updatedIntent": {"name": "AnswerIntent", "confirmationStatus": "NONE", "slots": {}},
                    }
                ],
            }
        }
    )
    assert conversation.hear(
        real, "Our walk on Sunday."
    ) == Match(  # a capital typed mid-sentence is kept, as Alexa writes a name
        "AnswerIntent", {"answer": "our walk on Sunday"}, "{answer}"
    )
    assert conversation.hear(real, "stop").intent == "AMAZON.StopIntent"
    conversation.update(
        {
            "response": {
                "shouldEndSession": False,
                "directives": [
                    {
                        "type": "Dialog.ElicitSlot",
                        "slotToElicit": "commitment",
                        "updatedIntent": {"name": "LogMissedIntent", "confirmationStatus": "NONE", "slots": {}},
                    }
                ],
            }
        }
    )
    assert said_in(conversation.hear(real, "the evening talk one").slots) == {"commitment": "evening talk"}
    conversation.update({"response": {"shouldEndSession": False}})
    # Outside "which one?", a bare name is no request at all (it used to be taken as kept).
    assert conversation.hear(real, "the evening talk one") is None


def test_reply_turns_ssml_into_plain_text():
    reply = Reply.of(
        {
            "response": {
                "outputSpeech": {
                    "type": "SSML",
                    "ssml": "<speak>Logged: you kept your promise to <emphasis>call</emphasis>."
                    "<break time='300ms'/>Anything else? Sam &amp; you &lt;3</speak>",
                },
                "reprompt": {"outputSpeech": {"type": "PlainText", "text": "Anything   else?"}},
                "shouldEndSession": False,
            }
        }
    )
    assert reply == Reply(
        speech="Logged: you kept your promise to call. Anything else? Sam & you <3",
        reprompt="Anything else?",
        stays_open=True,
    )


@pytest.mark.parametrize("end", [True, None])
def test_reply_without_an_explicit_false_ends_the_session(end):
    body = {"outputSpeech": {"type": "SSML", "ssml": "<speak>Goodbye.</speak>"}}
    if end is not None:
        body["shouldEndSession"] = end
    assert Reply.of({"response": body}) == Reply("Goodbye.", "", False)


def test_plain_text_of_nothing_is_empty():
    assert plain_text(None) == ""
    assert Reply.of({}) == Reply("", "", False)


REAL_MODEL = MODEL_DIR / "en-US.json"


@pytest.fixture(scope="module")
def real() -> InteractionModel:
    return InteractionModel.load()


def said_in(slots: dict[str, str | None]) -> dict[str, str | None]:
    """The slots but the topic carriers left empty (skill/topics.py): every intent with carriers sends them."""
    return {
        name: value for name, value in slots.items() if value is not None or not name.startswith(("before_", "after_"))
    }


@pytest.mark.parametrize(
    ("typed", "intent", "slots"),
    [
        ("log that I kept my promise", "LogKeptIntent", {"commitment": None}),
        ("Alexa, ask Trust Tracker to log that I kept my promise.", "LogKeptIntent", {"commitment": None}),
        ("tell trust tracker that I kept my promise", "LogKeptIntent", {"commitment": None}),
        ("I kept my promise to call when late", "LogKeptIntent", {"commitment": "call when late"}),
        (
            "ask trust tracker to log that I kept my promise to Call When Late!",
            "LogKeptIntent",
            {"commitment": "call when late"},
        ),
        ("mark call when late as done", "LogKeptIntent", {"commitment": "call when late"}),
        ("log that I forgot to call when late", "LogMissedIntent", {"commitment": "call when late"}),
        ("log that I didn't call when late", "LogMissedIntent", {"commitment": "call when late"}),
        ("log a missed promise to call when late", "LogMissedIntent", {"commitment": "call when late"}),
        ("record that I missed the evening talk", "LogMissedIntent", {"commitment": "evening talk"}),
        ("I'm sorry I missed the evening talk", "LogMissedIntent", {"commitment": "evening talk"}),
        ("I'm having a really hard day", "HardDayIntent", {}),
        ("I'm so tired", "HardDayIntent", {}),
        ("my code is 481516", "LinkDeviceIntent", {"code": "481516"}),
        ("my code is 4 8 1 5 1 6", "LinkDeviceIntent", {"code": "481516"}),
        ("Alexa, tell trust tracker my code is four eight one five one six", "LinkDeviceIntent", {"code": "481516"}),
        ("my code is zero four eight one five one", "LinkDeviceIntent", {"code": "048151"}),
        ("481516", "LinkDeviceIntent", {"code": "481516"}),
        ("link this device", "LinkDeviceIntent", {"code": None}),
        ("What are this week's check-in questions?", "ReadCheckInQuestionsIntent", {}),
        ("ask trust tracker what are this week's check in questions", "ReadCheckInQuestionsIntent", {}),
        ("read our contract", "ReadContractIntent", {}),
        ("help", "AMAZON.HelpIntent", {}),
        ("what can I say?", "AMAZON.HelpIntent", {}),
        ("stop", "AMAZON.StopIntent", {}),
        ("cancel", "AMAZON.CancelIntent", {}),
        ("Alexa, ask trust tracker: I'm having a hard day", "HardDayIntent", {}),
        ("we need a pause", "TakeAPauseIntent", {}),
        ("how are we doing?", "ProgressIntent", {}),
        ("what should we celebrate", "CelebrateIntent", {}),
        ("start our check-in", "StartCheckInIntent", {}),
    ],
)
def test_real_model(real, typed, intent, slots):
    match = real.match(typed)
    assert match is not None
    assert (match.intent, said_in(match.slots)) == (intent, slots)


@pytest.mark.parametrize("typed", ["open trust tracker", "Alexa, open trust tracker", "start trust tracker"])
def test_real_model_launch(real, typed):
    assert real.match(typed) == Match(None, sample=normalise(typed).removeprefix("alexa "))


@pytest.mark.parametrize("typed", ["order me a pizza", "my code is banana", "what is the weather", "alexa"])
def test_real_model_no_match(real, typed):
    # The bare "{commitment}" sample takes listed commitment names only, not any words.
    assert real.match(typed) is None


def test_every_sample_of_the_real_model_reaches_its_own_intent(real):
    """No sample is shadowed by another intent's: said as written (slots filled), it is understood."""
    fill = {
        "commitment": "call when late",
        "code": "four eight one five one six",
        "note": "sam was on time",
        "partner": "sam",
        "answer": "more walks",
        "name": "sam",
        "quantity": "all",
    }
    document = json.loads(REAL_MODEL.read_text(encoding="utf-8"))
    misrouted = []
    for intent in document["interactionModel"]["languageModel"]["intents"]:
        for sample in intent.get("samples", []):
            # SupportIntent's carriers ("he hit {after_he_hit}") filled as distress.
            said = re.sub(r"\{(\w+)\}", lambda slot: fill.get(slot[1], "me"), sample)
            match = real.match(said)
            # A topic's carrier that reaches its job's own sample ("small win {note}") is that job.
            if match is None or match.intent not in (intent["name"], CARRIERS.get(intent["name"])):
                misrouted.append((sample, intent["name"], match and match.intent))
    assert misrouted == []
