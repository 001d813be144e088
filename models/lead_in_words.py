"""What people say before the point, and around it: one home for these words, read wherever the
point itself is looked for (who did what in skill/breach_doer.py, a lapse told in skill/lapses.py,
a command said after the words in skill/said_commands.py). Regular-expression alternatives, to be
placed inside a group."""

# Sounds and little words that lead in: "so", "um", "honestly", "oh and".
FILLERS = (
    r"so|yeah|yes|um+|uh+|er|erm|well|okay|ok|oh|and|but|alexa|just|actually|honestly|basically|anyway|look|"
    r"listen|right|hi|hey|sadly|unfortunately|apparently|again|also|then|now"
)
# When it happened, said first: "last night", "on saturday", "a couple of days ago".
WHEN = (
    r"today|tonight|yesterday|earlier|recently|this (?:morning|afternoon|evening|week|weekend)|"
    r"last (?:night|week|weekend|month|time)|the other (?:day|night)|(?:on|over) the weekend|at the weekend|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a (?:few|couple of) days ago"
)
# What the speaker found out, saw or thinks, said before what someone did: "I found out", "turns out".
FOUND_OUT = (
    r"(?:(?:i|we)(?:'ve| have| had|'d)? )?(?:just |only |recently |finally )?(?:found out|find out|discovered|noticed|"
    r"realised|realized|learned|learnt|heard|saw|seen|see|caught|catch|think|thought|know|knew|believe|suspect|"
    r"reckon|guess|bet|feel like|got a feeling|have a feeling|worked out|figured out|can tell|"
    r"found(?= (?:his|her|their|[a-z]+'s) (?:messages?|texts?|emails?|chats?|dms?|calls?|photos?|receipts?|letters?)\b))|"
    r"(?:i'm|i am|we're|we are) (?:pretty |fairly |quite |almost |really )?(?:sure|certain|convinced|positive)|"
    r"it (?:turns|turned) out|turns out|it seems|it looks like|looks like|it's clear|i can see"
)
# Said between the point and a command after it: "..., so please log it", "..., can you add that".
BEFORE_COMMAND = r"and|so|please|can you|could you|would you|alexa|just|okay|ok"
# Gladness said first, before a command to log what was won: "i'm stoked, log a small win, ...", "so chuffed, note
# a win: ...": the feeling is how it was told, never part of the note (tester-voice48, en-AU).
GLAD = (
    r"(?:(?:i'm|i am|we're|we are|i feel|we feel|feeling|i was|we were) )?(?:so |really |just |totally |absolutely |pretty )*"
    r"(?:stoked|chuffed|thrilled|happy|pleased|proud|excited|buzzing|rapt|over the moon|delighted|glad|relieved|"
    r"made up|wrapped|pumped|great|good|amazing|ecstatic|grateful|thankful|blessed)"
)
