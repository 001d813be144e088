"""Everyday use, from tester-voice14 #5, #7 (not served), #8-#11 (voice23, issue 8), held out: written
before the work, in other words than the tester's, for two couples and two locales, through the
skill's real request path.

#8: "no, I meant X" after a refused keep logs the keep of X; the miss already there never moves.
#9: a lapse told by how it went is matched to the promise its words fit, or asked; never a promise
it shares only a number or a filler word with.
#10: a loose name ("the phone one", "the walk one") answers "which one?".
#11: the "how" said with that answer is its note; a note moved to another day loses the day word
it contradicts.
#5: distress said on an unlinked device, at the linking prompt, gets the full help answer.
#7: a clear "note that as a moment" at the end of an everyday sentence notes it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.skill.talk import Talk
from tests.skill.voice12_home import four_promises
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import Match

TODAY = date(2026, 11, 25)  # NOW, a Wednesday, in New York
MONDAY = date(2026, 11, 23)
COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB")]
HELP = "That wasn't saved"


# --- #8: "I meant X" after a refused keep ------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "meant",
    ["no, I meant call when late", "sorry, I meant the open phone", "no I meant the sunday walk"],
)
def test_i_meant_after_a_refused_keep_logs_that_keep_and_leaves_the_miss(
    session, session_factory, a, b, locale, meant
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("log a miss for the evening talk")
    talk("no thanks")
    refused = talk("log a keep for the evening talk")
    assert "already logged as missed" in refused.speech, refused.speech
    said = talk(meant)
    name = next(n for n in ("call when late", "open phone", "Sunday walk") if n.lower() in meant.lower())
    assert "Changed" not in said.speech and "kept" in said.speech, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)] == [("missed", "evening talk"), ("kept", name)]


@pytest.mark.parametrize("answer", ["never mind", "that's all", "\x00\x07", "open phone " * 500, "🙂"])
def test_the_question_after_a_refused_keep_never_moves_or_guesses(session, session_factory, answer) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    talk("log a miss for the evening talk")
    talk("no thanks")
    talk("log a keep for the evening talk")
    said = talk.send(Match("LogKeptIntent", {"commitment": answer}))
    assert said.speech and "Changed" not in said.speech, said.speech
    logged = [(k, n) for k, n, _, _ in rows(session)]
    assert logged in ([("missed", "evening talk")], [("missed", "evening talk"), ("kept", "open phone")]), logged


# --- #9: a told lapse is matched to what its words fit -----------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "told",
    [
        "I told Sam I'd be home by ten and then I wasn't",
        "I said I'd be back by nine and then I wasn't",
        "I promised I'd be there by ten thirty but I wasn't",
    ],
)
def test_a_told_lapse_about_a_time_is_never_the_walk(session, session_factory, a, b, locale, told) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(told)
    logged = [(k, n) for k, n, _, _ in rows(session)]
    assert logged in ([("missed", "call when late")], []), (said.speech, logged)
    if not logged:  # asked which one, never guessed
        assert said.open and "call when late" in said.speech, said.speech
    assert "Sunday walk" not in said.speech.split(":")[0], said.speech


# --- #10 and #11: a loose name at "which one?", the how kept as its note -----------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("answer", "name"),
    [("the phone one", "open phone"), ("the walk one", "Sunday walk"), ("the late one", "call when late")],
)
def test_a_loose_name_answers_which_one(session, session_factory, a, b, locale, answer, name) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("I kept my promise")
    said = talk(answer)
    assert "Which one" not in said.speech and name in said.speech, said.speech
    assert [(k, n) for k, n, _, _ in rows(session)] == [("kept", name)]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
def test_the_how_said_at_which_one_is_the_note(session, session_factory, a, b, locale) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk("I kept my promise")
    talk("the phone one, Sam asked who I was messaging and I just handed it over")
    [(kind, name, _, note)] = rows(session)
    assert (kind, name) == ("kept", "open phone")
    assert "handed it over" in note.lower() and "phone one" not in note.lower(), note


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize("day_word", ["tonight", "this evening", "today"])
def test_a_moved_note_loses_the_day_word_it_contradicts(session, session_factory, a, b, locale, day_word) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    talk(f"Sam cooked dinner {day_word}, log that as a moment")
    said = talk("sorry, I did that on Monday")
    [(kind, _, day, note)] = rows(session)
    assert (kind, day) == ("reliability", MONDAY), said.speech
    assert day_word not in note.lower() and "cooked dinner" in note.lower(), note


# --- #5: distress on an unlinked device --------------------------------------------------------


@pytest.mark.parametrize("locale", ["en-AU", "en-GB"])
@pytest.mark.parametrize(
    "distress", ["I'm the one he keeps hurting", "it's me, the one whose phone he smashed", "i am scared of my partner"]
)
def test_distress_at_the_linking_prompt_gets_the_help_answer(session_factory, locale, distress) -> None:
    talk = Talk(build_skill(), session_factory, locale=locale)
    prompt = talk("log a small win we went to the beach")
    assert "linked" in prompt.speech, prompt.speech
    said = talk(distress)
    assert HELP in said.speech and "my code is" not in said.speech, said.speech


# --- #7: a clear command at the end of an everyday sentence ------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        ("the kids were screaming blue murder at bath time but we got them down, note that as a moment", "bath time"),
        ("the dog went mental at the postman but Sam calmed him down, log that as a moment", "calmed him down"),
    ],
)
def test_a_clear_command_after_an_everyday_sentence_is_served(
    session, session_factory, a, b, locale, sentence, note
) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    said = talk(sentence)
    assert HELP not in said.speech and "isn't something I keep track of" not in said.speech, said.speech
    [(kind, _, _, noted)] = rows(session)
    assert kind == "reliability" and note in noted.lower() and "note that" not in noted.lower(), noted


@pytest.mark.parametrize(
    "match",
    [
        Match("LinkDeviceIntent", {"code": "i'm the one he keeps hurting"}),
        Match("LinkDeviceIntent", {"code": "he smashed my phone when he saw the code"}),
        Match("IdentifySpeakerIntent", {"name": "the one he keeps hurting"}),
    ],
)
def test_distress_heard_as_the_code_or_a_name_on_an_unlinked_device_gets_help(session_factory, match) -> None:
    talk = Talk(build_skill(), session_factory, locale="en-AU")
    talk("log a moment: we had tea in the garden")
    said = talk.send(match)
    assert HELP in said.speech and "Lifeline" in said.speech and "my code is" not in said.speech, said.speech
