"""A seventh list of 60 distress phrasings and 40 lookalikes, written on 2026-12-02 by the
engineer who then fixed the detector for the final tester's defects 1 and 5 (issue 8): NOT
blind, its writer had read skill/distress.py, but written before any change and measured once
on the detector as it stood (the figure is in tests/skill/distress_blind.py). In UK, US, AU,
IN and CA voices: someone else (a child, a mother, a friend, a neighbour) afraid of or hurt by
another person; violence in everyday idioms; intimidation without a blow (doors, walls, phones,
things thrown, a way out blocked, driving to scare, a raised fist, a pet hurt); a blow that did
not happen "this time"; a threat said with "I mean it"; and a few of the older families in new
words. The lookalikes are the same shapes in everyday life (a dark room, spiders, golf, a ball,
a quiz, the wind)."""

FIXER2_DISTRESS = [
    # Someone else afraid of, or hurt by, another person.
    "my daughter is terrified of her stepdad",
    "the children are frightened of their father",
    "my little boy is scared of his dad when he drinks",
    "my sister's fella knocks her about",
    "my mate's husband hits her and she won't leave",
    "my gran's carer is rough with her",
    "my colleague's boyfriend beats her up",
    "our neighbour's partner keeps hurting her, we hear it through the wall",
    "my mom is afraid of her husband",
    "my friend's ex is threatening her",
    "the kids are scared to be home with their dad",
    "my nephew's stepfather beats him",
    # Violence in everyday idioms.
    "he knocks me around when he's had a few",
    "she smacks me about when the kids are in bed",
    "he roughed me up again last night",
    "my husband gave me a clip round the ear for talking back",
    "he gives me a slap if dinner's late",
    "she backhanded me across the face",
    "he shoved me into the fridge",
    "my boyfriend pushes me around when he's angry",
    "he shoves me around the kitchen",
    "he gave me a smack in front of his mates",
    "she clocked me one with her elbow",
    "he laid into me after the party",
    # Intimidation without a blow.
    "he kicked the bedroom door in",
    "he punched a hole in the wall next to my head",
    "she smashed my phone so i couldn't call anyone",
    "he throws things at me when he's angry",
    "he stood in the doorway so i couldn't get out",
    "he blocks the door so i can't leave",
    "he drove really fast to scare me with the kids in the back",
    "he stood over me with his fist raised",
    "he broke all my things when i said i was leaving",
    "he kicked the dog to get at me",
    "she broke my glasses and laughed",
    "he put his fist through the door",
    "he ripped the phone out of my hand and smashed it",
    "he hurt my cat to punish me",
    # A blow that did not happen this time.
    "sam didn't grab my wrist this time",
    "riley didn't hit me for once",
    "jordan didn't push me this time which is nice",
    "he didn't slap me this week for once",
    # A threat, meant.
    "he said he'd kill me and he means it",
    "she told me she'll hurt me and i know she means it",
    "he said he'll burn the house down and i think he means it",
    "he said if i leave he'll end me and he means it",
    # Older families in new words.
    "i'm frightened to be in the same room as him",
    "i hide my bruises with makeup",
    "he won't let me have my own bank account",
    "he checks the mileage on my car and goes mad",
    "i feel like i'm going to do something stupid tonight",
    "i don't want to wake up tomorrow",
    "i'm scared he'll find out i rang the helpline",
    "my partner takes my whole salary every month",
    "he threatens to send me back to my parents' village if i talk back",
    "she threatens to tell immigration about me",
    "i sleep with a chair against the door",
    "he strangled me till i blacked out",
    "my in-laws beat me for not bringing more money",
    "i've been burning myself with cigarettes",
]

FIXER2_LOOKALIKES = [
    # Someone else and fear, everyday.
    "my son is scared of the dark",
    "the kids are frightened of thunderstorms",
    "my daughter is afraid of spiders",
    "my mum's boyfriend beats her at golf every weekend",
    "the neighbour's dog scares the children",
    "my sister's husband always beats her at scrabble",
    "the kids are scared of the vacuum cleaner",
    "my nephew is terrified of clowns",
    "my friend is afraid of flying",
    "my mom is scared of the new microwave",
    # Everyday words that sound like blows.
    "he knocked it out of the park at work",
    "she gave me a hand with the shopping",
    "he pushed me to finish my degree",
    "she roughed out a plan for the garden",
    "we knocked about in town all afternoon",
    "he gave me a pat on the back",
    "he slapped a sticker on the fridge",
    "the kids pushed each other on the swings",
    # Doors, walls, phones, things, in everyday life.
    "he kicked the ball over the fence",
    "we smashed it at the pub quiz",
    "the wind blew the door open",
    "i cracked my phone screen",
    "he threw the ball for the dog",
    "he stood in the doorway and waved goodbye",
    "he drove fast to get us to the airport",
    "she broke the news gently",
    "he broke his phone when he dropped it",
    "he put a hook in the wall for the picture",
    "the cat knocked a glass off the table",
    "he raised his glass to us at dinner",
    # Didn't, this time, for once, in everyday life.
    "sam didn't forget the bins this time",
    "riley didn't burn the toast for once",
    "he didn't leave his socks on the floor this week",
    "i did not miss our walk this time",
    # I mean it, everyday.
    "i really love you and i mean it",
    "he said he'll fix the fence and he means it",
    "she said she'd kill for a cup of tea and she meant it",
    # Older shapes, everyday.
    "i'm frightened of the exam results",
    "we stayed up till we blacked out the windows for the film",
    "he takes my car to work on tuesdays",
]
