"""Harm laughed off, and a reprisal promised for later (tester-voice28): "ha, new bruises for my
collection this week, he was in a mood", "guess who's got a black eye again, haha", "he was in one of
his moods again, thank god for concealer", "just another Tuesday, ice pack on my face again", "had to
do my makeup extra thick today, lol"; "he'll make me pay for it later", "I'd better watch what I say or
I'll get it later", "he told me to keep my mouth shut or I'd regret it". Saved as moments, check-in
answers and reflections, or only doubted: the laugh and the shrug hide what no word names. tester-voice29:
"haha at least the black eye matches my outfit".

Each needs its mark: marks "for my collection" or "again", a mood beside a mark or a cover-up, makeup
that had to go on thick, a price to be paid later, silence kept "or else". The everyday senses stay
quiet: bruises from football for the collection, a black eye from squash, ice on the face after the
dentist, stage makeup, making me pay for dinner, "keep a coat on or you'll regret it".
"""

from __future__ import annotations

from .distress_vocab import KNOCKS, PARTNER_AS_HE_OR_SHE

_MARK = r"(?:bruises?|black eyes?|shiners?|fat lips?|split lips?|busted lips?|marks|welts)"
_COVER = (
    r"(?:concealer|foundation|makeup|make up|sunglasses|long sleeves|a scarf|turtle ?necks?|ice packs?|frozen peas)"
)
_MOOD = (
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:was|is|had been|has been|got) in (?:a|one of his|one of her|his|her) (?:(?:bad|foul|black|"
    r"filthy|nasty|rotten|vile|dark|terrible|horrible|awful|mean|drunk|drunken) )?(?:moods?|tempers?|rages?|states?)\b"
)
# Not from a knock, a sport or a treatment said with it.
_NOT_A_KNOCK = (
    rf"(?!.*\b(?:from|after|at|playing) {KNOCKS}\b)(?!.*\b(?:dentist|wisdom tooth|wisdom teeth|squash|boxing|derby)\b)"
)
# No sport, fall or treatment named anywhere: "at least the bruise doesn't show, rugby was brutal".
_NO_KNOCK_NAMED = (
    r"(?!.*\b(?:football|footy|rugby|hockey|netball|cricket|squash|boxing|training|practice|gym|match|game|climbing|"
    r"skiing|cycling|bike|fell|fall|surgery|operation|dentist|jab|injection|blood tests?)\b)"
)

LAUGHED_OFF = [
    # Marks kept as a collection, or back again.
    rf"\b(?:new |fresh |another |more )?{_MARK} (?:to add )?(?:for|to) (?:my|the) collection\b{_NOT_A_KNOCK}",
    rf"\b(?:got|have|has|with|sporting|wearing|another) (?:a )?(?:black eye|shiner|fat lip|split lip|busted lip)s? again\b"
    rf"{_NOT_A_KNOCK}",
    rf"\bice (?:pack|packs|bag) on my (?:face|eye|cheek|jaw|lip|mouth|head) again\b{_NOT_A_KNOCK}",
    # A mark joked about as an accessory (tester-voice29): "at least the black eye matches my outfit".
    rf"\b{_MARK}(?: (?:on|round|around|under) my (?:\w+ )?\w+)? (?:matches|match|goes with|go with|brings out|bring out|is "
    rf"matching|are matching) my\b{_NO_KNOCK_NAMED}",
    # A mark glad to be hidden: "thank god the bruises don't show under my sleeves".
    rf"\b(?:at least|thank god|thank goodness|thankfully|luckily|good thing) (?:the |my |these |those )?(?:new |fresh )?"
    rf"{_MARK} (?:do not|does not|will not|did not|can not) show\b{_NO_KNOCK_NAMED}",
    # A mood told beside a mark or a cover-up, either way round.
    rf"{_MOOD}.*\b(?:{_MARK}|{_COVER})\b",
    rf"\b(?:{_MARK}|{_COVER})\b.*{_MOOD}",
    # Makeup that had to go on thick, not for a stage, a wedding or a breakout.
    r"\b(?:had to|have to|needed to|need to) (?:do|put on|wear|use|slap on|pile on|cake on) (?:my |on |the |some )?"
    r"(?:extra |more )?(?:makeup|make up|concealer|foundation)(?: (?:extra|really|super|so))? (?:thick|heavy|heavily)\b"
    r"(?!.*\b(?:stage|show|wedding|photos?|shoot|party|play|performance|gig|drag|halloween|costume|breakout|spots?|acne|"
    r"pimples?|zits?|sunburn|hangover|no sleep|bags under)\b)",
]
REPRISAL = [
    # A price to be paid later, for something done.
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:will|is going to|would|said (?:he|she) would|says (?:he|she) will) make me pay(?: for (?:it|this|"
    r"that))?(?= *$| (?:later|tonight|when (?:he|she) gets (?:home|back)|again)\b)",
    # Silence or care kept "or else".
    r"\b(?:watch|mind|be careful(?: with| about)?) what i (?:say|do|wear)\b.*\bor (?:else|i will (?:get it(?! wrong| right)|cop it|catch it|"
    r"pay for it|be in for it|regret it)|there(?: will|'ll) be (?:trouble|hell to pay))\b",
    r"\b(?:told|tells|warned|warns) me to (?:keep my mouth shut|shut my mouth|shut up|keep quiet|say nothing|not tell "
    r"(?:anyone|anybody)|not say anything)\b.*\bor (?:else|i would|i will)\b",
]
