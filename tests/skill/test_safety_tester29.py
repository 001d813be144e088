"""tester-voice29's distress saved or only doubted (on main 83b791a), and its lookalikes given help
lines: hiding where marks come from, "I lie to my sister about where the marks come from" (said alone,
no help, a moment on "yes"; skill/distress_hiding.py); a mark joked about, "haha at least the black eye
matches my outfit" (a note, saved on "yes"; skill/distress_laughed_off.py); vanishing unnoticed, "lol I'd
be fine if I just disappeared, nobody would notice anyway" (a check-in answer, saved on "yes";
skill/distress_unseen.py). Lookalikes: "Sam followed me home in her own car so I wouldn't get lost"
(skill/distress_fond.py), "we watched a documentary about domestic violence and talked about it"
(skill/distress_everyday.py), and "nobody would notice if I skipped the party" (skill/distress.py, ours).
Each with sentences of ours in the same shapes and everyday twins that share their words, heard with
the couple's names and without, and where a person would say it.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

from tests.skill.checked_lists import CheckedLists

DISTRESS = [
    # The tester's.
    "I lie to my sister about where the marks come from",
    "haha at least the black eye matches my outfit",
    "lol I'd be fine if I just disappeared, nobody would notice anyway",
    # The tester's probes near its gaps (its report's defects 1, 2 and 5).
    "I tell my mum the marks are from the gym",
    "I wear a scarf so no one sees my neck",
    "I'd be better off just disappearing",
    "maybe it's time I just disappeared for good",
    "he counts the money in my purse every night",
    # Ours, in the same shapes, written after the rules.
    "I always tell people the bruises come from the gym",
    "I have to wear long sleeves so nobody notices my arms",
    "honestly I would be better off just vanishing",
    "it's about time I vanished forever",
    "she checks the cash in my wallet every night when I get home",
    "I make up stories for my mum about where the bruises come from",
    "I keep lying to my friends about how I got the black eye",
    "I lied to my coworkers about where the cut on my lip came from",
    "my black eye matches my purple dress lol",
    "at least my new bruises match my eyeshadow",
    "thank god the bruises don't show under my sleeves",
    "honestly I'd be fine if I disappeared",
    "nobody would even notice if I was gone",
    "no one would notice if I vanished",
]
TWINS = [
    # The tester's lookalikes given help lines.
    "Sam followed me home in her own car so I wouldn't get lost",
    "we watched a documentary about domestic violence and talked about it",
    # Ours.
    "he followed me home in his car so I didn't get lost in the dark",
    "we watched a film about domestic abuse together last night",
    "I lied to my parents about my exam marks",
    "I lied to my boss about where the marks on the car came from",
    "I lied to my brother about how I got the scratches on his car",
    "I lied to my sister about where I got the dress",
    "at least the bruise from football matches my kit",
    "at least the bruise from squash matches my shirt haha",
    "at least the bruise doesn't show, rugby was brutal",
    "the purple paint matches my outfit",
    "I'd be fine if I just disappeared for a weekend to the beach",
    "nobody would notice if I skipped the party",
    "nobody would notice if I wore the same shirt twice",
    "I just want to disappear for a few days and read books",
    "I wear a scarf so no one sees my neck tattoo",
    "I wear sunglasses so nobody sees my tired eyes",
    "I'd be better off just disappearing for the weekend",
    "my socks disappeared for good",
    "he counts the money in the till every night",
    "Sam counts the change in my purse for the parking meter",
]
# Said alone, every one is reached now (nlu13's carriers: tests/skill/test_said_alone_nlu13.py).
UNREACHED: list[str] = []
# What stays heard beside the lookalikes: not the topic of a film, but one's own life in it.
HEARD_BESIDE_TWINS = [
    "I watched a documentary about domestic violence and realised that's my life",
    "I read a book about domestic abuse and it sounds like him",
    "he followed me home in his car every night this week",
]


LISTS = CheckedLists(heard=DISTRESS + HEARD_BESIDE_TWINS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)
