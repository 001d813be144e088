"""Logging that wrote the wrong row (task voice37, from tester-voice36 and tester-voice35), for two
couples in two locales, through the skill's real request path: the spoken reply and the rows saved.

1. A keep told in words that do what the promise says not to do ("got defensive" of "without getting
   defensive", "raised my voice" of "not to raise my voice", "late again" of "home on time") is asked
   about as a miss, never logged as kept; said with its negation it is the keep.
2. A lapse told of the partner ("Faith forgot to call when she was late") is theirs to log, nothing
   stored; told of oneself, or only reminded by the partner, it stays the speaker's.
3. After the skill moves on to a new question, a "yes" answers that one: the moment offered before is gone.
4. "Both" to more than two asks which two; two promises named at once are confirmed together.
5. A keep with a lapse after it logs the keep and asks about the lapse.
6. What is offered shares words with what was said; a reply that names none never picks one.
"""

from __future__ import annotations

import pytest

from tests.skill.talk import Talk
from tests.skill.voice12_home import everyday_home, kinds
from tests.skill.voice12_home import named_rows as rows

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]


# `a`'s own promises beside the everyday ones: no raised voice and home on time.
OWN = [("Not to raise my voice in an argument", "calm voice"), ("Be home on time for dinner", "home on time")]


def home(session, session_factory, a: str, b: str, locale: str) -> Talk:
    return everyday_home(session, session_factory, a, b, locale, OWN)


# --- 1. a keep that says the opposite -------------------------------------------------------------

AGAINST = [
    ("i got defensive about my phone again today", "open phone"),
    ("log that i kept my phone promise but got defensive when asked", "open phone"),
    ("i kept my calm voice promise but i raised my voice again", "calm voice"),
    ("i kept my promise, i was late home for dinner again", "home on time"),
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("said", "name"), AGAINST)
def test_a_keep_that_says_the_opposite_is_asked_as_a_miss(session, session_factory, a, b, locale, said, name):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said)
    assert reply.open and "went against" in reply.speech and "as missed?" in reply.speech, reply.speech
    assert rows(session) == []
    assert "Logged: you missed" in talk("yes").speech
    assert kinds(session) == [("missed", name)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("i answered her about my phone without getting defensive", "open phone"),
        ("i kept my promise not to raise my voice", "calm voice"),
        ("i kept my promise to be home on time for dinner", "home on time"),
    ],
)
def test_the_same_act_said_with_its_negation_is_kept(session, session_factory, a, b, locale, said, name):
    reply = home(session, session_factory, a, b, locale)(said)
    assert reply.speech.startswith("Logged: you kept"), reply.speech
    assert kinds(session) == [("kept", name)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("i didn't get defensive about my phone today", "open phone"),
        ("i never got defensive when she asked about my phone", "open phone"),
        ("i did not raise my voice in the argument", "calm voice"),
    ],
)
def test_the_act_denied_is_the_keep_though_it_opens_as_a_miss(session, session_factory, a, b, locale, said, name):
    # "i didn't …" opens as every told miss does; of a promise not to do it, it was kept (the lead's, after voice37)
    reply = home(session, session_factory, a, b, locale)(said)
    assert reply.speech.startswith("Logged: you kept"), reply.speech
    assert kinds(session) == [("kept", name)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_promise_not_to_said_broken_is_still_a_miss(session, session_factory, a, b, locale):
    reply = home(session, session_factory, a, b, locale)("i didn't keep my promise not to get defensive about my phone")
    assert "missed your open phone promise" in reply.speech, reply.speech
    assert kinds(session) == [("missed", "open phone")]


# --- 2. the partner's lapse -----------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", ["{b} forgot to call when she was late", "{b} forgot the sunday walk again"])
def test_a_lapse_told_of_the_partner_is_theirs(session, session_factory, a, b, locale, said):
    reply = home(session, session_factory, a, b, locale)(said.format(b=b))
    assert f"{b} logs it" in reply.speech and "Thank you for being honest" not in reply.speech, reply.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_lapse_the_partner_only_reminded_of_stays_the_speakers(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(f"{b} reminded me I forgot to call")
    assert f"{b} logs it" not in reply.speech, reply.speech
    assert rows(session) == []
    reply = talk(f"I forgot to call {b} when I was late")
    assert "Logged: you missed your promise to call when late" in reply.speech, reply.speech
    assert kinds(session) == [("missed", "call when late")]


# --- 3. a stale yes -------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_yes_after_the_skill_moved_on_logs_no_offer_made_before(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    assert "moment of reliability?" in talk("i kept my word and did the house jobs").speech
    moved_on = talk(f"actually this is {b}")
    assert moved_on.open and "What would you like to do?" in moved_on.speech, moved_on.speech
    talk("yes")
    assert rows(session) == []


# --- 4. both, and two named at once ---------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_both_of_a_longer_menu_asks_which_two(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    talk("i kept my word and did the house jobs")
    reply = talk("both")
    assert reply.open and reply.speech.startswith("Which two did you keep:"), reply.speech
    assert "all 6" not in reply.speech and rows(session) == []
    reply = talk("the evening talk and the sunday walk")
    assert reply.speech.endswith("Shall I log both as kept?"), reply.speech
    assert rows(session) == []
    assert talk("yes").speech.startswith("Logged both: you kept your evening talk and your Sunday walk")
    assert sorted(kinds(session)) == [("kept", "Sunday walk"), ("kept", "evening talk")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("we did both of them today, the talk and the walk", "kept"),
        ("i kept the sunday walk and the evening talk", "kept"),
        ("i missed the evening talk and the sunday walk", "missed"),
    ],
)
def test_two_named_at_once_are_confirmed_together(session, session_factory, a, b, locale, said, kind):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said)
    assert reply.speech.endswith(f"Shall I log both as {kind}?"), reply.speech
    assert rows(session) == []
    talk("yes")
    assert sorted(kinds(session)) == [(kind, "Sunday walk"), (kind, "evening talk")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_one_named_with_an_everyday_deed_is_logged_alone(session, session_factory, a, b, locale):
    reply = home(session, session_factory, a, b, locale)("we had the evening talk and a lovely dinner")
    assert reply.speech.startswith("Logged: you kept your evening talk"), reply.speech
    assert kinds(session) == [("kept", "evening talk")]


# --- 5. a keep, then a lapse ----------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "kept", "lapse"),
    [
        ("we had our evening chat but I got defensive when she asked about my phone", "evening talk", "open phone"),
        ("i called when i was running late, though i raised my voice at dinner", "call when late", "calm voice"),
    ],
)
def test_a_lapse_after_a_keep_is_asked_about(session, session_factory, a, b, locale, said, kept, lapse):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said)
    assert reply.open and "went against" in reply.speech and reply.speech.endswith("as missed?"), reply.speech
    assert kinds(session) == [("kept", kept)]
    talk("yes")
    assert kinds(session) == [("kept", kept), ("missed", lapse)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "kept", "lapse"),
    [
        ("i did the evening talk but i forgot about our sunday walk", "evening talk", "Sunday walk"),
        ("we went on the sunday walk but i missed the evening talk", "Sunday walk", "evening talk"),
        ("i called when i was late, but then i totally forgot the evening talk", "call when late", "evening talk"),
    ],
)
def test_a_miss_told_by_name_after_a_keep_is_asked_about(session, session_factory, a, b, locale, said, kept, lapse):
    # tester-voice37 D1: the forgotten one was offered as a keep, and logged as kept when picked
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said)
    assert reply.open and reply.speech.endswith("shall I log that as missed?"), reply.speech
    assert kinds(session) == [("kept", kept)]
    talk("yes")
    assert kinds(session) == [("kept", kept), ("missed", lapse)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_keep_with_an_ordinary_slip_after_it_is_the_keep_alone(session, session_factory, a, b, locale):
    reply = home(session, session_factory, a, b, locale)("i did the evening talk but i forgot my keys")
    assert reply.speech.startswith("Logged: you kept") and not reply.speech.endswith("missed?"), reply.speech
    assert kinds(session) == [("kept", "evening talk")]


# --- 6. what is offered -----------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_promise_called_by_a_word_is_the_one_asked_about(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    reply = talk("I kept my promise about the phone every day")
    assert reply.speech == "Was it your open phone promise you kept?", reply.speech
    assert rows(session) == []
    talk("yes")
    assert kinds(session) == [("kept", "open phone")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_reply_naming_no_promise_picks_none(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    assert talk("I kept my promise").speech.startswith("Which one did you keep")
    reply = talk("my answer")
    assert "Logged" not in reply.speech, reply.speech
    assert rows(session) == []
