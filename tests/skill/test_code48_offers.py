"""What is offered and said must fit the day and the couple (code48). After a refused day "Or was it another one?"
offers only what is open that day (due, not yet logged by the speaker, not the one refused), or nothing is asked;
the check-in's closing celebrates the week as it was (never "every promise" over a miss); a shared promise the
partner logged the other way that day is asked about before anything is stored; "all of them" goes with the day
said; "more talking" at a check-in question is an answer, not a stranger's name; "carry on without him" at a
resumed "Is Sam with you?" goes on alone. Spoken text and rows, both partners, four locales. NOW is Wednesday
25 November 2026 in New York."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.factories import NOW
from tests.skill import talk as conversations
from tests.skill.talk import ALEX_VOICE, SAM_VOICE, TODAY, Talk, entries
from trust_tracker.models import contracts
from trust_tracker.models.entities import Cadence, ItemKind, LogEntry, LogKind, Source

skill, home = conversations.skill, conversations.home
__all__ = ["home", "skill"]

LOCALES = ["en-GB", "en-US", "en-AU", "en-IN"]
SUNDAY, MONDAY, TUESDAY = (TODAY - timedelta(days=n) for n in (3, 2, 1))
VOICES = {"Alex": ALEX_VOICE, "Sam": SAM_VOICE}


@pytest.fixture
def days(session, home) -> dict[str, int]:
    """Call when late daily and shared, the evening talk on weekdays, the walk on Sundays (both shared), open
    phone Alex's own, the bins Sam's own."""
    alex, sam = home
    weekly = {"cadence": Cadence.WEEKDAYS}
    drafts = [
        contracts.ItemDraft(ItemKind.COMMITMENT, "Call when running late", short_name="call when late"),
        contracts.ItemDraft(
            ItemKind.COMMITMENT, "An evening talk", short_name="evening talk", weekdays="01234", **weekly
        ),
        contracts.ItemDraft(ItemKind.COMMITMENT, "A walk on Sundays", short_name="sunday walk", weekdays="6", **weekly),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Answer about my phone", short_name="open phone", owner_id=alex.id),
        contracts.ItemDraft(ItemKind.COMMITMENT, "Put the bins out", short_name="bins", owner_id=sam.id),
    ]
    version = contracts.propose_version(session, alex, drafts, now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item.lineage_id for item in version.items if item.short_name}


def logged(session, partner, lineage_id, day, kind=LogKind.KEPT, *, disputed=False) -> None:
    """A row written as the site would have it, on `day`."""
    session.add(
        LogEntry(
            couple_id=partner.couple_id,
            partner_id=partner.id,
            kind=kind,
            lineage_id=lineage_id,
            local_date=day,
            source=Source.WEB,
            created_at=NOW - timedelta(days=(TODAY - day).days, hours=1),
            disputed_at=NOW if disputed else None,
        )
    )
    session.flush()


def rows(session) -> list[tuple[int, int | None, LogKind, object]]:
    return [(e.partner_id, e.lineage_id, e.kind, e.local_date) for e in entries(session)]


def talk_as(skill, session_factory, who: str = "Alex", locale: str = "en-GB") -> Talk:
    return Talk(skill, session_factory, person_id=VOICES[who], locale=locale)


# --- 1. "Or was it another one?" offers only what fits the day refused ------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I missed my promise to call when late on Monday", "missed"),
        ("I forgot to call when I was late on Monday", "missed"),
        ("I kept my promise to call when late on Monday", "kept"),
    ],
)
def test_another_one_after_a_refused_day_offers_that_days_open_promises_only(
    session, skill, session_factory, home, days, locale, said, kind
):
    alex, _ = home
    logged(session, alex, days["call when late"], MONDAY)
    before = rows(session)
    answer = talk_as(skill, session_factory, locale=locale)(said)
    # Monday: the evening talk and open phone are due and open; the Sunday walk is not due, the bins are Sam's.
    assert answer.speech.endswith(f"Or was it another one you {kind}: evening talk or open phone?"), answer.speech
    assert "on Monday" in answer.speech and answer.open
    assert rows(session) == before


def test_the_one_picked_by_its_place_is_never_offered_back_nor_other_days_promises(
    session, skill, session_factory, home, days
):
    alex, _ = home
    logged(session, alex, days["open phone"], SUNDAY)
    talk = talk_as(skill, session_factory)
    asked = talk("I kept a promise on Sunday")  # only Sunday's open ones (voice50)
    assert asked.speech == "Which one did you keep: call when late or sunday walk?", asked.speech
    logged(session, alex, days["call when late"], SUNDAY)  # meanwhile, on the site
    refused = talk("the first one")  # call when late, kept on Sunday already
    assert refused.speech.startswith("That is already logged as kept on Sunday"), refused.speech
    # Sunday: only the walk is due and open (never call when late again, never the weekday talk, never open phone).
    assert refused.speech.endswith("Or was it another one you kept: sunday walk?") and refused.open, refused.speech
    talk("yes")
    assert rows(session)[-1] == (alex.id, days["sunday walk"], LogKind.KEPT, SUNDAY)


@pytest.mark.parametrize("said", ["I missed the evening talk on Tuesday", "I didn't have the evening talk on Tuesday"])
def test_nothing_else_open_that_day_asks_nothing(session, skill, session_factory, home, days, said):
    alex, _ = home
    for name in ("call when late", "evening talk", "open phone"):
        logged(session, alex, days[name], TUESDAY)
    before = rows(session)
    answer = talk_as(skill, session_factory)(said)
    assert answer.speech.startswith("That is already logged as kept yesterday"), answer.speech
    assert "another one" not in answer.speech and not answer.open
    assert rows(session) == before


def test_sam_is_offered_sams_own_and_shared_never_alexs(session, skill, session_factory, home, days):
    alex, sam = home
    logged(session, sam, days["call when late"], MONDAY)
    logged(session, alex, days["evening talk"], MONDAY)  # Alex's keep of a shared one: still open for Sam
    answer = talk_as(skill, session_factory, "Sam", "en-US")("I missed my promise to call when late on Monday")
    assert answer.speech.endswith("Or was it another one you missed: evening talk or bins?"), answer.speech


# --- 2. the closing celebration is true to the week ---------------------------------------------------------


def _checkin_closing(skill, session_factory, locale: str = "en-GB") -> str:
    talk = talk_as(skill, session_factory, locale=locale)
    talk("what should we celebrate")  # the milestones there were: celebrated now, not again at the closing
    talk = talk_as(skill, session_factory, locale=locale)
    talk("start our check-in")
    talk("no")
    for answer in ("our talks", "a late night", "your texts"):
        said = talk(answer)
    said = talk("more notice")
    assert not said.open
    return said.speech


@pytest.mark.parametrize("locale", LOCALES)
def test_a_week_with_a_miss_never_hears_every_promise(session, skill, session_factory, home, days, locale):
    alex, _ = home
    logged(session, alex, days["call when late"], MONDAY)
    logged(session, alex, days["evening talk"], MONDAY)
    logged(session, alex, days["evening talk"], TUESDAY, LogKind.MISSED)
    closing = _checkin_closing(skill, session_factory, locale)
    assert "every promise" not in closing, closing
    assert closing.endswith("Worth celebrating: the promises you kept this week, each one of them counts."), closing


def test_one_keep_and_a_miss_is_the_one_kept(session, skill, session_factory, home, days):
    alex, _ = home
    logged(session, alex, days["call when late"], MONDAY)
    logged(session, alex, days["open phone"], TUESDAY, LogKind.MISSED)
    closing = _checkin_closing(skill, session_factory)
    assert closing.endswith("Worth celebrating: the promise you kept this week, it counts."), closing


def test_a_week_without_a_miss_is_celebrated_whole(session, skill, session_factory, home, days):
    alex, _ = home
    logged(session, alex, days["call when late"], MONDAY)
    logged(session, alex, days["evening talk"], TUESDAY)
    closing = _checkin_closing(skill, session_factory)
    assert closing.endswith("Worth celebrating: every promise you kept this week."), closing


def test_a_week_of_misses_only_celebrates_nothing_made_up(session, skill, session_factory, home, days):
    alex, _ = home
    logged(session, alex, days["call when late"], MONDAY, LogKind.MISSED)
    closing = _checkin_closing(skill, session_factory)
    assert "Worth celebrating" not in closing, closing


# --- 3. a shared promise kept together: the partner's other way is asked about first ----------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("who", "other", "said"),
    [
        ("Alex", "Sam", "I missed the evening talk"),
        ("Sam", "Alex", "we didn't have our evening talk"),
        ("Alex", "Sam", "I forgot to call when I was running late"),
    ],
)
def test_a_miss_against_the_partners_keep_that_day_is_asked_first(
    session, skill, session_factory, home, days, locale, who, other, said
):
    people = {p.name: p for p in home}
    promise = "call when late" if "call" in said else "evening talk"
    logged(session, people[other], days[promise], TODAY)
    before = rows(session)
    talk = talk_as(skill, session_factory, who, locale)
    asked = talk(said)
    spoken = "your promise to call when late" if promise == "call when late" else "your evening talk"
    assert asked.speech == f"{other} logged {spoken} as kept today. Shall I log that you missed it?", asked.speech
    assert asked.open and rows(session) == before  # nothing stored before the answer
    talk("yes")
    assert rows(session) == [*before, (people[who].id, days[promise], LogKind.MISSED, TODAY)]


@pytest.mark.parametrize("no", ["no", "no thanks"])
def test_a_no_leaves_the_partners_keep_alone(session, skill, session_factory, home, days, no):
    _, sam = home
    logged(session, sam, days["evening talk"], TODAY)
    before = rows(session)
    talk = talk_as(skill, session_factory)
    talk("I missed the evening talk")
    answer = talk(no)
    assert answer.speech == "Alright, I haven't logged anything." and not answer.open
    assert rows(session) == before


def test_a_keep_against_the_partners_miss_yesterday_is_asked_too(session, skill, session_factory, home, days):
    alex, sam = home
    logged(session, sam, days["evening talk"], TUESDAY, LogKind.MISSED)
    talk = talk_as(skill, session_factory)
    asked = talk("I kept the evening talk yesterday")
    assert asked.speech == "Sam logged your evening talk as missed yesterday. Shall I log that you kept it?"
    talk("yes")
    assert rows(session)[-1] == (alex.id, days["evening talk"], LogKind.KEPT, TUESDAY)


def test_what_agrees_or_is_ones_own_is_logged_at_once(session, skill, session_factory, home, days):
    alex, sam = home
    logged(session, sam, days["evening talk"], TODAY)  # both kept it: no contradiction
    logged(session, sam, days["call when late"], TODAY, disputed=True)  # disputed: counts for nothing
    talk = talk_as(skill, session_factory)
    assert talk("I kept the evening talk").speech.startswith("Logged: you kept your evening talk")
    talk = talk_as(skill, session_factory)
    said = talk("I missed my promise to call when late")
    assert "Logged: you missed your promise to call when late" in said.speech, said.speech
    assert rows(session)[-2:] == [
        (alex.id, days["evening talk"], LogKind.KEPT, TODAY),
        (alex.id, days["call when late"], LogKind.MISSED, TODAY),
    ]


def test_all_of_them_leaves_the_contradicted_one_out(session, skill, session_factory, home, days):
    alex, sam = home
    logged(session, sam, days["evening talk"], TODAY, LogKind.MISSED)
    said = talk_as(skill, session_factory)("I kept all of them")
    assert said.speech.startswith("Logged both: you kept your promise to call when late and your open phone promise")
    kept = {e.lineage_id for e in entries(session) if e.partner_id == alex.id}
    assert kept == {days["call when late"], days["open phone"]}


# --- 4. "all of them" goes with the day said ---------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("said", "day", "when"),
    [
        ("I kept all of them yesterday", TUESDAY, "yesterday"),
        ("I did everything yesterday", TUESDAY, "yesterday"),
        ("I kept all of my promises on Monday", MONDAY, "on Monday"),
        ("I kept both of them on Sunday", SUNDAY, "on Sunday"),
    ],
)
def test_all_of_them_with_a_day_is_logged_on_that_day(
    session, skill, session_factory, home, days, locale, said, day, when
):
    alex, _ = home
    logged(session, alex, days["call when late"], day)  # that day's logged one: left as it was
    answer = talk_as(skill, session_factory, locale=locale)(said)
    assert f", {when}: you kept" in answer.speech, answer.speech
    new = [r for r in rows(session)[1:]]
    assert new and all(r[0] == alex.id and r[2] is LogKind.KEPT and r[3] == day for r in new), new
    due = {"evening talk", "open phone"} if day != SUNDAY else {"sunday walk", "open phone"}
    assert {r[1] for r in new} == {days[n] for n in due}


def test_all_of_them_missed_yesterday_is_confirmed_then_logged_on_that_day(session, skill, session_factory, home, days):
    talk = talk_as(skill, session_factory, "Alex", "en-US")
    asked = talk("I missed all of them yesterday")
    assert asked.open and "Shall I log" in asked.speech, asked.speech
    assert rows(session) == []
    talk("yes")
    assert {r[3] for r in rows(session)} == {TUESDAY} and len(rows(session)) == 3


def test_all_of_them_said_to_which_one_keeps_the_day(session, skill, session_factory, home, days):
    talk = talk_as(skill, session_factory)
    talk("I kept a promise on Monday")
    talk("all of them")
    assert rows(session) and {r[3] for r in rows(session)} == {MONDAY}


@pytest.mark.parametrize("said", ["I kept all of them tomorrow", "I kept all of them a fortnight ago"])
def test_all_of_them_on_a_day_that_cannot_be_is_never_today(session, skill, session_factory, home, days, said):
    answer = talk_as(skill, session_factory)(said)
    assert "Logged" not in answer.speech
    assert rows(session) == []


def test_all_of_them_on_a_day_all_logged_says_that_day(session, skill, session_factory, home, days):
    alex, _ = home
    for name in ("call when late", "evening talk", "open phone"):
        logged(session, alex, days[name], MONDAY)
    answer = talk_as(skill, session_factory)("I kept all of them on Monday")
    assert answer.speech == "Everything due for you on Monday is already logged, so I haven't added anything."
