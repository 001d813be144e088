"""Blows when drinking, the speaker's own urge to strangle, things thrown past a head, a tracker
hidden, and a child's marks no one explains (an eighth tester's finds: "it's only when he's had a
few that his fists come out", "he gets handsy with his fists after a few beers", "I want to grab
Mark by the throat and squeeze", "Joan hid a tracker under the seat of my car", "Rich's little
girl has bruises he won't explain"), read by skill/distress.py.

Each needs what makes it harm: fists out, hands on me after drinks, a throat squeezed, a thing
smashed next to one's head, a tracker on what is mine, marks with no explanation. The everyday
stays quiet: a few drinks and karaoke, lemons squeezed, a tracker on the dog's collar, a bruised
knee from football, a bull taken by the horns.
"""

from __future__ import annotations

from .distress_vocab import PARTNER

_WHO = rf"(?:him|her|them|{PARTNER}|\w+)"
# Drinking, said every way: "when he's had a few", "after a few beers", "when lena's been drinking".
_DRINK = (
    r"(?:drink\w*|drunk|had a few|a few (?:beers|drinks|pints|wines|bevvies|cans|jars|tinnies|bottles)|a couple of "
    r"(?:drinks|beers|pints|wines|cans)|been on the \w+|pissed|wasted|tipsy|beers?|wine|booze|the bottle|plastered)"
)
_CHILD = (
    r"(?:son|daughter|girl|boy|kids?|children|child|baby|toddler|little one|stepson|stepdaughter|boys|girls|youngest|"
    r"eldest)"
)
_MARKS = (
    r"(?:bruises?|bruised \w+|bruising|marks|cuts|burns|burn marks|welts|(?:a )?black eye|scratches|finger marks|"
    r"a (?:split|fat) lip)"
)
_TRACKER = (
    r"(?:tracker|tracking device|tracking thing|gps(?: thing| tracker| device| tag)?|air ?tags?|tile tracker|spyware|"
    r"hidden camera|tracking app|bug|listening device)"
)

FISTS = [
    # Fists out: "his fists come out", "gets handsy with his fists".
    r"\b(?:his|her|their) (?:fists?|hands|belt|boots?) (?:come|comes|came|start|starts|started|get|gets|got|go|goes|went) "
    r"(?:out|flying|swinging|involved)\b",
    r"\b(?:handsy|heavy handed|free|quick|rough) with (?:his|her|their) (?:fists?|hands|belt)\b",
    rf"^(?=.*\b{_DRINK}\b).*\b(?:(?:his|her|their) (?:hands|fists?) (?:end up|ends up|are|were|get|go|land) on me|"
    r"(?:starts|started|start|goes|went|begins|began) (?:swinging|lashing out|throwing punches|laying into me|going for me)"
    r"(?: at me| on me)?)\b",
    # The speaker's own urge: "grab mark by the throat and squeeze", "squeeze his throat till he stopped breathing".
    r"\b(?:grab|grabbed|grabbing|hold|held|holding|take|took|pin|pinned|pinning|get) (?:him|her|them|my partner|\w+) by the "
    r"(?:throat|neck)\b",
    # Not hands at a neck for a clasp or a knot: "to fasten my pearls", "to rub the knot out".
    rf"\b(?:hands?|fingers) (?:round|around|on) (?:{_WHO}(?:'s| s| is)? |his |her |their )(?:neck|throat)\b"
    r"(?! to (?:fasten|do up|clasp|undo|rub|massage|fix|straighten|adjust|put on|take off|check)\b)",
    rf"\b(?:squeeze|squeezed|squeezing|press|pressed|pressing|crush|crushed|choke|choked|throttle|throttled|grip|gripped) "
    rf"(?:{_WHO}(?:'s| s| is)? |his |her |their )(?:throat|neck|windpipe)\b",
    r"\b(?:until|till|til) (?:he|she|they|my partner) (?:stopped|stops|stop) breathing\b",
    # A thing thrown or smashed past one's head: "smashed a glass against the wall right next to my head".
    r"\b(?:smashed|smashes|threw|throws|hurled|hurls|chucked|chucks|flung|flings|lobbed|punched|punches|slammed|slams|"
    r"swung|swings|kicked|fired)\b(?: \w+){0,8} (?:right |just |inches |an inch |centimetres )?(?:next to|from|beside|past|"
    r"near|by|above|over|behind) my (?:head|face|ear)\b",
    # A tracker hidden on what is mine (the speaker's own, on keys or a dog, is not this; nor one
    # put there "because I keep losing them").
    rf"(?<!\bi )(?<!\bwe )\b(?:put|puts|installed|installs|hid|hides|hidden|placed|stuck|attached|taped|slipped|planted|"
    rf"fitted) (?:a |an |some |this )?(?:kind of |sort of |little )?{_TRACKER}(?: \w+){{0,3}} (?:on|in|under|inside|onto|"
    r"to|into|behind) (?:(?:the )?\w+ of )?my\b(?!.*\b(?:keep losing|kept losing|always losing|always lose|lose|lost|"
    r"misplace|misplaced|in case)\b)",
    # A child's marks no one explains.
    rf"\b{_CHILD}\b(?: [\w']+){{0,6}} (?:has|had|have|came home with|comes home with|got|with) (?:\w+ ){{0,2}}{_MARKS}\b"
    r"(?=.*\b(?:(?:will not|would not|does not|did not|can not|refuses to|never) (?:explain|say|tell)|(?:no one|nobody) "
    r"(?:will|would|can) (?:explain|say|tell)|no explanation|unexplained|scared to go)\b)",
]
