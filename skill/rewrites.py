"""A pattern's rewrite of words, paid for only where it matches.

CPython 3.11 parses a replacement that holds a group reference (r"\\1 tired") on every
`Pattern.sub` call, before it searches and whether or not anything matches: 2.8 µs a call against
0.8 for a search that finds nothing. The readings of what was said for distress
(skill/distress_reading.py, distress_everyday.py, distress_fond.py) rewrite every text some forty
times a reading, and almost none of those rewrites match.
"""

from __future__ import annotations

import re


def rewritten(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    """Exactly `pattern.sub(replacement, text)`: a pattern that finds nothing changes nothing."""
    return pattern.sub(replacement, text) if pattern.search(text) is not None else text
