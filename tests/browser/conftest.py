"""The real site in a real browser: waitress on a loopback port, Debian's Chromium driven
by Playwright for Python, axe-core for the accessibility checks.

Without Chromium, Playwright or axe-core these tests skip and say why; `make test`
installs axe-core, and CI (REQUIRE_BROWSER=1) turns a skip into a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web.helpers import serving

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parents[1] / "node_modules" / "axe-core" / "axe.min.js"
# Chromium as root in a container, with nothing that reaches out to the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "a long browser password"


def _missing() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is missing (pip install -e '.[test]')"
    if not AXE.exists():
        return f"axe-core is missing at {AXE} (make test installs it with npm)"
    return None


@pytest.fixture(scope="session")
def browser_ready() -> None:
    reason = _missing()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests are required here but cannot run: {reason}")
        pytest.skip(f"browser tests skipped: {reason}")


@pytest.fixture(scope="session")
def live_database(browser_ready, tmp_path_factory) -> str:
    """The live server's database: a migrated SQLite file, for tests that set the scene directly."""
    from trust_tracker.models.db import make_engine, upgrade

    url = f"sqlite:///{tmp_path_factory.mktemp('live') / 'browser.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def live_server(live_database, tmp_path_factory) -> Iterator[str]:
    """The whole site on a free loopback port (within E2E_PORTS when set), on `live_database`, CSRF on."""
    from trust_tracker.web import create_app

    folder = tmp_path_factory.mktemp("live-instance")
    app = create_app(
        {
            "DATABASE_URL": live_database,
            "SECRET_KEY": "browser tests only",
            "INSTANCE_PATH": folder / "instance",
            "ALEXA_SKILL_ID": "amzn1.ask.skill.browser-tests",
        }
    )
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser(browser_ready) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser, live_server):
    """Pages in fresh browser profiles (one per partner); the site's CSP is bypassed only
    so that the test can inject axe-core."""
    contexts = []

    def make():
        context = browser.new_context(base_url=live_server, bypass_csp=True)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def follow(locator) -> None:
    """Click a link or submit button and wait until the next page has loaded: a bare
    click returns once navigation starts, and reading the page then races its parsing."""
    with locator.page.expect_navigation():
        locator.click()


def check_accessibility(page) -> None:
    """axe-core on the page as it stands: no serious or critical violations."""
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async () => {
            const result = await axe.run(document, {resultTypes: ["violations"]});
            return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => ({id: v.id, impact: v.impact, help: v.help,
                            nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))}));
        }"""
    )
    assert violations == [], f"axe on {page.url}: {violations}"
