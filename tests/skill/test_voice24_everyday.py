"""Everyday conversation defects found by testers (voice24, issue 8 parts 2-4), written before the
work, in more words than the testers', for several couples and locales, through the skill's real
request path.

#1: the partner doing something with the speaker's phone, messages or accounts for them, as asked
("read my messages out to me because I was driving") is a moment, never the partner's breach; the
same act without asking still is one.
#2: a wish ("more walks together") is not a report: nothing is logged without an "I/we did".
#3: words said to "Shall I log that, then come back to the question?" at the skipped question's offer
answer that question; they never overwrite another answer, nor are they told as "left".
#4: a command said first ("log a moment ...", "log a win ...", "log a note ...") is never in the note.
#5: "we ..., log a moment" keeps its "we" (strict xfail: the request does not say which subject).
"""

from __future__ import annotations

import pytest

from tests.skill.voice12_home import four_promises, saved
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.simulator import Match

COUPLES = [("Alex", "Sam", "en-US"), ("Grace", "Faith", "en-GB"), ("Rohan", "Priya", "en-CA")]
HELP = "That wasn't saved"


# --- #1: done for the speaker, as asked ---------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("note that {b} read my messages out to me because I was driving", "because i was driving"),
        ("log a moment: {b} read my texts out to me while I was driving", "out to me"),
        ("note that {b} replied to my messages for me while I drove", "for me"),
        ("for the record, {b} checked my phone for me because I asked her to", "because i asked"),
        ("note that {b} went through my emails for me to find the booking", "the booking"),
        ("just noting {b} answered my texts for me because I was at the wheel", "at the wheel"),
    ],
)
def test_an_act_done_for_the_speaker_is_a_moment(session, session_factory, a, b, locale, said, kept) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(said.format(b=b))
    assert "crossed" not in answer.speech and HELP not in answer.speech, answer.speech
    [(kind, _, _, note)] = rows(session) or [("", None, None, answer.speech)]
    assert kind == "reliability" and kept in note.lower(), note


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES)
@pytest.mark.parametrize(
    "said",
    [
        "note that {b} read my messages without asking",
        "log a moment {b} checked my phone while I was driving",
        "note that {b} read my diary out loud at the party",
        "note that {b} read my messages even though I told them to stop",
        "log a moment {b} read my texts after I asked them not to",
    ],
)
def test_the_same_act_not_asked_for_is_still_the_partners_breach(session, session_factory, a, b, locale, said) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(said.format(b=b))
    assert "crossed" in answer.speech, answer.speech
    assert rows(session) == []


def test_harm_told_with_a_help_asked_for_gets_the_help_lines(session, session_factory) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    answer = talk("note that he read my messages out to me because I was driving and then he hit me")
    assert HELP in answer.speech, answer.speech
    assert rows(session) == []


# --- #2: a wish is not a report -----------------------------------------------------------------

WISHES = [
    "more walks together",
    "we should go for more walks together",
    "I'd love more walks together",
    "it would be nice to go for more walks together",
    "let's do more walks together",
    "we need more walks together",
    "I wish we went on more walks together",
    "maybe we could walk together more",
]


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
@pytest.mark.parametrize("wish", WISHES)
def test_a_wish_logs_nothing(session, session_factory, a, b, locale, wish) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(wish)
    assert HELP not in answer.speech, answer.speech
    assert rows(session) == [], answer.speech


@pytest.mark.parametrize("wish", ["more walks together", "we should walk together more", "more evening talks please"])
def test_a_wish_heard_as_a_keep_logs_nothing(session, session_factory, wish) -> None:
    talk = four_promises(session, session_factory, "Grace", "Faith", "en-GB")
    answer = talk.send(Match("LogKeptIntent", {"commitment": wish}))
    assert "Logged" not in answer.speech, answer.speech
    assert rows(session) == []


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
@pytest.mark.parametrize("done", ["we went for our walk", "I did the Sunday walk", "we went on our walk"])
def test_a_walk_said_done_is_still_its_keep(session, session_factory, a, b, locale, done) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(done)
    if answer.open and "Was it your Sunday walk" in answer.speech:
        answer = talk("yes")
    assert [(kind, name) for kind, name, _, _ in rows(session)] == [("kept", "Sunday walk")], answer.speech


# --- #3: the answer at "Shall I log that, then come back to the question?" ------------------------


@pytest.mark.parametrize(("a", "b"), [("Alex", "Sam"), ("Grace", "Faith")])
@pytest.mark.parametrize(
    "words", ["I'd like us to plan a day out", "more time together, just the two of us", "honestly a proper date night"]
)
def test_words_at_the_skipped_offers_log_question_answer_the_skipped_question(
    checkin_begun, session, a, b, words
) -> None:
    talk = checkin_begun(a, b, bound=True)
    for answer in ("skip", "I was short with the kids", "the evening talks", "more time"):
        talk(answer)
    offer = talk("I missed my promise to call on Thursday")
    assert "log that" in offer.speech, offer.speech
    said = talk(words)
    if "Did you mean that as your answer" in said.speech:
        said = talk("yes")
    assert "left that" not in said.speech and "leave it" not in said.speech, said.speech
    answers = {position: text for _, position, text in saved(session)}
    assert answers[3] == "more time", answers  # never overwritten
    assert answers.get(0) == words.lower().replace(",", ""), (said.speech, answers)


@pytest.mark.parametrize("words", ["I'd like us to plan a day out", "we could plan a weekend away"])
def test_words_at_the_last_questions_log_question_are_told_as_the_answer(checkin_begun, session, words) -> None:
    talk = checkin_begun("Alex", "Sam", bound=True)
    for answer in ("we talked more", "I was short with Sam", "the evening talks"):
        talk(answer)
    talk("I missed my promise to call on Thursday")
    said = talk(words)
    assert "left that" not in said.speech and "leave it" not in said.speech, said.speech
    assert (3, words.lower()) in [(position, text) for _, position, text in saved(session)]
    assert rows(session) == []


def test_distress_at_the_log_question_gets_the_help_lines(checkin_begun, session) -> None:
    talk = checkin_begun("Alex", "Sam", bound=True)
    talk("I missed my promise to call on Thursday")
    said = talk("I don't want to be here anymore")
    assert HELP in said.speech, said.speech
    assert saved(session) == [] and rows(session) == []


# --- #4: a command said first is never in the note ---------------------------------------------


@pytest.mark.parametrize(("a", "b", "locale"), COUPLES[:2])
@pytest.mark.parametrize(
    ("said", "kind", "kept"),
    [
        ("log a moment {b} did exactly what she said she would", "reliability", "did exactly what she said she would"),
        ("log a win {b} did exactly what she said she would", "small_win", "did exactly what she said she would"),
        ("log a note {b} did exactly what she said she would", "reliability", "did exactly what she said she would"),
        ("add a moment {b} kept her word about the school run", "reliability", "kept her word about the school run"),
        ("log a moment please {b} did exactly what she said", "reliability", "did exactly what she said"),
        ("log a small win we did exactly what we said we would", "small_win", "we did exactly what we said"),
        ("{b} did exactly what she said she would, log a moment", "reliability", "did exactly what she said she would"),
    ],
)
def test_the_commands_words_are_never_in_the_note(session, session_factory, a, b, locale, said, kind, kept) -> None:
    talk = four_promises(session, session_factory, a, b, locale)
    answer = talk(said.format(b=b))
    [(logged, _, _, note)] = rows(session)
    words = note.lower()
    assert logged == kind and kept in words, (answer.speech, note)
    for command in ("log", "a moment", "a win", "a note", "please"):
        assert command not in words.split(kept)[0] and not words.endswith(command), note


@pytest.mark.parametrize(
    "said",
    [
        "log a moment he did exactly what he said he would, he said he would kill me",
        pytest.param(
            "log a moment he did exactly what he said he would and hurt me",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the distress check does not hear 'and hurt me' after a clause (is_distress is False "
                "for the words alone): noted through 'log a moment {note}' as well; the safety's to hear",
            ),
        ),
    ],
)
def test_harm_after_a_command_said_first_gets_the_help_lines(session, session_factory, said) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    answer = talk(said)
    assert HELP in answer.speech, answer.speech
    assert rows(session) == []


# --- #5: "we ..., log a moment" keeps its "we" --------------------------------------------------


@pytest.mark.xfail(
    strict=True,
    reason=(
        "Alexa matches LogKeptIntent's 'we {commitment}' and 'i {commitment}' with the same slot, so the "
        "request does not say which subject was said; the fix is a model change (a slot per subject, "
        "'we {after_we}'), not allowed while the model is being retrained"
    ),
)
@pytest.mark.parametrize(
    "said",
    [
        "we watched a horror film and I screamed the house down, log a moment",
        "we went up to the bridge to watch the fireworks, log a moment",
    ],
)
def test_we_said_before_a_trailing_command_stays_in_the_note(session, session_factory, said) -> None:
    talk = four_promises(session, session_factory, "Alex", "Sam", "en-US")
    talk(said)
    [(_, _, _, note)] = rows(session)
    assert note.lower().startswith("we "), note
