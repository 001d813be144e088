"""Is this a statement of danger, abuse, fear of the partner, self-harm or crisis?

Read on every slot value of every request (skill/safety.py), so a check-in answer, a
note or a name said in distress is answered with help and never stored. The phrases are
deliberately specific: people here talk about missed promises, hurt feelings and hard
days all the time ("it hurt me when you didn't call", "I was afraid to tell her"), and a
skill that answers those with crisis lines would soon be ignored. So violence needs a
person doing it to someone ("he hit me", not "it hit me"), fear needs an object ("scared
of him", "scared for my life") unless it is all that was said ("I'm scared"), and help
counts only when it is the whole request ("help me", not "help me remember").
"""

from __future__ import annotations

import re

# Spelled out before matching, so one phrase covers "I'm"/"I am", "can't"/"cannot"/"can not".
_CONTRACTIONS = {
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "he's": "he is",
    "she's": "she is",
    "they're": "they are",
    "it's": "it is",
    "he'll": "he will",
    "she'll": "she will",
    "they'll": "they will",
    "don't": "do not",
    "dont": "do not",
    "doesn't": "does not",
    "didn't": "did not",
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "isn't": "is not",
    "aren't": "are not",
    "wasn't": "was not",
    "gonna": "going to",
    "wanna": "want to",
}

_PARTNER = r"(?:my |our )?(?:partner|husband|wife|boyfriend|girlfriend|spouse|fiance|fiancee|ex)"
# Who does the harm: a person, never "it" or "that" ("it hit me that I forgot").
_SUBJECT = rf"(?:he|she|they|someone|somebody|{_PARTNER})"
# Helper words between subject and act ("he has been", "she keeps", "he tried to"): a closed
# list, so "he forgot and it hurt me" is not read as "he ... hurt me".
_BETWEEN = (
    r"(?: (?:has|have|had|is|was|were|are|been|keeps|kept|keep|just|always|often|sometimes|again|also|even|"
    r"then|tried|tries|try|to|started|starts|going|gets|got|did|does|would|will|physically|really|actually)){0,4}"
)
# "She beat me at chess", "he hit me up", "she beat me to it": games and slang, not harm.
_VICTIM = r"(?:me|us|the kids|the children|my (?:kids|children|son|daughter|baby))\b(?! (?:at|to it|up)\b)"
_VIOLENT = (
    r"(?:hit|hits|hitting|beat|beats|beating|beaten|punch|punches|punched|punching|kick|kicks|kicked|kicking|"
    r"slap|slaps|slapped|slapping|choke|chokes|choked|choking|strangle|strangles|strangled|strangling|"
    r"shove|shoves|shoved|shoving|hurt|hurts|hurting|"
    r"attack|attacks|attacked|attacking|rape|raped|raping|assault|assaults|assaulted|abuse|abuses|abused|abusing|"
    r"threaten|threatens|threatened|threatening|stalk|stalks|stalked|stalking|force|forced|forces|"
    r"lock|locks|locked)"
)
_FEAR = r"(?:scared|afraid|frightened|terrified|fearful)"
# "Afraid of her reaction", "scared of him finding out": the ordinary fear of a hard talk.
_FEAR_OF = (
    rf"(?:(?:him|her|them|{_PARTNER})(?! (?:reaction|response|answer|reply|face|feelings|questions|opinion|"
    r"judgement|judgment|finding|knowing|seeing|reading|thinking|being|getting|leaving)\b)|"
    r"what (?:he|she|they) (?:will|might|could|would) do|going home|go home)"
)

_PHRASES = [
    # Violence and abuse done to the speaker (or the children).
    rf"\b{_SUBJECT}{_BETWEEN} {_VIOLENT} {_VICTIM}",
    rf"\b{_SUBJECT}{_BETWEEN} (?:pushed|pushes|grabbed|grabs|dragged|drags|threw|throws) me "
    r"(?:down|over|against|into|by|around|across)\b",
    rf"\b{_SUBJECT}{_BETWEEN} (?:pushed|pushes|pushing|shoved) me\b(?! (?:to|into|harder|forward)\b)",
    r"\b(?:i am|we are|i was|we were) being (?:hurt|hit|beaten|abused|threatened|stalked|attacked|followed)\b",
    # Not "I was hurt": that is how people say a lie hurt them.
    r"\b(?:i|we) (?:was|were|have been|got|get) (?:hit|beaten|raped|assaulted|attacked|strangled|choked|abused|"
    r"threatened|stalked|physically hurt)\b",
    r"\b(?:domestic (?:violence|abuse)|abusive|sexual assault|violent with me|violent towards me)\b",
    r"\b(?:threatened|threatens|threatening|threats?) to (?:kill|hurt|harm|take (?:the|my|our) (?:kids|children))\b",
    r"\b(?:going to|will|wants to|tried to|try to|said (?:he|she|they) (?:would|will)) kill (?:me|us)\b",
    r"\b(?:will not|does not|do not) let me (?:leave|go out|out)\b",
    # Danger and fear of the partner.
    r"\b(?:do not|not|never) (?:feel |feeling )?safe\b",
    r"\b(?:unsafe|in danger|feel threatened|feeling threatened)\b",
    rf"\b{_SUBJECT} is dangerous\b",
    rf"\b{_FEAR} (?:of|for) {_FEAR_OF}\b",
    rf"\b{_FEAR} (?:to go home|to be at home|to be alone with)\b",
    rf"\b(?:{_FEAR} for|fear for) (?:my|our) (?:life|lives|safety|kids|children)\b",
    # Harm to someone else, said as an intention.
    rf"\b(?:want to|going to|will|am going to) (?:kill|hurt) (?:him|her|them|{_PARTNER})\b",
    # Self-harm and suicide.
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting) myself\b",
    r"\b(?:end|ending|take|taking) my (?:own )?life\b",
    r"\b(?:end|ending) it all\b",
    r"\bsuicid(?:e|al)\b",
    r"\bself harm(?:ing)?\b",
    r"\boverdos(?:e|ing)\b",
    r"\b(?:want|wanted|going|rather) (?:to )?(?:die|be dead)\b",
    r"\bi wish i (?:was|were) dead\b",
    r"\bbetter off (?:dead|without me)\b",
    r"\b(?:can not|could not) (?:go on|keep going)\b",
    r"\b(?:no reason to live|nothing to live for|do not want to (?:live|be alive|wake up|be here anymore))\b",
    r"\bno way out\b",
    # Crisis.
    r"\b(?:i am in crisis|having a (?:panic attack|breakdown))\b",
    r"\b(?:call|get) (?:the police|an ambulance|emergency services|nine one one|911)\b",
    r"\b(?:helplines?|hotlines?|crisis lines?|(?:crisis|suicide|domestic violence|abuse) (?:line|number))\b",
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _PHRASES))

# Said on their own, these are a call for help; inside a sentence they are ordinary words.
_WHOLE = re.compile(
    rf"^(?:please )?(?:help me|help us|(?:i|we) need (?:urgent |emergency )?help(?: now| right now)?|"
    rf"(?:somebody|someone) help(?: me| us)?|(?:i am |i feel )?(?:so |really |very )?(?:{_FEAR}|threatened|unsafe)|sos|emergency)(?: please)?$"
)


def normalise(text: str) -> str:
    """Lower case words, contractions spelled out, punctuation (hyphens too) as spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("-", " ")
    words = re.sub(r"[^a-z0-9' ]+", " ", text).split()
    return " ".join(_CONTRACTIONS.get(word, word) for word in (w.strip("'") for w in words) if word)


def is_distress(text: str) -> bool:
    """True when these words speak of danger, abuse, fear of the partner, self-harm or crisis."""
    said = normalise(text)
    return bool(said) and (_WHOLE.fullmatch(said) is not None or _PATTERN.search(said) is not None)
