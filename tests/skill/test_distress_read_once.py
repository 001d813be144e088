"""The distress check reads each text once per request, and the shortcut never changes an answer:
the two readings of a text (the couple's names read as the partner, and not) made from one pass of
its words (distress_reading.read_both_ways) are the readings made one by one, and a request's kept
readings (distress.Readings), which the safety check, the save path's check and its doubt share,
give every answer and every score a fresh reading gives. Over every phrase list and lookalike of
the tests (tests/skill/distress_*.py, test_safety*.py and the rest of test_distress_fast.LISTS) and
the interaction model's samples, as said and after "I"."""

from __future__ import annotations

import pytest

from trust_tracker.skill import distress
from trust_tracker.skill.distress_learned import learned_peak
from trust_tracker.skill.distress_reading import read_as_spoken, read_both_ways
from trust_tracker.skill.saved_words import distress_in, doubt_score

from .test_distress_fast import NAMES, PHRASES, SAMPLES

TEXTS = PHRASES + SAMPLES + [f"I {said}" for said in PHRASES]
# Unlinked; the couple's names; names that are also words ("Hope", "Will": read as a name only where
# nothing else can be meant).
COUPLES = [(), NAMES, ("Hope", "Will")]


def test_the_texts_are_the_lists() -> None:
    assert len(TEXTS) > 9000
    assert sum(distress.is_distress(said, NAMES) for said in PHRASES) > 700


@pytest.mark.parametrize("names", COUPLES, ids=["unlinked", "the couple's names", "names that are words"])
def test_both_readings_from_one_pass_are_each_read_alone(names) -> None:
    differ = [
        said for said in TEXTS if read_both_ways(said, names) != (read_as_spoken(said, names), read_as_spoken(said))
    ]
    assert differ == []
    # Not a comparison of nothing: the names change some readings, and only some.
    if names:
        changed = [said for said in TEXTS if read_as_spoken(said, names) != read_as_spoken(said)]
        assert 0 < len(changed) < len(TEXTS)


@pytest.mark.parametrize("names", COUPLES, ids=["unlinked", "the couple's names", "names that are words"])
def test_a_request_s_kept_readings_answer_and_score_as_fresh_ones(names) -> None:
    kept = distress.Readings()
    fresh = [distress.is_distress(said, names) for said in TEXTS]
    assert [distress.is_distress(said, names, kept) for said in TEXTS] == fresh
    assert [distress.is_distress(said.upper(), names, kept) for said in TEXTS[:500]] == fresh[:500]
    assert any(fresh) and not all(fresh)
    # The doubt's score as it was worked out before the readings were shared, for the saved notes.
    notes = PHRASES[::7]
    before = [
        max(learned_peak(distress.everyday_read(read_as_spoken(said, names))) for said in (note, f"i {note}"))
        for note in notes
    ]
    assert [doubt_score(note, names, kept) for note in notes] == before
    assert [doubt_score(note, names) for note in notes] == before


def test_the_save_path_reads_nothing_the_safety_check_read() -> None:
    """A moment's note: read as the slot said it (and after "I"), then saved, checked and scored for
    doubt without one text read again."""
    read = distress.Readings()
    note = "Sam was on time for our talk"
    assert not any(distress.is_distress(said, NAMES, read) for said in (note.lower(), f"I {note.lower()}"))
    kept = (dict(read.texts), dict(read.said), dict(read.readings))
    assert not distress_in(note, NAMES, read)
    score = doubt_score(note, NAMES, read)
    assert (read.texts, read.said, read.readings) == kept
    assert score == doubt_score(note, NAMES) < 3.5  # the moments' band floor (saved_words.BANDS): not doubted
    # The learned check read the note with Sam as "my partner", the rules both ways.
    assert read.readings[(note.lower(), NAMES)] == (
        "my partner was on time for our talk",
        "sam was on time for our talk",
    )


def test_distress_in_a_note_is_heard_through_the_kept_readings() -> None:
    read = distress.Readings()
    assert not distress.is_distress("sam was on time", NAMES, read)
    assert distress_in("Sam threw a plate at my head last night", NAMES, read)
    assert distress_in("Sam threw a plate at my head last night", NAMES)
    assert distress.is_distress("I want to end it all", NAMES, read)
