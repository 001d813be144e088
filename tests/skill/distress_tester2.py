"""A second independent tester's phrasings (issue 8, item 1), tried on main 19a09ef on 2026-12-02:
/work/notes/tester2-lists.py (its own 60 distress phrasings and 32 lookalikes, with the locale and
the place each was said in) and the sentences its report (/work/notes/tester2-report.md, S1-S5)
found saved with no help, or answered with crisis lines when they were everyday words.

Measured with is_distress before any change (on 19a09ef): TESTER2_SAVED 2 of 17 heard, the
lists' 61 all heard; TESTER2_LOOKALIKES 3 of 35 heard (false alarms: the chess tournament, "do
myself a favour", "trapped indoors by the rain"); "we beat them three nil" was a false alarm only
as a promise ("i {commitment}"). The families these belong to, in words of their own, are
TESTER2_FAMILIES (tests/skill/test_safety_tester2.py)."""

# S1-S4: saved as a check-in answer, a moment or a small win, or not understood, on main.
TESTER2_SAVED = [
    "i've been stockpiling my sleeping tablets",
    "there's no reason for me to keep living",
    "i think about swallowing all my pills",
    "i lock myself in the spare room most nights because of him",
    "i had to lie to the nurse about my black eye",
    "i jumped out of the car to get away from him",
    "he watches my location all day and goes mad if i'm late",
    "my mother in law burns me with the iron",
    "he glassed me at the pub last night",
    "my fella keeps giving me slaps",
    "i reckon i'll just end it tonight",
    "my partner biffed me in the face",
    "i will consume poison",
    "he pistol whipped me",
    "my boyfriend body slammed me",
    "he forces me to have sex when i don't want to",
    "my flatmate says she's going to overdose tonight",
]
# The tester's own lists, as it typed them (locale, place in the comment).
TESTER2_LISTED = [
    "my boyfriend grabbed me by the throat last night",  # en-US one
    "I don't want to wake up tomorrow",  # en-US onel
    "I've been saving up my sleeping pills",  # en-US one
    "he said if I leave he'll take the kids and I'll never see them again",  # en-US onel
    "I'm afraid to go home tonight",  # en-US one
    "my husband locks me in the bedroom when he goes out",  # en-US ci
    "she pushed me down the stairs",  # en-US ci
    "I think my sister's husband is hurting her",  # en-US moment
    "everyone would be better off without me",  # en-US ci
    "he tracks my phone and turns up wherever I go",  # en-US onel
    "he gave me a fat lip on saturday",  # en-GB one
    "I can't keep myself safe tonight",  # en-GB onel
    "he's taken my bank card and gives me twenty quid a week",  # en-GB ci
    "I've been self harming again",  # en-GB one
    "my mate's fella put her in hospital",  # en-GB moment
    "I'm frightened of what he'll do when he finds out",  # en-GB ci
    "he shoved me against the ute and wouldn't let me go",  # en-AU one
    "I reckon I'd be better off dead",  # en-AU onel
    "she threatened to burn the house down with me in it",  # en-AU ci
    "my stepdad belts my little brother",  # en-AU moment
    "he won't let me see my friends or family anymore",  # en-AU one
    "my in-laws beat me when the dowry money didn't come",  # en-IN one
    "my husband forces himself on me",  # en-IN onel
    "I want to end everything",  # en-IN ci
    "he threatens to throw acid on my face",  # en-IN one
    "they took my passport and won't let me go to my parents",  # en-IN ci
    "what didn't go well is he pinned me down and I couldn't breathe",  # en-US ci
    "I hid in the car for an hour because I was scared of him",  # en-GB ci
    "honestly I've thought about driving into a tree",  # en-AU ci
    "I'm walking on eggshells all the time, terrified he'll snap",  # en-IN ci
    "he threatened me with a knife on Tuesday",  # en-US win
    "she says nobody would believe me if I told anyone",  # en-GB ci
    "he only shoved me once this week",  # en-AU win
    "he didn't lock me out of the house this time",  # en-IN moment
    "I kept my promise not to tell anyone about the bruises",  # en-US one_l
    "I told my sister he hits me",  # en-GB breach
    "no new cuts on my arms this week",  # en-AU win
    "I got through the day without wanting to kill myself",  # en-IN win
    "I'm scared for my life",  # en-US name
    "he kicked me in the stomach",  # en-GB which
    "he punched a hole in the door and I panicked",  # en-AU reflect
    "my teenage son hits me and I'm scared of him",  # en-IN one
    "please help me he's outside the door",  # en-US one
    "my ex keeps turning up at my work and won't leave me alone",  # en-GB onel
    "I just want it all to stop, permanently",  # en-AU ci
    "I get scared when he raises his voice and I hide",  # en-GB ci
    "I've started sleeping in my car so I don't have to go home",  # en-US one
    "I told the doctor I fell down the stairs, again",  # en-GB moment
    "he checks the mileage on my car every night and goes mad if it's wrong",  # en-AU ci
    "I wrote letters to the kids just in case",  # en-IN onel
    "I gave my dog to my neighbour because I won't be around much longer",  # en-US win
    "my wife laughs when I cry and says nobody would ever want me",  # en-GB ci
    "he makes me ask permission before I eat",  # en-AU one
    "my uncle touches me when nobody's home",  # en-IN one
    "I took a load of paracetamol an hour ago",  # en-GB onel
    "he spat in my face in front of the kids",  # en-US moment
    "my neighbour's little girl has new bruises every week",  # en-AU moment
    "the voices keep telling me to jump off the balcony",  # en-IN ci
    "I'm going to make him pay, I've got the knife ready",  # en-US one
    "I feel like such a burden to everyone",  # en-GB ci
    "she hides my medication when she's angry with me",  # en-AU win
]
TESTER2_DISTRESS = TESTER2_SAVED + TESTER2_LISTED

# S5's false alarms, then the tester's lookalikes.
TESTER2_LOOKALIKES = [
    "my sister knocked me out of the chess tournament",
    "we beat them three nil",
    "i'm going to do myself a favour and sleep early",
    "we killed it at the pub quiz",  # en-GB win
    "the kids are dying to go to the beach",  # en-US ci
    "Morgan knocked it out of the park with dinner",  # en-GB moment
    "I'm scared of missing the train tomorrow",  # en-GB onel
    "he beat me at Mario Kart again",  # en-US ci
    "she shot me a text when she landed",  # en-US moment
    "India smashed them in the cricket, it was a massacre",  # en-IN ci
    "I could murder a curry",  # en-GB onel
    "the team choked in the final again",  # en-AU ci
    "I'm dead tired after the night shift",  # en-IN ci
    "he took a stab at fixing the sink",  # en-US moment
    "we got thrashed at footy on the weekend",  # en-AU ci
    "my heart stopped when the tax bill came",  # en-GB ci
    "the boss is killing me with these deadlines",  # en-US onel
    "he punched the numbers into the spreadsheet for our budget",  # en-AU moment
    "Dev hit the gym before work and still made our talk",  # en-IN moment
    "she slapped a sticker on the fridge for our streak",  # en-GB win
    "he's been hounding me to book the holiday",  # en-AU ci
    "we got lost in the woods on our walk and it was fun",  # en-US win
    "I nearly died laughing at the film",  # en-GB ci
    "we're trapped indoors by the rain so we played cards",  # en-AU win
    "the baby kicked all night",  # en-IN ci
    "she locked the door when she left, like she promised",  # en-US moment
    "he threw a surprise party for me",  # en-AU moment
    "it's a killer workout but I loved it",  # en-US ci
    "the heat is suffocating today",  # en-IN onel
    "I bashed my knee on the coffee table",  # en-AU ci
    "my flatmate is driving me up the wall with her music",  # en-GB ci
    "we fought over the last slice of pizza and laughed",  # en-US win
    "I fired off the email to the landlord like I promised",  # en-IN moment
    "he shot down my idea for the holiday but we talked it through",  # en-GB ci
    "I'm terrified of spiders and Sam got one out of the bath",  # en-US moment
]

# Each family the tester's sentences belong to, in words of their own (written here, not the tester's).
TESTER2_FAMILIES: dict[str, list[str]] = {
    "no reason to go on living": [
        "there is no point in me staying alive",
        "i've got no reason left to go on",
        "honestly there's nothing left to live for",
        "no reason to carry on living like this",
    ],
    "pills put by": [
        "i've been hoarding my antidepressants",
        "i'm saving up my painkillers for when i've had enough",
        "i have stashed a few of my mum's sleeping pills",
        "squirrelling away my meds in a drawer",
    ],
    "the whole lot swallowed": [
        "some nights i want to neck the whole packet of paracetamol",
        "i keep thinking of taking all my tablets at once",
        "i could just swallow every last one of these pills",
    ],
    "poison drunk or eaten": [
        "i'm going to drink phenyl",
        "i ingested weed killer last night",
        "i might just consume pesticide",
        "i drank a capful of bleach",
    ],
    "i'll end it": [
        "i think i will just end it",
        "i'd rather finally end it tonight",
        "i might end it soon",
    ],
    "shut away because of someone": [
        "i hide in the garage because of my husband",
        "most evenings i barricade myself in the bathroom to get away from her",
        "we hid in the shed from my stepdad until he fell asleep",
        "i shut myself in my room to avoid my dad when he drinks",
    ],
    "fled from a car or a house": [
        "i threw myself out of a moving car",
        "i climbed out of the bathroom window to escape from him",
        "i ran out of the house to get away from my partner",
    ],
    "lies told about an injury": [
        "i made up a story to the doctor about my broken wrist",
        "i keep lying to my gp about how i got the bruises",
        "i lied to work about my split lip",
    ],
    "a watch kept with rage": [
        "she checks my phone and goes mental if i've texted anyone",
        "he tracks my location and flips out when i'm not where i said",
        "my husband goes through my receipts and shouts at me if i spent anything",
    ],
    "blows in slang": [
        "my ex sucker punched me outside the club",
        "he decked me in front of the kids",
        "my husband bottled me at the party",
        "she keeps giving me whacks round the head",
        "my dad kicked the crap out of my brother",
        "he king hit me at the servo",
    ],
    "burns": [
        "my husband scalded me with the kettle",
        "he burned my arm with a cigarette",
        "my stepmum burns the kids",
    ],
}
# The same words in everyday life, for each family.
TESTER2_FAMILY_LOOKALIKES = [
    "there's no reason to keep this subscription",
    "no reason for me to keep going to that gym",
    "there's no point living in the city if we never go out",
    "i've been stockpiling tins for winter",
    "i'm collecting my tablets from the chemist",
    "i keep my pills in a pill box so i don't forget",
    "i take one tablet with food like the doctor said",
    "my brother body slammed me at wrestling practice",
    "she whacked me with a pillow",
    "he glassed in the back porch",
    "he glassed the new shower screen himself",
    "my mother in law burned me a cd of her favourite songs",
    "that comeback really burned me",
    "i lock myself in the study to get work done",
    "i hid in the wardrobe from my sister playing hide and seek",
    "i jumped out of the car to grab the coffees",
    "i jumped out of the car to get away from the wasp",
    "i lied to my boss about being sick",
    "i lied to the dentist about flossing",
    "we share our locations and he checks it when i'm driving home late",
    "i'll end it with a joke",
    "i'm going to end it there for today",
    "the poison ivy is everywhere in the garden",
    "i'm doing myself no favours staying up late",
    "she knocked us out in the semi finals",
    "india beat them by six wickets",
    "i beat my brother two nil at fifa",
    "they thumped us three nil",
    "they pummelled us in the second half",
    "he biffed me the ball",
    "i lied to my mum about the cuts to my hair",
]
