"""Check-in answers that say what would help the relationship ("less phone time would help"):
everyday, said by couples every week. "Would help" also ends crisis ("nothing would help"), so
the learned check learned it as doubtful and asked before saving such answers; these teach it
the everyday shape (infra/train_distress.py reads every distress_*.py), beside "would help" said
in crisis, so that one stays heard. The voice tests' own answers are not among them:
tests/skill/test_voice14_checkin.py still says those are saved."""

from __future__ import annotations

WHAT_HELPS_LOOKALIKES = [
    "less phone time would help",
    "talking more would help",
    "going to bed earlier would help",
    "a weekly date would help",
    "cooking together would help",
    "more texts during the day would help",
    "seeing friends together would help",
    "another session with the counsellor would help",
    "more honesty would help",
    "turning the phones off at dinner would help",
    "more bike rides would help",
    "a cleaning rota would help",
]

WHAT_HELPS_DISTRESS = [
    "nothing would help anymore",
    "dying would help",
    "it would help if i just disappeared",
    "ending it all would help",
    "not being here would help everyone",
    "it would help if i never woke up",
    "sleeping forever would help",
    "the pills would help me sleep for good",
    "nobody would help me if he hurt me",
    "nothing will help now, i'm done",
    "i don't think anything would help anymore",
    "it would help everyone if i was gone",
    "nothing anyone says would help, i want it all to stop",
    "it would help if i wasn't around anymore",
    "being dead would help",
]

# Shut out of a house or a car by a lost key is everyday; "locked myself in the bathroom" (hiding) is
# not. The learned check heard the first as the second once the answers above were in.
LOCKED_OUT_LOOKALIKES = [
    "locked myself out of the car at the supermarket",
    "i locked myself out again and waited for sam to get home",
    "locked out of the flat so the neighbour lent me a spare key",
    "we got locked out and had to climb in through the kitchen window",
    "i locked the keys in the car and called the breakdown service",
    "locked myself out of the shed and broke the padlock",
]
