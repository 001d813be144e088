"""Suicide and self-harm said through a method or a place, softly, as a plan, a thought or a past
attempt (issue 8; an independent tester's finds, where "sometimes I think of jumping from the
terrace" was saved as a check-in answer and "I'm counting the paracetamol" as a small win; the
eleventh list written blind, tests/skill/blind11_methods.py), read by skill/distress.py.

A place or a means is ordinary on its own ("we walked across the harbour bridge", "the engine
was running rough in the garage", "pills for my hay fever"): it is read as distress when it is
put together with the speaker's own going (a thought, a wish, a plan, "on purpose", "hoping one
would come"), or with an end that does not come back ("and not come back", "let it take me").
Counted pills are ordinary when they are left over, sorted for someone or to be bought.
"""

from __future__ import annotations

# Medicines by their everyday names in the five locales.
MEDS = (
    r"(?:pills|tablets|meds|medication|medicine|paracetamol|panadol|tylenol|advil|nurofen|ibuprofen|aspirin|"
    r"codeine|co codamol|painkillers|pain killers|sleeping (?:pills|tablets)|sleepers|antidepressants|"
    r"anti depressants|diazepam|valium|xanax|tramadol|oxycodone|oxy|opioids|morphine|lithium|insulin|"
    r"crocin|dolo|combiflam|benadryl|nyquil|heart (?:pills|tablets|medication|meds)|blood pressure (?:pills|"
    r"tablets|medication|meds))"
)
# Where people go to fall, be struck or go under.
_HIGH = (
    r"(?:bridge|overpass|flyover|footbridge|roof|rooftop|terrace|balcony|cliff|cliffs|ledge|building|car park|"
    r"multi storey|tower|tower block|block of flats|window|top floor|gap|lookout|quarry)"
)
_STRUCK = r"(?:train|trains|tracks|express|tram|truck|lorry|bus|traffic|oncoming traffic|semi|road train)"
_WATER = r"(?:sea|ocean|river|lake|surf|water|waves|dam|canal|harbour|harbor|bay|creek|tide|current)\b(?! park| slide)"
# The speaker's own going: a thought, a wish, a plan, a try.
_TOWARD = (
    r"(?:think|thinks|thinking|thought|wonder|wondered|wondering|imagine|imagined|imagining|picture|pictured|"
    r"picturing|dream|dreamt|dreaming|fantasi[sz]e|fantasi[sz]ing|tempted|want|wants|wanted|wanting|planning|"
    r"planned|plan|ready|urge|hoping|hoped|tried|trying|considering|considered|wish|wished|longing|decided|close to)"
)
# An end that does not come back.
_NO_RETURN = (
    r"(?:and|until i|till i) (?:just )?(?:not|never|can not|could not|do not|did not|no longer) (?:\w+ )?"
    r"(?:come|coming|swim|swimming|get|getting|make it|climb|climbing|walk|walking) (?:back|out|up)\b|"
    r"and (?:let (?:it|them|the \w+) take me|stay (?:there|under|down)|never (?:surface|stop)|disappear for good)\b"
)
# An accident or a sight, said after the place: "walked into traffic looking at my phone".
_ACCIDENT = (
    r"(?! (?:\w+ ){0,3}(?:by accident|accidentally|looking at|on my phone|not looking|for (?:a |the )?(?:photos?|"
    r"pictures?|selfies?|view|fun|a swim)|to (?:take|get) (?:a )?(?:photos?|pictures?|selfies?)|with the kids))"
)

METHODS = [
    # A high place or a vehicle, the speaker jumping, stepping or thrown: strong on its own.
    rf"\bi\b(?: \w+){{0,4}} (?:jump|jumping|jumped|leap|leaping|leapt|throw myself|throwing myself|threw myself|"
    rf"fling myself|flung myself) (?:off|from|in front of|under|over) (?:\w+ ){{0,4}}(?:{_HIGH}|{_STRUCK})\b{_ACCIDENT}",
    # The same with a softer verb, said with a thought, a wish or a plan.
    rf"\b(?:i|me)\b(?: \w+){{0,4}} {_TOWARD}\b(?: \w+){{0,3}} (?:step|steps|stepping|stepped|walk|walking|walked|"
    rf"fall|falling|fell|go|going|went|drive|driving|drove|swerve|swerving|swerved|run|running|lie|lying|lean|"
    rf"leaning|letting go|let go) (?:\w+ ){{0,2}}(?:off|from|in front of|under|into|onto|over|out of|down on) "
    rf"(?:\w+ ){{0,4}}(?:{_HIGH}|{_STRUCK}|edge|railing|railings|rails|line){_ACCIDENT}",
    r"\b(?:letting|let|let s) go of (?:the |that )?(?:railing|railings|rail|ledge|edge|steering wheel|wheel)\b",
    # Standing at the edge, or near the line, with a purpose.
    rf"\bi (?:\w+ ){{0,2}}(?:stood|standing|stand|sat|sitting|sit|climbed|climbing) (?:on|at|over|onto) the (?:very )?"
    rf"(?:edge|ledge|wrong side|railing|railings|barrier)(?: of)? (?:the |a )?(?:\w+ ){{0,3}}{_HIGH}\b{_ACCIDENT}"
    r"(?! (?:to|for) (?:fix|clean|check|do|paint|the gutters|the (?:aerial|antenna|dish|solar)))",
    rf"\b(?:{_HIGH}|{_STRUCK}|edge|platform|line|rails)\b(?: \w+){{0,6}} (?:on purpose|deliberately|hoping (?:one|it|"
    r"a \w+|something|someone|the \w+) (?:would|will|might) (?:come|hit|take|not stop))\b",
    rf"\b{_HIGH}\b(?: \w+){{0,8}} {_TOWARD}\b(?: \w+){{0,3}} (?:step|stepping|jump|jumping|lean|leaning|fall|"
    r"falling|going) (?:off|over|out)\b(?! (?:the )?(?:bus|train|tram|boat|ferry|plane))",
    rf"\b(?:{_HIGH}|{_STRUCK}|drop|fall|edge|rope|pills|{_WATER})\b(?: \w+){{0,8}} (?:and )?(?:think|thinking|thought|"
    r"wondering|wonder) (?:\w+ ){0,2}(?:it|that) (?:would|will|could|might) (?:all )?be (?:quick|quicker|"
    r"painless|over (?:quickly|fast|in seconds)|easy|the easiest way)\b(?! to (?:get|go|drive|walk|take))",
    r"\b(?:which|what|how high a|how many) (?:floor|storey|story|bridge|building|height|drop|fall|balcony)s? "
    r"(?:would|will|is|was|might) be (?:high|tall|far|big) enough\b|\bhigh enough to (?:kill|die|do it|end it)\b",
    r"\b(?:cliff|edge|bridge|wall|tree|truck|lorry|pole|gap|lookout|river|sea|pier)\b(?: \w+){0,10} (?:driving|"
    r"drive|drove|going|speeding|speed|accelerating|keep going|kept going)(?: \w+){0,3} (?:and )?(?:not|never|"
    r"without) (?:stop|stopping|braking|brake|slowing)\b",
    # The water: walked into, gone under, not come back from.
    rf"\b(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam|go|going|went|head|heading|drive|driving|"
    rf"drove|float|floating)(?: \w+){{0,2}} (?:into|out into|out to|out past|out beyond|out in|out|under|off into) "
    rf"(?:\w+ ){{0,3}}(?:{_WATER}|flags|bush|woods|forest|desert|snow)(?: \w+){{0,4}} (?:{_NO_RETURN})",
    r"\b(?:go|going|stay|staying|slip|slipping|sink|sinking|put my head|hold my head|held my head) under "
    r"(?:the )?(?:water|waves|surface|bath water)?(?: \w+){0,2} ?(?:and (?:stay|not come up|never come up|not "
    r"breathe)|for good|forever)\b",
    r"\blet (?:the (?:river|sea|ocean|water|waves|current|tide|cold)|it) take me\b",
    r"\b(?:fill|filling|filled|run|running|ran) (?:the|a|my) bath (?:and|to) (?:\w+ ){0,3}(?:not|never) (?:get|"
    r"getting|come|coming) (?:out|up)\b",
    # Wanting to go somewhere and never come back: "walk into the bush and not come back".
    rf"\b(?:i|me)\b(?: \w+){{0,3}} (?:{_TOWARD}|just want|sometimes i)\b(?: \w+){{1,8}} and (?:just )?(?:not|never) "
    r"(?:come|coming|go|going) (?:back|home)\b(?! (?:to (?:work|the office|that|this|there)|until|till|for)\b)",
    # The car's exhaust, the engine left running in a shut garage.
    r"\b(?:hose|hosepipe|hose pipe|tube|pipe)s? (?:\w+ ){0,4}(?:fits?|fitted|attach\w*|taped|in|into|through|"
    r"on|onto|up to|to|from) (?:the )?(?:exhaust|(?:car|ute|van|truck) window|window of the (?:car|ute|van|truck))\b",
    r"\b(?:sat|sit|sitting|sits|stay|stayed|staying|lie|lay|lying|wait|waited|waiting) in (?:the|my) (?:car|ute|"
    r"van|truck)\b(?: \w+){0,4} (?:engine|motor) (?:on|running|going|idling)\b(?: \w+){0,4} (?:garage|shed)\b",
    r"\b(?:sat|sit|sitting|sits|stay|stayed|staying|lie|lay|lying|wait|waited|waiting) in (?:the|my) (?:car|ute|"
    r"van|truck) in the (?:garage|shed)\b(?: \w+){0,4} (?:engine|motor) (?:on|running|going|idling)\b",
    r"\b(?:engine|motor) (?:on|running|going|idling)\b(?: \w+){0,4} (?:garage|shed) (?:door )?(?:shut|closed|"
    r"down|locked)\b|\b(?:garage|shed) (?:door )?(?:shut|closed|down|locked)\b(?: \w+){0,4} (?:engine|motor) "
    r"(?:on|running|going|idling)\b",
    # Means got in and kept, and the speaker knows what for.
    rf"\b(?:bought|got|buying|getting|picked up|found|have) (?:\w+ ){{0,6}}(?:hose|hosepipe|rope|cord|blades?|"
    rf"razor blades?|razors?|charcoal|{MEDS})\b(?: \w+){{0,6}} (?:and i know (?:exactly )?what (?:it is|they are|"
    r"that is|this is) for|for when (?:i|it|things) (?:have|has|get|gets|am|can not)|just in case i (?:need|want|"
    r"decide))\b",
    rf"\b(?:keep|keeps|kept|keeping|carry|carrying|carried|hide|hid|hiding|have|got) (?:a |my |the |some )?(?:razor "
    rf"blades?|razors?|blades?|knife|rope|{MEDS}|lighter) (?:\w+ ){{0,4}}(?:for (?:the )?(?:bad|hard|dark|worst|"
    r"those|rough) (?:nights?|days?|times|moments)|for when (?:it|things|i) (?:gets?|am|feel|can not)|(?:just )?in "
    r"case i (?:need|want|decide))\b",
    # Pills counted, lined up, kept back or saved: never those left over, sorted for someone or to buy.
    rf"\b(?:count|counts|counting|counted|lined|lining|laid|laying|line) (?:out |up )?(?:all )?(?:of )?(?:my |the |"
    rf"all the |all my |these |those |his |her )?(?:\w+ )?{MEDS}\b(?! (?:\w+ ){{0,3}}(?:left|remaining|for (?:my|"
    r"the|his|her|mum|mom|dad|nan|gran|the dog|the cat|\w+ s)|into|in(?:to)? (?:the|my|his|her|a) (?:pill|dosette|"
    r"weekly|organi[sz]er|box|case)|so (?:i|we) know|to (?:order|buy|refill|restock|see how many)|we need))",
    rf"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed|collecting|collected|putting aside|"
    rf"put aside|setting aside|set aside|keeping back|kept back|holding back|held back) (?:up )?(?:my |some |all "
    rf"(?:of )?(?:my |the )?|the |enough |a few of my |a few )?(?:\w+ )?{MEDS}\b(?! (?:from (?:the )?(?:last|that)|"
    r"to (?:take|give|share|donate) (?:back|with|to)|for (?:the )?(?:trip|holiday|flight|journey|travel)|(?:from|at|up from) (?:the |my )?(?:chemist|pharmacy|"
    r"drugstore|doctor|surgery|clinic|hospital))\b)",
    rf"\bhow (?:many|much) (?:of )?(?:my |the |these |those )?(?:\w+ )?{MEDS} (?:it (?:takes|would take|will take|"
    r"would need)|(?:would|will) (?:kill|do it|be fatal|be lethal|be enough))\b",
    rf"\b(?:swallow|swallowed|swallowing|took|taking|necked|necking|downed|downing|overdosed on) (?:a |the |half a |"
    rf"half |a whole |the whole |an entire |two |three )?(?:bottle|packet|box|strip|tub|jar|handful|load|pile|"
    rf"sheet)s? of (?:\w+ ){{0,2}}{MEDS}\b(?! (?:to|back|for|into|round|over)\b)",
    # Hanging: a cloth or a rope tied high, a beam that would hold the speaker, a noose.
    r"\b(?:tied|tie|tying|ties|hung|hang|hanging|knotted|fixed|attached|looped|threw) (?:my |a |the |her |his )?"
    r"(?:dupatta|chunni|scarf|saree|sari|rope|belt|cord|sheet|bedsheet|bed sheet|tie|cable|lead|dressing gown "
    r"cord|dog lead|extension cord) (?:\w+ ){0,2}(?:to|from|on|onto|over|around|round) (?:the |a |my )?(?:ceiling "
    r"fan|fan|beam|rafter|rafters|banister|bannister|ceiling|loft hatch|hook in the ceiling)\b(?! (?:\w+ ){0,3}(?:swing|"
    r"hammock|punching bag|boxing bag|hoist|pulley|washing|clothes|plants?|baskets?|tyre|tire|decorations?|lights))",
    r"\b(?:beam|beams|rafter|rafters|banister|bannister|ceiling fan|fan hook|loft hatch|hook|pipe|rail|it)\b"
    r"(?: \w+){0,4} (?:would|will|could|can|might) (?:hold|take|bear|support) my weight\b",
    r"\b(?:tie|tied|tying|make|made|making|knot|knotted|ties) (?:a |the |my )?noose\b|\bnoose\b(?! (?:knot for "
    r"(?:fishing|the boat)|in hangman))",
    # Self-harm: a body hurt on purpose, with an instrument, until it bled.
    r"\b(?:burn|burned|burnt|burning|cut|cutting|scratch|scratched|scratching|hit|hitting|punch|punched|bit|bite|"
    r"biting|scald|scalded|bruise|bruised|bang|banged|banging|hurt|hurting|carve|carved|carving|pierce|stub|"
    r"stubbed) (?:my (?:own )?\w+|myself)(?: \w+){0,5} (?:on purpose|deliberately|to feel (?:something|anything|"
    r"better|real|alive|the pain|in control)|until (?:it|they|i) (?:bled|bleed|bleeds|bled out))\b",
    r"\b(?:burn|burned|burnt|burning|cut|cutting|scratch|scratched|scratching|carve|carved|carving|slice|sliced|"
    r"slicing|scald|scalded|stub|stubbed|stubbing)(?: out)? (?:\w+ )?(?:on |into )?my (?:own )?(?:arms?|wrists?|"
    r"legs?|thighs?|skin|stomach|belly|hips?|forearms?|ankles?) (?:with|using) (?:a |the |my )?(?:lighter|"
    r"cigarettes?|razors?|razor blades?|blades?|compass|matches|a match|sharpener|glass|broken glass|pins?|"
    r"needles?)\b(?! (?:while|when) (?:i was )?shaving)",
    # Stopping what keeps the speaker alive, on purpose.
    rf"\b(?:stop|stopped|stopping|quit|quitting|quitted|not taking|given up|giving up) (?:taking )?(?:my|all my|the) "
    rf"(?:\w+ )?{MEDS}\b(?: \w+){{0,4}} (?:on purpose|deliberately|and i (?:am not|will not|do not) (?:\w+ ){{0,2}}"
    r"(?:start|take|care)|for good|until (?:it is|i am|it s) (?:over|gone|dead)|so (?:that )?(?:i|it) (?:die|dies|"
    r"will not|does not|can not))\b",
    r"\b(?:stop|stopped|stopping|quit|not|no longer) (?:eating|drinking water|drinking anything)\b(?: \w+){0,3} "
    r"(?:until (?:it is|i am|it s|i m|i) (?:over|gone|dead|disappear)|for good|and (?:waste|fade|wither) away|"
    r"until i (?:die|disappear|waste away))\b",
    # Softly: the speaker's absence as a relief, affairs put in order, goodbyes, sleep forever.
    r"\bbetter off (?:if|when|once) i (?:was|were|am|m|is) (?:not|no longer|never) (?:around|here|alive|in the "
    r"picture|in (?:their|his|her|your) lives?)\b|\bbetter off (?:if|when|once) i (?:was|were|am) (?:gone|dead)\b",
    r"\b(?:putting|put|getting|got|sorting|sorted|set) (?:all )?(?:of )?my affairs in order\b",
    r"\bmy will\b(?: \w+){0,8} (?:told|showed|gave|left|written down for) (?:\w+ ){0,3}(?:where (?:the |my |all "
    r"my )?(?:passwords?|everything|keys|papers|documents|money)|(?:the|my|all my) passwords?|who gets)\b",
    r"\b(?:been |started |quietly |i am )saying my goodbyes?(?: to (?:people|everyone|everybody|(?:my |the )?"
    r"(?:kids|family|friends|mates|loved ones)))?(?= *$| (?:just in case|for good|quietly)\b)",
    # Vanishing wished for: "I feel like disappearing forever", "I wish I could disappear and never be found".
    r"\bi (?:(?:just|really|sometimes|often|honestly|still|almost|kind of|sort of) ){0,2}(?:feel|wish|want|wanted|"
    r"think about|thinking about|dream of|dreaming of|keep thinking about)(?: to| of| like| about| i could| that i "
    r"could| i would| i might)? (?:just )?(?:disappear|disappearing|vanish|vanishing)(?: \w+){0,2} (?:forever|for ever|"
    r"for good|and never (?:be found|come back|return|be seen)|and not (?:come back|return|be found)|off the face of "
    r"the earth|without a trace)\b",
    # A pet given away because it will not be needed, or things because of where the speaker is going:
    # "I gave my dog to my sister, I won't be needing him", "I've given my things away, I won't need them where I'm going".
    r"\b(?:gave|given|giving|give) (?:away )?(?:my|all my|our) (?:\w+ ){0,2}?(?:dog|cat|pets?|puppy|kitten|bird|"
    r"horse)(?: away| to (?:my|our|a|the|his|her|their|\w+ s)\b)(?!(?: [\w']+){0,12} (?:for (?:the|a|two|three|a few|the next) (?:day|days|week|weeks|weekend|"
    r"night|nights|fortnight|month|holidays?)|till|until|while)\b)(?: [\w']+){0,8} (?:i|me) (?:will not|won't|am not going to|shall not) (?:be )?(?:needing|need)\b",
    r"\b(?:gave|given|giving|give) (?:away )?(?:my|all my|our) (?:\w+ ){0,2}?(?:things|stuff|belongings|"
    r"possessions|clothes|guitar|books|jewellery|jewelry|savings)\b(?: [\w']+){0,8} (?:i|me) (?:will not|won't|am not "
    r"going to|shall not|do not|don't) (?:be )?(?:needing|need)\b(?: \w+){0,2} (?:where i (?:am|m) going|after "
    r"(?:tonight|this week|today|i am gone|i m gone)|for much longer|much longer|any more after (?:tonight|today))\b",
    # A weapon in hand, now: "I've got the knife in my hand right now" (not one in use for cooking).
    r"\bi (?:have got|have|ve got|got|am holding|m holding|am|m) (?:got )?(?:a|the|my|his|her) (?:knife|blade|razor|"
    r"razor blade|gun|rope|pills|bottle of pills) (?:in my hands? )?(?:right now|now)(?= *$| and\b| i\b)"
    r"(?! (?:and )?(?:\w+ ){0,3}(?:chop|chopping|cut|cutting|slice|slicing|peel|peeling|carve|carving|cook|cooking|"
    r"dinner|onions?|veg|vegetables|bread|roast|cake|shave|shaving))",
    r"\b(?:fall asleep|go to sleep|sleep|drift off) (?:\w+ )?(?:(?:forever|for good|for ever)(?= *$| and\b| now\b)|and "
    r"(?:never|not) wake)\b",
]
