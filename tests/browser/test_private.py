"""Private things in Chromium, on a phone (390 px) and a laptop (1280 px): a partner cannot
read the other's check-in answers before answering; sharing a journal entry needs an
explicit choice and shows what will be read; a reflection cannot be edited by the other
partner. The scene is set through the domain; everything asserted is what the page shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.browser.conftest import check_accessibility, follow
from tests.factories import PASSWORD, agreed_contract, make_couple
from trust_tracker.models import checkins, journal, setbacks, tracking
from trust_tracker.models.db import make_engine
from trust_tracker.models.entities import LogKind, Partner, Source

WIDTHS = {"phone": (390, 844), "laptop": (1280, 800)}
# Each test and width has a couple of its own in the shared live database.
NAMES = {
    ("checkin", "phone"): ("Ria", "Tom"),
    ("checkin", "laptop"): ("Lou", "Max"),
    ("share", "phone"): ("Ada", "Ben"),
    ("share", "laptop"): ("Cleo", "Dan"),
    ("reflect", "phone"): ("Eve", "Finn"),
    ("reflect", "laptop"): ("Gil", "Hana"),
}


@pytest.fixture(params=list(WIDTHS))
def width(request) -> str:
    return request.param


def set_scene(database: str, first: str, second: str, build: Callable[[Session, Partner, Partner], Any]) -> Any:
    """A couple in the live database, and whatever `build` adds, committed before the browser looks."""
    engine = make_engine(database)
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            one, two = make_couple(session, first=first, second=second, timezone="UTC")
            assert two is not None
            return build(session, one, two)
    finally:
        engine.dispose()


def open_as(new_page, width: str, name: str):
    page = new_page()
    w, h = WIDTHS[width]
    page.set_viewport_size({"width": w, "height": h})
    page.goto("/login")
    page.get_by_label("Email").fill(f"{name.lower()}@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    follow(page.get_by_role("button", name="Log in"))
    page.wait_for_url("**/today/")
    return page


def fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"{page.url} scrolls sideways"
    check_accessibility(page)


def test_a_partner_cannot_read_the_others_check_in_answers_before_answering(new_page, live_database, width) -> None:
    first, second = NAMES[("checkin", width)]

    def build(session: Session, one: Partner, two: Partner) -> None:
        now = datetime.now(UTC)
        for position, _ in enumerate(checkins.questions(session, one.couple_id, now)):
            checkins.save_answer(session, two, position, f"{second}'s secret answer {position}", source=Source.WEB)

    set_scene(live_database, first, second, build)
    page = open_as(new_page, width, first)
    page.goto("/checkins/")
    fits(page)
    assert f"{second}'s secret answer" not in page.content()
    assert f"{second}'s answers stay private until you have answered" in page.locator("main").inner_text()
    page.goto("/checkins/past")
    assert f"{second}'s secret answer" not in page.content()

    page.goto("/checkins/")
    boxes = page.locator("textarea[name^=answer_]")
    for i in range(boxes.count()):
        boxes.nth(i).fill(f"{first}'s own answer {i}")
    follow(page.get_by_role("button", name="Save my answers"))
    assert page.get_by_role("heading", name="Thank you, both of you").is_visible()
    table = page.get_by_role("table", name="This week's answers, side by side")
    assert f"{second}'s secret answer 0" in table.inner_text() and f"{first}'s own answer 0" in table.inner_text()
    fits(page)


def test_sharing_a_journal_entry_needs_the_explicit_choice(new_page, live_database, width) -> None:
    first, second = NAMES[("share", width)]
    entry_id = set_scene(
        live_database,
        first,
        second,
        lambda session, one, _: journal.write(session, one, "Still hurt about March. Tonight felt safe.").id,
    )
    page = open_as(new_page, width, first)
    partner = open_as(new_page, width, second)
    page.goto(f"/journal/{entry_id}")
    fits(page)
    # No choice: nothing is shared, and the page says why, next to the choice.
    follow(page.get_by_role("button", name=f"See what {second} will read"))
    assert "Choose whether to share the whole entry or an excerpt of it." in page.locator("main").inner_text()
    fits(page)
    # "This excerpt" with an empty box never falls back to the whole entry.
    page.get_by_label("Share this excerpt").check()
    follow(page.get_by_role("button", name=f"See what {second} will read"))
    assert "The excerpt cannot be empty." in page.locator("main").inner_text()
    partner.goto("/journal/")
    assert "Tonight felt safe" not in partner.content()

    page.get_by_label("Share this excerpt").check()
    page.get_by_label("Excerpt", exact=True).fill("Tonight felt safe.")
    follow(page.get_by_role("button", name=f"See what {second} will read"))
    assert page.get_by_role("heading", name=f"Share this with {second}?").is_visible()
    assert page.locator("#share-preview").inner_text() == "Tonight felt safe."
    fits(page)
    partner.goto("/journal/")
    assert "Tonight felt safe" not in partner.content()  # not until "Yes"
    follow(page.get_by_role("button", name=f"Yes, share this with {second}"))
    partner.goto("/journal/")
    shared = partner.get_by_role("region", name="Shared between you").inner_text()
    assert "Tonight felt safe." in shared and "Still hurt" not in partner.content()
    fits(partner)


def test_a_reflection_cannot_be_edited_by_the_other_partner(new_page, live_database, width) -> None:
    first, second = NAMES[("reflect", width)]

    def build(session: Session, one: Partner, two: Partner) -> int:
        version = agreed_contract(session, one, two)
        entry = tracking.log_entry(
            session, one, LogKind.MISSED, source=Source.WEB, lineage_id=version.items[0].lineage_id
        )
        setback = setbacks.start_setback(session, one, entry.id)
        setbacks.reflect(session, one, setback.id, trigger="My phone was flat", prevention="Charge it at lunch")
        return setback.id

    setback_id = set_scene(live_database, first, second, build)
    partner = open_as(new_page, width, second)
    partner.goto("/setbacks/")
    fits(partner)
    assert "Your partner's setbacks" in partner.locator("main").inner_text()
    partner.goto(f"/setbacks/{setback_id}")
    fits(partner)
    theirs = partner.get_by_role("region", name=f"{first}'s reflection")
    assert "My phone was flat" in theirs.inner_text()
    assert theirs.locator("textarea, input:not([type=hidden])").count() == 0  # shown, never editable
    assert partner.get_by_label("What triggered it").input_value() == ""  # the form is the partner's own
    partner.get_by_label("What triggered it").fill("I rang at a bad moment")
    follow(partner.get_by_role("button", name="Save the reflection"))
    assert "Your reflection is saved." in partner.locator("main").inner_text()

    author = open_as(new_page, width, first)
    author.goto(f"/setbacks/{setback_id}")
    assert author.get_by_label("What triggered it").input_value() == "My phone was flat"
    assert "I rang at a bad moment" in author.get_by_role("region", name=f"{second}'s reflection").inner_text()
    fits(author)
