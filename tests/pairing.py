"""Reading a pairing code off what the product shows a partner: the `pair-code` command's line
("Pairing code for Alex <alex@example.com>: 481516") or the Settings page ("<strong>481516</strong>").
Every test that links a device reads it here."""

from __future__ import annotations

import re

SHOWN = re.compile(r"(?:: |<strong>)(\d{6})(?:\n|</strong>)")


def pairing_code_in(shown: str) -> str:
    found = SHOWN.search(shown)
    assert found, f"no pairing code in {shown[:300]!r}"
    return found[1]
