"""The partner's act told by the other (tester-voice2 #6, breach11): "Sam read my journal", said by
Alex, was logged as Alex's breach and shown to Sam. A breach belongs to the one who crossed the
boundary, and only they log it: the other's act writes nothing, and is answered warmly with what
can be done; someone else's act is no breach of theirs; the speaker's own act is logged as before.
Each sentence is typed as people say it, through the simulator's ears and the whole skill."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from tests.factories import NOW
from tests.skill.talk import ALEX_VOICE, QUESTIONS, SAM_VOICE, Talk, count, entries, home, skill
from tests.skill.test_logging_dialog import three_answered
from trust_tracker.models import contracts, tracking
from trust_tracker.models.entities import CheckInAnswer, ItemKind, LogKind, SetbackReflection
from trust_tracker.skill.simulator import Match
from trust_tracker.skill.speech import for_locale

__all__ = ["home", "skill"]  # fixtures

LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
NOT_YOURS = "under your name"
# Said by either partner, `{other}` the partner's name; each reaches the breach however Alexa heard it.
PARTNERS_ACTS = [
    "{other} read my journal",
    "{other} keeps reading my diary",
    "i found out {other} read my journal",
    "she went through my journal while i was at work",
    "he got in touch with her again behind my back",
    "she contacted him again",
    "my partner went through my journal",
    "my husband read my diary",
    "my wife contacted him again",
    "log a breach {other} read my journal",
    "i crossed a boundary {other} read my diary",
    "one of our boundaries was broken today he met her for coffee",
]
OWN_ACTS = [
    ("i read {other}'s journal", "journal"),
    ("i had a look through {other}'s private journal", "journal"),
    ("i crossed a boundary i contacted the former affair partner", "contact"),
]
SOMEONE_ELSES = ["my friend read my journal", "my mum went through my diary", "the kids broke the rules at school"]


@pytest.fixture
def boundaries(session, home) -> dict[str, int]:
    """The demo's two boundaries, agreed: no contact with the former affair partner, no journals."""
    alex, sam = home
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "A fifteen-minute evening talk", short_name="evening talk"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No contact with the former affair partner"),
        contracts.ItemDraft(ItemKind.BOUNDARY, "No reading each other's private journal"),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    found = {b.text: b.lineage_id for b in version.items_of(ItemKind.BOUNDARY)}
    return {"contact": found["No contact with the former affair partner"], "journal": found[drafts[2].text]}


def voices(home):
    """(speaker, partner, voice) for each of them speaking."""
    alex, sam = home
    return [(alex, sam, ALEX_VOICE), (sam, alex, SAM_VOICE)]


def nothing_written(session) -> bool:
    return entries(session) == [] and count(session, CheckInAnswer) == 0 and count(session, SetbackReflection) == 0


@pytest.mark.parametrize("words", PARTNERS_ACTS)
def test_the_partners_act_writes_nothing_and_is_answered_warmly(
    skill, session_factory, session, home, boundaries, words
):
    for speaker, other, person in voices(home):
        said = Talk(skill, session_factory, person_id=person)(words.format(other=other.name.lower()))
        assert NOT_YOURS in said.speech and said.open and said.reprompt, (speaker.name, words, said.speech)
        assert "?" in said.speech and said.speech.count(". ") <= 3  # two short sentences and a question
        assert nothing_written(session)
        assert tracking.unacknowledged_partner_entries(session, other, NOW) == []  # the partner sees nothing


def test_the_answer_offers_the_checkin_and_the_journal_and_never_reads_a_journal(skill, session_factory, home):
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("sam read my journal")
    assert "check-in" in said.speech and "private journal on the website" in said.speech
    assert "logged it as" not in said.speech and "Sam will see" not in said.speech
    assert said.reprompt == for_locale("en-US").say("breach_reported_more_reprompt")


def test_the_lines_vary_within_a_session(skill, session_factory, session, home, boundaries):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    first = talk("sam read my journal")
    assert talk("yes").open  # "anything else?": what would you like
    second = talk("she contacted him again")
    assert first.speech != second.speech and NOT_YOURS in second.speech
    assert nothing_written(session)


def test_no_to_anything_else_says_goodbye(skill, session_factory, session, home):
    talk = Talk(skill, session_factory, person_id=SAM_VOICE)
    talk("alex read my journal")
    bye = talk("no")
    assert not bye.open and bye.speech in for_locale("en-US").options("goodbye")
    assert nothing_written(session)


def test_a_checkin_due_is_offered_and_yes_starts_it(skill, session_factory, session, home, boundaries):
    alex, _ = home
    alex.couple.checkin_weekday, alex.couple.checkin_time = NOW.weekday(), time(6, 0)  # due this morning
    session.flush()
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    said = talk("sam read my journal")
    assert said.speech.endswith("Shall I start your check-in now?") and "Yes or no" in said.reprompt
    started = talk("yes")
    assert started.speech == "Let's do your check-in. Is Sam with you?"
    assert nothing_written(session)


@pytest.mark.parametrize(("words", "boundary"), OWN_ACTS)
def test_the_speakers_own_act_is_still_their_breach(skill, session_factory, session, home, boundaries, words, boundary):
    for speaker, other, person in voices(home):
        talk = Talk(skill, session_factory, person_id=person)
        said = talk(words.format(other=other.name.lower()))
        if said.speech.endswith("Shall I log it as a breach?"):  # a lapse of a kind the skill knows: asked first
            assert entries(session) == [] or all(e.partner_id != speaker.id for e in entries(session))
            said = talk("yes")
        assert "I've logged it as a breach of" in said.speech and f"{other.name} will see it" in said.speech
        [entry] = [e for e in entries(session) if e.partner_id == speaker.id]
        assert entry.kind is LogKind.BREACH and entry.lineage_id == boundaries[boundary]
        assert [e.id for e in tracking.unacknowledged_partner_entries(session, other, NOW)] == [entry.id]


def test_the_speakers_own_act_naming_no_boundary_is_asked_about_as_before(
    skill, session_factory, session, home, boundaries
):
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("i went behind sam's back and called her")
    assert said.speech.startswith("Which of your boundaries was it") and entries(session) == []


@pytest.mark.parametrize("words", SOMEONE_ELSES)
def test_someone_elses_act_is_no_breach_of_theirs(skill, session_factory, session, home, boundaries, words):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    said = talk(words)
    if said.open and "Shall I read your boundaries" in said.speech:  # asked which job: the breach chosen
        said = talk("log that a boundary was crossed")
    assert "isn't a breach of your contract" in said.speech and not said.open
    assert nothing_written(session)


def test_an_unlinked_voice_is_asked_who_and_the_name_said_decides(skill, session_factory, session, home, boundaries):
    """A voice Alexa does not know: "who is this?" first; the partner's act told by the one named
    writes nothing, for either of them."""
    for name, other in (("alex", "sam"), ("sam", "alex")):
        talk = Talk(skill, session_factory)
        asked = talk(f"{other} read my journal")
        assert "is this Alex or Sam" in asked.speech and entries(session) == []
        said = talk(f"it's {name}")
        assert NOT_YOURS in said.speech and nothing_written(session)


def test_a_name_said_on_an_unlinked_voice_then_their_own_act_is_theirs(
    skill, session_factory, session, home, boundaries
):
    talk = Talk(skill, session_factory)
    talk("i read sam's journal")
    said = talk("it's alex")
    assert said.speech.endswith("Shall I log it as a breach?")  # private journals: a lapse kind, asked first
    said = talk("yes")
    assert "I've logged it as a breach of no reading" in said.speech
    alex, _ = home
    assert [(e.partner_id, e.lineage_id) for e in entries(session)] == [(alex.id, boundaries["journal"])]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_writes_nothing_for_the_partners_act(skill, session_factory, session, home, boundaries, locale):
    for words in ("sam read my journal", "my husband read my diary", "he got in touch with her again behind my back"):
        said = Talk(skill, session_factory, person_id=ALEX_VOICE, locale=locale)(words)
        assert NOT_YOURS in said.speech and said.open, (locale, words, said.speech)
    assert nothing_written(session)


def test_without_a_contract_the_partners_act_is_still_not_logged(skill, session_factory, session, home):
    """No boundaries agreed yet: a breach is logged as said, but never the partner's under the speaker's name."""
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)("sam read my journal")
    assert NOT_YOURS in said.speech and nothing_written(session)
    own = Talk(skill, session_factory, person_id=ALEX_VOICE)("i crossed a boundary i read sam's journal")
    assert "I've logged it as a boundary breach" in own.speech and len(entries(session)) == 1


@pytest.mark.parametrize(
    "words",
    [
        "sam read my journal and now i'm scared he will hurt me",
        "my husband read my diary and then he hit me",
        "he got in touch with her again and i want to end my life",
    ],
)
def test_distress_still_wins(skill, session_factory, session, home, boundaries, words):
    said = Talk(skill, session_factory, person_id=ALEX_VOICE)(words)
    assert "If you're in danger, call" in said.speech and NOT_YOURS not in said.speech
    assert nothing_written(session)


@pytest.mark.parametrize(
    "note",
    [
        "sam read my journal " * 30,  # longer than a note is kept: the boundary refuses it first
        "sam\x07 read my journal",  # a control character
        "   ",
        "um",
    ],
)
def test_bad_notes_write_nothing_and_never_fail(skill, session_factory, session, home, boundaries, note):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    match = talk.model.match("i crossed a boundary i read the journal")
    assert match is not None and match.intent == "LogBreachIntent"
    match.slots["note"] = note
    said = talk.send(match)
    assert said.speech and "logged it as a breach" not in said.speech
    assert nothing_written(session)


@pytest.mark.parametrize(
    ("note", "line"),
    [("sam read my journal", "checkin_breach_reported"), ("my friend read my diary", "breach_not_ours")],
)
def test_held_during_a_checkin_and_log_it_still_writes_nothing(skill, session_factory, session, home, note, line):
    """ "Log a breach, Sam read my journal" while a check-in question waits, then "log it": not
    under the speaker's name either; the question comes back, the answers kept."""
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    three_answered(talk)
    talk.send(Match("LogBreachIntent", {"note": note}))
    said = talk("log it")
    assert said.open and said.speech.startswith(for_locale("en-US").say(line))
    assert said.speech.endswith(f"Question 4: {QUESTIONS[3]}") and entries(session) == []
    assert count(session, CheckInAnswer) == 3


@pytest.mark.parametrize(
    "value", ["read my diary\x07", "read my diary " * 40, "", "   "], ids=["control", "long", "empty", "spaces"]
)
def test_a_safety_carrier_with_bad_words_is_left_to_the_safety_and_writes_nothing(
    skill, session_factory, session, home, boundaries, value
):
    said = Talk(skill, session_factory, person_id=ALEX_VOICE).send(Match("SupportIntent", {"after_my_partner": value}))
    assert said.speech and NOT_YOURS not in said.speech
    assert nothing_written(session)


def test_a_safety_carrier_telling_the_partners_act_mid_checkin_is_the_answer_not_a_breach(
    skill, session_factory, session, home
):
    talk = Talk(skill, session_factory, person_id=ALEX_VOICE)
    three_answered(talk)
    said = talk("my husband read my diary")  # to the last question: its answer, and the check-in done
    assert entries(session) == [] and NOT_YOURS not in said.speech and "logged it as" not in said.speech
    assert count(session, CheckInAnswer) == 4 and "answers are saved" in said.speech
