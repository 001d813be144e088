"""The help answer says only what is true of the entries, and leaves nothing of a person in danger
where the partner reads it (voice32; tester-voice25's 9 and 10, tester-voice26's #11):
- "undo that, if he hears it he'll hurt me": the help lines first, then the undo asked for is done
  (the speaker's own newest entry of the undo window; the partner's never) and said;
- distress said a turn after logging something: "That wasn't saved." (never "That wasn't saved."
  while an entry stays), and the undo's "Shall I remove it?" of that entry, in place of the pause."""

from __future__ import annotations

import pytest

from tests.skill import talk as conversations
from tests.skill.talk import SAM_VOICE, SAY, entries
from trust_tracker.models.entities import LogKind, Source

skill, home, contract = conversations.skill, conversations.home, conversations.contract
__all__ = ["contract", "home", "skill"]  # fixtures

HELP = "If you're in danger, call nine one one."
NOT_SAVED = "That wasn't saved."
REMOVED = "I've removed your last entry, as you asked."
PAUSE = "Would you like a short pause?"
# After the answer to "Shall I remove it?", the help answer's one question (tester-voice48: not two).
CLOSED = "The numbers are on the Trust Tracker website too, under Need help now. Take care."

# Undo words of several shapes, each with distress of another family (threat, self-harm, fear,
# violence told, control).
UNDO_IN_DISTRESS = [
    "undo that, if he hears it he'll hurt me",
    "take that back, he'll hit me if he sees it",
    "delete my last entry because she will kill me if she reads it",
    "scratch that, I'm scared of what he'll do",
    "please undo that he will beat me",
    "remove that, I don't want to be here anymore",
    "undo that he hit me last night",
]
# What the speaker logged just before, and its kind.
LOGGED = {
    "I kept my promise to call when late": LogKind.KEPT,
    "log a moment: Sam made dinner": LogKind.RELIABILITY,
    "I missed my promise to call when late": LogKind.MISSED,
}


def kinds(session) -> list[tuple[LogKind, int]]:
    return [(entry.kind, entry.partner_id) for entry in entries(session)]


@pytest.mark.parametrize("logged", list(LOGGED))
@pytest.mark.parametrize("said", UNDO_IN_DISTRESS)
def test_undo_said_in_distress_removes_the_speakers_own_entry_and_says_so(
    session, home, contract, alex_talks, logged, said
):
    alex, sam = home
    alex_talks(logged)
    alex_talks.voiced(SAM_VOICE, "log a moment: Alex picked me up from work")  # the partner's, newer
    assert kinds(session) == [(LOGGED[logged], alex.id), (LogKind.RELIABILITY, sam.id)]
    heard = alex_talks(said)
    assert heard.speech.startswith("I'm sorry you're going through this.")
    assert heard.speech.index(HELP) < heard.speech.index(REMOVED), heard.speech  # help lines first
    assert NOT_SAVED not in heard.speech and "Nothing was saved" not in heard.speech
    assert heard.open and heard.speech.endswith(PAUSE)
    assert kinds(session) == [(LogKind.RELIABILITY, sam.id)]  # hers gone, his kept


@pytest.mark.parametrize("said", UNDO_IN_DISTRESS[:3])
def test_undo_said_in_distress_never_removes_the_partners_entry(session, home, contract, alex_talks, said):
    _, sam = home
    alex_talks.voiced(SAM_VOICE, "log a moment: Alex picked me up from work")
    heard = alex_talks(said)
    assert HELP in heard.speech and REMOVED not in heard.speech and NOT_SAVED in heard.speech
    assert heard.speech.endswith(PAUSE)  # nothing of hers to offer
    assert kinds(session) == [(LogKind.RELIABILITY, sam.id)]


def test_undo_in_distress_with_nothing_of_hers_to_remove_says_only_what_is_true(session, home, contract, alex_talks):
    heard = alex_talks(UNDO_IN_DISTRESS[0])
    assert HELP in heard.speech and NOT_SAVED in heard.speech and REMOVED not in heard.speech
    assert kinds(session) == []


def missed_then_distress(talk) -> str:
    talk("log a miss for the evening talk")
    return talk("I didn't go because he said if I left the house he'd make me regret it").speech


@pytest.mark.parametrize(
    "reason",
    [
        "I didn't go because he said if I left the house he'd make me regret it",
        "he hit me last night",
        "I don't want to be here anymore",
    ],
)
def test_distress_after_logging_offers_to_remove_what_was_logged(session, home, contract, alex_talks, reason):
    alex, _ = home
    alex_talks("log a miss for the evening talk")
    heard = alex_talks(reason)
    assert heard.speech.startswith("I'm sorry you're going through this.") and HELP in heard.speech
    assert "Nothing was saved" not in heard.speech and NOT_SAVED in heard.speech
    offer = SAY("undo_confirm", what="you missed your evening talk", when=SAY("today"))
    assert heard.speech.endswith(offer) and heard.speech.index(HELP) < heard.speech.index(offer)
    assert PAUSE not in heard.speech  # one question
    assert kinds(session) == [(LogKind.MISSED, alex.id)]  # the reason's words saved nowhere
    assert entries(session)[0].note == ""


def test_a_yes_to_the_offer_removes_it_then_closes_gently_with_no_second_question(session, home, contract, alex_talks):
    missed_then_distress(alex_talks)
    heard = alex_talks("yes")
    assert heard.speech == f"{SAY('undo_done', what='you missed your evening talk')} {CLOSED}" and not heard.open
    assert kinds(session) == []


def test_a_no_to_the_offer_keeps_it(session, home, contract, alex_talks):
    alex, _ = home
    missed_then_distress(alex_talks)
    heard = alex_talks("no")
    assert heard.speech == f"{SAY('undo_kept')} {CLOSED}" and not heard.open
    assert kinds(session) == [(LogKind.MISSED, alex.id)]


def test_something_else_at_the_offer_is_answered_as_itself_and_removes_nothing(session, home, contract, alex_talks):
    alex, _ = home
    missed_then_distress(alex_talks)
    heard = alex_talks("log a moment: Sam made dinner")
    assert "Sam made dinner" in heard.speech or "Sam made you dinner" in heard.speech, heard.speech
    assert kinds(session) == [(LogKind.MISSED, alex.id), (LogKind.RELIABILITY, alex.id)]


def test_distress_again_at_the_offer_gets_help_again_and_removes_nothing(session, home, contract, alex_talks):
    alex, _ = home
    missed_then_distress(alex_talks)
    heard = alex_talks("he hurt me again")  # the offer is not made twice: the pause now
    assert HELP in heard.speech and heard.speech.endswith(PAUSE)
    assert kinds(session) == [(LogKind.MISSED, alex.id)]


def test_the_partners_entry_or_one_made_on_the_site_is_never_offered(session, home, contract, alex_talks):
    alex, sam = home
    alex_talks.voiced(SAM_VOICE, "log a moment: Alex picked me up from work")
    heard = alex_talks("he hit me last night")
    assert NOT_SAVED in heard.speech and heard.speech.endswith(PAUSE)
    alex_talks("no")
    alex_talks("log a moment: Sam made dinner")
    entries(session)[-1].source = Source.WEB  # as if typed on the site
    session.flush()
    assert alex_talks("he hit me last night").speech.endswith(PAUSE)
    assert kinds(session) == [(LogKind.RELIABILITY, sam.id), (LogKind.RELIABILITY, alex.id)]


def test_only_a_miss_whose_reflection_was_under_way_is_offered_in_place_of_the_pause(
    session, home, contract, alex_talks
):
    alex, _ = home
    alex_talks("log a moment: Sam made dinner")
    heard = alex_talks("i am scared of my partner")
    assert HELP in heard.speech and heard.speech.endswith(PAUSE)
    assert kinds(session) == [(LogKind.RELIABILITY, alex.id)]
