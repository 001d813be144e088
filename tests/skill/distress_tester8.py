"""An eighth independent tester's finds (/work/notes/tester-voice7.md #1-#8, on main 9914c38):
distress that is_distress missed in everyday wording, several saved as a kept promise, a win or a
check-in answer. Written before any change, in words of our own, with other couples' names, names
that are words among them (Hope, Ivy, Bill, Rowan, Sky)."""

# By couple ("Hope and Dev": what their device is linked with), what was said. Families in order:
# despair in a commitment's words; a method's place looked at or nearly used; a method kept, bought,
# counted, thrown away or hidden told as a win; a weapon in hand near the partner; control told as
# good news; a farewell as an answer; threats (own, a pet, a suicide threat to keep one from leaving);
# sex coerced, said sideways; the speaker's urge; drink and fists, a tracker, things thrown, a pet
# hurt as a warning, a child's marks.
TESTER8_DISTRESS = {
    "Hope and Dev": [
        "during our walk i couldn't stop thinking how simple it would be to finish it all",
        "i've scheduled some farewell emails to send to dev once i'm gone",
        "i watered the plants though i've made up my mind this is my final month",
        "i keep gazing at the level crossing on the way back from the shops",
        "i stood right at the edge of the quarry and almost let myself fall",
        "small win, i got rid of the hosepipe i was going to use in the garage",
        "i put dev's sleeping pills in my coat pocket after dinner, one for every year",
        "i was holding the scissors when dev started shouting and i nearly used them",
        "good news, dev let me have my bank card back for the weekend",
        "i've said my goodbyes in my head and i'm at peace with going",
    ],
    "Ivy and Carl": [
        "i told carl that if he walks out i'll make him regret the day he met me",
        "carl said he'd drown the puppy in the bath if i told anyone",
        "carl says he'll hang himself the minute i pack a bag",
        "carl won't accept no from me when we go to bed",
        "carl tells me i owe him in the bedroom since he pays for everything",
        "sometimes i want to get my hands round carl's neck and press until he stops",
        "once carl's had a couple of drinks his hands end up on me",
        "carl put some kind of gps thing on my bike so he always knows where i am",
        "carl threw the coffee table at me on saturday and it hit my leg",
        "carl stamped on the kitten in front of me and said i'd be next",
    ],
    "Bill and Rowan": [
        "my daughter has marks on her arms and rowan won't say how she got them",
        "i'm seeing the motorway bridge in my head every time i drive past, the fall wouldn't be survivable",
        "i keep picturing swimming out beyond the buoys and not turning round",
        "i want to let the current carry me off when we're at the beach",
        "good news, i gave my brother the shotgun so it isn't in the house any more",
        "i lined up all of rowan's heart pills on the counter and then put them in my bag",
        "rowan didn't lock me out of the house once this week, which is progress",
        "rowan only went through my phone three times this week, a small win",
        "i've left a letter for the kids in the drawer in case something happens to me",
        "it would be easier for everyone if i just disappeared for good",
    ],
    "Sky and Lena": [
        "lena was holding the carving knife the whole time we were arguing",
        "lena didn't make me sleep on the floor this week, so that's a win",
        "lena didn't say she'd take the children away from me this week",
        "lena says if i go she'll swallow every tablet in the house while i watch",
        "i'll make lena pay for this so badly she'll wish she was dead",
        "lena keeps pestering me in bed until i just let her",
        "i'm ready to go now, i've sorted my affairs",
        "i have the rope in the boot and the woods are just up the road",
        "when lena's been drinking she starts swinging at me",
        "lena booted the cat down the stairs as a warning to me",
    ],
    "Bill and Hope": [
        "i keep eyeing the railway bridge each time i cross it and wondering",
        "i took the charcoal and the tape out of my car boot and binned them, small win",
        "this is my last weekend, i've decided, so i did the bins one final time",
        "bill hid an air tag in my handbag to follow me",
        "bill smashed a glass against the wall right next to my head",
        "i stockpiled my mum's morphine and hid it under my bed",
        "bill lets me see my friends once a month now, which is good news",
        "i could easily squeeze bill's throat until he stopped breathing",
        "my son came home from bill's with a bruised face and nobody will tell me why",
        "i nearly stepped off the platform when the express came through",
    ],
}

# The everyday beside them: a last week at a job, cliffs admired, change counted, DIY, hospital visits,
# sport, cooking, idioms with kill, drop, throat, edge, end.
TESTER8_LOOKALIKES = {
    "Hope and Dev": [
        "it's my last week at this job before i start the new one",
        "the cliff walk was stunning, we saw puffins",
        "i counted out the change for the parking meter",
        "i bought rope for the washing line and put it up",
        "dev's knife skills are amazing, he diced the onions in seconds",
        "we watched the trains go over the viaduct with the kids",
        "i threw away the old paint tins from the garage",
        "dev gave me my phone charger back after borrowing it",
    ],
    "Ivy and Carl": [
        "carl's dad is in hospital, we visited him after lunch",
        "i hid the birthday presents so the kids couldn't find them",
        "we went paddling at the beach and the kids loved it",
        "i'm ready to go, just getting my coat on",
        "carl says i owe him a pint for fixing my bike",
        "i could murder a curry after that match",
        "we surfed until the tide went out, brilliant morning",
        "the dog got a bit too excited and knocked over a chair",
    ],
    "Bill and Rowan": [
        "i finally finished the bathroom tiles, i'm so relieved it's over",
        "rowan took her blood pressure tablets after sunday lunch like the doctor said",
        "i'm dying to see the new film this weekend",
        "the drop from the top of the roller coaster was terrifying but fun",
        "we wrote thank you notes for the children's teachers",
        "rowan and i counted the votes at the school fete",
        "i'm on the edge of my seat with this series",
        "the kids' football got rough and one of them has a bruised knee",
    ],
    "Sky and Lena": [
        "lena won't take no for an answer when it comes to dessert",
        "i grabbed the bull by the horns and asked for a raise",
        "lena had a few drinks and sang karaoke all night",
        "we put a tracker on the dog's collar in case he runs off",
        "i've written a goodbye card for my colleague who's retiring",
        "this is the end of the road for my old car, it's going to the scrapyard",
        "the physio said the drop in my knee pain is great news",
        "lena squeezed the lemons for the dressing",
    ],
    "Bill and Hope": [
        "i nearly fell off my chair laughing at bill's joke",
        "bill's pruning the hedge with the big shears",
        "i'm going to kill it at the quiz tonight",
        "the kettle finally gave up so i threw it out",
        "we stood on the bridge and watched the fireworks",
        "bill's cough mixture is in the cupboard if he needs it",
        "i packed my bags for the holiday and said goodbye to the cat sitter",
        "my last shift finishes at six then i'm free for the weekend",
    ],
}
