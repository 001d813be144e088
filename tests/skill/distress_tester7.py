"""A seventh independent tester's finds (/work/notes/tester-voice5.md #1-#4, #6, #7, #16, on main
43b280c): distress that is_distress missed and the save path kept, and two lookalikes (a food idiom,
a ball in a game) that got the crisis lines. Written before any change, in words of our own, with
other couples' names, names that are words among them (Faith, Grace, Frank, Will, May)."""

# By couple ("Will and May": what their device is linked with), what was said. Families in order:
# enough of living, not around long; pills kept; the sea, a lorry; the edge; an urge inside a win; a
# lesson with a weapon; family threatened; wages taken; the partner's method; the phone taken in a mood.
TESTER7_DISTRESS = {
    "Will and May": [
        "i have honestly had enough of living",
        "i probably won't be here to see christmas",
        "may keeps counting the tablets she's been hoarding",
        "i keep thinking about swimming out to sea until i can't get back",
        "i felt like walking in front of a bus today",
        "i stand at the edge of the station platform when the trains come through and think about it",
        "i managed not to throw the iron at may tonight although i wanted to",
        "may told me she knows which school the kids go to and what could happen to them",
        "may keeps going on about throwing herself off the cliff",
        "may confiscates my phone when she's in one of her moods",
    ],
    "Faith and Noor": [
        "some nights i feel i've had it with life altogether",
        "don't worry, i won't be around by the weekend anyway",
        "noor has got a pile of pills stashed in the shed",
        "i made it home without wanting to steer into a tree",
        "i stood on the bridge last night wondering what it would be like to fall",
        "small win, i didn't hit noor with the frying pan even though i really wanted to",
        "i'm going to teach noor a lesson with my belt when she gets in",
        "noor makes me give him my whole pay packet every month",
        "noor has been talking about hanging himself",
        "noor grabs my mobile off me when he's in a temper so i can't call anyone",
    ],
    "Grace and Tom": [
        "i'm so done with it all, i've had enough of it all",
        "i've been saving up my sleeping tablets in a drawer",
        "i kept my promise and didn't touch the pills i've been stockpiling",
        "part of me wanted to drive into the wall on the way home",
        "i go up to the multi storey roof and try to work up the courage",
        "i walked away rather than smash a plate over tom's head like i wanted to",
        "tom said he'd teach me a lesson with his golf club",
        "tom takes all my wages and gives me pocket money",
        "tom was talking about driving his car into the river",
        "tom took my phone off me again because he was in a mood",
    ],
    "Frank and Ada": [
        "i really don't think i'll be around much longer",
        "i have a stash of painkillers hidden behind the bath panel",
        "sometimes i just want to walk into the river and keep going",
        "i get this urge to drive into oncoming traffic",
        "i was at the top of the cliff for ages working up the nerve",
        "i kept calm instead of putting the knife in ada like i was itching to",
        "ada says she knows where my sister lives and what she'll do to her",
        "i have to hand over my bank card to ada every payday",
        "ada takes my phone away from me whenever she's angry",
        "i've had enough of being alive",
    ],
}

# The everyday beside them: food that knocks you out, a ball in a game, enough of the rain, a week away.
TESTER7_LOOKALIKES = {
    "Faith and Noor": [
        "noor knocked me out with her curry tonight, it was amazing",
        "i got hit in the head with a frisbee at the park, all fine",
        "i won't be around next week, i'm visiting my mum",
        "noor counted out the vitamins for the week",
        "we stood at the edge of the cliff and took photos of the sunset",
        "i wanted to throw the kettle out, it's so old",
        "we agreed i'd hand over my wages to the savings account each month",
        "i could have killed for a cup of tea after the walk",
    ],
    "Grace and Tom": [
        "tom's chocolate cake absolutely knocked me out",
        "playing rounders with the kids i got smacked in the nose by the ball",
        "i won't be around much longer tonight, i have to go to bed early",
        "we walked into the sea for a paddle on holiday",
        "i'm working up the nerve to ask for a pay rise",
        "tom taught me a lesson about patience",
        "tom was talking about jumping off the diving board at the pool",
        "i stabbed the potatoes with a fork to see if they were done",
    ],
    "Will and May": [
        "may's roast knocked us out, best sunday dinner in ages",
        "i've had enough of this rain",
        "i've been saving up for a new sofa",
        "we drove into town for lunch",
        "i wonder what it would feel like to win the lottery",
        "i'm going to teach may to ride a bike this weekend",
        "may takes my phone when hers is flat",
    ],
    "Frank and Ada": [
        "we played cricket and i got hit in the face by the ball",
        "i've had enough of living out of boxes since the move",
        "i keep a stash of biscuits in my desk drawer",
        "i nearly drove into a parked car because of the glare, scary",
        "i held my tongue at dinner instead of arguing like i wanted to",
        "ada knows where my mum lives and pops round with shopping",
        "ada's in a mood because her team lost",
    ],
}


def said_by_couple(lists: dict[str, list[str]]) -> list[tuple[tuple[str, ...], str]]:
    """Each sentence with the couple's names as a linked device holds them."""
    return [(tuple(couple.split(" and ")), said) for couple, sentences in lists.items() for said in sentences]


# Everyday words near the new families' own, so the learned model (trained on these lists) does not
# take "hit ... with", "every night" or "my phone" for distress on their own.
TESTER7_MORE_LOOKALIKES = [
    "the toddler whacked me with his toy truck and giggled",
    "our little one bopped me on the nose with a spoon",
    "my daughter hit me with a pillow during the sleepover",
    "he reads my essays every night before i hand them in",
    "she looks over my cv every evening before i send it",
    "he checks the locks every night before bed",
    "i hand over my phone to the kids every sunday for games",
    "she borrows my bank card to do the food shop",
    "we count the coins in the jar every month",
    "i saved up my holiday days for the trip",
    # The lead's, after the hiding rule "only go back in once he's asleep": sleep kept, not waited out.
    "i only go to bed once the baby is asleep",
    "i don't go upstairs until she's asleep so i don't wake her",
    "she checks my spelling every night before i send emails",
    "the baby is asleep in the next room and i'm too scared to move in case she wakes",
    "she's asleep on my shoulder and i'm too scared to move in case i wake her",
    # Medicine for an ailment is not a stash (the retrain had come to hear "pills" alone).
    "i've got tablets for my migraine in my handbag",
    "she has antibiotics for her chest infection",
    "he's got pills for his blood pressure now",
    "i keep antihistamines in the car for the pollen season",
]
