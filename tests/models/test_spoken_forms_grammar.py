"""Suggested "how you'd say it when it's done" phrasings are grammatical English: "we were",
never "we was"; a commitment worded "I will…", "Sam cooks…", "Don't…", "Being…" or as a noun
("Weekly budget review") is told in the simple past by the one who did it."""

from __future__ import annotations

import re

import pytest

from trust_tracker.models.past_tense import base_of, past
from trust_tracker.models.spoken_forms import suggest

NAMES = ("Alex", "Sam")

# A commitment as written, and the first phrasing suggested for it.
FIRST = [
    # Verb phrases, said by one partner.
    ("Be on time for school pickup", "i was on time for school pickup"),
    ("Be in bed by eleven", "i was in bed by eleven"),
    ("Bring Sam coffee on Saturdays", "i brought sam coffee on saturdays"),
    ("Drive carefully after dark", "i drove carefully after dark"),
    ("Feed the cat before work", "i fed the cat before work"),
    ("Pay the rent on the first", "i paid the rent on the first"),
    ("Tidy the kitchen after dinner", "i tidied the kitchen after dinner"),
    ("Stop scrolling at the table", "i stopped scrolling at the table"),
    ("Try to breathe before answering", "i tried to breathe before answering"),
    ("Going for a run on Tuesdays", "i went for a run on tuesdays"),
    ("Making breakfast on weekends", "i made breakfast on weekends"),
    ("Reply when Sam texts", "i replied when sam texted"),
    ("Call when the meeting runs over", "i called when the meeting ran over"),
    ("Apologise when I'm short with Sam", "i apologised when i was short with sam"),
    ("Admit when I got it wrong", "i admitted when i got it wrong"),
    ("Be patient when the kids are loud", "i was patient when the kids were loud"),
    # Said by us together: "we were", never "we was".
    ("Be honest with each other about money", "we were honest with each other about money"),
    ("Be home together for dinner", "we were home together for dinner"),
    ("Being patient when we disagree", "we were patient when we disagreed"),
    ("Go for a walk together on Sundays", "we went for a walk together on sundays"),
    ("Cook together once a week", "we cooked together once a week"),
    # Worded with a subject: I, we, a name, both names.
    ("I will text when I leave the office", "i texted when i left the office"),
    ("I'll be home by seven", "i was home by seven"),
    ("I am going to see my therapist weekly", "i saw my therapist weekly"),
    ("I'm honest about where I go", "i was honest about where i go"),
    ("We are kind in how we speak", "we were kind in how we speak"),
    ("We always eat dinner at the table", "we ate dinner at the table"),
    ("We're on time for counselling", "we were on time for counselling"),
    ("Sam drives the kids to football", "i drove the kids to football"),
    ("Alex is home by six", "i was home by six"),
    ("Alex will call his brother on Fridays", "i called his brother on fridays"),
    ("Alex and Sam watch a film on Fridays", "we watched a film on fridays"),
    # Not doing something: "didn't" and the verb as written.
    ("Don't raise my voice", "i didn't raise my voice"),
    ("Never hide receipts", "i didn't hide receipts"),
    ("Do not message my ex", "i didn't message my ex"),
    ("Sam never lies about where she is", "i didn't lie about where she was"),
    ("We won't go to bed angry", "we didn't go to bed angry"),
    # Named by a noun: had, with my or our.
    ("Weekly money review", "i had my weekly money review"),
    ("Friday date night", "i had my friday date night"),
    ("Our Sunday check-in", "we had our sunday check-in"),
    ("No phone in the bedroom", "i had no phone in the bedroom"),
    ("No secrets from each other", "we had no secrets from each other"),
]


@pytest.mark.parametrize(("text", "expected"), FIRST)
def test_the_first_suggestion_is_said_as_done(text, expected) -> None:
    assert suggest(text, "", NAMES)[:1] == [expected]


# Grammar every suggestion keeps, whatever the commitment says.
WRONG = [
    (re.compile(r"\bwe was\b|\bi were\b|\byou was\b|\bthey was\b"), "be agrees with its subject"),
    (re.compile(r"^(?:i|we) (?:will|shall|'ll|am|are|is|always)\b"), "a promise's wording is left out"),
    (re.compile(r"^(?:i|we) (?:alex|sam)\b"), "a name is not said after i or we"),
    (re.compile(r"\bdidn't \w+(?:ed|s)\b"), "didn't takes the verb as it is"),
    (re.compile(r"\ba [aeiou]"), "an before a vowel"),
]


def _verb_is_past(form: str) -> bool:
    """The word after i/we is a past form (or didn't/had): never "i drives", "we going"."""
    word = form.split()[1]
    return word in {"didn't", "had", "was", "were"} or base_of(word) is None or past(base_of(word)) == word


@pytest.mark.parametrize("text", [text for text, _ in FIRST])
def test_every_suggestion_keeps_the_grammar(text) -> None:
    for form in suggest(text, "", NAMES):
        assert form.split()[0] in {"i", "we"}, form
        for pattern, rule in WRONG:
            assert not pattern.search(form), f"{form!r}: {rule}"
        assert _verb_is_past(form), form


def test_names_are_only_subjects_when_they_are_the_couples() -> None:
    # "Sunday walks" is not someone called Sunday walking: without that name, a noun.
    assert not any(f.startswith(("i walked", "we walked")) for f in suggest("Sunday walks together", "", NAMES))
    assert suggest("Sam cooks dinner", "", ()) == []  # Sam is not known here: nothing guessed
    assert suggest("Sam cooks dinner", "", ("Sam", "Alex")) == ["i cooked dinner"]


def test_the_past_of_be_agrees_with_its_subject() -> None:
    assert past("be") == "was" and past("be", plural=True) == "were"
    assert [base_of(w) for w in ("drives", "tries", "watches", "going", "stopping", "being", "has")] == [
        "drive",
        "try",
        "watch",
        "go",
        "stop",
        "be",
        "have",
    ]
    assert base_of("was") is None and base_of("evening") is None and base_of("news") is None
