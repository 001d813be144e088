"""Families heard in the openings SupportIntent's newer carriers take said alone (safety10: the
seventh blind list's misses, "can you call someone for me quietly", "he dislocated my shoulder",
and a list of their shapes written for the branch, tests/skill/distress_said_alone10.py).

Each needs what makes it harm, not the opening alone: someone called or fetched together with
secrecy or danger ("quietly", "without him hearing", "before he wakes up", "he's lost it"), never
"can you call mum for me"; a body part harmed by a person ("he dislocated my shoulder"), never
"his shoulder at rugby"; a child who does not want to live anymore, never "to live in London"; a
child afraid of a parent; the house not left because he will not let me; screaming at me all night; coming back\nwith the knife.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, FEAR, SUBJECT, WEAPON

# Asking for someone: "can you ring my sister", "send someone", "i need you to call for help".
_SUMMONED = (
    r"(?:call|ring|phone|text|message|get|fetch|send|tell|need|want)(?: for)? (?:someone|somebody|anyone|help|you|"
    r"the police|my \w+)"
)
# What makes the asking a danger: secrecy, or the person who is feared close by.
_DANGER_NEAR = (
    r"(?:quietly|secretly|without (?:him|her|them|anyone|my \w+) (?:hearing|knowing|seeing|noticing|finding out)|"
    r"before (?:he|she|they) (?:wakes|wake|gets back|comes back|finds out|sees|hears|notices)|"
    r"do not make a (?:sound|noise)|(?:he|she|they) (?:is|has|are|have) (?:lost it|losing it|kicking off|going mad|"
    r"going crazy)|come (?:and )?(?:get|fetch) me(?: now| quick| please| tonight)?$)"
)
_BODY = (
    r"(?:shoulder|shoulders|arm|arms|wrist|wrists|rib|ribs|jaw|nose|lip|lips|face|eye|eyes|eye socket|cheek|cheekbone|"
    r"ankle|ankles|leg|legs|knee|knees|finger|fingers|thumb|hand|hands|back|neck|skull|head|collarbone|collar bone|"
    r"teeth|tooth|hip|elbow|foot|toe|toes|ear|eardrum|spine)"
)
_INJURED = (
    r"(?:dislocated|dislocates|fractured|fractures|cracked|cracks|sprained|sprains|split|splits|busted|bust|"
    r"bloodied|bloodies|scalded|scalds|injured|injures|wounded|wounds|broke|breaks|bruised|bruises|blacked)"
)
_CHILD = (
    r"(?:child|kid|kids|son|daughter|boy|girl|baby|youngest|eldest|oldest|toddler|teenager|little one|wee one|"
    r"stepson|stepdaughter|grandson|granddaughter)"
)
_PARENT = (
    r"(?:stepdad|stepfather|step dad|dad|da|father|mum|mom|mother|stepmum|stepmom|uncle|grandad|granddad|grandpa|"
    r"brother|partner|boyfriend|girlfriend|husband|wife|ex)"
)

OPENINGS = [
    # Someone called or fetched, in secret or with danger near: "can you call someone for me quietly".
    # A surprise is kept quiet too: "call someone quietly about the surprise party".
    rf"^(?!.*\bsurprise\b)(?=.*\b{_SUMMONED}\b)(?=.*\b{_DANGER_NEAR})",
    # Coming back armed: "she's coming back with the knife".
    rf"\b(?:he|she|they) (?:is|are|was) (?:coming|coming back|back|here|outside|at the door|waiting)(?: \w+){{0,2}} "
    rf"with (?:a|the|his|her|their) {WEAPON}\b(?! (?:sharpener|block|set|drawer))",
    # A body part harmed by a person: "he dislocated my shoulder", "she cracked two of my ribs".
    rf"\b{SUBJECT}{BETWEEN} {_INJURED} (?:(?:\w+ ){{0,2}}of )?my (?:\w+ )?{_BODY}\b",
    rf"\b{SUBJECT}{BETWEEN} (?:scalded|injured|wounded|bloodied) me\b",
    # A child who does not want to live: "my eldest said she doesn't want to live anymore".
    r"\b(?:he|she|they) (?:\w+ )?(?:does not|do not|did not|no longer) wants? to (?:live|be alive|exist|wake up)"
    r"(?: any ?more\b| *$)",
    # A child afraid of a parent or a parent's partner: "my youngest is terrified of his stepdad".
    rf"\bmy (?:\w+ )?{_CHILD} (?:is|are|was|gets|seems) (?:so |really |very )?{FEAR} of (?:his|her|their|my|our) "
    rf"{_PARENT}\b(?!'| s\b)",
    # Kept in: "i haven't left the house in weeks he won't let me".
    r"\b(?:have not|has not|not|never) (?:left|been out of|gone out of|been outside) (?:the|my|our) (?:house|flat|home)\b"
    r".*\b(?:will not|would not|does not|did not|never) (?:let|allow) me\b",
    # Kept awake by rage: "she keeps screaming at me all night".
    r"\b(?:screams|screamed|screaming|yells|yelled|yelling|shouts|shouted|shouting) at me (?:all night|every night|"
    r"for hours|until i (?:cry|cried|shake|shook))\b",
]
