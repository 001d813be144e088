"""Our own phrasings of the families safety24 built (skill/distress_voices.py, and the readings
of Irish "after", Scots words and any "'d" in skill/distress_reading.py), and their everyday
lookalikes. Written for the families, not from the blind list (tests/skill/blind15.py);
infra/train_distress.py learns from these."""

VOICES_DISTRESS = [
    # understated
    "it turned a little violent between us on saturday",
    "he got kind of physical with me again",
    "she can get a bit heavy handed with the kids",
    "when he's had a few he lashes out",
    "my wife raised her fist at me",
    "my husband struck me across the face",
    # reported
    "the nurse called it domestic abuse",
    "my therapist says what goes on at home qualifies as coercive control",
    "our son told his gran his dad hurts me",
    "my flatmate says the way she jokes about strangling me isn't funny",
    # kept in, done in
    "she hid my phone and my keys so i can't go out",
    "he'll do me in one of these days",
    "she threw the cat outside in the storm just to get back at me",
    # despair and means
    "i'm so over existing",
    "honestly i reckon the kids would be happier without me",
    "there are cuts on my thighs where no one can see",
    "my sleeping pills are counted out on the table",
    "he's taken the shotgun and said he's not coming home",
    "i find myself staring over the ledge at work",
    "sometimes i want to swim out into the sea and not come back",
    "i'm not intending to be alive by new year",
    "what if i never woke up, would anyone notice",
    # an ex
    "he shows up everywhere i go since the divorce",
    "my ex boyfriend keeps parked outside my flat since i left him",
    "i only go along with it because it's safer than what he does if i say no",
    "he made me block my sister and my mum and checks my phone",
    "she's after slapping me in front of the kids",
    "he's been lifting his hand to me",
]

VOICES_LOOKALIKES = [
    "the hills on this walk are trying to kill me",
    "this heat is trying to kill me, honestly",
    "the new boss is trying to kill us with spreadsheets",
    "my mother in law won't allow anyone near the stove at christmas",
    "the school is not allowing phones in class anymore",
    "dad is not allowing anyone to touch the barbecue",
    "my life is chaos but a happy chaos, two dogs and a leaky roof",
    "our house is a mess with the builders in",
    "my life's a circus with twins, but i love it",
    "things got a bit physical in the second half of the match",
    "the game got really physical near the end",
    "my tablets are laid out in the dosette box for the week",
    "the cat turns up wherever i am in the house",
    "i let him win at cards because it's easier than the sulking",
    "the kids would cope without me for one night",
    "i keep looking over the edge of the balcony at the view",
    "we're going to walk into the sea for a paddle",
    "i'm not planning on being around for the fireworks, too loud",
    "what if i didn't wake up in time for the flight",
    "it struck me as odd that he didn't call",
    "he raised his hand to ask a question",
    "she's after fixing the fence, fair play",
    "the counsellor called it a good week",
    "i'm done with being the only one who cleans",
    "he did the dishes in ten minutes",
    "i left the dog with my sister since we moved",
]
