"""A home's Alexa in a test: `Talk` types an utterance the way people say it, through the
simulator's ears and the real skill; the household (Alex and Sam, their voices known, an agreed
contract) as fixtures, and the small readers of what ended up in the database. Shared by the
conversation tests (tests/skill/test_conversations_*.py) and others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.factories import NOW
from trust_tracker.models import checkins, contracts, voice
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Partner, Source, VoiceLink
from trust_tracker.models.private_entities import SetbackReflection
from trust_tracker.models.text import written_from_speech
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Conversation, InteractionModel, Match, Reply
from trust_tracker.skill.speech import for_locale

USER = "amzn1.ask.account.HOME"
ALEX_VOICE, SAM_VOICE = "amzn1.ask.person.ALEX", "amzn1.ask.person.SAM"
QUESTIONS = checkins.DEFAULT_QUESTIONS
# Where a test is about what happens rather than how it is worded, it says it with the skill's phrases.
SAY = for_locale("en-US").say
TODAY = date(2026, 11, 25)
SAY_GOODBYES = for_locale("en-US").options("goodbye")


def as_written(heard: str, names: tuple[str, ...] = ("Alex", "Sam")) -> str:
    """Words said by voice as the skill saves them (models/text.py heard_from): a first capital,
    "I", the couple's names."""
    return written_from_speech(heard, list(names))


@dataclass
class Said:
    """One turn: what Alexa said, and the raw response."""

    speech: str
    reprompt: str
    open: bool
    response: dict[str, Any]


class Talk:
    """A device in the home: each call is one utterance, the session carried between turns."""

    def __init__(
        self,
        skill,
        sessions,
        *,
        person_id: str | None = None,
        locale: str = "en-US",
        screen: bool = False,
        now: datetime = NOW,
    ) -> None:
        self.skill, self.sessions, self.now = skill, sessions, now
        self.model = InteractionModel.load(locale=locale)
        self.conversation = Conversation(user_id=USER, person_id=person_id, locale=locale, with_screen=screen)

    def __call__(self, utterance: str) -> Said:
        match = self.conversation.hear(self.model, utterance)
        assert match is not None, f"Alexa would not understand {utterance!r}"
        return self.send(match)

    def voiced(self, person_id: str | None, utterance: str) -> Said:
        """`utterance` in another voice at the same device (None: one Alexa does not know), as the
        other partner answers their own questions in a check-in together."""
        mine, self.conversation.person_id = self.conversation.person_id, person_id
        try:
            return self(utterance)
        finally:
            self.conversation.person_id = mine

    def send(self, match: Match) -> Said:
        """What Alexa sends when it heard `match` (for slot values no typing produces)."""
        response = invoke(self.skill, self.sessions, self.conversation.request(match, timestamp=self.now), now=self.now)
        self.conversation.update(response)
        reply = Reply.of(response)
        if reply.stays_open:
            assert reply.reprompt, "every question has a reprompt"
        else:
            assert not reply.reprompt, "a statement ends the session without a reprompt"
        return Said(reply.speech, reply.reprompt, reply.stays_open, response)


@pytest.fixture(scope="module")
def skill():
    return build_skill()


@pytest.fixture
def home(session, couple) -> tuple[Partner, Partner]:
    """Alex and Sam; this home's Alexa account linked, and each one's voice known."""
    alex, sam = couple
    for partner, person in ((alex, ALEX_VOICE), (sam, SAM_VOICE)):
        code = voice.issue_pairing_code(session, partner, now=NOW)
        voice.link_device(session, code, alexa_user_id=USER, person_id=person, now=NOW)
    session.flush()
    return alex, sam


@pytest.fixture
def contract(session, home) -> dict[str, int]:
    alex, sam = home
    drafts = [
        contracts.ItemDraft(
            ItemKind.COMMITMENT,
            "Call or text when more than 15 minutes late",
            short_name="call when late",
            hard_day_form="A one-word text is enough",
        ),
        contracts.ItemDraft(
            ItemKind.COMMITMENT,
            "A fifteen-minute evening talk",
            short_name="evening talk",
            hard_day_form="Five minutes, just the highlights",
        ),
        contracts.ItemDraft(ItemKind.COMMITMENT, "An evening walk together", short_name="evening walk"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No contact with the former affair partner"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


@pytest.fixture
def alex_talks(skill, session_factory, home):
    return Talk(skill, session_factory, person_id=ALEX_VOICE)


@pytest.fixture
def shared_talk(session, skill, session_factory, couple, contract):
    """A second Alexa account, linked without voice profiles (Alexa sends no personId)."""
    alex, _ = couple
    code = voice.issue_pairing_code(session, alex, now=NOW)
    voice.link_device(session, code, alexa_user_id="amzn1.ask.account.KITCHEN", person_id=None, now=NOW)
    session.flush()
    talk = Talk(skill, session_factory, person_id=None)
    talk.conversation.user_id = "amzn1.ask.account.KITCHEN"
    return talk


def log_asked(speech: str) -> bool:
    """Whether `speech` is "Shall I log …, then come back to the question? Or, if it was your answer, say: my
    answer.", what a yes logs named or not (skill/intents/checkin_log_asked.py)."""
    return speech.startswith("Shall I log ") and speech.endswith(
        ", then come back to the question? Or, if it was your answer, say: my answer."
    )


def entries(session: Session) -> list[LogEntry]:
    session.expire_all()
    return list(session.scalars(select(LogEntry).order_by(LogEntry.id)))


def reflections(session: Session) -> list[tuple[str | None, str | None]]:
    """Every setback's reflection: what triggered it, what would have prevented it."""
    session.expire_all()
    return [(r.trigger, r.prevention) for r in session.scalars(select(SetbackReflection))]


def count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity))


def add_kept(session: Session, partner: Partner, lineage_id: int | None, days_back: int, n: int = 1) -> None:
    for _ in range(n):
        day = TODAY - timedelta(days=days_back)
        session.add(
            LogEntry(
                couple_id=partner.couple_id,
                partner_id=partner.id,
                kind=LogKind.KEPT,
                lineage_id=lineage_id,
                local_date=day,
                source=Source.WEB,
                created_at=datetime.combine(day, time(12), tzinfo=UTC),
            )
        )
    session.flush()


def links(session: Session) -> dict[str, int]:
    session.expire_all()
    return {link.person_id: link.partner_id for link in session.scalars(select(VoiceLink)) if link.person_id}


@pytest.fixture
def owned_contract(session, home) -> dict[str, int]:
    """A contract where "house jobs" is Sam's own, the rest shared or Alex's."""
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call or text when late", short_name="call when late"),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Be home for dinner", short_name="home for dinner", owner_id=alex.id),
        contracts.ItemDraft(
            ItemKind.COMMITMENT, "Do the house jobs I said I'd do", short_name="house jobs", owner_id=sam.id
        ),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}
