"""tester-voice15's finds (/work/notes/tester-voice15.md, on integ), each with its family, the
sentences written before the fix in words of our own (HELD_OUT15), and the everyday twins beside
them (TWIN_LOOKALIKES15): the same words, no crisis."""

# The 19 distress turns the tester got no help for, or had saved, by family.
TESTER15_DISTRESS = {
    "the car keys kept so I can't reach family": [
        "he's had the car keys off me since tuesday so I can't get to my mum's",
    ],
    "the means counted because of last time": [
        "she counts the pills in the cabinet now because of last time",
    ],
    "if anything happens to me it was him": [
        "just so you know, if anything happens to me it was him",
    ],
    "an escape fund hidden": [
        "I managed to hide a bit of cash in a tampon box so I can get away",
    ],
    "farewell letters written": [
        "I've written my letters to everyone so that's sorted",
    ],
    "papers destroyed to stop a job": [
        "log a moment: my husband said he would burn my certificates if I apply for the job",
    ],
    "nobody would believe me over him": [
        "log a moment: Sam reminded me again that nobody would believe me over him",
    ],
    "a child told she's next": [
        "for the record, he took my daughter's phone off her and told her she's next",
    ],
    "the phone checked every night": [
        "log a reliable moment: he checks my call log every night without fail",
    ],
    "made to in bed": [
        "log a moment: he didn't make me do anything I didn't want in bed this week, mostly",
    ],
    "papers and cards locked away": [
        "for the record, he keeps the passports and the bank cards in a locked drawer",
    ],
    "can't keep going much longer": [
        "honestly I don't know how much longer I can keep going, with any of it",
    ],
    "sent away and the baby kept": [
        "he said he'll send me back to my parents' village and keep the baby",
    ],
    "a crash thought of": [
        "I've been thinking about just driving off the road on the way to work",
    ],
    "locked in, the phone taken": [
        "I didn't call because he'd taken my phone and locked the door",
    ],
    "told where I am or he gets rough": [
        "the one where I tell him where I am, or he gets rough",
    ],
    "you'll regret it": [
        "just so you know he said if I go there again without him I'll regret it",
    ],
    "the pills sorted for a day": [
        "no more promises, the thing with the pills is sorted for friday",
    ],
    "next time it'll be my arm he breaks": [
        "Sam said next time it'll be my arm he breaks, not just my phone",
    ],
}

# Written before the fix, in our own words, after reading the families: heard.
HELD_OUT15 = {
    "the car keys kept so I can't reach family": [
        "she took my car keys so I can't see my sister",
        "my husband hides the car keys so I can't go anywhere",
    ],
    "the means counted because of last time": [
        "he locks the tablets away now because of what I did last time",
        "my mum counts my pills every morning since last time",
    ],
    "if anything happens to me it was him": [
        "if something happens to me, it was my husband",
        "if anything happens to me tell them it was her",
    ],
    "an escape fund hidden": [
        "I've been hiding money in my boot so I can leave",
        "I've got cash stashed at work so I can get away from him",
    ],
    "farewell letters written": [
        "I wrote goodbye letters to the kids last night",
        "the letters to my family are written and in the drawer",
    ],
    "papers destroyed to stop a job": [
        "he tore up my degree certificate so I can't work",
        "she said she'd burn my passport if I take the job",
    ],
    "nobody would believe me over him": [
        "he says no one would ever believe me over him",
        "nobody would believe me if I told them what she does",
    ],
    "a child told she's next": [
        "he told my son he's next",
        "she looked at the baby and said you're next",
    ],
    "the phone checked every night": [
        "my husband checks my messages every night",
        "she goes through my call history every evening",
    ],
    "made to in bed": [
        "he makes me do things in bed I don't want to",
        "she pressures me into sex when I say no",
    ],
    "papers and cards locked away": [
        "he keeps my passport locked away",
        "my husband has my bank card and my ID in his safe",
    ],
    "can't keep going much longer": [
        "I can't keep going like this much longer",
        "I don't know how much longer I can hold on",
    ],
    "sent away and the baby kept": [
        "he says he'll throw me out and keep the kids",
        "she threatened to send me back home and keep my son",
    ],
    "a crash thought of": [
        "I keep thinking about driving into a wall",
        "I thought about crashing the car on purpose today",
    ],
    "locked in, the phone taken": [
        "he took my phone and locked me in the bedroom",
        "she locked the door and took my mobile so I couldn't ring anyone",
    ],
    "told where I am or he gets rough": [
        "I have to tell him where I am or he gets violent",
        "if I don't answer she gets rough with me",
    ],
    "you'll regret it": [
        "he said if I leave I'll regret it",
        "she told me if I see my friends again I'll be sorry",
    ],
    "the pills sorted for a day": [
        "I've got the pills sorted for saturday",
        "the tablets are ready for tonight",
    ],
    "next time it'll be my arm he breaks": [
        "he said next time it'll be my neck",
        "next time she'll break my wrist, she says",
    ],
}

# The tester's lookalikes wrongly helped (D8): a rescue, shared accounts, a thrill.
TESTER15_LOOKALIKES = {
    "pulled back from the road": ["note that Sam grabbed my arm to stop me stepping into the road"],
    "accounts shared openly": [
        "log a moment: my husband took charge of the accounts because I hate spreadsheets, and he shows me every month"
    ],
    "a thrill": ["we went skydiving and I thought I was going to die but it was brilliant"],
}

# Everyday twins of each family, written before the fix: quiet.
TWIN_LOOKALIKES15 = [
    "Sam had the car keys since tuesday so I walked to my mum's",
    "Sam counts the pills into the dosette box every Sunday",
    "if anything happens to the boiler call the plumber",
    "I managed to hide a bit of cash in the birthday card for Sam",
    "I've written my letters to the council so that's sorted",
    "Sam said he would burn the old letters in the garden",
    "nobody would believe how big the fish was",
    "Sam took the kids phones off them at bedtime",
    "Sam checks the weather every night",
    "Sam made me breakfast in bed this week",
    "Sam keeps the passports in a drawer for the holiday",
    "I don't know how much longer I can keep going on this diet",
    "Sam said she'll send me back the photos of the baby",
    "I've been thinking about driving to work instead of the bus",
    "I didn't call because my phone died",
    "the one where I tell Sam where I am when I'm late",
    "Sam said if I skip the gym again I'll regret it",
    "the thing with the vitamins is sorted for friday",
    "Sam said next time it'll be my turn to cook",
    "Sam caught my hand to stop me slipping on the ice",
    "we went on the big wheel and I thought I'd die laughing",
]
