"""A seventh independent tester's finds (/work/notes/tester-voice5.md #1-#4, #6, #7, #16, on main
43b280c): distress that is_distress missed and the save path kept, and two lookalikes (a food idiom,
a ball in a game) that got the crisis lines. Written before any change, in words of our own, with
other couples' names, names that are words among them (Faith, Grace, Frank, Will, May)."""

# Each: (the couple's names, what was said).
TESTER7_DISTRESS = [
    # Had enough of living; not being around much longer.
    (("Will", "May"), "i have honestly had enough of living"),
    (("Faith", "Noor"), "some nights i feel i've had it with life altogether"),
    (("Grace", "Tom"), "i'm so done with it all, i've had enough of it all"),
    (("Frank", "Ada"), "i really don't think i'll be around much longer"),
    (("Will", "May"), "i probably won't be here to see christmas"),
    (("Faith", "Noor"), "don't worry, i won't be around by the weekend anyway"),
    # Pills saved up, stashed, counted; self or partner.
    (("Grace", "Tom"), "i've been saving up my sleeping tablets in a drawer"),
    (("Frank", "Ada"), "i have a stash of painkillers hidden behind the bath panel"),
    (("Will", "May"), "may keeps counting the tablets she's been hoarding"),
    (("Faith", "Noor"), "noor has got a pile of pills stashed in the shed"),
    (("Grace", "Tom"), "i kept my promise and didn't touch the pills i've been stockpiling"),
    # Walking into the sea, driving into something: urge, wish, without wanting to.
    (("Frank", "Ada"), "sometimes i just want to walk into the river and keep going"),
    (("Will", "May"), "i keep thinking about swimming out to sea until i can't get back"),
    (("Faith", "Noor"), "i made it home without wanting to steer into a tree"),
    (("Grace", "Tom"), "part of me wanted to drive into the wall on the way home"),
    (("Frank", "Ada"), "i get this urge to drive into oncoming traffic"),
    (("Will", "May"), "i felt like walking in front of a bus today"),
    # At the edge, wondering, working up the nerve.
    (("Faith", "Noor"), "i stood on the bridge last night wondering what it would be like to fall"),
    (("Grace", "Tom"), "i go up to the multi storey roof and try to work up the courage"),
    (("Frank", "Ada"), "i was at the top of the cliff for ages working up the nerve"),
    (("Will", "May"), "i stand at the edge of the station platform when the trains come through and think about it"),
    # An urge to hurt the partner inside a win.
    (("Faith", "Noor"), "small win, i didn't hit noor with the frying pan even though i really wanted to"),
    (("Grace", "Tom"), "i walked away rather than smash a plate over tom's head like i wanted to"),
    (("Frank", "Ada"), "i kept calm instead of putting the knife in ada like i was itching to"),
    (("Will", "May"), "i managed not to throw the iron at may tonight although i wanted to"),
    # Teaching a lesson with a weapon.
    (("Faith", "Noor"), "i'm going to teach noor a lesson with my belt when she gets in"),
    (("Grace", "Tom"), "tom said he'd teach me a lesson with his golf club"),
    # Threats to family.
    (("Frank", "Ada"), "ada says she knows where my sister lives and what she'll do to her"),
    (("Will", "May"), "may told me she knows which school the kids go to and what could happen to them"),
    # Financial control.
    (("Faith", "Noor"), "noor makes me give him my whole pay packet every month"),
    (("Grace", "Tom"), "tom takes all my wages and gives me pocket money"),
    (("Frank", "Ada"), "i have to hand over my bank card to ada every payday"),
    # The partner's suicide talk by a method.
    (("Will", "May"), "may keeps going on about throwing herself off the cliff"),
    (("Faith", "Noor"), "noor has been talking about hanging himself"),
    (("Grace", "Tom"), "tom was talking about driving his car into the river"),
    # Phone taken in a mood.
    (("Frank", "Ada"), "ada takes my phone away from me whenever she's angry"),
    (("Will", "May"), "may confiscates my phone when she's in one of her moods"),
    (("Faith", "Noor"), "noor grabs my mobile off me when he's in a temper so i can't call anyone"),
    (("Grace", "Tom"), "tom took my phone off me again because he was in a mood"),
    (("Frank", "Ada"), "i've had enough of being alive"),
]

TESTER7_LOOKALIKES = [
    (("Faith", "Noor"), "noor knocked me out with her curry tonight, it was amazing"),
    (("Grace", "Tom"), "tom's chocolate cake absolutely knocked me out"),
    (("Will", "May"), "may's roast knocked us out, best sunday dinner in ages"),
    (("Frank", "Ada"), "we played cricket and i got hit in the face by the ball"),
    (("Faith", "Noor"), "i got hit in the head with a frisbee at the park, all fine"),
    (("Grace", "Tom"), "playing rounders with the kids i got smacked in the nose by the ball"),
    (("Will", "May"), "i've had enough of this rain"),
    (("Frank", "Ada"), "i've had enough of living out of boxes since the move"),
    (("Faith", "Noor"), "i won't be around next week, i'm visiting my mum"),
    (("Grace", "Tom"), "i won't be around much longer tonight, i have to go to bed early"),
    (("Will", "May"), "i've been saving up for a new sofa"),
    (("Frank", "Ada"), "i keep a stash of biscuits in my desk drawer"),
    (("Faith", "Noor"), "noor counted out the vitamins for the week"),
    (("Grace", "Tom"), "we walked into the sea for a paddle on holiday"),
    (("Will", "May"), "we drove into town for lunch"),
    (("Frank", "Ada"), "i nearly drove into a parked car because of the glare, scary"),
    (("Faith", "Noor"), "we stood at the edge of the cliff and took photos of the sunset"),
    (("Grace", "Tom"), "i'm working up the nerve to ask for a pay rise"),
    (("Will", "May"), "i wonder what it would feel like to win the lottery"),
    (("Frank", "Ada"), "i held my tongue at dinner instead of arguing like i wanted to"),
    (("Faith", "Noor"), "i wanted to throw the kettle out, it's so old"),
    (("Grace", "Tom"), "tom taught me a lesson about patience"),
    (("Will", "May"), "i'm going to teach may to ride a bike this weekend"),
    (("Frank", "Ada"), "ada knows where my mum lives and pops round with shopping"),
    (("Faith", "Noor"), "we agreed i'd hand over my wages to the savings account each month"),
    (("Grace", "Tom"), "tom was talking about jumping off the diving board at the pool"),
    (("Will", "May"), "may takes my phone when hers is flat"),
    (("Frank", "Ada"), "ada's in a mood because her team lost"),
    (("Faith", "Noor"), "i could have killed for a cup of tea after the walk"),
    (("Grace", "Tom"), "i stabbed the potatoes with a fork to see if they were done"),
]
