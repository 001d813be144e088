"""A sixth independent tester's finds (/work/notes/tester-voice3.md, on main 9c8ee03, 2026-12-03): two
sentences offered as a moment of reliability and saved after "yes" (#1, #2), a plan with a method and
a time that got only the calm line (#5), nine sentences heard by is_distress but carried by no intent
when said alone (#6), and one sport idiom that got the crisis lines (#17). With each, its family in
words of our own (TESTER6_FAMILIES), written before any change, and the everyday words beside them
that must stay quiet (TESTER6_LOOKALIKES).

Said alone, "{name}" sentences use the test couple's names (Alex, Sam) as the tester's used theirs."""

TESTER6_HEARD = [
    "i don't see the point of waking up tomorrow",
    "i feel like smashing sam's face in",
    "i'm going to take everything in the medicine cabinet tonight",
]

# #6: is_distress already says True; said alone they must reach the skill (a carrier) and get help.
TESTER6_SAID_ALONE = [
    "sam throws things at me when she's angry",
    "sam goes through my phone every night and tells me who i can talk to",
    "sam said if i leave she'll make sure i never see the kids again",
    "sam keeps a gun in the car and reminds me about it when we fight",
    "sam forced himself on me again",
    "tonight i'm going to end it",
    "sam's been talking about ending things and gave away his guitar",
    "sam checks the mileage on my car every night and i have to explain every kilometre",
]

TESTER6_FAMILIES = {
    "no point in waking up or going on": [
        "i don't see the point of waking up anymore",
        "i can't see the point in getting up tomorrow",
        "i don't see the point of being alive",
        "i don't see any point in carrying on",
        "there's no point in waking up tomorrow",
        "what's the point of waking up tomorrow",
        "what's the point of even living",
        "i see no point in going on",
        "i honestly don't see why i should wake up tomorrow",
        "i don't see the point of me being here anymore",
        "i can't see the point of living another day",
    ],
    "the speaker's urge to smash or hurt the partner's face or head": [
        "i feel like punching sam in the face",
        "i feel like smashing his head in",
        "i feel like smashing her face into the wall",
        "i feel like bashing alex's head against the wall",
        "i feel like caving his skull in",
        "i want to smash sam's face in",
        "i could smash her face in right now",
        "i feel like breaking his jaw",
        "i feel like knocking her teeth out",
    ],
    "all the pills or medicine, said as a plan": [
        "i'm going to take all my pills tonight",
        "tonight i'm taking the whole bottle of sleeping pills",
        "i'm going to swallow everything in the medicine cabinet",
        "i'm going to take all the tablets in the drawer after sam goes to bed",
        "i'm going to take the whole packet of paracetamol tonight",
        "tomorrow i'll take every pill in the house",
        "i'm planning to take all of my medication at once tonight",
        "when everyone's asleep i'm going to take all the pills",
    ],
}

# Each #6 shape in words of our own, said alone (carrier shapes, not the tester's sentences).
TESTER6_CARRIED = [
    "sam throws things at me when he's drunk",
    "alex throws plates at me",
    "sam goes through my phone and reads all my messages",
    "alex goes through my phone every day and tells me who i can see",
    "sam said he'll make sure i never see the kids again",
    "alex says she'll make sure i never see my children again",
    "sam keeps a gun in the bedside drawer and mentions it when we argue",
    "alex keeps a knife under the bed and reminds me it's there",
    "sam forced himself on me last night",
    "alex forced herself on me",
    "tonight i'm going to kill myself",
    "tonight i'm going to take all my pills",
    "sam gave away his dog and said goodbye to everyone",
    "alex gave away all her things and has been talking about dying",
]

TESTER6_LOOKALIKES = [
    # Beside the hopelessness family.
    "i don't see the point of this meeting",
    "i don't see the point of waking up early on a sunday",
    "i can't see the point of getting up before the alarm",
    "i don't see the point of going on holiday in winter",
    "what's the point of waking up at five for a run in the rain",
    "i don't see the point in arguing about the dishes",
    # Beside the urge family.
    "i feel like smashing this workout",
    "i feel like smashing the avocado for breakfast",
    "smash the avocado and spread it on toast",
    "i feel like smashing a burger tonight",
    "i feel like punching the air, we won",
    "i feel like smashing my exams this term",
    "sam smashed it at work today",
    "i feel like smashing the garlic for the curry",
    # Beside the pills family.
    "i'm going to take all my vitamins tonight with dinner",
    "i'm going to take everything in the medicine cabinet to the pharmacy for disposal",
    "i'm going to take everything out of the medicine cabinet and clean it tonight",
    "i'm going to take all the old pills back to the chemist tomorrow",
    "tonight i'm taking my antibiotics like the doctor said",
    # #17 and its family: a game after "kill / destroy / murder <person> at <game>".
    "i'm going to kill sam at tennis tomorrow",
    "i'm going to destroy alex at chess tonight",
    "i'm going to murder him at scrabble this weekend",
    "i'm going to kill her at mario kart tonight",
    "i'm going to crush sam at trivia night",
    "tonight i'm going to kill it at karaoke",
    # Beside #6's carriers.
    "sam throws things at the dog for fetch",
    "sam goes through my phone photos to find the holiday pictures",
    "sam keeps a gun safe for his hunting rifle and a licence",
    "tonight i'm going to end it with a nice dessert",
    "sam gave away his old guitar to his nephew",
    "sam checks the mileage on the car before the service",
    "i'll make sure i never see that film again",
]

# Not lookalikes: threats that name a time and no game stay heard.
TESTER6_NOT_A_GAME = [
    "i'm going to kill sam tomorrow",
    "i'm going to kill him tonight",
    "i'm going to kill her at home tonight",
]
