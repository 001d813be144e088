"""What is still open for a partner today ("what's due today", "all of them"): their own entries decide,
never the other partner's (a shared promise the partner logged is still the speaker's to log)."""

from datetime import timedelta

import pytest

from tests.factories import NOW
from trust_tracker.models import contracts, disputes, still_open, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogKind, Source

C = ItemKind.COMMITMENT


@pytest.fixture
def promises(session, couple):
    alex, sam = couple
    version = contracts.propose_version(
        session,
        alex,
        [
            ItemDraft(C, "Evening talk for fifteen minutes", short_name="evening talk"),  # shared
            ItemDraft(C, "Share my location on nights out", short_name="location", owner_id=alex.id),
            ItemDraft(C, "Put the bins out", short_name="bins", owner_id=sam.id),
            ItemDraft(C, "Screen-free dinner", short_name="dinner"),  # shared
        ],
    )
    contracts.agree_version(session, sam, version.id)
    return {item.short_name: item for item in version.items}


def _open(session, partner):
    return [c.short_name for c in still_open.all_meant(session, partner, now=NOW)]


def _log(session, partner, item, kind=LogKind.KEPT, now=NOW):
    return tracking.log_entry(session, partner, kind, source=Source.VOICE, lineage_id=item.lineage_id, now=now)


def test_a_shared_promise_the_partner_logged_is_still_open_for_the_speaker(session, couple, promises):
    alex, sam = couple
    _log(session, sam, promises["evening talk"])
    _log(session, sam, promises["dinner"], LogKind.MISSED)
    assert _open(session, alex) == ["evening talk", "location", "dinner"]
    assert _open(session, sam) == ["bins"]


def test_the_speakers_own_entries_close_what_they_logged_kept_or_missed(session, couple, promises):
    alex, sam = couple
    _log(session, alex, promises["evening talk"])
    _log(session, alex, promises["location"], LogKind.MISSED)
    assert _open(session, alex) == ["dinner"]
    assert _open(session, sam) == ["evening talk", "bins", "dinner"]  # Alex's keep is not Sam's


def test_an_entry_the_speaker_disputed_leaves_it_open_and_yesterdays_do_not_count(session, couple, promises):
    alex, sam = couple
    disputed = _log(session, alex, promises["dinner"])
    disputes.dispute(session, alex, disputed.id, NOW)
    _log(session, alex, promises["location"], now=NOW - timedelta(days=1))
    _log(session, sam, promises["bins"], now=NOW - timedelta(days=1))
    assert _open(session, alex) == ["evening talk", "location", "dinner"]
    assert _open(session, sam) == ["evening talk", "bins", "dinner"]


def test_which_did_you_miss_offers_what_the_partner_logged_of_the_shared_ones(session, couple, promises):
    alex, sam = couple
    _log(session, sam, promises["evening talk"])
    _log(session, alex, promises["dinner"])
    asked = still_open.to_ask_about(session, alex, LogKind.MISSED, now=NOW)
    assert [c.short_name for c in asked] == ["evening talk", "location"]
