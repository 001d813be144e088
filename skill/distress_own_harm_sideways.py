"""The speaker's own harm said sideways, often in the product's own words of promises (tester-voice35,
2026-12-06, on main): not trusting oneself "not to do something stupid", something "I can't take back",
a promise not to cut kept "but I want to so badly", a promise to a therapist "to stay safe" broken, the
only promise wanted "to stop existing", the world "quieter without me", "no future for me". Each was
offered as a kept promise or a moment of reliability.

Each needs its frame; the everyday beside them stays quiet: not trusting oneself "not to eat the whole
cake", saying "something I can't take back at the check-in", a promise "not to cut my own hair", one to
mum "to stay for tea", the house "quieter without me, I'm off to the gym", "no future for this sofa".
"""

from __future__ import annotations

# What one does not trust oneself not to do: harm, unnamed or named.
_HARM_UNNAMED = (
    r"(?:do|doing) (?:something|anything) (?:stupid|silly|dumb|drastic|daft|bad|terrible|awful|dangerous|reckless|"
    r"permanent|i (?:can not|could not|will not|would not|could never|can never) (?:take back|undo|come back from)|to myself)"
)
# Who holds a safety plan with the speaker.
_CARER = (
    r"(?:my |the )?(?:therapist|counsellor|counselor|psychiatrist|psychologist|doctor|gp|crisis team|key worker|"
    r"care coordinator|support worker|nurse|mental health team|social worker|sponsor)"
)
# What would be better without me; never a room, a house or a trip ("the house would be quieter").
_WITHOUT_ME = (
    r"\b(?:the world|everything|everyone|everybody|life|things|the family|my family|their lives|his life|her life)"
    r" would be (?:so |much |a lot |far )?(?:quieter|better|easier|calmer|happier|simpler|lighter|more peaceful)"
    r" without me(?: in it| around| here| anymore| any more| in the world| in (?:their|his|her|your) lives?)?"
    r"(?: (?:and|but|so|i think|honestly|really|sometimes)\b(?!.*\b(?:gym|trip|holiday|away|off to|weekend)\b).*)?$"
)

OWN_HARM_SIDEWAYS = [
    # Not trusting oneself: "I don't trust myself not to do something stupid tonight".
    rf"\b(?:do not|can not|could not|cannot|never) trust myself (?:not to|to not|not ta) {_HARM_UNNAMED}",
    # Something beyond undoing: "I might do something I can't take back", "afraid I'll do something I can't undo".
    r"\b(?:i might|i may|i could|i will|i am going to|i am gonna|i am scared i will|i am afraid i will|i am worried i "
    r"will|i am frightened i will|i think i will|i feel like i will|i feel like i might) (?:do|end up doing) "
    r"something (?:i|that i) (?:can not|could not|will not|would not|cannot|could never|can never) (?:take back|undo|"
    r"come back from)\b"
    r"(?!.*\b(?:say|said|text|message|post|email|check ?in|meeting|work)\b)",
    # An urge to cut beside a promise kept: "I kept my promise not to cut for a week but I want to so badly".
    r"\bnot to (?:cut(?! (?:my|corners|back|down|out|in|it|the|costs|ties|off|loose|class|school))|self harm|harm myself|"
    r"hurt myself|burn myself)\b.*\b"
    r"(?:but|and) i (?:want|wanna|need|am desperate|am dying|am itching|really want) to\b",
    # A safety plan's promise broken: "I missed my promise to my therapist to stay safe".
    rf"\b(?:missed|broke|broken|break|did not keep|could not keep|failed to keep|let go of) (?:my |the )?promise "
    rf"(?:to|with) {_CARER} (?:to|that i would|that i will|i would) (?:stay|keep myself|be|remain) safe\b",
    # The same promise as a carrier hands it over: "I missed my promise to {my therapist to stay safe}".
    rf"^(?:i )?(?:to )?{_CARER} (?:to|that i would|that i will|i would) (?:stay|keep myself|be|remain) safe\b",
    # Wanting to stop existing, wherever it is said: "the only promise I want to keep is to stop existing".
    r"\b(?:to|i could|i would|i just|just) stop existing\b(?! (?:on|in|as) )",
    # Better without me: "I keep thinking the world would be quieter without me".
    _WITHOUT_ME,
    # No future for me: "I don't see a future for me, only for them", "there's no future for me anymore".
    r"\b(?:(?:do not|can not|cannot|could not|never) see (?:a|any)|there is no|there is not (?:a|any)|no) future "
    r"(?:for me|left for me|ahead of me|for myself)\b(?! (?:at|in|with|on) (?:this|that|the|my) \w+)",
]
