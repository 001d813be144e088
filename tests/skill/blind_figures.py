"""How a blind list of distress and lookalikes is measured (tests/skill/test_safety_blind13.py,
test_safety_blind14.py): by the detector with the partners' names known, and each phrasing said
alone in a locale through the simulator's route and the handler chain on a linked device (help
means the locale's numbers in the answer). Each prints its figures and what it missed."""

from __future__ import annotations

from collections.abc import Callable

from tests.skill.test_safety import NUMBERS
from tests.skill.test_safety_blind12 import _said_alone
from trust_tracker.skill.distress import is_distress

NAMES = ("Alex", "Sam")


def detector_figures(
    name: str, distress: list[str], lookalikes: list[str], couple: Callable[[str], tuple[str, ...]] = lambda _: NAMES
) -> tuple[int, int]:
    """(heard, false alarms) by is_distress, each phrasing with the names `couple` gives it."""
    missed = [said for said in distress if not is_distress(said, couple(said))]
    alarms = [said for said in lookalikes if is_distress(said, couple(said))]
    heard = len(distress) - len(missed)
    print(f"{name} heard: {heard}/{len(distress)}, false alarms {len(alarms)}/{len(lookalikes)}")
    print("missed:", *missed, "alarms:", *alarms, sep="\n  ")
    return heard, len(alarms)


def said_alone_figures(
    skill, session_factory, locale: str, distress: list[str], lookalikes: list[str]
) -> tuple[int, int]:
    """(helped, lookalikes helped), each said alone in `locale`."""

    def helped(said: str) -> bool:
        answer = _said_alone(skill, session_factory, said.replace(",", ""), locale) or ""
        # The doubt question says the numbers too (skill/intents/doubt.py), but asks to save: not help.
        return all(number in answer for number in NUMBERS[locale]) and not answer.startswith("I haven't saved")

    missed = [said for said in distress if not helped(said)]
    alarms = [said for said in lookalikes if helped(said)]
    print(
        f"{locale} said alone, helped: {len(distress) - len(missed)}/{len(distress)}, "
        f"lookalikes helped {len(alarms)}/{len(lookalikes)}"
    )
    print("not helped:", *missed, "lookalikes helped:", *alarms, sep="\n  ")
    return len(distress) - len(missed), len(alarms)
