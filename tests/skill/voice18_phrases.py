"""Held-out phrasings for the voice18 lapse tests (tester-voice7 #9's kinds, written before the
fix, in couples and idioms of en-GB, en-AU and en-IN): a lapse and the boundary its words name."""

from __future__ import annotations

# (couple, said by the first partner, the boundary it breaks)
LAPSES = [
    ("mark-rich", "I got back on Grindr last night", "No using Grindr"),
    ("mark-rich", "I downloaded Grindr again", "No using Grindr"),
    ("mark-rich", "I was on Grindr last night", "No using Grindr"),
    ("mark-rich", "jumped on Grindr after work", "No using Grindr"),
    ("mark-rich", "I played online poker last night", "No online poker"),
    ("rose-joy", "I got back on Tinder", "No Tinder"),
    ("rose-joy", "I went over my drink limit on Wednesday, log a lapse", "Stay within my drink limit"),
    ("rose-joy", "had one too many at the pub on Friday", "Stay within my drink limit"),
    ("rose-joy", "I had too much to drink at the work do", "Stay within my drink limit"),
    ("priya-tomas", "I reinstalled Bumble", "No Bumble"),
    ("priya-tomas", "I took out a payday loan", "No borrowing money in secret"),
    ("priya-tomas", "I borrowed 5000 rupees from my cousin without telling Tomas", "No borrowing money in secret"),
    ("priya-tomas", "I placed a bet on the IPL", "No betting of any kind"),
    ("hope-will", "I was on Hinge again", "No Hinge"),
    ("hope-will", "I played on an online casino last night", "No online casino"),
    ("hope-will", "I signed back up for Hinge", "No Hinge"),
    ("jon-joan", "I took a loan without telling Joan", "No secret loans"),
    ("jon-joan", "I got a loan from my brother and didn't tell Joan", "No secret loans"),
    ("jon-joan", "had a few drinks on Tuesday night, log a lapse", "No drinking on weeknights"),
    ("jon-joan", "I went over my drinking limit at the wedding", "No drinking on weeknights"),
]

# Never offered as the speaker's breach: kept, someone else's, or no lapse at all.
NOT_OFFERED = [
    ("mark-rich", "I haven't been on Grindr all week"),
    ("mark-rich", "Rich got back on Grindr"),
    ("rose-joy", "I stayed within my drink limit"),
    ("hope-will", "I opened the window again"),
    ("jon-joan", "I paid back the loan"),
    ("hope-will", "I was on the train again"),
    ("priya-tomas", "I didn't take a loan"),
    ("mark-rich", "I was on online banking last night"),
]
