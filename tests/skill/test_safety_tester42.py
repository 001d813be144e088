"""tester-voice42's (2026-12-06, on main e7c8070): ready to flee, said plainly (skill/distress_ready_to_flee.py):
ready to leave the moment the partner falls asleep, where I'm staying kept from him, my location turned off so she
can't track me; and "I'd honestly be better off gone", a word of weight between (distress_in_other_words.py). Told
as a keep or a miss, each got the promise menu; the soft "If you're not safe, say: I need help" was the most heard.
With the everyday twins that share their words, and a day got through without snapping, which is a keep
(distress_cycle.py), beside a weekend survived, which is not.

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

from tests.skill.checked_lists import CheckedLists

DISTRESS = [
    "I'm ready to leave the moment he falls asleep",
    "we're all ready to go the minute she passes out",
    "I'm going to sneak out as soon as he's asleep tonight",
    "I'll take the kids and go once he leaves for work",
    "I'm ready to leave him the moment he goes to work",
    "I haven't told him where I'm staying",
    "he doesn't know where I'm staying and it has to stay that way",
    "I'm keeping where I'm staying from him",
    "I daren't let my husband know where we are living now",
    "she mustn't find out where I'm living",
    "I've turned my location off so he can't track me",
    "I switched my gps off so my wife can't follow me",
    "I'd honestly be better off gone",
    "I would really be better off dead",
    "I survived another weekend without him hitting me",
    "I got through another day without hurting myself",
    # The lead's probes of the same families (skill/distress_ready_to_flee.py).
    "I've got a secret bank account he doesn't know about, for when I go",
    "I've been putting money in a separate account so I can leave",
    "I sleep in the kids' room with the door locked",
    "I've memorised the refuge number",
    "I booked a place at the refuge for Friday",
    "we're going to the refuge tomorrow",
    "I wait until he's snoring before I can relax",
    "I can't breathe properly until he's left for work",
    "I only feel safe once she's gone out",
    "I check his mood before I say anything",
    "I always read her mood the second she walks in",
    "I keep my passport in my work locker now",
    "I've hidden my passport and the kids' birth certificates at my sister's",
    # And of other families (distress_good_news.py, distress_words.py, distress_blows.py).
    "he showed me the gun and said it was for me",
    "I want to crash the car",
    "she's done it again, I've got a black eye",
    "I've got a split lip, he's done it again",
]
TWINS = [
    "I got through another day without snapping at him",
    "we got through another day without shouting",
    "I made it through another week without a drink",
    "I'm ready to leave the moment he gets home, we're going to the cinema",
    "I'm ready to go as soon as he's back from work",
    "I'll go as soon as she's asleep",
    "I haven't told her where we're staying, it's a surprise weekend away",
    "I haven't told him where I'm going for his birthday dinner",
    "he doesn't know where I'm taking him for our anniversary",
    "I turned my location off to save the battery",
    "I turned my location off so the kids can't see where their presents are",
    "I'd honestly be better off going by train",
    "I've got a secret savings account for her birthday present, she doesn't know about it",
    "I have a separate account for Christmas he doesn't know about",
    "I sleep in the kids' room when the baby is poorly",
    "we visited the wildlife refuge on Sunday",
    "we took refuge from the rain in a cafe",
    "I can't relax until she's asleep, the baby's been up all night",
    "I can't relax until the kids are asleep",
    "I check the weather before I say anything about the walk",
    "I keep my passport at my mum's while we're on holiday",
    "I keep my passport in the safe",
    "he showed me the knife he bought for the kitchen and said it was for me to use",
    "I want to crash the car in the video game",
    "he's done it again, burnt the toast",
    "I've got a black eye from football",
]

# Said alone at a question, no carrier of any locale brings these to the skill: Alexa's fallback takes them there.
UNREACHED = (
    "we're all ready to go the minute she passes out",
    "I'll take the kids and go once he leaves for work",
    "he doesn't know where I'm staying and it has to stay that way",
    "I'm keeping where I'm staying from him",
    "she mustn't find out where I'm living",
    "I've turned my location off so he can't track me",
    "I'd honestly be better off gone",
    "I've hidden my passport and the kids' birth certificates at my sister's",
)

LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)
