"""A streak milestone of a shared commitment that stood on the leaving partner's keeps goes with
them; one the staying partner's own keeps still bear out stays (models/milestone_upkeep.py)."""

import json

from tests.factories import NOW, PASSWORD, make_entry
from tests.models.test_leaving_streaks import TODAY, shared_history, streaks
from trust_tracker.models import contracts, milestones, stats
from trust_tracker.models.entities import LogKind


def test_leaving_drops_a_shared_streak_only_their_keeps_made(session, couple, alex, client, sam_client):
    alex, sam = couple
    shared_history(session, alex, sam)
    session.commit()

    assert sam_client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"}).status_code == 302

    session.expire_all()
    assert streaks(session, alex.couple_id) == [("walk the dog", 3), ("water the plants", 3)]
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
    shared_history(session, alex, sam)
    session.commit()
    assert sam_client.post("/account/delete", data={"me-password": PASSWORD, "me-confirm": "y"}).status_code == 302
    session.expire_all()
    item = next(i for i in contracts.active_commitments(session, alex.couple_id) if i.short_name == "take turns")
    make_entry(session, alex, LogKind.KEPT, TODAY, item)
    stats.rebuild(session, [alex.couple_id])
    milestones.record_milestones(session, alex.couple, NOW)
    assert ("take turns", 3) in streaks(session, alex.couple_id)  # yesterday, the day before and today


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
