"""A streak milestone of a shared commitment that stood on the leaving partner's keeps goes with
them; one the staying partner's own keeps still bear out stays (models/milestone_upkeep.py)."""

import json
from datetime import timedelta

from sqlalchemy import select

from tests.factories import NOW, PASSWORD, make_entry
from trust_tracker.models import contracts, milestones, stats
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogKind, Milestone

TODAY = NOW.date()


def _day(back: int):
    return TODAY - timedelta(days=back)


def _shared_commitments(session, alex, sam, names):
    drafts = [ItemDraft(ItemKind.COMMITMENT, name, short_name=name) for name in names]
    version = contracts.propose_version(session, alex, drafts, note="", now=NOW - timedelta(days=30))
    contracts.agree_version(session, sam, version.id, now=NOW - timedelta(days=30))
    session.flush()
    return {item.short_name: item for item in version.items}


def _streaks(session, couple_id):
    found = session.scalars(select(Milestone).where(Milestone.couple_id == couple_id, Milestone.kind == "streak"))
    return sorted((m.params["name"], m.params["count"]) for m in found)


def _history(session, alex, sam):
    """Three shared daily promises and who kept each on the last days (1 = yesterday)."""
    items = _shared_commitments(session, alex, sam, ["take turns", "walk the dog", "water the plants"])
    kept_by = {
        "take turns": {5: sam, 4: alex, 3: sam, 2: alex, 1: alex},  # Alex's own best: two days
        "walk the dog": {6: sam, 5: sam, 4: alex, 3: alex, 2: alex, 1: alex},  # Alex's own: four
        "water the plants": {3: alex, 2: alex, 1: alex},  # Sam never logged it
    }
    for name, days in kept_by.items():
        for back, who in days.items():
            make_entry(session, who, LogKind.KEPT, _day(back), items[name])
    stats.rebuild(session, [alex.couple_id])
    milestones.record_milestones(session, alex.couple, NOW)
    session.commit()
    assert _streaks(session, alex.couple_id) == [("take turns", 3), ("walk the dog", 3), ("water the plants", 3)]


def test_leaving_drops_a_shared_streak_only_their_keeps_made(session, couple, alex, client, sam_client):
    alex, sam = couple
    _history(session, alex, sam)

    assert sam_client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"}).status_code == 302

    session.expire_all()
    assert _streaks(session, alex.couple_id) == [("walk the dog", 3), ("water the plants", 3)]
    page = client.get("/history/charts")
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "3 days in a row of keeping “walk the dog”" in text
    assert "3 days in a row of keeping “water the plants”" in text
    assert "“take turns”. That is" not in text
    export = client.get("/account/export.json")
    assert export.status_code == 200
    exported = json.loads(export.get_data(as_text=True))
    names = json.dumps(exported)
    assert "streak" in names and "walk the dog" in names
    kept = [m["params"]["name"] for part in _parts(exported) for m in part if m["kind"] == "streak"]
    assert sorted(kept) == ["walk the dog", "water the plants"]


def test_the_staying_partners_own_streak_is_found_again_by_their_next_keep(session, couple, alex, client, sam_client):
    alex, sam = couple
    _history(session, alex, sam)
    assert sam_client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"}).status_code == 302
    session.expire_all()
    item = next(i for i in contracts.active_commitments(session, alex.couple_id) if i.short_name == "take turns")
    make_entry(session, alex, LogKind.KEPT, TODAY, item)
    stats.rebuild(session, [alex.couple_id])
    milestones.record_milestones(session, alex.couple, NOW)
    assert ("take turns", 3) in _streaks(session, alex.couple_id)  # yesterday, the day before and today


def _parts(exported):
    """Every "milestones" list anywhere in the export."""
    found = []
    stack = [exported]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "milestones" and isinstance(inner, list):
                    found.append(inner)
                else:
                    stack.append(inner)
        elif isinstance(value, list):
            stack.extend(value)
    return found
