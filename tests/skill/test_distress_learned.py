"""The distress check's learned second opinion (skill/distress_learned.py): the committed model is
what infra/train_distress.py trains from today's lists, the pure-Python score is scikit-learn's,
it only adds to the rules, it hears words no rule was written for, and no everyday phrasing of
the routing lists or the interaction model (its snapshot, and samples added since) raises an alarm."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from trust_tracker.skill import distress, distress_learned
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.distress_learned import LONGEST, MODEL_FILE, learned_says_distress, learned_score
from trust_tracker.skill.distress_reading import read_as_spoken

TRAINER = Path(__file__).parents[2] / "infra" / "train_distress.py"


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_distress", TRAINER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


trainer = _trainer()
SAID = trainer.everything()
EVERYDAY = [s.text for s in SAID if not s.distress]


@pytest.fixture(scope="module")
def retrained():
    """One retrain for the module (about 20 s): the lists as they are now."""
    return trainer.train(SAID)


def test_the_committed_model_is_todays_retrain(retrained) -> None:
    model = trainer.exported(retrained, trainer.THRESHOLD)
    assert trainer.is_current(model), "skill/distress_learned.json is out of date: run python infra/train_distress.py"
    assert json.loads(MODEL_FILE.read_text())["threshold"] == trainer.THRESHOLD
    # Small enough to read at start-up and to review.
    assert MODEL_FILE.stat().st_size < 1_000_000


def test_the_pure_python_score_is_scikit_learns_on_every_training_text(retrained) -> None:
    read = [read_as_spoken(s.text, trainer.NAMES) for s in SAID]
    expected = retrained.decision_function(read)
    differences = [abs(learned_score(said) - float(want)) for said, want in zip(read, expected, strict=True)]
    assert len(differences) > 20000
    assert max(differences) < 1e-9


def test_the_lists_are_read_as_lists() -> None:
    # Every blind list is its own list for --evaluate, its distress and lookalikes together.
    folds = {s.fold for s in SAID}
    assert {"second", "third", "fourth", "fifth", "sixth", "seventh", "e2e/held_out_blind5", "model"} <= folds
    assert {s.distress for s in SAID if s.fold == "sixth"} == {True, False}
    assert not any(s.distress for s in SAID if s.fold.startswith("e2e/") or s.fold == "model")
    assert sum(s.distress for s in SAID) > 900


@pytest.mark.parametrize("names", [(), trainer.NAMES], ids=["unlinked", "linked"])
def test_no_everyday_phrasing_of_the_routing_lists_or_the_model_raises_an_alarm(names) -> None:
    alarms = [said for said in EVERYDAY if is_distress(said, names)]
    assert alarms == []
    assert len(EVERYDAY) > 19000


def test_a_sample_added_since_the_snapshot_raises_no_alarm() -> None:
    # Trained on a committed snapshot of the samples (infra/trained_samples.json), so a sample added
    # since never moves the model: it is read untrained, and must stay quiet before it lands.
    added = set(trainer.rendered_samples()) - {s.text for s in SAID if s.fold == "model"}
    assert sorted(said for said in added if is_distress(said) or is_distress(said, trainer.NAMES)) == []


# Said in ways no rule was written for (none is in any list): the classifier hears them.
NEW_WORDS = [
    "he had his hands all over me again last night and i didn't want it",
]
# Once heard by the learned opinion alone, since by the rules (skill/distress_abuse.py).
NOW_RULES = [
    "he put his hands on me again last night",
    "he got his hands on me again last night",
    "he says if i leave he'll make sure i regret it",
]
# Everyday words near them: the classifier stays quiet.
NEW_LOOKALIKES = [
    "he put his hands on my shoulders and said well done",
    "he grabbed the steering wheel when i sneezed",
    "he says if i leave the dishes he'll do them",
    "he put the kids to bed again last night",
    "we kept our evening talk short tonight because we were both tired",
]


@pytest.mark.parametrize("said", NEW_WORDS)
def test_words_the_rules_miss_are_heard_by_the_learned_opinion(said) -> None:
    read = read_as_spoken(said)
    assert not distress._phrase_in(read) and distress._WHOLE.fullmatch(read) is None
    assert learned_says_distress(read)
    assert is_distress(said)


@pytest.mark.parametrize("said", NOW_RULES)
def test_words_it_heard_first_are_the_rules_now(said) -> None:
    assert distress._phrase_in(read_as_spoken(said))


@pytest.mark.parametrize("said", NEW_LOOKALIKES)
def test_everyday_words_near_them_stay_quiet(said) -> None:
    assert not is_distress(said)


# Short everyday sentences about a partner, and the first words a carrier hands over alone ("he
# is {...}" filled with "home"): before the beginnings were trained on, "he" at the start of a
# few words was heard as distress ("he held my hand", "he is my best friend").
SHORT_EVERYDAY = [
    "he is home",
    "he told me",
    "she told me",
    "he came home",
    "he held my hand",
    "he never listens",
    "he used to cook",
    "he says he will",
    "he is my best friend",
    "my wife is",
]


@pytest.mark.parametrize("said", SHORT_EVERYDAY)
def test_short_everyday_sentences_stay_quiet(said) -> None:
    assert not is_distress(said)
    assert not is_distress(said, trainer.NAMES)


# Fewer than three different words is no sentence to judge: a carrier's lone "he" or "he hit",
# blank or control characters, a word said over and over, whole or in a long text's windows.
STUBS = ["he", "he hit", "he crossed", "he sexually", "", "\x00\x07", "bruises " * 2000, "he hit " * 30]


@pytest.mark.parametrize("said", STUBS)
def test_fewer_than_three_different_words_are_not_scored(said) -> None:
    assert not learned_says_distress(read_as_spoken(said))


def test_a_stub_is_not_scored_whatever_its_score(monkeypatch) -> None:
    # Even a model that scored every text over the threshold would leave a stub to the rules.
    monkeypatch.setattr(distress_learned, "learned_score", lambda said: 100.0)
    assert [said for said in STUBS if learned_says_distress(read_as_spoken(said))] == []
    assert learned_says_distress("he is home")  # three words: scored


def test_it_only_adds_what_the_rules_hear_stays_heard(monkeypatch) -> None:
    texts = [s.text for s in SAID] + NEW_WORDS + NEW_LOOKALIKES
    with_it = {said for said in texts if is_distress(said)}
    monkeypatch.setattr(distress, "learned_says_distress", lambda said: False)
    rules_alone = {said for said in texts if is_distress(said)}
    assert rules_alone <= with_it
    assert with_it - rules_alone >= set(NEW_WORDS)


# A long check-in answer: the everyday words around the danger would drown it in one score.
LONG_ANSWER = (
    "we had our evening talk and it went fine, we talked about the weekend and the shopping and what the "
    "kids need for school and whether to visit my mum on sunday, and then about the car and the bills and "
    "the garden and the holiday, and i keep thinking everyone would be happier if i just disappeared"
)


def test_a_long_answer_is_scored_in_windows() -> None:
    read = read_as_spoken(LONG_ANSWER)
    assert len(read.split()) > LONGEST
    assert learned_score(read) < json.loads(MODEL_FILE.read_text())["threshold"]
    assert learned_says_distress(read)
    assert is_distress(LONG_ANSWER)


# The couples whose names are also words: the learned opinion reads them as "my partner", as it was
# trained, never as "frank" or "grace" (the rules still read both ways: "I hope I never wake up").
WORD_NAMES = [("Rohan", "Frank"), ("Faith", "Grace"), ("Joy", "Mark"), ("Alex", "Sam")]


@pytest.mark.parametrize("couple", WORD_NAMES)  # "Will" stays a word in both readings (read_as_spoken)
@pytest.mark.parametrize(
    "said",
    ["{b} here, the evening walks helped", "{b} here, more time together would help", "it's {b}, we laughed a lot"],
)
def test_a_name_that_is_a_word_is_read_as_the_partner_by_the_learned_opinion(monkeypatch, couple, said) -> None:
    asked: list[str] = []
    monkeypatch.setattr(distress, "learned_says_distress", lambda words: asked.append(words) or False)
    assert not is_distress(said.format(b=couple[1]), couple)
    assert asked and all("my partner" in words and couple[1].lower() not in words.split() for words in asked), asked


@pytest.mark.parametrize("couple", [*WORD_NAMES, ("Hope", "Will")])
@pytest.mark.parametrize("said", ["{b} here, i don't want to be alive anymore", "i hope i never wake up"])
def test_distress_said_by_a_couple_with_word_names_is_still_heard(couple, said) -> None:
    assert is_distress(said.format(b=couple[1]), couple)
