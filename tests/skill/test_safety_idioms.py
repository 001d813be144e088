"""Danger said plainly in everyday words (issue 8; the final tester's defect 1, /work/notes/final-finds.md):
someone else afraid of or hurt by a person close to them, violence in everyday idioms,
intimidation without a blow, a blow that did not come "this time", a threat meant. Each family
is heard in phrasings of UK, US, Australian, Indian and Canadian voices written here, its
everyday lookalikes stay quiet, and each goes through the real handler chain wherever it may be
said; the one-shot forms reach help through virtual-alexa's router (the model's carriers)."""

from __future__ import annotations

import time

import pytest

from tests.skill.distress_families import family_checks
from tests.skill.distress_fixer2 import FIXER2_DISTRESS, FIXER2_LOOKALIKES
from tests.skill.test_end_to_end import conversation_script, route_only
from tests.skill.test_safety import alex, envelope, say, skill, speech
from tests.skill.test_safety_routing import _spoken, heard
from tests.skill.test_safety_states import _disclose, stored
from trust_tracker.skill.carrier_reading import as_said
from trust_tracker.skill.distress import is_distress

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures, shared

# Each family, in phrasings that are in no other list.
FAMILIES: dict[str, list[str]] = {
    "someone else afraid of a person": [
        "the kids are petrified of their stepdad",  # UK
        "my daughter is scared to be home alone with her father",  # US
        "my sister's little girl is frightened of her dad",  # AU
        "my bhabhi is afraid of her husband",  # IN
        "my best friend is terrified of her boyfriend",  # CA
        "the children are always scared when their dad comes home drunk",
    ],
    "someone else hurt by a person": [
        "my mam's fella hurts her",  # UK
        "my coworker's husband beats her",  # US
        "my cousin's bloke knocks her around",  # AU
        "my sister in law's husband hits her every night",  # IN
        "our neighbor's boyfriend keeps hitting her",  # CA
        "my granny's carer is rough with her",
        "her ex is threatening her again",
    ],
    "violence in everyday idioms": [
        "he gives me a good hiding when i answer back",  # UK
        "she gave me a smack across the face",  # US
        "he knocks me about when he's been on the grog",  # AU
        "my husband gives me a slap if the food is cold",  # IN
        "he pushes me around when he's had a few",  # CA
        "he backhands me when i talk back",
        "she clocked me one in the kitchen",
        "he gave me a clip round the earhole",
        "he slammed me into the door",
    ],
    "intimidation without a blow": [
        "he booted the door in last night",  # UK
        "she punched a hole in the bedroom wall",  # US
        "he smashed my mobile so i couldn't ring anyone",  # AU
        "he snatched the phone from my hand",  # IN
        "he stands in the doorway so i can't get out",  # CA
        "he drives like a maniac when i argue with him",
        "he drove at a hundred to frighten me",
        "he raised his fist at me",
        "he tore up my clothes when i said i was going",
        "he kicked the cat to punish me",
        "she put her fist through the window",
        "he blocked the front door to stop me",
    ],
    "a blow that did not come this time": [
        "sam didn't pin me down this time",
        "he didn't shove me for once",
        "alex didn't hit me this week which is a relief",
        "she hasn't slapped me in two weeks",
    ],
    "a threat meant": [
        "he swore he'd kill me and he meant it",  # UK
        "she told me i'll regret it and she's not joking",  # US
        "he says he'll bury me and he means it",  # AU
        "he said he'd take the kids away and he was dead serious",  # IN
        "he texted that he'll end me and i think he means it",  # CA
        "i could kill him right now and i mean it",
        "i'll hurt her if she leaves me and i mean it",
    ],
    "control and fear in new words": [
        "he threatened to get me deported",
        "i wedge a chair under the handle of the bedroom door",
        "i cover up my bruises before work",
        "i'm scared she'll find out i talked to a lawyer",
        "he takes my entire pay every fortnight",
        "i'm frightened to be in the same house as him",
        "i think i might do something stupid tonight",
    ],
}
# The same shapes in everyday life.
LOOKALIKES = [
    "the kids are scared of the thunder",
    "my daughter is scared of the dentist",
    "my son is frightened of his dad's snoring",
    "my mum's boyfriend beats her at darts",
    "my neighbour's husband always beats her to the parking spot",
    "the neighbour's cat scares the kids",
    "he gave me a pat on the shoulder",
    "she gave me a slap on the back for a job well done",
    "he gave me a kick up the backside to finish my thesis",
    "he knocked it out of the park",
    "we knocked about the shops all day",
    "he kicked the football into the neighbour's garden",
    "the wind slammed the door shut",
    "we smashed it at the trivia night",
    "he broke my phone screen by accident",
    "he stood in the doorway and said goodnight",
    "he drove fast to catch the ferry",
    "he raised his fist in triumph",
    "he raised his hand to ask a question",
    "sam didn't forget the recycling this time",
    "alex didn't burn dinner for once",
    "i did not skip the gym this time",
    "he said he'll mow the lawn and he means it",
    "i'd kill for a holiday and i mean it",
    "i mean it when i say thank you",
    "i love you to bits and i mean it",
    "i cover up my tattoos for work",
    "he takes my car every friday",
    "she clocked me across the room and waved",
    "he pushed me to apply for the job",
    "he hurt his back lifting the sofa",
    "my sister's husband hurt his knee at footy",
]
# The tester's own one-shot misses (defect 1) and the forms of issue 8's items 2, 3 and 6.
SAID_ALONE = [
    "the kids are scared of their dad",
    "my son is afraid of his father",
    "my mum's boyfriend hurts her",
    "my neighbour's husband beats her",
    "he roughs me up when he's drunk",
    "she gives me a slap when i'm late",
    "he kicked the door in",
    "sam didn't grab my wrist this time",
    "he said he'd make me pay and he means it",
]
ALL_SAID = [said for phrasings in FAMILIES.values() for said in phrasings]


(
    test_the_families_are_written_here_and_nowhere_else,
    test_every_family_is_heard,
    test_the_same_shapes_in_everyday_life_stay_quiet,
    test_each_family_gets_the_locales_help_wherever_said_and_nothing_is_written,
) = family_checks(
    FAMILIES,
    LOOKALIKES,
    elsewhere=FIXER2_DISTRESS + FIXER2_LOOKALIKES,
    at_least=4,
    also_heard=SAID_ALONE,
    also_quiet=FIXER2_LOOKALIKES,
    as_commitment=True,
)


def test_the_fixers_second_list() -> None:
    """Measured once before any change: 30/60 heard, 2/40 false alarms (tests/skill/distress_blind.py)."""
    missed = [said for said in FIXER2_DISTRESS if not is_distress(said)]
    assert missed == []  # "he laid into me after the party" heard since safety18 (tests/skill/distress_pressure.py)
    assert [said for said in FIXER2_LOOKALIKES if is_distress(said)] == []


@pytest.mark.parametrize(
    "said",
    [
        "my mum's boyfriend beats her at golf and then he beats her at home",
        "he kicked the ball and then he kicked the door in",
        "we smashed it at the quiz and then he smashed my phone",
        "he said he'll fix the fence and then he said he'd kill me and he means it",
    ],
)
def test_a_lookalike_never_silences_the_danger_said_beside_it(said) -> None:
    assert is_distress(said)


# Said on its own, Alexa picks SupportIntent through a carrier: help when the words are distress.
CARRIED = [
    ({"after_the_kids_are": "scared of their dad"}, "en-GB"),
    ({"after_my_dad": "is afraid of his father"}, "en-US"),
    ({"after_my_friend": "boyfriend hurts her"}, "en-AU"),
    ({"after_our_neighbour": "husband beats her"}, "en-IN"),
    ({"after_he_roughed": "me up when he's drunk"}, "en-CA"),
    ({"after_he_gives": "me a slap when i'm late"}, "en-GB"),
    ({"after_he_kicked": "the door in"}, "en-US"),
    ({"after_he_backhanded": "me across the face"}, "en-AU"),
    ({"after_he_blocks": "the door so i can't leave"}, "en-IN"),
    ({"after_he_stood": "over me with his fist raised"}, "en-CA"),
    ({"after_he_drove": "really fast to scare me"}, "en-GB"),
    ({"after_he_ripped": "the phone out of my hand"}, "en-US"),
    ({"name": "sam", "after_did_not_grab_my": "wrist this time"}, "en-AU"),
    ({"name": "Sam", "between_did_not__me_this_time": "push"}, "en-IN"),
    ({"name": "dave", "between_did_not__me_for_once": "hit"}, "en-CA"),
    ({"after_he_said": "he'd make me pay and he means it"}, "en-GB"),
]


@pytest.mark.parametrize("state", ["not linked", "unknown voice", "mid check-in"])
@pytest.mark.parametrize(("slots", "locale"), CARRIED, ids=[next(reversed(s.values())) for s, _ in CARRIED])
def test_said_on_its_own_through_a_carrier_gets_help(say, session, couple, state, slots, locale) -> None:
    _disclose(say, session, couple, state, "SupportIntent", slots, "", locale)


def test_a_name_carrier_reads_the_words_around_its_slot() -> None:
    assert as_said("between_did_not__me_this_time", "grab") == ("did not grab me this time",)
    assert as_said("after_did_not_grab_my", "wrist this time") == ("did not grab my wrist this time",)


# --- routed by virtual-alexa: the one-shot forms --------------------------------------------
def _not_heard(phrasings: list[str]) -> list[tuple[str, str | None, dict[str, str]]]:
    return [
        (t["utterance"], t["intent"], t["slots"]) for t in route_only([_spoken(s) for s in phrasings]) if not heard(t)
    ]


def test_the_one_shot_forms_reach_help_through_a_real_alexa_router(conversation_script) -> None:
    """Routing figures: the seventh list said alone, 59/60 with the carriers written for its
    families (its one miss is the detector's); the families above, written after those carriers,
    36/50 when first routed, 48/50 with six more ("he slammed", "he swore", "my coworker's" ...);
    the two "... and I mean it" written last, 1 of 2 ("i'll hurt her ..." reaches no intent)."""
    assert _not_heard(SAID_ALONE) == []
    assert [said for said, _, _ in _not_heard(FIXER2_DISTRESS)] == []  # "he laid into me ..." heard since safety18
    assert len(_not_heard(ALL_SAID)) <= 3


def test_the_lookalikes_through_the_router_are_not_answered_with_help(conversation_script) -> None:
    said = [_spoken(s) for s in LOOKALIKES + FIXER2_LOOKALIKES]
    assert [t["utterance"] for t in route_only(said) if heard(t)] == []


# "{name} didn't ... this time" carriers must not take "i did not {commitment}" from LogMissedIntent
# (or from its topic carrier, LogMissedTopicIntent, which runs the same job: skill/topic_words.py).
@pytest.mark.parametrize(
    "said",
    [
        "i did not call this time",
        "i didn't do the dishes this time",
        "i did not keep my promise for once",
        "i didn't call when late this time",
        "i didn't hit the gym this time",
    ],
)
def test_a_missed_promise_said_with_this_time_still_reaches_its_intent(conversation_script, said) -> None:
    (turn,) = route_only([said])
    assert turn["intent"] in ("LogMissedIntent", "LogMissedTopicIntent"), turn


def test_nothing_is_stored_by_a_name_carrier_on_a_linked_device(say, session, alex) -> None:
    kept = stored(session)
    result = say(envelope("SupportIntent", {"name": "Sam", "between_did_not__me_this_time": "choke"}))
    assert speech(result).startswith("I'm sorry you're going through this")
    assert stored(session) == kept


@pytest.mark.parametrize("said", ["he said kill me " * 600, "he did not hit me " * 560, "my sister's fella " * 500])
def test_a_long_slot_costs_what_its_length_costs(said) -> None:
    """A threat's words were once searched with unbounded gaps: 9,600 characters took 268 s."""
    started = time.perf_counter()
    is_distress(said[:10_000])
    assert time.perf_counter() - started < 10
