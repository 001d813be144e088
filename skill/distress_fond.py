"""Fond exaggerations, read as the plain act they mean (issue 8; tester-voice14 #7): "Sam knocked
me dead in that dress" is admiration, "Sam dragged me to the gym at six, the monster" is a lift to
the gym with a grumble. Each is rewritten only in its own frame (a thing worn or said; a place of
leisure or errand), so any danger said beside it is still read: "dragged me to the car by my hair"
and "knocked me out" are untouched.
"""

from __future__ import annotations

import re

# Knocked dead by how someone looked or spoke: "in that dress", "with her speech".
_KNOCKED_DEAD = re.compile(
    r"\b(?:knocked|knocks|knock|knocking) (me|us|them|everyone|everybody|em) dead(?= (?:in|with|at) (?:that|her|his|their|"
    r"the|a|my|your)\b| *$)"
)
# Dragged along to a place of leisure or an errand, never "to the car", "into the room" or "by my hair".
_DRAGGED_ALONG = re.compile(
    r"\b(?:dragged|drags|drag|dragging) (me|us) (?:along )?to (the gym|the shops|the supermarket|ikea|a party|the party|the pub|"
    r"the cinema|church|yoga|pilates|a concert|the concert|the beach|a wedding|the wedding|the quiz|parkrun|park run|a musical|"
    r"the match|the game|dinner|lunch|brunch|the garden centre|the dentist|the doctors?|karaoke|a spin class|spin|"
    r"the opera|the ballet|the theatre|the museum|the market|the car boot|a car boot sale|his mum's|her mum's|"
    r"his mother's|her mother's|the in laws)\b(?!.*\b(?:by (?:my|the) (?:hair|arm|neck|collar)|kicking and screaming "
    r"and (?:hit|slapped|punched)|against my will)\b)"
)


def fond_read(said: str) -> str:
    """`said` with a fond exaggeration read as what it means: "took me to the gym", "impressed me"."""
    return _DRAGGED_ALONG.sub(r"took \1 to \2", _KNOCKED_DEAD.sub(r"impressed \1", said))
