"""A partner's everyday act, told through the carrier "my husband {…}" that exists for distress
("my husband rang me at lunch", "my wife made me breakfast", "my boyfriend picked me up from work"):
not a safety matter, so never answered with the line about help (voice19, tester find 7). Narrow on
purpose: a call or text at a time, a meal or a gift given, a chore done, home on time. Anything
else the partner did that the distress check does not know ("took my phone", "called me names")
keeps the calm line about how to ask for help (skill/safety.py).

The partner at the speaker's side, through "he sat {…}" / "she stood {…}" ("he sat with me while I
filled in the forms", "she stood by me at the meeting"), is a moment of reliability to offer: only
beside, with or up for the speaker, and nothing in the words of keeping them there or of menace. At
an everyday place ("she stood at the bus stop", "he sat at the bar") it is only told."""

from __future__ import annotations

import re

from trust_tracker.models.steering_words import spoken

_WHEN = r"(?:at|from|on|in|when|before|after|during|this|last|earlier|back|to say|to tell me|to check|to let me know)\b"
_CONTACT = rf"(?:rang|called|phoned|texted|messaged|face ?timed|video called) me(?: {_WHEN}|$)"
_GIVEN = (
    r"(?:made|cooked|brought|bought|got|fixed|ordered|packed) (?:me |us |the kids )?(?:a |an |some |my |our |the )?"
    r"(?:breakfast|lunch|dinner|tea|supper|coffee|cuppa|cup of tea|flowers|card|present|cake|soup|sandwich|meal|roast)\b"
)
_CHORE = (
    r"(?:picked me up|picked up the kids|dropped (?:me|the kids) off|did the (?:dishes|washing up|laundry|school run|"
    r"shopping|bins)|walked the dog|cooked|cleaned (?:up|the \w+)|tidied up|put the kids to bed|fed the \w+)\b"
)
_HOME = r"(?:was|came|got) home (?:on time|early|in time|by \w+|for dinner|before \w+)"
_EVERYDAY = re.compile(rf"^(?:(?:just|finally|actually|also) )?(?:{_CONTACT}|{_GIVEN}|{_CHORE}|{_HOME})")


def everyday_act(words: str) -> bool:
    """Whether the words after "my husband" tell one of the everyday acts above."""
    return _EVERYDAY.search(spoken(words)) is not None


_BESIDE = re.compile(
    r"^(?:(?:down|up|right|there|quietly|patiently) )?(?:with|by|beside|next to|alongside) (?:me|us|the kids)\b"
    r"|^(?:up for|by|at) (?:me|us|my side)\b"
)
# Words that keep the speaker there or menace, whatever came first ("sat next to me so I couldn't get up").
_HELD = re.compile(
    r"\b(?:wouldn't|won't|would not|will not|couldn't leave|could not leave|until|so i|so that|made me|forced|"
    r"stopped me|blocked|block|too close|staring|glaring|watching|shouting|screaming|yelling|threat\w*|"
    r"fist|knife|gun|drunk|on me|over me|in my face|in front of the door)\b"
)


def partner_beside(words: str) -> bool:
    """Whether the words after "he sat" or "she stood" put the partner at the speaker's side, kindly."""
    return _without_menace(_BESIDE, words)


def _without_menace(where: re.Pattern[str], words: str) -> bool:
    said = spoken(words)
    return where.search(said) is not None and _HELD.search(said) is None


# Where anyone stands or sits in a day: out in public or at a kitchen's counter, never a door or a window
# of the speaker's ("he stood outside my window" is not this).
_PLACE = re.compile(
    r"^(?:(?:down|up|there|around|about) )?(?:at|in|by) (?:the|a) (?:bus stop|bus shelter|station|platform|counter|bar|till|"
    r"checkout|queue|sink|stove|cooker|hob|kitchen table|table|desk|school gates?|back of the (?:hall|room|church|class)|"
    r"front of the (?:hall|room|church|class|queue)|traffic lights|crossing|ticket machine|cash machine|coffee machine)\b"
)


def partner_at_a_place(words: str) -> bool:
    """Whether the words after "he sat" or "she stood" only put the partner at an everyday place."""
    return _without_menace(_PLACE, words)
