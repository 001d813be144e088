"""A fifth independent tester's finds (issue 8, item 1), tried through `trust-tracker say` on main
1f73759 on 2026-12-03 (/work/notes/tester-voice2.md): 43 of its 49 distress phrasings got the
lines; these did not, and one was saved as a moment after a "yes". With each, the family it
belongs to in words of its own (TESTER5_FAMILIES), and the everyday words beside them that must
stay quiet, among them its one false alarm (a roast carved) and words written for these patterns.

Measured with is_distress before any change (on 1f73759): TESTER5_SAVED 0 of 6 heard."""

TESTER5_SAVED = [
    "i feel like disappearing forever",
    "i gave my dog to my sister, i won't be needing to look after him",
    "sam gets rough with me sometimes but it's my fault",
    "alex gets handsy with me when i say no",
    "alex gets rough with me when i say no",
    "i've got the knife in my hand right now",
]

TESTER5_FAMILIES = {
    "vanishing wished for": [
        "sometimes i wish i could disappear and never be found",
        "i just want to vanish off the face of the earth",
        "i keep thinking about disappearing for good",
        "honestly i dream of vanishing without a trace",
    ],
    "a pet or things given away for good": [
        "i've given my cat away, i won't need her where i'm going",
        "i'm giving away my things, i won't need them where i'm going",
        "gave my puppy to the neighbours, i won't be needing him",
    ],
    "roughness and touching said sideways": [
        "he gets rough with me when he drinks",
        "my partner gets handsy with me when i say no",
        "he keeps touching me when i say no",
        "she won't stop even when i tell her to stop",
        "my husband can be really rough with me",
    ],
    "a weapon or the means in hand now": [
        "i'm holding a knife right now",
        "i have the pills right now",
        "i've got a razor blade in my hand right now",
    ],
}

TESTER5_LOOKALIKES = [
    "sam carved the roast and didn't cut himself",
    "alex carved the turkey and didn't cut himself this year",
    "the magician made the coin disappear forever",
    "we disappeared for the weekend to the coast",
    "my socks disappear forever in the wash",
    "i wish my headache would disappear for good",
    "he gets rough with the dog when playing tug",
    "the kids get rough with each other",
    "sam got a bit rough with me in the pillow fight",
    "he gets rough with me at footy training",
    "sam tickles me even when i say stop",
    "i've got the knife in my hand, what do i chop next",
    "i've got the knife right now and i'm chopping onions",
    "i'm holding the knife right now for the roast",
    "i have the keys right now",
    "i gave my dog a bath, i won't need to do it again this month",
    "i gave my dog to the vet for the day, i won't need to walk him till tonight",
    "we gave the puppy to my mum while we're away, i won't need to feed him",
    "i gave my old clothes to charity, i won't be needing them in the new flat",
    "i nearly died laughing at sam's joke",
    "i'm so hungry i could eat a horse",
]
