"""Yes, next, go back and repeat at the menu ("What would you like to do?"), where none of
them has anything to act on: never the same line in a loop.

The first time, each gets its own useful answer: "yes" hears the most useful next step in
concrete words (a promise still due today, by name), "repeat" hears the question again,
"next" and "go back" hear what they do and where. Said again in a row, the help line; a
third time, a kind goodbye. The count rides on the question last asked (dialog.ask
replaces it), so anything else said in between starts it afresh.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from trust_tracker.models import still_open
from trust_tracker.models.entities import Partner

from ..alexa_apis import device_zone
from ..dialog import LAST_QUESTION, ask, session_attributes, skill_context, speech, tell, vary
from ..grammar import promise

NUDGES = "menu_nudges"


def at_menu(handler_input: HandlerInput, word: str, partner: Partner | None = None) -> Response:
    """`word` ("yes", "repeat", "next", "previous") said at the menu, for `partner` when known."""
    attributes = session_attributes(handler_input)
    say = speech(handler_input).say
    question = attributes.get(LAST_QUESTION)
    before = question.get(NUDGES) if isinstance(question, dict) else None
    nudges = before + 1 if isinstance(before, int) and not isinstance(before, bool) else 1
    if nudges >= 3:
        return tell(handler_input, say("fallback_give_up"))
    if nudges == 2:
        text = vary(handler_input, "help")
    elif word == "yes":
        text = suggestion(handler_input, partner)
    elif word == "repeat":
        heard = question.get("reprompt") if isinstance(question, dict) else None
        text = heard if isinstance(heard, str) and heard else say("what_next_reprompt")
    else:
        text = say("menu_next")
    response = ask(handler_input, text, say("what_next_reprompt"))
    attributes[LAST_QUESTION][NUDGES] = nudges
    return response


def suggestion(handler_input: HandlerInput, partner: Partner | None) -> str:
    """The most useful next step, concretely: a promise still due today, by name; else the check-in."""
    language = speech(handler_input)
    if partner is None:
        return language.say("menu_yes")
    context = skill_context(handler_input)
    due = still_open.all_meant(
        context.session, partner, now=context.now, device_zone=device_zone(handler_input, partner.couple)
    )
    if not due:
        return language.say("menu_yes")
    return language.say("menu_yes_due", example=promise(language, due[0].spoken_name, "my"))
