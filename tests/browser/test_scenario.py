"""The issue's scenario in Chromium: two partners sign up and join, write and agree a
contract, log entries, see the charts, share a journal entry; the other partner cannot
see an unshared one. axe checks every main page on the way."""

from __future__ import annotations

import re
from pathlib import Path

from tests.browser.conftest import PASSWORD, check_accessibility, follow

# Screenshots land here (ignored by git).
ARTIFACTS = Path(__file__).with_name("artifacts")


def sign_up(page, name: str, email: str) -> None:
    page.goto("/signup")
    check_accessibility(page)
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    follow(page.get_by_role("button", name="Sign up"))
    # The reply is the same whether or not the email was taken: signing up does not log in.
    check_accessibility(page)
    follow(page.get_by_role("link", name="Log in").last)
    check_accessibility(page)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    follow(page.get_by_role("button", name="Log in"))
    page.wait_for_url("**/today/")  # a new couple's Today: the getting-started checklist
    assert page.get_by_role("heading", name="Getting started").is_visible()
    check_accessibility(page)
    page.goto("/invite")


def join(page, link: str, name: str, email: str, inviter: str) -> None:
    """Join by the invitation link; as at sign-up, the reply does not say whether the email was taken, and
    joining does not log in: logged in after, the couple's contract is theirs."""
    page.goto(link)
    check_accessibility(page)
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    follow(page.get_by_role("button", name=f"Join {inviter}"))
    assert page.get_by_role("heading", name="Almost there").is_visible()
    check_accessibility(page)
    follow(page.get_by_role("link", name="Log in").last)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    follow(page.get_by_role("button", name="Log in"))
    page.wait_for_load_state()
    assert name in page.content() and inviter in page.content()


def test_two_partners_from_sign_up_to_charts_and_a_shared_journal(new_page) -> None:
    alex, sam = new_page(), new_page()

    # Alex signs up and makes an invitation link; Sam joins with it.
    alex.goto("/")
    check_accessibility(alex)
    sign_up(alex, "Alex", "alex@browser.example")
    follow(alex.get_by_role("link", name="Invite your partner").first)
    follow(alex.get_by_role("button", name="Make an invitation link"))
    link = alex.get_by_label("Join link").input_value()
    check_accessibility(alex)
    join(sam, link, "Sam", "sam@browser.example", "Alex")

    # Alex writes the first version; Sam agrees to it.
    alex.goto("/contract/edit")
    check_accessibility(alex)
    alex.fill('[name="items-0-text"]', "Call when running more than 15 minutes late")
    alex.get_by_text("More about item 1").click()  # details behind "More"
    alex.fill('[name="items-0-short_name"]', "call when late")
    alex.get_by_role("button", name="Add an item").click()  # lands on the new row
    alex.fill('[name="items-1-text"]', "Evening talk")
    alex.get_by_text("More about item 2").click()
    alex.fill('[name="items-1-short_name"]', "evening talk")
    follow(alex.locator('button[name="propose"]').last)
    alex.wait_for_load_state()
    sam.goto("/contract/")
    check_accessibility(sam)
    follow(sam.get_by_role("link", name="Review and agree"))
    check_accessibility(sam)
    follow(sam.get_by_role("button", name="Agree to version 1"))
    sam.wait_for_load_state()
    sam.goto("/contract/versions")
    check_accessibility(sam)

    # Both log: Alex keeps a commitment, Sam notices a moment of reliability.
    alex.goto("/history/")
    check_accessibility(alex)
    alex.select_option('[name="log-kind"]', "kept")
    alex.select_option('[name="log-lineage_id"]', label="call when late")
    alex.fill('[name="log-note"]', "Rang from the station")
    follow(alex.get_by_role("button", name="Log it"))
    assert "Logged: kept a commitment: “call when late”." in alex.content()
    sam.goto("/history/")
    sam.select_option('[name="log-kind"]', "reliability")
    sam.fill('[name="log-note"]', "Picked me up on time")
    follow(sam.get_by_role("button", name="Log it"))

    # Sam says "seen, thank you" to Alex's entry; both see it.
    follow(sam.get_by_role("button", name=re.compile("Seen, thank you")))
    assert "Seen by you, thank you" in sam.content()
    alex.goto("/history/")
    assert "Seen by Sam, thank you" in alex.content()
    check_accessibility(alex)

    # Today: what History logged shows in place; one tap logs the shared evening talk.
    alex.goto("/today/")
    assert "Logged in as Alex" in alex.locator("header").inner_text()
    assert "You logged it kept" in alex.locator(".due-item", has_text="call when late").inner_text()
    kept_talk = alex.get_by_role("button", name=re.compile("^Kept.*evening talk"))  # named with its commitment
    follow(kept_talk)
    assert "You logged it kept" in alex.locator(".due-item", has_text="evening talk").inner_text()
    assert kept_talk.count() == 0
    assert "1 of Sam's entries to acknowledge" in alex.get_by_role("region", name="Waiting for you").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height in ((390, 844), (1280, 800)):
        alex.set_viewport_size({"width": width, "height": height})
        assert alex.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), f"sideways at {width}px"
        check_accessibility(alex)
        alex.screenshot(path=str(ARTIFACTS / f"today-{width}.png"), full_page=True)

    # The charts: a calendar per commitment, weekly bars, the long arc, each with a table.
    follow(alex.get_by_role("navigation", name="Main").get_by_role("link", name="Charts"))
    check_accessibility(alex)
    assert alex.locator("svg[role=img]").count() >= 5
    assert alex.get_by_role("heading", name="call when late").is_visible()
    alex.get_by_text("The weeks as a table").click()
    assert alex.get_by_role("table", name="Kept and missed commitments per week").is_visible()
    alex.set_viewport_size({"width": 390, "height": 844})  # a phone: wide charts scroll sideways
    check_accessibility(alex)
    alex.set_viewport_size({"width": 1280, "height": 800})
    alex.screenshot(path=str(ARTIFACTS / "charts.png"), full_page=True)  # for a person to look at

    # Journals: Alex writes two entries and shares one excerpt; Sam sees only that.
    alex.goto("/journal/")
    check_accessibility(alex)
    alex.get_by_label("New entry").fill("Still hurt about March. Tonight felt safe and warm.")
    follow(alex.get_by_role("button", name="Save privately"))
    check_accessibility(alex)
    alex.get_by_label("Share this excerpt").check()
    alex.get_by_label("Excerpt", exact=True).fill("Tonight felt safe and warm.")
    follow(alex.get_by_role("button", name="See what Sam will read"))
    check_accessibility(alex)
    follow(alex.get_by_role("button", name="Yes, share this with Sam"))
    assert "Shared with your partner." in alex.content()
    alex.goto("/journal/")
    alex.get_by_label("New entry").fill("A private worry I am not ready to share")
    follow(alex.get_by_role("button", name="Save privately"))
    private_url = alex.url

    sam.goto("/journal/")
    check_accessibility(sam)
    shared = sam.get_by_role("region", name="Shared between you").inner_text()
    assert "Tonight felt safe and warm." in shared
    assert "Still hurt" not in sam.content() and "private worry" not in sam.content()
    response = sam.goto(private_url)
    assert response is not None and response.status == 404
    assert "private worry" not in sam.content()

    # Your data: the page, and a JSON export without Alex's private entries for Sam.
    sam.goto("/account/")
    check_accessibility(sam)
    export = sam.request.get("/account/export.json")
    assert export.status == 200
    assert "Tonight felt safe and warm." in export.text() and "private worry" not in export.text()

    sam.goto("/settings/security/")  # reached from Settings, not from the navigation
    check_accessibility(sam)
    # Every page the navigation leads to passes axe, whoever wrote it.
    links = sam.locator('nav[aria-label="Main"] a').evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert {"/today/", "/journal/", "/account/", "/history/", "/history/charts"} <= set(links)
    for href in links:
        response = sam.goto(href)
        assert response is not None and response.status == 200, href
        check_accessibility(sam)
    follow(sam.get_by_role("button", name=re.compile("Log out")))
    sam.goto("/login")
    check_accessibility(sam)
