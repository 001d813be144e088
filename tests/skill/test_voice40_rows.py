"""Logging that wrote or offered the wrong thing (task voice40, from tester-voice37), for two couples in
two locales, through the skill's real request path: the spoken reply and the rows saved.

1. D13: a promise that opens something up ("Answer questions about my phone openly", "Share my location
   when asked") gone against in everyday words (refusing, hiding, cagey or snappy about it) is asked
   about as a miss, its words the note, never offered as a keep; a keep in other words stays a keep.
2. D14: "all of them" offers only what is not yet logged today, says so at once when nothing is left,
   and names every one a yes would write.
3. D18: words sharing no word of a promise's name get no one-promise guess.
4. D8: a partner's keep told by the other is theirs to log, and offered as a moment of reliability.
"""

from __future__ import annotations

import pytest

from tests.skill.talk import Talk
from tests.skill.voice12_home import everyday_home, home_of, kinds
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]


# `a`'s own promises beside the everyday ones, both opening something up: location and spending.
OWN = [
    ("Share my location when asked, no secrets about where I am", "location sharing"),
    ("Be honest about what I spend from the joint account", "spending"),
]


def home(session, session_factory, a: str, b: str, locale: str) -> Talk:
    return everyday_home(session, session_factory, a, b, locale, OWN)


# --- 1. the everyday opposite of a promise that opens something up --------------------------------

AGAINST = [  # said, the promise, a word of the act its note keeps
    ("I got a bit cagey when {b} asked to see my phone", "open phone", "cagey"),
    ("I wouldn't let {b} look at my phone tonight", "open phone", "let"),
    ("I hid my phone from {b} all evening", "open phone", "hid"),
    ("I kept my promise, I hid my phone from {b} all evening", "open phone", "hid"),
    ("I snapped when {b} asked about my phone", "open phone", "snapped"),
    ("I refused to share my location with {b} last night", "location sharing", "refused"),
    ("I was evasive when {b} asked about the joint account", "spending", "evasive"),
]


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(("said", "name", "act"), AGAINST)
def test_the_everyday_opposite_is_asked_as_a_miss_with_its_words(
    session, session_factory, a, b, locale, said, name, act
):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said.format(b=b))
    assert reply.speech.startswith("That sounds like it went against your") and name in reply.speech, reply.speech
    assert reply.open and reply.speech.endswith("Shall I log it as missed?"), reply.speech
    assert rows(session) == []
    assert "Logged: you missed your" in talk("yes").speech
    ((kind, promise, _, note),) = rows(session)
    assert (kind, promise) == ("missed", name)
    assert act in note.lower() and b.lower() in note.lower() and "kept my promise" not in note.lower(), (
        note
    )  # the lapse, never lost


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "said",
    [
        "I let {b} look through my phone when she asked",
        "I showed {b} my phone without hiding anything",
        "I shared my location with {b} when she asked",
    ],
)
def test_a_keep_in_other_words_stays_a_keep(session, session_factory, a, b, locale, said):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said.format(b=b))
    assert "went against" not in reply.speech, reply.speech
    if reply.speech.endswith("you kept?"):  # "Was it your open phone promise you kept?"
        talk("yes")
    assert [kind for kind, _ in kinds(session)] == ["kept"]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "said",
    [
        "I hid my phone from the kids at dinner",  # kept from someone else
        "I got cagey when {b} asked about her birthday present",  # about nothing a promise opens up
        "{b} hid her phone from me all evening",  # the partner's act
    ],
)
def test_the_same_words_in_an_ordinary_meaning_go_against_nothing(session, session_factory, a, b, locale, said):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(said.format(b=b))
    assert "went against" not in reply.speech, reply.speech
    assert rows(session) == []


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_keep_then_the_opposite_in_other_words(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(f"we had our evening talk but I hid my phone from {b} after")
    assert reply.speech.startswith("Logged: you kept your evening talk."), reply.speech
    assert reply.speech.endswith("went against your open phone promise. Shall I log that as missed?")
    talk("yes")
    (_, talk_row), (_, phone_row) = [(r[0], r) for r in rows(session)]
    assert talk_row[:2] == ("kept", "evening talk") and "hid" not in talk_row[3].lower(), talk_row
    assert (
        phone_row[:2] == ("missed", "open phone") and phone_row[3].lower() == f"i hid my phone from {b} after".lower()
    )


# --- 2. all of them -------------------------------------------------------------------------------


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_all_of_them_offers_only_what_is_not_logged_and_names_each(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    talk("we had our evening talk")
    assert talk("I missed my promise").speech.startswith("Which one did you miss")
    reply = talk("all of them")
    assert "evening talk" not in reply.speech and "on the website" not in reply.speech, reply.speech
    for name in ("call when late", "open phone", "location sharing", "spending"):
        assert name in reply.speech, reply.speech
    assert reply.speech.endswith("Shall I log all 5 as missed?"), reply.speech
    talk("yes")
    assert sorted(kinds(session)) == sorted(
        [("kept", "evening talk")]
        + [("missed", n) for n in ("call when late", "open phone", "location sharing", "spending", "Sunday walk")]
    )
    reply = talk("I missed my promise")  # nothing left to ask about: said at once (voice42)
    assert reply.speech.startswith("Everything due for you today is already logged"), reply.speech
    assert len(rows(session)) == 6


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_all_of_them_missed_leaves_out_a_promise_not_due_today(session, session_factory, a, b, locale):
    """tester-voice38 D5: "all of them" logged a miss of the weekday-only talk on a Sunday, and the line after
    the yes said "and 1 more on the website". NOW is a Wednesday: the weekend brunch is not due."""
    C, D = ItemKind.COMMITMENT, ItemDraft
    drafts = [
        D(C, "Call or text when I'm running late", short_name="call when late"),
        D(C, "Cook a weekend brunch together", short_name="weekend brunch", cadence=Cadence.WEEKDAYS, weekdays="56"),
        D(C, "Have a 15-minute evening talk about our day", short_name="evening talk"),
    ]
    talk = home_of(session, session_factory, a, b, locale, lambda one, two: drafts)
    assert talk("I missed my promise").speech.startswith("Which one did you miss")
    reply = talk("all of them")
    assert "brunch" not in reply.speech and "call when late" in reply.speech and "evening talk" in reply.speech
    done = talk("yes")
    assert sorted(kinds(session)) == [("missed", "call when late"), ("missed", "evening talk")]
    assert "more on the website" not in done.speech, done.speech


# --- 3. no guess from nothing in common -----------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "said",
    ["I left the family group chat, it was doing my head in", "I watch every word at work so my boss does not go off"],
)
def test_words_sharing_no_name_get_no_one_promise_guess(session, session_factory, a, b, locale, said):
    reply = home(session, session_factory, a, b, locale)(said)
    assert "Was it your" not in reply.speech, reply.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "name"),
    [("I walked the dog with {b}", "Sunday walk"), ("we had a long chat after dinner", "evening talk")],
)
def test_a_word_of_a_promises_name_is_still_asked_about(session, session_factory, a, b, locale, said, name):
    reply = home(session, session_factory, a, b, locale)(said.format(b=b))
    assert f"Was it your {name}?" in reply.speech, reply.speech


# --- 4. the partner's keep, told by the other -------------------------------------------------------


@pytest.mark.postgres_smoke  # rows written: on PostgreSQL too
@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_the_partners_keep_is_theirs_and_offered_as_a_moment(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    reply = talk(f"{b} did the house jobs")
    assert reply.open and reply.speech == (
        f"That's {b}'s to log, so {b} logs it. Shall I note it as a moment of reliability: {b} did the house jobs?"
    ), reply.speech
    assert rows(session) == []
    assert talk("no").speech == "Alright, I haven't logged it."
    assert rows(session) == []
    talk(f"log that {b} did the house jobs")
    assert "moment of reliability" in talk("yes").speech
    assert [(k, n, note) for k, n, _, note in rows(session)] == [("reliability", None, f"{b} did the house jobs")]


# --- 5. what was refused is the row's kind ---------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_a_keep_told_as_a_denial_and_refused_asks_for_another_keep(session, session_factory, a, b, locale):
    talk = home(session, session_factory, a, b, locale)
    assert talk("i didn't get defensive about my phone today").speech.startswith("Logged: you kept your open phone")
    reply = talk("i didn't get defensive about my phone today")
    assert reply.speech.startswith("That is already logged as kept today, so it counts once."), reply.speech
    assert "Or was it another one you kept:" in reply.speech and "you missed" not in reply.speech, reply.speech
    assert kinds(session) == [("kept", "open phone")]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("said", ["I didn't hide my phone from {b}", "I wasn't cagey about my phone"])
def test_the_everyday_opposite_denied_is_the_keep(session, session_factory, a, b, locale, said):
    # heard as a miss ("i didn't …"), of a promise to be open it was kept: never "Was it … you missed?"
    reply = home(session, session_factory, a, b, locale)(said.format(b=b))
    assert reply.speech.startswith("Logged: you kept your open phone"), reply.speech
    assert kinds(session) == [("kept", "open phone")]
