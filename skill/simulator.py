"""A local stand-in for Alexa's ears: typed utterances to the request Alexa would send.

Matching follows how sample utterances behave: the words of a sample must all be said,
in order; a `{slot}` takes whatever words stand in its place. Alexa's real recogniser is
statistical and also catches near misses; this one is exact on purpose, so a phrasing
that works here is one the interaction model really lists.
"""

from __future__ import annotations

import functools
import hashlib
import html
import itertools
import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from . import requests
from .typed_words import LITERAL_DIGITS, NUMBER_PATTERN, WORDS_PATTERN, as_typed, normalise, spoken_number

MODEL_DIR = Path(__file__).resolve().parents[1] / "interaction-model"
NUMBER_TYPES = {"AMAZON.NUMBER", "AMAZON.FOUR_DIGIT_NUMBER"}

# What people say for the built-in intents: Alexa matches these without samples.
BUILTIN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.HelpIntent": (
        "help",
        "help me",
        "i need help",
        "can you help me",
        "what can i say",
        "what can i do",
        "what can you do",
        "how does this work",
    ),
    "AMAZON.StopIntent": (
        "stop",
        "stop it",
        "off",
        "shut up",
        "be quiet",
        "quiet",
        "enough",
        "that's enough",
        "that's all",
        "goodbye",
        "bye",
    ),
    "AMAZON.CancelIntent": ("cancel", "cancel that", "cancel it", "never mind", "nevermind", "forget it"),
    "AMAZON.YesIntent": ("yes", "yes please", "yeah", "yep", "sure", "okay", "ok", "correct", "that's right"),
    "AMAZON.NoIntent": ("no", "nope", "no thanks", "no thank you", "not now"),
    "AMAZON.RepeatIntent": ("repeat", "repeat that", "say that again", "again", "what did you say"),
    "AMAZON.StartOverIntent": ("start over", "start again", "restart", "begin again"),
    "AMAZON.NextIntent": ("next", "next one", "skip", "skip this", "skip it"),
    "AMAZON.PreviousIntent": ("previous", "go back", "back"),
    "AMAZON.MoreIntent": ("more", "tell me more"),
    "AMAZON.PauseIntent": ("pause",),
    "AMAZON.ResumeIntent": ("resume", "continue"),
    "AMAZON.NavigateHomeIntent": ("go home", "home"),
}

# Heard even while the skill waits for a particular answer.
_ALWAYS_HEARD = {
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.HelpIntent",
    "AMAZON.NavigateHomeIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.NextIntent",
}

# Ways of naming the skill around a request ("ask trust tracker to ...", "... using trust tracker").
_LAUNCH_VERBS = r"open|start|launch|begin|load|run|use|ask|tell|talk to|play"
_REQUEST_VERBS = r"ask|tell|use|open|launch|start|begin|load|run"
_CONNECTORS = r"and to|to|that|for|about|if|whether|and"
_SUFFIXES = r"using|with|from|on|in"


@dataclass(frozen=True)
class Match:
    """What Alexa understood: an intent with its slots, or (intent None) a launch."""

    intent: str | None
    slots: dict[str, str | None] = field(default_factory=dict)
    sample: str = ""  # the sample utterance (or launch phrase) that matched

    @property
    def request_type(self) -> str:
        return "IntentRequest" if self.intent else "LaunchRequest"


@dataclass(frozen=True)
class _Sample:
    intent: str
    text: str
    pattern: re.Pattern[str]
    slot_names: tuple[str, ...]  # by capture group, in order
    literal_words: int
    literals: tuple[str, ...]  # its words outside the slots


class InteractionModel:
    """One locale's interaction model, ready to match typed utterances."""

    def __init__(self, document: dict[str, Any]) -> None:
        language = document["interactionModel"]["languageModel"]
        self.invocation_name = normalise(language["invocationName"])
        self._slot_types: dict[str, dict[str, str]] = {}
        self._samples: list[_Sample] = []
        values = {
            slot_type["name"]: tuple(
                normalise(said)
                for value in slot_type.get("values", [])
                for said in (value["name"]["value"], *value["name"].get("synonyms", []))
            )
            for slot_type in language.get("types", [])
        }
        # What may be said when the skill asks for one slot (Dialog.ElicitSlot): "the {x} one".
        self._slot_samples: dict[tuple[str, str], list[_Sample]] = {}
        for intent in language["intents"]:
            name = intent["name"]
            slots = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
            self._slot_types[name] = slots
            phrases = [*intent.get("samples", []), *BUILTIN_PHRASES.get(name, ())]
            for phrase in phrases:
                self._samples.append(_compile(name, phrase, slots, values))
            for slot in intent.get("slots", []):
                self._slot_samples[name, slot["name"]] = [
                    _compile(name, phrase, slots, {}) for phrase in slot.get("samples", [])
                ]
        # The generated model has ~17,000 samples: each is filed under its rarest word, and a
        # text is tried only against the samples filed under its words (and those with no word
        # of their own but a number's), in the order listed.
        counts = Counter(word for sample in self._samples for word in sample.literals)
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []
        for index, sample in enumerate(self._samples):
            words = [word for word in sample.literals if word not in LITERAL_DIGITS]
            if words:
                self._by_word.setdefault(min(words, key=counts.__getitem__), []).append(index)
            else:
                self._always.append(index)
        invocation = re.escape(self.invocation_name)
        self._launch = re.compile(rf"(?:(?:{_LAUNCH_VERBS}) )?{invocation}")
        self._prefix = re.compile(rf"(?:{_REQUEST_VERBS}) {invocation} (?P<rest>.+)")
        self._suffix = re.compile(rf"(?P<rest>.+) (?:{_SUFFIXES}) {invocation}")

    @classmethod
    def load(cls, path: Path | None = None, locale: str = "en-US") -> InteractionModel:
        """The model in `path` (or the locale's), read and compiled once per process:
        matching never changes it, and compiling its ~17,000 samples takes two or three seconds."""
        return _load(path or MODEL_DIR / f"{locale}.json")

    def match(self, utterance: str) -> Match | None:
        """The intent (and slots) Alexa would hear in `utterance`, or None for no match.

        Among several matching samples the best is a slotless one, then the one with the
        most literal words, then the most letters in them; a tie goes to the sample listed first. Words are matched as
        typed first, so slots keep them; then with contractions spelled out ("i'm").
        """
        as_typed = self._match_text(normalise(utterance))
        heard = as_typed or self._match_text(normalise(utterance, spell_out=True))
        return _cased(heard, utterance) if heard is not None else None

    def _match_text(self, text: str) -> Match | None:
        text = re.sub(r"^alexa\b ?", "", text)
        if not text:
            return None
        if self._launch.fullmatch(text):
            return Match(None, sample=text)
        best: tuple[tuple[bool, int, int, int], Match] | None = None
        for candidate in self._without_invocation(text):
            filed = (self._by_word.get(word, []) for word in set(candidate.split(" ")))
            for index in sorted({*self._always, *itertools.chain.from_iterable(filed)}):
                sample = self._samples[index]
                found = sample.pattern.fullmatch(candidate)
                if found is None:
                    continue
                # A tie goes to the longer words, as virtual-alexa scores: "small win" before "on time";
                # then to a number heard as a number ("it is four eight one …" is a code, not a name).
                types = self._slot_types[sample.intent]
                numbers = sum(types.get(name) in NUMBER_TYPES for name in sample.slot_names)
                rank = (not sample.slot_names, sample.literal_words, sum(map(len, sample.literals)), numbers)
                if best is None or rank > best[0]:
                    slots = self._fill(sample, found)
                    if slots is not None:
                        best = rank, Match(sample.intent, slots, sample.text)
        return best[1] if best else None

    def match_elicited(self, utterance: str, intent: str, slot: str) -> Match | None:
        """What Alexa hears while the skill waits for `intent`'s `slot` (Dialog.ElicitSlot).

        Stop, cancel and help still work; anything else fills the slot: through one of
        the slot's own samples ("the {commitment} one"), else as the whole utterance.
        """
        text = re.sub(r"^alexa\b ?", "", normalise(utterance))
        if not text:
            return None
        general = self.match(utterance)
        if general is not None and general.intent in _ALWAYS_HEARD:
            return general
        slots: dict[str, str | None] = dict.fromkeys(self._slot_types.get(intent, {slot: ""}))
        for sample in sorted(self._slot_samples.get((intent, slot), []), key=lambda s: -s.literal_words):
            found = sample.pattern.fullmatch(text)
            if found is not None and sample.slot_names == (slot,):
                slots[slot] = found.group(1)
                return _cased(Match(intent, slots, sample.text), utterance)
        slots[slot] = text
        return _cased(Match(intent, slots, "{" + slot + "}"), utterance)

    def examples(self, count: int = 4) -> list[str]:
        """A few things to try: the first slotless sample of each of the skill's own intents."""
        seen: dict[str, str] = {}
        for sample in self._samples:
            if not sample.intent.startswith("AMAZON.") and not sample.slot_names:
                seen.setdefault(sample.intent, sample.text)
        return list(seen.values())[:count]

    def names_the_skill(self, utterance: str) -> bool:
        """Whether the words open the skill by name ("open trust tracker", "ask trust tracker to
        ..."): on a device that starts a new session, whatever the last one left waiting."""
        text = re.sub(r"^alexa\b ?", "", normalise(utterance))
        return bool(self._launch.fullmatch(text)) or self._without_invocation(text) != [text]

    def _without_invocation(self, text: str) -> list[str]:
        """The request inside "ask trust tracker to ..." (with and without the connector,
        in case a sample starts with it), or the text itself."""
        for pattern in (self._prefix, self._suffix):
            found = pattern.fullmatch(text)
            if found:
                rest = found["rest"]
                bare = re.sub(rf"^(?:{_CONNECTORS}) ", "", rest)
                return [bare, rest] if bare != rest else [rest]
        return [text]

    def _fill(self, sample: _Sample, found: re.Match[str]) -> dict[str, str | None] | None:
        slots: dict[str, str | None] = dict.fromkeys(self._slot_types[sample.intent])
        for group, name in enumerate(sample.slot_names, start=1):
            value = found.group(group)
            if self._slot_types[sample.intent].get(name) in NUMBER_TYPES:
                value = spoken_number(value)
                if value is None:
                    return None
            slots[name] = value
        return slots


def _cased(heard: Match, utterance: str) -> Match:
    heard.slots.update(as_typed(heard.slots, utterance))
    return heard


def _compile(intent: str, sample: str, slot_types: dict[str, str], values: dict[str, tuple[str, ...]]) -> _Sample:
    pieces = re.split(r"(\{\w+\})", sample)
    # With no words around it, a slot of a custom type takes only the type's values (and
    # synonyms): a bare "{commitment}" sample would otherwise swallow every utterance,
    # where Alexa, lacking context, resolves to a listed value or to the fallback.
    bare = not any(normalise(piece) for piece in pieces[::2])
    parts: list[str] = []
    slot_names: list[str] = []
    literal_words = 0
    literals: list[str] = []
    for piece in pieces:
        if piece.startswith("{") and piece.endswith("}"):
            name = piece[1:-1]
            slot_names.append(name)
            slot_type = slot_types.get(name, "")
            if slot_type in NUMBER_TYPES:
                parts.append(f"({NUMBER_PATTERN})")
            elif bare and values.get(slot_type):
                parts.append(f"({'|'.join(re.escape(value) for value in values[slot_type])})")
            else:
                parts.append(f"({WORDS_PATTERN})")
            continue
        for word in normalise(piece).split():
            literals.append(word)
            literal_words += 1
            digits = LITERAL_DIGITS.get(word)
            parts.append(f"(?:{word}|{digits})" if digits else re.escape(word))
    return _Sample(
        intent=intent,
        text=sample,
        pattern=re.compile(" ".join(parts)),
        slot_names=tuple(slot_names),
        literal_words=literal_words,
        literals=tuple(literals),
    )


def local_user_id(email: str) -> str:
    """The Alexa account id of a simulated device for this partner: the same every time."""
    return "amzn1.ask.account.LOCAL-" + hashlib.sha256(email.encode()).hexdigest()[:16]


def local_person_id(email: str) -> str:
    """The voice-profile id of this partner on their simulated device: the same every time."""
    return "amzn1.ask.person.LOCAL-" + hashlib.sha256(email.encode()).hexdigest()[:16]


@dataclass
class Conversation:
    """One simulated device's session: who speaks, and what Alexa carries between turns."""

    user_id: str = requests.DEFAULT_USER_ID
    person_id: str | None = None
    skill_id: str = requests.DEFAULT_SKILL_ID
    session_id: str = field(default_factory=lambda: f"amzn1.echo-api.session.{uuid.uuid4()}")
    attributes: dict[str, Any] = field(default_factory=dict)
    new: bool = True
    locale: str = "en-US"
    with_screen: bool = False  # an Echo Show: the skill may send APL
    # The (intent, slot) the skill asked for with Dialog.ElicitSlot, until the next turn.
    elicit: tuple[str, str] | None = None
    # Where Alexa's own APIs are (the local stand-in, skill/stand_in.py); None: nowhere.
    api_endpoint: str | None = None
    api_access_token: str = "local-simulator"

    def request(self, match: Match, timestamp: datetime | None = None) -> dict[str, Any]:
        """The envelope Alexa would send for this match in this session."""
        context: dict[str, Any] = {
            "user_id": self.user_id,
            "person_id": self.person_id,
            "skill_id": self.skill_id,
            "session_id": self.session_id,
            "new_session": self.new,
            "attributes": self.attributes,
            "timestamp": timestamp,
            "locale": self.locale,
            "with_screen": self.with_screen,
            "api_endpoint": self.api_endpoint,
            "api_access_token": self.api_access_token,
        }
        if match.intent is None:
            return requests.launch_request(**context)
        return requests.intent_request(match.intent, match.slots, **context)

    def hear(self, model: InteractionModel, utterance: str) -> Match | None:
        """What Alexa understands in this session: the slot asked for, if one was."""
        if self.elicit is not None:
            return model.match_elicited(utterance, *self.elicit)
        return model.match(utterance)

    def update(self, response: dict[str, Any]) -> None:
        """Carry the skill's session attributes (and any slot it asks for) into the next turn;
        a response that ends the session starts a new one next time."""
        body = response.get("response") or {}
        self.elicit = None
        for directive in body.get("directives") or []:
            if directive.get("type") == "Dialog.ElicitSlot":
                self.elicit = (directive["updatedIntent"]["name"], directive["slotToElicit"])
        if body.get("shouldEndSession") is False:
            self.attributes = dict(response.get("sessionAttributes") or {})
            self.new = False
        else:
            self.attributes, self.new, self.elicit = {}, True, None
            self.session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"


@dataclass(frozen=True)
class Reply:
    """What Alexa would say back, as plain text."""

    speech: str
    reprompt: str
    stays_open: bool

    @classmethod
    def of(cls, response: dict[str, Any]) -> Reply:
        body = response.get("response") or {}
        reprompt = (body.get("reprompt") or {}).get("outputSpeech")
        return cls(
            speech=plain_text(body.get("outputSpeech")),
            reprompt=plain_text(reprompt),
            # Without an explicit False a voice-only device closes the session.
            stays_open=body.get("shouldEndSession") is False,
        )


def plain_text(speech: dict[str, Any] | None) -> str:
    """The words of an outputSpeech object (SSML or plain text), without markup."""
    if not speech:
        return ""
    if speech.get("type") == "PlainText":
        return " ".join(str(speech.get("text", "")).split())
    ssml = re.sub(r"<break\b[^>]*>", " ", str(speech.get("ssml", "")))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", ssml)).split())


@functools.cache
def _load(path: Path) -> InteractionModel:
    return InteractionModel(json.loads(path.read_text(encoding="utf-8")))
