"""Distress families heard by their shape, not by one tester's words (tester-voice19's lists,
/work/notes/tv19_lists.py; tests/skill/distress_tester19.py).

Earlier rules for these families were written from the sentences that found them and named their
objects ("a burner phone", "the pistol on the nightstand"); said in new words ("a second phone in
the glovebox so he can't see who I ring") they stayed quiet. Each rule here is the family's shape:
the thing done or felt, and the part that makes it danger rather than an errand, whichever words
fill them. Each everyday twin is kept quiet by that second part (a surprise kept, a weapon cleaned,
a heart that leaps because she was missed), never by naming the twin.
"""

from __future__ import annotations

from .distress_vocab import BETWEEN, PARTNER, PARTNER_AS_HE_SHE_OR_THEY, PARTNER_AS_HIM_HER_OR_THEM

_THEIRS = rf"(?:his|her|their|{PARTNER}(?: is| s|s)?)"
# A surprise, a present or a party kept from the partner is no secret of fear.
_NOT_A_SURPRISE = r"(?!.*\b(?:surprise|present|presents|gift|gifts|birthday|anniversary|party|christmas|proposal)\b)"

# Money or a phone kept from the partner: the means, then who must not see it, or what they check,
# or the flight it is for.
_MEANS = (
    r"(?:phone|mobile|sim|sim card|burner|cash|money|quid|pounds|dollars|rupees|notes|savings|bank account|account|"
    r"card|credit card)"
)
_NOT_TO_SEE = r"(?:see|sees|spot|spots|find|finds|notice|notices|know|knows|check|checks|trace|traces|track|find out)"
_CHECKS = r"(?:checks|checked|audits|audited|reads|monitors|goes through|went through|counts|tracks|controls)"
_RUN = r"(?:run|run away|escape|flee|get out|get away|leave (?:him|her|them|my partner|in a hurry|quickly|fast))"
MEANS_KEPT = [
    rf"^{_NOT_A_SURPRISE}.*\b{_MEANS}\b.*\b(?:so|so that|because|in case) {PARTNER_AS_HE_SHE_OR_THEY} (?:can not|could not|will not|would "
    rf"not|does not|do not|did not|never|can never|will never)(?: ever)? {_NOT_TO_SEE}\b",
    rf"^{_NOT_A_SURPRISE}.*\b{_MEANS}\b.*\b(?:because|since|as|cos) {PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} {_CHECKS} (?:every|all|my|each)\b",
    rf"^{_NOT_A_SURPRISE}.*\b{_MEANS}\b.*\bin case (?:i|we) (?:have to|need to|ever need to|must|ever have to) {_RUN}"
    r"(?: *$| (?:from|one day|with|tonight|some day|someday|quickly|fast)\b)",
]

# An injury explained away: a cover story told, then denied ("but that isn't what happened").
_COVER_STORY = (
    r"(?:walked into|fell(?! asleep| behind| for| out)|slipped|tripped|bumped|banged|are from|were from|was from|is from|"
    r"got (?:it|them) (?:from|playing|at))"
)
_DENIED = (
    rf"(?:(?:that|it|this|they) (?:is|was|are|were) not(?: *$| what happened| true| the truth| how| really| from)|"
    rf"(?:it|that) was (?:really|actually) {PARTNER_AS_HIM_HER_OR_THEM}\b)"
)
_INJURY = (
    r"(?:cut|cuts|bruise|bruises|marks?|black eye|eye|lip|burn|burns|injury|injuries|swelling|scratches|ribs|arm|wrist)"
)
INJURY_EXPLAINED = [
    rf"\b(?:told|tell|telling|tells|said|say|saying|says)\b.*\b{_COVER_STORY}\b.*\b(?:but|when|though|and) {_DENIED}",
    rf"\b{_COVER_STORY}\b.*\b(?:that|this) (?:is|was) not how i got (?:the|my|this|these|that)\b",
    rf"\bma(?:k|d)e up (?:a |some |another )?(?:story|excuse|lie|reason) (?:about|for) (?:the|my|this|these) {_INJURY}\b",
]

# A weapon laid out where the speaker sleeps, sits or leaves, or looked at them with: not cleaned, hunted
# with, or a kitchen knife after cooking.
_ARMS = r"(?:gun|guns|knife|knives|rifle|pistol|shotgun|firearm|revolver|machete|blade|axe|hatchet|crossbow)"
_LAID = (
    r"(?:taken|took|takes|left|leaves|leaving|keeps|kept|keeping|put|puts|laid|lays|placed|places|sleeping with|sleeps "
    r"with|slept with|carrying|carries|carried)"
)
_WHERE_I_AM = (
    r"(?:by|on|near|under|beside|next to|at|against) (?:the|my|his|her|our) (?:front |back |bedroom )?(?:door|bed|"
    r"pillow|bedside(?: table)?|nightstand|sofa|couch|side of the bed|bedroom)"
)
_NOT_FOR_SPORT = (
    r"(?!.*\b(?:clean|cleaning|cleaned|range|hunting|hunt|target|shoot|shooting|club|practice|sandwich|sandwiches|"
    r"cooking|cook|chopping|bread|butter|vegetables|dinner|lunch|breakfast|oil|oiling|licence|license)\b)"
)
WEAPON_LAID_OUT = [
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} {_LAID} (?:out )?(?:a |an |the |his |her |their )?(?:\w+ )?{_ARMS}\b{_NOT_FOR_SPORT}"
    rf"(?=.*\b(?:{_WHERE_I_AM}|looks? at me|looking at me|since (?:our|the|that) (?:fight|row|argument))\b)",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:has|had|got|keeps|kept|with|holding|held) (?:a |an |the |his |her )?loaded {_ARMS}\b",
]

# Fear in the body at the partner's coming home: the body's alarm, then the arrival; not a heart
# that leaps because she was missed, nor hiding to wrap a present.
_ALARM = (
    r"(?:stomach (?:drops|dropped|churns|churned|knots|sinks|sank|turns|turned)|heart (?:pounds|pounded|pounding|"
    r"sinks|sank|stops|stopped|races|raced|racing|thumps)|(?:start|started|starts|begin|began|begins) (?:shaking|"
    r"trembling|to shake|to tremble|panicking|to panic)|shake|shaking|tremble|trembling|freeze|froze|go (?:silent|"
    r"quiet|still|rigid)|went (?:silent|quiet|still|rigid)|feel sick|felt sick|sick with (?:dread|fear|nerves)|dread|"
    r"panic|tense up|tensed up|hold my breath|hide|hid|hiding)"
)
_ARRIVAL = (
    rf"(?:(?:hear|heard|hears|see|saw) {_THEIRS} (?:car|key|keys|footsteps|steps|voice|truck|van|bike|motorbike)|"
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:gets|get|got|comes|come|came|walks|walked|is|are) (?:back|home|in|through the door)|"
    rf"(?:time for|before|until) {PARTNER_AS_HIM_HER_OR_THEM} (?:to )?(?:come|comes|get|gets) (?:home|back|in)|"
    rf"{PARTNER_AS_HE_SHE_OR_THEY} (?:is|are) due (?:back|home)|(?:hear|heard) {_THEIRS} car)"
)
_GLAD = (
    r"(?!.*\b(?:missed|miss|love|excitement|excited|happy|joy|butterflies|wrap|wrapping|presents?|gifts?|surprise|"
    r"leaps|leapt|lifts|flutter|smile|smiling|grin)\b)"
)
FEAR_AT_HOMECOMING = [
    rf"^{_GLAD}.*\b{_ALARM}\b.*\b(?:when|whenever|as|before|every time|each time|once|until)\b.*\b{_ARRIVAL}\b",
]

# Watched, tracked or recorded without agreeing: what watches, and the consent never given.
_WATCHER = (
    r"(?:app|apps|camera|cameras|tracker|microphone|mic|spyware|software|gps|location|texts|messages|calls|emails|"
    r"browsing|keystrokes|recorder|recording)"
)
_NEVER_AGREED = (
    r"(?:i (?:never|did not|have not|had not) (?:agreed|agree|said yes|consented|consent|asked for|knew|know)|without "
    r"(?:my (?:consent|permission|knowledge|agreement)|asking me|telling me))"
)
WATCHED_UNAGREED = [
    rf"^(?=.*\b(?:{PARTNER_AS_HE_SHE_OR_THEY}|{PARTNER_AS_HIM_HER_OR_THEM}|hidden|hid|secretly)\b).*\b{_WATCHER}\b.*\b{_NEVER_AGREED}\b",
]

# Sex not wanted: the partner goes on after a no; not fought off; the no that brings anger.
SEX_NOT_WANTED = [
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:keeps|kept|keep|carries|carried|goes|went|go) (?:going|on)\b(?! (?:on|about|at)\b)"
    r"(?:(?! about\b).)*\b(?:even )?(?:when|after|though|if|while) i (?:tell|told|say|said|ask|asked|beg|begged|cry|cried|"
    rf"am crying|push|pushed)(?: {PARTNER_AS_HIM_HER_OR_THEM})?(?: to)? (?:stop|no)\b",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:does not|did not|will not|would not|never|do not) stop (?:when|after|even when|even though|even "
    r"if) i (?:tell|told|say|said|ask|asked|beg|begged|cry|cried)(?: \w+)?(?: to)? (?:stop|no)\b",
    rf"\b(?:fight|fought|fighting|push|pushed|pushing|shove|shoved) {PARTNER_AS_HIM_HER_OR_THEM} off\b(?= *$| me| in bed| at night| last night|"
    r" when| but| and| again| of me)",
    rf"\b(?:saying|say|said|i say) no (?:makes|made|will make|would make) {PARTNER_AS_HIM_HER_OR_THEM} (?:angry|mad|furious|violent|worse)\b",
    # Endured, not wanted: lying there until it is over, or the no that only makes it worse, in bed.
    r"\b(?:lie|lay|lying|lies) (?:there|still)\b(?!.*\b(?:dentist|doctor|nurse|scan|mri|massage|injection|needle|drip|"
    r"waxing|tattoo|storm|film|movie|match|painkillers|pills|tablets|flight|sunbed|beach|sun)\b).*\b(?:wait(?:ing)? for it "
    r"to (?:be over|end|finish|stop)|(?:till|until) (?:he|she|they|it) (?:is|are|was|were) (?:done|finished|over))\b",
    rf"^(?=.*\b(?:in bed|sex|at night|lie there|lay there|let {PARTNER_AS_HIM_HER_OR_THEM} do (?:it|what)|go along with it|grit my teeth)\b).*"
    r"\b(?:saying no|refusing|fighting it|if i say no|when i say no) (?:only |just |always )?(?:makes|made|will make|would "
    r"make|is|was) (?:it|things|everything) (?:so much |even |ten times |a lot )?worse\b",
    r"\bgo(?:es)? along with it\b.*\b(?:in bed|at night|sex)\b.*\bif i (?:say|said) no\b",
    rf"\bpretend(?:ed|ing)? to be asleep\b.*\b{PARTNER_AS_HE_SHE_OR_THEY} (?:does|did|just does|still does) it anyway\b",
    rf"\blet {PARTNER_AS_HIM_HER_OR_THEM} do it\b.*\b(?:easier than|so (?:he|she|they) (?:will|would) not|or (?:he|she|they))\b.*\b(?:fight|row|"
    r"angry|mad|shouting|sulk|sulks|rage|temper|worse)\b",
]

# A lawyer, refuge or helpline reached in secret: the help sought and the partner who must not know.
_HELP_SOUGHT = (
    r"(?:solicitor|lawyer|attorney|advocate|refuge|shelter|helpline|hotline|family law|divorce|legal aid|support worker|"
    r"women'?s aid|women s aid|domestic (?:violence|abuse) \w+)"
)
_KEPT_FROM_THEM = (
    # On a device not linked yet the partner's name is any name: "Sam must never hear about it".
    rf"(?:(?:{PARTNER_AS_HE_SHE_OR_THEY}|[a-z]+) (?:can not|could not|must not|must never|can never|should not|will never|never|cannot|is not to|"
    rf"are not to)(?: ever)? (?:know|find out|hear|learn|see|found out)|if {PARTNER_AS_HE_SHE_OR_THEY} (?:finds? out|found out|learns?|"
    rf"hears?|knows?|sees?|discovers?)|behind {_THEIRS} back|without {PARTNER_AS_HIM_HER_OR_THEM} knowing)"
)
# Kept from them in looser words ("please don't let him find out", "so she wouldn't see it"): only help
# for one's safety, never a lawyer for a speeding fine or the vet's helpline.
_SAFETY_HELP = (
    r"(?:refuge|(?<!animal )(?<!homeless )(?<!dog )(?<!pet )shelter|helpline|hotline|support worker|advocate|women'?s "
    r"aid|women s aid|domestic (?:violence|abuse) \w+)"
)
_NOT_AN_ERRAND = (
    r"(?!.*\b(?:cat|cats|dog|dogs|puppy|kitten|pet|pets|vet|vets|rspca|animal|animals|broadband|internet|wifi|bank|bill|"
    r"bills|fine|tax|insurance|council|bins|parking|energy|gas|boiler|warranty|airline|flight)\b)"
)
_HIDDEN_FROM_THEM = (
    rf"(?:(?:do not|never) let {PARTNER_AS_HIM_HER_OR_THEM} (?:ever )?(?:know|find out|hear|see)|{PARTNER_AS_HE_SHE_OR_THEY} (?:mustn't|mustn t)(?: ever)? (?:know|"
    rf"find out|hear|see)|so (?:that )?{PARTNER_AS_HE_SHE_OR_THEY} (?:would not|will not|does not|did not|can not|could not|do not) (?:know|"
    r"find out|see|hear))"
)
HELP_IN_SECRET = [
    rf"^{_NOT_A_SURPRISE}.*\b{_HELP_SOUGHT}\b.*\b{_KEPT_FROM_THEM}\b",
    rf"^{_NOT_A_SURPRISE}{_NOT_AN_ERRAND}.*\b{_SAFETY_HELP}\b.*\b{_HIDDEN_FROM_THEM}\b",
]

# Children kept from seeing or hearing: a child shielded, and the partner or the row they must not meet.
_CHILD = r"(?:they|he|she|the (?:kids|children|baby|boys|girls)|my (?:son|daughter|kids|children|boy|girl|baby))"
_THE_ROW = (
    r"(?:the (?:screaming|shouting|yelling|fighting|rows?|arguing|arguments?|violence|hitting|crying|blood|bruises)|"
    r"us (?:fight|fighting|argue|arguing|row|rowing|scream|screaming|shout|shouting))"
)
_EARS_COVERED = (
    r"(?:headphones|earphones|earmuffs|ear ?muffs|ear ?plugs|ear ?defenders|cotton wool|a pillow|the telly|the tv)"
)
_NOT_A_NOISE = (
    r"(?!.*\b(?:fireworks|concert|film|movie|music|flight|plane|hoover|vacuum|drill|drilling|storm|thunder|match)\b)"
)
_ROW_STARTS = (
    rf"(?:when|whenever|while|once|before|as soon as|every time) (?:{_THE_ROW}|{PARTNER_AS_HE_SHE_OR_THEY}) (?:starts?|started|begins?|kicks? off|"
    r"kicked off|gets? (?:angry|going|loud|drunk)|got (?:angry|loud|drunk)|yells?|yelling|shouts?|shouting|screams?|"
    r"screaming|rages?|raging|starts? (?:yelling|shouting|screaming|hitting|on me))"
)
CHILDREN_SHIELDED = [
    # tester-voice20: "I put headphones on the children when the shouting starts"
    rf"^{_NOT_A_NOISE}.*\b(?:put|puts|putting|stick|stuck|give|gave|turn up|turned up)\b.*\b{_EARS_COVERED}\b.*\b{_ROW_STARTS}\b",
    rf"\bso (?:that )?{_CHILD} (?:would not|will not|do not|does not|did not|can not|could not|never|would never|"
    rf"will never)(?: have to)? (?:see|hear|witness|watch) (?:{PARTNER_AS_HIM_HER_OR_THEM}\b(?! (?:open|opening|wrap|wrapping|play|playing|"
    rf"sing|singing|cook|cooking|leave|leaving|go|arrive|arriving|off|at the)\b)|{_THE_ROW}\b(?! (?:of|at|on|from) the\b))",
]

# Hurting oneself until something stops or is felt: the blow, then the "until" that is its purpose.
_SELF_BLOW = (
    r"(?:hit|hits|hitting|bang|banged|banging|bash|bashed|punch|punched|punching|scratch|scratched|scratching|bite|bit|"
    r"slam|slammed|burn|burned|burnt|smash|smashed)"
)
_ON_MYSELF = r"(?:my (?:head|arms?|legs?|wrists?|skin|fists?|hands?|face|thighs?|stomach)|the wall|myself)"
_UNTIL_FELT = (
    r"until (?:(?:it|they|i|my \w+)(?: \w+)? (?:hurt|hurts|bled|bleed|bleeds|was bleeding|were bleeding|went numb|was numb|"
    r"felt (?:something|nothing|numb)|broke|cracked)|the (?:noise|noises|voices|thoughts|feeling|screaming) "
    r"(?:stopped|stops|went quiet|went away)|(?:everything|it all) (?:stopped|went quiet))"
)
SELF_HARM_UNTIL = [rf"\bi (?:\w+ )?{_SELF_BLOW} {_ON_MYSELF}\b.*\b{_UNTIL_FELT}\b"]

# A prisoner at home, said with a laugh or without one: of one's own home or marriage, not of a sofa.
PRISONER_AT_HOME = [
    r"\b(?:i am|i feel|i have become|i have been|feel|we are|i was)(?: \w+){0,2}? (?:a |like a )?(?:prisoner|hostage|"
    r"captive)s? (?:in|inside) (?:my|our|this) (?:own )?(?:house|home|flat|marriage|relationship|apartment)\b"
    r"(?! (?:because of|with the|till|until|due to|while|all weekend|this week|today)\b)",
]

# Woken and questioned: sleep broken by the partner to interrogate, not a baby or a dog at six.
KEPT_AWAKE = [
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}{BETWEEN} (?:wakes|woke|wake|waking|shakes|shook|drags|dragged) me\b(?: up| awake)?(?: \w+){{0,4}}? to "
    r"(?:interrogate|question|grill|accuse|demand|shout at|yell at|scream at|check my phone|search my phone|go through my "
    r"phone)\b",
]

# A threat reported: "he said he'd make sure nobody ever found my body" (tester-voice20, saved as a moment).
THREAT_REPORTED = [
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:said|says|swore|swears|promised|told me|texted|warned(?: me)?)(?: that)? {PARTNER_AS_HE_SHE_OR_THEY}(?: would| will| d| ll)? "
    r"make sure (?:(?:nobody|no one|no-one|they) (?:would |will )?(?:ever |never )?(?:finds?|found|find|sees?|saw|see|hears? "
    r"from) (?:me|my body|what is left)|i (?:would |will )?(?:disappear|vanish|never (?:see|leave|get out|walk|wake|breathe|"
    r"see daylight|see the (?:kids|children))))\b",
    # "he said he would make me pay": a threat, unless what is paid for is named ("for dinner").
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY} (?:said|says|swore|swears|promised|told me|texted|warned(?: me)?|threatened)(?: that)? "
    rf"(?:{PARTNER_AS_HE_SHE_OR_THEY}(?: would| will| d| ll| is going to| was going to)? )?(?:to )?make me pay"
    r"(?: for (?:this|that|it|what i (?:did|said)|(?:leaving|telling|talking|speaking|going|walking out)\b.*))?"
    r"(?: (?:if|when|one day|someday|later|eventually|next time|again)\b.*)?$",
]

SHAPES = (
    THREAT_REPORTED
    + MEANS_KEPT
    + INJURY_EXPLAINED
    + WEAPON_LAID_OUT
    + FEAR_AT_HOMECOMING
    + WATCHED_UNAGREED
    + SEX_NOT_WANTED
    + HELP_IN_SECRET
    + CHILDREN_SHIELDED
    + SELF_HARM_UNTIL
    + PRISONER_AT_HOME
    + KEPT_AWAKE
)
