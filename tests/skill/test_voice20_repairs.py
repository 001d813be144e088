"""Everyday repairs two independent testers found broken (tester-voice11 #11-#15, tester-voice10 E2),
each by its general rule, with other couples and phrasings: "no, I meant the film night" amends; a
refusal names the day the conflict is on; a trailing "log a small win" is never in the note; a
handover with a device named as someone's serves the request said with it; a wrong name at "Is this
X or Y?" can be corrected without saying it all again; a keep sharing one word with one promise asks
about that one first. Through the real skill: the spoken text and the rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAY, Talk, entries
from tests.skill.voice15_home import couple_home
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.models.localtime import local_today
from trust_tracker.models.tracking import log_entry
from trust_tracker.skill.simulator import Match

skill, home, contract = conversations.skill, conversations.home, conversations.contract
owned_contract = conversations.owned_contract
__all__ = ["contract", "home", "owned_contract", "skill"]

HELP = "If you're in danger, call nine one one"


def asked_then_logged(session, talk: Talk, said: tuple[str, str], answer: tuple[str, str]) -> LogEntry:
    """`said[0]` asks `said[1]` (nothing logged yet, never a guess); `answer[0]` logs a keep of the
    promise `answer[1]`: that one entry."""
    heard = talk(said[0])
    assert said[1] in heard.speech and heard.open, heard.speech
    assert entries(session) == []
    heard = talk(answer[0])
    assert heard.speech.startswith(f"Logged: you kept your {answer[1]}."), heard.speech
    [entry] = entries(session)
    return entry


# --- 1. "no, I meant X" amends, as "not that one, X" does ----------------------------------------


@pytest.mark.parametrize(
    "meant",
    [
        "no, I meant the film night",
        "I meant the film night",
        "sorry, I meant the film night",
        "no I meant the film night not the school run",
        "oh sorry, I meant film night",
    ],
)
def test_i_meant_another_promise_changes_the_entry(session, session_factory, meant) -> None:
    alexa, faith, _, items = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    heard = alexa(meant)
    assert heard.speech.startswith("Changed: you kept your film night, today."), heard.speech
    [entry] = entries(session)
    assert (entry.lineage_id, entry.partner_id, entry.kind) == (items["film night"], faith.id, LogKind.KEPT)


def test_i_meant_said_by_another_couple_in_another_locale(session, session_factory) -> None:
    alexa, _, _, items = couple_home(session, session_factory, "rohan-frank")
    alexa("I did the dishes")
    heard = alexa("no, I meant the sunday swim")
    assert heard.speech.startswith("Changed: you kept your sunday swim, today."), heard.speech
    assert [e.lineage_id for e in entries(session)] == [items["sunday swim"]]


def test_i_meant_to_is_a_promise_missed_never_a_repair(session, session_factory) -> None:
    alexa, _, _, items = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    heard = alexa("I meant to do the film night but I forgot")
    assert not heard.speech.startswith("Changed"), heard.speech
    kept = [e for e in entries(session) if e.kind is LogKind.KEPT]
    assert [e.lineage_id for e in kept] == [items["school run"]]  # the keep stays as it was


# --- 2. the refusal names the day the conflict is on -----------------------------------------------


@pytest.mark.parametrize(("days_back", "said", "named"), [(1, "yesterday", "yesterday"), (2, "monday", "on Monday")])
def test_moved_onto_a_day_already_kept_says_that_day(session, session_factory, days_back, said, named) -> None:
    alexa, faith, _, items = couple_home(session, session_factory, "faith-grace")
    day = local_today(faith.couple, NOW) - timedelta(days=days_back)
    log_entry(session, faith, LogKind.KEPT, source=Source.WEB, lineage_id=items["school run"], now=NOW, day=day)
    session.flush()
    alexa("I did the school run")
    heard = alexa(f"actually that was {said}")
    assert heard.speech == f"That is already logged as kept {named}, so it counts once."
    assert sorted(e.local_date for e in entries(session)) == [day, local_today(faith.couple, NOW)]


def test_the_same_day_is_still_today(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    alexa("I did the school run")
    heard = alexa("I did the school run")
    # another promise meant is asked about after it (issue 8, part 4: tests/skill/test_voice27_repairs.py)
    assert heard.speech.startswith("That is already logged as kept today, so it counts once. Or was it another")
    assert len(entries(session)) == 1


# --- 3. a trailing command is never in the note; the read-back is the note as saved ---------------


@pytest.mark.parametrize(
    ("said", "kind", "note"),
    [
        ("we cooked a curry together and it was lovely, log a small win", LogKind.SMALL_WIN, "We cooked a curry"),
        ("we cooked a curry together and it was lovely log a small win please", LogKind.SMALL_WIN, "We cooked a curry"),
        ("we laughed at breakfast, note a moment", LogKind.RELIABILITY, "Laughed at breakfast"),
        ("we walked to the market and held hands, add a win", LogKind.SMALL_WIN, "We walked to the market"),
    ],
)
def test_a_trailing_command_is_left_out_of_the_note(session, session_factory, said, kind, note) -> None:
    alexa, faith, *_ = couple_home(session, session_factory, "faith-grace")
    heard = alexa(said)
    [entry] = entries(session)
    assert (entry.kind, entry.partner_id) == (kind, faith.id)
    assert entry.note.startswith(note)
    for command in ("log a", "note a", "add a", "win please"):
        assert command not in entry.note.lower() and command not in heard.speech.lower(), heard.speech


def test_the_read_back_keeps_a_comma_the_note_was_saved_with(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    heard = alexa.send(Match("LogSmallWinIntent", {"note": "my last day at the old job, said goodbye to everyone"}))
    [entry] = entries(session)
    assert entry.note == "My last day at the old job, said goodbye to everyone"
    assert heard.speech.startswith("Logged a small win: your last day at the old job, said goodbye to everyone.")


def test_a_name_opening_the_note_is_read_back_as_spelled(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "faith-grace")
    heard = alexa("log a moment: grace made me a cup of tea")
    assert heard.speech.startswith("Noted, a moment of reliability: Grace made you a cup of tea."), heard.speech


# --- 4. a handover naming someone's device, then a request: served for the one named -------------


@pytest.mark.parametrize(
    ("said", "kind", "note"),
    [
        ("this is Sam on Alex's phone, I did the house jobs", LogKind.KEPT, None),
        ("this is Sam on Alex's phone, log a small win: I fixed the dripping tap", LogKind.SMALL_WIN, "I fixed"),
        ("it's Sam here, log a moment: Alex made me a cup of tea", LogKind.RELIABILITY, "Alex made me a cup"),
        ("Sam speaking, I kept my promise to do the house jobs", LogKind.KEPT, None),
    ],
)
def test_a_named_speaker_then_a_request_is_served_for_them(
    skill, session_factory, session, home, owned_contract, said, kind, note
) -> None:
    _, sam = home
    heard = Talk(skill, session_factory)(said)  # a shared device: no voice profiles
    assert heard.speech.endswith(SAY("anything_else_named", name="Sam")), heard.speech
    [entry] = entries(session)
    assert (entry.partner_id, entry.kind) == (sam.id, kind)
    if note is None:
        assert entry.lineage_id == owned_contract["house jobs"]
    else:
        assert entry.note.startswith(note) and "phone" not in entry.note.lower() and "log a" not in entry.note.lower()


def test_the_same_for_another_couple(session, session_factory) -> None:
    alexa, _, grace, items = couple_home(session, session_factory, "faith-grace", person_id=None)
    heard = alexa("this is Grace on Faith's phone, I did the school run")
    assert "Grace" in heard.speech and heard.speech.startswith("Logged: you kept your school run."), heard.speech
    [entry] = entries(session)
    assert (entry.partner_id, entry.lineage_id) == (grace.id, items["school run"])


def test_a_voice_alexa_knows_is_never_the_one_named(skill, session_factory, session, home, owned_contract) -> None:
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)("this is Sam on Alex's phone, I did the house jobs")
    assert heard.speech.startswith("I know this voice as Alex, so I haven't logged anything."), heard.speech
    assert entries(session) == []


@pytest.mark.parametrize(
    "said", ["this is Sam on Alex's phone, I want to die", "it's Sam here, log a moment: he said he would kill me"]
)
def test_distress_after_the_name_gets_help_and_nothing_saved(
    skill, session_factory, session, home, owned_contract, said
) -> None:
    heard = Talk(skill, session_factory)(said)
    assert HELP in heard.speech, heard.speech
    assert entries(session) == []


# --- 5. a wrong name at "Is this Alex or Sam?" is corrected, the request kept ---------------------


def test_a_wrong_name_is_corrected_and_the_request_logged(
    skill, session_factory, session, home, owned_contract
) -> None:
    _, sam = home
    talk = Talk(skill, session_factory)
    assert talk("i did the house jobs this morning").speech == "Before I do that: is this Alex or Sam?"
    refused = "That is Sam's commitment, so Sam logs it."
    entry = asked_then_logged(session, talk, ("alex", refused), ("oh sorry, it's sam actually", "house jobs"))
    assert (entry.partner_id, entry.lineage_id) == (sam.id, owned_contract["house jobs"])


def test_a_known_voice_hears_the_refusal_then_its_own_or_a_moment(
    skill, session_factory, session, home, owned_contract
) -> None:
    """The session stays open since voice36: one of the speaker's own, or the partner's deed as a moment."""
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)("log that I kept my promise to do the house jobs")
    assert heard.speech.startswith("That is Sam's commitment, so Sam logs it. Was it one of yours: ") and heard.open
    assert heard.speech.endswith("Or shall I note it as a moment of reliability?")
    assert entries(session) == []


# --- 6. one word shared with one promise: that one asked about first, never logged on a guess -----


@pytest.mark.parametrize("said", ["I walked the dog with Sam", "we went for our walk"])
def test_the_closest_promise_is_offered_first_and_yes_logs_it(
    skill, session_factory, session, home, contract, said
) -> None:
    alex, _ = home
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    entry = asked_then_logged(session, talk, (said, "Was it your evening walk?"), ("yes", "evening walk"))
    assert (entry.partner_id, entry.lineage_id) == (alex.id, contract["evening walk"])


def test_no_to_the_closest_asks_the_others_and_none_logs_nothing(
    skill, session_factory, session, home, contract
) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("I walked the dog with Sam")
    heard = talk("no")
    assert heard.speech == (
        "Then which one did you keep: call when late or evening talk? Or shall I note it as a moment of reliability?"
    )
    assert talk("none of them").speech == "Alright, I haven't logged it."
    assert entries(session) == []


def test_no_to_the_closest_then_yes_notes_the_words_as_a_moment(
    skill, session_factory, session, home, contract
) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("I walked the dog with Sam")
    talk("no")
    # The "I" Alexa's "i {commitment}" took is given back to the note (voice33).
    assert talk("yes").speech == "Noted, a moment of reliability: you walked the dog with Sam."
    assert [(e.kind, e.note, e.lineage_id) for e in entries(session)] == [
        (LogKind.RELIABILITY, "I walked the dog with Sam", None)
    ]


def test_no_then_a_name_logs_that_one(skill, session_factory, session, home, contract) -> None:
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    talk("we went for our walk")
    talk("no")
    assert talk("the evening talk").speech.startswith("Logged: you kept your evening talk.")
    assert [e.lineage_id for e in entries(session)] == [contract["evening talk"]]


def test_another_couple_hears_its_own_closest(session, session_factory) -> None:
    alexa, *_ = couple_home(session, session_factory, "rohan-frank")
    heard = alexa("I went for a swim with Frank")
    assert heard.speech.endswith("Was it your sunday swim?"), heard.speech
    assert entries(session) == []


def test_a_word_two_promises_share_still_lists_them_all(skill, session_factory, session, home, contract) -> None:
    heard = Talk(skill, session_factory, person_id=ALEX_VOICE)("we did the evening thing")
    assert "Was it your evening" not in heard.speech, heard.speech
    assert entries(session) == []
