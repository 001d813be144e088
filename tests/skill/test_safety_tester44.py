"""tester-voice44's (2026-12-06, on lead11c): "might as well just end it" and "he just walked in, I'm scared", said
alone, matched no intent (SupportIntent samples now: the end said without "I", and "{...} I'm scared"); "I might as
well give up, he'll never forgive me" was saved as a reflection (with "she'll" only doubted): giving up, the partner's
forgiveness said never to come, is heard (skill/distress_despair.py). And false alarms: "he didn't call when he was
late", "my husband forgot the evening talk", "I'm going to keep the evening talk tomorrow" got "If you or someone else
isn't safe, say: I need help": carrier words that name one of the couple's promises are their log, answered as said
alone (skill/carrier_promise.py).

LISTS names the sentences of the checks every tester file shares, run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.skill.checked_lists import CheckedLists
from tests.skill.talk import SAY, Talk, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models.checkin_entities import CheckInAnswer
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.help_words import WORDING
from trust_tracker.skill.simulator import Match

DISTRESS = [
    "might as well just end it",
    "might as well end it now",
    "honestly might as well just end it",
    "I might as well give up, he'll never forgive me",
    "I might as well give up, she'll never forgive me",
    "might as well stop trying, my husband is never going to trust me",
    "I should just give up, she'll never trust me again",
    "I might as well quit, he never believes me",
    "she's just got home, I'm terrified",
    "he's pulled into the drive, I'm scared",
    # tester-voice45, on the merge: the same despair said plainly or the other way round.
    "I give up, he'll never forgive me",
    "she'll never forgive me so I might as well give up",
    "he's never going to forgive me, what's the point",
    "my wife will never trust me again, there's no point any more",
]
TWINS = [
    "might as well just end the call",
    "we might as well just end it here",
    "I might as well give up on this diet",
    "might as well give up on the crossword, he never lets me win",
    "I might as well quit my job, my boss will never trust me",
    "that film was so creepy, I'm scared",
    "the exam is tomorrow, I'm scared",
    "he didn't call when he was late",
    "my husband forgot the evening talk",
    "I'm going to keep the evening talk tomorrow",
    "I give up on this crossword",
    "I quit smoking, she'll never believe me",
    "she'll never forgive me if I miss the match, no point going",
    "I'm so glad I didn't miss the walk",
]
# Said alone at a question, no carrier of any locale brings these to the skill: Alexa's fallback takes them there.
UNREACHED = ("might as well stop trying, my husband is never going to trust me",)

LISTS = CheckedLists(heard=DISTRESS, quiet=TWINS, disclosed=DISTRESS, unreached=UNREACHED)

UNSURE = WORDING["en-US"]["unsure"]


@pytest.mark.parametrize(
    "typed", ["he h\u034furts me", "he h\ufe00urts me", "she sla\u17b4pped me", "i want to k\u3164ill myself"]
)
def test_a_default_ignorable_mark_or_letter_inside_a_word_hides_nothing(typed) -> None:
    """tester-web46: the grapheme joiner, a variation selector, Khmer's inherent vowel or a Hangul filler, typed on the
    site inside a word, hid it (saved as a moment, no help); Alexa's speech recognition never sends them, so they are
    read here and through the site's forms (tests/web/test_site_distress_sideways.py)."""
    assert is_distress(typed) and is_distress(typed, ("Sam", "Alex"))


@pytest.mark.parametrize(
    "said",
    [
        "he didn't call when he was late",
        "she didn't call when she was running late",
        "my husband forgot the evening talk",
        "my wife missed the evening walk again",
    ],
)
def test_the_partners_lapse_told_is_theirs_to_log_never_the_crisis_hint(session, alex_talks, contract, said) -> None:
    answer = alex_talks(said)
    assert answer.speech == SAY("partners_own_log", name="Sam") and not answer.open
    assert entries(session) == []


@pytest.mark.parametrize(
    "said", ["I'm going to keep the evening talk tomorrow", "I'm going to do the evening walk tomorrow night"]
)
def test_a_promise_to_come_is_not_logged_and_gets_no_crisis_hint(session, alex_talks, contract, said) -> None:
    answer = alex_talks(said)
    assert UNSURE not in answer.speech and "I can only log what has happened" in answer.speech
    assert entries(session) == []


def test_words_naming_no_promise_still_get_the_hint(session, alex_talks, contract) -> None:
    answer = alex_talks("I'm going to the shops")
    assert answer.speech == UNSURE and answer.open
    assert entries(session) == []


def test_on_a_device_not_linked_the_link_steps(session, skill, session_factory, contract) -> None:
    """No promise can be read there: the partner's lapse told is answered as a log said plainly is."""
    talk = Talk(skill, session_factory)
    talk.conversation.user_id = "amzn1.ask.account.ANOTHER-HOME"  # no couple to read the promises of
    assert talk("he didn't call when he was late").speech == SAY("not_linked")
    assert entries(session) == []


def test_on_a_shared_device_who_is_asked_first(session, skill, session_factory, contract) -> None:
    talk = Talk(skill, session_factory)  # linked, the voice not known: whose log is asked, nothing written
    answer = talk("my husband forgot the evening talk")
    assert UNSURE not in answer.speech and answer.open
    assert entries(session) == []


def test_in_a_check_in_the_partners_lapse_carried_is_the_answer(session, alex_talks, contract) -> None:
    """Alexa may pick the carrier over the answer it elicits: the words are the answer, nothing logged."""
    alex_talks("start our check in")
    asked = alex_talks("no")
    answer = alex_talks.send(Match("SupportIntent", {"after_he_did_not": "call when he was late"}))
    assert UNSURE not in answer.speech and answer.open and answer.speech != asked.speech
    assert [a.answer for a in session.query(CheckInAnswer)] == ["He did not call when he was late"]
    assert entries(session) == []


@pytest.mark.parametrize("said", ["it's not a hard day anymore", "I'm not having a bad day any more"])
def test_the_hard_day_said_not_to_be_is_taken_back_never_the_crisis_hint(session, alex_talks, contract, said) -> None:
    """Heard through "it is not {...}" and "i am not {...}": today's hard day taken back, as "cancel my hard day"."""
    alex_talks("I'm having a hard day")
    assert [e.kind.value for e in entries(session)] == ["hard_day"]
    answer = alex_talks(said)
    assert UNSURE not in answer.speech and "taken back today's hard day" in answer.speech
    assert entries(session) == []
    again = alex_talks(said)  # none left: said plainly, never "Shall I log a hard day?"
    assert "nothing to cancel" in again.speech and not again.open


@pytest.mark.parametrize(
    "said",
    [
        "I'm such a failure, I missed the evening talk yesterday",
        "I'm really sorry, I didn't do the evening talk yesterday",
        "I'm so useless, I forgot to call when I was late yesterday",
        "I feel so bad, I skipped the evening walk yesterday",
    ],
)
def test_sorrow_first_then_the_miss_is_a_miss_never_a_keep(session, alex_talks, contract, said) -> None:
    """tester-voice45 D1: through "i am so/such {...}", these were logged as kept, one even celebrated."""
    answer = alex_talks(said)
    assert "kept" not in answer.speech.lower(), answer.speech
    if answer.open:  # asked first ("Was it your …?", "Shall I log …?"): a yes logs the miss
        answer = alex_talks("yes")
    assert [e.kind.value for e in entries(session)] == ["missed"], answer.speech


def test_a_hard_day_said_not_to_have_been_is_taken_back(session, alex_talks, contract) -> None:
    alex_talks("I'm having a hard day")
    answer = alex_talks("I wasn't having a hard day today after all")
    assert "taken back today's hard day" in answer.speech and entries(session) == []
