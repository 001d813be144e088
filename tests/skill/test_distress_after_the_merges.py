"""What the merged main's CI found between safety25's lookalikes and safety26's rules, each mended
in general: hands at a neck for a clasp or a knot, a tracker put on one's own things against
losing them, and things given away before goodbyes whichever way round they are said."""

from __future__ import annotations

import pytest

from trust_tracker.skill.distress import is_distress

NAMES = ("Rohan", "Frank")

HEARD = [
    "he put his hands round my neck",
    "frank put his hands on my throat until i couldn't breathe",
    "i want to put my hands round rohan's neck",
    "rohan put a tracker on my car",
    "he hid a tracker in my bag so he always knows where i am",
    "she's been giving her things away and saying goodbye to people",
    "he gave away all his tools then said his goodbyes",
]
QUIET = [
    "she put her hands round my neck to fasten my pearls",
    "he put his hands on my neck to rub the knot out",
    "i put a tracker on my keys because i keep losing them",
    "put a tracker on my keys in case they get lost",
    "i'm giving my books away before the move and saying goodbye to the flat",
    "she gave away her old clothes and said goodbye at the leaving party",
]


@pytest.mark.parametrize("said", HEARD)
def test_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", QUIET)
def test_quiet(said) -> None:
    assert not is_distress(said, NAMES)
