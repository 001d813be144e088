"""First names Alexa writes otherwise than they are spelled: "Seán" is heard as "shawn" or "shaun",
"Niamh" as "neve", "Rhys" as "reese". Spelling rules cannot reach these (skill/partner_names.py's
sound() folds "ph" and "f", not "sea" and "shaw"), so each is a group of the ways it is written,
any one of them heard as the name.
"""

from __future__ import annotations

_ALIKE = (
    ("sean", "shawn", "shaun", "shon"),
    ("sinead", "shinade", "shanade"),
    ("siobhan", "shivaun", "shivon", "chevonne"),
    ("niamh", "neve", "neeve", "niav"),
    ("aoife", "eefa", "eeefa"),
    ("caoimhe", "keeva", "kweeva"),
    ("ciaran", "kieran", "keiran", "kieron"),
    ("eoin", "owen"),
    ("tadhg", "tige", "taig"),
    ("saoirse", "sersha", "seersha"),
    ("oisin", "usheen", "osheen"),
    ("grainne", "grania", "grawnya"),
    ("roisin", "rosheen"),
    ("aisling", "ashling", "ashlyn"),
    ("cathal", "cahal"),
    ("rhys", "reese", "reece"),
    ("sian", "sharn", "shan"),
)
_GROUP = {name: group for group in _ALIKE for name in group}


def heard_as(name: str) -> tuple[str, ...]:
    """The ways a first name (lower case, accents folded) may be written by Alexa, itself first."""
    return (name, *(other for other in _GROUP.get(name, ()) if other != name))
