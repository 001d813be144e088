"""`trust-tracker say`'s conversation: typed lines to the skill, its answers printed (and
spoken), and what the skill asked of Alexa's APIs, a local stand-in for the run."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

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
        match = conversation.hear(model, line)
        if match is None:  # as Alexa does in a conversation: the skill's fallback answers
            click.echo(no_match(model, line))
            match = Match("AMAZON.FallbackIntent", {}, "")
        _turn(skill, sessions, conversation, line, match, speak)
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


def _speak(text: str) -> None:
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        click.echo("Note: espeak-ng is not installed, so nothing is read aloud.", err=True)
        return
    if subprocess.run([espeak, text], check=False).returncode != 0:
        click.echo("Note: espeak-ng could not read the answer aloud.", err=True)
