"""Patterns built from a couple's own stored words (their names, their promises' names),
compiled once per process.

`re` keeps 512 compiled patterns and drops the oldest first. The project's fixed patterns fill
most of it and each couple's own add a few more (who is speaking, said again, is 1,500
characters and about 2 ms to compile), so a process serving many couples pushed a couple's
patterns out before its next request, compiled them again each time, and pushed the fixed ones
out too. Here they are kept, least recently used out first, for as many couples as a process
serves. Never for a pattern built from what was said: what people say is not kept in memory."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=2048)  # a few per couple; the largest about 16 kB
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)
