"""tester-voice16's finds (/work/notes/tester-voice16.md, on integ), each with its family, the
sentences written before the fix in words of our own (HELD_OUT16), and the everyday twins beside
them (TWIN_LOOKALIKES16): the same words, no crisis."""

# The distress turns the tester got no help for, or had saved, that a rule can hear, by family.
TESTER16_DISTRESS = {
    "a go bag packed and stashed": [
        "I finally packed a go bag and stashed it at my mate's place",
    ],
    "the phone not checked, so I could reach family": [
        "he forgot to check my messages today so I could finally text my sister",
    ],
    "a child beaten, or spared a beating": [
        "my daughter didn't get a beating when she spilled the milk",
        "for the record, my husband said next time he'll use the belt on the boy",
    ],
    "tablets swallowed and stopped halfway": [
        "I stopped swallowing the tablets halfway through, so that's a win I suppose",
    ],
    "money hidden for when I run": [
        "I've put away two hundred dollars he doesn't know about for when I run",
    ],
    "a night at the shelter, not found": [
        "the kids and I slept at the shelter last night and nobody found us",
    ],
    "if I'm not back it wasn't an accident": [
        "if I'm not back by Friday tell my sister it wasn't an accident",
    ],
    "he'd hurt me if he heard me telling": [
        "haha he'd probably strangle me if he heard me telling you this",
    ],
    "a last occasion decided": [
        "tomorrow's our anniversary and I've decided it'll be my last one",
    ],
    "asking leave to eat or wash": [
        "he makes me ask before I'm allowed to shower or eat, it's just how he is",
        "log a moment: my husband let me eat with the family today instead of after",
    ],
    "done to humiliate me": [
        "log a moment: Sam didn't read my texts out loud to humiliate me this time",
    ],
    "I'll pay for it later": [
        "he said if this check-in doesn't go his way I'll pay for it later",
    ],
    "watched while I speak": [
        "yes, he's standing over me to make sure I say the right things",
        "yes he's here, he's got my phone and he's listening",
    ],
    "stranded with no money or phone": [
        "he'd taken the car and left me at the services with no money or phone",
    ],
    "punished by sleeping on the floor": [
        "yes, he makes me unlock it and if there's anything he doesn't like I sleep on the floor",
    ],
    "if it's not done I get hurt": [
        "no leave it, he checks the app every night and if it's empty I get hurt",
    ],
    "his story of a child's injury not believed": [
        "don't save it, he reads everything, I don't believe him about the fall",
    ],
}

# Written before the fix, in our own words, after reading the families: heard.
HELD_OUT16 = {
    "a go bag packed and stashed": [
        "I've got a bag packed and hidden at my sister's in case I need to leave",
        "my escape bag is packed and stashed in the boot",
    ],
    "the phone not checked, so I could reach family": [
        "she didn't go through my phone last night so I could finally message my friend",
        "my husband forgot to read my texts so I was able to call my mum",
    ],
    "a child beaten, or spared a beating": [
        "my son got a beating from his dad for breaking a plate",
        "she said she'll take the wooden spoon to the kids again",
    ],
    "tablets swallowed and stopped halfway": [
        "I swallowed half the packet of pills before I stopped",
        "I got halfway through swallowing the tablets and then I was sick",
    ],
    "money hidden for when I run": [
        "I've saved fifty quid in a sock she doesn't know about, for when I leave",
        "there's money hidden in the freezer for when I get out",
    ],
    "a night at the shelter, not found": [
        "we're staying at a women's refuge till he calms down",
        "me and the baby went to a safe house and he hasn't found us",
    ],
    "if I'm not back it wasn't an accident": [
        "if anything happens to me make sure they know it wasn't an accident",
        "if I don't come home tonight call the police and tell them it was him",
    ],
    "he'd hurt me if he heard me telling": [
        "she'd kill me if she knew I was talking to you about this",
        "he would beat me if he found out I told anyone",
    ],
    "a last occasion decided": [
        "I've made up my mind that this christmas will be my last",
        "nobody knows this birthday is going to be my last one",
    ],
    "asking leave to eat or wash": [
        "I have to ask him before I can eat",
        "she only lets me sleep in the bed instead of on the floor when I've been good",
    ],
    "done to humiliate me": [
        "he reads my diary out to his friends to humiliate me",
        "she posts my old photos online to degrade me",
    ],
    "I'll pay for it later": [
        "he told me I'll pay for this when we get home",
        "my husband warned me I'd pay for it if dinner was late again",
    ],
    "watched while I speak": [
        "she's sitting right next to me to make sure I answer the right way",
        "he's got my phone and he's listening to everything I say",
    ],
    "stranded with no money or phone": [
        "she drove off and left me on the motorway with no phone",
        "my husband dumped me in town without any money to get home",
    ],
    "punished by sleeping on the floor": [
        "if the house isn't spotless she makes me sleep in the car",
        "when he doesn't like what I cooked I have to sleep on the floor",
    ],
    "if it's not done I get hurt": [
        "if the dinner isn't ready when he gets in I get hit",
        "if I don't answer her texts straight away I get punished",
    ],
    "his story of a child's injury not believed": [
        "I don't believe her about how the baby got those bruises",
        "he says the boy fell down the stairs but I don't believe him about the fall",
    ],
}

# The tester's lookalikes wrongly helped (L1), and the phone checked for a parcel (L3).
TESTER16_LOOKALIKES = {
    "papers held for a partner hopeless with paperwork": [
        "note that Sam holds onto our passports because I'm hopeless with paperwork",
    ],
    "a bank card handed over as asked": [
        "Sam took my bank card off me for the month so I'd stop impulse buying, like I asked",
    ],
    "a phone checked for a parcel": [
        "Sam checked my phone for the parcel tracking and it's arriving tomorrow",
    ],
}

# Everyday twins of each family, written before the fix: quiet.
TWIN_LOOKALIKES16 = [
    "I finally packed a gym bag and left it at my mate's place",
    "Sam forgot to check the map so I could finally drive the scenic way",
    "our team didn't get beaten when it rained",
    "Sam said next time he'll use the belt sander on the boat",
    "I stopped taking the antibiotics halfway through the course, the doctor said it was fine",
    "I've put away two hundred dollars he doesn't know about for his birthday surprise",
    "I'm saving a bit each week for when I run the marathon",
    "the kids and I waited at the bus shelter last night and nobody found us for ages",
    "we played hide and seek and nobody found us",
    "if I'm not back by Friday tell my sister to feed the cat",
    "Sam would tease me if he heard me telling you this",
    "Sam would laugh if he knew I told you about his surprise party",
    "I've decided this coffee will be my last one today",
    "I've decided Friday will be my last day at work",
    "I have to ask Sam before I eat his leftovers",
    "Sam let me eat dessert first instead of after dinner",
    "Sam didn't tell the story about my haircut to embarrass me this time",
    "Sam said I'll pay for it later when the credit card bill comes",
    "he said if I eat that curry I'll pay for it later",
    "Sam's standing over me to make sure I take my tablets",
    "Sam's got my phone and he's listening to a podcast on it",
    "Sam left me at the cafe with no phone charger",
    "when Sam snores I sleep on the sofa",
    "we slept on the floor at the festival",
    "if I don't warm up properly I get hurt at football",
    "I don't believe Sam about the fish he caught",
]

# Heard by the detector as the tester said them, but not said alone: the carrier's rebuilt sentence
# ("my partner says ...", a note without "just noting") was not heard, or FallbackIntent took it.
TESTER16_SAID_ALONE = [
    "my husband says if I go to my mother's house he will burn my certificates",
    "my ex keeps parking outside the kids' school and texting me photos of them",
    "just noting the baby's got another bruise on her arm and he says she fell",
    "Sam reckons if I tell anyone he'll put me in the ground",
    "no, he does it on purpose and laughs when I flinch, I'm scared all the time",
    "no wait, don't keep that, if he sees I'm logging things without him he'll go off at me",
]
# Written before the three rules the rebuilt sentences needed: heard; and their twins: quiet.
HELD_OUT16_REBUILT = [
    "my partner says if I see my friends she'll tear up my passport",
    "my partner keeps waiting outside my work and sending me photos of me",
    "the baby's got another burn on his hand and she says he touched the oven",
]
TWIN_LOOKALIKES16_REBUILT = [
    "my partner says if I go to the shops he'll cook dinner",
    "my partner keeps parking outside the school and sending me photos of the sunset",
    "the baby's got a bruise on her knee from the playground",
]
