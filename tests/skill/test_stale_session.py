"""Stale session attributes (issue 8): what the session remembers may be out of date by the time
the answer comes (an entry removed on the site, a contract changed, a setback gone) or come from
an older version of the skill. Each gets a clear sentence or the question again; nothing is
half-written and nothing fails."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from tests.factories import NOW
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, Talk, alex_talks, contract, entries, home, skill
from trust_tracker.models import checkins, contracts, disputes, tracking
from trust_tracker.models.entities import (
    CheckInAnswer,
    ContractVersion,
    ItemKind,
    LogEntry,
    LogKind,
    Setback,
    Source,
)
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Match, Reply

__all__ = ["alex_talks", "contract", "home", "skill"]  # fixtures, shared with the conversation tests

USER = "amzn1.ask.account.TEST-HOUSEHOLD"
APOLOGY = SAY("sorry")  # the exception handler's line: never heard for a stale session


def rows(session) -> tuple[int, ...]:
    session.expire_all()
    return tuple(
        len(session.scalars(select(kind)).all()) for kind in (LogEntry, CheckInAnswer, Setback, SetbackReflection)
    )


def replace_contract(session, home) -> None:
    """A new version agreed on the site: the old commitments gone, one new one."""
    alex, sam = home
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, "Cook on Sundays", short_name="sunday dinner")]
    version = contracts.propose_version(session, alex, drafts, now=NOW)
    contracts.agree_version(session, sam, version.id, now=NOW)
    session.flush()


# --- out of date -----------------------------------------------------------------------------


def test_which_one_after_the_commitments_were_changed_on_the_site(session, home, contract, alex_talks) -> None:
    asked = alex_talks("I kept my promise to the dishes")
    assert asked.open and "Was it" in asked.speech
    replace_contract(session, home)
    said = alex_talks("the first one")
    assert said.speech == SAY("which_one_changed_kept", options="sunday dinner") and said.open
    assert entries(session) == []
    logged = alex_talks("sunday dinner")
    assert logged.speech.startswith("Logged: you kept")
    assert [e.lineage_id for e in entries(session)] != [None]


def test_undo_of_an_entry_removed_on_the_site_meanwhile(session, home, contract, alex_talks) -> None:
    alex, _ = home
    alex_talks("I had a small win we cooked together")
    asked = alex_talks("undo that")
    assert asked.open
    (entry,) = entries(session)
    disputes.remove_entry(session, alex, entry.id, NOW)
    session.flush()
    said = alex_talks("yes")
    assert said.speech == SAY("undo_gone") and not said.open
    assert entries(session) == []


def test_not_me_of_an_entry_removed_meanwhile(session, home, contract, skill, session_factory) -> None:
    _, sam = home
    claimed = tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.VOICE, note="x", now=NOW)
    session.flush()
    sam_talks = Talk(skill, session_factory, person_id=SAM_VOICE)
    assert sam_talks("that wasn't me").open
    disputes.remove_entry(session, sam, claimed.id, NOW)
    session.flush()
    said = sam_talks("yes")
    assert said.speech == SAY("not_me_gone") and not said.open


def test_reflecting_on_a_miss_removed_on_the_site_meanwhile(session, home, contract, alex_talks) -> None:
    alex, _ = home
    alex_talks("I missed my promise to call when late")
    (entry,) = entries(session)
    disputes.remove_entry(session, alex, entry.id, NOW)
    session.flush()
    said = alex_talks("yes")  # "would you like to reflect?"
    assert said.speech == SAY("setback_gone") and not said.open
    assert rows(session) == (0, 0, 0, 0)


def test_a_reflection_answer_after_its_miss_was_removed(session, home, contract, alex_talks) -> None:
    alex, _ = home
    alex_talks("I missed my promise to call when late")
    assert alex_talks("yes").speech == SAY("reflect_trigger")
    (entry,) = entries(session)
    disputes.remove_entry(session, alex, entry.id, NOW)
    session.flush()
    said = alex_talks.send(Match("AnswerIntent", {"answer": "my phone died"}))
    assert said.speech == SAY("setback_gone") and not said.open
    assert rows(session) == (0, 0, 0, 0)


def test_proposing_a_change_after_the_miss_was_removed(session, home, contract, alex_talks) -> None:
    alex, _ = home
    alex_talks("I missed my promise to call when late")
    alex_talks("yes")
    alex_talks.send(Match("AnswerIntent", {"answer": "my phone died"}))
    asked = alex_talks.send(Match("AnswerIntent", {"answer": "a charger in the car"}))
    assert asked.speech.endswith(SAY("offer_change"))
    (entry,) = entries(session)
    disputes.remove_entry(session, alex, entry.id, NOW)
    session.flush()
    versions = len(session.scalars(select(ContractVersion)).all())
    said = alex_talks("yes")
    assert said.speech == SAY("setback_gone") and not said.open
    assert len(session.scalars(select(ContractVersion)).all()) == versions


def test_seen_thank_you_after_the_partners_entries_were_removed(session, home, contract, skill, session_factory):
    _, sam = home
    logged = tracking.log_entry(session, sam, LogKind.SMALL_WIN, source=Source.VOICE, note="we danced", now=NOW)
    session.flush()
    alex_talks = Talk(skill, session_factory, person_id=ALEX_VOICE)
    asked = alex_talks("what did Sam log")
    assert asked.open and "We danced" in asked.speech
    disputes.remove_entry(session, sam, logged.id, NOW)
    session.flush()
    said = alex_talks("yes")
    assert not said.open and APOLOGY not in said.speech
    assert entries(session) == []


# --- from an older version of the skill, or forged ------------------------------------------------

OLD = [
    {"flow": "checkin"},
    {"flow": {"name": "checkin", "step": "question", "index": 2}},
    {"flow": {"name": "checkin", "partner": 999_999, "position": 0, "question": "What went well?"}},
    {"flow": {"name": "checkin", "partner": "1", "position": "1", "question": 5, "order": "1,2"}},
    {"flow": {"name": "checkin", "position": 0, "question": "What went well?", "previous": [[1, "x", None], "y"]}},
    {"flow": {"name": "setback", "step": "trigger", "setback": 999_999, "partner": 1}},
    {"flow": {"name": "setback", "step": "propose?", "setback": 999_999}},
    {"flow": {"name": "setback", "step": "reflect?", "entry": 999_999}},
    {"flow": {"name": "undo", "step": "remove?", "entry": 999_999}},
    {"flow": {"name": "undo", "step": "remove?", "entry": True}},
    {"flow": {"name": "reflection", "step": 3}},
    {"flow": {"name": "news", "step": "seen?", "partner": 1, "entries": [999_999, "x"]}},
    {"pending_log": {"kind": "kept", "ids": [999_999], "tries": 1, "said": "the dishes"}},
    {"pending_log": {"kind": "done", "ids": "1,2", "tries": "one"}},
    {"pending_log": ["old", "list"]},
    {"pending_request": {"name": "LogPromiseIntent", "slots": {"promise": "call"}}},
    {"pending_request": {"name": "LogKeptIntent", "slots": ["call"], "tries": "x"}},
    {"last_question": "What went well?", "flow": {"name": "checkin"}},
    {"last_question": {"reprompt": 5, "elicit": ["AnswerIntent"], "misses": "2"}, "pending_log": {}},
    {"said_last": {"checkin_thanks": 99, "goodbye": "x"}},
    {"said_last": [1, 2], "fallbacks": "many"},
    {"speaker": "alex", "speaker_voice": 5},
    {"speaker": 999_999, "speaker_voice": None},
]
NEXT = [
    Match("AnswerIntent", {"answer": "it was a good week"}),
    Match("AMAZON.YesIntent", {}),
    Match("AMAZON.NoIntent", {}),
    Match("AMAZON.NextIntent", {}),
    Match("AMAZON.PreviousIntent", {}),
    Match("AMAZON.RepeatIntent", {}),
    Match("AMAZON.HelpIntent", {}),
    Match("AMAZON.FallbackIntent", {}),
    Match("IdentifySpeakerIntent", {"name": "Alex"}),
    Match("LogKeptIntent", {"commitment": "the first one"}),
]


def _send(skill, session_factory, attributes: dict[str, Any], match: Match) -> Reply:
    request = alexa.intent_request(
        match.intent, match.slots, user_id=USER, person_id=ALEX_VOICE, attributes=attributes, new_session=False
    )
    return Reply.of(invoke(skill, session_factory, request, now=NOW))


@pytest.mark.parametrize("attributes", OLD, ids=[str(i) for i in range(len(OLD))])
@pytest.mark.parametrize("match", NEXT, ids=[m.intent for m in NEXT])
def test_attributes_of_an_older_version_never_fail_or_half_write(
    session, home, contract, skill, session_factory, attributes, match
) -> None:
    before = rows(session)
    reply = _send(skill, session_factory, attributes, match)
    assert reply.speech and APOLOGY not in reply.speech
    if reply.stays_open:
        assert reply.reprompt
    after = rows(session)
    # Only a plain log may write, and only one whole entry: never an answer or a reflection.
    assert after[1:] == before[1:]
    assert after[0] - before[0] in (0, 1)
    if after[0] > before[0]:
        assert match.intent == "LogKeptIntent" or match.intent == "IdentifySpeakerIntent"


def test_a_checkin_question_removed_on_the_site_meanwhile(session, home, contract, alex_talks) -> None:
    alex, _ = home
    alex_talks("start our check-in")
    asked = alex_talks("no")
    assert asked.speech.startswith("Question 1:")
    checkins.edit_questions(session, alex, ["How did we listen this week?"], now=NOW)
    session.flush()
    said = alex_talks.send(Match("AnswerIntent", {"answer": "it was a good week"}))
    assert said.speech.startswith(SAY("checkin_changed")) and "How did we listen this week?" in said.speech
    assert said.open and rows(session)[1] == 0
    alex_talks.send(Match("AnswerIntent", {"answer": "better than before"}))
    session.expire_all()
    answers = session.scalars(select(CheckInAnswer)).all()
    assert [(a.question, a.answer) for a in answers] == [("How did we listen this week?", "Better than before")]
