"""The other partner away a moment, and waited for: "one sec, she's just in the loo", "he's on the phone,
hang on", "she's just popped to the toilet" (tester-voice40 D8: saved as a check-in answer). Read by
presence.coming with its own word for the partner, so a check-in question or "Is Sam with you?" waits;
"she's in the shower" alone is still away (intents/checkin_together.py)."""

from __future__ import annotations

import re
from functools import cache

_WAIT = (
    r"(?:one|just a) (?:sec|second|minute|min|mo|moment)|hang on|hold on|wait|bear with (?:me|us)|"
    r"give (?:me|us) a (?:sec|second|minute|min|mo|moment)"
)
_POPPED_TO = r"to the (?:loo|toilet|bathroom|car|shop|shops)"
_MOMENT_AWAY = (
    r"(?:in|on) the (?:loo|toilet|bathroom|washroom|restroom|lav|phone)|using the (?:loo|toilet|bathroom)|"
    rf"(?:popped|nipped|dashed|run|gone) (?:(?:out|upstairs|downstairs)(?: {_POPPED_TO})?|{_POPPED_TO})"
)


@cache
def _briefly(they: str) -> re.Pattern[str]:
    """Away a moment, with a wait said before or after it, or "just": `they`, the partner as presence reads them."""
    return re.compile(
        rf"(?:(?:{_WAIT}) )+{they} (?:just )?(?:{_MOMENT_AWAY})|{they} (?:just )?(?:{_MOMENT_AWAY}) (?:{_WAIT})|"
        rf"{they} just (?:{_MOMENT_AWAY})"
    )


def away_a_moment(words: str, they: str) -> bool:
    """Whether the spoken `words` only say the partner (`they`: a pattern) is away a moment, waited for."""
    return _briefly(they).fullmatch(words) is not None
