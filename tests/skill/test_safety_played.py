"""A game, a sport or an achievement said to SupportIntent's carriers ("he beat {...}", "she
smashed {...}"): let go kindly with what the skill can do, not the calm line on how to ask
for the numbers (issue 8, item 2). Anything of distress in the same words still gets help."""

from __future__ import annotations

import pytest

from tests.skill.e2e.harness import conversation_script, route_only
from tests.skill.test_safety import LOCALES, alex, envelope, say, skill, speech, then
from tests.skill.test_safety_states import STATES, stored
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.distress_games import of_a_game
from trust_tracker.skill.help_words import WORDING
from trust_tracker.skill.idioms import everyday_idiom

__all__ = ["alex", "conversation_script", "say", "skill"]  # fixtures

# Games, sports, quizzes and everyday triumphs, in the words that reach the carriers.
PLAYED = [
    "he beat me at chess again",
    "he hit a home run",
    "she smashed it at netball",
    "they killed it at the quiz",
    "he beat me at poker last night",
    "she beats me at scrabble every time",
    "he hit a six at cricket",
    "she kicked my butt at mario kart",
    "he smashed it in his exam",
    "he crushed it at the parkrun",
    "my husband won the pub quiz",
    "my wife nailed it at her interview",
    "he threw a strike at bowling",
    "she knocked it out of the park with her presentation",
    "they are top of the league",
]
# Distress said beside a game: help, always.
NOT_PLAYED = [
    "he beat me after the game",
    "he hit me when his team lost the match",
    "she kicked me under the table at the quiz and i'm scared of her",
    "he smashed my head against the wall after football",
    "he threatened to kill me if i beat him at cards again",
    "my husband punched me at the darts night",
]


@pytest.mark.parametrize("said", PLAYED)
def test_a_game_is_of_a_game_and_not_distress(said) -> None:
    assert of_a_game(said) and not is_distress(said)


# Fear beside a game, or an ordeal that is no game: the calm line on how to ask for help, as before.
@pytest.mark.parametrize(
    "slots",
    [{"before_and_i_am_scared": "the final is tomorrow"}, {"before_and_i_am_scared": "the exam is on monday"}],
)
def test_fear_beside_a_game_still_gets_the_calm_line(say, session, couple, slots) -> None:
    said = speech(say(envelope("SupportIntent", slots)))
    assert said == WORDING["en-US"]["unsure"]


@pytest.mark.parametrize("said", NOT_PLAYED)
def test_distress_beside_a_game_is_still_distress(said) -> None:
    assert is_distress(said)


@pytest.mark.usefixtures("alex")
def test_a_game_said_alone_is_let_go_kindly_and_distress_beside_one_gets_help(
    conversation_script, say, session
) -> None:
    before = stored(session)
    carried = 0
    for turn in route_only(PLAYED + NOT_PLAYED):
        if turn["intent"] != "SupportIntent":
            continue  # reached no carrier: not the safety's to answer
        said = speech(say(envelope(turn["intent"], turn["slots"])))
        if turn["utterance"] in NOT_PLAYED:
            assert said.startswith("I'm sorry you're going through this."), turn
            continue
        carried += 1
        assert said == f"{WORDING['en-US']['played']} {WORDING['en-US']['played_menu']}", turn
        assert "I need help" not in said
    assert carried >= 8  # most reach a carrier; the rest go where Alexa sends them
    assert stored(session) == before


@pytest.mark.parametrize("locale", LOCALES)
def test_the_let_go_is_said_in_every_locale_and_the_session_stays_open(say, session, couple, locale) -> None:
    result = say(envelope("SupportIntent", {"after_he_beat": "me at chess again"}, locale=locale))
    assert speech(result).startswith("That one isn't something I keep track of. I can log a promise kept")
    assert result["response"]["shouldEndSession"] is False
    assert "I need help" not in speech({"response": {"outputSpeech": result["response"]["reprompt"]["outputSpeech"]}})


@pytest.mark.parametrize(
    "slots", [{"after_my_friend": "is killing it at work"}, {"after_he_beat": "me at chess again"}]
)
def test_mid_checkin_a_game_is_the_answer_and_the_checkin_goes_on(say, session, couple, slots) -> None:
    """Said while a check-in question waits, a game is that question's answer (tester-voice21 #7)."""
    before, person = STATES["mid check-in"](say, session, couple)
    entries, answers, *rest = stored(session)
    said = speech(say(then(before, "SupportIntent", slots, person_id=person)))
    assert "Question 2" in said and "I need help" not in said and WORDING["en-US"]["played"] not in said, said
    assert stored(session) == (entries, answers + 1, *rest)


# tester-voice7 #7: an opener's aside or a drinking idiom told beside harm to a person is never let
# go as "played" (the detector not hearing the rest is no licence to dismiss it).
@pytest.mark.parametrize(
    "slots",
    [
        {"after_oh_great": "he had a few and got rough with me again"},
        {"after_since_the_baby_came": "she gets nasty to me when she's had a few too many"},
        {"after_oh_great": "had a few pints and his knuckles were bloody after going for me"},
    ],
)
def test_harm_beside_an_opener_or_a_drinking_idiom_is_never_let_go_as_played(say, session, couple, slots) -> None:
    before = stored(session)
    said = speech(say(envelope("SupportIntent", slots)))
    assert not said.startswith(WORDING["en-US"]["played"])
    assert said == WORDING["en-US"]["unsure"] or said.startswith("I'm sorry you're going through this.")
    assert stored(session) == before


@pytest.mark.parametrize(
    ("said", "idiom"),
    [
        ("it's only when he's had a few that his fists come out", False),
        ("after a few too many he gets violent with me", False),
        ("we had a few at the pub and sang all night", True),
        ("i could murder a curry", True),
        ("i want to punch this printer", True),
    ],
)
def test_a_drinking_idiom_beside_harm_to_a_person_is_no_idiom(said, idiom) -> None:
    assert everyday_idiom(said) is idiom
