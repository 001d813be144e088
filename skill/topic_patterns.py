"""The word patterns a topic carrier's sentence is read with (skill/topic_words.py): which family
it is in, and what decides within it. Kept apart from the reading so each file stays one job.
"""

from __future__ import annotations

import re

from trust_tracker.models.lead_in_words import FILLERS, GLAD

from .topic_vocabulary import BREACH, READ_BOUNDARIES, REMIND, STOP_REMINDERS

# The family a sentence is in, whichever carrier Alexa matched, and what decides within it.
# "Remind me what our rules are" asks to hear them, not for a reminder.
REMINDERS = re.compile(
    r"\b(?:remind(?:er|ers|ing)?|(?:check ?in |weekly )nudges?)\b(?! (?:me|us) (?:of|what|how|which|why)\b)"
)
# Reminders change only on a request ("stop the reminders", "can you remind us about the check in"),
# never on a question or a statement about them ("what reminders do we have", "the reminders are off").
REQUEST = re.compile(
    r"^(?:(?:please|kindly|ok|okay|alright|yeah|hey|alexa|so|now|um|uh|oh|and|just|actually|then) )*"
    r"(?:(?:i'd|we'd) (?:like|love)\b|(?:i|we) (?:want|need|would like|'d like|d like|don't need|do not need|no longer need|wanna|do not want|don't want|dont want|no longer want|"
    r"would rather not)\b|(?:i'm|i am|we're|we are) (?:done|finished|fed up|sick|tired) (?:with|of)\b|"
    r"(?:(?:can|could) (?:i|we) (?:get|have)|give (?:me|us)) (?:a |the )?(?:weekly )?reminders?\b|(?:(?:can|could|will|would) you (?:please )?|let's |lets )?"
    r"(?:stop|cancel|turn|switch|no more|disable|discontinue|delete|remove|quit|set|add|create|schedule|remind|put|make|"
    r"enough|don't|do not|dont|get rid|start|reminders? (?:off|on|please)|a reminder|reminders|weekly reminders?)\b)|"
    r"\b(?:so|and|please|just) remind (?:me|us)\b|"  # "i keep forgetting the check in, so remind me"
    r"\b(?:can|could|will|would) you (?:please )?(?:stop|cancel|remind|set|turn|switch|discontinue|delete|remove)\b"
)
STOP = re.compile(
    r"\b(?:stop|stopped|cancel|turn (?:\w+ )?off|switch (?:\w+ )?off|off|no more|enough|quit|disable|discontinue|delete|remove|"
    r"get rid|don't|do not|dont|without|less|done with|finished with|fed up|sick of|tired of|no longer)\b"
)
# A question is never a note to log: "how reliable is a used toyota", "what counts as a small win".
ASKED = re.compile(
    r"^(?!(?:can|could|would|will) you (?:please )?(?:log|record|note|write|put|add|mark|save)\b)"
    r"(?:how|what(?! a\b)|what's|whats|which|who|why|where|when|is|are|does|do|can|could|would|should|will)\b"
)
# A reminder is set when asked for one, or asked to be reminded of the check-in, not "remind me on sunday".
SET = re.compile(
    r"\bremind (?:me|us) (?:\w+ )?(?:about|of|before|for|to do|to start)? ?(?:the |our |my )?(?:weekly |sunday )?"
    r"(?:check ?in|checkin|talk|it)\b|\bremind (?:me|us) every\b|"
    r"\b(?:set|add|create|schedule|turn|switch|put|want|need|would like|'d like|start|make|get|give|have)\b.*\breminders?\b|"
    r"\bremind (?:me|us)\b.* (?:check ?in|checkin)\b|"
    r"\breminders? (?:on|please|every)\b|\bcheck ?in\b.*\bremind (?:me|us)\b"
)
BOUNDARIES = re.compile(
    r"\b(?:boundaries|boundary|rules|rule|limits|limit)\b|"
    r"\b(?:crossed|cross|over|overstepped|stepped over|past) (?:a|the|that|our|one) line\b"
    r"(?! (?:into|to|at|in|on|of|for|and into)\b)|\bline we (?:agreed|drew|set|made)\b"
)
# Words that name what the couple agreed: a breach's own words may follow them as its note.
AGREED = re.compile(
    r"\b(?:boundary|boundaries|our (?:rules?|limits?|agreement|deal|contract)|one of our|line we|no contact|"
    r"journal|diary|affair|the agreement|what we agreed|(?:report|log|record|note|confess|admit) (?:a|the) breach|"
    r"breach to (?:report|log|confess)|i (?:have )?breached)\b"
)
CROSSED = re.compile(
    r"\b(?:crossed|cross|crossing|broke|break|broken|breaking|breached|breach|violated|overstepped|ignored|"
    r"went over|stepped over|pushed past|went past)\b"
)
# "Just the boundaries please": asking for them by name alone is asking to hear them.
READ = re.compile(
    r"\b(?:what|what's|which|read|tell|list|hear|say|recap|go over|remind|are|were|our)\b|^(?:just|only) (?:the|our)\b"
)
# Reading the contract aloud needs a reading verb or a question about what was agreed.
READ_CONTRACT = re.compile(
    r"\b(?:read|play|hear|go over|go through|recap|tell (?:me|us)|remind (?:me|us)|what's in|what is in|what was in|"
    r"what (?:is|was|'s|s) (?:our|the) (?:contract|agreement)|what (?:did|have) we (?:\w+ )?(?:agree|agreed|sign|signed|write|"
    r"wrote|promise|promised|say|put)|what we agreed|what does (?:our|the) (?:contract|agreement) say|"
    r"what(?:'s| is| are)? (?:on|in) (?:our|the)|(?:contract|agreement|deal) say)\b|"
    r"^(?:what|what's|whats|which|list)\b"  # a question about it is answered by reading it
)
OURS = re.compile(r"\b(?:our|we|us)\b")
# Kept or missed via a carrier needs a promise's words, or a commitment of theirs named.
PROMISED = re.compile(r"\b(?:promise|promised|promises|commitment|commitments|my word|my part|my end)\b")
# "I kept all of them yesterday", "we did both of them on Monday": every one meant, as "all of them" alone is
# (the day after it sends it here rather than to LogAllKeptIntent: code48, voice47's find).
ALL_MEANT = re.compile(r"\b(?:all|both|each|every one) of them\b")
# A setback told ("a bit of a setback today", "small setback this week") is a miss, its promise asked.
SETBACK = re.compile(r"\bsetback\b")
# A small win or a moment of reliability needs the job's own words, or a person doing well.
WIN = re.compile(
    r"\b(?:small win|little win|tiny win|wins|victory|another win|win for us|(?:today|that|this|it|which) (?:was|is) a win|"
    r"that's a win)\b|"
    r"\b(?:log|record|note|count|mark|add)\b.*\bwin\b|"
    r"\ba step (?:forward|in the right direction)\b"
)
RELIABLE = re.compile(r"\b(?:reliable|reliability|dependable|consistent|moment)\b")
# Said with the check-in: asking for a reminder of it, or what it will ask.
CHECKIN_REMINDER = re.compile(
    r"\b(?:remind (?:me|us)|nudge (?:me|us)|ping (?:me|us)|alert (?:me|us)|(?:don't|do not) let (?:me|us) forget|"
    r"make sure (?:i|we) (?:remember|don't forget|do not forget)|(?:a|the) (?:reminder|nudge|ping|heads up))\b"
)
CHECKIN_ASKS = re.compile(
    r"\b(?:questions?|ask|asks|asking|discuss|discussing|talk about|talking about|preview|thinking about|cover|on the agenda)\b|"
    r"^(?:\w+ )?what(?:'s| is| will be) on\b"  # "what's on the check in"
)
# Showing up for one of the couple's commitments is keeping it: "I showed up for our evening talk".
SHOWED_UP_FOR = re.compile(
    r"\b(?:showed up|show up|shown up|turned up|turn up|made it|make it|was there|were there|came)"
    r"(?: (?:on time|in time|right on time|early))? (?:for|to)\b"
)
RELIED = re.compile(
    r"\b(?:came through|come through|showed up|show up|turned up|counted on|on time|followed through|consistent|"
    r"was there for|were there for|did what (?:he|she|they) said|like (?:he|she|they) said)\b"
)
GOOD = re.compile(r"\bgood (?:news|bits|things|stuff)\b")
# "How are we tracking" asks how they are doing, not to pause the tracking.
TRACKING = re.compile(
    r"\bhow(?: are| is|'re|'s|s) (?:we|it|things|everything|the relationship|us) tracking\b|\bhow we(?:'re| are) tracking\b"
)
# The partner as the British and Australians call them too: "the missus", "my other half", "the hubby"
# read wherever "my wife" is (voice35: "the missus" was read as the neighbours, or as a stranger's name).
SPOUSE = r"(?:my partner|my wife|my husband|(?:my|the|me) (?:missus|missis|other half|better half|hubby))"
PERSON = re.compile(rf"\b(?:{SPOUSE}|partner|he|she|they|you)\b")
# "He was late" lets down; "he called the minute he knew he'd be late" is what being late asks of him.
LET_DOWN = re.compile(
    r"\b(?:(?<!\bbe )(?<!\brunning )(?<!\bwhen )(?<!\bif )late|not|never|didn't|didnt|wasn't|failed|forgot|missed|"
    r"nobody|no one)\b|n't\b"
)
# One's own word kept, said with what was promised: "i followed through on the tap like i told her i would".
AS_PROMISED = re.compile(
    r"\b(?:like|as) (?:i|we) (?:said|promised|told (?:her|him|them|\w+))(?: (?:i|we)(?:'d| would))?\b"
)
# Undo words win over "logged": "please undo what I just logged".
UNDO = re.compile(
    r"\b(?:undo|scratch that|take (?:that |it )?back|(?:delete|remove|erase|cancel|get rid of|scrap|ditch|wipe) (?:that|the last|my last|what i)|"
    r"logged (?:that|it) by mistake|unlog|retract|take (?:it|that) off|cancel (?:that|my last|the last) entry|"
    r"(?:didn't|did not|never) mean(?:t)? to (?:log|add|record|save|enter|put|say|mark) (?:that|it|this))\b"
)
# The other partner, however named: "has my partner logged anything".
OTHER = re.compile(rf"\b(?:{SPOUSE}|partner|wife|husband|him|her|he|she|they|them)\b")
# Command words before a note: "log that Sam came through" keeps "Sam came through", and so does
# "remember that Sam came through" (tester-voice31 E2).
COMMAND = re.compile(
    r"^(?:(?:please|can you|could you|will you|would you|alexa|ok|okay|so|just|i want to|we want to) )*"
    r"(?:(?:log|record|note|write down|jot down|add|mark|count|put down|save|make a note|take a note)(?: (?:that|this|down|it|"
    r"as|of))*|remember that|keep in mind that)\s+"
)
# Gladness said first, before a command to log what was won: "i'm stoked, log a small win, ...", "so chuffed, note
# a win: ...": the feeling is how it was told, never part of the note (tester-voice48, en-AU).
_GLAD_FIRST = re.compile(rf"^(?:(?:{FILLERS}) )*{GLAD}(?: (?:about (?:it|this|that)|today|right now))?,? ")


def without_gladness(text: str) -> str:
    """`text` without the gladness said before a command in it ("i'm stoked, log a small win, …" -> "log a small
    win, …"); gladness with no command after it is the words' own ("i'm stoked we talked")."""
    glad = _GLAD_FIRST.match(text)
    return text[glad.end() :] if glad is not None and COMMAND.match(text[glad.end() :]) else text


# Answers to "Shall I X, or Y?": by position, or by the job's own verb ("log it", "read them").
FIRST = re.compile(r"^(?:the )?(?:first|1st|former|number one|option one)(?: one)?(?: please)?$")
SECOND = re.compile(r"^(?:the )?(?:second|2nd|latter|other|last|number two|option two)(?: one)?(?: please)?$")
CHOSEN = {
    REMIND: re.compile(r"\b(?:remind|set|keep|weekly)\b"),
    STOP_REMINDERS: re.compile(r"\b(?:stop|cancel|off|no more)\b"),
    READ_BOUNDARIES: re.compile(r"\b(?:read|hear|tell|list)\b"),
    BREACH: re.compile(r"\b(?:log|record|note|crossed)\b"),
}
# "I haven't kept it", "I never remembered": a keep said with a negation before it.
NEGATED = re.compile(r"\b(?:not|never|didn't|haven't|hasn't|wasn't|couldn't|can't|won't)\b|n't\b")
