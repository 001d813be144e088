"""A partner whose name is also a word or is spelled unlike it is said (issue names12 #3, #4).
On voice10, a partner called Will or May was invisible to is_distress: "Will hit me", "I'm afraid
of Will" and "I was too scared of what Will would do to me" were all False, and the last was saved
as a setback reflection. Every name is now read where it can only be a name, linked or not, and the
words those names also are keep their meaning: "he will kill me" is heard with a partner called
Will, and "the bill hit me hard" stays quiet with a partner called Bill. Held out: no name or
phrasing here is in the detector's lists."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, say, skill
from tests.skill.test_safety_said_alone import helped, spoken
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared with test_safety.py

# Names that are words, that share a start, that carry accents, hyphens or two words.
NAMES = [
    "Will", "May", "Hope", "Faith", "Grace", "Bill", "Mark", "Sue", "Rich", "Dawn", "Summer", "June", "April",
    "Jo", "Jo-Ann", "Dan", "Danielle", "Chris", "Christine", "Alexa", "Tomás", "Zoë", "José", "Siobhán",
    "Nguyễn", "Oluwaseun", "Priya", "Mary-Kate", "Anne Marie",
]  # fmt: skip
HARMED = [
    "{n} hit me",
    "{n} beat me up",
    "{n} grabbed my throat",
    "{n} pushes me around when he's had a few",
    "{n} has been hitting me",
    "I'm afraid of {n}",
    "I'm terrified of {n}",
    "I was too scared of what {n} would do to me",
    "{n} scares me",
    "and then {n} slapped me",
    "{n} threatened to kill me",
]
# The words those names also are, said in everyday sentences by a couple with that name.
QUIET = [
    "{n} kept the promise",
    "I kept my promise to {n}",
    "{n} will call me later",
    "I hope {n} likes it",
    "{n} beat me at chess",
    "I may be late tonight",
    "will you remind me to call",
    "the bill hit me hard this month",
    "mark my words, I'll be on time",
    "I know that will hurt me at the gym tomorrow",
    "summer is nearly here",
]
# The modal verbs and the words keep their meaning when a partner is called by them.
MODAL = [
    "he will kill me",
    "she will hurt me",
    "I am scared he will hit me",
    "I hope I never wake up",
    "he may kill me",
]


def _other(name: str) -> str:
    return "Sam" if name != "Sam" else "Alex"


@pytest.mark.parametrize("name", NAMES)
def test_every_name_doing_harm_or_feared_is_heard_linked(name) -> None:
    missed = [said.format(n=name) for said in HARMED if not is_distress(said.format(n=name), (name, _other(name)))]
    assert not missed


@pytest.mark.parametrize("name", ["Will", "May", "Hope", "Jo-Ann", "Tomás", "Mary-Kate", "Anne Marie", "Oluwaseun"])
def test_a_name_doing_harm_is_heard_before_the_device_knows_the_couple(name) -> None:
    # Unlinked, a name feared at the end of a clause could be a month ("afraid of june"): only
    # the names that cannot be anything else are read there.
    said = [s.format(n=name) for s in HARMED if not (name in ("Will", "May") and "{n} " not in s)]
    assert [s for s in said if not is_distress(s)] == []


@pytest.mark.parametrize("name", NAMES)
def test_the_words_a_name_also_is_keep_their_meaning(name) -> None:
    names = (name, _other(name))
    assert [s for s in MODAL if not is_distress(s, names)] == []
    assert [s.format(n=name) for s in QUIET if is_distress(s.format(n=name), names)] == []


@pytest.mark.parametrize("name", ["Will", "May", "Hope"])
@pytest.mark.parametrize("junk", ["\u0000\u0007", "x" * 200, "\U0001f600\U0001f494"])
def test_strange_names_neither_break_nor_blind_the_reading(name, junk) -> None:
    assert is_distress(f"{name} hit me", (name, junk))
    assert not is_distress("I kept my promise", (name, junk))


@pytest.mark.usefixtures("alex")
@pytest.mark.parametrize("names", [("Hope", "Will"), ("May", "Summer")])
def test_said_alone_a_word_name_doing_harm_ends_at_help(conversation_script, say, session, couple, names) -> None:
    couple[0].name, couple[1].name = names
    session.flush()
    partner = names[1]
    distress = list(dict.fromkeys(spoken(s.format(n=partner)) for s in HARMED))
    routed = route_only(distress)
    helped_ = {turn["utterance"] for turn in routed if helped(say, session, turn)}
    unrouted = {turn["utterance"] for turn in routed if turn["intent"] is None}
    missed = [s for s in distress if s not in helped_]
    print(f"{partner}: said alone, helped {len(distress) - len(missed)}/{len(distress)}; no intent: {sorted(unrouted)}")
    assert set(missed) <= unrouted  # Alexa's fallback carries no words to read
