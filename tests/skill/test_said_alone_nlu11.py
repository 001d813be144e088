"""Distress said alone that matched no intent (tester-voice30 D16, D24): en-CA "he shows up at my work and
waits in the parking lot every day" (showing up or waiting outside work, home, school) and en-AU "he reckons
if I tell anyone he'll kill me" (a threat if I tell). The detector heard both as notes; only the route was
missing. SupportIntent carries their shapes in every locale (interaction-model/source.json: "{name}
(shows|turns) up (at|outside) (my|the) {…}", "{name} (is waiting|sits|parks …) outside {…}", "if i (tell|told)
(anyone|…) {…}", "reckons" beside "says"). Sentences of ours in the same shapes, in other words, written
before the carriers, reach them too (README: how many are helped)."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import alex, assert_support, envelope, say
from tests.skill.test_safety_tester10 import unhelped
from tests.skill.test_safety_tester13 import LOCALES
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.steering_words import spoken

__all__ = ["alex", "conversation_script", "say"]  # fixtures

# The tester's own, each in the locale it was said in.
TESTER = {
    "he shows up at my work and waits in the parking lot every day": "en-CA",
    "he reckons if I tell anyone he'll kill me": "en-AU",
}
# Ours, the same shapes in other words, written before the carriers: 8 of 11 are heard and helped
# (and one added after CI found the slot mix-up).
HELD_OUT = [
    "she shows up at my job and sits in her car across the street",
    "he turned up at my mum's house at midnight looking for me",
    "my husband sits outside my work in his car all afternoon",
    "my ex keeps turning up outside my office when I finish",
    "he swore if I told the police he'd finish me",
    "if I tell anyone what he does he says he'll kill me",
    "if I told my family he'd burn the house down",
    "he reckons he'll hurt the kids if I say anything",
    # Each way of waiting has its own slot: "parks" was read as "waits" (CI on lead2).
    "he parks outside my house every night and watches the windows",
]
# The other 3: carried to SupportIntent, but no rule hears them (watched at the gym, waiting at the
# school, "make me regret it"): the line about help only, nothing saved. Left to the distress rules.
CARRIED_NOT_HEARD = [
    "she showed up at the gym again and watched me the whole time",
    "he's always waiting outside the school when I drop the kids off",
    "she reckons if I tell my sister she'll make me regret it",
]
# Everyday words of the same shapes: reach SupportIntent too, and are never met with the help lines.
TWINS = [
    "she reckons if I tell anyone about the surprise party it will be ruined",
    "if I tell anyone the ending of the film Sam will be cross",
    "he sits outside in the garden every evening with a cup of tea",
    # Read as "she waits outside my office …" while "parks" shared the slot of "waits": heard.
    "she parks outside my office because it's cheaper",
    "he parks outside the school because the car park is full",
]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sentence_of_these_shapes_reaches_support_in_every_locale(locale) -> None:
    said = [*TESTER, *HELD_OUT, *CARRIED_NOT_HEARD, *TWINS]
    assert [turn["intent"] for turn in route_only([spoken(s) for s in said], locale)] == ["SupportIntent"] * len(said)


def _said_alone(say, said: str, locale: str, linked: bool) -> dict:
    [turn] = route_only([spoken(said)], locale)
    person = {} if linked else {"person_id": None}
    return say(envelope(turn["intent"], turn["slots"], locale=locale, **person))


@pytest.mark.usefixtures("alex")
@pytest.mark.parametrize(("said", "locale"), TESTER.items())
def test_the_testers_words_said_alone_on_a_linked_device_get_the_help_lines(say, session, said, locale) -> None:
    assert_support(_said_alone(say, said, locale, linked=True), locale)
    assert rows(session) == []


@pytest.mark.parametrize(("said", "locale"), TESTER.items())
def test_the_testers_words_said_alone_on_a_device_not_linked_get_the_help_lines(say, session, said, locale) -> None:
    assert_support(_said_alone(say, said, locale, linked=False), locale)
    assert rows(session) == []


@pytest.mark.usefixtures("alex")
def test_said_alone_each_of_ours_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert unhelped(say, session, HELD_OUT) == []
    quiet = CARRIED_NOT_HEARD + TWINS
    assert sorted(unhelped(say, session, quiet)) == sorted(spoken(s) for s in quiet)
    assert rows(session) == []


@pytest.mark.parametrize("slot", ["after_if_i_tell_anyone", "after_he_shows_up_at_my", "after_he_waits_outside"])
@pytest.mark.parametrize("odd", ["", "?", "🙂🙂", "sam " * 300])
def test_odd_words_in_the_new_carriers_save_nothing(say, session, slot, odd) -> None:
    answered = say(envelope("SupportIntent", {slot: odd, "name": "he"}, locale="en-AU"))
    assert answered["response"]["outputSpeech"]["ssml"]
    assert rows(session) == []
