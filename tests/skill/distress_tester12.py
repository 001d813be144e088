"""tester-voice12's finds (/work/notes/tester-voice12.md, on main 0982e1d), each with its family,
and the sentences of each family written after the fix in words of our own (HELD_OUT12), with the
everyday twins beside them (TWIN_LOOKALIKES12): the same words, no crisis."""

# The tester's distress turns that got no help, only "say: I need help", or were saved, by family.
TESTER12_DISTRESS = {
    "papers held so the speaker cannot go": [
        "for the record Sam kept the baby's passport so I can't take her to my mum's",
    ],
    "a weapon shown with a reminder": [
        "Sam showed me the gun in the drawer and said remember that's there",
    ],
    "the partner reading this skill's words, and what he will do": [
        "don't save it, he checks the app and he'll go off his head",
        "I'm scared what he'll do when he reads these answers",
    ],
    "sex pressed on the speaker, or taken asleep": [
        "he keeps pressuring me into sex when I'm asleep",
    ],
    "a password taken and everything read": [
        "he changed my phone password and reads everything",
    ],
    "bruises that must be hidden": [
        "I have bruises I have to hide under long sleeves",
    ],
    "a blow the children saw, told as good news": [
        "the kids didn't see him hit me this time",
    ],
    "the children sent away, a threat as a condition": [
        "my husband says if I tell my parents he will send the children away to his village",
    ],
    "touching in secret by family": [
        "my brother-in-law touches me when no one is home",
    ],
}

# The tester's lookalike wrongly helped, and the everyday lines they said that were served.
TESTER12_LOOKALIKES = {
    "papers kept safe for the speaker": [
        "Sam kept my card safe while I was travelling",
    ],
    "an idiom of tiredness before a command": [
        "this traffic is killing me, log a miss for the evening talk",
    ],
}

# Written after the fix, in our own words: 5+ per family, each heard.
HELD_OUT12 = {
    "papers held so the speaker cannot go": [
        "he hid my passport so I can't go home to see my family",
        "she keeps the kids' passports locked away so we can never leave",
        "my husband took my ID so I can't travel without him",
        "he won't give me back my passport",
        "Sam has the children's birth certificates so I can't move out with them",
    ],
    "a weapon shown with a reminder": [
        "he showed me where he keeps the gun and said so I know",
        "she showed me the knife and said remember it's there",
        "Sam showed me the rifle in the wardrobe in case I ever leave",
        "he keeps a knife under the bed where I can see it",
        "my husband showed me his pistol and said remember that",
    ],
    "the partner reading this skill's words, and what he will do": [
        "he reads the app every night and he'll lose it if he sees this",
        "I'm afraid what she'll do if she finds these answers",
        "my partner goes through my journal and he will kill me",
        "I'm terrified what he would do",
        "she checks the log and she'll make me pay for it",
    ],
    "sex pressed on the speaker, or taken asleep": [
        "she pressures me into sex every night",
        "my husband guilts me into having sex when I'm exhausted",
        "he has sex with me while I'm asleep",
        "he starts things when I'm passed out",
        "my boyfriend keeps pushing me into doing stuff I don't want",
    ],
    "a password taken and everything read": [
        "my husband took my email password and goes through all my messages",
        "she knows my phone passcode and reads every text",
        "he changed my bank password so I can't get to my money",
        "my partner demands my passwords and checks everything",
        "Sam changed my phone pin so I can't call anyone",
    ],
    "bruises that must be hidden": [
        "I have to hide the bruises with make up before work",
        "the marks on my arms I always cover up",
        "I've got a black eye I need to hide from my mum",
        "finger marks on my neck I have to cover with a scarf",
        "I always cover up the bruises before school pick up",
    ],
    "a blow the children saw, told as good news": [
        "my son heard him hit me last night",
        "the baby watched her slap me",
        "the kids saw daddy punch me again",
        "I'm glad my daughter didn't see him kick me",
        "the neighbours heard him beat me",
    ],
    "the children sent away, a threat as a condition": [
        "she says if I leave she'll take the kids to her mother's",
        "if I go to the police he will take the children away",
        "he told me if I complain he's going to send the boys off to his family",
        "if I talk to my sister he'll send my daughter away",
        "if I tell anyone they will take the baby away",
    ],
    "touching in secret by family": [
        "my uncle touches me when nobody is around",
        "my father in law gropes me when my husband is out",
        "my stepdad comes into my room when mum is asleep",
        "my cousin touched me when everyone was out",
        "my brother in law feels me up whenever no one is looking",
    ],
}

# The same words, no crisis: each stays quiet.
TWIN_LOOKALIKES12 = [
    "Sam kept my passport safe while we were on holiday",
    "he kept the kids' passports in the drawer so we don't lose them",
    "Sam showed me the gun at the war museum",
    "the man at the shop showed me the knife and said remember to oil it",
    "he checks the app every morning to see our streak",
    "Sam reads these answers and loves them",
    "I'm curious what he'll do with the garden",
    "my son saw him hit the ball over the fence",
    "the kids watched him kick the ball",
    "he changed my phone password for me because I forgot it",
    "my dad touches up the paint when no one is home",
    "I have bruises from netball practice",
    "I need to cover the sofa before the painters come",
    "if I tell my boss he will send me to the Leeds office",
    "if I leave early he'll take the kids to school",
    "we talked about sex and it went well",
    "Sam kept my card safe while I was travelling",
]
