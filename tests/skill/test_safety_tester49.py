"""tester-voice49's (2026-12-07, on lead13): the one harm falls on ("I'm the one getting hit") and giving up said as
not knowing why one goes on were offered as a moment of reliability, and a yes saved them; fear of telling the partner
of a miss ("I'm scared to tell him I missed the open phone") was offered, then logged, as a keep; the partner feared
in a mood ("my husband is scary when he drinks"), "what's the use anymore", en-IN "my in-laws are not allowing me to
work" got only the hint (skill/distress_said_plainly.py). And false alarms: living out of a suitcase or apart, done
or over with it, is not living (skill/distress_plans.py LIVED_IN).

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.talk import ALEX_VOICE, Talk, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models.safety import RESOURCES

DISTRESS = [
    "I'm the one getting hit",
    "I'm the one who ends up with bruises",
    "I'm the one with the bruises",
    "it's me he hits",
    "I don't know why I bother going on",
    "I honestly don't know why I keep going",
    "I'm afraid he'll be furious that I missed the evening talk",
    "my boyfriend is scary when he drinks",
    "my wife is scary when she's angry",
    "he gets scary when he's been drinking",
    "my partner is frightening when he's had a drink",
    "sometimes I wonder what's the point",
    "what's the use anymore",
    "what's even the point of any of this",
    "my in-laws are not allowing me to work",
]
TWINS = [
    "I'm done living out of a suitcase",
    "log a small win, we're done living out of a suitcase",
    "log a moment, Sam said he's tired of living apart and moved back in",
    "I'm sick of living out of boxes since the move",
    "I don't know why I keep going to that gym",
    "the dog is scary when he barks",
    "my boss is scary when he's angry",
    "I'm scared to tell him about the surprise party",
    "what's the use of this blender",
]
# Said alone at a question, no carrier of any locale brings these to the skill: Alexa's fallback takes them there.
UNREACHED = (
    "it's me he hits",
    "sometimes I wonder what's the point",
    "what's the use anymore",
    "what's even the point of any of this",
    "my in-laws are not allowing me to work",
    "I'm afraid he'll be furious that I missed the evening talk",
    "I'm the one with the bruises",
    "I'm the one who ends up with bruises",
    "I'm the one getting hit",
    "I honestly don't know why I keep going",
    "I don't know why I bother going on",
    "my partner is frightening when he's had a drink",
    "he gets scary when he's been drinking",
    "my wife is scary when she's angry",
    "my boyfriend is scary when he drinks",
)

LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)


@pytest.mark.parametrize(
    "said",
    [
        "I'm the one getting hit",
        "I don't know why I bother going on",
        "my husband is scary when he drinks",
    ],
)
def test_it_gets_help_and_nothing_is_offered_or_saved(session, alex_talks, contract, said) -> None:
    answer = alex_talks(said)
    assert RESOURCES["en-US"].crisis.spoken_name in answer.speech, answer.speech
    assert "moment of reliability" not in answer.speech and "kept" not in answer.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    "said",
    [
        "I'm scared to tell him I missed the evening talk",
        "the kids were up till ten so we never had our evening talk",
        "what's the point of the evening talk",
    ],
)
def test_words_that_say_a_promise_was_not_done_are_never_asked_or_logged_as_kept(
    session, alex_talks, contract, said
) -> None:
    """tester-voice49: "That sounds like your … was kept. Shall I log it as kept?", and a yes logged the keep."""
    answer = alex_talks(said)
    assert "as kept" not in answer.speech, answer.speech
    if answer.open:
        alex_talks("yes")
    assert [e.kind.value for e in entries(session)] in ([], ["missed"])


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-AU", "en-IN", "en-CA"])
def test_what_is_even_the_point_of_any_of_this_reaches_the_help_in_every_locale(
    session, skill, session_factory, home, locale
) -> None:
    """It matched no intent in the simulator: a SupportIntent sample now, with "of it all", "of trying" beside it."""
    for said in ("what's even the point of any of this", "what is even the point of it all anymore"):
        talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
        heard = talk.model.match(said)
        assert heard is not None and heard.intent == "SupportIntent", heard
        answer = talk.send(heard)
        assert RESOURCES[locale].crisis.spoken_name in answer.speech, answer.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    "said", ["Sam forgot the evening talk", "he never rang when he was late", "I forgot the evening talk"]
)
def test_on_a_device_not_linked_a_lapse_told_through_a_topic_gets_the_link_steps(
    session, skill, session_factory, said
) -> None:
    """tester-voice49: "I'm not sure what you'd like me to do with that": the link steps are what helps there."""
    talk = Talk(skill, session_factory, locale="en-US")
    talk.conversation.user_id = "amzn1.ask.account.NOT-LINKED-HOME"
    answer = talk(said)
    assert "isn't linked to Trust Tracker yet" in answer.speech and answer.open, answer.speech
    assert entries(session) == []
