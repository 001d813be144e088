"""How SupportIntent's carrier slots were said (interaction-model/source.json): each slot is named
for the words said beside it, so the sentence is rebuilt from the slot's name and its words. A
sample that offers words that differ in meaning there gives each its own slot ("{name} keeps
[hitting|touching] me {...}": generate.py's own_slots), since Alexa does not send which was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MY_ONE_OR_TWO_WORDS = re.compile(r"my [a-z]+(?: [a-z]+)?")
# Harm laughed off or a plan said with a joke: what follows tells the sense ("i'll just take all my
# pills | with breakfast", "a black eye again | from squash"), so words on both sides are read whole only.
_READ_WHOLE = frozenset(
    {
        "just_overdose",
        "take_all_my_pills",
        "bruises_for_my_collection",
        "black_eye_again",
        "ice_pack_on_my_face",
        "makeup_extra_thick",
        "or_i_will_get_it",
        "hiding_from_him",
        # nlu12's: "another black eye | from rugby", "i feel like a burden | asking sam for a lift" (CI on lead2).
        "black_eye",
        "a_burden",
        # tester-voice36's: "nobody would notice if i disappeared | from the group chat" (a place that is not life).
        "i_disappeared",
    }
)


def as_said(slot: str, value: str) -> tuple[str, ...]:
    """How a slot's words were said, to be read for distress. SupportIntent's carrier slots are
    named for the words beside them (interaction-model/source.json): "after_he_hit" holds what
    followed "he hit" ("he threw my phone" fills after_he_threw with "my phone"), and
    "before_and_i_am_scared" what came before "and I'm scared". Any other slot is read on its
    own and as said after the speaker's "I" ("i {commitment}": "i was assaulted" fills it with
    "was assaulted"). "between_did_not__me_this_time" holds what came between "did not" and
    "me this time" ("{name} did not {...} me this time": "grab"). A last "_s" is an "'s":
    "after_my_partner_s" holds what followed "my husband's" ("got a gun", "family burn me")."""
    place, _, words = slot.partition("_")
    before, _, after = (part.replace("_", " ") for part in words.partition("__"))
    before = f"{before[:-2]}'s" if before.endswith(" s") else before  # "after_my_partner_s": "my partner's"
    if place == "after" and words:
        # "my granny's carer …" is carried by "my friend's {…}" too: a person's words are also read
        # as that person's ("my friend's carer …"), not as the person doing it.
        owned = (f"{before}'s {value}",) if _MY_ONE_OR_TWO_WORDS.fullmatch(before) else ()
        return (f"{before} {value}", *owned)
    if place == "before" and words:
        return (f"{value} {before}",)
    if place == "between" and before and after:
        return (f"{before} {value} {after}",)
    return (value, f"I {value}")


def said_around(topic: str, before: str, after: str) -> str:
    """The words said around a carrier's fixed words, put back together as as_said reads each
    side: "{before_tracker} tracker {after_tracker}" with "he put a" and "on my car" is "he put a
    tracker on my car", a sentence neither side says alone."""
    if before:
        return " ".join(filter(None, [as_said(f"before_{topic}", before)[0], after]))
    return as_said(f"after_{topic}", after)[0]


def readings(slots: dict[str, str]) -> Iterator[str]:
    """Every way the slots were said: each on its own (as_said), and the whole sentence wherever
    a carrier has words on both sides of its fixed words (whatever intent was picked; then an
    "and …" carrier's words after it, and the words before a comparison's "than …" or a laugh's
    qualifier, _READ_WHOLE, are read in that sentence only). Where a
    name stood for "he" ("{name} hit {after_he_hit}"), the name is read: the detector tells
    "jordan hit me" from "the ball hit me"."""
    named = slots.get("name")
    # "{name} been cutting {...}": Alexa writes "faith's been" into the name, "faith's".
    named = named.removesuffix("'s") if named else named
    for slot, value in slots.items():
        if named and slot.startswith("after_he_"):
            yield f"{named} {slot.removeprefix('after_he_').replace('_', ' ')} {value}"
            yield value  # what follows the carrier said alone: "he'll take full custody ..."
            continue
        place, _, topic = slot.partition("_")
        if place == "after" and topic.startswith("and_") and slots.get(f"before_{topic}"):
            # "and" joins it to the words before: read whole only ("we played chess and he beat me"
            # is a game lost; "and he beat me" alone is a blow nobody said).
            continue
        after = slots.get(f"after_{topic}")
        if place == "before" and after is not None and (after.startswith("than ") or topic in _READ_WHOLE):
            # Said whole only: a comparison ("i'd rather die | than eat sprouts": "i'd rather die" alone is
            # not it), or harm laughed off (_READ_WHOLE).
            yield said_around(topic, value, after)
            continue
        yield from as_said(slot, value)
        if place == "before" and f"after_{topic}" in slots:
            yield said_around(topic, value, slots[f"after_{topic}"])
            if named and "_he_" in f"_{topic}_":  # "{…} and {name} beat {…}": "and then sam" read as said
                said = "_".join(named if word == "he" else word for word in topic.split("_"))
                yield said_around(said, value, slots[f"after_{topic}"])


def whole_sentence(slots: dict[str, str]) -> str:
    """The sentence said through a carrier, its fixed words put back ("the kids were hiding under
    the bed" from after_the_kids_were), as an answer would have held it; "" when no carrier slot
    was filled. A carrier with words on both sides is read whole (said_around)."""
    sentences = [as_said(slot, value)[0] for slot, value in slots.items() if slot.startswith(("after_", "between_"))]
    for slot, value in slots.items():
        place, _, topic = slot.partition("_")
        if place == "before":
            sentences.append(said_around(topic, value, slots.get(f"after_{topic}", "")))
    return max(sentences, key=len, default="")
