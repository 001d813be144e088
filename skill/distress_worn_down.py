"""Harm heard in shapes safety25's own list found missing (tests/skill/said_alone25.py), each with
its everyday twin kept quiet:

- Intimate photos threatened in plain words: "she says she'll send my private photos to everyone"
  (not the wedding photos sent round, nor the ones from the party).
- A car driven to frighten: "he drove at a hundred while I begged him to stop" (not a lift to mum's).
- Worn down by shouting through the night: "he keeps me awake all night screaming at me until I
  agree" (not kept awake by snoring, a baby or a film).
- A day picked to do it: "I've picked the day I'm going to do it" (not the day to paint the fence).
- A pet given away because the speaker won't be here to feed it (not an old bike given away).
- A plan of one's own end in other words: "I'm going to walk into the sea", "leave this world",
  "disappear for good" (not walk into town, leave this job, nor disappear for the weekend).
- Made to bleed by someone: "Sam made me bleed again" (not a paper cut, nor a film made me cry).
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, SUBJECT

WORN_DOWN = [
    r"\b(?:going to|gonna|want to|about to|ready to|will) (?:walk|wade|swim) (?:out )?into the (?:sea|ocean|river|lake|traffic|"
    r"water)\b(?! (?:for|with|to (?:cool|paddle|swim|fish))\b)",
    r"\b(?:going to|gonna|want to|about to|ready to|will) (?:leave this world|leave this earth|disappear (?:for good|forever))\b",
    rf"\b{SUBJECT}{BETWEEN} (?:made|makes|make|left|leaves) me (?:bleed|bleeding)\b",
    rf"\b{SUBJECT}{BETWEEN} (?:says|said|will|would|is going to) (?:(?:he|she|they) (?:will|would|is going to) )?"
    r"(?:send|post|share|show|leak) my (?:private|intimate|naked|nude|sexy|bedroom) (?:photos|pictures|videos|pics)\b",
    r"\b(?:drove|drives|driving|was driving|sped|speeding) (?:\w+ ){0,6}(?:while|as|and|when|even when|though) i (?:begged|pleaded with|screamed at|"
    r"was begging|was screaming at) (?:him|her|them) to (?:stop|slow down|let me out)\b(?! (?:for|at|to|so|and get)\b)",
    rf"\b{SUBJECT}{BETWEEN} (?:keeps|kept|keep) me (?:awake|up) (?:all night |half the night |for hours )?"
    r"(?:screaming|shouting|yelling|swearing|ranting) at me\b",
    r"\bi (?:have |)(?:picked|chosen|set|decided on|planned) (?:the|a) (?:day|date|night|time) (?:i am going|i will|i am gonna|"
    r"to)(?: to)? do it$",
    r"\b(?:given|gave|giving) (?:away )?my (?:dog|cat|puppy|kitten|pet|bird|rabbit)\b.*\b(?:because|as|since|cos|cause) i "
    r"(?:will not|am not going to|would not) be (?:here|around)\b(?! (?:on|at|for|this|next|over|during) )",
]
