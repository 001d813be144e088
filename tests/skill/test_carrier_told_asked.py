"""Carrier words the distress check let go that tell of one of the couple's promises (skill/carrier_promise.py):
one's own keep told in a scene ("the kids were up till ten but we still had our evening talk") is asked about,
never logged unasked and never answered "That one isn't something I keep track of"; on a device not linked, the
partner's lapse told gets the link steps, as a log said plainly there does, never the calm line."""

from __future__ import annotations

import pytest

from tests.skill.talk import SAY, Talk
from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.help_words import WORDING
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Priya", "Tom", "en-IN"), ("Mia", "Jo", "en-AU")]
SCENES = [
    ("after_the_kids_were", "up till ten but we still had our evening talk", "evening talk"),
    ("after_the_kids_were", "poorly all day but we still went for our sunday walk", "Sunday walk"),
    ("after_the_kids_were", "fighting at bedtime and i still rang to say i would be late", "call when late"),
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("slot", "words", "promise"), SCENES)
def test_a_keep_told_in_a_scene_is_asked_and_a_yes_logs_it(
    session, session_factory, a, b, locale, slot, words, promise
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk.send(Match("SupportIntent", {slot: words}))
    assert asked.open and promise in asked.speech and "Shall I log it as kept?" in asked.speech, asked.speech
    assert WORDING[locale]["unsure"] not in asked.speech and "keep track of" not in asked.speech
    assert rows(session) == []
    done = talk("yes")
    assert f"you kept your {promise}" in done.speech or promise in done.speech, done.speech
    assert [(k, p) for k, p, _, _ in rows(session)] == [("kept", promise)]


@pytest.mark.parametrize("no", ["no", "no thanks"])
def test_a_no_logs_nothing(session, session_factory, no) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk.send(Match("SupportIntent", {"after_the_kids_were": "up till ten but we still had our evening talk"}))
    answer = talk(no)
    assert "haven't logged it" in answer.speech and rows(session) == []


def test_the_yes_of_another_voice_logs_nothing(session, session_factory) -> None:
    """The question is the speaker's: the partner's "yes" on the same device never logs it for them."""
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk.send(Match("SupportIntent", {"after_the_kids_were": "up till ten but we still had our evening talk"}))
    talk.voiced("amzn1.ask.person.SOMEONE-ELSE", "yes")
    assert rows(session) == []


def test_a_keep_to_come_told_in_a_scene_is_refused_not_asked(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk.send(
        Match("SupportIntent", {"after_the_kids_were": "asleep so we will have our evening talk tomorrow"})
    )
    assert "Shall I log" not in said.speech and rows(session) == []


@pytest.mark.parametrize(
    "match",
    [
        Match("SupportIntent", {"after_he_did_not": "call when he was late"}),
        Match("SupportIntent", {"after_my_partner": "forgot the evening talk"}),
        Match("SupportIntent", {"after_he_did_not": "text me back when he was late again"}),
    ],
)
def test_on_a_device_not_linked_the_partners_lapse_gets_the_link_steps(session, session_factory, match) -> None:
    talk = Talk(build_skill(), session_factory)
    talk.conversation.user_id = "amzn1.ask.account.NOT-LINKED-HOME"
    said = talk.send(match)
    assert said.speech == SAY("not_linked") and WORDING["en-US"]["unsure"] not in said.speech
    assert rows(session) == []


@pytest.mark.parametrize(
    "match",
    [
        Match("SupportIntent", {"after_the_kids_were": "up till ten but we still had our evening talk"}),
        Match("SupportIntent", {"after_he_made_me": "a cup of tea this morning"}),
    ],
)
def test_on_a_device_not_linked_other_carrier_words_keep_the_calm_line(session, session_factory, match) -> None:
    """Only the partner's lapse reads as a log without a couple's promises to read; anything else stays calm."""
    talk = Talk(build_skill(), session_factory)
    talk.conversation.user_id = "amzn1.ask.account.NOT-LINKED-HOME"
    said = talk.send(match)
    calm = tuple(WORDING["en-US"][kind] for kind in ("unsure", "told", "played", "worry"))
    assert said.speech.startswith(calm) and said.speech != SAY("not_linked"), said.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "promise"),
    [("I'm afraid I missed the Sunday walk", "Sunday walk"), ("I'm afraid I forgot the evening talk", "evening talk")],
)
def test_afraid_before_a_miss_is_a_miss(session, session_factory, a, b, locale, said, promise) -> None:
    """tester-voice48: through "i am afraid i {...}", "That one isn't something I keep track of"."""
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(said)
    if answer.open and "Was it" in answer.speech:
        answer = talk("yes")
    assert [(k, p) for k, p, _, _ in rows(session)] == [("missed", promise)], answer.speech


def test_afraid_of_a_miss_to_come_logs_nothing(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk("I'm afraid I'll miss the evening talk tomorrow")
    assert rows(session) == []


@pytest.mark.parametrize(
    ("said", "kind", "note"),
    [
        ("i'm so happy, log a moment, {b} picked me up from work", "reliability", "{b} picked me up from work"),
        ("i am so happy, log a small win, {b} helped with the dishes", "small_win", "{b} helped with the dishes"),
    ],
)
def test_gladness_then_a_command_is_the_command(session, session_factory, said, kind, note) -> None:
    """voice49's find: heard through "i am so {...}", both got "If you or someone else isn't safe, …"."""
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    answer = talk(said.format(b="Faith"))
    assert WORDING["en-GB"]["unsure"] not in answer.speech, answer.speech
    assert [(k, n) for k, _, _, n in rows(session)] == [(kind, note.format(b="Faith"))], answer.speech
