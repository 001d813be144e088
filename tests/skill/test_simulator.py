"""Matching typed utterances the way Alexa matches sample utterances."""

from __future__ import annotations

import json
import re

import pytest

from trust_tracker.skill.simulator import (
    MODEL_DIR,
    Conversation,
    InteractionModel,
    Match,
    Reply,
    plain_text,
)
from trust_tracker.skill.topic_words import CARRIERS
from trust_tracker.skill.typed_words import normalise, spoken_number

# A small model for the edge cases, independent of the real one's wording.
FIXTURE = {
    "interactionModel": {
        "languageModel": {
            "invocationName": "trust tracker",
            "intents": [
                {
                    "name": "LogKeptIntent",
                    "slots": [{"name": "commitment", "type": "AMAZON.SearchQuery"}],
                    "samples": [
                        "log that I kept my promise",
                        "I kept my promise",
                        "I kept my promise to {commitment}",
                        "log that I kept my promise to {commitment}",
                    ],
                },
                {
                    "name": "LinkDeviceIntent",
                    "slots": [{"name": "code", "type": "AMAZON.NUMBER"}],
                    "samples": ["my code is {code}", "the code is {code}", "{code}"],
                },
                {
                    "name": "LogWinsIntent",
                    "slots": [{"name": "count", "type": "AMAZON.NUMBER"}],
                    "samples": ["log three wins", "log {count} wins"],
                },
                {
                    "name": "NoteIntent",
                    "slots": [{"name": "text", "type": "NoteText"}],
                    "samples": ["note {text}"],
                },
                {
                    "name": "SmallWinIntent",
                    "slots": [{"name": "text", "type": "NoteText"}],
                    "samples": ["note a small win {text}"],
                },
                {
                    "name": "ReadCheckInQuestionsIntent",
                    "samples": ["what are this week's check-in questions", "that is all for the check-in"],
                },
                {"name": "AMAZON.HelpIntent", "samples": ["how do I use this"]},
                {"name": "AMAZON.StopIntent", "samples": []},
                {"name": "AMAZON.CancelIntent", "samples": []},
                {"name": "AMAZON.FallbackIntent", "samples": []},
            ],
        }
    }
}


@pytest.fixture(scope="module")
def model() -> InteractionModel:
    return InteractionModel(FIXTURE)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Log that I kept my promise!", "log that i kept my promise"),
        ("  what's   UP,   Alexa? ", "what's up alexa"),
        ("\u2018quoted\u2019 and Sam\u2019s", "quoted and sam's"),
        ("at 7 a.m. please", "at 7 am please"),
        ("check-in; questions...", "check in questions"),
    ],
)
def test_normalise(typed, expected):
    assert normalise(typed) == expected


def test_normalise_can_spell_out_contractions_but_keeps_possessives():
    assert normalise("I'm sure we didn't, Sam's fine", spell_out=True) == "i am sure we did not sam's fine"


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("481516", "481516"),
        ("4 8 1 5 1 6", "481516"),
        ("481 516", "481516"),
        ("four eight one five one six", "481516"),
        ("zero four eight one five one", "048151"),
        ("oh four eight one five one", "048151"),
        ("forty eight fifteen sixteen", "481516"),
        ("twelve", "12"),
        ("twenty", "20"),
        ("one hundred", "100"),
        ("three hundred and twelve", "312"),
        ("two thousand twenty six", "2026"),
    ],
)
def test_spoken_number(words, digits):
    assert spoken_number(words) == digits


@pytest.mark.parametrize("words", ["", "four banana", "and", "hundred"])
def test_spoken_number_rejects_non_numbers(words):
    assert spoken_number(words) is None


@pytest.mark.parametrize(
    "typed",
    [
        "log that I kept my promise",
        "Log that I kept my promise.",
        "LOG THAT I KEPT MY PROMISE",
        "Alexa, ask trust tracker to log that I kept my promise",
        "alexa ask Trust Tracker log that I kept my promise",
        "tell trust tracker that I kept my promise",
        "open trust tracker and log that I kept my promise",
        "use trust tracker to log that I kept my promise",
        "log that I kept my promise using trust tracker",
    ],
)
def test_prefixes_punctuation_and_case(model, typed):
    match = model.match(typed)
    assert match is not None
    assert match.intent == "LogKeptIntent"
    assert match.slots == {"commitment": None}  # the declared slot is sent, empty


def test_slotless_sample_beats_a_slot_sample(model):
    # "log {count} wins" matches too, with count 3: the exact sample wins.
    assert model.match("log three wins") == Match("LogWinsIntent", {"count": None}, "log three wins")


def test_slot_is_filled_with_the_words_said(model):
    match = model.match("ask trust tracker to log that I kept my promise to call when I'm late")
    assert match == Match(
        "LogKeptIntent", {"commitment": "call when i'm late"}, "log that I kept my promise to {commitment}"
    )


def test_the_sample_with_more_literal_words_wins_across_intents(model):
    # "note {text}" matches as well, with text "a small win we cooked together".
    match = model.match("note a small win we cooked together")
    assert match == Match("SmallWinIntent", {"text": "we cooked together"}, "note a small win {text}")
    assert model.match("note we cooked together") == Match("NoteIntent", {"text": "we cooked together"}, "note {text}")


def test_a_tie_goes_to_the_sample_listed_first():
    document = json.loads(json.dumps(FIXTURE))
    intents = document["interactionModel"]["languageModel"]["intents"]
    intents.insert(0, {"name": "FirstIntent", "slots": [{"name": "x", "type": "T"}], "samples": ["note {x}"]})
    assert InteractionModel(document).match("note hello").intent == "FirstIntent"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("my code is 481516", "481516"),
        ("my code is 4 8 1 5 1 6", "481516"),
        ("my code is four eight one five one six", "481516"),
        ("Alexa, tell trust tracker my code is zero four eight one five one", "048151"),
        ("the code is oh 4 eight 1 5 1", "048151"),
        ("481516", "481516"),
    ],
)
def test_number_slots(model, typed, code):
    match = model.match(typed)
    assert match is not None
    assert (match.intent, match.slots) == ("LinkDeviceIntent", {"code": code})


def test_number_slot_refuses_words_that_are_not_numbers(model):
    assert model.match("my code is banana") is None


def test_digits_match_a_literal_number_word(model):
    match = model.match("log 3 wins")
    assert match is not None and (match.intent, match.slots) == ("LogWinsIntent", {"count": None})
    match = model.match("log 12 wins")
    assert match is not None and (match.intent, match.slots) == ("LogWinsIntent", {"count": "12"})


def test_a_sample_starting_with_a_connector_word_still_matches(model):
    match = model.match("tell trust tracker that is all for the check-in")
    assert match is not None and match.intent == "ReadCheckInQuestionsIntent"


@pytest.mark.parametrize(
    "typed",
    [
        "open trust tracker",
        "Alexa, open Trust Tracker.",
        "start trust tracker",
        "launch trust tracker",
        "ask trust tracker",
        "alexa trust tracker",
    ],
)
def test_launch_phrases(model, typed):
    match = model.match(typed)
    assert match is not None
    assert match.intent is None and match.request_type == "LaunchRequest"


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("help", "AMAZON.HelpIntent"),
        ("Alexa, help!", "AMAZON.HelpIntent"),
        ("what can I say", "AMAZON.HelpIntent"),
        ("how do I use this", "AMAZON.HelpIntent"),  # the model's own sample
        ("stop", "AMAZON.StopIntent"),
        ("Alexa, stop.", "AMAZON.StopIntent"),
        ("cancel", "AMAZON.CancelIntent"),
        ("never mind", "AMAZON.CancelIntent"),
    ],
)
def test_builtin_intents_match_common_phrases(model, typed, intent):
    match = model.match(typed)
    assert match is not None and match.intent == intent and match.request_type == "IntentRequest"


def test_builtins_the_model_does_not_declare_are_not_matched(model):
    assert model.match("yes") is None  # no AMAZON.YesIntent in the fixture


@pytest.mark.parametrize("typed", ["", "   ", "?!", "alexa", "order me a pizza", "log that I kept", "my code is"])
def test_no_match(model, typed):
    assert model.match(typed) is None


def test_fallback_is_never_matched_by_phrase(model):
    assert all(model.match(text) is None for text in ("fallback", "amazon fallback intent"))


def test_examples_are_slotless_samples_of_the_skills_own_intents(model):
    assert model.examples() == [
        "log that I kept my promise",
        "log three wins",
        "what are this week's check-in questions",
    ]
    assert model.examples(1) == ["log that I kept my promise"]


def test_invocation_name_comes_from_the_model():
    document = json.loads(json.dumps(FIXTURE))
    document["interactionModel"]["languageModel"]["invocationName"] = "our promises"
    other = InteractionModel(document)
    assert other.match("ask our promises to log that I kept my promise").intent == "LogKeptIntent"
    assert other.match("open our promises").intent is None
    assert other.match("ask trust tracker to log that I kept my promise") is None


def test_load_from_a_path(tmp_path):
    path = tmp_path / "en-US.json"
    path.write_text(json.dumps(FIXTURE), encoding="utf-8")
    assert InteractionModel.load(path).match("help").intent == "AMAZON.HelpIntent"


# -- envelopes and replies -------------------------------------------------------------------


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
    assert conversation.hear(real, "Our walk on Sunday.") == Match(
        "AnswerIntent", {"answer": "our walk on sunday"}, "{answer}"
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


# -- the real interaction model ----------------------------------------------------------------

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
