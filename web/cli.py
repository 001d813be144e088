"""The `trust-tracker` command: serve the site and skill, manage the database, try the skill by typing.

Expected problems (no schema, unknown email, an utterance nothing matches, a port in
use) end in a one-line message and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import gc
import ipaddress
from zoneinfo import available_timezones

import click
import waitress
from flask import url_for
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.models import accounts, demo, voice
from trust_tracker.models.entities import Partner
from trust_tracker.models.errors import DomainError
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.requests import DEFAULT_SKILL_ID
from trust_tracker.skill.simulator import (
    Conversation,
    InteractionModel,
    local_person_id,
    local_user_id,
)
from trust_tracker.skill.speech import DEFAULT_LOCALE, LANGUAGES
from trust_tracker.skill.typed_words import UNITS
from trust_tracker.web import alexa_warnings, mail
from trust_tracker.web.cli_say import alexa_stand_in, converse, no_match, open_session_file, remember, resume
from trust_tracker.web.db_cli import app_engine, app_from_environment, db, migrated_sessions, require_schema

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


main.add_command(db)


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
    app = app_from_environment(DEV_MODE=True, ALEXA_VERIFY=False) if dev else app_from_environment()
    if not app.config["ALEXA_VERIFY"] and not _is_loopback(host):
        # The same rule as --dev, however verification was turned off (/alexa enforces it too).
        raise click.UsageError(
            f"TRUST_TRACKER_ALEXA_VERIFY=false serves without request verification, so it listens on "
            f"loopback only, not {host}. Drop --host, or turn verification on."
        )
    require_schema(app_engine(app))
    if dev:
        click.echo(DEV_WARNING, err=True)
    else:
        for warning in [*alexa_warnings(app), *mail.warnings(app)]:
            click.echo(f"WARNING: {warning}", err=True)
    url = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    click.echo(f"Trust Tracker on {url}/ (Alexa endpoint: {url}/alexa). Press Ctrl+C to stop.")
    # What was built to serve (the skill, the interaction and distress models: some 170,000
    # objects) lives as long as the process: kept out of the garbage collector's full passes,
    # each of which walked it all (0.1 s, once in a thousand or two requests; 4 ms frozen).
    gc.freeze()
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


@main.command("demo")
def demo_command() -> None:
    """Create the demo couple Alex & Sam with eight weeks of history (safe to run twice)."""
    sessions = migrated_sessions(app_from_environment())
    with sessions.begin() as session:
        result = demo.create_demo(session)
    click.echo("Created the demo couple." if result.created else "The demo couple is already there.")
    password = result.password or "the one it was made with (older demos: demo-password)"
    click.echo(f"Log in as {' or '.join(result.emails)}, password: {password}")


@main.command("pair-code")
@click.argument("email")
def pair_code(email: str) -> None:
    """Print a fresh one-time code that links an Alexa device to this partner."""
    sessions = migrated_sessions(app_from_environment())
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
    app = app_from_environment()
    sessions = migrated_sessions(app)
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
@click.option(
    "--new-session", is_flag=True, help="Start a new session even if the last say left one open for an answer."
)
@click.option("--speak", is_flag=True, help="Read the answer aloud with espeak-ng.")
@click.option(
    "--device-time-zone",
    metavar="ZONE",
    help="The time zone Alexa's Settings API reports for the device (default: none, so the couple's applies).",
)
@click.option(
    "--no-reminders-permission",
    is_flag=True,
    help="The device's customer has not allowed reminders (hear the request).",
)
@click.option(
    "--api-port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Loopback port of the stand-in for Alexa's APIs (0: any free one).",
)
@click.option(
    "--locale",
    type=click.Choice(sorted(LANGUAGES)),
    default=DEFAULT_LOCALE,
    show_default=True,
    help="The device's locale: its interaction model, wording and help lines (en-AU hears 000, Lifeline, 1800RESPECT).",
)
def say(
    utterance: str | None,
    as_email: str | None,
    new_session: bool,
    speak: bool,
    device_time_zone: str | None,
    no_reminders_permission: bool,
    api_port: int,
    locale: str,
) -> None:
    """Say UTTERANCE to the skill as Alexa would hear it, and print the answer.

    Without UTTERANCE, a whole conversation: type one line per turn, and the session
    carries on between turns as it does on a device (Ctrl-D to finish). With UTTERANCE, a
    session the skill left open (it asked a question) carries on into the next say of the same
    voice and database, for ten minutes (--new-session starts afresh).

    Without --as, the words come from one unlinked local device (link it by saying
    "my code is ..." with a code from `trust-tracker pair-code`); with --as, from a
    device linked to that partner, which knows their voice.

    Alexa's Reminders and Settings APIs are a local stand-in for the command's run
    (skill/stand_in.py): what the skill sends them is printed after each answer.
    """
    model = InteractionModel.load(locale=locale)
    if device_time_zone is not None and device_time_zone not in available_timezones():
        raise click.BadParameter(f"{device_time_zone!r} is not a time zone.", param_hint="--device-time-zone")
    app = app_from_environment()
    sessions = migrated_sessions(app)
    conversation = Conversation(skill_id=app.config["ALEXA_SKILL_ID"] or DEFAULT_SKILL_ID, locale=locale)
    left_open = open_session_file(app.config["DATABASE_URL"], as_email, locale)
    # As on a device: words that name the skill open a new session; others answer what waits.
    carry_on = utterance is not None and not new_session and not model.names_the_skill(utterance)
    resumed = carry_on and resume(conversation, left_open)
    if utterance is not None and not resumed and model.match(utterance) is None:
        raise click.ClickException(no_match(model, utterance))  # before a device is linked: nothing sent
    if resumed:
        click.echo("(Carrying on the session the last say left open; --new-session starts afresh.)")
    if as_email:
        conversation.user_id, conversation.person_id = _linked_device(sessions, as_email)
    with alexa_stand_in(
        conversation,
        device_time_zone=device_time_zone,
        reminders_allowed=not no_reminders_permission,
        port=api_port,
    ) as stand_in:
        converse(model, build_skill(), sessions, conversation, stand_in, utterance, speak)
    if utterance is not None:
        remember(conversation, left_open)


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


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
