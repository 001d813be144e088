"""The help answer's words (skill/safety.py says them): the locale's emergency number, crisis line
and abuse line (models/safety.py), said digit by digit, what the skill is not, and the pause."""

from __future__ import annotations

from xml.sax.saxutils import escape

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale

from trust_tracker.models import safety

_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")

# Short and calm: about 18 seconds before the offer (tests/skill/test_safety.py counts).
EN_US: dict[str, str] = {
    "opening": "I'm sorry you're going through this.",
    "emergency": "If you're in danger, call {number}.",
    "crisis": "Call or text {name} at {number}.",
    "abuse": "For abuse, call {name} at {number}.",
    "abuse_web": "For abuse, {name} lists shelters near you.",
    # What became of the words and entries (skill/help_entries.py): only what is true.
    "not_saved": "That wasn't saved.",
    "removed": "I've removed your last entry, as you asked.",
    "removed_answer": "I've removed your check-in answer from this week, as you asked.",
    "removed_answers": "I've removed your check-in answers from this week, as you asked.",
    "not_a_substitute": "I'm no substitute for emergency help.",
    "offer": "Would you like a short pause?",
    # Said with "I have to go": no question left open (skill/after_help.py must_go).
    "go_safely": "Go safely. The numbers are on the Trust Tracker website too, under Need help now.",
    "offer_reprompt": "Would you like a short pause to breathe? Yes or no?",
    # "Erm", "wait no" to the offer: the offer again, gently; the numbers were just said (tester-voice36 D23).
    "offer_again": "Take your time. Would you like a short pause?",
    # Read slowly; "|" is a silence.
    "pause": (
        "Let's breathe together.|Breathe in, slowly.|And out.|Once more, in.|And out.|"
        "Take all the time you need. You can call {name} whenever you want to talk to someone."
    ),
    "close": "That's alright. The numbers are on the Trust Tracker website too, under Need help now. Take care.",
    # After the answer to "Shall I remove it?", the help answer's one question: no second one.
    "close_after_removal": "The numbers are on the Trust Tracker website too, under Need help now. Take care.",
    # A carrier whose words may or may not be danger: how to ask, in one line, nothing more.
    "unsure": "If you or someone else isn't safe, say: I need help, and I'll give you the numbers to call.",
    "unsure_reprompt": "If you need the numbers to call, say: I need help.",
    # A carrier whose words are a game, a sport, an idiom or a gripe: let go kindly, no help line.
    "played": "That one isn't something I keep track of.",
    # A carrier whose words are an everyday fear of the speaker's own ("scared of missing the train").
    "worry": "That sounds like a worry, and it's alright to feel that way.",
    # The partner's everyday act through "my husband {…}" ("rang me at lunch"): skill/partner_acts.py.
    "told": "Thanks for telling me.",
    # Right after the help lines, "thank you, I'm okay now": skill/after_help.py.
    "settled": "I'm glad it has eased. The numbers are on the Trust Tracker website, under Need help now. Take care.",
    "played_menu": "I can log a promise kept, read your agreement, or start a check-in. What would you like?",
    "played_reprompt": "You could say: I kept my promise, or: start our check-in. What would you like?",
}
EN_CA = EN_US
EN_GB = EN_US | {
    "crisis": "Call {name} on {number}, any time.",
    "abuse": "For abuse, call {name} on {number}.",
}
EN_AU = EN_GB | {"crisis": "Call {name} on {number}, any time."}
EN_IN = EN_AU
WORDING: dict[str, dict[str, str]] = {"en-US": EN_US, "en-CA": EN_CA, "en-GB": EN_GB, "en-AU": EN_AU, "en-IN": EN_IN}


def spoken_number(line: safety.Helpline) -> str:
    """The number digit by digit, as words, with a comma between the groups people write:
    every speech engine reads "nine one one" alike, where "911" may become nine hundred and eleven."""
    return ", ".join(" ".join(_DIGITS[int(d)] for d in group) for group in line.digit_groups())


def locale_of(handler_input: HandlerInput) -> str:
    """The request's locale, if the help lines have its wording; else the default's."""
    locale = get_locale(handler_input)
    return locale if isinstance(locale, str) and locale in WORDING else safety.DEFAULT_LOCALE


def help_numbers(locale: str) -> list[str]:
    """The locale's emergency number, crisis line and abuse line, a sentence each, as the help lines
    say them: also said by the doubt question (skill/intents/doubt.py), so both say the same numbers."""
    say, help_here = WORDING[locale], safety.for_locale(locale)

    def line(key: str, helpline: safety.Helpline) -> str:
        if helpline.number is None:
            key = f"{key}_web"
        return say[key].format(name=helpline.spoken_name, number=spoken_number(helpline))

    return [
        say["emergency"].format(number=spoken_number(help_here.emergency)),
        line("crisis", help_here.crisis),
        line("abuse", help_here.abuse),
    ]


def support_ssml(
    locale: str, entries: str = "not_saved", offer: tuple[str, str] | None = None, *, leaving: bool = False
) -> tuple[str, str]:
    """What is said, and the reprompt: the locale's numbers, what became of the words (`entries`: a
    WORDING key), what this skill is not, and the one question (`offer`, else the pause); `leaving`: no
    question, a goodbye (the reprompt then unused)."""
    say = WORDING[locale]
    question, reprompt = offer or (say["offer"], say["offer_reprompt"])
    if leaving:
        question = say["go_safely"]
    parts = [say["opening"], *help_numbers(locale), say[entries], say["not_a_substitute"], question]
    return " ".join(escape(part) for part in parts), escape(reprompt)


def pause_ssml(locale: str) -> str:
    """A short breathing pause, slowly, with silences between the lines."""
    text = WORDING[locale]["pause"].format(name=safety.for_locale(locale).crisis.spoken_name)
    body = '<break time="3s"/>'.join(escape(line) for line in text.split("|"))
    return f'<prosody rate="slow">{body}</prosody>'
