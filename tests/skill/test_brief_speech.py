"""Nothing the skill says lasts more than 30 s (issue 8: 150 words a minute, so 75 words),
whatever the couple has stored: every intent, driven over a couple with the longest notes,
commitments and hard-day forms the site accepts and many entries. Only the contract, read
on request, may run longer."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.conftest import NOW
from tests.factories import agreed_contract, make_entry
from tests.skill.test_safety import ALEX_VOICE, USER, alex, envelope, say, skill, speech, then
from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogKind
from trust_tracker.skill import requests as alexa

__all__ = ["alex", "say", "skill"]  # fixtures, shared with test_safety.py

MOST_WORDS = 75  # 30 s at 150 words a minute
# Sentences, as people write them on the site, up to each field's limit.
SENTENCE = "When I am running late I will borrow a phone or ask a friend to text, so nobody waits and worries. "
NOTE = (SENTENCE * 10)[:990]
ITEM = (SENTENCE * 5)[:500]
FORM = (SENTENCE * 3)[:230]
# Every intent of the model, said once in a session of its own; its slots as people fill them.
INTENTS: list[tuple[str, dict[str, str | None]]] = [
    ("AMAZON.HelpIntent", {}),
    ("AMAZON.FallbackIntent", {}),
    ("AMAZON.RepeatIntent", {}),
    ("AMAZON.YesIntent", {}),
    ("AMAZON.NoIntent", {}),
    ("AMAZON.NextIntent", {}),
    ("AMAZON.PreviousIntent", {}),
    ("AMAZON.StopIntent", {}),
    ("ProgressIntent", {}),
    ("CelebrateIntent", {}),
    ("ReadBoundariesIntent", {}),
    ("ReadCheckInQuestionsIntent", {}),
    ("PartnerNewsIntent", {"partner": "Sam"}),
    ("LogKeptIntent", {"commitment": ITEM[:190]}),
    ("LogKeptIntent", {"commitment": "the phone one"}),
    ("LogMissedIntent", {"commitment": ITEM[:190]}),
    ("LogReliabilityIntent", {"note": NOTE}),
    ("LogSmallWinIntent", {"note": NOTE}),
    ("LogBreachIntent", {"note": NOTE}),
    ("AcknowledgeIntent", {"partner": "Sam"}),
    ("HardDayIntent", {}),
    ("IdentifySpeakerIntent", {"name": "Alex"}),
    ("LinkDeviceIntent", {"code": "123456"}),
    ("AnswerIntent", {"answer": NOTE}),
    ("StartCheckInIntent", {}),
    ("UndoIntent", {}),
    ("NotMeIntent", {}),
    ("TakeAPauseIntent", {}),
    ("SupportIntent", {}),
    ("RemindCheckInIntent", {}),
    ("TouchBaseLaterIntent", {}),
    ("StopRemindersIntent", {}),
]


@pytest.fixture
def crowded(session, couple, alex):
    """A contract at its longest, everything due daily with a hard-day form, and Sam's log full."""
    one, two = couple
    drafts = [
        ItemDraft(ItemKind.COMMITMENT, f"{n}. {ITEM}"[:500], owner_id=one.id, hard_day_form=FORM, consequence=ITEM)
        for n in range(12)
    ]
    drafts += [ItemDraft(ItemKind.BOUNDARY, f"{n}. {ITEM}"[:500], consequence=ITEM) for n in range(6)]
    version = contracts.propose_version(session, one, drafts, note=NOTE, now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)
    items = [i for i in version.items if i.kind == ItemKind.COMMITMENT]
    for back in range(1, 6):
        day = NOW.date() - timedelta(days=back)
        for n, kind in enumerate((LogKind.KEPT, LogKind.MISSED, LogKind.RELIABILITY, LogKind.SMALL_WIN)):
            make_entry(session, two, kind, day, items[n] if kind in (LogKind.KEPT, LogKind.MISSED) else None, note=NOTE)
            make_entry(
                session, one, kind, day, items[n + 4] if kind in (LogKind.KEPT, LogKind.MISSED) else None, note=NOTE
            )
    session.flush()
    return alex


def words(result) -> int:
    return len(speech(result).split())


def test_the_launch_and_every_intent_stay_within_thirty_seconds(say, crowded) -> None:
    heard = {"LaunchRequest": speech(say(alexa.launch_request(user_id=USER, person_id=ALEX_VOICE)))}
    for intent, slots in INTENTS:
        result = say(envelope(intent, slots))
        heard[f"{intent} {slots}"[:80]] = speech(result)
    too_long = [
        f"{len(said.split())} words, {what}: {said}" for what, said in heard.items() if len(said.split()) > MOST_WORDS
    ]
    assert too_long == [], "\n".join(too_long)


def test_a_returning_launch_with_a_checkin_half_done_is_two_short_sentences(say, session, couple, alex) -> None:
    agreed_contract(session, *couple)
    say(alexa.launch_request(user_id=USER, person_id=ALEX_VOICE))  # the longer welcome, once
    asked = say(envelope("StartCheckInIntent"))
    asked = say(then(asked, "AMAZON.NoIntent"))  # Sam isn't here
    asked = say(then(asked, "AnswerIntent", {"answer": "our evening talks"}))
    say(then(asked, "AMAZON.StopIntent"))
    said = speech(say(alexa.launch_request(user_id=USER, person_id=ALEX_VOICE), now=NOW + timedelta(hours=2)))
    assert "check-in is half done" in said and "carry on with our check-in" in said
    assert len(said.split()) <= 20 and len(re.findall(r"[.?!](?:\s|$)", said)) == 2, said
