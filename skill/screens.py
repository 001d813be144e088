"""What screens show: a simple card in the Alexa app, and this week's tracker on devices
with a display (APL)."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_supported_interfaces
from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective
from ask_sdk_model.ui import SimpleCard

from trust_tracker.models.progress import Progress

from .speech_text import brief

CARD_TITLE = "Trust Tracker"
MAX_CARD_TEXT = 1000
TRACKER_TOKEN = "weekTracker"
MAX_ROWS = 8

# One document for every screen size: a title, this week's counts, and the streaks.
TRACKER_DOCUMENT: dict[str, Any] = {
    "type": "APL",
    "version": "2023.3",
    "theme": "dark",
    "mainTemplate": {
        "parameters": ["tracker"],
        "items": [
            {
                "type": "Container",
                "paddingLeft": "@marginHorizontal",
                "paddingRight": "@marginHorizontal",
                "paddingTop": 32,
                "items": [
                    {"type": "Text", "text": "${tracker.title}", "style": "textStyleDisplay4"},
                    {"type": "Text", "text": "${tracker.week}", "style": "textStyleBody", "paddingTop": 16},
                    {
                        "type": "Sequence",
                        "data": "${tracker.rows}",
                        "grow": 1,
                        "paddingTop": 16,
                        "items": [{"type": "Text", "text": "${data}", "style": "textStyleBody"}],
                    },
                ],
            }
        ],
    },
}


def summary_card(handler_input: HandlerInput, title: str, text: str) -> None:
    """A simple card in the Alexa app: what was logged, or the summary just heard."""
    handler_input.response_builder.set_card(
        SimpleCard(title=f"{CARD_TITLE}: {title}", content=brief(text, MAX_CARD_TEXT))
    )


def has_screen(handler_input: HandlerInput) -> bool:
    return get_supported_interfaces(handler_input).alexa_presentation_apl is not None


def tracker(handler_input: HandlerInput, result: Progress) -> None:
    """This week's tracker, on devices that can show APL."""
    if not has_screen(handler_input):
        return
    rows = [
        f"{brief(s.commitment.spoken_name, 60)}: {s.length} {s.unit}{'' if s.length == 1 else 's'} in a row"
        for s in result.streaks[:MAX_ROWS]
    ]
    data: dict[str, object] = {
        "tracker": {
            "title": "This week",
            "week": (
                f"Kept {result.this_week.kept}, missed {result.this_week.missed} "
                f"(last week: kept {result.last_week.kept}, missed {result.last_week.missed})"
            ),
            "rows": rows,
        }
    }
    handler_input.response_builder.add_directive(
        RenderDocumentDirective(token=TRACKER_TOKEN, document=TRACKER_DOCUMENT, datasources=data)
    )
