"""Distress typed into a check-in answer, in Chromium on a phone (390 px) and a laptop (1280 px):
the first "Save my answers" saves nothing and shows the help lines, the words kept in their box;
"Save my answer anyway", beside a plain word on who will read it, then saves exactly those words.
axe checks the page with the help shown; screenshots land in tests/browser/artifacts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tests.browser.conftest import follow
from tests.browser.test_private import fits, open_as, set_scene, width
from tests.browser.test_scenario import ARTIFACTS
from trust_tracker.models.db import make_engine
from trust_tracker.models.entities import CheckInAnswer, Partner

__all__ = ["width"]  # the phone and laptop fixture, shared with test_private.py

NAMES = {"phone": ("Ivy", "Jack"), "laptop": ("Kai", "Lena")}
TYPED = "I hide in the bathroom when he gets angry"


def answers_of(database: str, name: str) -> list[str]:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            partner = session.scalars(select(Partner).where(Partner.name == name)).one()
            return list(session.scalars(select(CheckInAnswer.answer).where(CheckInAnswer.partner_id == partner.id)))
    finally:
        engine.dispose()


def test_held_back_then_saved_on_purpose(new_page, live_database, width) -> None:
    first, second = NAMES[width]
    set_scene(live_database, first, second, lambda *_: None)
    page = open_as(new_page, width, first)
    page.goto("/checkins/")
    page.locator("textarea[name=answer_0]").fill(TYPED)
    follow(page.get_by_role("button", name="Save my answers"))

    alert = page.get_by_role("alert").filter(has_text="help is there")
    assert alert.is_visible() and "What you wrote was not saved" in alert.inner_text()
    assert page.locator("textarea[name=answer_0]").input_value() == TYPED
    anyway = page.get_by_role("button", name="Save my answer anyway")
    assert anyway.is_visible()
    note = page.locator("#save-anyway-note").inner_text()
    assert f"{second} can read your check-in answers" in note
    assert answers_of(live_database, first) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"save-anyway-{width}.png"), full_page=True)
    anyway.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"save-anyway-button-{width}.png"))
    fits(page)  # no sideways scrolling; axe with the help shown

    follow(anyway)
    assert "help is there" not in page.locator("main").inner_text()
    assert answers_of(live_database, first) == [TYPED]
