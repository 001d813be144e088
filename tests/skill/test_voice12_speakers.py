"""Who is speaking, said in the same breath as something else (tester-voice4 #11, #12, #15): a
handover before a check-in answer or a request is never part of the answer or the note, and moves
the turn only where the device allows it (a voice Alexa knows stays its partner's, and the other is
told how to answer as themselves); at "Is this Alex or Sam?", a name heard differently, two names
that sound alike, "both of us", a request, a way out. Spoken text, check-in answers, log rows.
Phrasings: tests/skill/voice12_phrases.py."""

from __future__ import annotations

import pytest

from tests.skill import voice12_phrases as phrases
from tests.skill.talk import SAY
from tests.skill.voice12_home import logged, saved, typed

COUPLES = phrases.COUPLES + phrases.COUPLES_HELD_OUT
HANDOVERS = phrases.HANDOVER_ANSWERS + phrases.HANDOVER_ANSWERS_HELD_OUT
BACK = phrases.BACK_AGAIN + phrases.BACK_AGAIN_HELD_OUT
REQUESTS = [
    pytest.param(
        *case,
        marks=[pytest.mark.xfail(strict=True, reason="no carrier for it (voice12_phrases.NOT_HEARD)")]
        if case[0] in phrases.NOT_HEARD
        else [],
    )
    for case in phrases.HANDOVER_REQUESTS + phrases.HANDOVER_REQUESTS_HELD_OUT
]


# --- #11: a handover before a check-in answer ------------------------------------------------


@pytest.mark.parametrize(("said", "answer"), HANDOVERS)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_together_without_voices_the_handover_is_never_in_the_answer(session, checkin_begun, a, b, said, answer):
    talk = checkin_begun(a, b, bound=False, together=True)
    talk("it was a calm week")
    talk(said.format(b=typed(b)))  # b's own question 1
    assert saved(session) == [(a, 0, "it was a calm week"), (b, 0, answer.lower())]


@pytest.mark.parametrize(("said", "answer"), BACK)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_back_again_before_an_answer_is_never_in_it(session, checkin_begun, a, b, said, answer):
    talk = checkin_begun(a, b, bound=True)
    talk(said.format(a=typed(a)))
    assert saved(session) == [(a, 0, answer.lower())]


@pytest.mark.parametrize(("said", "answer"), HANDOVERS)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_alone_without_voices_a_handover_gives_the_other_their_questions(session, checkin_begun, a, b, said, answer):
    talk = checkin_begun(a, b, bound=False)
    talk("it was a calm week")
    heard = talk(said.format(b=typed(b)))
    assert heard.open and b in heard.speech
    assert saved(session) == [(a, 0, "it was a calm week"), (b, 1, answer.lower())]


@pytest.mark.parametrize(("said", "answer"), HANDOVERS)
@pytest.mark.parametrize(("a", "b"), COUPLES)
@pytest.mark.parametrize("together", ["yes", "no"])
def test_a_known_voice_never_answers_as_the_other(session, checkin_begun, a, b, said, answer, together):
    talk = checkin_begun(a, b, bound=True, together=together == "yes")
    talk("it was a calm week")
    heard = talk(said.format(b=typed(b)))
    assert heard.open and heard.speech.startswith(SAY("checkin_handover_bound", name=a, other=b))
    assert saved(session) == [(a, 0, "it was a calm week")]


# --- #12: a handover before a request ----------------------------------------------------------


@pytest.mark.parametrize(("said", "kind", "note"), REQUESTS)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_without_voices_the_request_after_a_handover_is_the_ones_named(session, couple_talks, a, b, said, kind, note):
    talk = couple_talks(a, b, bound=False)
    talk("open trust tracker")
    talk(f"my name is {typed(a)}")
    talk(said.format(a=typed(a), b=typed(b)))
    found = logged(session)
    assert [(who, what) for who, what, _ in found] == [(b, kind)]
    if note is not None:
        assert found[0][2].lower() == note.format(a=typed(a)).lower()


@pytest.mark.parametrize(("said", "kind", "note"), REQUESTS)
def test_a_known_voice_stays_its_own_before_a_request(session, couple_talks, said, kind, note):
    talk = couple_talks("May", "Will", bound=True)
    talk("open trust tracker")
    heard = talk(said.format(a="May", b="Will"))
    assert heard.speech.startswith("I know this voice as May") and logged(session) == []


# --- #15: at "Is this Alex or Sam?" ------------------------------------------------------------


@pytest.mark.parametrize(("couple", "said", "name"), phrases.HEARD_DIFFERENTLY + phrases.HEARD_DIFFERENTLY_HELD_OUT)
def test_a_name_heard_a_little_differently(session, couple_talks, couple, said, name):
    talk = couple_talks(*couple, bound=False)
    talk("open trust tracker")
    heard = talk(said)
    if name is None:
        assert heard.open and ("Is this" in heard.speech or "Who's speaking" in heard.speech)
    else:
        assert heard.speech.startswith(f"Hi {name}")


@pytest.mark.parametrize(("couple", "said"), phrases.BOTH_SOUND_ALIKE + phrases.BOTH_SOUND_ALIKE_HELD_OUT)
def test_a_name_both_could_be_is_asked_again_naming_both(session, couple_talks, couple, said):
    talk = couple_talks(*couple, bound=False)
    talk("open trust tracker")
    heard = talk(said)
    assert heard.open and couple[0] in heard.speech and couple[1] in heard.speech
    assert talk(couple[1]).speech.startswith(f"Hi {couple[1]}")


@pytest.mark.parametrize("said", phrases.BOTH_OF_US + phrases.BOTH_OF_US_HELD_OUT)
def test_both_of_us_asks_for_one_name(session, couple_talks, said):
    talk = couple_talks("Dan", "Danielle", bound=False)
    talk("open trust tracker")
    heard = talk(said)
    assert heard.open and SAY("who_one_of_you", names="Dan or Danielle") in heard.speech
    assert talk("Danielle").speech.startswith("Hi Danielle")


@pytest.mark.parametrize(("said", "kind", "note"), phrases.REQUEST_AT_WHO + phrases.REQUEST_AT_WHO_HELD_OUT)
def test_a_request_said_for_a_name_is_kept_and_done_after(session, couple_talks, said, kind, note):
    talk = couple_talks("May", "Will", bound=False)
    talk("open trust tracker")
    heard = talk(said)
    assert heard.open and "May or Will" in heard.speech and logged(session) == []
    talk("Will")
    found = logged(session)
    assert [(who, what) for who, what, _ in found] == [("Will", kind)]
    if note is not None:
        assert found[0][2].lower() == note.lower()


@pytest.mark.parametrize("said", phrases.LEAVING_FIRST + phrases.LEAVING_FIRST_HELD_OUT)
def test_a_way_out_as_a_new_sessions_first_words_ends_it(session, couple_talks, said):
    talk = couple_talks("Dan", "Danielle", bound=False)
    heard = talk(said)
    assert not heard.open and "Is this" not in heard.speech
