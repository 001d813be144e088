"""What I am to him or her: a punching bag (tester-voice26's "he treats me like a punching bag when he's
drunk", which the retrain at nlu9 no longer heard; "I feel like a human punching bag at home", ours). The
reading drops the "like" of "treats me like" and "feel like" (skill/distress_reading.py), so the shape is
read without it. A punching bag at the gym, at boxing or in sparring is not this."""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY

_BAG = r"(?:a|the|his|her|their) (?:human |emotional |verbal )?punching bag\b"
_AT_TRAINING = r"(?!.*\b(?:gym|boxing|box|class|training|sparring|spar|workout|bootcamp|martial arts|kickboxing)\b)"

PUNCHING_BAG = [
    rf"\b(?:treats|treated|treating|uses|used|using) me (?:as )?{_BAG}{_AT_TRAINING}",
    rf"\bi (?:feel|felt|am feeling|have felt)(?: (?:just|basically|really|always|sometimes))* {_BAG}{_AT_TRAINING}",
    # "I'm tired of being his punching bag lol" (the lead's probe): being one, a person's.
    rf"\b(?:being|be|i am|i have been|i was|i will not be) (?:his|her|their) (?:human |emotional |verbal )?punching bag\b"
    rf"{_AT_TRAINING}",
    # "I'm the one he beats", "I'm the one who gets hit" (tester-voice48): the one harm falls on, never "at chess".
    rf"\bi (?:am|was|have always been|have been) (?:always |usually )?the one (?:{PARTNER_AS_HE_SHE_OR_THEY} "
    r"(?:beats|beat|hits|hit|hurts|hurt|slaps|punches|punch|kicks|kick|chokes|strangles|shoves|pushes around|takes it out on|take it out on|"
    r"knocks about|knocks around)|who (?:gets|got|ends up) (?:hit|beaten|beaten up|hurt|slapped|punched|kicked|choked|"
    r"knocked about|black eyes|bruises|bruised))\b(?! (?:at|in) (?:chess|cards|scrabble|tennis|golf|darts|pool|"
    r"monopoly|the (?:game|quiz|race|match))\b)",
]
