"""The voice benchmark's couple, envelopes and floors (infra/benchmark_voice.py and its --profile
and --parts, infra/benchmark_voice_profile.py): the seeded database, Alex's device linked by
pairing code, the four requests of issue 12, the keep forgotten between runs, the bare
ask-sdk-core skill every figure is compared with, and the same skill doing what any request that
logs must do (a session, one row read, one row written, commit)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "infra"))

from sqlalchemy import Column, Integer, MetaData, String, Table, bindparam, delete, insert, select, text  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from trust_tracker.models import voice  # noqa: E402
from trust_tracker.models.db import make_engine, make_sessionmaker, upgrade  # noqa: E402
from trust_tracker.models.entities import ContractItem, LogEntry, LogKind, Partner, VoiceLink  # noqa: E402
from trust_tracker.models.stat_entities import MilestoneLook  # noqa: E402
from trust_tracker.skill.requests import DEFAULT_DEVICE_ID, intent_request  # noqa: E402
from trust_tracker.skill.stand_in import AlexaStandIn  # noqa: E402

USER = "amzn1.ask.account.BENCHMARK"
VOICE = "amzn1.ask.person.BENCHMARK-ALEX"
SECRET_KEY = "benchmark only"  # the served site's, and the key its pairing codes are kept under
CASES: list[tuple[str, str, dict[str, str]]] = [
    ('"I kept my promise to call when late"', "LogKeptIntent", {"commitment": "call when late"}),
    ('"note a moment of reliability: ..."', "LogReliabilityIntent", {"note": "Sam was on time for our talk"}),
    ('"what are this week\'s check-in questions"', "ReadCheckInQuestionsIntent", {}),
    ('"how are we doing"', "ProgressIntent", {}),
]
API_TOKEN = "benchmark-api-token"  # every real request carries one: the reminders' check reads by it


def alexa_apis(port: int) -> AlexaStandIn:
    """The local stand-in for Alexa's Settings and Reminders APIs (skill/stand_in.py), on a
    loopback port: the envelopes carry its address and a token, as a real device's do."""
    return AlexaStandIn(tokens={API_TOKEN: True}, time_zones={DEFAULT_DEVICE_ID: "Europe/Berlin"}, port=port)


def request(intent: str, slots: dict[str, str], apis: AlexaStandIn) -> dict[str, Any]:
    """Alex's request, from Alex's voice on the linked device, with the APIs' address and token."""
    return intent_request(
        intent, slots, user_id=USER, person_id=VOICE, api_endpoint=apis.url, api_access_token=API_TOKEN
    )


def bare_app(work: Callable[[Any], None] = lambda _: None) -> Any:
    """The floor: deserialize, one handler, serialize; Flask and waitress as the project has them.
    `work(handler_input)`: what the handler does before it answers (floor_app's database work)."""
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_core.skill_builder import SkillBuilder
    from ask_sdk_model import RequestEnvelope
    from flask import Flask, jsonify, request

    class SayOneThing(AbstractRequestHandler):
        def can_handle(self, handler_input: Any) -> bool:
            return True

        def handle(self, handler_input: Any) -> Any:
            work(handler_input)
            return handler_input.response_builder.speak("Logged: you kept your promise.").response

    builder = SkillBuilder()
    builder.add_request_handler(SayOneThing())
    skill = builder.create()
    serializer = DefaultSerializer()
    app = Flask("bare")

    @app.post("/alexa")
    def alexa() -> Any:
        envelope = serializer.deserialize(request.get_data(as_text=True), RequestEnvelope)
        return jsonify(serializer.serialize(skill.invoke(request_envelope=envelope, context=None)))

    return app


# The one row floor_app writes a request: a table of the benchmark's own, beside the project's.
FLOOR_ROWS = Table(
    "benchmark_floor",
    MetaData(),
    Column("id", Integer, primary_key=True),
    Column("couple_id", Integer, nullable=False),  # what was read: no row read, nothing written
    Column("said", String(200), nullable=False),
)
_FLOOR_READ = select(VoiceLink.couple_id).where(VoiceLink.alexa_user_id == bindparam("alexa_user_id")).limit(1)


def floor_app(url: str) -> Any:
    """The second floor: the bare skill whose handler does what any request that logs must do, on
    the database at `url` opened as the project opens it (models/db.py): a session, one row read
    (the Alexa account's link, by the request's user), one row written, commit. An account not
    linked there is an error (HTTP 500): a floor that read nothing would not be one."""
    engine = make_engine(url)
    FLOOR_ROWS.create(engine, checkfirst=True)
    sessions = make_sessionmaker(engine)

    def log_one_row(handler_input: Any) -> None:
        user = handler_input.request_envelope.context.system.user.user_id
        with sessions.begin() as session:
            # On the session's connection, as models.db.read reads: the project's listeners of ORM
            # statements would take an unknown table's INSERT for a write that changes every couple.
            connection = session.connection()
            couple = connection.execute(_FLOOR_READ, {"alexa_user_id": user}).scalar()
            connection.execute(insert(FLOOR_ROWS), {"couple_id": couple, "said": "kept"})

    return bare_app(log_one_row)


def spoken(answer: dict[str, Any]) -> str:
    return str(answer.get("response", {}).get("outputSpeech", {}).get("ssml", ""))


def seeded_database(url: str, days: int, now: datetime) -> str:
    """The database at `url` migrated, with the benchmark couple and `days` days of history up to
    `now`, today included (1: the couple began today, with nothing logged yet); its URL."""
    import benchmark_history  # here, not above: the bare skill's server process never imports the project's site

    engine = make_engine(url)
    upgrade(engine)
    benchmark_history.NOW = now  # the seed's history ends today, so "this week" has entries
    benchmark_history.seed(engine, days)
    engine.dispose()
    return url


def postgres_schema(url: str, schema: str) -> str:
    """A fresh schema in the PostgreSQL database at `url`, and the URL that works in it (every
    connection of the server's pool sets its search path), so both couples are there at once."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def link_by_pairing_code(send: Callable[[dict[str, Any]], dict[str, Any]], url: str) -> None:
    """Alex's device linked as a person would: a code from the site, said to the skill by Alex's
    voice (`send` posts an envelope to the project and returns its answer)."""
    engine = make_engine(url)
    with make_sessionmaker(engine, SECRET_KEY).begin() as session:
        alex = session.scalars(select(Partner).where(Partner.email == "alex@example.com")).one()
        code = voice.issue_pairing_code(session, alex)
    engine.dispose()
    answer = send(intent_request("LinkDeviceIntent", {"code": code}, user_id=USER, person_id=VOICE))
    if "Alex" not in spoken(answer):
        raise SystemExit(f"linking failed: {spoken(answer)}")


def forget_todays_keep(url: str) -> Callable[[], None]:
    """Delete Alex's keep or miss of "call when late" since yesterday, so the next keep is logged again."""
    engine = make_engine(url, poolclass=NullPool)  # nothing left open when the benchmark ends
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        alex = session.scalars(select(Partner.id).where(Partner.email == "alex@example.com")).one()
        lineage = session.scalars(
            select(ContractItem.lineage_id).where(ContractItem.short_name == "call when late")
        ).first()

    def forget() -> None:
        # One by one through the ORM: models/stats.py moves the figures with each deletion
        # (and refuses a bulk DELETE, which would leave them behind). The deletion drops the
        # commitment's streak wait (models/milestone_checks.py), which the keep logged again
        # would store again as it was: it is put back, so the keep is measured as most days'
        # keep is, the day after one whose look stored it.
        with sessions.begin() as session:
            streak_waits = MilestoneLook.look.startswith("streak:")
            waits = [
                row._asdict() for row in session.execute(select(*MilestoneLook.__table__.columns).where(streak_waits))
            ]
            for entry in session.scalars(
                select(LogEntry).where(
                    LogEntry.partner_id == alex,
                    LogEntry.lineage_id == lineage,
                    LogEntry.kind.in_((LogKind.KEPT, LogKind.MISSED)),
                    LogEntry.local_date >= (datetime.now(UTC) - timedelta(days=1)).date(),
                )
            ):
                session.delete(entry)
            session.flush()
            session.execute(delete(MilestoneLook).where(streak_waits))
            if waits:
                session.execute(insert(MilestoneLook), waits)

    return forget
