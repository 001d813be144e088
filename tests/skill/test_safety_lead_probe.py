"""The lead's own probe before tester-voice31 (2026-12-05): 120 sentences written in the tester's way,
36 of them saved or only doubted on integ ebde39a. Pressure told in passing (skill/distress_pressed.py):
porn made to order, a pet threatened to keep me quiet, friends deleted off my phone, no point because I
will be gone next week. Kept from leaving (skill/distress_kept_in.py): nowhere to go if I leave him, a
door wedged shut, my work rung to check on me, money hidden for emergencies, food only when he says so,
my visa held, the children taken abroad. Harm near (skill/distress_near_harm.py): a bridge that looks
tempting, the guts to end it, boiling water poured on me, pinned until I cannot breathe, the police
called over the screaming. Behind closed doors (skill/distress_behind_doors.py): a pregnancy ended
on his order, a go bag hidden, hands that wander at a no, a temper I keep my head down for, the one place
he cannot hear me, fingers slammed in a door, afraid to fall asleep beside him, something in my drinks,
nobody believing me, marks from the ties he used; and being his punching bag. Said quietly (skill/distress_quietly_said.py): the world fine without me,
sorry for everything from someone who won't be around, my job threatened if I leave, ready to run at
night, my address put online, the children and I sleeping in the car. Each with its sentences in other words and everyday twins that share their
words, heard with the couple's names and without, and where a person would say it."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, say
from tests.skill.test_safety_tester13 import (
    assert_read_alike,
    disclose_where,
    heard_or_quiet,
    note_not_linked,
    reached_places,
    reply_to_which_one,
)
from tests.skill.test_safety_tester15 import _routed

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # The probe's, saved or doubted.
    "my partner forces me to watch porn and copy it",
    "he said the dog would disappear if I kept complaining",
    "he deleted all my friends off my phone",
    "what's the point of logging anything, I won't be around next week",
    "mum reckons I should leave him but where would I go with three kids",
    "I've started sleeping in the kids' room with the door wedged shut",
    "he rings my work to check I'm actually there",
    "honestly the bridge looks tempting some days",
    "she says she'll take the kids to India and I'll never see them",
    "I hid twenty dollars in a tampon box for emergencies",
    "he kept driving faster and faster when I begged him to stop",
    "I don't eat until he says I can",
    "I wish I had the guts to end it",
    "she poured boiling water on my hand",
    "I can't leave, he has my visa papers",
    "he made me get rid of the baby",
    "I've got a go bag packed under the bed",
    "he gets handsy when I say no",
    "he's got a temper, you learn to keep your head down",
    "I'm writing this from the car because it's the only place he can't hear me",
    "I'm tired of being his punching bag lol",
    "he slammed my fingers in the car door on purpose",
    "I'm scared to fall asleep next to him",
    "she's been putting something in my drinks, I keep blacking out",
    "nobody believes me because he's so charming in public",
    "the marks on my wrists are from the zip ties he used",
    "I've been thinking the world would keep turning fine without me in it",
    "can you tell Sam I'm sorry for everything, I won't be around to say it",
    "she said if I ever leave she'll make sure I lose my job",
    "I have to sleep on the couch with my shoes on in case I need to run",
    "my ex posted my address online and told people to come get me",
    "the kids and I spent the night in the car again",
    # In other words, written after the rules.
    "honestly everybody would carry on without me",
    "I'm sorry for everything, tell the kids I love them, I won't be here to say it",
    "he says if I go to the police he'll get me deported",
    "I keep the car keys in my pocket in case me and the kids have to get away",
    "she shared my new address on facebook",
    "me and the baby have been sleeping in my car",
    "she pressured me into having an abortion",
    "my boyfriend forced me to end the pregnancy",
    "I keep an escape bag hidden at my sister's house",
    "she gets pushy whenever I tell her no",
    "my husband has a short fuse so I keep my mouth shut",
    "the bathroom is the one place she can't check on me",
    "I'm done being her emotional punching bag",
    "he shut my hand in the kitchen drawer",
    "I'm terrified of falling asleep beside her",
    "I think he spiked my drink again",
    "no one would believe me, he acts so lovely around everyone",
    "there are rope marks on my ankles from where he tied me up",
    "he makes me watch porn with him",
    "she told me the cat might go missing if I tell my mum",
    "my husband threatened that our puppy would be next if I left",
    "what's the point, I won't be here next week",
    "I know I should leave her but where could I even go",
    "we slept in the spare room with the door barricaded shut",
    "my boyfriend calls my office to make sure I'm really at work",
    "I've stashed some cash in my boot in case I need to run",
    "I can't go to bed until he lets me",
    "he keeps my passport locked up so I can't leave",
    "if he takes the children to Pakistan I will never see them again",
    "the train tracks look more and more tempting",
    "if only I had the courage to go through with it",
    "he threw a mug of hot tea at my face",
    "he holds me down until I cannot breathe",
    "the neighbours rang the police again because of the screaming",
]
TWINS = [
    "I watched porn again last night",
    "he makes me watch horror films",
    "the dog would disappear into the garden if I left the gate open",
    "he said the dog would disappear into the woods if I let him off the lead",
    "the vet said the dog would suffer if I waited",
    "I deleted all my old contacts off my phone",
    "what's the point of logging anything, I won't be around next week, I'm on holiday",
    "no point planning the walk, I won't be here next week because of the conference",
    "I should leave the party early but where would I go after",
    "I wedged the door shut because of the draught",
    "we sleep with the door wedged shut because the wind rattles it",
    "my boss rings my work to check I'm there",
    "he rang my work to check if I was there for the delivery",
    "I hid twenty dollars in the birthday card for my nephew",
    "I hid some cash in my sock just in case on the trip",
    "he has my passport for the holiday",
    "she'll take the kids to her mum's and I won't see them all weekend",
    "the river looks tempting for a swim",
    "the view from the bridge looks tempting for a photo",
    "I wish I had the guts to end it with my boss and quit",
    "he spilled hot coffee on my laptop",
    "she accidentally poured boiling water on my hand",
    "the neighbours called the police because of the party music",
    "he made me get rid of the baby clothes",
    "she made me get rid of the baby's old cot",
    "I've got a hospital bag packed under the bed for the birth",
    "he gets rough when I say no to a second game of rugby",
    "he gets handsy when he's drunk",
    "my boss has a temper, you learn to keep your head down",
    "the car is the only place the kids can't hear me",
    "he slammed my fingers in the car door by accident",
    "I'm scared to fall asleep next to him because he snores",
    "she's been putting something in my tea, I think it's ginger",
    "he puts sugar in my coffee",
    "nobody believes me that he cooked dinner",
    "I'm scared to fall asleep on the train",
    "I'm tired of being the punching bag at boxing class",
    "the office would keep turning fine without me while I'm on holiday",
    "everyone will be fine without me at the party",
    "they'll finish the stadium in 2060, I won't be around to see it",
    "I won't be around to say goodbye, my flight is at six",
    "sorry for everything I said at dinner",
    "my boss said if I leave early I'll lose my job",
    "we keep our shoes by the door in case we need to run for the train",
    "she posted my address on the wedding invitations online",
    "the kids and I slept in the car at the festival",
    "he showed up at my work to take me to lunch",
    "he shows up at my work with flowers every friday",
]


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(DISTRESS, TWINS))
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert_read_alike(said, heard)


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("said", DISTRESS)
@pytest.mark.parametrize("intent", ["LogKeptIntent", "LogMissedIntent"])
def test_the_reply_to_which_one_gets_help_and_logs_nothing(say, session, alex, couple, intent, said) -> None:
    reply_to_which_one(say, session, couple, intent, said)


@pytest.mark.parametrize("said", DISTRESS)
def test_a_note_on_a_device_not_linked_gets_help_and_saves_nothing(say, session, said) -> None:
    note_not_linked(say, session, said)
