"""Danger told at a question, on a device not linked or said alone, the families tester-voice18 found
unheard (issue 8, part 1; /work/notes/tester-voice18.md): a camera hidden to watch me, intimate
pictures put online or sent to someone, being made to answer (or a threat for the answer), a yes said
under threat, a child kept safe by keeping quiet, a weapon by the bed since I spoke of leaving, a
joking threat of what happens if I leave, and a wound that "didn't need stitches this time".

Each needs what makes it danger, so the everyday twin stays quiet: a camera that watches me or sits in
the bathroom (not the porch for the parcels), pictures of the honeymoon or the bed put online by him
or her (not by us, for the family), an answer forced with a threat (not "say yes to the party"), harm
to a child kept off (not a rush kept off), a weapon since a solicitor or a divorce (not a torch since
the power cut), where I end up if I leave (not the cat pining), a wound with no sport or fall.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_SHE_OR_THEY

_CAMERA = r"(?:cameras?|webcams?|spy ?cams?|hidden cams?|recording devices?)"
_INTIMATE = (
    r"(?:(?:private|intimate|naked|nude|personal|bedroom|sexy|explicit) (?:photos|pictures|pics|videos?|images|footage)|"
    r"(?:photos|pictures|pics|videos?|images|footage) (?:from|of) (?:our|my) (?:honeymoon|wedding night|bedroom)|"
    r"(?:photos|pictures|pics|videos?|images|footage) of (?:us|me) (?:in bed|naked|in the shower|having sex|undressed))"
)
_SHARED = (
    r"(?:put|puts|posted|posts|uploaded|uploads|shared|shares|sent|sends|leaked|leaks|spread|spreads|showed|shows)"
)
_SEEN_BY = (
    r"(?:online|on (?:a|the|some|his|her|their) (?:website|site|internet|group chat|forum)|on the (?:internet|web)|"
    r"(?:to|sent) (?:my|all (?:his|her|their)|his|her|their|the) (?:boss|mum|mom|mother|dad|father|family|friends|mates|"
    r"colleagues|work|ex|sister|brother|parents|workmates|coworkers|buddies)|the link)"
)
# What a threat says follows: trouble, a blow, anger or worse.
_PUNISHED = (
    r"(?:cop it|(?:be |am |get |in )?(?:big |deep |real )?trouble|in for it|get it|pay for it|regret it|hurt\w*|hit\w*|"
    r"beat\w*|kill\w*|dead|angry|mad|furious|go off|lose it|kick off|punish\w*|sorry|shout\w*|smack\w*|slap\w*)"
)
_THREAT_FOR = rf"(?:or|otherwise|or else)(?= *$| (?:i|{PARTNER_AS_HE_SHE_OR_THEY}|there)\b.*\b{_PUNISHED}\b)"
_CHILD = r"(?:the|my|our|his|her) (?:kids|children|child|son|daughter|baby|boys|girls|little ones|youngest|eldest)"
_ARMS = (
    r"(?:(?:carving |kitchen |big |hunting |bread )?knife|knives|hammer|gun|pistol|rifle|shotgun|axe|machete|"
    r"(?:baseball )?bat|crowbar|blade|taser|machete)"
)
_LEAVING = (
    r"(?:solicitor|lawyer|divorce|leaving|leave|left|separat\w+|moving out|move out|custody|refuge|shelter|police|"
    r"splitting up|split up|break up|breaking up)"
)
_GONE = (
    r"(?:in (?:pieces|bits|a ditch|a bag|a box|a suitcase|a bin bag|a body bag|the river|the canal|the sea|the ground|"
    r"the boot|the lake|the woods)|dead|floating)"
)
# A sport, a fall or an accident explains a cracked bone.
_NO_MISHAP = (
    r"(?!.*\b(?:gym|football|footy|rugby|netball|hockey|training|match|game|climbing|cricket|sport|practice|fell|fall|"
    r"falling|tripped|slipped|bike|cycling|skiing|ski|skating|horse|crash|accident|car|trampoline|ladder|stairs)\b)"
)

# Leaving work, not the partner: "my boss said I'd be dead meat if I left early".
_NOT_WORK = r"(?! (?:early|late|on time|work|the office|the meeting|before (?:five|six|the end|my shift)|my shift)\b)"

ASKED = [
    # A camera hidden to watch me: "he's put a camera in the bathroom and watches it on his phone".
    rf"\b(?:put|puts|installed|installs|hid|hides|hidden|set up|sets up|placed|fitted|planted|found)\b (?:\w+ ){{0,3}}"
    rf"{_CAMERA} (?:\w+ ){{0,2}}?(?:in|inside|behind|above|over) (?:the|my|our|every) (?:bathroom|shower|toilet|loo|"
    r"en ?suite|changing room)\b",
    rf"\b{_CAMERA}\b.*\b(?:to|so|and|that)\b (?:\w+ ){{0,3}}(?:watch|watches|watching|spy on|spies on|spying on|see|sees|"
    r"record|records|recording) (?:me|us|it on (?:his|her|their) (?:phone|laptop|tablet|computer)|what i|everything i|"
    r"where i)\b",
    # Intimate pictures put online or sent: "he put the photos from our honeymoon on a website and sent my boss the link".
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}\b (?:\w+ ){{0,2}}{_SHARED} (?:\w+ ){{0,2}}{_INTIMATE}\b.*\b{_SEEN_BY}",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}\b (?:\w+ ){{0,2}}{_SHARED} (?:my|our|the) {_INTIMATE}\b",
    # Made to answer, or a threat for the answer: "he says I have to say yes or I'll cop it".
    rf"\b(?:say|answer|tell you|tell alexa) (?:yes|no)\b {_THREAT_FOR}",
    rf"^(?:yes|yeah|yep|no|nope)\b {_THREAT_FOR}",
    # A child kept safe by keeping quiet: "I keep my mouth shut so he doesn't hurt the kids".
    rf"\bso (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} (?:does not|do not|did not|will not|would not|can not|cannot) (?:\w+ )?(?:hurt|hit|harm|"
    rf"touch|beat|smack|slap|go for|take it out on|lay a finger on|lash out at) {_CHILD}\b",
    # A weapon by the bed since I spoke of leaving: "a carving knife on his side of the bed since I mentioned a solicitor".
    rf"\b{_ARMS}\b.*\b(?:since|ever since|after|because|now that|the day|from the day)\b i (?:\w+ ){{0,4}}{_LEAVING}\b",
    # A joking threat of what happens if I leave: "if I ever leave they'll find me in pieces".
    rf"\bif i (?:ever )?(?:leave|left|walk out|walked out|try to leave|tried to leave|go|went)\b{_NOT_WORK}.*\b(?:find me|end up|"
    rf"i will be|i would be|be found)\b (?:\w+ )?{_GONE}",
    rf"\b(?:find me|end up|i will be|i would be|be found) (?:\w+ )?{_GONE}\b.*\bif i (?:ever )?(?:leave|left|walk out|"
    rf"walked out|try to leave|tried to leave)\b{_NOT_WORK}",
    # An injury told as a relief ("the ribs are only cracked not broken"): distress_told_good's rule.
    rf"\b(?:cut|gash|wound|split lip|head|lip|eyebrow)\b.*\b(?:did not|does not|will not|do not) need (?:stitches|"
    rf"stitching|glue|surgery|an x ray)\b.*\bthis time\b{_NO_MISHAP}",
]
