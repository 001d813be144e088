"""Three of tester-voice20's misses heard by their shape (tests/skill/distress_tester20_more.py):
injuries covered in the heat with a laugh, a promise kept out of fear of what the partner does, and a
watcher hidden where the speaker lives. Read by skill/distress.py.

Each needs the part that makes it danger: clothes that cover skin worn in the heat again, said with a
laugh or a shrug; fear of what the partner does, not of losing one's fitness; a camera or tracker found
hidden, or hidden by the partner where the speaker washes, sleeps or drives, not a bird box's.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, PARTNER_AS_HE_SHE_OR_THEY

# Covered in the heat, again, with a laugh or a shrug: "ha, guess I'll be wearing long sleeves all
# summer again". Never for the sun, the insects, the office or the gym, nor in the cold.
_COVERING = (
    r"(?:long sleeves?|long sleeved \w+|turtle ?necks?|polo necks?|roll necks?|high necks?|scarf|scarves|hoodies?|"
    r"cardigans?|cardis?|jeans|tights)"
)
_HEAT = (
    r"(?:summer|summers|heat|heatwave|heat wave|hot|boiling|scorching|sweltering|august|july|\d+ degrees?|(?:thirty|forty)"
    r"(?: \w+)? degrees?|beach|barbie|barbecue|bbq|pool)"
)
_AGAIN = r"(?:again|another summer|every summer|as usual|same as always)"
_SHRUG = (
    r"(?:ha|haha|hahaha|lol|lmao|guess|what a laugh|funny|joke|you know why|the usual reason|nobody asks|no one asks|"
    r"story of my life|bruise|bruises|peach)"
)
_FOR_A_REASON = (
    r"(?!.*\b(?:burn|burns|sunburn|sun|uv|mosquitoes|mozzies|bugs|insects|midges|ticks|dress code|uniform|office|air con|"
    r"aircon|air conditioning|gym|sweat|tattoo|tattoos|eczema|psoriasis|rash|allergy|allergic|fashion|freezing|cold|"
    r"winter|autumn|snow|rain)\b)"
)
INJURIES_COVERED_WITH_A_LAUGH = [
    rf"^{_FOR_A_REASON}(?=.*\b{_AGAIN}\b)(?=.*\b{_SHRUG}\b)(?=.*\b{_HEAT}\b).*\b{_COVERING}\b",
]

# A promise kept out of fear of what the partner does: "only because I'm frightened of what he does
# if I don't". Never what she'll think, what the traffic does, what the doctor said.
KEPT_OUT_OF_FEAR = [
    rf"\b(?:frightened|scared|afraid|terrified|fear|petrified) of what {PARTNER_AS_HE_SHE_OR_THEY} (?:does|do|did|will do|would do|might do|"
    r"could do|is going to do|may do|gets like)\b(?= *$| to me\b| if\b| when\b| otherwise\b| after\b| unless\b)",
    # What happens once he reads or sees what was said here (tester-voice30): "scared of what happens when he
    # reads this" — of this, these words, never an essay or a book.
    rf"\b(?:frightened|scared|afraid|terrified|petrified) of what (?:happens|will happen|would happen|might happen) "
    rf"(?:when|if|once) {PARTNER_AS_HE_SHE_OR_THEY} (?:reads|sees|hears|finds|listens to) (?:this|these|it|that|what i (?:said|wrote|logged))"
    r"(?= *$| (?:later|tonight|here|on (?:the|this) (?:app|site|device))\b)",
]

# A watcher hidden: a camera, tracker or recorder found hidden, or hidden by the partner where the
# speaker washes, sleeps, dresses or drives. Never one of our own, lost, or for birds, pets or luggage.
_WATCHER = (
    r"(?:camera|cameras|webcam|pinhole camera|spy camera|tracker|trackers|tracking device|gps(?: tracker)?|airtag|air tag|"
    r"recorder|voice recorder|recording device|microphone|mic|listening device)"
)
_NOT_OURS = (
    r"(?!.*\b(?:lost|my own|bird|birds|nest|box|hedgehogs?|foxes|wildlife|hedge|doorbell|front door|deliveries|dashcam|"
    r"dash cam|luggage|suitcase|baby|nursery|nanny|dog|cat|pet|puppy|spider|present|gift|surprise|birthday)\b)"
    r"(?!.*\b(?:i|we) (?:had |would |have )?(?:hid|hidden|put|installed|set up|fitted)\b)"
)
_HIDDEN = r"(?:hidden|hid|taped|stuck|tucked|sewn|glued|concealed|planted|wired|secret|secretly|tiny|little|mini)"
_WHERE_I_LIVE = (
    r"(?:bathroom|bedroom|room|shower|toilet|vent|smoke alarm|smoke detector|charger|clock|lamp|light|plug|socket|car|"
    r"bag|handbag|purse|coat|jacket|phone|teddy|toy|wardrobe|mirror|seat|wheel arch|bumper|glovebox|glove box)"
)
WATCHER_HIDDEN = [
    rf"^{_NOT_OURS}(?=.*\b{_HIDDEN}\b).*\b(?:found|find|discovered|spotted|noticed|there (?:was|is|were))\b (?:a|an|"
    rf"another|some|two)(?: \w+){{0,2}}? {_WATCHER}\b",
    rf"^{_NOT_OURS}.*\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:hid|hides|planted|plants|put|puts|installed|stuck|taped|fitted|wired|set up) "
    rf"(?:a|an|some|two|another)(?: \w+){{0,2}}? {_WATCHER}\b.*\b(?:in|inside|under|behind|into) (?:the|my|our|her|his)"
    rf"(?: \w+){{0,2}}? {_WHERE_I_LIVE}\b",
]

HIDDEN_SHAPES = INJURIES_COVERED_WITH_A_LAUGH + KEPT_OUT_OF_FEAR + WATCHER_HIDDEN
