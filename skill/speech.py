"""Everything the skill says, per locale, in one place.

Phrases are plain text with `{named}` fields; the handlers escape the finished
sentence for SSML, so nothing here needs markup. Voice style (DESIGN.md): warm,
short, non-judgemental; a question only when the session stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

DEFAULT_LOCALE = "en-US"

_LINK_STEPS = (
    "On the Trust Tracker website, open Settings, choose Link an Alexa device, "
    "then say: my code is, and the six digits."
)
_OPTIONS = "You can log a kept promise, hear the check-in questions, or hear your contract."

EN_US: dict[str, str] = {
    # Linking a device
    "not_linked": "This device isn't linked to Trust Tracker yet. " + _LINK_STEPS,
    "not_linked_reprompt": "When you have your code, say: my code is, and the six digits.",
    "code_missing": "What's your six-digit code? You'll find it on the website, under Settings.",
    "code_unclear": "Sorry, I didn't catch six digits. Please say: my code is, and the six digits.",
    "code_reprompt": "Please say: my code is, and the six digits.",
    "code_wrong": (
        "That code didn't work. Codes last ten minutes and work only once, so you may need "
        "a fresh one from Settings on the website. What's your code?"
    ),
    "linked": (
        "Thanks, {name}. This device is now linked. "
        "Next time, just say: ask trust tracker to log that I kept my promise."
    ),
    # Launch, help and the way out
    "welcome": "Hi {name}.",
    "checkin_due": "Your weekly check-in is due. When you're both ready, say: read the check-in questions.",
    "checkin_next": "Your next check-in is {when}.",
    "what_next": "What would you like to do? " + _OPTIONS,
    "what_next_reprompt": (
        "You can say: I kept my promise, read the check-in questions, or read our contract. "
        "What would you like?"
    ),
    "help": (
        "Trust Tracker keeps a shared log of the promises you keep for each other. You can say: "
        "I kept my promise to call when late, read the check-in questions, or read our contract. "
        "What would you like to do?"
    ),
    "help_not_linked": (
        "Trust Tracker keeps a shared log of the promises you keep for each other. "
        "First, link this device. " + _LINK_STEPS + " What's your code?"
    ),
    "fallback": "Sorry, I didn't get that. " + _OPTIONS + " What would you like to do?",
    "unknown_intent": "Sorry, I can't do that yet. " + _OPTIONS + " What would you like to do?",
    "goodbye": "Goodbye. Take care of each other.",
    "sorry": "Sorry, something went wrong on my side, and nothing was saved. Please try again in a moment.",
    # Logging a kept promise
    "logged": "Logged: you kept your promise to {commitment}.",
    "logged_unnamed": "Logged: you kept a promise.",
    "logged_unnamed_hint": (
        "Logged: you kept a promise. Next time you can name it, like: I kept my promise to {example}."
    ),
    "logged_no_contract": (
        "Logged: you kept your promise to {said}. Once you've both agreed a contract on the website, "
        "I can count promises toward your commitments."
    ),
    "which_one": "Which one did you keep: {options}?",
    "which_one_reprompt": "Please tell me which promise you kept: {options}.",
    "no_match": "I couldn't find {said} in your contract. Was it {options}?",
    # Check-in questions
    "questions_intro": "Here are this week's check-in questions.",
    "question": "Question {number}: {text}",
    "questions_outro": "Take your time with them together.",
    "no_questions": "You don't have any check-in questions yet. You can add some on the website.",
    # The contract
    "no_contract": (
        "You don't have an agreed contract yet. On the Trust Tracker website, open Contract, "
        "write down your commitments and boundaries, then ask your partner to agree to them."
    ),
    "contract_intro": "Here's your contract, version {number}.",
    "contract_commitments": "Your commitments: {items}.",
    "contract_boundaries": "Your boundaries: {items}.",
    "contract_empty": "It has no commitments or boundaries yet. You can add them on the website.",
    "more": "{count} more",
    # Small words
    "and": "and",
    "or": "or",
    "today": "today",
    "tomorrow": "tomorrow",
    "on_day_at_time": "on {day} at {time}",
    "day_at_time": "{day} at {time}",
}


def _en_us_clock(moment: time) -> str:
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'AM' if moment.hour < 12 else 'PM'}"


@dataclass(frozen=True)
class Language:
    """The phrases of one locale, and the few things that are not just phrases."""

    locale: str
    phrases: Mapping[str, str]
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    clock: Callable[[time], str]

    def say(self, key: str, /, **values: object) -> str:
        return self.phrases[key].format(**values)

    def both(self, items: Iterable[str]) -> str:
        """"a, b and c"."""
        return self._join(list(items), self.phrases["and"])

    def either(self, items: Iterable[str]) -> str:
        """"a, b or c"."""
        return self._join(list(items), self.phrases["or"])

    @staticmethod
    def _join(items: list[str], conjunction: str) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"

    def when(self, moment: datetime, today: date) -> str:
        """"today at 7 PM", "tomorrow at 7 PM", "on Sunday at 7 PM" (moment in local time)."""
        clock = self.clock(moment.time())
        if moment.date() == today:
            return self.say("day_at_time", day=self.say("today"), time=clock)
        if moment.date() == today + timedelta(days=1):
            return self.say("day_at_time", day=self.say("tomorrow"), time=clock)
        return self.say("on_day_at_time", day=self.weekdays[moment.weekday()], time=clock)


LANGUAGES: dict[str, Language] = {
    "en-US": Language(
        locale="en-US",
        phrases=EN_US,
        weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        clock=_en_us_clock,
    ),
}


def for_locale(locale: str | None) -> Language:
    """The exact locale, else another of the same language (en-GB -> en-US), else en-US."""
    if locale in LANGUAGES:
        return LANGUAGES[locale]
    language = (locale or "").split("-")[0].lower()
    for code, candidate in LANGUAGES.items():
        if code.split("-")[0].lower() == language:
            return candidate
    return LANGUAGES[DEFAULT_LOCALE]


def brief(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters, cut at a word: people and contracts ramble."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut + "…"


def clause(text: str, limit: int = 120) -> str:
    """A name to use mid-sentence: "Call when late." -> "Call when late" (no closing stop)."""
    return brief(text, limit).rstrip(".!?;: ")
