"""Keeping still for fear of the partner: "too scared to move in case he hears me", "afraid to
make a sound in case my husband wakes". Beside a sleeping baby or pet ("...in case she wakes") it is
read as keeping still out of care first (skill/distress_fond.py)."""

from __future__ import annotations

_PARTNER = r"(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|ex))"

AFRAID_TO_MOVE = [
    rf"\b(?:scared|afraid|frightened|terrified) to (?:move|breathe|make a (?:sound|noise)) in case {_PARTNER} "
    r"(?:wakes|wake|hears|heard|sees|notices|finds out|comes)\b",
]
