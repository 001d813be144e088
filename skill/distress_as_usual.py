"""Harm told as the usual, a goodbye hidden in a promise, and a shot (tester-voice22, on the merge of
5 December): "I'm fine, just the usual black eye, nothing to see here" was saved as a check-in answer
after the doubt question's "yes"; "the one I'll never keep because I won't be around next week" went
by at "Which one?". Read by skill/distress.py. (Its bag "packed in the boot of the car just in case"
is distress_abuse.py's bag ready to flee, heard now with a place that long.)

Each needs what makes it crisis: an injury said as routine (the usual, another, nothing new) with no
sport, game, medicine or child's play behind it; a promise that can never be kept because the speaker
will not be here, or not here "after this" with nothing more said, and no trip or move named; a
person shot (never a look, a text, or a game's shot: skill/distress_played.py reads those). The
everyday beside them stays quiet: another black eye from rugby, the kids' usual bumps and bruises,
the usual bruising after the blood test, not keeping the walk because I'll be in Spain, "she shot me
a look". "I won't be around next week" alone stays quiet: as often a trip as a goodbye.
"""

from __future__ import annotations

from .distress_absence import NAMED_REASON
from .distress_games import GAME
from .distress_vocab import BETWEEN, SUBJECT

_INJURY = (
    r"(?:black eyes?|shiners?|split lips?|fat lips?|busted lips?|bloody noses?|bust(?:ed)? noses?|broken (?:nose|ribs?|"
    r"fingers?|wrist|arm|tooth|teeth|jaw)|cracked ribs?|bruises|bruising|bruised (?:ribs|arms?|face|neck|eyes?|cheeks?)|"
    r"(?:finger|hand|strangle|choke) ?marks|marks on my (?:neck|throat|arms?|face|wrists?|back)|cigarette burns|bite marks|"
    r"welts|stitches)"
)
# Said as routine, before the injury: "the usual black eye", "another split lip", "just the regular bruises".
_AS_USUAL = (
    r"(?:the usual|the normal|the regular|my usual|my regular|my normal|yet another|another|one more|(?:the )?same old|"
    r"the weekly|a weekly|the nightly|(?:just )?(?:the |a |another )?(?:usual|regular|normal|routine))"
)
# Said as routine, after it: "a black eye again, nothing new", "split lip, as per usual".
_NOTHING_NEW = (
    r"(?:nothing new|nothing to see here|as usual|as per usual|like always|as always|same as always|same old(?: same old)?|"
    r"par for the course|business as usual|like every (?:week|weekend|month|time)|every (?:week|weekend)|no biggie|"
    r"no big deal)"
)
# Who else has the injury; and what everyday thing gave it (a child's play, a sport, a game, medicine, a sting),
# which skill/distress_given_in.py reads too.
_SOMEONE_ELSE_HAS = (
    r"\b(?:kids?|children|son|daughter|toddler|baby|boys|girls|dog|team|players?|brother|sister|mum|mom|dad|friend|mate|"
    r"he|she|they) (?:has|have|had|got|has got|came home with|comes home with|come home with|is sporting|was sporting)\b"
)
INJURED_EVERYDAY = (
    rf"\b(?:{GAME}|bumps|scrapes|scrapes and|rugby|boxing|kickboxing|mma|martial arts|jiu jitsu|bjj|sparring|training|"
    r"practice|gym|roller derby|climbing|bouldering|skating|skateboarding|mountain biking|paintball|hiking|moving|"
    r"blood tests?|injections?|jabs?|blood thinners|iv|drip|vaccines?|physio|surgery|operation|tattoos?|botox|fillers?|"
    r"dentist|dental|wisdom teeth|braces|playground|trampoline|toddler|puppy|kitten|allerg(?:y|ic)|reaction|stings?|stung|"
    r"wasps?|bees?|sunburn|sunburnt)\b"
)
_NOT_EVERYDAY = rf"^(?!.*{_SOMEONE_ELSE_HAS})(?!.*{INJURED_EVERYDAY})"
# Who is shot, and never in play or in a picture.
_SHOT = r"(?:me|us|(?:my|our|the) (?:son|daughter|kids?|children|baby|dog))\b"
_NOT_PLAY = (
    r"^(?!.*\b(?:nerf|water (?:pistols?|guns?)|toy|foam|pellets?|bb gun|paintball|laser|airsoft|water balloons?|camera|"
    r"photos?|pictures?|video|film)\b)"
)

AS_USUAL = [
    # An injury said as the usual: "just the usual black eye, nothing to see here", "another split lip".
    rf"{_NOT_EVERYDAY}.*\b{_AS_USUAL}(?: (?:a )?(?:couple of|few|pair of|bit of|new|fresh))? {_INJURY}\b",
    rf"{_NOT_EVERYDAY}.*\b{_INJURY}\b(?: [\w']+){{0,3}}? (?:again )?{_NOTHING_NEW}\b",
    # A promise never to be kept, for not being here: "the one i'll never keep because i won't be around next week".
    r"\b(?:never|not ever) (?:be able to )?(?:keep|make|do|finish|see)\b(?: [\w']+){0,4}? (?:because|cos|since|as) "
    rf"i (?:will not|am not going to|may not|might not) be (?:here|around|alive)\b{NAMED_REASON}",
    # Not here after this, and nothing more said: "i won't be around after this".
    rf"\bi (?:will not|am not going to) be (?:here|around|alive) after (?:this|that)(?: anyway)? *${NAMED_REASON}",
    # A person shot: "she shot at us", "he shot me in the leg", "he shot me" said bare (never "shot me a look":
    # the rule hears the bare words, so the learned check no longer trains on them as a beginning of it).
    rf"{_NOT_PLAY}.*\b{SUBJECT}{BETWEEN} (?:shot at|shoots at|shooting at|fired at|fires at|opened fire on) {_SHOT}",
    rf"{_NOT_PLAY}.*\b{SUBJECT}{BETWEEN} (?:shot|shoots) {_SHOT}(?:(?: again| last night| today| tonight| yesterday)? *$| in the "
    r"(?:leg|arm|chest|stomach|back|head|face|neck|hand|foot|shoulder)\b| with (?:a|his|her|their|the) (?:gun|rifle|pistol|"
    r"shotgun|revolver|handgun)\b)",
]
