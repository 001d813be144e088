"""tester-voice50's (2026-12-07, on main b8922df): despair and harm told beside a keep, a miss or a hard day ("I don't
care about anything anymore", "it doesn't matter anyway, I won't be here next week", "wanting it all to be over",
"thinking about the pills in the cupboard") were asked about as promises or logged with the words as a note; the
partner coming back drunk and angry, a bruise the size of a fist, food locked away got only the calm hint; fear or
harm said as the answer to "Is this Alex or Sam?" ("Sam and I'm scared", "the one he beats") logged the keep for Sam
or asked the name again; "I need to talk to someone", "what numbers can I call", "call nine one one" reached nothing;
a joint check-in came back right after fear of the partner who is there (skill/distress_told_beside.py,
skill/safety.py). And false alarms: "I'm going to die if I don't get coffee", "I got beaten at poker again".

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.talk import ALEX_VOICE, Talk, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models.entities import CheckInAnswer
from trust_tracker.models.safety import RESOURCES

DISTRESS = [
    "I didn't do anything, I just lay there wanting it all to be over",
    "he only shouted, didn't throw anything",
    "I missed the walk, I was in bed all day wishing I was dead",
    "it doesn't matter anyway, I won't be here next week",
    "log that I kept my promise and I don't care about anything anymore",
    "I wish I'd never been born",
    "hard day, thinking about the pills in the cupboard",
    "he's coming back and he's drunk and angry",
    "I've got a bruise the size of a fist on my back",
    "she locks the fridge and I haven't eaten properly in days",
    "I kept my promise, I didn't want another bruise",
    "I had to lie to the doctor about how I got hurt",
    "I was sent to hospital after the fight",
    "I keep the kids in their room when he's like that",
    "my ribs still hurt from what he did on Saturday",
    "I need to talk to someone",
    "what numbers can I call",
    "call nine one one",
    # tester-voice51, on the merge: harm after a promise missed before, told beside a keep; the one kept locked in.
    "I kept my promise to call when late, I always do now since the last time I got home late I couldn't open my eye "
    "for a week",
    "I called when I was late, last time I didn't I needed stitches",
    "I'm the one she keeps locked in",
]
# Said as the answer to "Is this Alex or Sam?" only: alone they are a name's place, not a sentence.
AS_NAMES = [
    "Sam and I'm scared",
    "Sam, I'm afraid",
    "the one he beats",
    "a frightened wife",
    "the one who got hit",
    "it's me, the one she keeps locked in",
    "Sam, the one with the black eye",
    "the one who sleeps in the car when she's been drinking",
]
TWINS = [
    "it doesn't matter, I won't be here next week, I'm on holiday",
    "I keep thinking about the pills I need to pick up from the pharmacy",
    "he's on his way home and he's angry about the traffic",
    "she locks the fridge at night so the toddler can't get in",
    "he only shouted because the music was loud",
    "I had to lie to my boss about why I was late",
    "I ended up in hospital after the car accident",
    "we keep the kids in their room when the guests are over",
    "my ribs hurt from laughing",
    "I need to talk to someone about the boiler",
    "what number can I call for the plumber",
    "I'm going to die if I don't get coffee",
    "I got beaten at poker again",
    "this is Sam and I'm happy",
    "I almost killed myself laughing",
    "my boss is going to kill me for leaving early though",
    "my boss is going to kill me",
    "I put my phone away at dinner, my mum will kill me if I don't call her tonight",
    "I couldn't open my eyes this morning, so tired",
    "the one she keeps in the garage is the old bike",
    "last time I forgot my keys I needed a locksmith",
    "we watched a film about a woman who leaves her abusive husband",
]
# Said alone at a question, no carrier of any locale brings these to the skill: Alexa's fallback takes them there.
UNREACHED = (
    "it doesn't matter anyway, I won't be here next week",
    "I wish I'd never been born",
    "he's coming back and he's drunk and angry",
    "I've got a bruise the size of a fist on my back",
    "she locks the fridge and I haven't eaten properly in days",
    "I had to lie to the doctor about how I got hurt",
    "I was sent to hospital after the fight",
    "I keep the kids in their room when he's like that",
    "he only shouted, didn't throw anything",
    "I didn't do anything, I just lay there wanting it all to be over",
)

LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)
LOCALES = ["en-US", "en-GB", "en-AU", "en-IN", "en-CA"]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("said", AS_NAMES)
def test_fear_or_harm_said_as_the_name_gets_help_and_logs_nothing(
    session, skill, session_factory, home, contract, said, locale
):
    """A shared device (no voice known): the keep asks who is speaking; the answer is the help, no keep for Sam."""
    talk = Talk(skill, session_factory, locale=locale)
    assert "Alex or Sam" in talk("log that I kept my promise to call when late").speech
    answer = talk.send(talk.model.match_elicited(said, "IdentifySpeakerIntent", "name") or talk.model.match(said))
    assert RESOURCES[locale].crisis.spoken_name in answer.speech, answer.speech
    assert entries(session) == []


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said", ["I need to talk to someone", "what numbers can I call", "call nine one one", "give me the helpline number"]
)
def test_the_help_asked_for_plainly_reaches_it_in_every_locale(session, skill, session_factory, home, said, locale):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    heard = talk.model.match(said)
    assert heard is not None and heard.intent == "SupportIntent", heard
    answer = talk.send(heard)
    assert RESOURCES[locale].crisis.spoken_name in answer.speech and answer.open, answer.speech


def test_a_setback_whose_name_is_despair_gets_help_and_nothing_is_saved(session, alex_talks, contract) -> None:
    assert "Which one" in alex_talks("I had a setback").speech
    answer = alex_talks("I didn't do anything, I just lay there wanting it all to be over")
    assert RESOURCES["en-US"].crisis.spoken_name in answer.speech, answer.speech
    assert entries(session) == []


def test_a_joint_check_in_is_not_taken_up_again_after_the_help(session, skill, session_factory, home, contract):
    """Sam is there, and may be the one feared: after the help and a "no" to the pause, no "Back to our check-in"."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    assert talk("let's do our check-in").speech.endswith("Is Sam with you?")
    assert "What went well" in talk("yes").speech
    helped = talk("honestly I get scared when she slams doors and corners me")
    assert RESOURCES["en-GB"].crisis.spoken_name in helped.speech, helped.speech
    after = talk("no")
    assert "check-in" not in after.speech.replace("start our check-in", "") and not after.open, after.speech
    assert session.query(CheckInAnswer).count() == 0


def test_a_check_in_taken_alone_is_still_taken_up_again(session, skill, session_factory, home, contract):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale="en-GB")
    talk("let's do our check-in")
    assert "What went well" in talk("no").speech
    talk("honestly I get scared when she slams doors and corners me")
    assert "Back to our check-in" in talk("no").speech


def test_a_miss_logged_for_an_earlier_day_is_the_one_offered_when_its_reflection_turns_to_fear(
    session, alex_talks, contract
) -> None:
    """tester-voice51: the miss was dated days back, so the help answer did not find it (offered the pause) and "undo
    that, if she sees it she'll kill me" removed an older keep of today instead: the ten minutes are of the logging."""
    alex_talks("log that I kept my promise to call when late")
    logged = alex_talks("I missed the evening walk three days ago")
    if logged.speech.startswith("Shall I"):
        logged = alex_talks("yes")
    assert "reflect" in logged.speech, logged.speech
    alex_talks("yes")
    helped = alex_talks("if Sam reads this he'll smash my head against the wall again")
    assert RESOURCES["en-US"].crisis.spoken_name in helped.speech and "Shall I remove it?" in helped.speech, (
        helped.speech
    )
    assert "evening walk" in helped.speech
    alex_talks("yes")
    assert [(e.kind.value, e.lineage_id) for e in entries(session)] == [("kept", contract["call when late"])]
