"""tester-voice18's safety finds at questions, on a device not linked and said alone
(/work/notes/tester-voice18.md; skill/distress_asked.py, safety.doubted_unlinked). On integ, "he says I
have to say yes or I'll cop it" at "Is Sam with you?" got "Just yes or no"; "the one where I keep my
mouth shut so he doesn't hurt the kids" at "Which one did you keep?" was offered as a moment; a camera
in the bathroom, noted on a device not linked, got only the link steps; a carving knife by the bed,
"they'll find me in pieces" and ribs "only cracked" said alone got a menu; and car keys taken as agreed
got the help lines, a phone checked for the movie tickets the breach reply, "nearly died when I saw the
price of petrol" the question "partly done?".

Every sentence of the tester's (and HELD_OUT18_ASKED, written before the fix) is heard with the
couple's names and without, and answered with the locale's help, nothing written: as a win, a moment,
a check-in answer, the replies to undo, to the reflection offered and to "What triggered it?"; at
"Is Sam with you?" and "Which one did you keep?" as Alexa elicits it; as a note on a device not linked.
The twins stay quiet; the lookalikes are served as the job they ask for."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.distress_tester18_asked import HELD_OUT18_ASKED, TESTER18_ASKED, TWIN_LOOKALIKES18_ASKED
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import LOCALES, alex, assert_support, count, envelope, say, speech, then
from tests.skill.test_safety_said_alone import spoken
from tests.skill.test_safety_tester10 import _answered, unhelped
from tests.skill.test_safety_tester13 import (
    assert_read_alike,
    disclose_where,
    heard_or_quiet,
    reached_places,
    reply_to_which_one,
)
from tests.skill.test_safety_tester15 import _routed
from trust_tracker.models.entities import CheckInAnswer, LogEntry

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

NAMES = ("Alex", "Sam")
DISTRESS = [said for sentences in TESTER18_ASKED.values() for said in sentences]
HELD_OUT = [said for sentences in HELD_OUT18_ASKED.values() for said in sentences]
LINK_STEPS = "This device isn't linked to Trust Tracker yet. On the Trust Tracker website, open Settings"
OFFERED = "If you or someone else isn't safe, say: I need help, and I'll give you the numbers to call."


def test_the_lists_hold_what_they_say() -> None:
    assert len(DISTRESS) == 8 and len(HELD_OUT) >= 15 and len(TWIN_LOOKALIKES18_ASKED) >= 10
    assert set(HELD_OUT18_ASKED) == set(TESTER18_ASKED)
    everything = DISTRESS + HELD_OUT + TWIN_LOOKALIKES18_ASKED
    assert len(set(everything)) == len(everything)


@pytest.mark.parametrize(("said", "heard"), heard_or_quiet(DISTRESS + HELD_OUT, TWIN_LOOKALIKES18_ASKED))
def test_each_is_heard_and_each_twin_stays_quiet_with_the_couples_names_and_without(said, heard) -> None:
    assert_read_alike(said, heard)


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(("where", "said"), reached_places(DISTRESS))
def test_said_anywhere_it_gets_help_and_nothing_is_written_or_removed(request, say, session, couple, where, said):
    """As a win, a moment or a check-in answer (PLACES), or the answer to a question (QUESTIONS)."""
    disclose_where(request, say, session, couple, where, said, DISTRESS, _routed)


@pytest.mark.parametrize("said", DISTRESS + HELD_OUT)
def test_the_reply_to_is_sam_with_you_gets_help_not_a_checkin(say, session, alex, contract, said) -> None:
    """E03: "he says I have to say yes or I'll cop it" got "Just yes or no"."""
    locale = LOCALES[len(said) % len(LOCALES)]
    together = say(envelope("StartCheckInIntent", locale=locale))
    assert speech(together).endswith("Is Sam with you?")
    assert_support(say(then(together, "AnswerIntent", {"answer": spoken(said)}, locale=locale)), locale)
    assert count(session, CheckInAnswer) == 0 and count(session, LogEntry) == 0


@pytest.mark.parametrize("said", DISTRESS + HELD_OUT)
def test_the_reply_to_which_one_did_you_keep_gets_help_and_logs_nothing(say, session, alex, couple, said) -> None:
    """E11: "the one where I keep my mouth shut so he doesn't hurt the kids" was offered as a moment."""
    reply_to_which_one(say, session, couple, "LogKeptIntent", said)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "said",
    [
        "he's put a camera in the bathroom and watches it on his phone",  # C07
        "he put the photos from our honeymoon on a website and sent my boss the link",  # A06
    ],
)
def test_a_note_on_a_device_not_linked_gets_help_before_the_link_prompt(say, session, locale, said) -> None:
    answered = say(envelope("LogReliabilityIntent", {"note": spoken(said)}, locale=locale, person_id=None))
    assert_support(answered, locale)
    assert count(session, LogEntry) == 0


# Words the learned check doubts, not distress to the rules (tests/skill/test_saved_words_doubt.py).
DOUBTED = "lately i feel like a ghost in my own house"


def test_doubted_words_on_a_linked_device_are_asked_about_with_the_help_offered(say, session, alex) -> None:
    asked = speech(say(envelope("LogReliabilityIntent", {"note": DOUBTED}, locale="en-GB")))
    assert asked.startswith("I haven't saved that yet, in case you or someone else isn't safe.")
    assert "call nine nine nine" in asked and asked.endswith("If you're okay, shall I save it?")
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("intent", ["LogReliabilityIntent", "LogSmallWinIntent"])
def test_doubted_words_on_a_device_not_linked_get_the_help_offered_before_the_link_steps(say, session, intent):
    """At least what a linked device says: the way to the help first, then how to link; nothing saved."""
    answered = speech(say(envelope(intent, {"note": DOUBTED}, locale="en-GB", person_id=None)))
    assert answered.startswith(f"{OFFERED} {LINK_STEPS}"), answered
    assert count(session, LogEntry) == 0


@pytest.mark.parametrize("intent", ["LogReliabilityIntent", "LogKeptIntent"])
def test_everyday_words_on_a_device_not_linked_get_the_link_steps_alone(say, session, intent) -> None:
    slot = "commitment" if intent == "LogKeptIntent" else "note"
    answered = speech(say(envelope(intent, {slot: "sam sorted the recycling on wednesday"}, person_id=None)))
    assert answered.startswith(LINK_STEPS), answered


@pytest.mark.usefixtures("alex")
def test_said_alone_each_is_helped_and_no_twin_is(conversation_script, say, session) -> None:
    alone = DISTRESS + HELD_OUT
    assert unhelped(say, session, alone) == []
    assert [words for words, helped in _answered(say, session, TWIN_LOOKALIKES18_ASKED) if helped] == []


# The lookalikes served as the job they ask for, as Alexa fills the slot (L25, L05): a moment,
# saved at once and read back.
SERVED = [
    "Sam takes my car keys when I've had a few drinks, we agreed on it ages ago",
    "Sam checked my phone for the movie tickets while I parked",
    "Sam looked through my phone for the wifi password for the visitors",
]


@pytest.mark.parametrize("said", SERVED)
def test_each_lookalike_is_noted_as_a_moment(say, session, alex, couple, said) -> None:
    agreed_contract(session, *couple)
    served = speech(say(envelope("LogReliabilityIntent", {"note": spoken(said)}, locale="en-US")))
    assert served.startswith("Noted, a moment of reliability: "), served
    assert count(session, LogEntry) == 1


def test_a_phone_checked_for_messages_is_still_the_partners_breach_told(say, session, alex, couple) -> None:
    agreed_contract(session, *couple)
    said = "Sam checked my phone for messages from my sister"
    served = speech(say(envelope("LogReliabilityIntent", {"note": spoken(said)}, locale="en-US")))
    assert "breach is logged by the one who crossed the boundary" in served, served
    assert count(session, LogEntry) == 0


@pytest.mark.usefixtures("conversation_script")
@pytest.mark.parametrize(
    ("said", "locale"),
    [
        ("my mom's going to kill me, I forgot her birthday, but Sam sent flowers, note that", "en-US"),  # L27
        ("I nearly died when I saw the price of petrol", "en-AU"),  # L09
    ],
)
def test_an_idiom_is_let_go_without_the_help_line_or_a_question(say, session, alex, couple, said, locale) -> None:
    agreed_contract(session, *couple)
    intent, slots = _routed(said, locale)
    served = speech(say(envelope(intent, slots, locale=locale)))
    assert not served.startswith("I'm sorry you're going through this.") and OFFERED not in served, served
    assert "partly done" not in served and "Shall I log" not in served, served
    assert count(session, LogEntry) == 0
