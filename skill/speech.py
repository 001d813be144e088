"""Everything the skill says, per locale, in one place: this module and the five it
merges (speech_logbook, speech_checkin, speech_progress, speech_reminders, speech_topics).
How stored text is cut and escaped to be said is in speech_text.

Phrases are plain text with `{named}` fields; the handlers escape the finished
sentence for SSML, so nothing here needs markup. Voice style (docs/ARCHITECTURE.md): warm,
short, non-judgemental; a question only when the session stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from xml.sax.saxutils import escape

from trust_tracker.models.entities import Milestone
from trust_tracker.models.milestones import wording

from . import speech_checkin, speech_logbook, speech_progress, speech_reminders, speech_topics, variants
from .speech_text import named

DEFAULT_LOCALE = "en-US"

_LINK_STEPS = (
    "On the Trust Tracker website, open Settings, choose Link an Alexa device, "
    "then say: my code is, and the six digits."
)
_IF_NOT_SAFE = variants.IF_NOT_SAFE
_OPTIONS = "You can log a kept or missed promise, start your check-in, ask how you're doing, or ask what to celebrate."

EN_US: dict[str, str] = {
    # Linking a device
    "not_linked": "This device isn't linked to Trust Tracker yet. " + _LINK_STEPS,
    "not_linked_reprompt": "When you have your code, say: my code is, and the six digits.",
    # Said again in a row: what was asked was clear, the device is what is missing (never "still not getting it").
    "not_linked_again": "This device still isn't linked, so I can't do that yet. "
    "When you have your code, say: my code is, and the six digits.",
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
    # Account linking (OAuth) and one Alexa account per couple
    "link_account": (
        "Your Trust Tracker account isn't linked to Alexa any more, so I can't log anything yet. "
        "I've sent a card to the Alexa app: open it to link your account again."
    ),
    "link_account_new": (
        "Your Trust Tracker account isn't linked to Alexa yet, so I can't log anything. "
        "I've sent a card to the Alexa app: open it to link your account."
    ),
    "move_account": "This Alexa account is linked to another couple. Move it to yours?",
    "move_reprompt": "Should I move this Alexa account to your couple? Yes or no?",
    "moved": "Done: this Alexa account now belongs to your couple, {name}.",
    "moved_household": "Done: this Alexa account now belongs to your couple.",
    "moved_say_again": "What you asked just before isn't done yet: please say it again.",
    "not_moved": "All right, nothing has changed.",
    # Launch, help and the way out
    "welcome": "Hi {name}.",
    "welcome_first": "Hi {name}, welcome to Trust Tracker.",
    "what_next_short": "What would you like to do?",
    # A returning launch: the greeting, then one sentence that is the news and the question.
    "launch_celebrate": "There's something new to celebrate: ask what we should celebrate, or say what you'd like.",
    "launch_resumable": "Your check-in is half done: say carry on with our check-in, or what you'd like.",
    "launch_due": "Your check-in is due: say start our check-in, or what you'd like.",
    "checkin_due": "Your weekly check-in is due. When you're ready, say: start our check-in.",
    "checkin_next": "Your next check-in is {when}.",
    "what_next": "What would you like to do? " + _OPTIONS,
    "what_next_reprompt": (
        "You can say: I kept my promise, start our check-in, or how are we doing. What would you like?"
    ),
    "help": (f"Trust Tracker logs the promises you keep. Try: I kept my promise. {_IF_NOT_SAFE} What would you like?"),
    "help_not_linked": f"First, link this device. {_LINK_STEPS} {_IF_NOT_SAFE} What's your code?",
    "help_pending": f"You can answer in your own words, or say stop to carry on another time. {_IF_NOT_SAFE}",
    "fallback_pending": "Sorry, I didn't get that.",
    "fallback_pending_safe": f"Sorry, I didn't get that. {_IF_NOT_SAFE}",
    "too_long": "That was more than I can keep by voice, so I haven't saved any of it.",
    "too_long_again": "Could you say it again, in a sentence or two?",
    "name_too_long": "I didn't catch the name.",
    "name_again": "Who's speaking?",
    "promise_too_long": "I didn't catch which promise that was.",
    "promise_again": "Which promise was it?",
    # Yes, next and go back at the menu (skill/intents/menu.py)
    "menu_yes": "Here's a good place to start: say start our check-in, or how are we doing.",
    "menu_yes_due": "Here's one for today: if you've done it, say: I kept {example}. Or say start our check-in.",
    "menu_next": (
        "Next and go back move through the check-in questions, and no check-in is open just now. "
        "You can say: start our check-in, or I kept my promise."
    ),
    "yes_or_no": "Just yes or no, please.",
    "fallback": f"Sorry, I didn't get that. You could say, for example: I kept my promise. {_IF_NOT_SAFE} What would you like?",
    "fallback_again": "I'm still not getting it. You could say: {hint}. " + _IF_NOT_SAFE,
    # The two things to say there, after a second reply not understood (skill/unclear.py).
    "hint_together": "yes, we're both here, or: no, just me",
    "hint_held": "log it, or: it was my answer",
    "hint_skipped": "answer it now, or: leave it",
    "hint_which": "the first one, or: none of them",
    "hint_who": "my name is, and your name, or: stop",
    "hint_reflection": "what got in the way, in a few words, or: skip",
    "hint_question": "your answer, in a few words, or: skip",
    "hint_yes_no": "yes, or: no",
    "hint_waiting": "repeat that, or: stop",
    "hint_menu": "I kept my promise, or: start our check-in",
    "still_not": "I'm still not getting it.",
    "fallback_give_up": "Let's leave it there for now. You can always try again, or use the website. Goodbye.",
    "fallback_give_up_saved": (
        "Let's leave it there for now. Your answers so far are saved: say start our check-in to carry on. Goodbye."
    ),
    "unknown_intent": "Sorry, I can't do that yet. " + _OPTIONS + " What would you like to do?",
    "goodbye": "Goodbye. Take care of each other.",
    "sorry": "Sorry, something went wrong on my side, and nothing was saved. Please try again in a moment.",
    # Knowing who speaks
    "who_is_this": "Before I do that: is this {names}?",
    # After a write, to someone known in this session only by the name they said.
    "anything_else_named": "Anything else, {name}?",
    "anything_else_named_reprompt": "Anything else, {name}? You can say: undo that, or no.",
    "who_is_this_launch": "Hi! Is this {names}?",
    "who_reprompt": "Who's speaking: {names}?",
    "who_again": "Just say your name: {names}.",
    "who_else": "If I heard the wrong name, who's speaking: {names}?",
    "who_only_us": "I only know {names} here.",
    "who_unclear": "Sorry, I didn't catch the name. Is this {names}?",
    "who_which": "Sorry, was that {names}?",
    "who_one_of_you": "One name at a time, please: is this {names}?",
    "who_give_up": (
        "I still didn't catch who's speaking, so I haven't saved anything. "
        "Next time, just start with: my name is, and your name."
    ),
    "who_known": "I know you as {name} on this device.",
    # "Actually this is Sam" in a voice Alexa knows as Alex: a name said never moves a known voice.
    "who_known_not_them": (
        "I know this voice as {name}, so what's said here stays {name}'s. {other} can link their own voice "
        "in Settings on the Trust Tracker site, or use the site."
    ),
    "handover_bound": (
        "I know this voice as {name}, so I haven't logged anything. {other} can log it with their own voice "
        "or on the Trust Tracker site."
    ),
    # Out of place
    "not_expecting": "I wasn't expecting an answer just then.",
    "lost_place": "Sorry, I lost my place.",
    "yes_no_out_of_place": "I'm not sure what that was a yes or no to.",
    # Hard days and pauses
    "hard_day_sorry": "I'm sorry today is hard. Thank you for saying so.",
    "hard_day_shared": "I'm sorry today is hard; I've logged it, so {other} will see it.",
    "hard_day_shared_already": "I'm sorry today is still hard. It's logged once for today, so {other} can already see it.",
    "hard_day_forms": "The simpler versions you agreed are enough today. {forms}",
    "hard_day_item": "For {name}, {form}.",
    "hard_day_more": "And {count} more on the website.",
    "hard_day_as_usual": "Also due today: {items}.",
    "hard_day_nothing_due": "Nothing you've agreed is due today.",
    "hard_day_touch_base": "Maybe a quick touch-base with {other} later. Go gently.",
    # "Cancel my hard day" (skill/intents/hard_day.py take_back).
    "hard_day_taken_removed": "Alright, I've taken back today's hard day; it's no longer in your log.",
    "hard_day_taken_too_late": (
        "Today's hard day was logged more than ten minutes ago, so I can't take it back by voice. "
        "You can remove it from your History on the website."
    ),
    "hard_day_taken_none": "There's no hard day logged for you today, so there's nothing to cancel.",
    "hard_day_taken_removed_on": "Alright, I've taken back your hard day for {day}; it's no longer in your log.",
    "hard_day_taken_too_late_on": (
        "Your hard day for {day} was logged more than ten minutes ago, so I can't take it back by voice. "
        "You can remove it from your History on the website."
    ),
    "hard_day_taken_none_on": "There's no hard day in your log for {day}, so there's nothing to take back.",
    "hard_day_taken_other_day": (
        "By voice I can take back a hard day of the past week, so I haven't changed anything. "
        "One from further back can be removed in History on the website."
    ),
    # A hard day said of another day (skill/intents/hard_day.py of_another_day_said).
    "hard_day_past_shared": "I'm sorry {day} was hard. I've logged a hard day for {day}, so {other} will see it.",
    "hard_day_past_sorry": "I'm sorry {day} was hard. I've logged a hard day for {day}.",
    "hard_day_past_already": "A hard day is already logged for {day}, so it counts once.",
    "hard_day_last": "last {day}",
    "hard_day_today": "today",
    # A hard day told of a day that cannot be logged (skill/intents/day_asked.py day_refused).
    "hard_day_ahead": (
        "I'm sorry it's looking hard. I only log a hard day once it has come, so nothing is logged yet. "
        "If it is hard on the day, say: I'm having a hard day."
    ),
    "hard_day_too_far": (
        "I can log a hard day up to a week back, so I haven't logged anything. "
        "Earlier days can be added on the website."
    ),
    "hard_day_still_vague": (
        "I couldn't tell which day, so I haven't logged anything. Say it again with its day, for example: "
        "Tuesday was a hard day, or: two days ago was a hard day."
    ),
    "hard_day_other_day": (
        "I can log a hard day for today or a day in the past week, so I haven't logged anything. "
        "If today is hard, say: I'm having a hard day."
    ),
    "card_hard_day": "a hard day",
    # The contract
    "no_contract": (
        "You don't have an agreed contract yet. On the Trust Tracker website, open Contract, "
        "write down your commitments and boundaries, then ask your partner to agree to them."
    ),
    "contract_intro": "Here's your contract, version {number}.",
    "contract_commitments": "Your commitments: {items}.",
    "contract_boundaries": "Your boundaries: {items}.",
    "contract_boundaries_ask": "It also has {count} boundaries; say read our boundaries to hear them.",
    "contract_boundaries_ask_one": "It also has a boundary; say read our boundaries to hear it.",
    "boundaries_notice": "Reading your boundaries aloud, so anyone nearby will hear them.",
    "boundaries_none": "Your contract has no boundaries yet. You can add them on the website.",
    "contract_empty": "It has no commitments or boundaries yet. You can add them on the website.",
    "more": "{count} more on the website",
    # A pause: read slowly, with silences between the lines.
    "pause_lines": (
        "Let's pause together.|Breathe in slowly.|And out.|Once more, in.|And out.|"
        "There's no rush. When you're both ready, come back to the steps you agreed: "
        "speak gently, take turns, and pick it up again when you feel steady."
    ),
    # Small words
    "and": "and",
    "or": "or",
    "today": "today",
    "tomorrow": "tomorrow",
    "on_day_at_time": "on {day} at {time}",
    "day_at_time": "{day} at {time}",
}


def _en_us_clock(moment: time) -> str:
    if named := _midnight_or_noon(moment):
        return named
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'AM' if moment.hour < 12 else 'PM'}"


def _en_gb_clock(moment: time) -> str:
    """ "7 pm", "7.30 pm": how the time is written in British, Australian and Indian English."""
    if named := _midnight_or_noon(moment):
        return named
    hour = moment.hour % 12 or 12
    minutes = f".{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"


def _midnight_or_noon(moment: time) -> str:
    """ "midnight" and "noon" on the hour, never "12 AM" or "12 PM"."""
    if moment.minute:
        return ""
    return {0: "midnight", 12: "noon"}.get(moment.hour, "")


EN_US |= speech_logbook.EN_US  # logging, setbacks, notes, undo
EN_US |= speech_checkin.EN_US  # the weekly check-in
EN_US |= speech_progress.EN_US  # celebrations, milestones, progress
EN_US |= speech_reminders.EN_US  # reminders, the device's time zone, the partner loop
EN_US |= speech_topics.EN_US  # a topic named, the job asked about

# Other English locales share the American phrases, with their own words where they differ.
EN_GB = EN_US | {
    "hard_day_touch_base": "Perhaps a quick catch-up with {other} later. Go gently.",
    "goodbye": "Goodbye. Look after each other.",
}
EN_GB |= speech_progress.EN_GB | speech_reminders.EN_GB
EN_AU = EN_GB | {"goodbye": "Bye for now. Look after each other."}
EN_IN = EN_GB
EN_CA = EN_US


@dataclass(frozen=True)
class Language:
    """The phrases of one locale, and the few things that are not just phrases."""

    locale: str
    phrases: Mapping[str, str]
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    clock: Callable[[time], str]
    # Frequent lines, each said in turn (dialog.vary): the first is the phrase itself.
    variants: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def say(self, key: str, /, **values: object) -> str:
        return self.phrases[key].format(**values)

    def options(self, key: str) -> tuple[str, ...]:
        """Every way this locale says `key`: the phrase, then its variants."""
        return (self.phrases[key], *self.variants.get(key, ()))

    def say_variant(self, key: str, index: int, /, **values: object) -> str:
        options = self.options(key)
        return options[index % len(options)].format(**values)

    def count(self, key: str, count: int, /, **values: object) -> str:
        """ "1 promise", "2 promises": `key`_one for one, `key`_two for two where a phrase has one ("Logged
        both", never "Logged all 2"), `key` (with {count}) otherwise."""
        if count == 2 and f"{key}_two" in self.phrases:
            key = f"{key}_two"
        return self.say(f"{key}_one" if count == 1 else key, count=count, **values)

    def milestone(self, milestone: Milestone) -> str:
        """A milestone in this locale's words."""
        phrase, values = wording(milestone)
        if isinstance(values.get("name"), str):
            values = {**values, "name": named(values["name"])}
        return self.say(f"milestone_{phrase}", **values)

    def both(self, items: Iterable[str]) -> str:
        """ "a, b and c"."""
        return self._join(list(items), self.phrases["and"])

    def either(self, items: Iterable[str]) -> str:
        """ "a, b or c"."""
        return self._join(list(items), self.phrases["or"])

    @staticmethod
    def _join(items: list[str], conjunction: str) -> str:
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"

    def pause_ssml(self) -> str:
        """The pause, slowly, with silences: SSML built from plain phrases, escaped here."""
        lines = [escape(line) for line in self.phrases["pause_lines"].split("|")]
        body = '<break time="2s"/>'.join(lines)
        return f'<prosody rate="slow">{body}</prosody>'

    def when(self, moment: datetime, today: date) -> str:
        """ "today at 7 PM", "tomorrow at 7 PM", "on Sunday at 7 PM" (moment in local time)."""
        clock = self.clock(moment.time())
        if moment.date() == today:
            return self.say("day_at_time", day=self.say("today"), time=clock)
        if moment.date() == today + timedelta(days=1):
            return self.say("day_at_time", day=self.say("tomorrow"), time=clock)
        return self.say("on_day_at_time", day=self.weekdays[moment.weekday()], time=clock)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LANGUAGES: dict[str, Language] = {
    locale: Language(locale, phrases, _WEEKDAYS, clock, variants.BY_LOCALE[locale])
    for locale, phrases, clock in (
        ("en-US", EN_US, _en_us_clock),
        ("en-CA", EN_CA, _en_us_clock),
        ("en-GB", EN_GB, _en_gb_clock),
        ("en-AU", EN_AU, _en_gb_clock),
        ("en-IN", EN_IN, _en_gb_clock),
    )
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
