"""Distress said in voices the earlier lists lacked (the fifteenth list written blind,
tests/skill/blind15.py): understated ("things got a bit physical"), reported by someone else
("the counsellor said it counts as abuse", "my daughter told her teacher her dad hits me"),
rambled, or in Scots and Irish idiom ("do the dog in"); and families it found missing: pills
laid out, the edge looked over again and again, a birthday not planned to be seen, an ex who
turns up everywhere, a pet hurt to punish, giving in because refusing is worse, friends deleted.

Each needs what makes it more than its everyday twin: "things got physical at rugby", "my tablets
laid out for the week", "the cat turns up wherever I am" and "I let him win because it's easier
than the sulking" are not this.
"""

from __future__ import annotations

from .distress_vocab import KIN, NOT_A_PET, PARTNER_AS_HE_SHE_OR_THEY, SUBJECT, VIOLENT

_PETS = r"(?:dog|dogs|cat|cats|puppy|kitten|pets?|rabbit|horse|bird|budgie|hamster|guinea pig)"
_MEDS = r"(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping (?:pills|tablets)|sleepers|antidepressants)"
# When a clause ends there: "things got a bit physical last night", not "... at rugby".
_ENDS = (
    r"(?= *$| (?:last night|again|at home|between us|with (?:me|us)|when|and|after|tonight|yesterday|the other "
    r"(?:night|day)|this (?:morning|week)|on (?:the )?\w+day)\b)"
)

VOICES = [
    # Understated: "things got a bit physical last night", "it turned a little violent between us".
    r"\b(?:things|it|we|he|she|they) (?:got|get|gets|getting|became|turned|went) (?:a (?:bit|little) |a little bit |"
    rf"quite |really |very |pretty |kind of )?(?:physical|violent)\b{_ENDS}",
    rf"\b{PARTNER_AS_HE_SHE_OR_THEY}(?: \w+){{0,2}} (?:gets|got|getting|is|was|can be|can get) (?:a (?:little|bit) |a little bit |"
    r"quite |too |really )?(?:rough|physical|heavy handed|handsy) with (?:me|us|the kids)\b"
    # Not in play or sport: "rough with me at footy training", "in the pillow fight".
    r"(?! (?:at|in|during|on|when we)\b(?! (?:home|bed|the (?:house|bedroom|kitchen|car))\b))",
    # In drink or a temper, then blows without an object: "when she drinks she gets ... and then she hits".
    rf"\bwhen {PARTNER_AS_HE_SHE_OR_THEY} (?:drinks(?! (?:coffee|tea|water|juice|milk)\b)|is drunk|gets drunk|has had a few|is had a few|has been drinking|gets angry|"
    r"gets mad|loses it|is in a mood)\b(?: \w+){0,8} (?:hits|lashes out|swings|starts swinging|gets violent)\b"
    r"(?! (?:his|her|their|the|a|an|it)\b)",
    # Hands raised or lifted to someone: "lifting his hands to me".
    r"\b(?:lift|lifts|lifted|lifting|raise|raises|raised|raising) (?:his|her|their|a) (?:hand|hands|fist|fists) "
    r"(?:to|at|against|on) (?:me|us|the kids)\b",
    # Struck, not "struck me as odd": "she's been striking me when the carers leave".
    rf"\b{SUBJECT}(?: \w+){{0,3}} (?:strikes|striking|struck|strike) (?:me|us|the kids|my \w+)\b(?! as\b| that\b| how\b)",
    # Someone else's name for it: "the counsellor said it counts as abuse", "my gp called it assault".
    r"\b(?:counts|count|counted|classed|qualifies) as (?:domestic |emotional |financial |sexual |physical )?"
    r"(?:abuse|violence|assault|rape|coercive control)\b|\b(?:called|calls|call) (?:it|that|this|what \w+ (?:did|does)) "
    r"(?:domestic |emotional |financial |sexual )?(?:abuse|violence|assault|rape|coercive control)\b",
    # A child's parent, named from the child's side: "my daughter told her teacher her dad hits me".
    rf"\b(?:her|his|their) (?:dad|father|mum|mom|mother|stepdad|stepmum|stepmom|daddy)(?: \w+){{0,2}} {VIOLENT} "
    r"(?:me|us|mummy|mommy|mum|mom|daddy)\b(?! (?:at|in|to|up|out)\b)",
    # Hurt talked of as though it were nothing: "the way he talks about hurting me".
    r"\b(?:talks|talked|talking|jokes|joked|joking|goes on|went on|fantasises|fantasizes) about (?:hurting|killing|"
    r"harming|strangling|hitting|burying|drowning|choking) (?:me|us|the kids)\b",
    # The keys and phone taken, then kept in: "took the car keys and my phone and said i'm not leaving".
    r"\b(?:took|takes|taken|taking|hid|hides|hidden) (?:\w+ ){0,3}(?:keys|phone|mobile)\b(?: \w+){0,10} (?:i am not "
    r"(?:leaving|going anywhere|allowed out)|i can not (?:leave|go out)|(?:so|and) i (?:could|can) not (?:leave|get out))\b",
    # "do in" is to kill: "she'd do the dog in", "he said he'd do me in".
    rf"\b(?:do|did|doing|done) (?:me|us|(?:the|my|our) (?:{KIN}|{_PETS}|kitten|puppy)) in\b(?! (?:the|a|an|my|his|her|"
    r"town|time|half)\b| one go\b)",
    # A pet or a child harmed to punish: "he left the puppy out in the snow all night to punish me".
    rf"\b(?:the|my|our) (?:{_PETS}|kids?|children|baby)\b(?: \w+){{0,10}} (?:to|just to) (?:punish|get back at|hurt) me\b",
    # Done with being alive: "lowkey done with being alive", "so over existing".
    r"\b(?:(?:done|finished|over) with|so over|sick to death of) (?:being alive|existing|breathing|life itself|living this life)\b",
    # Everyone better off, thought over and over: "i keep thinking everyone would manage fine without me".
    r"\b(?:keep thinking|think|feel like|know|sure|reckon|convinced) (?:that )?(?:everyone|everybody|they|people|"
    r"the kids|my family) would (?:\w+ ){0,2}(?:manage|cope|be fine|be okay|get on|do fine|be happier)(?: \w+)? without "
    r"me\b(?! (?:for|while|at|on|this|tonight|today)\b)",
    # Marks kept hidden: "doing the thing to my legs again, where nobody sees".
    r"\b(?:to|on) my (?:legs|arms|wrists|thighs|stomach|skin|hips)\b(?: \w+){0,3} where (?:nobody|no one|nobody can|"
    r"no one can|people can not|people do not) (?:sees?|will see|can see)\b",
    # Pills laid out and looked at: "the tablets all lined up on the bench".
    rf"\b{_MEDS} (?:are |all |are all )?(?:lined up|laid out|counted out|spread out|in a row|in a pile)\b(?! (?:for|in (?:the|my|a) "
    r"(?:dosette|pill box|pillbox|organiser|organizer|tray))\b)",
    # A weapon and not coming back: "head bush with the rifle and not come back".
    r"\b(?:gun|rifle|shotgun|pistol|firearm)\b(?: \w+){0,4} (?:and )?(?:not|never) (?:come|coming) (?:back|home)\b",
    # The edge looked over again and again: "i keep looking over the edge of the top floor".
    r"\bi (?:keep|kept|have been|find myself|catch myself) (?:looking|staring|leaning|peering|standing) (?:over|down "
    r"(?:from|off)|off|at) the (?:edge|ledge|railing|parapet|drop)\b(?!.*\b(?:view|sunset|scenery|photos?|fireworks|boats)\b)"
    # The edge of somewhere high, not of the pool or the table.
    r"(?! of (?!(?:\w+ ){0,5}(?:roof|cliffs?|car park|bridge|building|balcony|platform|floor|tower|storey|pier|quarry|"
    r"flats)\b))",
    # Into the water and on: "walk into the loch tonight and keep walking".
    r"\b(?:walk|walking|swim|swimming|wade|wading) (?:out )?(?:into|to) (?:the )?(?:sea|ocean|loch|lough|lake|river|"
    r"water|waves|surf|bay|tide)\b(?: \w+){0,2} (?:and )?(?:keep (?:walking|going|swimming)(?! (?:till|until|to|for|towards|"
    r"round|around|back)\b)|not (?:come|coming) "
    r"(?:back|out)|never (?:come|coming) (?:back|out)|not stop|let it take me)\b",
    # Not planning or not seeing oneself to see a day: "not planning on being around for my birthday",
    # "i can't see myself still being here at christmas".
    r"\bnot (?:planning|intending|expecting|plan|intend) (?:on|to) (?:being|be) (?:around|here|alive)(?: \w+)? (?:for|at|"
    r"by|till|until|to see) (?:my|next|christmas|new year|much|another)\b"
    r"(?!.*\b(?:we are|we will be|i will be|i am) (?:going|away|off|flying|visiting|travelling|traveling|working|on holiday)\b)",
    r"\b(?:can not|do not|could not) see myself (?:still )?(?:being )?(?:here|around|alive)(?: \w+)? (?:at|for|by|in|till|until|next|much)\b"
    r"(?! (?:this|the|my) (?:job|company|place|school|office|house|flat|town|city|team|club)\b)",
    # What if one never came up: "what if i just didn't come up".
    r"\bwhat if i (?:just )?(?:did not|do not|never|stayed down and did not) (?:come (?:back )?up|surface|wake up|come "
    r"back|resurface)\b(?! (?:in time|on time|early|before|for|until|till|from|up)\b)",
    # An ex who turns up everywhere: "my ex turns up wherever i am".
    rf"{NOT_A_PET}\b{PARTNER_AS_HE_SHE_OR_THEY}(?: \w+){{0,2}} (?:turns|turned|turning|shows|showed|showing|pops|popped) up "
    r"(?:wherever|everywhere|anywhere|every place) (?:i|we)\b",
    # Things left or waited after a split: "leaving dead flowers on my doorstep since we split".
    r"\b(?:(?:leaving|leaves|left)(?: \w+){0,3} (?:on|at|outside|through|in) my|(?:turning|turns|showing|shows) up (?:at|"
    r"outside)|following me|watching (?:me|my|the house)|waiting outside|driving past|sitting outside|parked outside)\b"
    r"(?: \w+){0,8} since (?:we|i) (?:split|broke up|separated|left (?:him|her|them)|ended it)\b",
    # Giving in because refusing is worse: "i just let him because it's easier than what happens if i don't".
    r"\b(?:easier|safer|better) than what (?:happens|he does|she does|they do|would happen|he will do|she will do)\b"
    r"(?: \w+){0,2} if (?:i|we) (?:do not|say no|refuse|did not|said no)(?= *$| (?:and|but|so|because)\b)",
    # Frozen by what the partner does: "every time the door goes i freeze, because of what he does when
    # he's in a mood" (not "freeze up in exams", which names no one's doing).
    r"\b(?:i|we|the kids)\b(?: \w+){0,3}? (?:freeze|froze|frozen|flinch|flinched|shake|shaking|tremble|trembling|"
    rf"cower|cowering)\b(?: \w+){{0,8}}? because of what {PARTNER_AS_HE_SHE_OR_THEY}(?: \w+){{0,2}}? "
    r"(?:does|did|will do|would do|might do|could do|has done|is going to do)\b",
    rf"\b(?:i|we|the kids)\b(?: \w+){{0,3}}? (?:freeze|froze|flinch|flinched|cower|tremble)\b(?: \w+){{0,6}}? (?:when|"
    rf"whenever|every time|if) {PARTNER_AS_HE_SHE_OR_THEY} (?:is|gets|get|are) (?:in )?(?:a|one of (?:his|her|their)) "
    r"(?:mood|moods|temper|tempers|rage|rages|state)\b",
    # Friends and family deleted under watch: "she checks that i've deleted them all".
    r"\b(?:friends|mates|family|mum|mom|sister|brother|parents)\b(?: \w+){0,10} (?:checks|checked|checking|makes sure|"
    r"made me|makes me|forced me|forces me|tells me to|told me to) (?:that )?(?:i have |i )?(?:delete|deleted|block|"
    r"blocked|unfriend|unfriended|drop|dropped|cut off) (?:them|all of them|everyone|every one)\b",
]
