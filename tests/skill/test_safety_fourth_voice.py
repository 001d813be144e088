"""A fourth voice tester's unheard distress (tester-voice4 #1, #2, #5, #6, #7), with the tester's
own couples: May & Will (names that are words), Seán & Chris (Alexa writes "shawn", "sean"), Dan
& Danielle. Three moments, two check-in answers and a keep's note were SAVED because is_distress
did not know the words (skill/saved_words.py can only stop what it knows). Now the families hear
them (skill/distress_unseen.py, distress_kept.py, distress_anyone.py, names_heard.py), and through
the skill the help lines come and nothing is written. Our own phrasings of each family sit beside
the tester's, and their lookalikes stay quiet. The lists' names keep them out of the trainer."""

from __future__ import annotations

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill.talk import USER, Talk, entries
from tests.skill.test_repairs import alone, answers
from trust_tracker.models import voice
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.distress import is_distress

MAY_WILL, SEAN_CHRIS, DAN_DANIELLE = ("May", "Will"), ("Seán", "Chris"), ("Dan", "Danielle")
HELP = "I'm sorry you're going through this."

# The tester's sentences, each with the couple that said it.
VOICE4_SAID = [
    (SEAN_CHRIS, "I don't see a way out of this"),
    (MAY_WILL, "I hide in the bathroom when Will gets like that"),
    (MAY_WILL, "I keep the car keys hidden so May can't drive off drunk and threaten me"),
    (MAY_WILL, "honestly I'd rather not wake up tomorrow"),
    (SEAN_CHRIS, "there's no reason for me to stick around"),
    (MAY_WILL, "I'd rather not be around for much longer"),
    (SEAN_CHRIS, "I've been thinking about crashing the car on purpose"),
    (MAY_WILL, "I want to hurt Jake from work so badly"),
    (MAY_WILL, "Will said if I ever leave I'll regret it for the rest of my short life"),
    (MAY_WILL, "May made me sleep in the car as a punishment"),
    (MAY_WILL, "note that May locked me out of the house overnight again"),
    (SEAN_CHRIS, "I'm holding the pills in my hand"),
    (MAY_WILL, "May said she'd leave me with nothing if I cooked for myself again"),
    (SEAN_CHRIS, "Seán's mate said he'd sort me out if I didn't drop the charges"),
    (DAN_DANIELLE, "Danielle has been talking about not wanting to live"),
    (SEAN_CHRIS, "I kept the cook dinner promise even though I wanted to hurt Seán the whole time"),
    (SEAN_CHRIS, "I kept the cook dinner promise even though I wanted to hurt shawn the whole time"),
    (MAY_WILL, "Will squeezed my arm so hard it left marks"),
]
# Our own, a sentence for each family in the tester's couples' names.
VOICE4_FAMILIES = [
    (MAY_WILL, "I lock myself in the car when Will gets drunk"),
    (MAY_WILL, "Will made us stay outside in the cold for hours"),
    (MAY_WILL, "May locked me out on the balcony"),
    (MAY_WILL, "Will said I won't live to see my next birthday"),
    (SEAN_CHRIS, "shaun has a knife"),
    (SEAN_CHRIS, "I'm afraid to be alone with shawn"),
    (SEAN_CHRIS, "I really want to hurt my workmate Tim"),
    (DAN_DANIELLE, "Dan doesn't want to be alive anymore"),
    (DAN_DANIELLE, "Danielle has been burning herself again"),
    (DAN_DANIELLE, "I see no reason to keep going"),
]
VOICE4_QUIET = [
    (MAY_WILL, "May made me sleep on the couch because I snored"),
    (MAY_WILL, "Will locked himself out again"),
    (MAY_WILL, "I may be tired but I kept my promise"),
    (MAY_WILL, "there's no way out of the school fete"),
    (SEAN_CHRIS, "shawn cut himself shaving"),
    (SEAN_CHRIS, "I'm going to kill shawn at pool tonight"),
    (SEAN_CHRIS, "I'd rather not wake up early tomorrow"),
    (DAN_DANIELLE, "Danielle will regret missing this cake for the rest of her life"),
    (DAN_DANIELLE, "I hid the presents so Dan wouldn't find them"),
]


@pytest.mark.parametrize(("names", "said"), VOICE4_SAID + VOICE4_FAMILIES)
def test_heard_with_the_couples_names(names, said) -> None:
    assert is_distress(said, names)


@pytest.mark.parametrize(("names", "said"), VOICE4_QUIET)
def test_their_lookalikes_stay_quiet(names, said) -> None:
    assert not is_distress(said, names)


@pytest.mark.parametrize("heard", ["shawn", "shaun", "sean", "Seán"])
def test_sean_as_alexa_writes_it_is_the_partner(heard) -> None:
    # "is dangerous" is said only of a person the phrases know: the partner.
    assert is_distress(f"{heard} is dangerous", SEAN_CHRIS)
    assert not is_distress("shawn is dangerous", ("Alex", "Sam"))


@pytest.fixture
def may_talks(session, session_factory) -> Talk:
    may, will = make_couple(session, "May", "Will")
    for partner, person in ((may, "amzn1.ask.person.MAY"), (will, "amzn1.ask.person.WILL")):
        code = voice.issue_pairing_code(session, partner, now=NOW)
        voice.link_device(session, code, alexa_user_id=USER, person_id=person, now=NOW)
    agreed_contract(session, may, will)
    session.flush()
    return Talk(build_skill(), session_factory, person_id="amzn1.ask.person.MAY")


@pytest.mark.parametrize(
    "said",
    [
        "I don't see a way out of this",
        "I hide in the bathroom when Will gets like that",
        "I keep the car keys hidden so Will can't drive off drunk and threaten me",
    ],
)
def test_said_to_be_logged_then_yes_gets_help_and_writes_nothing(session, may_talks, said) -> None:
    first = may_talks(said)
    second = may_talks("yes")
    assert HELP in first.speech + second.speech
    assert "moment of reliability" not in first.speech and entries(session) == []


@pytest.mark.parametrize(
    "said", ["honestly I'd rather not wake up tomorrow", "there's no reason for me to stick around"]
)
def test_a_checkin_answer_gets_help_and_is_not_saved(session, may_talks, said) -> None:
    alone(may_talks)
    may_talks("we walked on saturday")
    reply = may_talks(said)
    assert reply.speech.startswith(HELP)
    assert [a for _, _, a in answers(session) if said.lower() in a.lower()] == []


def test_a_keeps_note_with_the_urge_to_hurt_the_partner_writes_nothing(session, may_talks) -> None:
    reply = may_talks("I kept the call when late promise even though I wanted to hurt Will the whole time")
    assert HELP in reply.speech and entries(session) == []
