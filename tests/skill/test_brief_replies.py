"""Replies stay brief, vary, and leave a way out: a returning launch, help, not understood, no at the menu,
unclear replies that end kindly, and no line or variant past thirty seconds; with the grammar of what is
confirmed and how the week compares."""

from __future__ import annotations

import itertools
import re
import string
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_entry
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, Talk, add_kept, entries
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import LANGUAGES, for_locale

# The conversation tests' fixtures: a linked home, its contract, Alex talking.
contract = conversations.contract  # talk.py's spoken contract, not the suite's (tests/conftest.py)
__all__ = ["contract"]  # a fixture
US = for_locale("en-US")
WORDS_PER_SECOND = 150 / 60


def seconds(text: str) -> float:
    return len(re.findall(r"[\w'’.-]+", text)) / WORDS_PER_SECOND


def test_a_returning_launch_is_two_short_sentences_and_varies(session, skill, session_factory, home, contract):
    alex, _ = home
    first = Talk(skill, session_factory, person_id=ALEX_VOICE)("open trust tracker")
    assert first.speech.startswith("Hi Alex, welcome to Trust Tracker.")  # the longer welcome, once
    add_kept(session, alex, contract["call when late"], days_back=0)
    session.execute(LogEntry.__table__.update().values(source=Source.VOICE))
    heard = set()
    for day in range(3):
        said = Talk(skill, session_factory, person_id=ALEX_VOICE, now=NOW + timedelta(days=day))("open trust tracker")
        assert seconds(said.speech) <= 8, said.speech
        assert len(re.findall(r"[.?!](?:\s|$)", said.speech)) <= 3, said.speech  # greeting + two short sentences
        heard.add(said.speech.split(" ")[0])
    assert len(heard) > 1


def test_a_first_launch_with_several_milestones_stays_within_thirty_seconds(session, skill, session_factory, home):
    _, sam = home
    add_kept(session, sam, None, days_back=0, n=25)  # ten and twenty-five promises kept: two milestones
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("open trust tracker")
    assert "25 promises kept" in said.speech and "Ten promises kept" not in said.speech
    assert "And 1 more on the website." in said.speech
    assert seconds(said.speech) <= 30, said.speech


@pytest.mark.parametrize("leave", ["no", "nothing", "no thanks", "that's all", "i'm done"])
def test_no_at_the_menu_ends_the_session(session, home, contract, alex_talks, leave):
    alex_talks("open trust tracker")
    said = alex_talks(leave)
    assert not said.open and said.speech in US.options("goodbye")


def test_help_is_short_and_varies(home, contract, alex_talks):
    said = [alex_talks("help").speech for _ in range(4)]
    assert all(seconds(s) <= 10 for s in said), said
    assert all(a != b for a, b in itertools.pairwise(said))


def test_not_understood_escalates_and_never_loops(home, contract, alex_talks):
    fallback = Match("AMAZON.FallbackIntent", {})
    first = alex_talks.send(fallback)
    assert "for example: I kept my promise" in first.speech and first.open
    second = alex_talks.send(fallback)
    assert second.speech.startswith("I'm still not getting it. You could say: I kept my promise") and second.open
    third = alex_talks.send(fallback)
    assert not third.open and third.speech.endswith("Goodbye.")


def test_how_are_we_doing_compares_the_same_days_of_last_week(session, home, contract, alex_talks):
    alex, _ = home
    # NOW is a Wednesday: Monday to Wednesday this week against Monday to Wednesday last week.
    add_kept(session, alex, contract["call when late"], days_back=1)  # this Tuesday
    add_kept(session, alex, contract["call when late"], days_back=8)  # last Tuesday: counts
    add_kept(session, alex, contract["evening talk"], days_back=5)  # last Friday: later in the week, left out
    said = alex_talks("how are we doing")
    assert "So far this week: 1 kept and 0 missed, against 1 kept and 0 missed by this point last week." in said.speech


def test_commitments_named_by_a_thing_read_as_a_thing(session, home, contract, alex_talks):
    assert alex_talks("i kept my promise to evening talk").speech.startswith("Logged: you kept your evening talk.")
    said = alex_talks("i kept my promise to call when late")
    assert said.speech.startswith("Logged: you kept your promise to call when late.")


def test_a_breach_has_its_own_calm_script_and_no_words_on_the_card(session, home, alex_talks):
    said = alex_talks("log a boundary breach i texted my ex")
    assert said.speech.startswith("Thank you for saying it plainly; that isn't easy.")
    assert "Sam will see it" in said.speech and said.speech.endswith("later on the website.") and said.open
    assert "texted" not in said.response["response"]["card"]["content"]
    [entry] = entries(session)
    assert (entry.kind, entry.note) == (LogKind.BREACH, "I texted my ex")


# --- nothing said runs past 30 seconds -----------------------------------------------------

LONGEST_VALUE = "call or text when more than fifteen minutes late"  # a long commitment name: nine words


@pytest.mark.parametrize("locale", sorted(LANGUAGES))
def test_no_line_or_variant_runs_past_thirty_seconds(locale):
    language = LANGUAGES[locale]
    for key in language.phrases:
        for phrase in language.options(key):
            fields = {name for _, name, _, _ in string.Formatter().parse(phrase) if name}
            filled = re.sub(r"\{[^}]*\}", LONGEST_VALUE, phrase)
            limit = 30 if key != "pause_lines" else 60  # the pause is read slowly, on purpose, with silences
            assert seconds(filled) <= limit, (key, phrase, fields)


def test_unclear_replies_to_shall_i_mark_those_as_seen_end_kindly(session, home, alex_talks):
    _alex, sam = home
    make_entry(session, sam, LogKind.SMALL_WIN, NOW.date(), note="we cooked")
    alex_talks("what did sam log")
    said = [alex_talks.send(Match("AMAZON.FallbackIntent")) for _ in range(3)]
    assert [s.open for s in said] == [True, True, False] and said[2].speech == US.say("fallback_give_up")
    session.expire_all()
    assert session.scalars(select(LogEntry)).one().acknowledged_at is None
