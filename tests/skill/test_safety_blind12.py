"""Abuse by a partner said plainly, made small, or told as escape (skill/distress_abuse.py), in
the five locales' idioms: the twelfth list written blind (tests/skill/distress_blind12.py, 61
phrasings and 42 lookalikes, written before the patterns were read) and the families in
phrasings of their own written after (FAMILIES, LOOKALIKES below).

Measured on main before the families: the blind list 44/61 heard, 4/42 false alarms ("the bank
took my card because it expired", "he took my keys by mistake this morning", "he grabbed my arm
to stop me falling off the kerb", a dowry spoken of as an old joke). After: 61/61, 0/42 (the
kerb's arm quiet once the learned opinion was retrained on the lookalikes).

Each phrasing said alone (through the simulator's ears, skill/simulator.py, and the handler
chain on a linked device, in a locale turned with it) gets that locale's lines and writes
nothing; said as a check-in answer, a small win, a moment, a breach note, a setback's reflection,
a paused check-in's note and a name, the same; the lookalikes said alone get no lines.
"""

from __future__ import annotations

import pytest

from tests.skill.distress_blind12 import TWELFTH_DISTRESS, TWELFTH_LOOKALIKES
from tests.skill.distress_families import assert_blind_list_heard, family_checks, phrasings
from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.talk import ALEX_VOICE, USER, home
from tests.skill.test_safety import LOCALES, NUMBERS, alex, say, skill
from tests.skill.test_safety_said_alone import helped, spoken
from tests.skill.test_safety_softly import PLACES
from tests.skill.test_safety_states import _disclose, stored
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Conversation, InteractionModel, Reply

__all__ = ["alex", "conversation_script", "home", "say", "skill"]  # fixtures, shared

FAMILIES = {
    "hands laid": [
        "alex laid hands on me in front of the kids",
        "he puts his hands on me when he's had a few",
        "sam has put her hands on me twice since christmas",
        "my husband raised his hand on me yesterday",
        "she lifted her fist at me when i said i was leaving",
    ],
    "made small": [
        "it was only a little slap so i didn't think it counted",
        "it's just the odd shove when he's stressed",
        "he only raised his hand the once, it's fine",
        "she pushed me but honestly it wasn't that hard",
        "sam got physical with the kids again",
    ],
    "hiding": [
        "we had to hide in the spare room till morning",
        "i had to lock myself in the loo last night",
        "me and my daughter hid in the garage while he was kicking off",
        "i slept at my mate's place until he sobered up",
        "i sat in the car outside until my husband calmed down",
        "i only go back in once he's asleep",
    ],
    "escaping": [
        "i've got a suitcase packed at my mum's in case i need it",
        "i keep some cash and a bag hidden just in case",
        "i ran out to the street in my nightie",
        "the kids and i are living in a women's refuge",
        "i put money aside so i can get out if i ever need to",
    ],
    "threats": [
        "he keeps saying he'll take full custody and i'll be left with nothing",
        "she said she'd tell the judge i'm an unfit mother",
        "my husband says he'll have me deported if i ever leave",
        "he told me i'd regret the day i met him",
        "sam warned me i would be sorry",
        "he says he'll throw me out if i talk to my sister",
        "she swore nobody would ever believe a word i say",
    ],
    "control": [
        "he unplugged the router so that i can't reach anyone",
        "my wife blocked my family's numbers on my phone",
        "alex took my car keys again so i couldn't leave",
        "he keeps my passport and my visa papers locked up",
        "i'm not allowed to talk to my friends anymore",
    ],
    "in-laws and rage": [
        "my in-laws keep demanding gold from my parents",
        "my husband's family is harassing me for more dowry",
        "my mother-in-law hit me because my father could not pay",
        "he yelled in my face for hours last night and i'm scared",
        "she screams at me half the night",
    ],
}
LOOKALIKES = [
    "he put his hands on my cheeks and kissed me",
    "she laid her hand on my arm and said thank you",
    "my son raised his hand to answer the teacher",
    "it was only a little push to get me started",
    "just a quick push notification reminder would help",
    "it was just a slap on the wrist from the boss",
    "we had to hide in the tent from the storm",
    "i had to lock myself in the study to finish my essay",
    "we slept in the car on the road trip",
    "i waited until he calmed down and then we talked",
    "i packed a bag for the gym just in case",
    "i ran to the neighbours to give them their parcel",
    "we went to the mountain refuge on our hike",
    "she said i'll regret not buying those shoes",
    "he said he'd take the dog for a walk if i go to the shop",
    "we agreed she'd get custody of the telly",
    "nobody believes me when i say i love broccoli",
    "my mother-in-law is demanding more grandchildren ha",
    "we had no dowry at our wedding",
    "the kids screamed with laughter for hours",
    "he took my card because mine was declined",
    "she grabbed my arm as i slipped on the ice",
    "i snuck out while he was asleep to get his birthday cake",
    # Long happy accounts of a promise kept (an en-AU tester's was answered with the lines).
    "sam kept the evening talk every night this fortnight and on friday we sat out on the deck and talked it all "
    "through and i told him i finally feel like i can breathe again and trust him",
    "alex rang me every single time she was running late this week even on tuesday when her phone was nearly flat "
    "and when she got home we had a cuppa and a proper yarn about how much better it feels",
    "log a kept promise sam did all the house jobs he said he would, even the gutters, and then he held my hand at "
    "dinner and said he was proud of us for sticking with it when it was hard",
    "this week alex answered every question about her phone without getting defensive and honestly i cried a bit "
    "because it felt like we were a team again after such a hard year",
    "the car boot slammed on my hand when i was carrying the shopping in",
    "my cousin grabbed my wrist to pull me out of the way of the bike",
    # Everyday bargains said as "if I leave ..., he'll ...": the shape of a threat, not one.
    "she says if i leave the washing out she'll bring it in before the rain",
    "he said if i leave work early he'll pick the kids up from school",
    "sam says if i go to the gym tonight he'll cook dinner",
    "alex told me if i leave the car at home she'll drive us both",
]

(
    test_the_families_are_written_here_and_nowhere_else,
    test_every_family_is_heard,
    test_the_same_shapes_in_everyday_life_stay_quiet,
    test_each_family_gets_help_and_nothing_is_written_wherever_said,
) = family_checks(FAMILIES, LOOKALIKES, elsewhere=TWELFTH_DISTRESS + TWELFTH_LOOKALIKES, at_least=5)

# Every place a disclosure was saved, and a name given at "Is this Alex or Sam?".
EVERY_PLACE = [*PLACES, ("who is this?", "IdentifySpeakerIntent", "name")]


def test_the_blind_list_is_heard_and_its_lookalikes_stay_quiet() -> None:
    assert len(TWELFTH_DISTRESS) >= 60 and len(TWELFTH_LOOKALIKES) >= 40
    assert_blind_list_heard(TWELFTH_DISTRESS, TWELFTH_LOOKALIKES)


@pytest.mark.parametrize("said", TWELFTH_DISTRESS)
def test_each_blind_phrasing_gets_help_and_nothing_is_written_wherever_said(say, session, couple, said) -> None:
    for turn, (state, intent, slot) in enumerate(EVERY_PLACE):
        words = said.removeprefix("i ") if slot == "commitment" else said
        locale = LOCALES[(TWELFTH_DISTRESS.index(said) + turn) % len(LOCALES)]
        _disclose(say, session, couple, state, intent, {slot: words}, said, locale)


def _said_alone(skill, session_factory, said: str, locale: str) -> str | None:
    """What a linked device answers to `said` said alone in `locale`; None when no intent matched."""
    model = InteractionModel.load(locale=locale)
    conversation = Conversation(user_id=USER, person_id=ALEX_VOICE, locale=locale)
    match = conversation.hear(model, said)
    if match is None:
        return None
    return Reply.of(invoke(skill, session_factory, conversation.request(match))).speech


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_said_alone_each_gets_the_locales_lines_and_writes_nothing(skill, session_factory, session, locale) -> None:
    before = stored(session)
    missed = []
    for said in TWELFTH_DISTRESS + phrasings(FAMILIES):
        answer = _said_alone(skill, session_factory, said.replace(",", ""), locale)
        if answer is None or not all(number in answer for number in NUMBERS[locale]):
            missed.append((said, answer))
    assert missed == []
    assert stored(session) == before


@pytest.mark.usefixtures("home")
@pytest.mark.parametrize("locale", LOCALES)
def test_the_lookalikes_said_alone_get_no_lines(skill, session_factory, locale) -> None:
    for said in TWELFTH_LOOKALIKES + LOOKALIKES:
        answer = _said_alone(skill, session_factory, said.replace(",", ""), locale) or ""
        # The doubt question ("shall I save it?") says the numbers too, and saves on a yes: not the help lines.
        asked = answer.startswith("I haven't saved that yet,")
        assert asked or not any(number in answer for number in NUMBERS[locale]), (said, answer)


@pytest.mark.usefixtures("alex")
def test_said_alone_through_virtual_alexa_each_ends_at_help(conversation_script, say, session) -> None:
    """virtual-alexa's own router (it prefers the sample with the most fixed words) and the handler chain."""
    routed = route_only([spoken(said) for said in TWELFTH_DISTRESS + phrasings(FAMILIES)])
    missed = [turn["utterance"] for turn in routed if not helped(say, session, turn)]
    print(
        f"twelfth list and families said alone through virtual-alexa, helped: {len(routed) - len(missed)}/{len(routed)}"
    )
    assert missed == []
