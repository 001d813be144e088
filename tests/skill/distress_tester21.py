"""tester-voice21's distress missed by the rules (/work/notes/tv21_lists.py, written before reading
any code), by shape; the sentences we wrote before the fix in other words (HELD_OUT21: other verbs,
children, tenses, pronouns), the everyday twins beside them (TWIN_LOOKALIKES21: the same words, no
danger), and the tester's two lookalikes that got the help lines (TESTER21_FALSE_ALARMS)."""

TESTER21 = {
    "children afraid of the partner's temper": ["the kids hide under the bed when he's angry"],
    "a threat of next time": ["he said next time I won't be walking away from it"],
    "violence told as last time": [
        "I missed it because I was too scared to bring it up, last time I did he threw the kettle at the wall",
        "I was too scared to bring it up, last time I did he threw the kettle at the wall",
        "last time I brought it up he threw the kettle at the wall",
    ],
    "things given away": ["I've given away my things, I won't need them soon"],
}

HELD_OUT21 = {
    "children afraid of the partner's temper": [
        "my daughter hides in the wardrobe whenever he gets angry",
        "the children go quiet as soon as she's in one of her moods",
        "our son cries every time he starts drinking",
        "the little ones hid behind the sofa when my husband was drunk",
    ],
    "a threat of next time": [
        "she told me next time I won't get up",
        "he warned me that next time I won't wake up",
        "my partner said next time I won't be walking out of here",
        "he said next time I won't be so lucky",
    ],
    "violence told as last time": [
        "the last time I said no she smashed my phone against the wall",
        "the one time I asked for money he put his fist through the door",
        "when I last mentioned my mum she threw a plate across the room",
        "last time we argued my husband flung the chair at the window",
    ],
    "things given away": [
        "I gave my guitar to my brother, I won't be needing it much longer",
        "I've been giving my books away, I won't need them where I'm going",
        "I'm handing out my jewellery to my nieces because I won't be around much longer",
        "I sold most of my things, I won't need any of it after this week",
    ],
}

TWIN_LOOKALIKES21 = [
    "the kids were hiding under the bed playing hide and seek",
    "the kids hide under the bed when we play hide and seek",
    "the kids hide behind the sofa when he's angry at the telly",
    "the kids hide when he's counting to twenty",
    "he said next time I won't be walking away with the trophy",
    "she said next time I won't be so lucky at cards",
    "he said next time I won't get up so late",
    "last time I visited he threw the ball at the wall for the dog",
    "last time we played darts she threw one at the board",
    "last time I cooked he threw the burnt toast in the bin",
    "the last time I went he kicked the football into the window by accident",
    "I've given away my baby clothes, we won't need them any more",
    "I've given away my winter coats, I won't need them in Spain",
    "I gave away my old books because I won't need them after the exam",
    "my boss said I'd be dead meat if I left work before five",
    "he threatened to beat me at chess tonight",
]

TESTER21_FALSE_ALARMS = [
    "missed it because my boss said I'd be dead meat if I left early",
    "she threatened to beat me at Scrabble again and she did",
]
