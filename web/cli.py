"""The `trust-tracker` command: serve the site and skill, manage the database, try the skill by typing.

Expected problems (no schema, unknown email, an utterance nothing matches, a port in
use) end in a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
from pathlib import Path
from typing import Any

import click
import waitress
from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from ask_sdk_core.skill import CustomSkill
from flask import Flask, url_for
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.models import accounts, demo, stats, voice
from trust_tracker.models.db import alembic_config, upgrade
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import DomainError
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.requests import DEFAULT_SKILL_ID
from trust_tracker.skill.simulator import (
    Conversation,
    InteractionModel,
    Match,
    Reply,
    local_person_id,
    local_user_id,
)
from trust_tracker.skill.typed_words import UNITS
from trust_tracker.web import alexa_warnings, create_app
from trust_tracker.web.config import ConfigError
from trust_tracker.web.db import EXTENSION

LOOPBACK = "127.0.0.1"
DEV_WARNING = """\
************************************************************************
*  DEVELOPMENT MODE: Alexa request verification is OFF.               *
*  Anyone who can reach this server can speak as any linked device.   *
*  Never expose this server. It listens on loopback only.             *
************************************************************************"""
_DIGIT_WORDS = {str(value): word for word, value in UNITS.items() if word != "oh"}


@click.group()
def main() -> None:
    """Trust Tracker: the companion site, the Alexa skill endpoint and local tools."""


@main.command()
@click.option("--host", default=LOOPBACK, show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=5000, show_default=True, help="Port to listen on.")
@click.option("--dev", is_flag=True, help="Development mode: no Alexa request verification, loopback only.")
def serve(host: str, port: int, dev: bool) -> None:
    """Serve the site and the Alexa endpoint (/alexa) with waitress."""
    if dev and not _is_loopback(host):
        raise click.UsageError(
            f"--dev serves without request verification, so it listens on loopback only, not {host}. "
            "Drop --host, or drop --dev."
        )
    app = _app(DEV_MODE=True, ALEXA_VERIFY=False) if dev else _app()
    if not app.config["ALEXA_VERIFY"] and not _is_loopback(host):
        # The same rule as --dev, however verification was turned off (/alexa enforces it too).
        raise click.UsageError(
            f"TRUST_TRACKER_ALEXA_VERIFY=false serves without request verification, so it listens on "
            f"loopback only, not {host}. Drop --host, or turn verification on."
        )
    _require_schema(_engine(app))
    if dev:
        click.echo(DEV_WARNING, err=True)
    else:
        for warning in alexa_warnings(app):
            click.echo(f"WARNING: {warning}", err=True)
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    click.echo(f"Trust Tracker on {url}/ (Alexa endpoint: {url}/alexa). Press Ctrl+C to stop.")
    try:
        waitress.serve(
            app,
            host=host,
            port=port,
            # A TLS proxy on this machine (infra/Caddyfile) tells us the public scheme and
            # host, so links such as the partner invitation are right; no one else may.
            trusted_proxy="127.0.0.1",
            trusted_proxy_headers={"x-forwarded-proto", "x-forwarded-host", "x-forwarded-for"},
            clear_untrusted_proxy_headers=True,
        )
    except OSError as error:
        raise click.ClickException(f"Cannot listen on {host}:{port}: {error.strerror or error}.") from error


@main.group()
def db() -> None:
    """The database schema."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations up to the latest revision."""
    engine = _engine(_app())
    if path := _sqlite_file(engine):
        path.parent.mkdir(parents=True, exist_ok=True)
    where = engine.url.render_as_string(hide_password=True)
    before = _current_revision(engine)
    try:
        upgrade(engine)
    except OperationalError as error:
        raise click.ClickException(f"Cannot upgrade {where}: {error.orig}") from error
    after = _current_revision(engine)
    if before == after:
        click.echo(f"{where} is already at the latest revision ({after}).")
    else:
        click.echo(f"Upgraded {where} from {before or 'an empty database'} to revision {after}.")


@db.command("rebuild-stats")
def db_rebuild_stats() -> None:
    """Recompute the log's daily and monthly figures from the entries (models/stats.py)."""
    with _migrated_sessions(_app())() as session, session.begin():
        rows = stats.rebuild(session)
    click.echo(f"Rebuilt the figures: {rows} daily rows.")


@db.command("revision")
@click.option("-m", "--message", required=True, help="What the migration changes, in a few words.")
def db_revision(message: str) -> None:
    """Write the next migration from the difference between the models and the database."""
    engine = _engine(_app())
    _require_schema(engine)  # autogenerate compares against a database at the latest revision
    config = alembic_config(engine)
    head = ScriptDirectory.from_config(config).get_current_head()
    script = command.revision(config, message=message, autogenerate=True, rev_id=f"{int(head or 0) + 1:04d}")
    click.echo(
        f"Wrote {script.path if script and not isinstance(script, list) else 'nothing'}: review it, then `trust-tracker db upgrade`."
    )


@main.command("demo")
def demo_command() -> None:
    """Create the demo couple Alex & Sam with eight weeks of history (safe to run twice)."""
    sessions = _migrated_sessions(_app())
    with sessions.begin() as session:
        result = demo.create_demo(session)
    click.echo("Created the demo couple." if result.created else "The demo couple is already there.")
    click.echo(f"Log in as {' or '.join(result.emails)}, password: {result.password}")


@main.command("pair-code")
@click.argument("email")
def pair_code(email: str) -> None:
    """Print a fresh one-time code that links an Alexa device to this partner."""
    sessions = _migrated_sessions(_app())
    with sessions.begin() as session:
        partner = _partner(session, email)
        code = voice.issue_pairing_code(session, partner)
        who = f"{partner.name} <{partner.email}>"
    minutes = int(voice.PAIRING_CODE_LIFETIME.total_seconds() // 60)
    spoken = " ".join(_DIGIT_WORDS[digit] for digit in code)
    invocation = InteractionModel.load().invocation_name
    click.echo(f"Pairing code for {who}: {code}")
    click.echo(f"It works once, within {minutes} minutes. On the Alexa device, say:")
    click.echo(f'  "Alexa, tell {invocation} my code is {spoken}"')
    click.echo(f'Without a device: trust-tracker say "my code is {code}"')


@main.command("reset-link")
@click.argument("email")
@click.option(
    "--site",
    default="http://localhost:5000",
    show_default=True,
    help="The site's public address, as people open it in a browser.",
)
def reset_link(email: str, site: str) -> None:
    """Print a one-time link for this partner to choose a new password (for sites without mail)."""
    app = _app()
    sessions = _migrated_sessions(app)
    with sessions.begin() as session:
        partner = _partner(session, email)
        token = accounts.create_reset(session, partner)
        who = f"{partner.name} <{partner.email}>"
    with app.test_request_context(base_url=site):
        link = url_for("passwords.reset", token=token, _external=True)
    minutes = int(accounts.RESET_LIFETIME.total_seconds() // 60)
    click.echo(f"A link for {who} to choose a new password; it works once, within {minutes} minutes:")
    click.echo(link)
    click.echo("Give it to them in person or by a channel only they read: whoever opens it can take the account.")


@main.command()
@click.argument("utterance", required=False)
@click.option("--as", "as_email", metavar="EMAIL", help="Speak from a device linked to this partner, in their voice.")
@click.option("--speak", is_flag=True, help="Read the answer aloud with espeak-ng.")
def say(utterance: str | None, as_email: str | None, speak: bool) -> None:
    """Say UTTERANCE to the skill as Alexa would hear it, and print the answer.

    Without UTTERANCE, a whole conversation: type one line per turn, and the session
    carries on between turns as it does on a device (Ctrl-D to finish).

    Without --as, the words come from one unlinked local device (link it by saying
    "my code is ..." with a code from `trust-tracker pair-code`); with --as, from a
    device linked to that partner, which knows their voice.
    """
    model = InteractionModel.load()
    if utterance is not None and model.match(utterance) is None:
        raise click.ClickException(_no_match(model, utterance))
    app = _app()
    sessions = _migrated_sessions(app)
    conversation = Conversation(skill_id=app.config["ALEXA_SKILL_ID"] or DEFAULT_SKILL_ID)
    if as_email:
        conversation.user_id, conversation.person_id = _linked_device(sessions, as_email)
    skill = build_skill()
    if utterance is not None:
        _turn(skill, sessions, conversation, utterance, _heard(model, conversation, utterance), speak)
        return
    click.echo("Talk to Trust Tracker as you would to Alexa; one line per turn, Ctrl-D to finish.")
    while True:
        try:
            line = click.prompt("You", prompt_suffix=": ", default="", show_default=False)
        except click.Abort:  # Ctrl-D or Ctrl-C: the conversation is over
            click.echo()
            return
        if not line.strip():
            continue
        match = conversation.hear(model, line)
        if match is None:  # as Alexa does in a conversation: the skill's fallback answers
            click.echo(_no_match(model, line))
            match = Match("AMAZON.FallbackIntent", {}, "")
        _turn(skill, sessions, conversation, line, match, speak)


def _no_match(model: InteractionModel, utterance: str) -> str:
    examples = ", ".join(f'"{example}"' for example in model.examples())
    return f'No intent matches "{utterance}". Try one of: {examples}.'


def _heard(model: InteractionModel, conversation: Conversation, utterance: str) -> Match:
    match = conversation.hear(model, utterance)
    assert match is not None  # checked by the caller, with a helpful message
    return match


def _turn(
    skill: CustomSkill,
    sessions: sessionmaker[Session],
    conversation: Conversation,
    utterance: str,
    match: Match,
    speak: bool,
) -> None:
    """One utterance (heard as `match`) to the skill and its answer; the conversation carries on."""
    response = invoke(skill, sessions, conversation.request(match))
    conversation.update(response)
    reply = Reply.of(response)
    slots = ", ".join(f'{name}="{value}"' for name, value in match.slots.items() if value is not None)
    click.echo(f"Heard: {match.intent or match.request_type}{f' ({slots})' if slots else ''}")
    click.echo(f"Alexa: {reply.speech or '(says nothing)'}")
    if reply.reprompt:
        click.echo(f"Reprompt: {reply.reprompt}")
    click.echo("(The session stays open: Alexa waits for an answer.)" if reply.stays_open else "(The session ends.)")
    if speak and reply.speech:
        _speak(reply.speech)


def _app(**config: Any) -> Flask:
    try:
        return create_app(config or None)
    except ConfigError as error:
        raise click.ClickException(str(error)) from error


def _migrated_sessions(app: Flask) -> sessionmaker[Session]:
    """The app's sessionmaker, once the schema is known to be current."""
    _require_schema(_engine(app))
    return app.extensions[EXTENSION]


def _engine(app: Flask) -> Engine:
    """The engine create_app built from its configuration: configured once, in one place."""
    with app.extensions[EXTENSION]() as session:
        return session.get_bind().engine


def _current_revision(engine: Engine) -> str | None:
    if (path := _sqlite_file(engine)) and not path.exists():
        return None  # and opening it would leave an empty file behind
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as error:
        where = engine.url.render_as_string(hide_password=True)
        raise click.ClickException(f"Cannot open the database {where}: {error.orig}") from error


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or database in (None, "", ":memory:"):
        return None
    return Path(database)


def _require_schema(engine: Engine) -> None:
    current = _current_revision(engine)
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    if current is None:
        raise click.ClickException("The database has no schema yet: run `trust-tracker db upgrade` first.")
    if current != head:
        raise click.ClickException(
            f"The database schema is at revision {current}, not the latest ({head}): run `trust-tracker db upgrade`."
        )


def _partner(session: Session, email: str) -> Partner:
    partner = accounts.partner_by_email(session, email)
    if partner is None:
        raise click.ClickException(f"No partner has the email {email.strip()}.")
    return partner


def _linked_device(sessions: sessionmaker[Session], email: str) -> tuple[str, str]:
    """The local Alexa user id and voice for this partner, linked with a pairing code the first time.

    The simulated device knows the partner's voice, as Alexa does with a voice profile,
    so the skill need not ask who is speaking.
    """
    with sessions.begin() as session:
        partner = _partner(session, email)
        user_id, person_id = local_user_id(partner.email), local_person_id(partner.email)
        linked = voice.partner_for_voice(session, user_id, person_id)
        if linked is not None and linked.id == partner.id:
            return user_id, person_id
        if linked is not None:  # never silently: the skill itself does not move a known voice
            click.echo(
                f"Note: the simulated voice of {partner.email} was known as {linked.name}; "
                f"linking it to {partner.name} again with a pairing code.",
                err=True,
            )
        try:
            voice.link_device(
                session, voice.issue_pairing_code(session, partner), alexa_user_id=user_id, person_id=person_id
            )
        except DomainError as error:
            raise click.ClickException(str(error)) from error
        click.echo(f"Linked the simulated device {user_id} to {partner.name} <{partner.email}>.", err=True)
    return user_id, person_id


def _speak(text: str) -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        click.echo("Note: espeak-ng is not installed, so nothing is read aloud.", err=True)
        return
    if subprocess.run([espeak, text], check=False).returncode != 0:
        click.echo("Note: espeak-ng could not read the answer aloud.", err=True)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
