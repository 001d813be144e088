"""safety18: distress through pressure and grief (skill/distress_pressure.py,
skill/distress_grief.py), said alone through the openers that carry it, and what the last round
left: "he laid into me" and "I'm fixing to end it all" said alone, help asked for in a word or two,
idioms and gripes met with the calm line, and everyday openers ("I want to walk the dog") taken by
carriers made for distress.

The families (tests/skill/distress_pressure.py, written after reading the misses of the thirteenth
blind list and of held_out11, in words of neither) are heard with and without the partners' names,
in every place a note is kept, and said alone in each locale; their lookalikes stay quiet.

"Help" said alone is AMAZON.HelpIntent's and explains the skill: one word is how people ask how
a skill works. "Help me", "please help", "I need help", "somebody help me" are a call for help and
get the lines (SupportIntent's own samples; their words are also distress in any slot)."""

from __future__ import annotations

import pytest

from tests.skill.blind13 import BLIND13_DISTRESS, BLIND13_LOOKALIKES
from tests.skill.distress_families import family_checks, phrasings
from tests.skill.distress_pressure import PRESSURE_FAMILIES, PRESSURE_LOOKALIKES
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.held_out11 import HELD_OUT_DISTRESS, HELD_OUT_LOOKALIKES
from tests.skill.talk import home
from tests.skill.test_safety import LOCALES, NUMBERS, alex, say, skill
from tests.skill.test_safety_blind12 import _said_alone
from tests.skill.test_safety_said_alone import helped, spoken
from trust_tracker.skill.help_words import EN_US

__all__ = ["alex", "conversation_script", "home", "say", "skill"]  # fixtures, shared

(
    test_the_families_are_written_here_and_in_no_blind_list,
    test_every_family_is_heard,
    test_the_everyday_lookalikes_stay_quiet,
    test_each_family_gets_help_and_nothing_is_written_wherever_said,
) = family_checks(
    PRESSURE_FAMILIES,
    PRESSURE_LOOKALIKES,
    elsewhere=BLIND13_DISTRESS + BLIND13_LOOKALIKES + HELD_OUT_DISTRESS + HELD_OUT_LOOKALIKES,
    at_least=3,
    as_commitment=True,
)

# What the last round left unhelped said alone (the brief of safety18), and our own kin of them.
LEFT_ALONE = [
    "he laid into me",
    "she laid into me again last night",
    "my husband lays into me when he's been drinking",
    "I'm fixing to end it all",
    "I'm fixing to kill myself",
    "I'm fixing to hurt myself tonight",
    "help me please, he's hurting me",
    "I need help",
    "help me",
    "please help",
    "somebody help me",
    "can you help me please",
    "she went upside my head again",
]
# Said to an opener carrier, or where a carrier made for distress took them: let go or a job,
# never the lines and never the calm line about help.
EVERYDAY_OPENERS = [
    "I want to walk the dog",
    "I want to walk along the river after lunch",
    "I'm counting the days till our holiday",
    "I'm counting the sleeps until christmas",
    "I could sit in the garden all day",
    "I'm fixing to make dinner",
    "I'm so hungry I could eat a horse",
    "I'm done with this bloody traffic",
    "I'm sick of this rain",
    "the kids and I had a massive pillow fight and I got destroyed",
    "oh great another night of him snoring like a train",
    "lucky me I got the last parking spot",
    "what a fun week we went to the zoo twice",
    "the doctor said my blood pressure is fine",
    "since the baby came we've been so tired but happy",
    "at our age we need our afternoon nap",
    "the nightmares the kids had after that film were funny",
    "he went to the shops for milk",
]
CALM_LINE = EN_US["unsure"]
# Heard, but said alone no carrier takes it: an "if I ..." opener would take every everyday
# condition ("if I'm late ..."), so it reaches Alexa's fallback, which carries no words; nor does a
# one-word opener ("memories {...}": the model's lint asks two fixed words of a carrier).
NOT_CARRIED = [
    "if i spend a penny without asking he goes berserk",
    "memories of her punching me keep coming back",
    # Heard whole, but its carrier hands over words the detector does not hear: the calm line (left).
    "she always knows where i am even though i don't tell her",
]
SAID_ALONE = [said for said in phrasings(PRESSURE_FAMILIES) + LEFT_ALONE if said not in NOT_CARRIED]


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_said_alone_each_gets_the_locales_lines_and_writes_nothing(skill, session_factory, locale) -> None:
    missed = []
    for said in SAID_ALONE:
        answer = _said_alone(skill, session_factory, said.replace(",", ""), locale)
        if answer is None or not all(number in answer for number in NUMBERS[locale]):
            missed.append((said, answer))
    assert missed == []


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_the_everyday_said_alone_get_no_lines_and_the_openers_no_calm_line(skill, session_factory, locale) -> None:
    for said in PRESSURE_LOOKALIKES + EVERYDAY_OPENERS:
        answer = _said_alone(skill, session_factory, said, locale) or ""
        # The doubt question ("shall I save it?") says the numbers too, and saves on a yes: not the help lines.
        asked = answer.startswith("I haven't saved that yet,")
        assert asked or not any(number in answer for number in NUMBERS[locale]), (said, answer)
        # The older carriers ("he is {...}", "i keep thinking about {...}") keep their calm line.
        assert said not in EVERYDAY_OPENERS or CALM_LINE not in answer, (said, answer)


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_help_alone_explains_the_skill(skill, session_factory, locale) -> None:
    answer = _said_alone(skill, session_factory, "help", locale) or ""
    assert "Trust Tracker" in answer and not any(number in answer for number in NUMBERS[locale])


@pytest.mark.usefixtures("home")
def test_idioms_and_gripes_are_let_go_kindly(skill, session_factory) -> None:
    for said in EVERYDAY_OPENERS[6:10]:
        answer = _said_alone(skill, session_factory, said, "en-GB") or ""
        assert answer.startswith("That one isn't something I keep track of."), (said, answer)


@pytest.mark.usefixtures("alex")
def test_said_alone_through_virtual_alexa(conversation_script, say, session) -> None:
    """virtual-alexa's own router and the handler chain: the families and what was left end at help;
    the everyday openers reach a job or the fallback, or are let go."""
    distress = list(dict.fromkeys(spoken(said) for said in SAID_ALONE))
    routed = route_only(distress)
    missed = [turn["utterance"] for turn in routed if not helped(say, session, turn)]
    print(
        f"safety18 families and leftovers said alone through virtual-alexa: {len(routed) - len(missed)}/{len(routed)}"
    )
    assert missed == []
    for turn in route_only([spoken(said) for said in EVERYDAY_OPENERS]):
        assert not helped(say, session, turn), turn
