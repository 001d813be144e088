"""Every intent through a raw request envelope, as Alexa sends it, with its database effect."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from xml.etree import ElementTree
from xml.sax.saxutils import unescape

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.factories import NOW
from trust_tracker.models import contracts, tracking, voice
from trust_tracker.models.entities import CheckIn, ItemKind, LogEntry, LogKind, Partner, Source, VoiceLink
from trust_tracker.models.errors import Conflict
from trust_tracker.models.pairing_entities import PairingCode, PairingFailure
from trust_tracker.skill import requests as alexa
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.grammar import promise
from trust_tracker.skill.speech import for_locale, spoken

USER = "amzn1.ask.account.TEST-HOUSEHOLD"
# Alex's voice, as Alexa's voice profiles send it: linked to Alex by the `alex` fixture.
ALEX_VOICE = "amzn1.ask.person.ALEX"
LINK_STEPS = (
    "On the Trust Tracker website, open Settings, choose Link an Alexa device, "
    "then say: my code is, and the six digits."
)
APOLOGY = "Sorry, something went wrong on my side, and nothing was saved."
# Where a test is about what happens rather than how it is worded, it says it with the skill's phrases.
SAY = for_locale("en-US").say

Say = Callable[..., dict[str, Any]]


# --- helpers -----------------------------------------------------------------


def speech(result: dict[str, Any]) -> str:
    """The spoken text, SSML unwrapped; the SSML must be well-formed, as Alexa requires."""
    ssml = result["response"]["outputSpeech"]["ssml"]
    ElementTree.fromstring(ssml)
    return unescape(re.fullmatch(r"<speak>(.*)</speak>", ssml, re.DOTALL).group(1))


def reprompt(result: dict[str, Any]) -> str | None:
    prompt = result["response"].get("reprompt")
    return unescape(prompt["outputSpeech"]["ssml"]) if prompt else None


def asks(result: dict[str, Any]) -> bool:
    """A question: the session stays open and a reprompt follows."""
    return result["response"]["shouldEndSession"] is False and reprompt(result) is not None


def tells(result: dict[str, Any]) -> bool:
    """A statement: the session ends, nothing is reprompted."""
    return result["response"]["shouldEndSession"] is True and reprompt(result) is None


def intent(name: str, slots: dict[str, str | None] | None = None, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("person_id", ALEX_VOICE)
    return alexa.intent_request(name, slots, user_id=kwargs.pop("user_id", USER), **kwargs)


def launch(**kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("person_id", ALEX_VOICE)
    return alexa.launch_request(user_id=kwargs.pop("user_id", USER), **kwargs)


def entries(session: Session) -> list[LogEntry]:
    return list(session.scalars(select(LogEntry).order_by(LogEntry.id)))


def count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity))


def agree(
    session: Session, one: Partner, two: Partner, commitments: list[str], boundaries: tuple[str, ...] = ()
) -> None:
    """An active contract with these commitments (by short name) and boundaries."""
    drafts = [contracts.ItemDraft(ItemKind.COMMITMENT, f"Text of {name}", short_name=name) for name in commitments]
    drafts += [contracts.ItemDraft(ItemKind.BOUNDARY, text) for text in boundaries]
    version = contracts.propose_version(session, one, drafts, now=NOW)
    contracts.agree_version(session, two, version.id, now=NOW)
    session.flush()


def lineage_of(session: Session, couple_id: int, short_name: str) -> int:
    return next(c.lineage_id for c in contracts.active_commitments(session, couple_id) if c.short_name == short_name)


# --- fixtures ----------------------------------------------------------------


@pytest.fixture(scope="module")
def skill():
    return build_skill()


@pytest.fixture
def say(skill, session_factory) -> Say:
    def say(envelope: dict[str, Any], now: datetime = NOW) -> dict[str, Any]:
        return invoke(skill, session_factory, envelope, now=now)

    return say


@pytest.fixture
def alex(session, couple) -> Partner:
    """Alex, with this test household's Alexa account linked to them, and Alex's voice known."""
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    assert voice.link_device(session, code, alexa_user_id=USER, person_id=ALEX_VOICE, now=NOW) is couple[0]
    session.flush()
    return couple[0]


@pytest.fixture
def contract(session, couple, alex) -> None:
    agree(
        session,
        *couple,
        ["call when late", "evening talk", "evening walk"],
        boundaries=("No contact with the former affair partner",),
    )


# --- an unlinked device --------------------------------------------------------


@pytest.mark.parametrize(
    "envelope",
    [
        launch(),
        intent("LogKeptIntent"),
        intent("LogKeptIntent", {"commitment": "call when late"}),
        intent("ReadCheckInQuestionsIntent"),
        intent("ReadContractIntent"),
    ],
    ids=["launch", "log", "log-named", "questions", "contract"],
)
def test_unlinked_device_is_told_how_to_link_and_nothing_is_written(say, session, couple, envelope) -> None:
    agree(session, *couple, ["call when late"])
    result = say(envelope)
    assert LINK_STEPS in speech(result)
    assert asks(result)
    assert entries(session) == []
    assert count(session, VoiceLink) == 0


def test_help_on_an_unlinked_device_explains_linking(say, couple) -> None:
    result = say(intent("AMAZON.HelpIntent"))
    assert LINK_STEPS in speech(result)
    assert speech(result).endswith("What's your code?")
    assert asks(result)


def test_another_household_is_not_linked_by_ours(say, alex) -> None:
    result = say(launch(user_id="amzn1.ask.account.SOMEONE-ELSE"))
    assert LINK_STEPS in speech(result)


# --- linking ---------------------------------------------------------------------


@pytest.mark.parametrize("spoken", ["{code}", "{spaced}", " {code} "])
def test_link_with_a_valid_code_then_launch_greets_by_name(say, session, couple, spoken) -> None:
    code = voice.issue_pairing_code(session, couple[1], now=NOW)
    session.flush()
    result = say(intent("LinkDeviceIntent", {"code": spoken.format(code=code, spaced=" ".join(code))}, person_id=None))
    assert speech(result).startswith("Thanks, Sam. This device is now linked.")
    assert tells(result)
    link = session.scalars(select(VoiceLink)).one()
    assert (link.alexa_user_id, link.person_id, link.partner_id) == (USER, "", couple[1].id)
    assert session.scalar(select(PairingCode.used_at)) is not None

    # Without a voice profile the device is shared: it asks who is speaking, once a session.
    greeting = say(launch(person_id=None))
    assert speech(greeting) == "Hi! Is this Alex or Sam?"
    assert asks(greeting)
    answered = say(
        intent(
            "IdentifySpeakerIntent",
            {"name": "sam"},
            person_id=None,
            attributes=greeting["sessionAttributes"],
            new_session=False,
        )
    )
    assert speech(answered).startswith("Hi Sam,")


def test_leading_zero_dropped_by_amazon_number_still_links(say, session, couple, monkeypatch) -> None:
    monkeypatch.setattr(voice.secrets, "randbelow", lambda _: 4815)
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    assert code == "004815"
    result = say(intent("LinkDeviceIntent", {"code": "4815"}))  # what AMAZON.NUMBER sends
    assert speech(result).startswith("Thanks, Alex.")


def test_recognised_voices_are_told_apart(say, session, couple) -> None:
    for partner, person in zip(couple, ("amzn1.ask.person.ALEX", "amzn1.ask.person.SAM"), strict=True):
        code = voice.issue_pairing_code(session, partner, now=NOW)
        session.flush()
        assert speech(say(intent("LinkDeviceIntent", {"code": code}, person_id=person))).startswith(
            f"Thanks, {partner.name}."
        )
    assert speech(say(launch(person_id="amzn1.ask.person.ALEX"))).startswith("Hi Alex,")
    assert speech(say(launch(person_id="amzn1.ask.person.SAM"))).startswith("Hi Sam,")


@pytest.mark.parametrize("case", ["wrong", "expired", "used"])
def test_wrong_expired_or_used_code_is_reprompted_and_the_failure_counts(say, session, couple, case) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    when = NOW
    if case == "wrong":
        code = "999999" if code != "999999" else "888888"
    elif case == "expired":
        when = NOW + timedelta(minutes=11)
    else:
        assert voice.link_device(session, code, alexa_user_id="amzn1.ask.account.FIRST", now=NOW)
        session.flush()
    result = say(intent("LinkDeviceIntent", {"code": code}), now=when)
    assert speech(result).startswith("That code didn't work.")
    assert asks(result)
    # The failed attempt is committed even though nothing was linked: it counts against guessing.
    assert session.scalars(select(PairingFailure.alexa_user_id)).all() == [USER]
    assert session.scalars(select(VoiceLink.alexa_user_id).where(VoiceLink.alexa_user_id == USER)).all() == []


def test_five_wrong_codes_then_even_the_right_one_is_refused(say, session, couple) -> None:
    code = voice.issue_pairing_code(session, couple[0], now=NOW)
    session.flush()
    wrong = "000000" if code != "000000" else "111111"
    for minute in range(5):
        assert speech(say(intent("LinkDeviceIntent", {"code": wrong}), now=NOW + timedelta(minutes=minute))).startswith(
            "That code didn't work."
        )
    result = say(intent("LinkDeviceIntent", {"code": code}), now=NOW + timedelta(minutes=5))
    assert speech(result) == "Too many wrong codes. Please wait ten minutes, then try a new code."
    assert tells(result)
    assert count(session, VoiceLink) == 0
    assert count(session, PairingFailure) == 5
    assert session.scalar(select(PairingCode.used_at)) is None


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, "What's your six-digit code?"),
        ("", "What's your six-digit code?"),
        ("?", "Sorry, I didn't catch six digits."),
        ("1234567", "Sorry, I didn't catch six digits."),
        ("-12345", "Sorry, I didn't catch six digits."),
        ("12.5", "Sorry, I didn't catch six digits."),
        ("four eight one", "Sorry, I didn't catch six digits."),
        ("12", "Sorry, I didn't catch six digits."),  # part of a code, not one with its zeros dropped
        ("123", "Sorry, I didn't catch six digits."),
        ("١٢٣٤٥٦", "Sorry, I didn't catch six digits."),  # digits, but not ASCII ones
        ("9" * 300, "Sorry, I didn't catch six digits."),
    ],
)
def test_odd_codes_are_reprompted_without_counting_as_guesses(say, session, couple, value, expected) -> None:
    result = say(intent("LinkDeviceIntent", {"code": value}))
    assert speech(result).startswith(expected)
    assert reprompt(result) == "<speak>Please say: my code is, and the six digits.</speak>"
    assert asks(result)
    assert count(session, PairingFailure) == 0


# --- launch and the weekly check-in ------------------------------------------------
# The couple checks in on Sundays at 7 PM, New York time; NOW is Wednesday 7 AM there.

NEW_YORK_OFFSET = timedelta(hours=5)  # EST, in November


def new_york(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC) + NEW_YORK_OFFSET


@pytest.mark.parametrize(
    "now, expected",
    [
        (NOW, "Hi Alex, welcome to Trust Tracker. Your next check-in is on Sunday at 7 PM."),
        (new_york(28, 9), "Hi Alex, welcome to Trust Tracker. Your next check-in is tomorrow at 7 PM."),
        (new_york(29, 9), "Hi Alex, welcome to Trust Tracker. Your next check-in is today at 7 PM."),
        (new_york(29, 20), "Hi Alex, welcome to Trust Tracker. Your weekly check-in is due."),
    ],
)
def test_launch_greets_and_says_when_the_checkin_is(say, alex, now, expected) -> None:
    result = say(launch(), now=now)
    assert speech(result).startswith(expected)
    assert speech(result).endswith(
        "What would you like to do? You can log a kept or missed promise, "
        "start your check-in, ask how you're doing, or ask what to celebrate."
    )
    assert asks(result)


def test_a_checkin_completed_early_does_not_announce_the_next_one(say, session, alex) -> None:
    # Done on Wednesday, before the Sunday slot: the slot is later this week, but nothing is due.
    session.add(
        CheckIn(
            couple_id=alex.couple_id, week_start=date(2026, 11, 23), completed_at=NOW, questions=["How was the week?"]
        )
    )
    session.flush()
    text = speech(say(launch(), now=NOW + timedelta(hours=1)))
    assert text.startswith("Hi Alex, welcome to Trust Tracker. What would you like to do?")
    assert "check-in" not in text.split("What would you like")[0]


def test_a_completed_checkin_is_not_mentioned(say, session, alex) -> None:
    session.add(
        CheckIn(
            couple_id=alex.couple_id,
            week_start=date(2026, 11, 23),
            completed_at=new_york(29, 20),
            questions=["How was the week?"],
        )
    )
    session.flush()
    text = speech(say(launch(), now=new_york(29, 21)))
    assert text.startswith("Hi Alex, welcome to Trust Tracker. What would you like to do?")
    assert "check-in is" not in text


# --- logging a kept promise -----------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("call when late", ""),
        ("Call When Late", ""),
        ("CALL WHEN LATE", ""),
        ("my promise to call when late", ""),
        ("calling when I'm late", "calling when i'm late"),
        ("my promise to call when running late", "call when running late"),
    ],
)
def test_log_a_named_commitment_exactly_fuzzily_or_in_any_case(say, session, couple, contract, said, words) -> None:
    result = say(intent("LogKeptIntent", {"commitment": said}))
    # Confirmed by the commitment's name; the words said are kept as the note when they are not just the name.
    assert speech(result) == spoken(SAY("logged_kept", commitment=promise(for_locale("en-US"), "call when late")))
    assert tells(result)
    [entry] = entries(session)
    assert (entry.partner_id, entry.kind, entry.source, entry.local_date, entry.note) == (
        couple[0].id,
        LogKind.KEPT,
        Source.VOICE,
        date(2026, 11, 25),
        words,
    )
    assert entry.lineage_id == lineage_of(session, couple[0].couple_id, "call when late")


def test_the_other_partners_own_commitment_is_theirs_to_log(say, session, couple, alex) -> None:
    sam = couple[1]
    version = contracts.propose_version(
        session,
        sam,
        [
            contracts.ItemDraft(
                ItemKind.COMMITMENT, "Share my plans for the day", short_name="share plans", owner_id=sam.id
            )
        ],
        now=NOW,
    )
    contracts.agree_version(session, alex, version.id, now=NOW)
    session.flush()
    result = say(intent("LogKeptIntent", {"commitment": "share plans"}, person_id=ALEX_VOICE))
    assert speech(result) == "That is Sam's commitment, so Sam logs it."
    assert entries(session) == []


def test_ambiguous_commitment_asks_which_and_the_answer_completes_the_log(say, session, couple, contract) -> None:
    question = say(intent("LogKeptIntent", {"commitment": "evening"}))
    which_one = SAY("which_one_kept", options="evening talk or evening walk")
    assert speech(question) == which_one
    assert asks(question)
    assert entries(session) == []
    attributes = question["sessionAttributes"]

    # Asked again without an answer: the same question, still nothing logged.
    again = say(intent("LogKeptIntent", new_session=False, attributes=attributes))
    assert speech(again) == which_one
    assert entries(session) == []

    answer = say(intent("LogKeptIntent", {"commitment": "the walk"}, new_session=False, attributes=attributes))
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening walk"))
    assert tells(answer)
    assert "pending_log" not in answer["sessionAttributes"]
    [entry] = entries(session)
    assert entry.lineage_id == lineage_of(session, couple[0].couple_id, "evening walk")
    assert (entry.partner_id, entry.source) == (couple[0].id, Source.VOICE)


def test_a_still_ambiguous_answer_prefers_what_was_offered(say, session, couple, alex) -> None:
    agree(session, *couple, ["evening talk", "evening walk", "morning walk"])
    question = say(intent("LogKeptIntent", {"commitment": "evening"}))
    answer = say(
        intent("LogKeptIntent", {"commitment": "walk"}, new_session=False, attributes=question["sessionAttributes"])
    )
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening walk"))


def test_unknown_commitment_lists_them_and_the_answer_completes_the_log(say, session, couple, contract) -> None:
    question = say(intent("LogKeptIntent", {"commitment": "juggling"}))
    options = "call when late, evening talk or evening walk"
    assert speech(question) == SAY("no_match_kept", said="juggling", options=options)
    assert reprompt(question) == f"<speak>{SAY('which_one_reprompt_kept', options=options)}</speak>"
    assert asks(question)
    assert entries(session) == []
    answer = say(
        intent(
            "LogKeptIntent", {"commitment": "evening talk"}, new_session=False, attributes=question["sessionAttributes"]
        )
    )
    assert speech(answer) == SAY("logged_kept", commitment=promise(for_locale("en-US"), "evening talk"))
    assert [e.lineage_id for e in entries(session)] == [lineage_of(session, couple[0].couple_id, "evening talk")]


def test_without_a_name_the_promise_is_logged_and_naming_suggested(say, session, couple, contract) -> None:
    result = say(intent("LogKeptIntent"))
    assert speech(result) == SAY("logged_unnamed_hint_kept", example="call when late")
    assert tells(result)
    [entry] = entries(session)
    assert (entry.partner_id, entry.kind, entry.lineage_id, entry.source) == (
        couple[0].id,
        LogKind.KEPT,
        None,
        Source.VOICE,
    )


def test_without_a_contract_a_named_promise_keeps_its_words_as_the_note(say, session, alex) -> None:
    unnamed = say(intent("LogKeptIntent"))
    assert speech(unnamed) == SAY("logged_unnamed_kept")
    named = say(intent("LogKeptIntent", {"commitment": "walk the dog"}))
    assert speech(named) == SAY("logged_no_contract_kept", said=promise(for_locale("en-US"), "walk the dog"))
    assert tells(named)
    assert [(e.lineage_id, e.note) for e in entries(session)] == [(None, ""), (None, "walk the dog")]


def test_forged_pending_attributes_are_ignored(say, session, couple, contract) -> None:
    other_couple_lineage = 10**9
    result = say(intent("LogKeptIntent", new_session=False, attributes={"pending_log": [other_couple_lineage]}))
    assert speech(result).startswith("Logged: you kept a promise.")
    assert [e.lineage_id for e in entries(session)] == [None]
    result = say(intent("LogKeptIntent", new_session=False, attributes={"pending_log": "not a list"}))
    assert speech(result).startswith("Logged: you kept a promise.")
    forged = {"pending_log": {"kind": "kept", "ids": [other_couple_lineage]}}
    result = say(intent("LogKeptIntent", new_session=False, attributes=forged))
    assert speech(result).startswith("Logged: you kept a promise.")
    # Candidates offered for a miss are not taken for a keep.
    evening = {"pending_log": {"kind": "missed", "ids": [lineage_of(session, couple[0].couple_id, "evening walk")]}}
    result = say(intent("LogKeptIntent", new_session=False, attributes=evening))
    assert speech(result).startswith("Logged: you kept a promise.")
    assert [e.lineage_id for e in entries(session)] == [None, None, None, None]


@pytest.mark.parametrize("value", [None, "", "   ", "?", "!?.,;:", "\u200b"])
def test_empty_or_wordless_commitment_logs_an_unnamed_promise(say, session, contract, value) -> None:
    result = say(intent("LogKeptIntent", {"commitment": value}))
    assert speech(result).startswith("Logged: you kept a promise.")
    assert [e.lineage_id for e in entries(session)] == [None]


@pytest.mark.parametrize(
    "value",
    [
        "a " * 150,
        "x" * 300,
        "<speak>call & 'late'</speak> \"now\"",
        "call when late; DROP TABLE log_entry; --",
        "évening tälk ☕",
    ],
)
def test_odd_commitment_values_never_fail(say, session, contract, value) -> None:
    result = say(intent("LogKeptIntent", {"commitment": value}))
    text = speech(result)  # well-formed SSML even with markup in what was heard
    assert text.startswith(("I couldn't find", "Logged:", "Which one", "I didn't catch which promise that was"))
    assert len(text) < 400
    if text.startswith(("I couldn't find", "That was more")):  # longer than a name: refused, never cut
        assert asks(result)
        assert entries(session) == []


# --- reading aloud -----------------------------------------------------------------------


def test_checkin_questions_are_read_aloud(say, session, alex) -> None:
    result = say(intent("ReadCheckInQuestionsIntent"))
    assert speech(result) == (
        "Here are this week's check-in questions. "
        "Question 1: What went well this week? "
        "Question 2: What didn't go well? "
        "Question 3: What helped you feel secure this week? "
        "Question 4: What would make trust easier next week? "
        "Take your time with them together."
    )
    assert tells(result)
    assert entries(session) == []


def test_contract_is_read_briefly(say, contract) -> None:
    result = say(intent("ReadContractIntent"))
    assert speech(result) == (
        "Here's your contract, version 1. "
        "Your commitments: call when late, evening talk and evening walk. "
        "It also has a boundary; say read our boundaries to hear it."
    )
    assert tells(result)


def test_boundaries_are_read_only_when_asked_with_a_notice_first(say, contract) -> None:
    result = say(intent("ReadBoundariesIntent"))
    assert speech(result) == (
        "Reading your boundaries aloud, so anyone nearby will hear them. "
        "Your boundaries: No contact with the former affair partner."
    )
    assert tells(result)


def test_no_boundaries_or_no_contract_is_said_plainly(say, session, couple, alex) -> None:
    assert speech(say(intent("ReadBoundariesIntent"))).startswith("You don't have an agreed contract yet.")
    agree(session, *couple, ["promise a"])
    assert speech(say(intent("ReadBoundariesIntent"))) == (
        "Your contract has no boundaries yet. You can add them on the website."
    )


def test_a_long_contract_is_cut_short_aloud(say, session, couple, alex) -> None:
    agree(session, *couple, [f"promise {word}" for word in "abcdefgh"])
    text = speech(say(intent("ReadContractIntent")))
    assert text.endswith("Your commitments: promise a, promise b, promise c, promise d and 4 more on the website.")


def test_without_an_active_contract_it_says_how_to_write_one(say, session, couple, alex) -> None:
    # A proposal the other partner has not agreed to yet is not the contract.
    contracts.propose_version(session, couple[0], [contracts.ItemDraft(ItemKind.COMMITMENT, "Call")], now=NOW)
    session.flush()
    result = say(intent("ReadContractIntent"))
    assert speech(result).startswith(
        "You don't have an agreed contract yet. On the Trust Tracker website, open Contract"
    )
    assert tells(result)


# --- help, the way out, and the unexpected -------------------------------------------------


def test_help_ends_with_a_question(say, alex) -> None:
    result = say(intent("AMAZON.HelpIntent"))
    assert speech(result).startswith("Trust Tracker logs the promises you keep.")
    assert speech(result).endswith("What would you like?")
    assert asks(result)


@pytest.mark.parametrize("name", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"])
def test_stop_cancel_and_home_say_goodbye_and_end(say, alex, name) -> None:
    result = say(intent(name))
    assert speech(result) == "Goodbye. Take care of each other."  # the first goodbye of a session
    assert tells(result)


def test_fallback_helps_and_reprompts(say, alex) -> None:
    result = say(intent("AMAZON.FallbackIntent"))
    assert speech(result).startswith("Sorry, I didn't get that. You could say, for example: I kept my promise.")
    assert asks(result)


def test_an_unknown_intent_is_answered_not_an_error(say, session, alex) -> None:
    result = say(intent("OrderPizzaIntent", {"topping": "olives"}))
    assert speech(result).startswith("Sorry, I can't do that yet.")
    assert asks(result)
    assert entries(session) == []


@pytest.mark.parametrize(
    "reason, error",
    [
        ("USER_INITIATED", None),
        ("EXCEEDED_MAX_REPROMPTS", None),
        ("ERROR", {"type": "INVALID_RESPONSE", "message": "SSML was not valid"}),
    ],
)
def test_session_ended_gets_an_empty_response(say, alex, caplog, reason, error) -> None:
    envelope = alexa.session_ended_request(reason, user_id=USER)
    if error:
        envelope["request"]["error"] = error
    result = say(envelope)
    assert result["response"] == {}
    assert ("SSML was not valid" in caplog.text) == bool(error)


@pytest.mark.parametrize("locale", ["en-GB", "fr-FR", "xx", ""])
def test_other_locales_fall_back_to_english(say, alex, locale) -> None:
    assert speech(say(launch(locale=locale))).startswith("Hi Alex,")


# --- failures: one transaction per intent ---------------------------------------------------


def test_a_domain_error_is_spoken_and_rolled_back(say, session, contract, monkeypatch) -> None:
    real = tracking.log_entry

    def log_then_clash(*args: Any, **kwargs: Any) -> LogEntry:
        real(*args, **kwargs)
        raise Conflict("That was logged a moment ago.")

    monkeypatch.setattr(tracking, "log_entry", log_then_clash)
    result = say(intent("LogKeptIntent", {"commitment": "call when late"}))
    assert speech(result) == "That was logged a moment ago."
    assert tells(result)
    assert entries(session) == []


def test_an_unexpected_error_is_logged_apologised_for_and_rolled_back(
    say, session, contract, monkeypatch, caplog
) -> None:
    real = tracking.log_entry

    def log_then_fail(*args: Any, **kwargs: Any) -> LogEntry:
        real(*args, **kwargs)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(tracking, "log_entry", log_then_fail)
    with caplog.at_level(logging.ERROR, logger="trust_tracker.skill.intents.basics"):
        result = say(intent("LogKeptIntent", {"commitment": "call when late"}))
    assert speech(result).startswith(APOLOGY)
    assert tells(result)
    assert entries(session) == []
    [record] = [
        r for r in caplog.records if r.name == "trust_tracker.skill.intents.basics" and r.levelno == logging.ERROR
    ]
    assert record.exc_info and "disk on fire" in caplog.text and "Traceback" in caplog.text

    # The next intent is unaffected.
    monkeypatch.undo()
    assert speech(say(intent("LogKeptIntent", {"commitment": "call when late"}))).startswith("Logged:")
    assert len(entries(session)) == 1


def test_saying_missed_after_kept_the_same_day_says_it_is_already_kept(say, session, couple, contract) -> None:
    say(intent("LogKeptIntent", {"commitment": "call when late"}))
    result = say(intent("LogMissedIntent", {"commitment": "call when late"}))
    assert "already logged as kept today" in speech(result)
    assert [(e.partner_id, e.kind) for e in entries(session)] == [(couple[0].id, LogKind.KEPT)]
