"""Whole conversations about who is speaking and which promise is meant: unknown voices, a name
said for one session only, names never moving a known voice, the kind of entry kept through
"which one?", only the speaker's own and shared promises offered."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_couple
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, SAY, SAY_GOODBYES, USER, Talk, count, entries, links
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import owned_contract as owned_contract
from tests.skill.talk import skill as skill
from trust_tracker.models import voice
from trust_tracker.models.entities import LogKind, Setback, VoiceLink
from trust_tracker.skill.grammar import promise
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale


def test_an_unknown_voice_is_asked_and_the_name_counts_for_that_session_only(
    session, couple, contract, skill, session_factory
) -> None:
    _alex, sam = couple
    newcomer = "amzn1.ask.person.NEW"
    talk = Talk(skill, session_factory, person_id=newcomer)
    said = talk("ask trust tracker to log that i kept my promise to call when late")
    assert said.speech == "Before I do that: is this Alex or Sam?" and said.open
    assert entries(session) == []  # nothing credited before it is known who speaks
    said = talk("it's sam")  # named aloud: the session stays open for them (undo, that wasn't me)
    assert said.speech == "Logged: you kept your promise to call when late. Anything else, Sam?"
    [entry] = entries(session)
    assert (entry.partner_id, entry.lineage_id) == (sam.id, contract["call when late"])
    # A name said aloud binds no voice (only Sam's own code or log-in does): next session, asked again.
    assert session.scalars(select(VoiceLink).where(VoiceLink.person_id == newcomer)).all() == []
    assert Talk(skill, session_factory, person_id=newcomer)("open trust tracker").speech == "Hi! Is this Alex or Sam?"


def test_without_a_voice_profile_it_asks_once_per_session(session, home, contract, skill, session_factory) -> None:
    alex, _sam = home
    talk = Talk(skill, session_factory)
    assert talk("open trust tracker").speech == "Hi! Is this Alex or Sam?"
    assert talk("who knows").speech == "Sorry, I didn't catch the name. Is this Alex or Sam?"
    assert talk("this is alex").speech.startswith("Hi Alex,")
    assert (
        talk("i kept my promise to evening talk").speech == "Logged: you kept your evening talk. Anything else, Alex?"
    )
    next_session = Talk(skill, session_factory)
    assert next_session("i kept my promise to evening talk").speech == "Before I do that: is this Alex or Sam?"
    assert [e.partner_id for e in entries(session)] == [alex.id]
    assert count(session, VoiceLink) == 2  # nothing remembered without a voice


def test_a_couple_of_one_is_never_asked(session, skill, session_factory) -> None:
    robin, _ = make_couple(session, first="Robin", second=None)
    voice.link_device(session, voice.issue_pairing_code(session, robin, now=NOW), alexa_user_id=USER, now=NOW)
    session.flush()
    said = Talk(skill, session_factory)("i kept my promise")
    assert said.speech == "Logged: you kept a promise."


def test_partner_and_commitment_names_are_sent_once_a_session(home, contract, alex_talks) -> None:
    said = alex_talks("open trust tracker")
    [directive] = [d for d in said.response["response"]["directives"] if d["type"] == "Dialog.UpdateDynamicEntities"]
    types = {t["name"]: [v["name"]["value"] for v in t["values"]] for t in directive["types"]}
    assert types == {
        "PARTNER_NAME": ["Alex", "Sam"],
        "COMMITMENT_NAME": ["call when late", "evening talk", "evening walk"],
    }
    assert directive["updateBehavior"] == "REPLACE"
    later = alex_talks("how are we doing")
    assert "Dialog.UpdateDynamicEntities" not in json.dumps(later.response)


def test_yes_sams_here_answers_the_question_and_moves_no_voice(session, home, contract, alex_talks) -> None:
    alex, sam = home
    assert alex_talks("start our check-in").speech == "Let's do your check-in. Is Sam with you?"
    # "{name} here" is no longer a sample (it swallowed "I'm not safe here"): whatever Alexa
    # fills the name with, a yes with a name answers the question.
    said = alex_talks.send(Match("IdentifySpeakerIntent", {"name": "yes sam's here"}))
    assert said.speech == f"Alex, question 1: {QUESTIONS[0]}" and said.open
    assert links(session) == {ALEX_VOICE: alex.id, SAM_VOICE: sam.id}


def test_a_name_said_unasked_never_moves_a_known_voice(session, home, contract, alex_talks) -> None:
    alex, sam = home
    assert alex_talks("open trust tracker").speech.startswith("Hi Alex,")
    for unasked in ("Sam is speaking now", "my name is Sam", "this is Sam speaking"):
        said = alex_talks(unasked)
        assert said.speech.startswith("I know this voice as Alex, so what's said here stays Alex's."), unasked
        assert "What would you like to do?" in said.speech, unasked
        assert said.open
    said = alex_talks("i kept my promise to call when late")
    assert said.speech == "Logged: you kept your promise to call when late."
    assert [e.partner_id for e in entries(session)] == [alex.id]
    assert links(session) == {ALEX_VOICE: alex.id, SAM_VOICE: sam.id}


def test_a_name_with_a_no_is_not_an_answer(session, home, contract, skill, session_factory) -> None:
    talk = Talk(skill, session_factory)
    assert talk("i kept my promise to call when late").speech == "Before I do that: is this Alex or Sam?"
    assert talk("I'm not Sam").speech == "Sorry, I didn't catch the name. Is this Alex or Sam?"
    assert entries(session) == []


@pytest.mark.parametrize(
    "utterance",
    [
        "log that I forgot to call when late",
        "log that I didn't call when late",
        "log a missed promise to call when late",
        "I'm sorry I missed my promise to call when late",
    ],
)
def test_a_miss_however_said_is_logged_as_missed(session, home, contract, alex_talks, utterance) -> None:
    alex, _sam = home
    said = alex_talks(utterance)
    assert said.speech.startswith("Thank you for being honest. Logged: you missed your promise to call when late.")
    [entry] = entries(session)
    assert (entry.kind, entry.partner_id, entry.lineage_id) == (LogKind.MISSED, alex.id, contract["call when late"])


def test_a_miss_heard_as_a_keep_is_still_a_miss(session, home, contract, alex_talks) -> None:
    # However Alexa routes it, words that say it was missed are never logged as kept.
    said = alex_talks.send(Match("LogKeptIntent", {"commitment": "that i forgot to call when late"}))
    assert "Logged: you missed your promise to call when late." in said.speech
    said = Talk(alex_talks.skill, alex_talks.sessions, person_id=ALEX_VOICE).send(
        Match("LogKeptIntent", {"commitment": "that i missed the evening talk"})
    )
    assert "Logged: you missed your evening talk." in said.speech
    assert [(e.kind, e.lineage_id) for e in entries(session)] == [
        (LogKind.MISSED, contract["call when late"]),
        (LogKind.MISSED, contract["evening talk"]),
    ]


def test_which_one_keeps_the_kind_said_in_the_answer(session, home, contract, alex_talks) -> None:
    said = alex_talks("I missed my promise to be on time")
    assert said.speech.startswith("That isn't one of your promises by name. Was it call when late,")
    said = alex_talks("I kept my promise to call when late")
    assert said.speech == "Logged: you kept your promise to call when late." and not said.open
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.KEPT, contract["call when late"])
    assert count(session, Setback) == 0


def test_a_new_voice_in_the_session_is_asked_about(session, home, contract, skill, session_factory) -> None:
    _alex, _sam = home
    talk = Talk(skill, session_factory)  # a session without voice profiles: named once
    assert talk("open trust tracker").speech == "Hi! Is this Alex or Sam?"
    assert talk("this is sam").speech.startswith("Hi Sam,")
    talk.conversation.person_id = "amzn1.ask.person.NEW"  # then a voice Alexa recognises but we never heard
    said = talk("i kept my promise to call when late")
    assert said.speech == "Before I do that: is this Alex or Sam?"
    assert entries(session) == []


def test_a_recognised_voice_does_not_carry_over_to_a_turn_without_one(session, home, contract, alex_talks) -> None:
    assert alex_talks("open trust tracker").speech.startswith("Hi Alex,")
    alex_talks.conversation.person_id = None
    said = alex_talks("i kept my promise to call when late")
    assert said.speech == "Before I do that: is this Alex or Sam?"
    assert entries(session) == []


@pytest.mark.parametrize(
    ("ask", "kind", "answer", "spoken"),
    [
        (
            "note a moment of reliability",
            LogKind.RELIABILITY,
            "I'm proud of us, Sam was on time for our talk",
            "Noted, a moment of reliability: you're proud of us Sam was on time for our talk.",
        ),
        (
            "log a small win",
            LogKind.SMALL_WIN,
            "we talked calmly about money",
            "Logged a small win: we talked calmly about money. That's worth noticing.",
        ),
    ],
)
def test_a_note_asked_for_is_the_next_thing_said(
    session, home, contract, alex_talks, ask, kind, answer, spoken
) -> None:
    alex, _sam = home
    said = alex_talks(ask)
    assert said.open and entries(session) == []
    said = alex_talks(answer)
    assert said.speech.startswith(spoken) and not said.open
    [entry] = entries(session)
    # Stored as written (a capital, "I", the names); only the spoken echo says "you" for the speaker's "I".
    heard = spoken.split(": ", 1)[1].split(".")[0].replace("you're", "I'm")
    assert (entry.kind, entry.partner_id, entry.note) == (kind, alex.id, heard[0].upper() + heard[1:])


def test_i_am_sentences_are_not_names(session, home, contract, skill, session_factory, alex_talks) -> None:
    said = alex_talks("I'm having a really hard day")
    assert said.speech.startswith("I'm sorry today is hard;")
    assert [e.kind for e in entries(session)] == [LogKind.HARD_DAY]
    # Heard as a name when nobody asked: a fallback, not "who is this?".
    talk = Talk(skill, session_factory)
    said = talk.send(Match("IdentifySpeakerIntent", {"name": "so tired"}))
    assert said.speech.startswith("Sorry, I didn't get that.") and said.open
    assert talk.conversation.elicit is None


def test_two_unclear_names_end_with_a_way_out(session, home, contract, skill, session_factory) -> None:
    talk = Talk(skill, session_factory)
    talk("i kept my promise to call when late")
    assert talk("I'm so tired").speech == "Sorry, I didn't catch the name. Is this Alex or Sam?"
    said = talk("whatever")
    assert said.speech.startswith("I still didn't catch who's speaking, so I haven't saved anything.")
    assert not said.open and entries(session) == []


def test_which_one_offers_only_the_speakers_own_and_shared(session, owned_contract, alex_talks) -> None:
    said = alex_talks("I kept my promise to be on time")
    # Not Sam's "house jobs": only Alex's own and the shared ones are offered.
    assert said.speech == SAY("no_match_kept", options="call when late or home for dinner")
    said = alex_talks("the second one")
    assert said.speech == SAY("logged_kept", commitment=promise(for_locale("en-US"), "home for dinner"))
    assert [(e.kind, e.lineage_id) for e in entries(session)] == [(LogKind.KEPT, owned_contract["home for dinner"])]


@pytest.mark.parametrize("none", ["none of those", "something else", "no"])
def test_none_of_those_after_a_miss_logs_nothing_and_says_how(session, home, owned_contract, alex_talks, none) -> None:
    alex_talks("I missed my promise to be on time")
    said = alex_talks(none)
    assert not said.open and entries(session) == []
    assert said.speech.startswith("Alright, I haven't logged anything.") or said.speech in SAY_GOODBYES


@pytest.mark.parametrize("none", ["none of those", "something else", "no"])
def test_a_keep_that_named_no_promise_is_never_logged_as_one(session, home, owned_contract, alex_talks, none) -> None:
    """Words that name none of their promises are offered back as a moment; "no" logs nothing."""
    alex_talks("I kept my promise to be on time")
    said = alex_talks(none)
    assert said.speech == SAY("moment_not_noted") and not said.open
    assert entries(session) == []


def test_which_one_gives_up_after_two_tries(session, home, owned_contract, alex_talks) -> None:
    alex_talks("I kept my promise to be on time")
    said = alex_talks("the purple one")
    assert said.speech.startswith("That isn't one of your promises by name.") and said.open
    said = alex_talks("hmm")  # a pause: asked again gently, no try spent (tester-voice36 D10)
    assert said.speech.startswith("Take your time.") and said.open and entries(session) == []
    said = alex_talks("the blue one")  # asked twice, still unclear: nothing logged, never a guess
    assert said.speech.startswith("I still couldn't tell which promise you meant, so I haven't logged anything.")
    assert said.speech.endswith("Next time, name it, for example: I kept my promise to call when late.")
    assert not said.open and entries(session) == []


def test_a_promise_to_the_partner_is_not_a_commitment_name(session, home, contract, alex_talks) -> None:
    said = alex_talks("I kept my promise to Sam")  # no promise named: which one is asked, nothing written
    assert said.speech.startswith("Which one did you keep:") and said.open, said.speech
    assert entries(session) == []
