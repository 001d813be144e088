"""Matching typed utterances the way Alexa matches sample utterances, on a small model written
for the edge cases: normalising, spoken numbers, slots, ties, launch phrases, built-in intents,
no match."""

from __future__ import annotations

import json

import pytest

from trust_tracker.skill.simulator import InteractionModel, Match
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
        ("Tomás and Zoë's café", "tomás and zoë's café"),  # letters of any alphabet kept whole
        ("snake_case\u2014dash", "snake case dash"),
    ],
)
def test_normalise(typed, expected):
    assert normalise(typed) == expected


def test_a_name_with_an_accent_reaches_the_slot_whole(model):
    assert model.match("note Tomás fixed the tap").slots == {"text": "tomás fixed the tap"}


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
