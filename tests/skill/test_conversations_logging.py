"""Whole conversations that log: kept and missed promises in people's own words, setbacks
with their reflection, notes, milestones celebrated once, "how are we doing", the long arc, hard
days, a pause and acknowledging; what Alexa says and what ends up in the database."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.factories import NOW, make_entry
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, SAY, TODAY, Talk, add_kept, count, entries
from tests.skill.talk import alex_talks as alex_talks
from tests.skill.talk import contract as contract
from tests.skill.talk import home as home
from tests.skill.talk import skill as skill
from trust_tracker.models import contracts
from trust_tracker.models.entities import (
    ContractVersion,
    ItemKind,
    LogEntry,
    LogKind,
    Milestone,
    Setback,
    Source,
    VersionStatus,
)
from trust_tracker.skill.grammar import promise
from trust_tracker.skill.speech import for_locale


def test_a_setback_with_reflection_and_a_proposed_change(session, home, contract, alex_talks) -> None:
    alex, _sam = home
    said = alex_talks("ask trust tracker to log that i missed my promise to call when late")
    # Short: thanks, what was logged, and the question (3 sentences).
    assert said.speech == (
        "Thank you for being honest. Logged: you missed your promise to call when late. "
        "A setback is information, not a verdict: would you like a minute to reflect on it?"
    )
    [entry] = entries(session)
    assert (entry.kind, entry.partner_id, entry.lineage_id) == (LogKind.MISSED, alex.id, contract["call when late"])
    assert alex_talks("yes").speech == "What triggered it?"
    assert alex_talks("a meeting ran over and my phone was flat").speech == "Thank you. What would have prevented it?"
    said = alex_talks("charging my phone at lunch")
    assert said.speech.startswith("Thank you, that's saved with the setback. Would you like me to propose a change")
    said = alex_talks("yes")
    assert said.speech.startswith("Done. I've proposed version 2 of your contract") and not said.open
    setback = session.scalars(select(Setback)).one()
    [reflection] = setback.reflections
    assert (setback.log_entry_id, reflection.author_id, reflection.trigger, reflection.prevention) == (
        entry.id,
        alex.id,
        "A meeting ran over and my phone was flat",
        "Charging my phone at lunch",
    )
    proposal = session.get(ContractVersion, setback.version_id)
    assert proposal.status is VersionStatus.PROPOSED and proposal.proposed_by_id == alex.id
    assert "“A meeting ran over and my phone was flat”" in proposal.note


def test_a_setback_declined_is_logged_but_not_reflected(session, contract, alex_talks) -> None:
    alex_talks("i missed my promise to evening walk")
    said = alex_talks("no")
    assert said.speech.startswith("That's fine. You can add a reflection later") and not said.open
    assert [e.kind for e in entries(session)] == [LogKind.MISSED] and count(session, Setback) == 0


def test_a_proposal_already_open_is_said_kindly(session, home, contract, alex_talks) -> None:
    _alex, sam = home
    contracts.propose_version(session, sam, [contracts.ItemDraft(ItemKind.COMMITMENT, "Something new")], now=NOW)
    session.flush()
    alex_talks("log a boundary breach")
    alex_talks("yes")  # "Which of your boundaries was it: no contact …?"
    alex_talks("yes")
    alex_talks("an old message")
    alex_talks("blocking the number")
    said = alex_talks("yes")
    assert said.speech.startswith("There is already a proposed change waiting for you both.")
    setback = session.scalars(select(Setback)).one()
    assert setback.reflections[0].trigger == "An old message" and setback.version_id is None


def test_ambiguous_commitment_asks_which_and_the_answer_completes_the_miss(session, contract, alex_talks) -> None:
    said = alex_talks("i missed my promise to evening")
    assert said.speech == SAY("which_one_missed", options="evening talk or evening walk") and said.open
    assert entries(session) == []
    said = alex_talks("the evening walk one")
    logged = SAY("logged_missed", commitment=promise(for_locale("en-US"), "evening walk"))
    assert said.speech == " ".join([SAY("honesty"), logged, SAY("offer_reflect")])
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id) == (LogKind.MISSED, contract["evening walk"])


@pytest.mark.parametrize(
    ("utterance", "kind", "note", "spoken"),
    [
        (
            "note a moment of reliability sam was on time for our talk",
            LogKind.RELIABILITY,
            "Sam was on time for our talk",
            "Noted, a moment of reliability: Sam was on time for our talk.",  # as saved (voice20)
        ),
        (
            "log a small win we talked about money calmly",
            LogKind.SMALL_WIN,
            "We talked about money calmly",
            "Logged a small win: we talked about money calmly. That's worth noticing.",
        ),
    ],
)
def test_notes_are_confirmed_in_the_users_own_words(session, home, alex_talks, utterance, kind, note, spoken) -> None:
    said = alex_talks(utterance)
    assert said.speech == spoken and not said.open
    [entry] = entries(session)
    assert (entry.kind, entry.note, entry.partner_id, entry.source) == (kind, note, home[0].id, Source.VOICE)
    assert said.response["response"]["card"]["content"] == spoken


def test_a_note_without_words_asks_for_them(session, alex_talks) -> None:
    said = alex_talks("note a moment of reliability")
    assert said.speech.startswith("What was the moment of reliability?") and said.open
    assert entries(session) == []


def test_a_milestone_is_celebrated_right_after_the_log_that_reached_it_and_only_once(
    session, home, contract, alex_talks, skill, session_factory
) -> None:
    _alex, sam = home
    add_kept(session, sam, None, days_back=0, n=9)
    said = alex_talks("i kept my promise to call when late")
    assert said.speech == (
        "Logged: you kept your promise to call when late. Something to celebrate: "
        "Ten promises kept: the first real stretch of the road."
    )
    milestone = session.scalars(select(Milestone)).one()
    assert milestone.key == "kept:10" and milestone.celebrated_at == NOW
    again = Talk(skill, session_factory, person_id=SAM_VOICE)("open trust tracker")
    assert "Something to celebrate" not in again.speech
    said = Talk(skill, session_factory, person_id=SAM_VOICE)("what should we celebrate")
    assert said.speech == (
        "Here's what's worth celebrating lately. Ten promises kept: the first real stretch of the road."
    )


def test_a_milestone_reached_on_the_site_is_celebrated_at_the_next_launch(
    session, home, skill, session_factory
) -> None:
    _alex, sam = home
    add_kept(session, sam, None, days_back=0, n=10)
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("open trust tracker")
    assert said.speech.startswith("Hi Alex, welcome to Trust Tracker. Something to celebrate: Ten promises kept")
    assert session.scalars(select(Milestone)).one().celebrated_at == NOW


def test_nothing_to_celebrate_is_said_honestly(alex_talks) -> None:
    said = alex_talks("is there anything to celebrate")
    assert said.speech.startswith("Nothing new to celebrate yet")


def test_how_are_we_doing(session, home, contract, skill, session_factory) -> None:
    alex, sam = home
    for back in range(1, 4):
        add_kept(session, alex, contract["call when late"], days_back=back)
    add_kept(session, sam, contract["evening talk"], days_back=8)
    talk = Talk(skill, session_factory, person_id=SAM_VOICE, screen=True)
    said = talk("how are we doing")
    assert said.speech.startswith(  # Monday to Wednesday, against Monday to Wednesday last week
        "So far this week: 2 kept and 0 missed, against 1 kept and 0 missed by this point last week. "
        "Streaks going: call when late, 3 days in a row."
    )
    directives = {d["type"]: d for d in said.response["response"]["directives"]}
    apl = directives["Alexa.Presentation.APL.RenderDocument"]
    assert apl["datasources"]["tracker"]["rows"][0] == "call when late: 3 days in a row"
    launch = Talk(skill, session_factory, person_id=SAM_VOICE, screen=True)("open trust tracker")
    assert "Alexa.Presentation.APL.RenderDocument" in json.dumps(launch.response)
    # Without a screen, no APL.
    plain = Talk(skill, session_factory, person_id=SAM_VOICE)("how are we doing")
    assert "Alexa.Presentation.APL.RenderDocument" not in json.dumps(plain.response)


def test_the_long_arc_in_one_sentence(session, home, contract, alex_talks) -> None:
    alex, _ = home
    call = contract["call when late"]
    for back in range(82, 92):
        add_kept(session, alex, call, days_back=back) if back % 10 < 6 else session.add(
            LogEntry(
                couple_id=alex.couple_id,
                partner_id=alex.id,
                kind=LogKind.MISSED,
                lineage_id=call,
                local_date=TODAY - timedelta(days=back),
                source=Source.WEB,
                created_at=NOW,
            )
        )
    for back in range(1, 11):
        add_kept(session, alex, call, days_back=back) if back != 5 else session.add(
            LogEntry(
                couple_id=alex.couple_id,
                partner_id=alex.id,
                kind=LogKind.MISSED,
                lineage_id=call,
                local_date=TODAY - timedelta(days=back),
                source=Source.WEB,
                created_at=NOW,
            )
        )
    session.flush()
    said = alex_talks("how are we doing")
    assert "Over the last three months, kept promises rose from 6 in 10 to 9 in 10." in said.speech


def test_a_hard_day_reads_todays_simpler_forms_and_is_logged(session, home, contract, alex_talks) -> None:
    alex, _sam = home
    said = alex_talks("i am having a rough day")
    assert said.speech == (
        "I'm sorry today is hard; I've logged it, so Sam will see it. "
        "The simpler versions you agreed are enough today. For call when late, a one-word text is enough. "
        "For evening talk, five minutes, just the highlights. "
        "And 1 more on the website. "  # two at most: the reply stays within 30 s
        "Maybe a quick touch-base with Sam later. Go gently."
    )
    assert not said.open
    [entry] = entries(session)
    assert (entry.kind, entry.partner_id) == (LogKind.HARD_DAY, alex.id)
    again = alex_talks("today's been a really hard day")  # said again: nothing new, and not said to be
    assert again.speech.startswith("I'm sorry today is still hard. It's logged once for today, so Sam can already")
    assert [e.id for e in entries(session)] == [entry.id]


def test_a_pause_is_slow_and_logs_nothing(session, home, alex_talks) -> None:
    said = alex_talks("we need a pause")
    ssml = said.response["response"]["outputSpeech"]["ssml"]
    assert ssml.count('<break time="2s"/>') == 5 and '<prosody rate="slow">' in ssml
    assert said.speech.startswith("Let's pause together. Breathe in slowly.") and not said.open
    assert entries(session) == []


def test_acknowledging_the_partners_entries(session, home, contract, alex_talks) -> None:
    alex, sam = home
    add_kept(session, sam, contract["call when late"], days_back=1)
    add_kept(session, sam, None, days_back=2)
    add_kept(session, alex, None, days_back=1)  # Alex's own: never acknowledged by Alex
    said = alex_talks("acknowledge entries from sam")
    assert said.speech == (
        "Done: I've marked 2 of Sam's recent entries as seen. "
        "Most recently, Sam kept their promise on Monday and kept their promise to call when late yesterday."
    )
    rows = entries(session)
    assert [(e.partner_id, e.acknowledged_at is not None) for e in rows] == [
        (sam.id, True),
        (sam.id, True),
        (alex.id, False),
    ]
    assert alex_talks("acknowledge the entries").speech == "There's nothing new from Sam to acknowledge."
    assert alex_talks("acknowledge entries from alex").speech == "Those are your own entries. Sam can acknowledge them."


def test_a_miss_in_their_own_words_is_confirmed_by_name_and_kept_as_the_note(
    session, home, contract, alex_talks
) -> None:
    said = alex_talks("I missed my promise to call when running late")
    assert said.speech.startswith("Thank you for being honest. Logged: you missed your promise to call when late.")
    [entry] = entries(session)
    assert (entry.kind, entry.lineage_id, entry.note) == (
        LogKind.MISSED,
        contract["call when late"],
        "Call when running late",
    )


@pytest.mark.parametrize("moments", [1, 12])
def test_how_are_we_doing_counts_moments_as_activity(session, home, contract, alex_talks, moments) -> None:
    alex, sam = home
    for number in range(moments):
        make_entry(session, (alex, sam)[number % 2], LogKind.RELIABILITY, NOW.date(), note=f"moment {number}")
    said = alex_talks("how are we doing")
    assert "Nothing's been logged" not in said.speech
    expected = "one good moment noted" if moments == 1 else f"{moments} good moments noted"
    assert f"No promises logged as kept or missed yet this week, but {expected}." in said.speech


def test_how_are_we_doing_with_nothing_at_all_says_so(session, home, contract, alex_talks) -> None:
    assert SAY("progress_empty") in alex_talks("how are we doing").speech


def test_which_one_asked_twice_unclear_logs_nothing_and_says_how(session, alex_talks, contract) -> None:
    first = alex_talks("i missed my promise to do the thing")
    assert first.open
    assert alex_talks("the other thing").open
    said = alex_talks("i'm not sure")
    assert said.speech.startswith("I still couldn't tell which promise you meant, so I haven't logged anything.")
    assert "Next time, name it, for example: I missed my " in said.speech and not said.open
    assert entries(session) == []
