"""Coercion the other families did not name (tests/skill/distress_fixer3.py, written before
these): a body or a health need controlled (medication, an inhaler, birth control, food spiked),
status held over someone (deportation, a visa), abuse through a phone (accounts made after a
block), a car driven or left as a threat, a partner's own suicide used as a threat, a forced
marriage, an escape planned in secret, and self-harm said in new words ("scratching my arms
until they bleed", "I don't trust myself around the knives").

Each needs the object that makes it harm: "my inhaler", not "his medication"; "to scare me",
not "really fast on the motorway"; "if I leave", not "in the pool"; "around the knives", not
"around the cake".
"""

from __future__ import annotations

from .distress_vocab import PARTNER

# What a body needs, and is taken, hidden or thrown away to control it.
_NEED = (
    r"(?:medication|medicine|meds|pills|tablets|antidepressants|antibiotics|painkillers|prescription|inhaler|insulin|epipen|epi pen|birth control(?: pills)?|"
    r"contraception|contraceptive pills?|the pill|glasses|hearing aids?|wheelchair|crutches|walking stick|walker)"
)
# Where self-harm is feared: "around the knives", "with my pills".
_MEANS = r"(?:knives|knife|pills|tablets|meds|medication|razors?|blades?|gun|guns|rope|the bridge|the car|alcohol)"
_LEAVING = r"if i (?:go|leave|left|break up|split up|walk out|end it|tell (?:anyone|someone|the police))"

COERCION = [
    # A body or a health need controlled.
    # Done to me, not by me: "I took my pills this morning"; with no one named first (a promise's words
    # after "I …"), a routine is the speaker's own: "took my tablets with breakfast like the doctor said".
    rf"(?<!\bi )(?<!\bwe )(?<!\bi am )(?<!\bwe are )(?!^(?:took|takes|taking) my \S+(?: \S+)? (?:with (?:my |a |the )?"
    r"(?:breakfast|lunch|dinner|tea|supper|food|meal|meals|water)|on time|as (?:prescribed|the doctor said|i should)|"
    r"like the doctor said|every (?:morning|day|night|evening))\b)\b(?:hides|hid|hidden|hiding|takes|took|taking|throws|threw|chucked|flushed|flushes|binned|bins|withholds|"
    rf"withheld|rations|rationed|stole|steals|smashed|broke) (?:away )?my {_NEED}\b(?! (?:for me|to the|so i (?:do not|"
    r"can) (?:forget|remember)|in (?:a|the) (?:box|organiser|organizer|cabinet|cupboard)|by mistake|"
    # Brought, not taken away: "sam took my tablets with breakfast up to me".
    r"(?:with (?:my |a |the |some )?(?:breakfast|lunch|dinner|tea|supper|water|glass of water|juice|coffee|cuppa|cup of tea|"
    r"drink|toast) )?(?:up |upstairs |in |over |round |through )?to (?:me|my (?:room|bed|bedroom))\b))",
    r"\b(?:poison|poisons|poisoned|poisoning|drugging|drugged|spiked|spikes|spiking) (?:me|us|my (?:food|drink|drinks|"
    r"tea|coffee|water|meals?|dinner|wine|medication))\b",
    r"\bput (?:something|stuff|pills|drugs) in my (?:drink|food|tea|coffee|water)\b",
    r"\b(?:sabotag(?:es|ed|ing)|tamper(?:s|ed|ing) with|poked holes in) my (?:birth control|contraception|condoms?|pills?)\b",
    # Status held over someone.
    r"\b(?:get|have|had|getting) me deported\b|\breport(?:s|ed|ing)? me to (?:immigration|the home office|ice)\b|"
    r"\b(?:call|calls|called|ring|rang) immigration on me\b|\b(?:cancel|cancels|cancelled|canceled|withdraw|withdrew) "
    r"my (?:visa|sponsorship|residency|spousal visa)\b",
    # Through a phone: contact that a block did not stop.
    r"\b(?:after|even though|although|since) i blocked (?:him|her|them)\b|\bnew (?:accounts?|numbers?|profiles?) to "
    r"(?:message|text|contact|watch|follow|find|call|reach) me\b",
    r"\b(?:post|posts|posted|posting|share|shares|shared|sharing|leak|leaks|leaked|send|sends|sent) (?:my |our )?"
    r"(?:nudes|naked (?:photos|pictures|pics|videos)|intimate (?:photos|pictures|pics|videos|images)|sex tape)\b",
    r"\b(?:filmed|films|filming|recorded|records|recording) me (?:without|naked|in the shower|undressing|having sex|"
    r"while i (?:was|am) (?:asleep|sleeping|undressed|naked))\b",
    # A car driven, or left, as a threat.
    r"\b(?:drives?|drove|driving|speeds?|sped|speeding|swerves?|swerved|swerving)\b(?: \w+){0,4} to (?:scare|frighten|"
    r"terrify|punish|teach) (?:me|us|the kids)\b",
    r"\bcrash (?:the|his|her|our|my) car (?:with|while) (?:me|us|the kids|my kids|the children)\b|\b(?:drive|drives|"
    r"drove|driving) (?:us|me|the car|the kids) (?:off|into) (?:a|the) (?:road|bridge|cliff|tree|wall|river|lake)\b",
    r"\b(?:left|leaves|dumped|dumps|kicked) me (?:out )?(?:on|at|by) the (?:side of the )?(?:road|motorway|highway|"
    r"freeway|roadside)\b|\bleft me stranded\b",
    # A partner's suicide, used as a threat.
    r"\b(?:threaten(?:s|ed|ing)?|says|said|will|would|is going to) (?:to )?(?:jump|end it|end (?:his|her|their) life|"
    rf"take (?:his|her|their) (?:own )?life|overdose|hang (?:himself|herself)|crash the car) {_LEAVING}\b",
    r"\bthreaten(?:s|ed|ing)? to jump\b(?! (?:in|into|on|ahead|the queue|the gun|ship|up|at))",
    # A forced marriage.
    r"\b(?:forc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|pressur(?:e|es|ed|ing)) me (?:(?:in)?to )?(?:marry|get married|"
    r"a marriage)\b|\bforced marriage\b",
    # Drink forced on someone trying to stop: "every time i try to stop he pours me a drink and makes me have it".
    # A night out's "made me have a shot" is banter: someone close, and made to again and again or by force.
    rf"\b(?:try|tries|tried|trying) to (?:stop|quit|stay sober|stay dry|give up|cut down)\b.*\b(?:he|she|{PARTNER})\b.*"
    r"\b(?:makes|forces|forced|holds|held) me (?:to )?(?:have|drink|down|take|swallow|finish) (?:it|them|a drink|a pint|a shot|the (?:drink|glass|bottle|"
    r"shot))\b",
    # An escape planned in secret.
    rf"\b(?:get away|escape|run away|flee|leave)(?: from)? (?:him|her|them|{PARTNER})(?: \w+){{0,3}} without (?:him|"
    r"her|them) (?:finding out|knowing|noticing|seeing)\b",
    # Self-harm in new words.
    r"\b(?:been|keep|kept|keeps|started|start|stop) (?:hurting|harming|cutting|burning|scratching|hitting|punishing|"
    r"bruising) myself\b(?! (?:\w+ )?(?:shaving|cooking|chopping|by accident|accidentally|at the gym|in the kitchen))",
    r"\b(?:scratch|scratching|scratched|pick|picking|picked|cut|cutting|bite|biting|pull|pulling) (?:at )?my (?:\w+ )?"
    r"(?:arms?|legs?|skin|wrists?|thighs?|face)\b(?: \w+){0,3} (?:until|till|til) (?:they|it|i) (?:bleeds?|bled)\b",
    rf"\b(?:do not|can not|could not) trust myself (?:around|with|near|alone with) (?:the |my |those |any )?{_MEANS}\b",
    r"\b(?:happier|better off|easier|better)(?: \w+){0,2} (?:without me|if i (?:was|were|am) (?:not|no longer) "
    r"(?:around|here|alive)(?! (?:so|as|all|for|at|on|in|this|that|tonight|today|tomorrow)\b)|if i (?:did not|do not) "
    r"exist|if i (?:was|were) gone)\b",
]
