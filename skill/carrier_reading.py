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

# Words cut where the carrier's own word goes on with them: "life would be so much easier without me | nagging
# about the dishes" (a chore, tester-voice36's); read only with it, never "... without me" alone.
_CUT_CLAUSE = re.compile(r"\bwithout (?:me|us)$")


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


# A carrier's fixed words are written out, and Alexa sends only the slot's words: a note keeps them as people
# say them ("didn't"). Alternatives of one slot ("{name} (will not|does not|would not) let {…}") are not told
# apart, so one's own deed, told as done, is in the past: "i wouldn't let her look at my phone when she
# asked", never "i will not let …" (tester-voice38 D6: read back later it sounds like a refusal now).
_AS_SPOKEN = re.compile(r"\b(will|would|does|did|do|have|is|was) not\b")
_CONTRACTED = {"will": "wouldn't", "would": "wouldn't", "does": "doesn't", "did": "didn't", "do": "don't"}


def as_spoken(fixed: str) -> str:
    """A carrier's fixed words as the speaker said them: "will not let" -> "wouldn't let"."""
    return _AS_SPOKEN.sub(lambda m: _CONTRACTED.get(m[1], f"{m[1]}n't"), fixed)


def told_by(named: str, slot: str, value: str) -> str:
    """The words a name's carrier slot was said in, as a note keeps them: "{name} (will not|would not) let
    {after_he_will_not_let}" with "i" and "her look at my phone" is "i wouldn't let her look at my phone"."""
    return f"{named} {as_spoken(slot.removeprefix('after_he_').replace('_', ' '))} {value}"


def said_around(topic: str, before: str, after: str) -> str:
    """The words said around a carrier's fixed words, put back together as as_said reads each
    side: "{before_tracker} tracker {after_tracker}" with "he put a" and "on my car" is "he put a
    tracker on my car", a sentence neither side says alone."""
    if before:
        return " ".join(filter(None, [as_said(f"before_{topic}", before)[0], after]))
    return as_said(f"after_{topic}", after)[0]


def told_around(topic: str, before: str, after: str) -> str:
    """said_around with the carrier's fixed words as spoken: "i didn't let her see my phone", the words a
    note keeps (as_spoken)."""
    return said_around("_".join(as_spoken(topic.replace("_", " ")).split()), before, after)


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
        if place == "before" and (
            (after is not None and (after.startswith("than ") or topic in _READ_WHOLE)) or _CUT_CLAUSE.search(value)
        ):
            # Said whole only: a comparison ("i'd rather die | than eat sprouts": "i'd rather die" alone is
            # not it), or harm laughed off (_READ_WHOLE).
            yield said_around(topic, value, after or "")
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
