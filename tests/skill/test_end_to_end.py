"""End to end: virtual-alexa posts what Alexa would to the real HTTP server, started the way
`make run` starts it (tests/skill/e2e/harness.py): linking, logging and reflecting, distress,
held-out phrasings, and the check-in kept through asides and undo.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from sqlalchemy import select

from tests.skill.e2e.harness import (
    E2E,
    MODEL,
    alex_says,
    conversation_script,
    linked,
    one_shot,
    opened,
    route_only,
    server,
    talk,
)
from tests.skill.model_generator import load_generator
from trust_tracker.models.entities import CheckInAnswer, LogEntry, LogKind, Partner, Setback, Source
from trust_tracker.skill.topic_words import CARRIERS

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_links_logs_and_reflects(conversation_script, server) -> None:
    database = server[2]
    turns = alex_says(
        conversation_script,
        server,
        [
            "log that i kept my promise to call when late",
            "i missed my promise to open phone",  # daily: the evening talk (weekdays) is not due at weekends
            "yes",
            "honestly i was too tired",
            "i would say an earlier reminder",
            "no",
            "we need a pause",
        ],
    )
    said = [turn["ssml"] for turn in turns]
    assert said[0].startswith("<speak>Thanks, Alex. This device is now linked.") and turns[0]["ends"]
    assert said[1].startswith("<speak>Logged: you kept your promise to call when late.")
    assert "Logged: you missed your open phone promise." in said[2] and not turns[2]["ends"]
    assert said[3] == "<speak>What triggered it?</speak>"
    assert said[4] == "<speak>Thank you. What would have prevented it?</speak>"
    assert said[5].startswith("<speak>Thank you, that's saved with the setback.") and turns[5]["reprompt"]
    assert said[6].startswith("<speak>Alright. Your reflection is saved") and turns[6]["ends"]
    assert '<break time="2s"/>' in said[7]

    with opened(database) as session:
        voice_entries = session.execute(
            select(LogEntry.kind, Partner.name)
            .join(Partner)
            .where(LogEntry.source == Source.VOICE)
            .order_by(LogEntry.id)
        ).all()
        setback = session.scalars(select(Setback).order_by(Setback.id.desc())).first()  # the demo has two
        assert voice_entries == [(LogKind.KEPT, "Alex"), (LogKind.MISSED, "Alex")]
        [reflection] = setback.reflections
        assert (reflection.trigger, reflection.prevention) == ("I was too tired", "An earlier reminder")


def test_a_real_alexa_client_hears_distress_and_offers_help_first(conversation_script, server) -> None:
    url, _env, _database = server
    turns = talk(conversation_script, url, ["i am scared of my partner", "yes"])
    said = [turn["ssml"] for turn in turns]
    assert said[0].startswith("<speak>I'm sorry you're going through this. If you're in danger, call nine")
    assert "no substitute for emergency help" in said[0] and not turns[0]["ends"]
    assert said[1].count('<break time="3s"/>') == 5 and turns[1]["ends"]


# --- natural phrasings never used as samples -------------------------------------------------

HELD_OUT = json.loads((E2E / "held_out.json").read_text(encoding="utf-8"))
GROUPS = ("before_tuning", "after_tuning")
# What Alexa strips from a one-shot request before matching: the invocation, and "to" or "that".
ONE_SHOT = re.compile(r"^(?:ask|tell) trust tracker (?:to |that )?", re.IGNORECASE)
# Measured through virtual-alexa as e2e/alexa.js puts it right (custom slots open, numbers said
# as digit words, launches only by the invocation name): 45 of 110 with the samples as written;
# with generate.py's rules 77 of 110. A rule's variant may happen to say a held-out phrasing
# (31 do): that one is then no longer held out, so the floor holds for the others (46 of 79, 58%; 51 with describing, "i {commitment}";
# 70 with the topic carriers, 89%: tests/skill/test_topics.py counts what the skill then makes of them).
MIN_ROUTED = 0.85


def test_held_out_phrasings_reach_their_intent_through_a_real_alexa_client(conversation_script, server) -> None:
    url, _env, _database = server
    linked(conversation_script, server)
    expected = [
        (ONE_SHOT.sub("", said), intent, group)
        for group in GROUPS
        for intent, phrasings in HELD_OUT[group].items()
        for said in phrasings
    ]
    samples = {
        sample
        for intent in json.loads(MODEL.read_text())["interactionModel"]["languageModel"]["intents"]
        for sample in intent.get("samples", [])
    }
    assert len(expected) >= 100
    said = {said.lower() for said, _, _ in expected}
    assert not said & load_generator().as_written(), "held-out phrasings must never be written as samples"
    generated = said & samples  # what a general rule happens to say: no longer held out
    heard = one_shot(url, [said for said, _, _ in expected])
    missed = [
        (said, intent, turn["intent"], group)
        for (said, intent, group), turn in zip(expected, heard, strict=True)
        if routed_to(turn["intent"]) != intent
    ]
    for group in GROUPS:
        total = sum(1 for *_, g in expected if g == group)
        wrong = sum(1 for *_, g in missed if g == group)
        print(f"held-out phrasings {group}: {total - wrong}/{total} routed right")
    unseen = [said for said, *_ in expected if said.lower() not in generated]
    unseen_missed = [said for said, *_ in missed if said.lower() not in generated]
    unseen_routed = 1 - len(unseen_missed) / len(unseen)
    print(
        f"of them, {len(generated)} are now generated samples; the other {len(unseen)}: "
        f"{len(unseen) - len(unseen_missed)} routed right ({unseen_routed:.0%})"
    )
    for intent in dict.fromkeys(intent for _, intent, _ in expected):
        misses = [(said, got) for said, wanted, got, _ in missed if wanted == intent]
        for said, got in misses:
            print(f"  missed {intent}: {said!r} -> {got}")
    routed = 1 - len(missed) / len(expected)
    print(f"held-out phrasings routed right: {len(expected) - len(missed)}/{len(expected)} ({routed:.0%})")
    assert unseen_routed >= MIN_ROUTED, missed
    assert all(turn["ssml"] for turn in heard if turn["intent"]), "every routed phrasing is answered"


def routed_to(intent: str | None) -> str | None:
    """The job an intent routed to is for: a topic's carriers ("StopRemindersTopicIntent") are the job's."""
    return CARRIERS.get(intent or "", intent)


# A list written blind (tests/skill/e2e/held_out_blind.json: its author never saw the model),
# routed only. Measured 107 of 246 (43%; of those that are not samples, 43 of 182) when it was
# first read; the floor keeps that from slipping back. No sample may ever be written from it.
# With the topic carriers: 178 of 246 (72%).
MIN_BLIND_ROUTED = 0.68


def test_a_list_written_blind_reaches_its_intents_through_a_real_alexa_router(conversation_script) -> None:
    blind = json.loads((E2E / "held_out_blind.json").read_text(encoding="utf-8"))["blind"]
    expected = [(ONE_SHOT.sub("", said), intent) for intent, phrasings in blind.items() for said in phrasings]
    assert len(expected) >= 200
    samples = {
        s
        for i in json.loads(MODEL.read_text())["interactionModel"]["languageModel"]["intents"]
        for s in i.get("samples", [])
    }
    # Some were samples before the list was written (said alike by chance): counted, and shown.
    print(f"blind phrasings that are samples: {len({said.lower() for said, _ in expected} & samples)}")
    heard = [routed_to(turn["intent"]) for turn in route_only([said for said, _ in expected])]
    right = sum(1 for (_, intent), got in zip(expected, heard, strict=True) if got == intent)
    print(f"blind phrasings routed right: {right}/{len(expected)} ({right / len(expected):.0%})")
    assert right / len(expected) >= MIN_BLIND_ROUTED


# --- the generated model, through virtual-alexa ----------------------------------------------

# What stands in a slot when a sample is said: a listed value, a name, words, a number as words.
SAID_FOR = {
    "COMMITMENT_NAME": "call when late",
    "PARTNER_NAME": "sam",
    "ALL_OF_THEM": "both",
    "DISTRESS": "hurt me",
    "AMAZON.SearchQuery": "we cooked dinner",  # no topic word ("together" is a small win's): an answer as said
    "AMAZON.NUMBER": "four eight one five one six",
    "AROUND_TOPIC": "again",
    "AMEND_DAY": "yesterday",
    "SAID_AFTER_A_NAME": "i cooked dinner tonight",
}


def test_every_kind_of_sample_reaches_its_own_intent_through_a_real_alexa_client(conversation_script) -> None:
    """300 samples drawn across all intents (a fixed seed): the generated variants never collide."""
    intents = json.loads(MODEL.read_text())["interactionModel"]["languageModel"]["intents"]
    drawn = random.Random(8).sample(
        [(sample, intent) for intent in intents for sample in intent.get("samples", [])], 300
    )
    said = []
    for sample, intent in drawn:
        types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        said.append((re.sub(r"\{(\w+)\}", lambda m: SAID_FOR[types[m[1]]], sample), intent["name"]))
    heard = [turn["intent"] for turn in route_only([s for s, _ in said])]
    assert len({name for _, name in said}) >= 20  # drawn across the model, not from one intent

    # A job's topic intent ("hard day again" as "{…} hard day {…}") is read as that job (skill/topics.py).
    def job(intent: str) -> str:
        return intent.replace("TopicIntent", "Intent")

    assert [(s, want, got) for (s, want), got in zip(said, heard, strict=True) if job(want) != job(got)] == []


def test_a_commitment_alexa_does_not_know_is_never_logged_as_a_keep(conversation_script, server) -> None:
    """Custom slots are open, as on Alexa: a value outside the list arrives unresolved
    (ER_SUCCESS_NO_MATCH), and the skill asks which promise instead of logging a guess; the
    answer then resolves against the couple's own commitments (dynamic entities)."""
    url, _env, database = server
    linked(conversation_script, server)
    before = _voice_entries(database)
    [alone] = talk(conversation_script, url, ["i kept my promise to water the plants"])
    assert not alone["ends"] and "?" in alone["ssml"]  # asked which one
    assert _voice_entries(database) == before  # nothing logged
    first, second = talk(
        conversation_script, url, ["i kept my promise to water the plants", "i kept my promise to evening talk"]
    )
    [(authority, status)] = [
        (r["authority"], r["status"]["code"])
        for r in first["slots"]["commitment"]["resolutions"]["resolutionsPerAuthority"]
    ]
    assert first["intent"] == "LogKeptIntent" and first["slots"]["commitment"]["value"] == "water the plants"
    assert ".COMMITMENT_NAME" in authority and status == "ER_SUCCESS_NO_MATCH"
    dynamic = second["slots"]["commitment"]["resolutions"]["resolutionsPerAuthority"][0]
    assert ".dynamic." in dynamic["authority"] and dynamic["status"]["code"] == "ER_SUCCESS_MATCH"
    assert dynamic["values"][0]["value"]["id"].startswith("lineage-")
    # The named promise is answered: logged, or refused as "already logged as missed" after the first
    # test's miss, which then offers the others (voice23) — never "which one?" again.
    refused = "already logged as missed today" in second["ssml"] and "Or was it another one you kept" in second["ssml"]
    assert ("?" not in second["ssml"] and second["ends"]) or refused, second["ssml"]
    assert "Which one" not in second["ssml"] and "isn't one of your promises" not in second["ssml"]
    assert len(_voice_entries(database)) <= len(before) + 1


def _voice_entries(database: Path) -> list[tuple[LogKind, str | None]]:
    with opened(database) as session:
        query = select(LogEntry.kind, LogEntry.note).where(LogEntry.source == Source.VOICE).order_by(LogEntry.id)
        return [tuple(row) for row in session.execute(query)]


def test_a_real_alexa_client_keeps_the_checkin_through_asides_and_undo(conversation_script, server) -> None:
    """Mid check-in, over HTTP as Alexa sends it: "how are we doing" is answered and the
    question comes back, session open; "delete my last entry" goes back a question; nothing
    of either is saved as an answer, and no entry is touched."""
    database = server[2]
    turns = alex_says(
        conversation_script,
        server,
        [
            "start our check in",
            "no",
            "my answer is our long walk",
            "how are we doing",
            "delete my last entry",
            "my answer is our walk on sunday",
        ],
    )
    said = [turn["ssml"] for turn in turns]
    question_1, question_2 = (re.search(r"Question \d: (.*)</speak>$", s)[1] for s in (said[2], said[3]))
    assert said[3].endswith(f"Question 2: {question_2}</speak>") and not turns[3]["ends"]
    assert turns[4]["intent"] == "ProgressIntent" and not turns[4]["ends"]
    assert "So far this week" in said[4] and said[4].endswith(f"Back to our check-in: {question_2}</speak>")
    assert turns[5]["intent"] == "UndoIntent" and not turns[5]["ends"]
    assert said[5] == f"<speak>Alright, let's go back. Question 1: {question_1}</speak>"
    assert said[6].endswith(f"Question 2: {question_2}</speak>")

    with opened(database) as session:
        alex = session.scalars(select(Partner).where(Partner.name == "Alex")).one()
        answers = session.scalars(
            select(CheckInAnswer.answer).where(CheckInAnswer.partner_id == alex.id, CheckInAnswer.position == 0)
        ).all()
        assert answers[-1:] == ["Our walk on sunday"]
        assert not session.scalars(select(CheckInAnswer).where(CheckInAnswer.answer.contains("delete"))).all()
