"""A game played, then lost to the one who beat or shot the speaker in it (tester-voice22 L21: "we
played a shooting game and Sam beat me" got the help lines and the moment was lost). Read as "…and
Sam won" before the rules look (skill/distress_everyday.py), only when the game comes first, the
winner follows straight after "and", and nothing but how they won ends the sentence: "he beat me
after the game", "we played cards and then he beat me", "…and he got drunk and beat me" and "he beat
me again last night" are read as said, and any other danger in the words is still read.
"""

from __future__ import annotations

import re

from .distress_games import GAME
from .distress_vocab import SCORE

# Games played by shooting, where a shot may land anywhere: "shot me in the back" at paintball.
_SHOOTING = r"(?:paintball|laser tag|laser quest|airsoft|nerf|water pistols?|water guns?|shooting games?|shoot em up|call of duty|halo)"
_SHOOTING_GAME = re.compile(_SHOOTING)
_WHO_PLAYED = r"(?:we|i|me and \w+|\w+ and (?:i|me)|my partner and i|the kids and i)"
_PLAYED = r"(?:played|were playing|was playing|had|did|raced|ran|went|tried|shot)"  # "shot some hoops"
_WHEN = r"(?: (?:last night|tonight|today|yesterday|earlier|after (?:dinner|tea|lunch)|at the weekend|on \w+day|online|together))?"
_WINNER = (
    r"(?!then\b)(?:he|she|they|my partner|someone|the kids|(?:my|our) (?:son|daughter|brother|sister|dad|mum|mom)|\w+)"
)
_WON_BY = (
    r"(?:beat|thrashed|destroyed|smashed|crushed|hammered|annihilated|killed|shot|owned|trounced|whooped|whupped|"
    r"wiped the floor with)"
)
_HOW = rf"(?: (?:again|easily|as usual|as always|every (?:time|round|game)|in every round|in the end|hands down|fair and square|by a mile|{SCORE}|twice|badly|(?:\w+ )times))*"
_GAME_WON = re.compile(
    rf"^((?:{_WHO_PLAYED}(?: \w+){{0,2}}? )?{_PLAYED}\b(?: [\w']+){{0,5}}? (?:{GAME}|{_SHOOTING})(?: to the \w+)?{_WHEN},? and {_WINNER}) "
    rf"{_WON_BY} (?:me|us){_HOW}( in the \w+)? *$"
)


def played_read(said: str) -> str:
    """`said` with a game's winner read as having won ("…and my partner won"); a shot "in the back"
    counts as a win only in a game played by shooting."""
    won = _GAME_WON.match(said)
    if won is None or (won.group(2) and _SHOOTING_GAME.search(won.group(1)) is None):
        return said
    return f"{won.group(1)} won"
