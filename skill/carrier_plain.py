"""Carrier words, not distress, that plainly tell of an everyday thing (tester-voice37's D16, on lead7): heard
through a SupportIntent carrier ("i am going {...}", "if he {...}", "i could have {...}"), each got "If you or
someone else isn't safe, say: I need help", a crisis hint with no way on. skill/safety.py answers them as
what they are:
- lateness told ahead with a call ("i am going to be late tonight, i will call sam on the way": a plan, so
  never logged as a keep; without a contract a keep would be logged as said), the stakes of a bet paid in kind
  ("she'll make me pay for dinner"), hindsight about handing over or asking ("i could have just handed her the
  phone"), a stay to nurse someone through an operation, a bag packed for a birth: thanks, then the menu.
Only words the distress check already let go come here; their twins ("a bag packed by the door just in case",
"i'm going to be late tonight, he'll kill me") are heard there and never reach this.
"""

from __future__ import annotations

import re

_PLAIN = [
    # Late, told ahead, and a call or text promised: "we'll be a bit late, we'll ring mum from the car".
    r"^(?:i|we) (?:am|m|are|re|will|ll|will be|ll be|might|might be|may|may be)? ?(?:going to |gonna )?be (?:running )?"
    r"(?:a (?:bit|little) |very |really |quite )?late\b.* (?:i|we) (?:will|ll|am going to|m going to|am gonna|are "
    r"going to) (?:call|ring|phone|text|message|buzz) \w+\b",
    # A call or a meeting planned, with when or why: "i'm going to ring alex at lunch to sort the kids" (tester-voice38
    # D8); never the police, a refuge or a helpline (those the distress check hears, or the hint is right for).
    r"^(?:i|we) (?:am |m |are |re |will |ll )?(?:going to |gonna )?(?:call|ring|phone|text|message|meet|see|pick up|"
    r"collect) (?!(?:the )?(?:police|cops|999|911|000|112|ambulance|refuge|shelter|helpline|hotline|lawyer|solicitor|"
    r"samaritans|lifeline)\b)\w+(?: \w+)? (?:at|after|before|on|from|tomorrow|tonight|later|this|when|to (?:sort|plan|"
    r"talk about|ask about|check on|organise|arrange|see if))\b",
    # The stakes of a bet or dare, paid in kind: "if she finds out i lost the bet she'll make me pay for dinner".
    r"\b(?:bet|wager|dare|game|quiz|race)\b.*\bmake me (?:pay for|buy|cook|get|do) (?:the |a |her |him |them |us )?"
    r"(?:dinner|lunch|breakfast|drinks?|coffees?|takeaway|pizza|next round|round|washing up|dishes|ironing|chores)\b",
    # Hindsight about handing over or asking: "i could have just handed her the phone".
    r"^i could have just (?:handed|given|passed|shown|asked|told|texted|called|rung|phoned) (?:him|her|them|\w+)\b"
    r"(?: (?:the|my|his|her|a) (?:phone|keys|remote|charger|card|receipt|bill|list|address|number|map|letter))?$",
    # A stay to nurse someone: "staying at my mum's most nights while she gets over her operation" (D15's).
    r"\b(?:while|until|till|as) (?:she|he|they|my \w+) (?:gets over|get over|recovers from|recover from|is recovering "
    r"from|gets better after|heals from) (?:her|his|their|the|a|an) \w+",
    # Ready for a birth: "keeping a bag packed by the door for the hospital, the baby is due any day".
    r"\b(?:the |our |my )?baby (?:is|s|was) (?:due|coming|on the way|expected)\b|\bdue date\b",
]
_PLAIN_SAID = re.compile("|".join(f"(?:{shape})" for shape in _PLAIN))


def plainly_everyday(said: str) -> bool:
    """An everyday thing told: answered with thanks and the menu, never the crisis hint."""
    return _PLAIN_SAID.search(said) is not None
