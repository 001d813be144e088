"""Distress naming the partner, said alone (tester-voice4 #4): every phrasing of the distress lists
that opens with the partner, said with a couple's own name (tests/skill/said_alone_named.py),
routed by virtual-alexa over each locale's model and answered by the skill on that couple's
linked device. Each must end at the help lines with nothing written.

Measured on 2026-12-03 with this test's phrasings (Python simulator, en-US, every name of the four
couples on every phrasing, 4,188 that the detector hears): 2,002 helped on main (48%): nine fixed
named carriers; 3,364 (80%) with SupportIntent's carriers by shape ("{name} V me {...}" for every blow
or control verb the he/she carriers know, the everyday verbs with the words that make them a threat).
Left: "will's been ..." (a name's "'s" is written into the name, no carrier can hold it), and verbs
whose next word is everyday ("{name} took the car keys", "{name} changed the password")."""

from __future__ import annotations

import pytest

from tests.factories import NOW, make_couple
from tests.skill.e2e.harness import conversation_script, one_shot, opened, route_only, server
from tests.skill.said_alone_named import COUPLES, named
from tests.skill.test_safety import LOCALES, skill, speech
from tests.skill.test_safety_states import stored
from trust_tracker.models import voice
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.endpoint import invoke

__all__ = ["conversation_script", "server", "skill"]  # fixtures

# The share helped in every locale, as last measured (virtual-alexa's routes).
MIN_HELPED = 0.78


@pytest.fixture
def devices(session) -> dict[tuple[str, str], str]:
    """Each couple signed up, its Alexa account linked to the first partner: the account's id."""
    users = {}
    for number, couple in enumerate(COUPLES):
        first, second = make_couple(session, f"First{number}", f"Second{number}")
        first.name, second.name = couple
        user = f"amzn1.ask.account.NAMED-{number}"
        code = voice.issue_pairing_code(session, first, now=NOW)
        voice.link_device(session, code, alexa_user_id=user, person_id=None, now=NOW)
        users[couple] = user
    session.flush()
    return users


@pytest.mark.parametrize("locale", LOCALES)
def test_distress_naming_the_partner_said_alone_ends_at_help(
    conversation_script, skill, session_factory, session, devices, locale
) -> None:
    phrasings = named()
    assert len(phrasings) >= 500
    routed = route_only([said for said, _ in phrasings], locale)
    before = stored(session)
    missed = []
    for (said, couple), turn in zip(phrasings, routed, strict=True):
        if turn["intent"] is None:
            missed.append((said, None))
            continue
        request = alexa.intent_request(turn["intent"], turn["slots"], user_id=devices[couple], locale=locale)
        answer = speech(invoke(skill, session_factory, request, now=NOW))
        if not answer.startswith("I'm sorry you're going through this."):
            missed.append((said, turn["intent"]))
    assert stored(session) == before
    print(f"{locale}: named distress said alone, helped {len(phrasings) - len(missed)}/{len(phrasings)}")
    for said, intent in missed:
        print(f"  not helped: {said!r} -> {intent}")
    assert (len(phrasings) - len(missed)) / len(phrasings) >= MIN_HELPED


# Written after the carriers, never used to build them: the demo couple's Sam as the subject.
HELD_OUT = [
    "sam punched me so hard i blacked out",
    "sam kicked me in the back while i was on the floor",
    "sam threatened to burn my clothes if i go out",
    "sam told me he'd rather die than let me go",
    "sam choked me until i nearly passed out",
    "sam has been hurting herself with a razor",
    "sam would kill me if she saw this",
    "sam squeezed my neck in the car",
    "sam dragged me across the kitchen by my hair",
    "sam shoved me into the door frame",
    "sam elbowed me in the ribs on purpose",
    "sam keeps threatening to leave me with nothing",
    "sam spat at me and called me a whore",
]


@pytest.mark.parametrize("locale", LOCALES)
def test_held_out_named_distress_said_alone_end_to_end(conversation_script, server, locale) -> None:
    url, _, database = server
    with opened(database) as session:
        before = stored(session)
    answered = one_shot(url, HELD_OUT, locale)
    missed = [turn["utterance"] for turn in answered if "going through this" not in (turn["ssml"] or "")]
    # 11 of 13 in every locale: the harness's device is not linked to the demo couple, so "sam" is
    # no known name there, and the detector hears "sam squeezed my neck ..." and "sam spat at me ..."
    # only with the couple's names (both routed to their carriers; both helped on a linked device).
    assert len(missed) <= 2, missed
    with opened(database) as session:
        assert stored(session) == before
