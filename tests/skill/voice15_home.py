"""Five couples for the voice15 and voice16 tests, each with its own names (some of them words: Faith, Grace,
Frank), its locale and an agreed contract, its device linked with the first partner's voice."""

from __future__ import annotations

from datetime import timedelta

from tests.factories import NOW
from tests.skill.talk import Talk
from tests.skill.voice12_home import VOICE, linked_couple
from trust_tracker.models import contracts
from trust_tracker.models.entities import ItemKind, Partner
from trust_tracker.skill.builder import build_skill

C, B = ItemKind.COMMITMENT, ItemKind.BOUNDARY
COUPLES = {
    "faith-grace": (
        ("Faith", "Grace"),
        "en-GB",
        [
            (C, "Text each other at lunchtime", "lunchtime text"),
            (C, "Do the school run on weekdays", "school run"),
            (C, "Film night on Fridays", "film night"),
            (B, "No drinking alone", None),
            (B, "No messaging exes", None),
        ],
    ),
    "rohan-frank": (
        ("Rohan", "Frank"),
        "en-AU",
        [
            (C, "Be home by midnight", "home by midnight"),
            (C, "Do the dishes after dinner", "dishes"),
            (C, "Sunday swim at the beach", "sunday swim"),
            (C, "Do the house jobs on Saturday", "house jobs"),
            (B, "No online betting", None),
            (B, "No secret credit cards", None),
        ],
    ),
    "will-bill": (
        ("Will", "Bill"),
        "en-AU",
        [
            (C, "Do the washing on Sundays", "washing"),
            (C, "Saturday gym together", "saturday gym"),
            (B, "No pokies", None),
        ],
    ),
    "hope-faith": (
        ("Hope", "Faith"),
        "en-GB",
        [
            (C, "Walk the dog every evening", "dog walk"),
            (C, "Cook a sunday dinner together", "sunday dinner"),
            (B, "No reading each other's journal", None),
        ],
    ),
    "priya-tomas": (
        ("Priya", "Tomás"),
        "en-US",
        [
            (C, "Morning walk together", "morning walk"),
            (C, "Call when running late", "call when late"),
            (B, "No dating apps", None),
            (B, "No hiding purchases", None),
        ],
    ),
}


def couple_home(
    session,
    session_factory,
    key: str,
    *,
    now=NOW,
    couples=COUPLES,
    person_id: str | None = VOICE,
    locale: str | None = None,
) -> tuple[Talk, Partner, Partner, dict[str, int]]:
    """The couple `key` of `couples`: its Alexa (the first partner's voice; `person_id` None: a device
    without voice profiles), both partners, items by name; `locale` the device's, else the couple's."""
    (a, b), own_locale, items = couples[key]
    locale = locale or own_locale
    one, two = linked_couple(session, a, b, person_id=person_id, timezone="Europe/London", now=now)
    drafts = [contracts.ItemDraft(kind, text, short_name=short) for kind, text, short in items]
    version = contracts.propose_version(session, one, drafts, now=now - timedelta(days=30))
    contracts.agree_version(session, two, version.id, now=now - timedelta(days=30))
    session.flush()
    alexa = Talk(build_skill(), session_factory, person_id=person_id, locale=locale, now=now)
    return alexa, one, two, {item.short_name or item.text: item.lineage_id for item in version.items}
