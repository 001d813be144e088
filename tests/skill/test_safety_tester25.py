"""tester-voice25's distress saved or only doubted (on integ 0c64e47; skill/distress_signs_at_home.py):
excuses made "for the bruises at work" and "my partner says I'm worthless and nobody else would ever want
me" (saved as check-in answers after the doubt's "yes"), "the kids hid under the bed again while we were
arguing" (saved at once), a phone "she wouldn't give back for three days" (saved as a moment), a keep made
"otherwise he'd have lost it with me again" (saved as the keep's note after "yes"), the kids kept "safe
from him" and a phone "taken off me again" (doubted). Each with sentences of ours in the same shapes and
everyday twins that share their words, heard with the couple's names and without, and where a person
would say it: as a win, a moment, a check-in answer, the reply to a question, at "Which one?", as a
note on a device not linked. Its two false alarms ("I cut myself some slack", car keys taken "so she
could fill the tank for me") are noted as moments.

LISTS names the sentences of the checks every tester file shares (heard or quiet, said anywhere, at
"which one?", a note not linked), run in test_safety_testers_shared.py."""

from __future__ import annotations

import pytest

from tests.factories import agreed_contract
from tests.skill.checked_lists import CheckedLists
from tests.skill.e2e.harness import conversation_script
from tests.skill.talk import contract, home, skill
from tests.skill.test_safety import alex, envelope, say, speech
from tests.skill.test_safety_tester13 import HELP
from trust_tracker.models.entities import LogEntry

__all__ = ["alex", "contract", "conversation_script", "home", "say", "skill"]  # fixtures

DISTRESS = [
    # The tester's.
    "I keep making excuses for the bruises at work",
    "the kids hid under the bed again while we were arguing",
    "Sam checked my phone because I asked her to, then she wouldn't give it back for three days",
    "I kept my promise to call when late, otherwise he'd have lost it with me again",
    "my partner says I'm worthless and nobody else would ever want me",
    "Sam kept the kids safe from him last night",
    "I didn't call when late because she had taken my phone off me again",
    "my partner calls me worthless",  # said alone: only the soft line
    # Ours, in the same shapes.
    "I'm always covering for the black eye, I made up a story about walking into a door",
    "I made up a story about the marks on my arm so my mum wouldn't ask",
    "my daughter was shaking in her room while he was shouting at me",
    "the boys ran and hid upstairs when he started yelling again",
    "I texted back straight away, or he would have kicked off at me again",
    "I went to bed early or else she would have hit me",
    "he took my car keys off me again so I couldn't go to my sister's",
    "she wouldn't give my passport back until I apologised",
    "my husband keeps telling me I'm nothing without him",
    "he says no one would believe me anyway",
    "I kept the children safe from my husband last night by locking us in the bathroom",
    # Held out: written after the rules, never tuned on.
    "I've got a whole list of excuses for the bruises now",
    "the little ones were terrified while we were screaming at each other",
    "I picked up on the first ring, otherwise she'd have lost it at me again",
    "he grabbed my phone off me again and read everything",
    "she calls me a waste of space in front of the kids",
]
TWINS = [
    "I keep making excuses for the late report at work",
    "I made up a story about the tooth fairy for the kids",
    "the doctor wrote a note about the bruises from my fall",
    "the kids hid under the bed while we were playing hide and seek",
    "the kids hid their presents while we were arguing about the tree",
    "the kids were scared of the thunder while we were watching the film",
    "I remembered the milk, otherwise she would have gone mad with worry",
    "I called ahead, or else she would have waited ages",
    "Sam took my phone off me at dinner, a phone free night we agreed on",
    "my brother borrowed my charger and wouldn't give it back",
    "Sam says I'm useless at parallel parking",
    "Sam says nobody else would ever put up with my singing",
    "we kept the kids safe from the storm in the basement",
    "I kept the dog safe from the fireworks",
    "I cut myself a slice of cake and relaxed",
    "I cut myself a bit of slack this week",
    "I cut myself some slack and took a nap",
    "Sam took my car keys so he could get the car serviced",
]
# The tester's false alarms: the help lines, the moment lost.
LOOKALIKES = [
    "I cut myself some slack this week and rested",
    "Sam took my car keys so she could fill the tank for me",
]
# Real danger in the lookalikes' words stays heard.
STILL_HEARD = [
    "I cut myself again last night",
    "I cut myself some slack and then I cut my wrists",
    "Sam took my car keys so I couldn't leave",
    "he takes my car keys every night",
]


LISTS = CheckedLists(heard=DISTRESS + STILL_HEARD, quiet=TWINS + LOOKALIKES, disclosed=DISTRESS)


@pytest.mark.parametrize(("said", "locale"), list(zip(LOOKALIKES, ["en-GB", "en-CA"], strict=True)))
def test_slack_cut_and_a_tank_filled_are_noted_as_a_moment(say, session, alex, couple, said, locale) -> None:
    agreed_contract(session, *couple)
    noted = speech(say(envelope("LogReliabilityIntent", {"note": said}, locale=locale)))
    assert not noted.startswith(HELP) and "shall I save it?" not in noted
    assert noted.startswith("Noted, a moment of reliability:")
    assert [entry.note for entry in session.query(LogEntry).all()] == [said]
