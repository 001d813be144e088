"""In Chromium, on a phone and a laptop: a keep or miss that contradicts the partner's entry of a shared promise
today is asked about first (tester-web49), on Today and on History; the yes logs it, the no leaves it unlogged.
The scene is set through the domain; everything asserted is what the page shows."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.browser.conftest import check_accessibility, follow
from tests.browser.test_private import open_as, set_scene
from tests.browser.test_private import width as width
from trust_tracker.models import contracts, tracking
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.db import make_engine
from trust_tracker.models.entities import ItemKind, LogEntry, LogKind, Partner, Source

NAMES = {"phone": ("Ines", "Joel"), "laptop": ("Nia", "Omar")}  # each browser file its own: one live database


def _sam_kept_the_talk(session: Session, alex: Partner, sam: Partner) -> int:
    version = contracts.propose_version(
        session, alex, [ItemDraft(ItemKind.COMMITMENT, "Evening talk, phones away", short_name="evening talk")]
    )
    contracts.agree_version(session, sam, version.id)
    lineage_id = version.items[0].lineage_id
    tracking.log_entry(session, sam, LogKind.KEPT, source=Source.WEB, lineage_id=lineage_id)
    return alex.id


def _kinds_of(database: str, partner_id: int) -> list[str]:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            return [k.value for k in session.scalars(select(LogEntry.kind).where(LogEntry.partner_id == partner_id))]
    finally:
        engine.dispose()


def test_a_tap_against_the_partners_entry_is_asked_first(new_page, live_database, width) -> None:
    first, second = NAMES[width]
    alex_id = set_scene(live_database, first, second, _sam_kept_the_talk)
    page = open_as(new_page, width, first)
    follow(page.get_by_role("button", name=re.compile("^Missed.*evening talk")))  # named with its commitment
    question = f"{second} logged “evening talk” as kept today. Log it as missed anyway?"
    assert question in page.inner_text("main")
    assert _kinds_of(live_database, alex_id) == []  # nothing before the yes
    check_accessibility(page)
    follow(page.get_by_role("button", name="Yes, log it as missed"))
    assert "/today/#item-" in page.url  # back where the tap was
    assert "You logged it missed" in page.inner_text("main")
    assert _kinds_of(live_database, alex_id) == ["missed"]


def test_the_history_form_asks_too_and_no_logs_nothing(new_page, live_database, width) -> None:
    first, second = (f"{n}h" for n in NAMES[width])
    alex_id = set_scene(live_database, first, second, _sam_kept_the_talk)
    page = open_as(new_page, width, first)
    page.goto("/history/")
    page.select_option('[name="log-kind"]', "missed")
    page.select_option('[name="log-lineage_id"]', label="evening talk")
    page.fill('[name="log-note"]', "Work ran late")
    follow(page.get_by_role("button", name="Log it"))
    assert f"{second} logged “evening talk” as kept today." in page.inner_text("main")
    follow(page.get_by_role("link", name="No, don't log it"))
    assert page.url.endswith("/history/")
    assert _kinds_of(live_database, alex_id) == []
