"""tester-voice20's misses integ still had (tests/skill/distress_tester20_more.py): injuries covered
in the heat with a laugh (SAVED as a check-in answer and as a moment), a refuge rung in secret (only
the soft line: SupportIntent's refuge carrier rebuilds "a women's refuge" as "a the refuge", and no
rule heard "please don't let him find out"), sex endured (only the doubt question), a promise kept out
of fear at "which one?", and a camera hidden in the smoke alarm (5.33, under the alarm).

Each is heard by its shape (skill/distress_hidden_shapes.py; skill/distress_shapes.py's
SEX_NOT_WANTED and HELP_IN_SECRET widened): the tester's sentence where and in the locale the tester
said it, then "yes", saves nothing; ours too, as a win, a moment, a check-in answer, at "which one?",
unlinked and said alone. The twins stay quiet and are saved as said.

LISTS names the sentences heard or quiet, a check every tester file shares, run in
test_safety_testers_shared.py; this file's other checks stay here."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.checked_lists import CheckedLists
from tests.skill.distress_tester20_more import HELD_OUT20, TESTER20_MORE, TWIN_LOOKALIKES20_MORE
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import ALEX_VOICE, Talk, contract, home, skill
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_tester10 import PLACES, _answered, disclose_at, unhelped
from trust_tracker.models.entities import CheckInAnswer, LogEntry, SetbackReflection

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

HELP = "I'm sorry you're going through this."
TESTERS = [said for sentences in TESTER20_MORE.values() for said in sentences]
OURS = [said for sentences in HELD_OUT20.values() for said in sentences]
SAID = TESTERS + OURS
QUIET = [said for sentences in TWIN_LOOKALIKES20_MORE.values() for said in sentences]
KEPT_OUT_OF_FEAR = TESTER20_MORE["kept_out_of_fear"] + HELD_OUT20["kept_out_of_fear"]


def test_the_lists_hold_what_they_say() -> None:
    assert set(TESTER20_MORE) == set(HELD_OUT20) == set(TWIN_LOOKALIKES20_MORE) and len(TESTERS) == 5
    assert all(len(said) >= 8 for said in HELD_OUT20.values())
    assert all(len(said) >= 6 for said in TWIN_LOOKALIKES20_MORE.values())
    assert len(set(SAID + QUIET)) == len(SAID + QUIET)


LISTS = CheckedLists(heard=SAID, quiet=QUIET, disclosed=[])


# Where the tester said each, in its locale, as the simulator hears it; then "yes" (to the pause).
WHERE_THE_TESTER_SAID_IT = [
    ("en-AU", ["let's do our check-in", "just me", "ha, guess I'll be wearing long sleeves all summer again"]),
    ("en-AU", ["ha, guess I'll be wearing long sleeves all summer again, log it"]),
    ("en-GB", ["note that I rang a women's refuge today while he was at work, please don't let him find out"]),
    ("en-IN", ["note that I just lie there and wait for it to be over because saying no makes it worse"]),
    ("en-US", ["I kept my promise", TESTER20_MORE["kept_out_of_fear"][0]]),
    ("en-GB", ["note that I found a tiny camera hidden in the smoke alarm"]),
]


@pytest.mark.parametrize(
    ("locale", "turns"), WHERE_THE_TESTER_SAID_IT, ids=lambda v: v[-1][:40] if isinstance(v, list) else v
)
def test_where_the_tester_said_it_help_comes_and_yes_saves_nothing(
    skill, session_factory, session, contract, locale, turns
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)
    *before, said = turns
    for turn in before:
        assert not talk(turn).speech.startswith(HELP), turn
    helped = talk(said).speech
    assert helped.startswith(HELP) and "That wasn't saved." in helped, helped
    talk("yes")
    assert (count(session, LogEntry), count(session, CheckInAnswer)) == (0, 0)


def test_the_refuge_through_supportintents_carrier_gets_help_not_the_soft_line(say, alex, session) -> None:
    """The slots the tester's en-GB model filled: "note that I rang a" {women's refuge} "today …"."""
    slots = {
        "before_the_refuge": "note that i rang a",
        "after_the_refuge": "today while he was at work please don't let him find out",
    }
    assert_support(say(envelope("SupportIntent", slots, locale="en-GB")), "en-GB")
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("place", PLACES, ids=[name for name, _, _ in PLACES])
@pytest.mark.parametrize("said", SAID)
def test_as_a_win_a_moment_or_an_answer_each_gets_help_and_nothing_is_saved(say, session, couple, place, said):
    disclose_at(say, session, couple, place, SAID.index(said), said)
    assert count(session, SetbackReflection) == 0


@pytest.mark.parametrize("said", KEPT_OUT_OF_FEAR)
def test_a_keep_said_with_fear_of_the_partner_at_which_one_gets_help_and_logs_nothing(say, session, alex, couple, said):
    agreed_contract(session, *couple)
    locale = LOCALES[KEPT_OUT_OF_FEAR.index(said) % len(LOCALES)]
    asked = say(envelope("LogKeptIntent", locale=locale))
    assert "Which one" in speech(asked)
    assert_support(say(then(asked, "LogKeptIntent", {"commitment": spoken(said)}, locale=locale)), locale)
    assert count(session, LogEntry) == 0


# Not the shared note check: here a sentence's place in SAID picks the locale, not its length.
@pytest.mark.parametrize("said", SAID)
def test_a_note_on_a_device_not_linked_gets_help_and_saves_nothing(say, session, said) -> None:
    locale = LOCALES[SAID.index(said) % len(LOCALES)]
    answered = say(envelope("LogReliabilityIntent", {"note": spoken(said)}, locale=locale, person_id=None))
    assert_support(answered, locale)
    assert count(session, LogEntry) == 0


# Said alone, Alexa's fallback takes these: a "long sleeves" carrier brought "long sleeves in this
# heat again because the mosquitoes are eating me alive" to the safety check too (nlu7). Each is heard
# wherever its words reach the skill.
FALLBACK_ALONE = [
    "ha, guess I'll be wearing long sleeves all summer again",
    "long sleeves in this heat again, what a laugh",
    "guess I'm the one in long sleeves at the barbie all summer again",
]


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    assert set(FALLBACK_ALONE) <= set(SAID)
    assert unhelped(say, session, [said for said in SAID if said not in FALLBACK_ALONE]) == []
    assert [words for words, helped in _answered(say, session, QUIET) if helped] == []


# The twins the learned check's doubt band asks about first (README "I haven't saved that yet"): saved
# after "yes", as any doubted words are; never helped.
DOUBTED = {
    "long sleeves in this heat again because the mosquitoes are eating me alive",
    "the evening talk, because I'm scared of what she'll think if I forget",
}  # "I called the helpline for my broadband …" is saved without a doubt since the retrain after voice36
DOUBT = "I haven't saved that yet"


def _saved_after_any_doubt(say, said: str, answered: dict) -> str:
    """What the skill said once `said` was answered, "yes" given to the doubt question if it was asked."""
    spoken_back = speech(answered)
    assert not spoken_back.startswith(HELP), spoken_back
    if said not in DOUBTED:
        return spoken_back
    assert spoken_back.startswith(DOUBT), spoken_back
    return speech(say(then(answered, "AMAZON.YesIntent")))


@pytest.mark.parametrize("said", QUIET)
def test_a_twin_noted_as_a_moment_is_saved_as_said(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    noted = _saved_after_any_doubt(say, said, say(envelope("LogReliabilityIntent", {"note": said})))
    # A twin that names a promise is logged as that promise kept.
    assert noted.startswith(("Noted, a moment of reliability", "Logged: you kept")), noted
    assert count(session, LogEntry) == 1


@pytest.mark.parametrize("said", QUIET[::2])
def test_a_twin_said_as_a_checkin_answer_is_saved(say, session, alex, said) -> None:
    question = say(then(say(envelope("StartCheckInIntent")), "AMAZON.NoIntent"))
    _saved_after_any_doubt(say, said, say(then(question, "AnswerIntent", {"answer": said})))
    assert count(session, CheckInAnswer) == 1
