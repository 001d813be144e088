"""Harm recognised in a story (tester-voice48, on main b8922df): a film, a documentary or a book about abuse told
first, then that it is one's own life ("the documentary about abuse made me realise he does that to me", "we watched
a film where a man hits his wife and that's what happens to me"). The story told alone, or talked over together, is
everyday (skill/distress_everyday.py `_ON_THE_TOPIC` reads it so); these are the words that turn it to oneself."""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY

_STORY = (
    r"(?:documentary|docu ?series|doco|docco|film|movie|show|drama|programme|program|episode|series|book|novel|article|"
    r"story|podcast|video|talk|play)"
)
_HARM_TOLD = (
    r"(?:hits|hit|hitting|beats|beat|beating|batters|battered|abuse|abuses|abused|abusive|abuser|violence|violent|"
    r"controls|controlled|controlling|coercive|coercion|strangles|strangled|chokes|choked|rapes|raped|threatens|"
    r"threatened|hurts|hurting|gaslights|gaslighting|stalks|stalking|manipulates|manipulative|scared of)"
)
_SAME = r"(?:that|this|the same|the same thing|the same things|exactly that|all of that|all that|it)"
_TURNED_TO_ONESELF = (
    rf"(?:{PARTNER_AS_HE_SHE_OR_THEY} (?:does|did|do|has done|has been doing|keeps doing|is doing) {_SAME} to me"
    rf"|(?:that|it|this) is (?:exactly |just )?(?:what (?:happens|is happening|has been happening|happened) (?:to me|at home|"
    rf"in our house|in my house)|what {PARTNER_AS_HE_SHE_OR_THEY} (?:does|did|is doing) to me|us|me|my life|my marriage|"
    rf"my relationship|my home|how {PARTNER_AS_HE_SHE_OR_THEY} treats me)\b"
    rf"|(?:is|was) (?:exactly |just )?(?:like|how it is in) (?:my|our) (?:life|marriage|relationship|home|house)"
    rf"|(?:my|our) (?:life|marriage|relationship|home) (?:is|was) (?:exactly |just )?like (?:that|this|it)"
    rf"|i (?:am|have been) (?:living|going through|living with) {_SAME}\b"
    rf"|i am (?:that|the) (?:woman|wife|man|husband|girlfriend|boyfriend|one)\b"
    rf"|(?:realised|realized|realise|realize|see|saw|recognised|recognized) (?:that )?(?:i am|i have been) (?:being )?"
    r"(?:abused|controlled|gaslit|manipulated|a victim))"
)

SEEN_IN_A_STORY = [rf"\b{_STORY}\b.*\b{_HARM_TOLD}\b.*\b{_TURNED_TO_ONESELF}"]
