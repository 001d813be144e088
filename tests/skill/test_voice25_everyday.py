"""Everyday defects from tester-voice16 (E1-E6, L4), held out: written before the work, in other
words than the tester's, for three couples and three locales, through the skill's real request path.

E1: an ending word ("no thanks", "that's all", "I'm done") at "which one?" ends it, nothing logged.
E2/E3: ending words at a yes-or-no step ("reflect on it?"; "Is Sam with you?": test_voice26_everyday) end it.
E4: a day said in a refused keep or miss dates the other promise named after it.
E5: a moment or a win naming a past day is dated that day; a day ahead is not.
E6: the promise's own words ("do the evening talk", "the walk one") are never its note.
L4: a hard day told with its reason is logged as a hard day."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.models.entities import SetbackReflection
from trust_tracker.skill.simulator import Match

TODAY = date(2026, 11, 25)  # NOW, a Wednesday, in New York
YESTERDAY, MONDAY, SATURDAY = date(2026, 11, 24), date(2026, 11, 23), date(2026, 11, 21)
COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Priya", "Rohan", "en-IN")]
HELP = "That wasn't saved"
NOTHING_LOGGED = "haven't logged anything"
ENDINGS = ["no thanks", "nothing", "that's all", "I'm done", "forget it", "no thank you", "we're done"]


def _reflections(session) -> list[SetbackReflection]:
    session.expire_all()
    return list(session.scalars(select(SetbackReflection)))


# --- E1: ending words at "which one?" ----------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("ask", ["log a miss", "I kept my promise", "record that I missed a promise"])
@pytest.mark.parametrize("ending", ENDINGS)
def test_an_ending_word_at_which_one_ends_it(session, session_factory, a, b, locale, ask, ending) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    asked = talk(ask)
    assert asked.open and "evening talk" in asked.speech, asked.speech
    kind = "LogKeptIntent" if "kept" in ask else "LogMissedIntent"
    said = talk.send(Match(kind, {"commitment": ending.lower()}))
    assert not said.open and NOTHING_LOGGED in said.speech and "isn't one of your promises" not in said.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("ending", ["no thanks", "that's all", "I'm done", "nothing, forget it"])
def test_an_ending_word_after_a_refused_keep_ends_it(session, session_factory, a, b, locale, ending) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("I kept the open phone on Monday")
    refused = talk("I forgot the open phone on Monday")
    assert "already logged as kept" in refused.speech and refused.open, refused.speech
    said = talk.send(Match("LogMissedIntent", {"commitment": ending.lower()}))
    assert not said.open and NOTHING_LOGGED in said.speech, said.speech
    assert [(k, n, d) for k, n, d, _ in rows(session)] == [("kept", "open phone", MONDAY)]


@pytest.mark.parametrize(
    ("ask", "match", "asked_next"),
    [
        ("log a miss", Match("LogMissedIntent", {"commitment": "the evening talk"}), "reflect"),
        ("log a miss", Match("LogMissedIntent", {"commitment": "the first one"}), "reflect"),
        ("start our check-in", Match("AnswerIntent", {"answer": "just me"}), "uestion 1"),
        ("start our check-in", Match("AnswerIntent", {"answer": "no, she's at work"}), "uestion 1"),
    ],
)
def test_an_answer_there_is_still_an_answer(session, session_factory, ask, match, asked_next) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk(ask)
    said = talk.send(match)
    assert said.open and asked_next in said.speech, said.speech


# --- E2/E3: ending words at a yes-or-no step ---------------------------------------------------


# (At "Is Sam with you?": tests/skill/test_voice26_everyday.py, which also asks that nothing is said saved.)


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("ending", ["I'm done", "that's all", "we're done", "no thanks, that's all", "forget it"])
def test_an_ending_word_at_reflect_on_it_ends_it(session, session_factory, a, b, locale, ending) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    offered = talk("I missed the evening talk")
    assert offered.open and "reflect" in offered.speech, offered.speech
    said = talk.send(Match("AnswerIntent", {"answer": ending.lower()}))
    assert not said.open and "yes or no" not in said.speech.lower(), said.speech
    assert _reflections(session) == []
    assert [k for k, _, _, _ in rows(session)] == ["missed"]


def test_a_reason_at_reflect_on_it_is_still_the_reflection(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Priya", "Rohan", "en-IN")
    talk("I missed the evening talk")
    said = talk.send(Match("AnswerIntent", {"answer": "work ran late and I was done in"}))
    assert said.open and [r.trigger for r in _reflections(session)] == ["Work ran late and I was done in"]


# --- E4: the day said in a refused keep or miss ------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("day_words", "day", "said_back"), [("yesterday", YESTERDAY, ", yesterday."), ("on Monday", MONDAY, ", on Monday.")]
)
@pytest.mark.parametrize("other", ["the call when late", "no, I meant call when late"])
def test_the_day_of_a_refused_miss_dates_the_other_promise(
    session, session_factory, a, b, locale, day_words, day, said_back, other
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk(f"I kept the evening talk {day_words}")
    refused = talk(f"I forgot the evening talk {day_words}")
    assert "already logged as kept" in refused.speech, refused.speech
    said = talk(other)
    assert said_back in said.speech, said.speech
    assert [(k, n, d) for k, n, d, _ in rows(session)] == [
        ("kept", "evening talk", day),
        ("missed", "call when late", day),
    ]


def test_the_day_of_a_refused_keep_dates_the_other_keep(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("I missed the open phone yesterday")
    talk("no thanks")
    refused = talk("I kept the open phone yesterday")
    assert "already logged as missed" in refused.speech, refused.speech
    said = talk("the sunday walk")
    assert said.speech.rstrip().endswith(", yesterday.") or ", yesterday." in said.speech, said.speech
    assert [(k, n, d) for k, n, d, _ in rows(session)][-1] == ("kept", "Sunday walk", YESTERDAY)


# --- E5: a moment or a win naming its day ------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("told", "kind", "day"),
    [
        ("log a moment: {b} cooked a curry for my parents on Saturday", "reliability", SATURDAY),
        ("note that {b} picked the kids up from football last night", "reliability", YESTERDAY),
        ("log a small win: we sorted the garage out together yesterday", "small_win", YESTERDAY),
        ("log a win: we got through the whole of Monday evening without an argument", "small_win", TODAY),
        ("log a moment: {b} fixed the boiler this morning", "reliability", TODAY),
    ],
)
def test_a_moment_or_win_naming_a_day_is_dated_that_day(
    session, session_factory, a, b, locale, told, kind, day
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told.format(b=b))
    assert HELP not in said.speech, said.speech
    [(logged, _, dated, note)] = rows(session)
    assert (logged, dated) == (kind, day), (said.speech, note)


@pytest.mark.parametrize(
    "told",
    ["log a moment: Sam is taking me out for dinner tomorrow", "log a win: we're going to the zoo next Saturday"],
)
def test_a_day_ahead_never_dates_a_moment(session, session_factory, told) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk(told)
    assert [d for _, _, d, _ in rows(session)] in ([TODAY], [])


@pytest.mark.parametrize(
    ("told", "day"),
    [
        ("log a moment: my son Will made pancakes for everyone on Saturday", SATURDAY),
        ("note that Sam sat next to me at the school play last night", YESTERDAY),
        ("log a moment: we were going to the beach yesterday but Sam drove us to the lake instead", YESTERDAY),
        ("log a moment: Sam will cook on Saturday, she offered", TODAY),
        ("log a moment: Sam's going to take the kids on Saturday", TODAY),
    ],
)
def test_a_name_or_a_place_is_no_day_ahead(session, session_factory, told, day) -> None:
    """ "Will" the son, "next to me", "going to the beach" tell of the past; "Sam will…" of a day ahead."""
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk(told)
    assert [d for _, _, d, _ in rows(session)] == [day], said.speech


# --- E6: the promise's own words are not its note ----------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("told", "name"),
    [
        ("I kept my promise to do the evening talk on Monday", "evening talk"),
        ("I kept my promise to have our evening talk", "evening talk"),
        ("log that I did the open phone yesterday", "open phone"),
        ("I kept my promise to go on the Sunday walk", "Sunday walk"),
    ],
)
def test_the_promise_said_is_never_its_note(session, session_factory, a, b, locale, told, name) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told)
    [(kind, logged, _, note)] = rows(session)
    assert (kind, logged, note) == ("kept", name, ""), said.speech


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("told", "name", "how"),
    [
        ("I kept the walk one, we went round the reservoir on Sunday", "Sunday walk", "we went round the reservoir"),
        ("I did the phone one, I showed her my messages yesterday", "open phone", "i showed her my messages"),
        ("I kept the talk one, we chatted about the holiday", "evening talk", "we chatted about the holiday"),
    ],
)
def test_the_how_after_a_loose_name_is_the_note(session, session_factory, a, b, locale, told, name, how) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told)
    [(kind, logged, _, note)] = rows(session)
    assert (kind, logged, note.lower()) == ("kept", name, how), said.speech


# --- L4: a hard day told with its reason -------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "told",
    [
        "I'm having a hard day, the baby was up all night and I could cry",
        "I'm having a rough day, work was a nightmare and I'm fried",
        "having a hard day today, the car broke down and the kids drove me up the wall",
    ],
)
def test_a_hard_day_told_with_its_reason_is_a_hard_day(session, session_factory, a, b, locale, told) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told)
    assert "not sure I followed" not in said.speech and HELP not in said.speech, said.speech
    assert "hard" in said.speech.lower(), said.speech
    assert [k for k, _, _, _ in rows(session)] == ["hard_day"]


# --- safety first: none of the above ever takes distress --------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "told",
    [
        "I'm having a hard day, he hit me again last night and I'm scared to go home",
        "I'm having a really bad day, I keep thinking everyone would be better off without me",
    ],
)
def test_a_hard_day_told_with_distress_gets_help_and_nothing_saved(
    session, session_factory, a, b, locale, told
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told)
    assert HELP in said.speech, said.speech
    assert rows(session) == []


@pytest.mark.parametrize(
    ("ask", "distress"),
    [
        ("log a miss", "no thanks, he'll hurt me if he sees I logged it"),
        ("start our check-in", "that's all, he's standing over me and I'm scared"),
        ("I missed the evening talk", "I'm done, he hits me when I get things wrong"),
    ],
)
def test_distress_after_an_ending_word_still_gets_help(session, session_factory, ask, distress) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk(ask)
    before = rows(session)
    said = talk.send(
        Match("LogMissedIntent", {"commitment": distress})
        if ask == "log a miss"
        else Match("AnswerIntent", {"answer": distress})
    )
    assert HELP in said.speech, said.speech
    assert rows(session) == before and _reflections(session) == []


@pytest.mark.parametrize(
    "told", ["log a moment: he said if I tell anyone about Saturday he'll kill me", "note that he hit me on Monday"]
)
def test_a_dated_moment_of_distress_gets_help_and_nothing_saved(session, session_factory, told) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    said = talk(told)
    assert HELP in said.speech and rows(session) == [], said.speech
