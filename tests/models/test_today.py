"""Today: what is due for one partner, what waits for them, the first steps and the long arc."""

from datetime import date, time, timedelta

import pytest

from tests.factories import NOW, PASSWORD, make_couple, make_entry
from trust_tracker.models import (
    accounts,
    checkins,
    contracts,
    journal,
    logbook,
    progress,
    settings,
    timeline,
    today,
    tracking,
)
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogKind, Source, VoiceLink
from trust_tracker.models.oauth_entities import OAuthToken

C = ItemKind.COMMITMENT
TODAY = date(2026, 11, 25)  # NOW is a Wednesday morning in New York
MONDAY = date(2026, 11, 23)


@pytest.fixture
def items(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Call when late", short_name="call when late", hard_day_form="A text is enough"),
            ItemDraft(C, "Evening talk", short_name="evening talk", cadence=Cadence.WEEKDAYS, weekdays="024"),
            ItemDraft(C, "Date night", short_name="date night", cadence=Cadence.WEEKDAYS, weekdays="4"),
            ItemDraft(C, "Open phone", short_name="open phone", owner_id=alex.id),
            ItemDraft(C, "Gym", short_name="gym", owner_id=sam.id),
            ItemDraft(
                C, "House jobs", short_name="house jobs", owner_id=sam.id, cadence=Cadence.WEEKLY, times_per_week=2
            ),
            ItemDraft(ItemKind.BOUNDARY, "No contact with the ex"),
        ],
        now=NOW - timedelta(days=1),
    )
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=1))
    return {item.short_name or item.text: item for item in version.items}


def _due_names(session, partner) -> list[str]:
    return [d.commitment.spoken_name for d in today.overview(session, partner, NOW).due]


def test_due_today_follows_the_cadence_and_never_shows_the_other_partners_own(session, couple, items) -> None:
    alex, sam = couple
    assert _due_names(session, alex) == ["call when late", "evening talk", "open phone"]
    assert _due_names(session, sam) == ["call when late", "evening talk", "gym", "house jobs"]


def test_a_weekly_commitment_is_due_until_kept_its_times_this_week(session, couple, items) -> None:
    _, sam = couple
    make_entry(session, sam, LogKind.KEPT, MONDAY, items["house jobs"])
    assert "house jobs" in _due_names(session, sam)
    make_entry(session, sam, LogKind.KEPT, MONDAY + timedelta(days=1), items["house jobs"])
    assert "house jobs" not in _due_names(session, sam)


def test_a_weekly_commitment_done_for_the_week_today_still_shows_what_was_logged(session, couple, items) -> None:
    _, sam = couple
    make_entry(session, sam, LogKind.KEPT, MONDAY, items["house jobs"])
    logbook.log_note(
        session, sam, LogKind.KEPT, "", lineage_id=items["house jobs"].lineage_id, source=Source.WEB, now=NOW
    )
    jobs = next(d for d in today.overview(session, sam, NOW).due if d.commitment.short_name == "house jobs")
    assert [e.kind for e in jobs.mine] == [LogKind.KEPT]


def test_what_was_logged_today_shows_and_whose_it_was(session, couple, items) -> None:
    alex, sam = couple
    make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=1), items["open phone"])  # yesterday: not today's
    logbook.log_note(
        session, alex, LogKind.MISSED, "", lineage_id=items["open phone"].lineage_id, source=Source.WEB, now=NOW
    )
    logbook.log_note(
        session, sam, LogKind.KEPT, "", lineage_id=items["call when late"].lineage_id, source=Source.WEB, now=NOW
    )
    due = {d.commitment.short_name: d for d in today.overview(session, alex, NOW).due}
    assert [(e.kind, e.local_date) for e in due["open phone"].mine] == [(LogKind.MISSED, TODAY)]
    # Sam kept the shared one: Alex sees it, and may still log their own part.
    assert [(e.partner_id, e.kind) for e in due["call when late"].logged] == [(sam.id, LogKind.KEPT)]
    assert due["call when late"].mine == [] and due["call when late"].shared
    assert due["evening talk"].logged == []


def test_a_hard_day_is_this_partners_own(session, couple, items) -> None:
    alex, sam = couple
    assert not today.overview(session, alex, NOW).hard_day
    tracking.hard_day(session, alex, NOW, source=Source.WEB)
    assert today.overview(session, alex, NOW).hard_day
    assert not today.overview(session, sam, NOW).hard_day


def test_the_other_partners_proposal_waits_until_agreed(session, couple, items) -> None:
    alex, sam = couple
    proposal = contracts.propose_version(session, sam, [ItemDraft(C, "Call when late, always")], now=NOW)
    assert today.overview(session, alex, NOW).waiting.proposal == proposal
    assert today.overview(session, sam, NOW).waiting.proposal is None  # one's own waits for the other
    contracts.agree_version(session, alex, proposal.id, now=NOW)
    assert today.overview(session, alex, NOW).waiting.proposal is None


def test_the_checkin_waits_once_due_or_once_the_partner_has_started(session, couple) -> None:
    alex, sam = couple
    assert not today.overview(session, alex, NOW).waiting.checkin_to_answer  # Sunday's slot is days away
    checkins.save_answer(session, sam, 0, "A calm week", source=Source.WEB, now=NOW)
    shown = today.overview(session, alex, NOW)
    assert shown.waiting.checkin_to_answer
    assert shown.checkin_progress.answered == {alex.id: 0, sam.id: 1}
    assert not today.overview(session, sam, NOW).waiting.checkin_to_answer  # Alex has not started
    sunday_evening = NOW + timedelta(days=4, hours=12)
    assert today.overview(session, sam, sunday_evening).waiting.checkin_to_answer
    for position, _ in enumerate(checkins.questions(session, alex.couple_id, NOW)):
        checkins.save_answer(session, alex, position, "Better", source=Source.WEB, now=NOW)
    assert not today.overview(session, alex, NOW).waiting.checkin_to_answer


def test_the_partners_entries_wait_to_be_acknowledged(session, couple) -> None:
    alex, sam = couple
    entry = make_entry(session, sam, LogKind.SMALL_WIN, TODAY)
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY)
    assert today.overview(session, alex, NOW).waiting.to_acknowledge == [entry]
    assert today.overview(session, sam, NOW).waiting.to_acknowledge != [entry]
    timeline.acknowledge(session, alex, entry.id, now=NOW)
    assert today.overview(session, alex, NOW).waiting.to_acknowledge == []


def test_a_newly_shared_excerpt_waits_but_never_the_private_text(session, couple) -> None:
    alex, sam = couple
    entry = journal.write(session, sam, "A hard evening. I still felt close to Alex.", now=NOW)
    journal.write(session, sam, "Sam's private page", now=NOW)
    journal.share(session, sam, entry.id, excerpt="I still felt close to Alex.", now=NOW)
    mine = journal.write(session, alex, "Alex's own shared page", now=NOW)
    journal.share(session, alex, mine.id, now=NOW)
    shared = today.overview(session, alex, NOW).waiting.shared_excerpts
    assert [(s.author_name, s.text) for s in shared] == [("Sam", "I still felt close to Alex.")]
    week_later = NOW + timedelta(days=today.SHARED_NEWS_DAYS, minutes=1)
    assert today.overview(session, alex, week_later).waiting.shared_excerpts == []


def test_nothing_waiting_is_falsy(session, couple) -> None:
    alex, _ = couple
    assert not today.overview(session, alex, NOW).waiting


def test_onboarding_ticks_each_step_as_it_is_done(session) -> None:
    alex, _ = make_couple(session, second=None)
    steps = today.overview(session, alex, NOW).onboarding
    assert (steps.partner_joined, steps.contract_agreed, steps.alexa_linked, steps.slot_chosen) == (
        False,
        False,
        False,
        False,
    )
    token = accounts.create_invitation(session, alex, now=NOW)
    sam = accounts.join(session, token=token, name="Sam", email="sam@example.com", password=PASSWORD, now=NOW)
    assert today.overview(session, alex, NOW).onboarding.partner_joined
    version = contracts.propose_version(session, alex, [ItemDraft(C, "Call when late")], now=NOW)
    assert not today.overview(session, alex, NOW).onboarding.contract_agreed  # proposed is not agreed
    contracts.agree_version(session, sam, version.id, now=NOW)
    steps = today.overview(session, alex, NOW).onboarding
    assert steps.contract_agreed and steps.started and not steps.done
    session.add(VoiceLink(couple_id=alex.couple_id, partner_id=sam.id, alexa_user_id="amzn1.sam"))
    settings.update_schedule(session, alex, timezone="America/New_York", weekday=3, checkin_time=time(20, 30))
    steps = today.overview(session, alex, NOW).onboarding
    assert steps.alexa_linked and steps.slot_chosen and steps.done


def _started(session, timezone: str = "Europe/Berlin"):
    alex, sam = make_couple(session, "Noor", "Kit", timezone=timezone)
    assert sam is not None
    version = contracts.propose_version(session, sam, [ItemDraft(C, "Tidy the hall")], now=NOW)
    contracts.agree_version(session, alex, version.id, now=NOW)
    return alex, sam


def test_a_couple_without_alexa_finishes_setting_up(session) -> None:
    """Alexa is optional: joined, agreed and a slot chosen is done, with nothing linked."""
    alex, sam = _started(session)
    assert not today.overview(session, sam, NOW).onboarding.done  # the slot is still the default
    settings.update_schedule(session, sam, timezone="Europe/Berlin", weekday=6, checkin_time=time(9, 0))
    for partner in (alex, sam):
        steps = today.overview(session, partner, NOW).onboarding
        assert steps.done and not steps.alexa_linked


def test_a_check_in_answered_in_the_default_slot_finishes_it_without_alexa(session) -> None:
    alex, sam = _started(session, "Asia/Kolkata")
    checkins.save_answer(session, alex, 0, "We listened", source=Source.WEB, now=NOW)
    steps = today.overview(session, sam, NOW).onboarding
    assert steps.done and not steps.alexa_linked


def test_alexa_alone_does_not_finish_setting_up(session) -> None:
    """Linking Alexa was never what the site needs: without an agreed contract it is not done."""
    alex, _ = make_couple(session, "Noor", "Kit")
    session.add(VoiceLink(couple_id=alex.couple_id, partner_id=alex.id, alexa_user_id="amzn1.noor"))
    settings.update_schedule(session, alex, timezone="UTC", weekday=1, checkin_time=time(19, 0))
    steps = today.overview(session, alex, NOW).onboarding
    assert steps.alexa_linked and steps.slot_chosen and not steps.started and not steps.done


def test_the_long_arc_is_progress_long_arc(session, couple, items) -> None:
    alex, _ = couple
    assert today.overview(session, alex, NOW).arc is None  # no history yet
    call = items["call when late"]
    for n in range(28):
        make_entry(session, alex, LogKind.KEPT if n % 2 else LogKind.MISSED, TODAY - timedelta(days=90 - n), call)
        make_entry(session, alex, LogKind.KEPT, TODAY - timedelta(days=n), call)
    arc = today.overview(session, alex, NOW).arc
    assert arc == progress.long_arc(session, alex.couple_id, TODAY)
    assert arc is not None and (arc.then.percent, arc.now.percent) == (50, 100)


def test_another_couples_data_is_never_included(session, couple, items) -> None:
    alex, _ = couple
    jo, kim = make_couple(session, "Jo", "Kim")
    assert kim is not None
    theirs = contracts.propose_version(session, jo, [ItemDraft(C, "Jo's daily walk")], now=NOW)
    contracts.agree_version(session, kim, theirs.id, now=NOW)
    contracts.propose_version(session, kim, [ItemDraft(C, "Kim's proposal")], now=NOW)
    make_entry(session, kim, LogKind.SMALL_WIN, TODAY)
    logbook.log_note(session, jo, LogKind.KEPT, "", lineage_id=theirs.items[0].lineage_id, source=Source.WEB, now=NOW)
    shared = journal.write(session, kim, "Kim's shared page", now=NOW)
    journal.share(session, kim, shared.id, now=NOW)
    checkins.save_answer(session, kim, 0, "Kim's answer", source=Source.WEB, now=NOW)
    shown = today.overview(session, alex, NOW)
    assert _due_names(session, alex) == ["call when late", "evening talk", "open phone"]
    assert all(d.logged == [] for d in shown.due)
    assert not shown.waiting
    assert shown.checkin_progress.answered == {alex.id: 0, couple[1].id: 0}
    assert shown.arc is None


def test_an_established_couple_has_its_slot_and_alexa_ticked(session) -> None:
    """A check-in answered in the default slot counts as choosing it; an Alexa account
    link counts as linked even before a device is registered."""
    alex, sam = make_couple(session)
    steps = today.overview(session, alex, NOW).onboarding
    assert not steps.slot_chosen and not steps.alexa_linked
    checkins.save_answer(session, sam, 0, "A good week", source=Source.VOICE, now=NOW)
    session.add(
        OAuthToken(partner_id=sam.id, client_id="alexa", access_hash="a" * 64, refresh_hash="b" * 64, expires_at=NOW)
    )
    session.flush()
    steps = today.overview(session, alex, NOW).onboarding
    assert steps.slot_chosen and steps.alexa_linked
