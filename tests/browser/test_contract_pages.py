"""The contract in Chromium, on a phone (390 px) and a laptop (1280 px): the compact editor
(starters, "Add an item" lands on the new row), a revision that keeps its number, the review
page and all versions without sideways scrolling; axe on every contract page, light and dark
(the item cards once stayed white under dark mode's light text)."""

from __future__ import annotations

from tests.browser.conftest import check_accessibility, follow
from tests.browser.test_scenario import join, sign_up

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


def fits(page) -> None:
    """No sideways scrolling, and axe (colour contrast included) finds nothing serious, at
    both widths in both colour schemes."""
    for scheme in ("dark", "light"):
        page.emulate_media(color_scheme=scheme)
        for size in (PHONE, LAPTOP):
            page.set_viewport_size(size)
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
                f"{page.url} scrolls sideways at {size['width']}px"
            )
            check_accessibility(page)


def test_write_revise_and_agree_a_contract_on_a_phone_and_a_laptop(new_page) -> None:
    alex, sam = new_page(), new_page()
    sign_up(alex, "Alex", "alex@contract.example")
    follow(alex.get_by_role("button", name="Make an invitation link"))
    link = alex.get_by_label("Join link").input_value()
    join(sam, link, "Sam", "sam@contract.example", "Alex")

    # A first contract: guidance and starters, on a phone.
    alex.set_viewport_size(PHONE)
    alex.goto("/contract/edit")
    assert alex.get_by_role("heading", name="Write your first contract").is_visible()
    fits(alex)
    alex.set_viewport_size(PHONE)
    alex.get_by_label("Being on time for our talks").check()
    alex.get_by_label("Honouring agreed privacy limits").check()
    follow(alex.get_by_role("button", name="Add the ones ticked"))
    assert alex.locator('[name="items-0-text"]').input_value().startswith("Be on time for the conversations")
    assert alex.locator('[name="items-1-kind"]').input_value() == "boundary"
    fits(alex)

    # "Add an item" lands on the new row: its text box has the focus and is on screen.
    for size in (PHONE, LAPTOP):
        alex.set_viewport_size(size)
        rows = alex.locator(".item-row").count()
        follow(alex.get_by_role("button", name="Add an item"))
        alex.wait_for_load_state()
        assert alex.locator(".item-row").count() == rows + 1
        assert alex.evaluate("document.activeElement.name") == f"items-{rows}-text"
        assert alex.locator(f'[name="items-{rows}-text"]').is_visible()
        box = alex.locator(f"#item-{rows + 1}").bounding_box()
        assert box is not None and 0 <= box["y"] < size["height"], f"the new row is off screen at {size['width']}px"
    alex.set_viewport_size(PHONE)
    alex.locator('[name="items-2-text"]').fill("Text when I leave work")
    alex.get_by_text("More about item 3").click()  # the details open without a script
    alex.locator('[name="items-2-short_name"]').fill("text when leaving")
    follow(alex.get_by_role("button", name="Propose this version"))
    alex.wait_for_url("**/contract/versions/*")
    fits(alex)

    # Sam reviews on a phone: the diff first, then Agree and Ask for changes together.
    sam.set_viewport_size(PHONE)
    sam.goto("/contract/")
    follow(sam.get_by_role("link", name="Review and agree"))
    assert "Once you agree, it is your first contract." in sam.content()
    assert "now in force" not in sam.content()
    fits(sam)
    sam.set_viewport_size(PHONE)
    sam.get_by_label("What you would change").fill("Could the leaving text be only on weekdays?")
    follow(sam.get_by_role("button", name="Ask for changes"))
    assert "Could the leaving text be only on weekdays?" in sam.content()

    # Alex revises: it stays version 1, now revised, with Sam's comment.
    alex.goto("/contract/edit")
    assert alex.get_by_role("heading", name="Revise version 1").is_visible()
    alex.get_by_text("More about item 3").click()
    alex.locator('[name="items-2-cadence"]').select_option("weekdays")
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
        alex.locator("#item-3").get_by_label(day).check()
    follow(alex.get_by_role("button", name="Propose this revision"))
    alex.wait_for_url("**/contract/versions/*")
    assert alex.get_by_role("heading", name="Version 1, revised", exact=True).is_visible()

    sam.goto("/contract/")
    follow(sam.get_by_role("link", name="Review and agree"))
    assert sam.get_by_role("heading", name="What this revision changes").is_visible()
    assert "on an earlier draft" in sam.content()
    # The status is in words, and its colour is not the only sign; added text is not underlined.
    badge = sam.locator(".badge-changed").first
    assert badge.inner_text().startswith("Changed: how often")
    assert badge.evaluate("b => getComputedStyle(b).backgroundColor") != sam.locator(".badge-added").first.evaluate(
        "b => getComputedStyle(b).backgroundColor"
    )
    assert sam.locator("ins").count() == 0
    fits(sam)
    follow(sam.get_by_role("button", name="Agree to version 1, revised"))
    assert "Version 1 is now your contract." in sam.content()
    fits(sam)

    # All versions: the draft and its revision, readable on a phone.
    sam.goto("/contract/versions")
    assert sam.get_by_role("link", name="Version 1, revised", exact=True).is_visible()
    assert sam.get_by_role("link", name="Version 1", exact=True).is_visible()
    fits(sam)
    alex.goto("/contract/edit")  # changing the contract in force
    fits(alex)

    # The check-in questions, changed by agreement.
    alex.goto("/checkins/questions")
    fits(alex)
    alex.get_by_label("Question 5").fill("What made you smile?")
    follow(alex.get_by_role("button", name="Propose these questions"))
    sam.goto("/checkins/questions")
    assert "Alex's proposal" in sam.content()
    fits(sam)
    follow(sam.get_by_role("button", name="Agree to these questions"))
    assert "Saved: your check-in now has 5 questions" in sam.content()
