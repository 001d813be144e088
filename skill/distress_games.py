"""Words of a game, a sport or an achievement: "he beat me at chess again", "he hit a home run",
"she smashed it at netball", "they killed it at the quiz". They reach SupportIntent's carriers
("he beat {...}", "she smashed {...}") but are not a call for help, and the calm line on how
to ask for the numbers is out of place after them: the skill lets them go kindly instead
(skill/safety.py). Read only when the words are not distress (is_distress decides first, so
"he beat me after the game" still gets help)."""

from __future__ import annotations

import re

from .distress_reading import normalise
from .distress_vocab import FEAR

# Games and sports by name: what "kill him at …" is played at (skill/distress.py reads it so).
GAME = (
    r"(?:chess|draughts|checkers|cards|poker|snooker|pool|darts|tennis|table tennis|ping pong|golf|mini golf|"
    r"football|footy|soccer|netball|basketball|hoops|baseball|softball|cricket|rugby|hockey|squash|badminton|volleyball|"
    r"bowling|bowls|rounders|lacrosse|frisbee|arm wrestling|wrestling|boxing|karate|judo|fencing|swimming|"
    r"cycling|parkrun|marathon|half marathon|triathlon|5k|10k|race|races|relay|"
    r"quiz|quizzes|trivia|scrabble|monopoly|uno|cluedo|jenga|bingo|karaoke|sudoku|crossword|wordle|charades|"
    r"board games?|card games?|video games?|computer games?|games?|match|matches|final|semi final|league|cup|"
    r"tournament|competition|contest|mario kart|fortnite|minecraft|fifa|xbox|playstation|nintendo|hide and seek|"
    # Play fights at home: "the kids and I had a pillow fight and I got destroyed".
    r"(?:pillow|water|snowball|food|tickle|play|nerf|water balloon) (?:fights?|wars?|battles?))"
)
_PLAYED = re.compile(
    # A game or a sport named anywhere: "at chess", "in the final", "at netball".
    rf"\b{GAME}\b"
    # Achievement in everyday idioms: "smashed it", "knocked it out of the park", "hit a home run".
    r"|\b(?:smashed|smashes|smashing|smash|killed|kills|killing|kill|nailed|nails|nailing|nail|crushed|crushes|"
    r"crushing|crush|aced|aces|acing|ace|rocked|rocks|rocking|owned|owns|owning|bossed|bossing) it\b"
    r"|\bknocked it out of the park\b|\bhome runs?\b|\b(?:hole in one|hat trick|bullseye|checkmate|touchdown|"
    r"slam dunk|high score|personal best|new record|world record|gold medal|first place|jackpot)\b"
    r"|\b(?:scored|scores|scoring) (?:a|an|another|the|two|three|\d+)\b"
    r"|\b(?:won|wins|winning|win) (?:at|the|a|an|again|every|first|by)\b"
)


# A name slot holding a person and a game: "i'm going to kill {name}" heard with "sam at tennis tomorrow".
_AT_A_GAME = re.compile(rf"(?:my |our |the )?\w+(?: \w+)? at (?:a |the )?{GAME}(?: \w+){{0,3}}")


def a_person_at_a_game(name: str) -> bool:
    """Whether a name slot's words are a person and the game played with them, nothing more."""
    return _AT_A_GAME.fullmatch(normalise(name)) is not None


# Fear said beside a game is still fear, and gets the calm line: "the final is tomorrow and I'm scared".
_FEARED = re.compile(rf"\b(?:{FEAR}|worried|nervous|anxious|unsafe)\b")


def of_a_game(text: str) -> bool:
    """Whether these words speak of a game, a sport or an achievement, and of no fear (never
    asked of distress)."""
    said = normalise(text)
    return _PLAYED.search(said) is not None and _FEARED.search(said) is None


# What one is doing for pleasure right now: "I'm listening to hit me baby one more time".
_AT_LEISURE = re.compile(
    r"^i am (?:just |really |currently |still )?(?:listening|watching|playing|reading|cooking|baking|"
    r"relaxing|chilling|singing|dancing|humming|knitting|gardening) (?:to |down|in front of |on |with |the |a |my |some )"
)


def at_leisure(text: str) -> bool:
    """Whether these words say what the speaker is doing for pleasure now, and of no fear (never
    asked of distress)."""
    said = normalise(text)
    return _AT_LEISURE.match(said) is not None and _FEARED.search(said) is None


# Everyday things one is fed up with: "I'm done with this bloody traffic", "sick of the rain".
_NUISANCE = (
    r"(?:traffic|rain|weather|heat|cold|snow|wind|queues?|commute|wifi|internet|printer|computer|laptop|phone signal|"
    r"noise|roadworks|builders|week|day|homework|meetings?|emails?|paperwork|flu|cold|diet|washing|laundry|dishes|"
    r"housework|ironing|school run|bus|buses|trains?|tube|parking|news|election|heatwave|mess|mozzies|mosquitoes|flies)"
)
_GRIPE = re.compile(
    r"\b(?:done with|sick of|fed up with|tired of|over) (?:this|the|these|all this|all the|all these|that) "
    rf"(?:(?:bloody|stupid|damn|damned|flipping|freaking|flaming|blooming|ruddy|endless|awful|rotten) )?{_NUISANCE}\b"
)


def a_gripe(text: str) -> bool:
    """Whether these words are a gripe about an everyday nuisance ("done with this bloody traffic"),
    and of no fear (never asked of distress: "sick of life" is heard before this)."""
    said = normalise(text)
    return _GRIPE.search(said) is not None and _FEARED.search(said) is None
