"""A speaker is known only by a name in the couple (tester-voice5 #11, and a review of
IdentifySpeakerIntent): words heard where a name goes that are no name ("this is great, we had a
lovely walk") are read as one utterance, never a handover; "{b} here, I …" before a request does it
for {b}; at "Is this {a} or {b}?" an everyday word that sounds like a name is no name. Spoken text,
log rows, check-in answers; requests built as Alexa sends them (no resolution, ER_SUCCESS_NO_MATCH).
Phrasings: tests/skill/voice14_phrases.py."""

from __future__ import annotations

from typing import Any

import pytest

from tests.skill import voice14_phrases as phrases
from tests.skill.talk import SAY, Said
from tests.skill.voice12_home import home, logged, saved, typed
from trust_tracker.skill.endpoint import invoke
from trust_tracker.skill.simulator import Match, Reply

COUPLES = phrases.COUPLES + phrases.COUPLES_HELD_OUT
MISSED = pytest.mark.xfail(strict=True, reason="held out, still missed (voice14_phrases.MISSED)")
NOT_A_NAME = [
    pytest.param(said, marks=[MISSED] if said in phrases.MISSED else [])
    for said in phrases.NOT_A_NAME + phrases.NOT_A_NAME_HELD_OUT
]
BARE = pytest.mark.xfail(strict=True, reason="issue 8: no bare 'this is {name}' sample (voice14_phrases.BARE_NAME)")
FIRST_WORDS = [
    pytest.param(said, marks=[BARE] if said in phrases.BARE_NAME else [])
    for said in phrases.FIRST_WORDS + phrases.FIRST_WORDS_HELD_OUT
]
LOOSE_WORDS = [
    pytest.param(*case, marks=[MISSED] if case[1] in phrases.MISSED else [])
    for case in phrases.LOOSE_WORDS + phrases.LOOSE_WORDS_HELD_OUT
]
DYNAMIC = "amzn1.er-authority.echo-sdk.dynamic.amzn1.ask.skill.TEST.PARTNER_NAME"
NO_MATCH = {"resolutionsPerAuthority": [{"authority": DYNAMIC, "status": {"code": "ER_SUCCESS_NO_MATCH"}}]}


def _as_a_handover(speech: str, a: str, b: str) -> bool:
    """Whether the skill took the words for someone saying who they are."""
    return any(
        speech.startswith(SAY(key, **kwargs))
        for key, kwargs in (
            ("who_known", {"name": a}),
            ("who_only_us", {"names": f"{a} and {b}"}),
            ("speaker_switched", {"name": b}),
        )
    )


def _heard_or_fallback(talk, said: str) -> Said:
    """`said` as Alexa hears it: a sample it matches, else FallbackIntent (no catch-all takes it)."""
    match = talk.conversation.hear(talk.model, said)
    return talk.send(match if match is not None else Match("AMAZON.FallbackIntent", {}))


def _send(talk, slots: dict[str, str | None], resolutions: dict[str, Any] | None) -> Said:
    """IdentifySpeakerIntent as Alexa sends it, the name slot's resolutions as given."""
    request = talk.conversation.request(Match("IdentifySpeakerIntent", slots), timestamp=talk.now)
    if resolutions is not None:
        request["request"]["intent"]["slots"]["name"]["resolutions"] = resolutions
    response = invoke(talk.skill, talk.sessions, request, now=talk.now)
    talk.conversation.update(response)
    reply = Reply.of(response)
    return Said(reply.speech, reply.reprompt, reply.stays_open, response)


# --- words where a name goes -------------------------------------------------------------------


@pytest.mark.parametrize("said", NOT_A_NAME)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_words_that_are_no_name_are_never_a_handover(session, session_factory, a, b, said):
    talk, _, _ = home(session, session_factory, a, b, bound=True)
    heard = _heard_or_fallback(talk, said)
    assert not _as_a_handover(heard.speech, a, b), heard.speech
    assert all(who == a for who, _, _ in logged(session))


@pytest.mark.parametrize("said", phrases.NOT_A_NAME + phrases.NOT_A_NAME_HELD_OUT)
def test_at_a_checkin_question_the_words_are_the_answer(session, session_factory, said):
    talk, _, _ = home(session, session_factory, "Faith", "Grace", bound=True)
    talk("start our check-in")
    talk("no")
    heard = talk(said)
    assert heard.open and "Grace" not in heard.speech
    answers = saved(session)
    assert len(answers) == 1 and answers[0][:2] == ("Faith", 0)
    assert said.lower().replace(",", "").split(" ")[-1] in answers[0][2]  # every word kept, to the last


@pytest.mark.parametrize("resolutions", [None, NO_MATCH], ids=["no resolutions", "ER_SUCCESS_NO_MATCH"])
@pytest.mark.parametrize(
    ("name", "after", "kind"),
    [
        ("great", "we had a lovely walk tonight", None),
        ("so", "hard for me", None),
        ("annoying", "i forgot the evening talk", "missed"),
        ("brilliant", "i did the evening talk", "kept"),
    ],
)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_built_requests_with_no_name_are_read_whole(session, session_factory, a, b, name, after, kind, resolutions):
    talk, _, _ = home(session, session_factory, a, b, bound=True)
    heard = _send(talk, {"name": name, "after_name": after}, resolutions)
    assert not _as_a_handover(heard.speech, a, b), heard.speech
    assert [(who, what) for who, what, _ in logged(session)] == ([(a, kind)] if kind else [])


def test_a_resolved_name_is_a_handover_still(session, session_factory):
    talk, _, two = home(session, session_factory, "Rohan", "Frank", bound=False)
    talk("open trust tracker")
    talk("my name is Rohan")
    matched = {
        "resolutionsPerAuthority": [
            {
                "authority": DYNAMIC,
                "status": {"code": "ER_SUCCESS_MATCH"},
                "values": [{"value": {"name": "Frank", "id": f"partner-{two.id}"}}],
            }
        ]
    }
    heard = _send(talk, {"name": "franc", "after_name": "i did the evening talk"}, matched)
    assert [(who, what) for who, what, _ in logged(session)] == [("Frank", "kept")], heard.speech


@pytest.mark.parametrize("resolutions", [None, NO_MATCH], ids=["no resolutions", "ER_SUCCESS_NO_MATCH"])
@pytest.mark.parametrize("after", ["i did the evening talk", "we had a lovely walk"])
def test_a_name_nobody_here_has_asks_who_and_keeps_the_request(session, session_factory, after, resolutions):
    talk, _, _ = home(session, session_factory, "Priya", "Tomás", bound=False)
    heard = _send(talk, {"name": "jordan", "after_name": after}, resolutions)
    assert heard.open and SAY("who_only_us", names="Priya and Tomás") in heard.speech
    assert logged(session) == []
    talk("Tomás")
    assert all(who == "Tomás" for who, _, _ in logged(session))


@pytest.mark.parametrize("said", ["\u0007", "x" * 300, "\U0001f600", "  "])
def test_bad_words_in_the_slots_are_refused_calmly(session, session_factory, said):
    talk, _, _ = home(session, session_factory, "Faith", "Grace", bound=True)
    heard = _send(talk, {"name": said, "after_name": said}, None)
    assert heard.speech and logged(session) == [] and saved(session) == []


# --- a handover before a request, and as first words --------------------------------------------


@pytest.mark.parametrize(("said", "kind"), phrases.HANDOVER_REQUESTS + phrases.HANDOVER_REQUESTS_HELD_OUT)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_without_voices_a_handover_before_a_request_is_the_ones_named(session, session_factory, a, b, said, kind):
    talk, _, _ = home(session, session_factory, a, b, bound=False)
    talk("open trust tracker")
    talk(f"my name is {typed(a)}")
    heard = talk(said.format(a=typed(a), b=typed(b)))
    assert not heard.speech.startswith(SAY("fallback").split(".")[0]), heard.speech
    assert [(who, what) for who, what, _ in logged(session)] == ([(b, kind)] if kind else []), heard.speech


@pytest.mark.parametrize("said", FIRST_WORDS)
@pytest.mark.parametrize(("a", "b"), COUPLES)
def test_a_handover_as_first_words_welcomes_the_one_named(session, session_factory, a, b, said):
    talk, _, _ = home(session, session_factory, a, b, bound=False)
    heard = talk(said.format(b=typed(b)))
    assert heard.open and heard.speech.startswith(f"Hi {b}"), heard.speech


# --- at "Is this {a} or {b}?" ------------------------------------------------------------------


@pytest.mark.parametrize(("couple", "said"), LOOSE_WORDS)
def test_an_everyday_word_is_no_name_at_who_is_this(session, session_factory, couple, said):
    talk, _, _ = home(session, session_factory, *couple, bound=False)
    talk("open trust tracker")
    heard = talk(said)
    assert heard.open and not heard.speech.startswith("Hi "), heard.speech
    assert talk(typed(couple[1])).speech.startswith(f"Hi {couple[1]}")
