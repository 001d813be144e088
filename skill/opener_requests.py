"""A request made through one of SupportIntent's everyday openers ("I'm worried about how we're
doing", "we would be better off doing our check-in now", "tonight feels like a small win"): the
carrier exists for the distress said after it, but the same words often ask for something the skill
serves. Read here, for skill/topics.py to serve, once the safety check found no distress in them.

The whole sentence is read by the learned topic reading (skill/topic_learned.py), and only when it
is sure: a job that writes nothing without a further yes (the check-in begun, its questions read,
how we're doing, what to celebrate) is done; a small win or a moment of reliability is offered
("Shall I log a small win?"), the sentence kept as its note. Anything else stays the safety's.
"""

from __future__ import annotations

import re

from ask_sdk_model import Intent

from .carrier_reading import readings
from .dialog import MAX_SLOT_TEXT
from .partner_acts import partner_beside
from .safety import SUPPORT_INTENT
from .topic_learned import sure_job
from .topic_vocabulary import RELIABILITY

# The openers whose everyday words may make a request; "{name} would be better off {…}" is read
# with the name said ("we would be better off …" fills "name" with "we").
REQUEST_OPENERS = frozenset(
    {"after_i_am_worried", "after_he_would_be_better_off", "after_tonight_feels_like", "after_i_would_be"}
)
# "He sat {…}", "she stood {…}": the partner at the speaker's side is a moment offered (partner_acts.py).
BESIDE = frozenset({"after_he_sat", "after_he_stood"})
# Jobs done on the reading alone: each asks or reads, never writes.
ANSWERED = frozenset({"StartCheckInIntent", "ReadCheckInQuestionsIntent", "ProgressIntent", "CelebrateIntent"})
# Jobs offered first, with the sentence as the note a yes saves.
OFFERED = frozenset({"LogSmallWinIntent", RELIABILITY})


def opener_request(intent: Intent) -> tuple[str, str] | None:
    """(the job, the whole sentence) SupportIntent heard through an opener asks for, or None: one
    opener, its words read as said ("i am worried about our check in tonight"), the reading sure of
    a job above. Distress and unreadable words are the caller's to rule out first."""
    if intent.name != SUPPORT_INTENT:
        return None
    slots = {n: s.value for n, s in (intent.slots or {}).items() if s is not None and isinstance(s.value, str)}
    carriers = [name for name, value in slots.items() if name in REQUEST_OPENERS | BESIDE and value.strip()]
    if len(carriers) != 1 or set(slots) - {carriers[0], "name"}:
        return None
    [slot] = carriers
    named = slots.get("name", "").strip()
    # The carrier first, so the name is read where it was said ("sam would be better off …").
    said = next(readings({slot: slots[slot], **({"name": named} if named else {})}))
    if len(said) > MAX_SLOT_TEXT:  # longer than a note may be: not words to act on
        return None
    if slot in BESIDE:
        return (RELIABILITY, said) if partner_beside(slots[slot]) else None
    # The good things feared forgotten ("i'm worried we forget what went well"): what to celebrate, by rule,
    # where the learned reading is only nearly sure (0.79 after nlu13's retrain, 0.8 needed).
    job = "CelebrateIntent" if _GOOD_FORGOTTEN.search(said) else sure_job(said, ANSWERED | OFFERED)
    return (job, said) if job is not None else None


_GOOD_FORGOTTEN = re.compile(
    r"\b(?:forget|forgetting|forgot|lose sight of|losing sight of|overlook) (?:about )?(?:what went well|what (?:we|"
    r"i) did well|the good (?:stuff|things|bits|moments|days)|our (?:wins|good moments|progress))\b"
)
