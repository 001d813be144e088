"""Intimate videos threatened (tester19's "he's threatening to put our bedroom videos online", which the
retrain at nlu9 no longer heard): a threat to put, post or share our private pictures. Holiday videos are
not this."""

from __future__ import annotations

VIDEOS_THREATENED = [
    r"\bthreat(?:ening|ened|ens|en) to (?:put|post|share|upload|send|leak|show) (?:our|my|the) (?:private|intimate|naked|nude|"
    r"sexy|bedroom|sex) (?:photos|pictures|videos|pics|tapes?)\b",
]
