"""The speaker's own harm said sideways, often in the product's own words of promises (tester-voice35,
2026-12-06, on main): not trusting oneself "not to do something stupid", something "I can't take back",
a promise not to cut kept "but I want to so badly", a promise to a therapist "to stay safe" broken, the
only promise wanted "to stop existing", the world "quieter without me", "no future for me". Each was
offered as a kept promise or a moment of reliability.

Each needs its frame; the everyday beside them stays quiet: not trusting oneself "not to eat the whole
cake", saying "something I can't take back at the check-in", a promise "not to cut my own hair", one to
mum "to stay for tea", the house "quieter without me, I'm off to the gym", "no future for this sofa".

tester-voice37's, on lead7: the harm told after the promise's words, the promise kept or missed ("... to stay safe,
I only cut once this week", "... to take my tablets properly, I took the whole box instead", "... to my counsellor,
no cutting since friday"). Each is harm or recovery from it (DESIGN.md: both get the answer); a hedge cut, a box of
chocolates taken, vitamins forgotten stay quiet.
"""

from __future__ import annotations

# What one does not trust oneself not to do: harm, unnamed or named.
_HARM_UNNAMED = (
    r"(?:do|doing) (?:something|anything) (?:stupid|silly|dumb|drastic|daft|bad|terrible|awful|dangerous|reckless|"
    r"permanent|i (?:can not|could not|will not|would not|could never|can never) (?:take back|undo|come back from)|to myself)"
)
# What one takes in harm's amount: "the whole box", "double", "all of them".
_OVERDOSE = (
    r"(?:the whole (?:box|packet|pack|bottle|strip|tub|lot|month s worth)|the lot|all of them|all of it|double|triple|"
    r"twice as many|too many|way too many|a handful|handfuls|loads of them|extra)"
)
# What a promise of one's medicine names.
_MEDICINE = (
    r"(?:tablets|pills|medication|medications|meds|medicine|antidepressants|painkillers|sleeping pills|lithium|"
    r"paracetamol|insulin|prescription)"
)
# Cutting said without what is cut: "i only cut once", "i did cut" (never "cut the hedge", "cut back").
_CUT_ALONE = (
    r"i (?:only |just |still |did |have |had |ended up |went and )*(?:cut|cutting|self harmed|burned myself|burnt myself|"
    r"hurt myself|harmed myself)(?: myself)?\b(?! (?:the|my|a|an|his|her|their|our|some|it|them|back|down|out|off|up|"
    r"corners|through|across|in|into|costs|ties|loose|class|school|sugar|carbs)\b)"
)
# Who holds a safety plan with the speaker.
_CARER = (
    r"(?:my |the )?(?:therapist|counsellor|counselor|psychiatrist|psychologist|doctor|gp|crisis team|key worker|"
    r"care coordinator|support worker|nurse|mental health team|social worker|sponsor)"
)
# What would be better without me; never a room, a house or a trip ("the house would be quieter").
_WITHOUT_ME = (
    r"\b(?:the world|everything|everyone|everybody|life|things|the family|my family|their lives|his life|her life)"
    r" would be (?:so |much |a lot |far )?(?:quieter|better|easier|calmer|happier|simpler|lighter|more peaceful)"
    r" without me(?: in it| around| here| anymore| any more| in the world| in (?:their|his|her|your) lives?)?"
    r"(?: (?:and|but|so|i think|honestly|really|sometimes)\b(?!.*\b(?:gym|trip|holiday|away|off to|weekend)\b).*)?$"
)

OWN_HARM_SIDEWAYS = [
    # Not trusting oneself: "I don't trust myself not to do something stupid tonight".
    rf"\b(?:do not|can not|could not|cannot|never) trust myself (?:not to|to not|not ta) {_HARM_UNNAMED}",
    # Something beyond undoing: "I might do something I can't take back", "afraid I'll do something I can't undo".
    r"\b(?:i might|i may|i could|i will|i am going to|i am gonna|i am scared i will|i am afraid i will|i am worried i "
    r"will|i am frightened i will|i think i will|i feel like i will|i feel like i might) (?:do|end up doing) "
    r"something (?:i|that i) (?:can not|could not|will not|would not|cannot|could never|can never) (?:take back|undo|"
    r"come back from)\b"
    r"(?!.*\b(?:say|said|text|message|post|email|check ?in|meeting|work)\b)",
    # An urge to cut beside a promise kept: "I kept my promise not to cut for a week but I want to so badly".
    r"\bnot to (?:cut(?! (?:my|corners|back|down|out|in|it|the|costs|ties|off|loose|class|school))|self harm|harm myself|"
    r"hurt myself|burn myself)\b.*\b"
    r"(?:but|and) i (?:want|wanna|need|am desperate|am dying|am itching|really want) to\b",
    # A safety plan's promise broken: "I missed my promise to my therapist to stay safe".
    rf"\b(?:missed|broke|broken|break|did not keep|could not keep|failed to keep|let go of) (?:my |the )?promise "
    rf"(?:to|with) {_CARER} (?:to|that i would|that i will|i would) (?:stay|keep myself|be|remain) safe\b",
    # The same promise as a carrier hands it over: "I missed my promise to {my therapist to stay safe}".
    rf"^(?:i )?(?:to )?{_CARER} (?:to|that i would|that i will|i would) (?:stay|keep myself|be|remain) safe\b",
    # Wanting to stop existing, wherever it is said: "the only promise I want to keep is to stop existing".
    r"^(?!.*\b(?:want|wish|need|would like|wanted|wished) (?:the|that|this|those|these|it|his|their|him|her|them)\b"
    r"(?: [\w']+){0,4} to stop existing\b).*\b(?:to|i could|i would|i just|just) stop existing\b(?! (?:on|in|as) )",
    # Better without me: "I keep thinking the world would be quieter without me".
    _WITHOUT_ME,
    # No future for me: "I don't see a future for me, only for them", "there's no future for me anymore".
    r"\b(?:(?:do not|can not|cannot|could not|never) see (?:a|any)|there is no|there is not (?:a|any)|no) future "
    r"(?:for me|left for me|ahead of me|for myself)\b(?! (?:at|in|with|on) (?:this|that|the|my) \w+)",
    # tester-voice36's, on lead5: a promise about one's own harm, not kept: "i promised i'd stop cutting and i
    # haven't" (never nails, chocolate or smoking).
    r"\b(?:promised|swore|told \w+(?: \w+)?)(?: (?:myself|(?:my |the )?\w+))? i would (?:stop|quit|give up) (?:cutting|"
    r"self harming|harming myself|hurting myself|burning myself|starving myself|making myself sick)\b.*\b(?:i have not|"
    r"i did not|i can not|i could not|i have failed|i failed|i broke it|i am not)\b",
    # The promise alone as a carrier hands it over: "i broke my promise to {stay safe}", "… to {stay alive}".
    r"^(?:i )?(?:to )?(?:stay|keep myself|remain) (?:safe|alive)$",
    # A promise to stay safe broken, whoever it was made to: "i broke my promise to stay safe".
    r"\b(?:broke|broken|break|missed|did not keep|could not keep|can not keep|failed to keep) (?:my |the |a |our )?"
    r"promise(?: to (?:my |the )?\w+)? to (?:stay|keep myself|be) (?:safe|alive)\b(?! (?:on|in|at|while|when) )",
    # Not sure of being alive: "i can't promise i'll still be here next week", "… make it to the weekend".
    r"\bcan not promise i will (?:still be (?:here|around|alive)|be (?:here|around|alive) (?:still|anymore|much longer)|make"
    r" it (?:to|through|past) (?:the weekend|next week|tomorrow|christmas|the end of the (?:week|month)|another "
    r"(?:day|week|night)))(?: (?:next week|tomorrow|this time next week|by (?:the weekend|friday|christmas)|much longer|"
    r"for long))?(?: *$| but\b| and\b| honestly\b)",
    # Not doing anything to myself, and not knowing how long: "i promised my mother i won't do anything to myself
    # but i don't know how long i can keep that promise".
    r"\b(?:will not|would not|wo not|never|not to) do (?:anything|something) (?:to myself|stupid to myself)\b.*\b(?:do "
    r"not know how long|can not keep|could not keep|struggling to keep|hard to keep|not sure i can)\b",
    # The safety plan's trigger reached: "i promised my therapist i'd reach out if things got bad, and they have".
    r"\bi would (?:reach out|call (?:them|her|him|someone)|ring (?:them|her|him|someone)|tell (?:them|her|him|someone)|get"
    r" help|ask for help) if (?:things|it|stuff|everything) (?:got|get|gets|became) (?:bad|worse|too much|dark|that bad)"
    r"\b(?: [\w']+){0,2} and (?:they have|it has|they did|it did|they are|it is|now they have|now it has)(?! not)\b",
    # No use in my being alive: "what is the use of me living", "what's the use of me even being here".
    r"\b(?:what is the|there is no|no|not much) (?:use|point) (?:of|in) (?:me )?(?:even )?(?:living|being alive|being "
    r"here|staying alive|carrying on|going on|existing|sticking around|waking up|being around|still being here|breathing)"
    r"\b(?! (?:the|at|in|for|to|early|earlier|late|later|till|until|after|before|on)\b)",
    # tester-voice38's, on lead8: the point of me, said bare: "what's the point of me" (never "... of me going").
    r"^(?:[\w']+ ){0,2}what is (?:even )?the (?:point|use) (?:of|in) me(?: (?:anymore|any more|even|at all|really|now|"
    r"then|honestly|anyway|anyhow|though|seriously|these days))*$",
    # A promise not to cut, told kept or broken: "i broke my promise to myself not to cut again", said whole or as the
    # promise's name ("to stop cutting"); never corners, hair or carbs.
    r"(?:\bpromise[sd]?(?: to myself| to \w+)? |^(?:to )?myself |^)(?:not to|to not|to stop|to quit|i would stop|i would not) "
    r"(?:cut|cutting|self harm|self harming|burn myself|burning myself)(?: myself)?(?: again| anymore| any more)?\b"
    r"(?! (?:the|my|a|an|his|her|their|our|your|some|it|them|back|down|out|off|up|corners|through|across|in|into|costs|"
    r"ties|loose|class|school|sugar|carbs|calories|wood|grass|hair|paper)\b)",
    # The same promise's name alone, as a carrier's slot brings it: "stop cutting" ("… my promise to {stop cutting}").
    r"^(?:to )?(?:stop|quit) (?:cutting|self harming|burning myself)(?: myself)?(?: again| anymore| any more)?$",
    # tester-voice37's, on lead7: cutting told after a promise to stay safe: "i kept my promise to stay safe, i only
    # cut once this week", "... but i did cut once".
    rf"\b(?:stay|keep myself|be|remain) safe\b.*\b{_CUT_ALONE}",
    # Too much of one's medicine after a promise to take it: "i missed my promise to take my tablets properly, i took
    # the whole box instead", "... to take my pills, i took double instead" (never a box of chocolates).
    rf"\b{_MEDICINE}\b.*\bi (?:took|have taken|had|swallowed|necked|downed) {_OVERDOSE}(?: (?:of )?(?:them|it|my \w+|"
    r"the (?:dose|tablets|pills|lot)|dose))?(?: *$| (?:instead|at once|in one go|last night|tonight|today|this morning|"
    r"yesterday|on purpose|again|and|but|so)\b)",
    # Recovery from cutting told as a keep: "i kept my promise to my counsellor, no cutting since friday" (never a
    # diet's cut: "no cutting this month, i'm bulking").
    r"\bno (?:cutting|self harm|self harming|harming myself|hurting myself|burning myself)(?: myself)? (?:since|for|"
    r"this|all|at all|now)\b(?!.*\b(?:bulk|bulking|calories|carbs|diet|gym|weights?|protein|lean)\b)",
]
