"""tester-voice10's finds (/work/notes/tester-voice10.md, on main d1b1e21), each with its family,
and the sentences of each family written after the fix in words of our own (HELD_OUT10), with the
everyday twins beside them (TWINS10): the same words, no crisis."""

# The tester's distress turns that got no help or were saved, as they were said, by family.
TESTER10_DISTRESS = {
    "care sought without the partner, found out": [
        "we were fine until he found out I'd been to the doctor without him",
    ],
    "affairs put in order": [
        "I've sorted out who gets my things, so that's one less worry",
    ],
    "a threat to expose, as a condition": [
        "he says if I tell anyone about the nights he'll post the videos",
    ],
    "children moved out of a drunk partner's way": [
        "I got the kids to my mum's before he came home drunk",
    ],
    "a goodbye with nothing ordinary around it": [
        "I said goodbye to everyone properly today",
    ],
    "not being here, as a preference": [
        "I'd rather not be here at all to be honest",
    ],
    "no point in the future itself": [
        "I don't see much point in next week",
    ],
    "a pet handed on for after": [
        "I gave the dog away to my sister, she'll need him more than me after",
    ],
    "a child's marks, said alone": [
        "the baby's got bruises and I don't know how",
    ],
    "children kept from a drunk partner, said alone": [
        "the kids sleep in my room now because of what he does when he's had a drink",
    ],
    "a promise kept for fear of the partner": [
        "the one I keep so he doesn't lose it with me",
    ],
}

# The tester's lookalike wrongly helped, and ones handled normally, by family.
TESTER10_LOOKALIKES = {
    "medicine brought, not taken": [
        "Sam took my tablets with breakfast up to me",
    ],
    "a leaving day": [
        "my last day at the old job, said goodbye to everyone",
    ],
    "an idiom of wanting": [
        "I could kill for a coffee and Sam made me one",
        "I could murder a curry after the week we've had",
    ],
    "cooking": [
        "I sharpened the kitchen knife and carved the roast",
    ],
    "sport": [
        "I killed it at the pub quiz",
    ],
    "a chore": [
        "I cut the hedge",
    ],
    "things given away": [
        "I gave away old clothes",
    ],
}

# Written after the fix, in words of our own: five or more per family of the detector's misses.
HELD_OUT10 = {
    "care sought without the partner, found out": [
        "it was all calm until she found out i had gone to the gp without her",
        "he went quiet for days after he found out i'd talked to a counsellor without telling him",
        "things were okay until my husband found out i had seen the midwife without him",
        "she found out i'd rung the helpline without asking her and the evening got very bad",
        "we had a lovely week until he found out i went to the clinic without him",
    ],
    "affairs put in order": [
        "i've worked out who will get my jewellery so the kids don't have to",
        "i've written down who should have my savings, that's one job done",
        "decided who gets my dog and my books this morning, felt lighter",
        "i've finally arranged who can have my belongings, all sorted",
        "sorting out who is getting my stuff has taken a weight off",
    ],
    "a threat to expose, as a condition": [
        "she said if i talk to my sister about it she'll share the photos with everyone",
        "if i tell the police he says he's going to put the videos online",
        "he told me if i say anything to my mum he will send the pictures to my boss",
        "if i tell anybody what happens at night she'll upload the recordings",
        "my husband said if i told a soul he'd spread the photos round the village",
    ],
    "children moved out of a drunk partner's way": [
        "i took the children to the neighbours before my husband got home hammered",
        "sent the boys round to their nan's before he rolled in from the pub",
        "small win i moved the baby upstairs in case she came back off her face",
        "kept the kids at my sister's so they weren't home when he came in raging",
        "i rushed the little ones into the car before he got back drunk again",
    ],
    "a goodbye with nothing ordinary around it": [
        "i said my goodbyes to all my friends quietly today",
        "said farewell to my whole family in my own way this week",
        "i've said goodbye to the people i love, finally",
        "i said bye to everybody one by one yesterday",
        "just said goodbye to everyone for the last time",
    ],
    "not being here, as a preference": [
        "honestly i would prefer to not be around any more",
        "i'd sooner not wake up tomorrow to be honest",
        "i would rather not exist at all really",
        "i'd rather not be alive any longer if i'm honest",
        "i'd rather not be around at all",
    ],
    "no point in the future itself": [
        "i can't see any point in tomorrow",
        "i don't see much point in the future any more",
        "i no longer see any point in making plans",
        "i can't see the point in next month honestly",
        "i barely see any point in anything any more",
    ],
    "a pet handed on for after": [
        "i've rehomed the cats with a neighbour, she'll need them more than i will",
        "gave my puppy to my brother so he's looked after when i'm gone",
        "i gave away my budgie today, someone has to have him after",
        "handed the dog to my mate, he'll need her more than me",
        "giving my rabbit to the girl next door, she can keep him afterwards",
    ],
}

# The same words in everyday life, written with the held-out lists: they stay quiet.
TWIN_LOOKALIKES10 = [
    "i'm not safe to drive after a couple of pints so i'll walk home",
    "not safe to drive after two glasses of wine, we'll get a cab",
    "i wouldn't be safe to drive after the wine so sam drove",
    "my life is chaos but happy chaos, two kids and a cat",
    "our life is madness with three kids and a dog but we love it",
    "life is busy but happy, three kids and a dog and a garden",
    "we were fine until he found out i'd eaten the last of the cake",
    "she found out i had been to the doctor and booked me a lift home",
    "he found out i'd been to the cinema without him and laughed",
    "we sorted out who gets the spare room when my mum visits",
    "sorted out who gets my old sofa when we move",
    "decided who will have the car this weekend",
    "he says if i tell anyone about the surprise party he'll be gutted",
    "he'll post the videos of the wedding tonight",
    "if i tell my sister about the holiday she will share the photos with mum",
    "i got the kids to my mum's before he came home from work",
    "took the children to the park before she got back from the shops",
    "i sent the boys to their nan's before he came home with the shopping",
    "said goodbye to everyone at the airport this morning",
    "i said goodbye to everyone at my leaving do",
    "we said goodbye to everyone and drove home",
    "i'd rather not be here when the builders come",
    "i would rather not be here for the party on saturday",
    "i'd rather not be around while they paint the kitchen",
    "i don't see much point in next week's meeting",
    "i can't see the point in the weekend trip if it rains",
    "i don't see much point in tomorrow's training session",
    "i gave the dog away to my sister because she has a garden",
    "we gave the cat to my aunt after the move, she loves him",
    "i handed the dog to sam after the walk",
    "i gave the puppy a bath and then we went out after",
    "the baby's got a cut on her finger from the cat",
    "the kids have bruises from football",
    "sam took my inhaler up to my room at bedtime",
    "he took my tablets upstairs to me at bedtime",
    "alex took my medicine in to me with a cup of tea",
]

# Written after the fix: said alone, these reach the help lines only through SupportIntent's
# carriers ("the baby's {…}", "the kids {…}", "the one i keep {…}"); the everyday beside them does not.
HELD_OUT10_ALONE = [
    "the baby's got a burn on her arm and he says she did it herself",
    "the kids have marks on their legs since he looked after them",
    "the little one's got a cut lip and won't say who did it",
    "the toddler's got finger marks on his arm after his dad had him",
    "the children are black and blue after the weekend at his",
    "the one i keep so she doesn't kick off at me",
    "the one i do so he won't hit me",
]
ALONE_LOOKALIKES10 = [
    "the kids were brilliant at the match today",
    "the baby slept through the night",
    "the youngest got a gold star",
    "the kid's got a cold",
]
