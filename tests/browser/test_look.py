"""Every main page in Chromium at a phone's width and a laptop's, light and dark, over
the demo couple's eight weeks: nothing scrolls sideways, and axe finds no serious or
critical violation (colour contrast included) logged out or in. The site is set up by
infra/screenshots.py, the script that takes the README's screenshots, so it is tested too.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import check_accessibility, follow
from tests.web.helpers import serving

SCRIPT = Path(__file__).parents[2] / "infra" / "screenshots.py"
WIDTHS = ((390, 844), (1280, 900))


def _screenshots_module():
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def shots():
    return _screenshots_module()


@pytest.fixture(scope="module")
def demo_site(browser_ready, shots, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """The site on a free loopback port over the demo couple; its URL and a join link."""
    from trust_tracker.web import create_app

    folder = tmp_path_factory.mktemp("look")
    url, join_path = shots._demo_site(folder)
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "look tests only", "INSTANCE_PATH": folder / "i"})
    with serving(app, port=0) as site:
        yield site, join_path


def _fits_and_passes_axe(page, path: str) -> None:
    response = page.goto(path)
    assert response is not None and response.status < 500, path
    width = page.evaluate("window.innerWidth")
    scroll = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll <= width, f"{path} scrolls sideways at {width}px: {scroll}px wide"
    check_accessibility(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("width", "height"), WIDTHS)
def test_every_page_fits_and_passes_axe(browser, demo_site, shots, width, height, scheme) -> None:
    base, join_path = demo_site
    context = browser.new_context(
        base_url=base, bypass_csp=True, color_scheme=scheme, viewport={"width": width, "height": height}
    )
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        for path in [*shots.PUBLIC_PAGES.values(), join_path]:
            _fits_and_passes_axe(page, path)
        shots._log_in(page, shots.DEMO_EMAILS[0])
        assert "Logged in as Alex" in page.locator("header").inner_text()
        for path in [*shots.PAGES.values(), "/settings/security/", "/checkins/past", "/contract/edit", "/no-such-page"]:
            _fits_and_passes_axe(page, path)
        # The charts fit too: every chart inside its box, the newest week first.
        page.goto("/history/charts")
        overflowing = page.evaluate(
            """() => [...document.querySelectorAll("svg.chart")]
                .filter(svg => svg.getBoundingClientRect().right > svg.parentElement.getBoundingClientRect().right + 1)
                .map(svg => svg.id)"""
        )
        assert overflowing == []
        assert page.locator("#chart-weeks text").first.text_content() == "This week"
    finally:
        context.close()


def test_the_invite_link_copies_with_one_tap_and_works_without_scripts(browser, demo_site, shots) -> None:
    base, _ = demo_site
    context = browser.new_context(base_url=base, permissions=["clipboard-read", "clipboard-write"])
    plain = browser.new_context(base_url=base, java_script_enabled=False)
    try:
        page = context.new_page()  # the site's own CSP, not bypassed: copy.js must be allowed by it
        shots._log_in(page, shots.NEWCOMER[1])
        page.goto("/invite")
        follow(page.get_by_role("button", name="Make an invitation link"))
        link = page.get_by_label("Join link").input_value()
        page.get_by_role("button", name="Copy the link").click()
        # The copy is a promise (navigator.clipboard): wait for its word, do not look once.
        page.get_by_role("status").filter(has_text="Copied").wait_for(state="visible", timeout=5000)
        assert page.evaluate("navigator.clipboard.readText()") == link

        without = plain.new_page()
        shots._log_in(without, shots.NEWCOMER[1])
        without.goto("/invite")
        follow(without.get_by_role("button", name="Make an invitation link"))
        assert without.get_by_label("Join link").input_value().startswith(base + "/join/")
        assert without.get_by_role("button", name="Copy the link").count() == 0  # hidden: nothing to press
    finally:
        context.close()
        plain.close()


def test_today_logs_and_undoes_with_one_tap_on_a_phone(browser, demo_site, shots) -> None:
    """At 390 px: Kept logs in place, Undo sits beside it, fully on screen, and brings the buttons back."""
    base, _ = demo_site
    context = browser.new_context(base_url=base, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        shots._log_in(page, shots.DEMO_EMAILS[1])
        page.goto("/today/")
        item = page.locator(".due-item").filter(has=page.locator(".taps")).first
        item_id = item.get_attribute("id")
        follow(item.get_by_role("button", name="Kept"))
        page.wait_for_load_state()
        item = page.locator(f"#{item_id}")
        undo = item.get_by_role("button", name="Undo")
        undo.scroll_into_view_if_needed()
        box = undo.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert item.locator(".taps").count() == 0
        follow(undo)
        page.wait_for_load_state()
        assert page.locator(f"#{item_id}").get_by_role("button", name="Kept").is_visible()
    finally:
        context.close()
