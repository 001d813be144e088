"""`trust-tracker say`'s conversation: typed lines to the skill, its answers printed (and
spoken), and what the skill asked of Alexa's APIs, a local stand-in for the run."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from ask_sdk_core.skill import CustomSkill
from sqlalchemy.orm import Session, sessionmaker

from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.requests import DEFAULT_DEVICE_ID
from trust_tracker.skill.simulator import Conversation, InteractionModel, Match, Reply
from trust_tracker.skill.stand_in import AlexaStandIn


@contextmanager
def alexa_stand_in(
    conversation: Conversation, *, device_time_zone: str | None, reminders_allowed: bool, port: int
) -> Iterator[AlexaStandIn]:
    """The stand-in for Alexa's Reminders and Settings APIs, running, and the conversation's
    requests pointing at it: its token, and the device's zone when one is given."""
    stand_in = AlexaStandIn(
        tokens={conversation.api_access_token: reminders_allowed},
        time_zones={DEFAULT_DEVICE_ID: device_time_zone} if device_time_zone else {},
        port=port,
    )
    try:
        stand_in.start()
    except OSError as error:
        raise click.ClickException(f"Cannot start the Alexa API stand-in on port {port}: {error}.") from error
    conversation.api_endpoint = stand_in.url
    try:
        yield stand_in
    finally:
        stand_in.stop()


# A session one `say` left open waits this long for the next `say` (typing a reply takes longer
# than Alexa's eight seconds; a session left overnight is stale).
_OPEN_FOR = 10 * 60


def open_session_file(database_url: str, as_email: str | None, locale: str) -> Path:
    """Where a session left open waits: one per database, voice and locale, in the user's cache."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "trust-tracker"
    key = hashlib.sha256(f"{database_url}\0{as_email or ''}\0{locale}".encode()).hexdigest()[:16]
    return cache / f"say-session-{key}.json"


def resume(conversation: Conversation, path: Path) -> bool:
    """Carry on the session the last `say` left open, if it is recent and whole."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        fresh = time.time() - float(saved["at"]) < _OPEN_FOR
        session_id, attributes, elicit = saved["session_id"], saved["attributes"], saved["elicit"]
    except (OSError, ValueError, TypeError, KeyError):
        return False
    if not fresh or not isinstance(session_id, str) or not isinstance(attributes, dict):
        path.unlink(missing_ok=True)
        return False
    conversation.session_id, conversation.attributes, conversation.new = session_id, attributes, False
    conversation.elicit = (str(elicit[0]), str(elicit[1])) if isinstance(elicit, list) and len(elicit) == 2 else None
    return True


def remember(conversation: Conversation, path: Path) -> None:
    """Keep a session the skill left open for the next `say`; forget one it ended."""
    if conversation.new:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    saved = {"at": time.time(), "session_id": conversation.session_id, "attributes": conversation.attributes}
    saved["elicit"] = list(conversation.elicit) if conversation.elicit else None
    path.touch(mode=0o600)  # session attributes may hold words said: the user's alone
    path.write_text(json.dumps(saved), encoding="utf-8")


def no_match(model: InteractionModel, utterance: str) -> str:
    examples = ", ".join(f'"{example}"' for example in model.examples())
    return f'No intent matches "{utterance}". Try one of: {examples}.'


def converse(
    model: InteractionModel,
    skill: CustomSkill,
    sessions: sessionmaker[Session],
    conversation: Conversation,
    stand_in: AlexaStandIn,
    utterance: str | None,
    speak: bool,
) -> None:
    """One utterance, or (without one) a conversation typed line by line."""
    if utterance is not None:
        _turn(skill, sessions, conversation, utterance, _heard(model, conversation, utterance), speak)
        _api_calls(stand_in)
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
        _turn(skill, sessions, conversation, line, _heard(model, conversation, line), speak)
        _api_calls(stand_in)


def _api_calls(stand_in: AlexaStandIn) -> None:
    """What the skill asked of Alexa's APIs (the stand-in) in the turn just answered."""
    for call in stand_in.drain():
        trigger = call.body.get("trigger") if isinstance(call.body, dict) else None
        detail = ""
        if isinstance(trigger, dict):
            rules = (trigger.get("recurrence") or {}).get("recurrenceRules") or []
            when = ", ".join(rules) or f"in {trigger.get('offsetInSeconds')} s"
            detail = (
                f" ({trigger.get('type')}: {when}{', ' + trigger['timeZoneId'] if trigger.get('timeZoneId') else ''})"
            )
        click.echo(f"Alexa API (local stand-in): {call.method} {call.path} -> {call.status}{detail}")


def _heard(model: InteractionModel, conversation: Conversation, utterance: str) -> Match:
    match = conversation.hear(model, utterance)
    if match is None:  # as Alexa does in a conversation: the skill's fallback answers
        click.echo(no_match(model, utterance))
        return Match("AMAZON.FallbackIntent", {}, "")
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


def _speak(text: str) -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        click.echo("Note: espeak-ng is not installed, so nothing is read aloud.", err=True)
        return
    if subprocess.run([espeak, text], check=False).returncode != 0:
        click.echo("Note: espeak-ng could not read the answer aloud.", err=True)
