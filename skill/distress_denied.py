"""Food, medicine, money, papers and a bed withheld (the eighth list written blind,
tests/skill/distress_blind8.py): not let to eat as a punishment, kept from one's meds, no bank
card of one's own, passwords changed so food can't be bought, a loan put in one's name, the
kids' passports held, made to sleep in the car; and no way out: no money and nowhere to go,
somewhere "he won't find me", a number that won't show on the phone bill.

Each needs a person withholding it or the speaker hiding from one: "my card was declined at the
shop", "we're not eating out this month", "she keeps my passport safe in the drawer for me" and
"I changed the netflix password" are everyday.
"""

from __future__ import annotations

from .distress_vocab import CLOSE

DENIED = [
    # Food or medicine withheld: "he didn't let me eat for the day", "she keeps me from my meds".
    rf"\b{CLOSE}(?: \w+)? (?:did not|does not|will not|would not|never) (?:let|allow) me (?:to )?(?:eat|have "
    r"(?:dinner|food|breakfast|lunch|tea|a meal)|take my (?:meds|medication|tablets|pills|insulin|inhaler))\b"
    # Their own food kept back is no harm: "he won't let me eat his chips".
    r"(?! (?:his|her|their|the last|any of (?:his|her|their))\b)",
    rf"\b{CLOSE}(?: \w+)? (?:keeps|kept|keep|stops|stopped|hides|hid|takes|took) (?:me from |away )?my (?:meds|"
    r"medication|medicine|tablets|pills|insulin|inhaler|prescription)\b(?=.*\b(?:(?:when|if|because|until|unless) "
    r"i|as (?:a )?punishment|to punish)\b)",
    rf"\b{CLOSE}(?: \w+)? (?:stopped|stops|stop|kept|keeps) me (?:from )?eating"
    # Not a treat held back: "she stopped me eating the whole cake".
    r"(?= *$| (?:for|all (?!the)|since|until|when|if|because|as|today|again|at all)\b)",
    r"\b(?:have not|had not|did not) eaten\b(?: \w+){0,4} (?:he|she|they) (?:will not|would not|does not|did not|never) "
    r"let me\b",
    # Eating forbidden, not a food cut out ("I'm not allowed to eat sugar" is a diet).
    r"\b(?:not allowed|no longer allowed|never allowed) to eat(?= *$| (?:for|all (?!the)|since|until|unless|when|if|"
    r"because|as|today|again|at all|anything|properly|with)\b)",
    r"\b(?:not allowed|no longer allowed|never allowed) to have (?:my own )?(?:bank card|bank account|card|money|cash|"
    r"phone|keys|passport|food)\b",
    # Money taken out of reach: "he changed the password on our joint account and I can't buy food".
    r"\b(?:changed|changes|locked|locks|froze|freezes|closed|emptied|empties|drained|blocked) (?:the |my |our )?"
    r"(?:password|pin|login|card|account)(?: \w+){0,5}\b(?=.*\b(?:can not|could not|cannot|unable to) (?:buy|"
    r"afford|get|pay for) (?:food|groceries|nappies|diapers|formula|my meds|medicine|petrol|anything)\b)",
    # Credit taken in one's name: "she put the loan in my name without asking and now they're chasing me".
    rf"\b{CLOSE}(?: \w+)? (?:put|puts|took out|takes out|taken out|has taken out|opened|got|signed) (?:a |the |another |more )?(?:loans?|"
    r"debts?|credit cards?|overdraft|finance|mortgage|phone contract|car finance) (?:out )?in my name\b",
    # Papers held: "he holds the kids' passports and says I'll never take them home".
    rf"\b{CLOSE}(?: \w+)? (?:holds|held|keeps|kept|has|hides|hid|took|takes|locked up|locks up|will not give me|"
    r"refuses to give me) (?:the |my |our |the kids(?:'|s)? |the children(?:'s|s)? )?(?:passports?|visas?|birth "
    r"certificates?|papers|documents|id)\b(?=.*\b(?:never|will not|can not|says|threat\w*|so i|and i)\b)",
    # Put out of bed: "he makes me sleep in the car when he's in a mood".
    rf"\b{CLOSE}(?: \w+)? (?:makes|made|forces|forced) (?:me|us|the kids) (?:to )?sleep (?:in|on) (?:the |a )?"
    r"(?:car|floor|garden|shed|garage|porch|step|doorstep|street|cold)\b",
    # No way out: "I need to get out but I've got no money and nowhere to go".
    r"\b(?:no|not any) money and (?:no ?where|nowhere|no place|nobody|no one) to (?:go|stay|turn)\b(?! (?:on|for|at|"
    r"this|over) (?:the )?(?:holiday|holidays|christmas|weekend|new year|half term|summer|easter|date|our anniversary)\b)",
    # Hiding from someone: "where can I go tonight that he won't find me".
    r"\b(?:where|somewhere|anywhere|some place|someplace) (?:can i|could i|do i|should i|to|i can|i could)? ?"
    r"(?:go|stay|hide|sleep|live)\b(?: \w+){0,3} (?:that|where) (?:he|she|they) (?:will not|would not|can not|"
    r"could not|won t|never) (?:find|get|reach|see|follow)\b",
    # A call that must leave no trace: "a number I can call that won't show up on the phone bill".
    r"\b(?:number|call|ring|text|line|helpline)\b(?: \w+){0,4} (?:that|so it|which|and it) (?:will not|would not|"
    r"does not|won t) (?:show|come) up on (?:the |my |our |his |her )?(?:phone bill|bill|statement|bank statement|"
    r"call log|phone|history)\b",
]
