"""Blows in the slang of every region, and burns (issue 8, item 1: a second independent tester's
finds on main, /work/notes/tester2-report.md S1, where "he glassed me at the pub last night", "he
pistol whipped me", "my boyfriend body slammed me", "my partner biffed me in the face", "my fella
keeps giving me slaps" and "my mother in law burns me with the iron" were saved as check-in
answers).

A blow needs a person doing it to someone, and no game: "he glassed me at the pub" is a blow
("at the pub" is where, not "at chess"), "my brother body slammed me at wrestling practice" is
sport. A burn needs a person and someone burnt, not a CD, a playlist or a comeback.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, PARTNER_AS_HE_OR_SHE, SCORE, SUBJECT

# Blows with no everyday sense when a person does them to someone ("clocked" is left out: in
# Britain "she clocked me" is "she noticed me").
_SLANG = (
    r"(?:glassed|glasses|glassing|bottled|bottles|bottling|pistol whipped|pistol whips|pistol whipping|body slammed|"
    r"body slams|body slamming|bodyslammed|choke slammed|biffed|biffs|biffing|biff|decked|decks|chinned|chins|nutted|"
    r"sucker punched|sucker punches|king hit|king hits|coward punched|kneecapped|bitch slapped|bitch slaps|pummell?ed|"
    r"pummels|pummell?ing|clobbered|clobbers|whacked|whacks|whacking|belted|belts|walloped|wallops|thumped|thumps|"
    r"leathered|stomped on|stamped on|curb stomped|kicked the (?:shit|crap|hell|living daylights) "
    r"out of|beat the (?:shit|crap|hell|living daylights) out of)"
)
# Who is struck: the speaker, or someone else (a blow told of another is help too).
_STRUCK = (
    r"(?:me|us|her|him|them|the kids|(?:my|our) (?:little )?(?:kids?|children|son|daughter|baby|mum|mom|sister|brother|"
    r"wife|girlfriend|partner|friend|mate))\b"
)
# Sport or play near the blow: "body slammed me at wrestling practice", "whacked me with a pillow",
# "pummelled us in the second half".
_NOT_PLAY = (
    r"(?!(?: [\w']+){0,5} (?:at|in|during|playing|while|when|with) (?:the |a |our |my |his |her )?(?:\w+ )?(?:wrestling|"
    r"practice|training|judo|karate|boxing|sparring|rugby|footy|football|game|match|ring|mosh pit|pillow|pillows|"
    r"snowballs?|water balloons?|nerf|play fight|play fighting|bjj|mma|class|gym|dojo|trampoline|first half|second "
    r"half|extra time|overtime|penalties)\b)"
    r"(?!(?: [\w']+){0,5} (?:as a joke|for fun|playfully|jokingly|by accident|accidentally|by mistake)\b)"
    # A score ("they thumped us three nil"), or a thing passed ("biffed me the ball").
    rf"(?! {SCORE}| (?:the|a|an) (?:ball|keys|remote|phone|pen|towel|bag)\b)"
)
# Blows given as things, many: "my fella keeps giving me slaps" (one blow given is skill/distress_idioms.py's).
_BLOWS = (
    r"(?:slaps|smacks|punches|kicks|thumps|clouts|wallops|beatings|hidings|black eyes|bruises|belts|backhanders|"
    r"whacks|blows|digs in the ribs)"
)
# Burnt with something hot: "burns me with the iron", "scalded her with the kettle".
_BURN = r"(?:burns|burned|burnt|burning|burn|scalds|scalded|scalding|scald|brands|branded|branding)"

# A wound told after "done it again": "she's done it again, I've got a black eye".
_WOUND = (
    r"(?:black eye|bruises?|bruised|split lip|fat lip|cut lip|bleeding|swollen (?:eye|face|lip|cheek)|marks on me|"
    r"broken (?:nose|ribs?|wrist|arm|tooth|finger))"
)

BLOWS = [
    # "does everyone's husband grab their throat when they argue?" (tester-voice48): a partner at the throat.
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|he|she) (?:grab|grabs|grabbed|squeeze|squeezes|squeezed|"
    r"chokes|choke|choked) (?:my|their|your|her|his) (?:throat|neck)\b(?! (?:pillow|warmer|scarf|chain|tie|tattoo)\b)",
    rf"\b{PARTNER_AS_HE_OR_SHE} (?:has|is|have) (?:gone and )?done it again\b.*\bi (?:have|have got|got|am) (?:a |another )?"
    rf"{_WOUND}\b|\bi (?:have|have got|got|am) (?:a |another )?{_WOUND}\b.*\b{PARTNER_AS_HE_OR_SHE} (?:has|is|have) "
    r"(?:gone and )?done it again\b",
    rf"\b{SUBJECT}{BETWEEN} {_SLANG} {_STRUCK}{_NOT_PLAY}",
    rf"\b{SUBJECT}{BETWEEN} (?:give|gives|gave|giving|given) (?:me|us|her|him|them|the kids|my \w+) (?:\w+ )?{_BLOWS}\b"
    r"(?! (?:on the (?:back|shoulder|arm|bum|butt|hand)|up the|for (?:my )?(?:birthday|christmas))\b)",
    # A burn: "my mother in law burns me with the iron"; not "burned me a cd", "burns me up".
    rf"\b{SUBJECT}{BETWEEN} {_BURN} {_STRUCK}(?! (?:a|an|some|up|out|off|down|with (?:that|a|his|her|their|the|"
    r"those) (?:comeback|joke|jokes|line|roast|insult|reply|remark|question|words?))\b)",
    r"\b(?:burns|burned|burnt|burning|scalds|scalded|scalding|presses|pressed|held|holds) (?:me|my (?:\w+ )?(?:arms?|"
    r"hands?|legs?|skin|face|back|neck)) (?:\w+ )?with (?:a |an |the |her |his |their |lit )?(?:iron|cigarettes?|fags?|"
    r"lighter|boiling water|hot water|kettle|hot oil|hot pan|hot spoon|hot knife|stove|candle|match|matches|curling "
    r"tongs|straighteners)\b",
]
