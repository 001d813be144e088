"""A setback told with what happened, in one breath ("I had a setback today, I snapped at Sam"): Alexa's
"i {commitment}" carrier takes it as a keep. It is the lapse itself (skill/kind_only.py setback_story):
"Did it go against one of your promises …? Or say: none of them.", never an offer to note it as a moment
of reliability; the promise named logs the miss with what happened as its note, "none of them" logs it as a
setback about no promise (the lead, from voice34's leftovers). After the setback is told, "um" keeps that it
was told: "none of them" or words of its own still keep it; "I'm not sure" is no part of its story. "I need
to log a setback" asks which was missed (tester-voice32)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Priya", "Arjun", "en-IN")]
TODAY = date(2026, 11, 25)
TOLD = {
    "I had a setback today, I snapped at {b}": "I snapped at {b}",
    "I've had a bit of a setback, I ignored {b} all evening": "I ignored {b} all evening",
    "we had another setback, I shouted about the bins": "I shouted about the bins",
}
LAPSE = "Thanks for telling me. Did it go against one of your promises: call when late"


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("said", "note"), TOLD.items())
def test_a_setback_told_with_its_story_asks_which_promise_and_logs_the_miss(
    session, session_factory, a, b, locale, said, note
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk(said.format(b=b))
    assert asked.open and asked.speech.startswith(LAPSE) and "moment of reliability" not in asked.speech, asked.speech
    assert rows(session) == []  # nothing logged before the answer
    logged = talk("evening talk")
    assert "Logged: you missed your evening talk" in logged.speech, logged.speech
    # Case aside: the harness gives back the typed case only where the words line up ("I've" is read "i have").
    assert [(*row[:3], row[3].lower()) for row in rows(session)] == [
        ("missed", "evening talk", TODAY, note.format(b=b).lower())
    ]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_setback_told_with_its_story_against_none_is_a_setback_about_none(session, session_factory, a, b, locale):
    talk = four_promises(session, session_factory, a, b, locale)
    talk(f"I had a setback today, I snapped at {b}")
    logged = talk("none of them")
    assert f"Logged as a setback: you snapped at {b}." in logged.speech, logged.speech
    assert rows(session) == [("missed", None, TODAY, f"I snapped at {b}")]


@pytest.mark.parametrize("said", ["I had a setback with my knee at the gym", "I had a setback on the diet"])
def test_a_setback_of_another_kind_is_still_no_moment(session, session_factory, said) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-AU")
    asked = talk(said)
    assert asked.open and "moment of reliability" not in asked.speech, asked.speech
    assert rows(session) == []


# After the setback is told, "um" then "none of them", or words of their own (voice34's leftover: the re-ask
# after "um" forgot the setback was told, so both ended with "I haven't logged anything").
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("then", "note"),
    [
        (["um", "none of them"], "I lied about where I was"),
        (["hmm", "neither"], "I lied about where I was"),
        (["uh", "I felt ashamed afterwards"], "I lied about where I was. I felt ashamed afterwards"),
    ],
)
def test_a_setback_told_then_um_is_still_kept_about_no_promise(
    session, session_factory, a, b, locale, then, note
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("I had a setback")
    assert "Did it go against one of your promises" in talk("I lied about where I was").speech
    again = talk(then[0])
    # Asked again, the way out is said again, and in the reprompt too (before: "Which one: …?" alone).
    assert again.open and again.speech.endswith("Or say: none of them."), again.speech
    assert again.reprompt.endswith("Or say: none of them."), again.reprompt
    assert rows(session) == []
    logged = talk(then[1])
    assert "Logged as a setback: you lied about where you were" in logged.speech, logged.speech
    assert rows(session) == [("missed", None, TODAY, note)]


# Two replies that only point, naming nothing: nothing logged, never a guess (issue 8; voice30's rule). A
# pause before them ("um") is no reply: asked again gently, never counted (voice38, tester-voice36 D10).
@pytest.mark.parametrize("unclear", [["um", "the blue one", "that one"], ["uh", "that one", "this one"]])
def test_a_setback_told_then_two_unclear_replies_logs_nothing(session, session_factory, unclear) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-GB")
    talk("I had a setback")
    talk("I lied about where I was")
    paused, first = talk(unclear[0]), talk(unclear[1])
    assert paused.open and first.open and rows(session) == [], (paused.speech, first.speech)
    ended = talk(unclear[2])
    assert ended.speech.startswith("I still couldn't tell which promise you meant"), ended.speech
    assert rows(session) == []


# "I don't know" to which promise a lapse went against, asked once again: none they can name, so a setback about none, its
# story kept (tester-voice33 D8: the story was lost after "That isn't one of your promises by name"), and
# never part of the story; after "um" too. Asked about no lapse, it asks which one again, never "by name".
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "then",
    [
        ["I don't know", "not sure"],
        ["not sure", "I don't know"],
        ["um", "I don't know", "no idea which one"],  # a pause is never a reply (voice38)
        ["uh", "not sure", "dunno"],
    ],
)
def test_a_setback_told_then_not_known_keeps_the_story_about_no_promise(
    session, session_factory, a, b, locale, then
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("had a setback, I forgot to call")
    *_, logged = [talk(said) for said in then]
    assert "Logged as a setback: you forgot to call" in logged.speech, logged.speech
    assert rows(session) == [("missed", None, TODAY, "I forgot to call")]


@pytest.mark.parametrize("locale", ["en-US", "en-AU"])
def test_not_known_to_which_promise_was_missed_asks_again_never_by_name(session, session_factory, locale) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    talk("I missed my promise")
    again = talk("I don't know")
    assert again.open and again.speech.startswith("Which one did you miss:"), again.speech
    assert "by name" not in again.speech
    ended = talk("no idea")
    assert ended.speech.startswith("I still couldn't tell which promise you meant"), ended.speech
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_a_setback_told_then_um_then_a_promise_named_logs_that_miss_with_the_story(
    session, session_factory, locale
) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    talk("I had a setback")
    talk("I lied about where I was")
    talk("um")
    assert "Logged: you missed your open phone promise." in talk("open phone").speech
    assert rows(session) == [("missed", "open phone", TODAY, "I lied about where I was")]


@pytest.mark.parametrize("locale", ["en-US", "en-AU"])
def test_a_setback_named_but_never_told_then_unclear_twice_logs_nothing(session, session_factory, locale) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    talk("I had a setback")
    talk("um")  # a pause, asked again (voice38)
    assert talk("the blue one").open and rows(session) == []
    ended = talk("that one")
    assert ended.speech.startswith("I still couldn't tell which promise you meant"), ended.speech
    assert rows(session) == []


# tester-voice32: "i need to log a setback", heard by the keep's "i {commitment}", was offered as a moment.
@pytest.mark.parametrize("locale", ["en-US", "en-IN"])
@pytest.mark.parametrize(
    "said", ["I need to log a setback", "I want to record a setback", "we'd like to log a setback"]
)
def test_asking_to_log_a_setback_asks_which_was_missed(session, session_factory, locale, said) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    asked = talk(said)
    assert asked.speech.startswith("Which one did you miss: call when late"), asked.speech
    assert "Logged: you missed your open phone promise." in talk("open phone").speech
    [(kind, name, day, note)] = rows(session)
    assert (kind, name, day) == ("missed", "open phone", TODAY) and not note  # nothing told beyond the setback


# A story that reaches another topic's carrier ("lied", a breach's word) is still the setback told
# (tester-voice34 D4: "I'm not sure what you'd like me to do with that").
@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("I had a setback, I lied about where I was", "I lied about where I was"),
        ("had a setback, I lied to Sam about the money", "I lied to Sam about the money"),
    ],
)
def test_a_setback_told_through_another_topic_is_still_that_setback(
    session, session_factory, locale, said, note
) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", locale)
    asked = talk(said)
    assert asked.open and "Did it go against one of your promises" in asked.speech, asked.speech
    logged = talk("none of them")
    assert "Logged as a setback" in logged.speech, logged.speech
    assert rows(session) == [("missed", None, TODAY, note)]
