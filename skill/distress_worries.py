"""An everyday fear or worry of the speaker's own: "I'm scared of missing the train", "I'm afraid
of failing my exam", "I'm terrified of spiders", "I'm worried about my flight". SupportIntent's
carriers ("i am scared of {...}") take them, but they are not a call for help, and the calm line on
how to ask for the numbers does not fit them: the skill answers the worry instead (skill/safety.py).
Read only when the words are not distress (is_distress decides first, so "I'm scared of him",
"of what he'll do" and "of missing the train because he'll hit me" still get help). The fear must
name its everyday object: "the exam is tomorrow and I'm scared" names none, and keeps the calm line.
"""

from __future__ import annotations

import re

from .distress_reading import normalise
from .distress_vocab import FEAR

# Things and happenings people fear or worry about every day.
_EVERYDAY_THING = (
    r"(?:trains?|the tube|buses|bus|planes?|flights?|flying|airports?|driving|the motorway|the freeway|traffic|"
    r"exams?|tests?|driving test|interviews?|presentations?|speeches|(?:my |a |the )?speech|results|grades|marks|"
    r"deadlines?|meetings?|appraisal|(?:my |the )?(?:new )?(?:job|boss|first day)|public speaking|speaking in public|"
    r"spiders?|snakes?|wasps?|bees?|moths?|mice|rats|clowns|heights|the dark|storms?|thunder|lightning|"
    r"deep water|the sea|swimming|needles|injections?|jabs?|the (?:dentist|doctor|doctors|vet|hospital|optician)|"
    r"(?:my |the |our )?(?:wedding|party|holiday|move|house move|mortgage|bills|budget|weather|results|operation|scan)|"
    r"the future|getting old|growing old|lifts|elevators|crowds)"
)
# What goes wrong on an ordinary day: "missing the train", "being late", "failing my exam".
_MISHAP = (
    r"(?:missing|miss|being late|be late|running late|failing|fail|forgetting|forget|getting lost|get lost|"
    r"oversleeping|oversleep|messing up|mess up|losing my (?:keys|phone|wallet|job)|burning|burn|crashing|crash|"
    r"dropping|drop|falling|fall|flying|driving|speaking|presenting|sitting)"
)
# Never read past a person: "scared of him driving" is the detector's, not a worry about driving.
_FEARED_PERSON = r"(?:him|her|them|he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|ex)|what|who)\b"
_WORRY = rf"(?:{FEAR}|worried|nervous|anxious|stressed|panicking|dreading)"
_EVERYDAY_WORRY = re.compile(
    rf"^(?:i am|i get|i feel|i am feeling|i have been|i was) (?:so |really |very |a bit |quite |super |just )?{_WORRY} "
    rf"(?:of |about |for |that i will |that i might |i will |i might |i am going to |to )?"
    rf"(?:(?!{_FEARED_PERSON})\w+ ){{0,2}}?(?:{_MISHAP}\b|{_EVERYDAY_THING}\b)"
)


def an_everyday_worry(text: str) -> bool:
    """Whether these words are the speaker's own fear or worry of an everyday thing (never asked
    of distress)."""
    return _EVERYDAY_WORRY.match(normalise(text)) is not None
