"""Distress said softly (issue 8; an independent tester's items 1-5, /work/notes/voice-finds.md):
fear of a partner said as what one does to keep the peace, abuse, control and self-harm said as
good news or as a promise kept, someone else in danger, regional words. These were offered as a
moment of reliability, logged, saved as check-in answers, and read to the partner. Each family
is heard in several phrasings written here, and its everyday lookalikes stay quiet; then the
tester's own sentences go through the real handler chain in every place they were saved."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_fixer import FIXER_DISTRESS, FIXER_LOOKALIKES
from tests.skill.test_safety import LOCALES, alex, count, envelope, say, skill, speech, then
from tests.skill.test_safety_states import STATES, _disclose, stored
from trust_tracker.models.entities import CheckInAnswer, LogEntry
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.safety import WORDING

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

NAMES = ("Alex", "Sam")

# Each family, in phrasings that are in no other list.
FAMILIES: dict[str, list[str]] = {
    "keeping the peace": [
        "i hide in the garage when he's been drinking",
        "i lock myself in the bedroom until she calms down",
        "we keep quiet so dad doesn't kick off",
        "i kept my mouth shut so he wouldn't explode",
        "i go quiet whenever my husband gets in one of his moods",
        "i tiptoe around her so she doesn't snap",
        "i slept in my car so he couldn't get at me",
        "i stay at my mum's so he can't find me",
        "i do whatever she tells me or she goes ballistic",
        "i cowered in the corner when he raised his fist",
        "i still flinch when my boyfriend lifts his hand",
        "i jumped when he came at me",
        "i'm too afraid to say no to my husband",
        "i never dare say no to him because i'm terrified",
        "i have to send her pictures of who i'm with",
        "i wait in the car till he's sobered up",
        "i send the kids to bed early so he doesn't go off on them",
        "i always agree with him so he won't get nasty",
        "i creep around the house when she's in a mood",
        "i pretend i'm asleep when he comes home drunk",
    ],
    "good news of less harm": [
        "only one black eye this month",
        "not a single bruise on me this week",
        "no new cuts on my arms since tuesday",
        "i haven't cut since my birthday",
        "three weeks without self harming",
        "i stayed alive another week",
        "my husband kept his promise never to hit me again",
        "she promised not to choke me this time and she didn't",
        "he didn't twist my arm today",
        "he let me keep some of my own money",
        "she allowed me to see my friends on saturday",
        "he let me out of the bedroom this morning",
        "he handed me back my bank card",
        "he finally gave me my phone back",
        "she unlocked the bathroom when i begged",
        "i wasn't so scared to talk at tea time",
        "he only threw one plate this week",
        "i've been clean from cutting for a month",
        "he kept his word not to strangle me",
        "he gave me my car keys back after a week",
    ],
    "threats in a breach note": [
        "he broke the rule about lying and threatened to put me out on the street",
        "she threatened to have me deported if i leave",
        "he said he'd see to it that i never see my daughter again",
    ],
    "someone else in danger": [
        "my niece says her husband beats her",
        "his stepdad hits him when his mum's at work",
        "my friend's bloke battered her again",
        "my mum is being hit by her partner",
        "my daughter told me her ex choked her out",
        "my brother said he wants to end his life",
        "he took our son and refuses to tell me where",
        "he ran off with my son and i don't know where they are",
        "my nan's carer hits her",
        "the lad next door is getting battered by his dad",
    ],
    "marks, blood and being held down": [
        "there was so much blood on the bathroom floor",
        "blood all over the sheets after he hit me",
        "he strangled me out last night",
        "i'm black and blue after the weekend",
        "she held me down by the wrists",
    ],
    "regional words": [
        "my fella gave me a proper kicking",
        "the missus chucked a mug at me",
        "me husband lobbed a chair at my head",
        "he walloped me last night",
        "my bloke thumped me",
        "my other half keeps me skint",
        "my wife's family beat me",
        "ring the cops",
    ],
    "told one deserves it": [
        "she says i'm useless and i deserve what i got",
        "he calls me pathetic and says i asked for it",
        "he made me beg for the car keys",
        "she spat in my face and called me worthless",
    ],
}
# The same shapes in everyday life, and the couple's own agreements.
LOOKALIKES = [
    "i hide the chocolate so he doesn't eat it all",
    "i keep quiet when he's on a work call",
    "i go quiet when she watches the football",
    "i go for a walk when he gets angry so we can both cool down",
    "we stay at my mum's when the boiler's broken",
    "i slept in the car on the way to scotland",
    "i jumped when the kettle clicked",
    "i'm too scared to tell him i dented the car",
    "no bruises on the apples this time",
    "i haven't cut my hair since march",
    "i kept my promise to stay off my phone at dinner",
    "he kept his promise not to be late",
    "she promised not to check my phone without asking and she kept it",
    "he let me choose the restaurant",
    "she let me have a lie in",
    "he gave me back my book",
    "she gave me back the car keys after she parked",
    "he unlocked the door for me when i forgot my keys",
    "i send him a photo of where i am when i'm out as we agreed",
    "she checks my phone every night as we agreed",
    "he only checked my phone once today",
    "i wasn't too scared to speak at the meeting",
    "we gave blood at the drive today",
    "the blood test came back fine",
    "he beat me to the front of the queue",
    "my daughter's boyfriend took her to the cinema",
    "my friend is killing it at her new job",
    "she's black and white about the rules",
    "he threatened to leave the party early",
    "we listened to hit me baby one more time on the radio",
    "we played hit me with your best shot",
    "she sang beat it at karaoke",
    "we danced to hit me baby one more time",
    "i wait in the car till the rain stops",
    "i always agree with him about football",
    "he let me use the car today",
    "he gave me the car keys back after he washed it",
    "the lad next door is getting a new bike",
    "there's paint on the walls",
    "he knocked me out with that joke",
    "he threw a party for my birthday",
    "she threw the old plates away",
    "i stopped wearing makeup so she won't tease me about it",
]
# The tester's own sentences (items 1-5), heard before: the places they were saved or logged.
TESTER = [
    "i hide in the bathroom when he gets angry",
    "i keep quiet so he doesn't explode",
    "i sleep in the car so he can't get to me",
    "i flinch every time he raises his hand",
    "i have to send him photos of where i am",
    "no bruises this week",
    "i haven't cut for ten days",
    "he let me keep my own wages this week",
    "she gave me back my passport",
    "i wasn't too scared to speak at dinner",
    "he let me see my mum",
    "he unlocked the door when i asked",
    "sam didn't grab my wrist this time",
    "he read my messages and threatened to leave me with nothing",
    "i'm too scared to tell him no",
    "my daughter said her boyfriend hits her",
    "my neighbour is being beaten",
    "there's blood everywhere",
    "he choked me out",
    "he gave me a right kicking",
    "he chucked a glass at my head",
    "he took the kids and won't tell me where they are",
    "he makes me feel worthless and says i deserve it",
    "my husband kept his promise not to beat me",
    "he shook the baby",
    "please call the police",
    "my fella keeps me skint and takes my bank card",
    "she checks my phone every night and takes it",
]


def test_the_lists_hold_what_they_say() -> None:
    assert len(FIXER_DISTRESS) == len(set(FIXER_DISTRESS)) == 60
    assert len(FIXER_LOOKALIKES) == len(set(FIXER_LOOKALIKES)) == 40
    family_phrasings = [said for phrasings in FAMILIES.values() for said in phrasings]
    assert not set(family_phrasings) & set(FIXER_DISTRESS + TESTER)
    assert all(len(phrasings) >= 3 for phrasings in FAMILIES.values())


@pytest.mark.parametrize("said", [said for phrasings in FAMILIES.values() for said in phrasings] + TESTER)
def test_every_family_said_softly_is_heard(said) -> None:
    assert is_distress(said, NAMES)


@pytest.mark.parametrize("said", FIXER_DISTRESS)
def test_the_fixers_list_is_heard(said) -> None:
    assert is_distress(said)


@pytest.mark.parametrize("said", LOOKALIKES + FIXER_LOOKALIKES)
def test_the_same_shapes_in_everyday_life_stay_quiet(said) -> None:
    assert not is_distress(said, NAMES)
    assert not is_distress(f"I {said}", NAMES)  # as a commitment slot is read


# A song named stays quiet only where the words say it is a song; a blow said beside it is heard.
@pytest.mark.parametrize(
    "said",
    [
        "we listened to hit me baby one more time and then he hit me",
        "he played hit me with your best shot and hit me",
        "play hit me baby one more time he hit me",
        "he hit me baby",
    ],
)
def test_a_song_never_silences_a_real_blow(said) -> None:
    assert is_distress(said)


# --- through the real handler chain: every place the tester's words were saved or logged -------
# (state of the device, intent, slot): a one-shot described as a kept promise, a small win, a
# moment, a breach note, a check-in answer, an answer while a log is held, a setback's reflection.
PLACES = [
    ("not linked", "LogKeptIntent", "commitment"),
    ("unknown voice", "LogSmallWinIntent", "note"),
    ("household, no voices", "LogReliabilityIntent", "note"),
    ("which one?", "LogKeptIntent", "commitment"),
    ("mid check-in", "AnswerIntent", "answer"),
    ("held log", "AnswerIntent", "answer"),
    ("reflection", "AnswerIntent", "answer"),
    ("check-in paused", "LogBreachIntent", "note"),
]
# Each of the places above, one test each, named by its state and intent.
EVERY_PLACE = pytest.mark.parametrize("place", PLACES, ids=[f"{s}-{i}" for s, i, _ in PLACES])


def _slot_words(slot: str, said: str) -> str:
    """What Alexa puts in the slot: "i {commitment}" leaves the speaker's "i" out."""
    return said.removeprefix("i ") if slot == "commitment" else said


def family_said_in_place(say, session, couple, place: tuple[str, str, str], families: dict, family: str) -> None:
    """One of `family`'s phrasings said in `place` (a state, an intent, its slot), in a locale
    turned with both, so every family meets every place and every locale across the table."""
    state, intent, slot = place
    said = families[family][PLACES.index(place) % len(families[family])]
    locale = LOCALES[(list(families).index(family) + PLACES.index(place)) % len(LOCALES)]
    _disclose(say, session, couple, state, intent, {slot: _slot_words(slot, said)}, said, locale)


@pytest.mark.parametrize(("state", "intent", "slot"), PLACES, ids=[f"{s}-{i}" for s, i, _ in PLACES])
@pytest.mark.parametrize("said", TESTER)
def test_the_testers_words_get_help_and_nothing_is_written_wherever_said(
    say, session, couple, state, intent, slot, said
) -> None:
    locale = LOCALES[(TESTER.index(said) + PLACES.index((state, intent, slot))) % len(LOCALES)]
    _disclose(say, session, couple, state, intent, {slot: _slot_words(slot, said)}, said, locale)


@pytest.mark.parametrize("said", [phrasings[0] for phrasings in FAMILIES.values()])
@pytest.mark.parametrize("locale", LOCALES)
def test_each_family_gets_the_locales_help_as_a_checkin_answer(say, session, couple, said, locale) -> None:
    _disclose(say, session, couple, "mid check-in", "AnswerIntent", {"answer": said}, said, locale)


def test_fear_described_as_a_kept_promise_is_never_offered_as_a_moment(say, session, alex, couple) -> None:
    """The tester's first find: offered as a moment of reliability, "yes" logged it, Sam heard it."""
    agreed_contract(session, *couple)
    helped = say(envelope("LogKeptIntent", {"commitment": "hide in the bathroom when he gets angry"}))
    said = speech(helped)
    assert said.startswith("I'm sorry you're going through this") and "moment of reliability" not in said
    paused = say(then(helped, "AMAZON.YesIntent"))  # "yes" is now the pause, never a log
    assert speech(paused).startswith("Let's breathe together.")
    assert count(session, LogEntry) == 0


# "I kept my promise to stay alive": Alexa hands the skill the promise alone.
@pytest.mark.parametrize("promise", ["stay alive", "to stay alive", "keep myself alive"])
def test_a_promise_to_stay_alive_is_heard_in_the_promise_slot(say, session, couple, promise) -> None:
    _disclose(say, session, couple, "which one?", "LogKeptIntent", {"commitment": promise}, promise, "en-GB")


# Said on its own: SupportIntent through the new carriers, help only when the words are distress.
CARRIED = [
    {"after_he_chucked": "a glass at my head"},
    {"after_he_did_not": "choke me this time"},
    {"after_he_let": "me keep my own wages this week"},
    {"after_he_kept": "his promise not to beat me"},
    {"after_he_read": "my messages and threatened to leave me with nothing"},
    {"after_my_friend": "is going to kill herself"},
    {"after_his_dad": "hits him when his mum is at work"},
    {"after_there_is": "blood everywhere"},
    {"after_good_news": "he did not choke me this time"},
    {"after_no_bruises": "this week"},
    {"after_no_and_i_am_scared": "of him"},
    {"after_i_am_covered": "in bruises"},
]
EVERYDAY_CARRIED = [
    {"after_he_let": "me pick the film"},
    {"after_he_did_not": "forget the bins"},
    {"after_he_kept": "his promise to call"},
    {"after_he_checks": "my phone every night as we agreed"},
    {"after_my_friend": "is moving house next week"},  # "is killing it at work": let go (test_safety_played.py)
    {"after_there_is": "no milk left"},
    {"after_i_am_covered": "in paint"},
    {"after_no_bruises": "on the apples"},
]


@pytest.mark.parametrize("slots", CARRIED, ids=[next(iter(s)) for s in CARRIED])
def test_distress_said_on_its_own_through_a_new_carrier_gets_help(say, session, couple, slots) -> None:
    locale = LOCALES[CARRIED.index(slots) % len(LOCALES)]
    _disclose(say, session, couple, "unknown voice", "SupportIntent", slots, "", locale)


@pytest.mark.parametrize("slots", EVERYDAY_CARRIED, ids=[next(iter(s)) for s in EVERYDAY_CARRIED])
def test_everyday_words_through_a_new_carrier_get_the_calm_line(say, session, couple, slots) -> None:
    before, person = STATES["mid check-in"](say, session, couple)
    kept = stored(session)
    result = say(then(before, "SupportIntent", slots, person_id=person))
    assert speech(result).startswith(WORDING["en-US"]["unsure"])
    assert speech(result).endswith("What went well this week?")  # the open question, asked again
    assert stored(session) == kept


# A song said as a kept promise or a check-in answer: logged or saved as said, no crisis lines.
@pytest.mark.parametrize(
    "said",
    ["listened to hit me baby one more time", "played hit me with your best shot", "had hit me baby on the radio"],
)
def test_a_song_said_as_a_kept_promise_is_not_answered_with_crisis_lines(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    result = say(envelope("LogKeptIntent", {"commitment": said}))
    assert speech(result).startswith("That isn't one of your promises by name.")  # offered back, no crisis lines


def test_a_song_said_as_a_checkin_answer_is_saved(say, session, alex) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    said_back = say(then(question, "AnswerIntent", {"answer": "we danced to hit me baby one more time"}))
    assert not speech(said_back).startswith("I'm sorry you're going through this")
    assert count(session, CheckInAnswer) == 1
