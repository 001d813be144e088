"""SupportIntent heard through a carrier ("he threw {after_he_threw}") whose words the distress check let go:
what they are answered with (skill/safety.py asks only after ruling distress out). Words that ask for
something the skill does are served as if said alone; words of a game, an idiom, a gripe or a worry are let
go kindly; anything else gets the calm line saying how to ask for help, never "not understood". While a
check-in question waits, everyday words known for what they are are its answer (skill/carrier_answer.py).
"""

from __future__ import annotations

from typing import Literal

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .carrier_answer import answered_as_checkin
from .carrier_openers import OPENERS
from .carrier_plain import plainly_everyday
from .carrier_promise import answer_told, hard_day_taken_back, promise_told
from .carrier_reading import readings, told_by, whole_sentence
from .dialog import replay, speech
from .distress_games import a_gripe, at_leisure, of_a_game
from .distress_worries import an_everyday_worry
from .felt_miss import felt_miss
from .idioms import cross_at_a_slip, everyday_idiom, harm_told
from .partner_acts import everyday_act, partner_at_a_place
from .said_alone import commanded, handed_over_in, logged_after_a_turn, said_alone
from .speakers import couple_names, linked_couple
from .told_kept import kept_deed
from .told_lapse import told_lapse

# What words answered by the calm line are (skill/help_words.py has a line for each).
Kind = Literal["told", "played", "worry", "unsure"]

# Carriers whose everyday sense is a kindness ("Sam made me laugh at breakfast", "gave me a hug"):
# the partner named there, the words not distress, is a moment told, asked about as any is.
KIND = frozenset({"after_he_made_me", "after_he_gave_me_a"})


def everyday_answer(handler_input: HandlerInput, slots: dict[str, str], waiting: bool) -> Response | Kind:
    """The answer to carrier words that are not distress (`slots`, the request's; `waiting`, whether a check-in
    question waits), or, when nothing serves them, the kind of words they are for the calm line."""
    heard = list(readings(slots))
    if not waiting and any(at_leisure(said) for said in heard):
        # "I'm listening to hit me baby one more time": what one does for pleasure now is let
        # go as words about no promise are (skill/understanding.unrelated).
        return (
            handler_input.response_builder.speak(speech(handler_input).say("log_let_go"))
            .set_should_end_session(True)
            .response
        )
    own = None if waiting else _said_as_everyday(handler_input, slots, heard)
    if own is not None:
        return own
    harmed = any(harm_told(said) for said in heard)
    # An everyday sentence that says what to log it as is served so; mid check-in, it is the answer's.
    command = next(filter(None, map(commanded, heard)), None) if not harmed else None
    if command is not None and not waiting:
        return replay(handler_input, *command)
    # A worry, then what was done: "I'm scared of spiders but I did the house jobs" logs the jobs; a scene
    # told ("the kids were up till ten but we still had our talk") is not logged without a command.
    words_are = _kind_of_words(heard)  # read once: a game, an idiom, a worry or not known
    worried = not harmed and words_are == "worry"
    done = next(filter(None, map(logged_after_a_turn, heard)), None) if worried else None
    if done is not None and not waiting:
        return replay(handler_input, *done)
    # A worry's words tell a promise only as a miss already felt ("i'm afraid i missed the sunday walk").
    may_tell = words_are == "unsure" or (words_are == "worry" and any(map(felt_miss, heard)))
    promise = promise_told(handler_input, heard) if not harmed and may_tell else None
    answered = answer_told(handler_input, promise) if promise is not None and not waiting else None
    if answered is not None:
        return answered  # "he didn't call when he was late": the couple's log
    back = None if harmed or waiting else hard_day_taken_back(handler_input, heard)
    if back is not None:
        return back  # "it's not a hard day anymore": today's taken back, or why not
    # An opener's everyday aside is let go, unless it tells of harm to a person.
    opened = set(slots) & OPENERS and not harmed
    # "my husband rang me at lunch", "she stood at the bus stop": told, not a safety matter.
    told = (
        promise is not None
        or everyday_act(slots.get("after_my_partner", "-"))
        or any(partner_at_a_place(slots.get(slot, "-")) for slot in ("after_he_stood", "after_he_sat"))
        or (any(map(plainly_everyday, heard)) and not harmed)
    )
    kind: Kind = "told" if told else "played" if opened else words_are
    # Words known to be everyday (an opener alone is not) answer a waiting check-in question.
    known = (told or words_are != "unsure") and not harmed
    if known and (answered := answered_as_checkin(handler_input, slots)) is not None:
        return answered
    return kind


def _kind_of_words(heard: list[str]) -> Kind:
    """What a carrier's words that are not distress are: a game, an everyday idiom or a gripe (let
    go kindly: skill/distress_games.py, skill/idioms.py), the speaker's everyday worry
    (skill/distress_worries.py), or not known ("unsure": how to ask for help)."""
    if any(of_a_game(said) or everyday_idiom(said) or cross_at_a_slip(said) or a_gripe(said) for said in heard):
        return "played"
    return "worry" if any(an_everyday_worry(said) for said in heard) else "unsure"


def _own_words_read_whole(slots: dict[str, str], heard: list[str]) -> bool:
    """Words on both sides of a carrier's fixed words, no name, said as the speaker's: "i took sam to
    the one place she loves" is their own deed, as "i {commitment}" took it, unless the words are a
    game, an idiom, a gripe or a worry (_kind_of_words)."""
    return (
        any(slot.startswith("before_") for slot in slots)
        and whole_sentence(slots).startswith(("i ", "we "))
        and _kind_of_words(heard) == "unsure"
    )


def _said_as_everyday(handler_input: HandlerInput, slots: dict[str, str], heard: list[str]) -> Response | None:
    """A carrier whose rebuilt words are not distress but a request of the couple's: "I shared my
    location when I was out" (Alexa filled "name" with "I"), "Will here, I shared my location" or
    "this is Faith, log a moment: Hope made me a cuppa" (a handover before a request), "Sam made me
    laugh" (a kindness, KIND): answered as said alone, nothing saved before a yes (the caller asks only
    while no check-in question waits). None otherwise (the calm line)."""
    named = str(slots.get("name") or "").strip().lower()
    whole = next((said for said in heard if named and said.startswith(f"{named} ")), None)
    # A name's carrier as said, its fixed words as spoken: the words a note keeps.
    told = (
        told_by(named, slot, value) for slot, value in slots.items() if slot.startswith("after_he_") and value.strip()
    )
    whole = whole and next(told, whole)
    if not named and _own_words_read_whole(slots, heard):
        whole = whole_sentence(slots)
        named = whole.split(" ")[0]
    if whole is None:
        return None
    # "i shared my …", or a request ("log a moment hope made me …", its handover already heard); never
    # "i got home late and he made me a cup of tea", the partner's deed told after the speaker's own.
    own = (
        named in ("i", "we") or not whole.startswith(("i ", "we ")) or told_lapse(whole) or kept_deed(whole) is not None
    )
    request = said_alone(whole) if own else None
    if request is not None:
        return replay(handler_input, *request)
    couple = linked_couple(handler_input)
    if couple is None or named in ("i", "we"):
        return None
    handed = handed_over_in(handler_input, couple, whole)
    if handed is not None or not set(slots) & KIND or named not in map(str.lower, couple_names(handler_input)):
        return handed
    return replay(handler_input, "LogKeptIntent", {"commitment": whole})
