"""Account linking in Chromium, with the site's own Content-Security-Policy in force (no bypass):
log in from Alexa's link, Allow, and the browser really goes on to Alexa's redirect URI with the
code and the state. Chromium holds that redirect to the consent form's form-action."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from sqlalchemy.orm import Session

from tests.factories import PASSWORD, make_couple
from tests.web.helpers import serving
from trust_tracker.models.db import make_engine

CLIENT_ID, SECRET, VENDOR = "alexa-skill", "browser-console-secret-" + "z" * 20, "M2CCCCCCCCCCC"
REDIRECT = f"https://pitangui.amazon.com/api/skill/link/{VENDOR}"


@pytest.fixture(scope="module")
def linking_server(live_database, tmp_path_factory) -> Iterator[str]:
    """The whole site with account linking configured, on `live_database`, CSRF on."""
    from trust_tracker.web import create_app

    engine = make_engine(live_database)
    with Session(engine) as session, session.begin():
        make_couple(session, first="Oona", second="Pip", timezone="UTC")
    engine.dispose()
    app = create_app(
        {
            "DATABASE_URL": live_database,
            "SECRET_KEY": "browser tests only",
            "INSTANCE_PATH": tmp_path_factory.mktemp("linking") / "instance",
            "ALEXA_SKILL_ID": "amzn1.ask.skill.browser-tests",
            "OAUTH_CLIENT_ID": CLIENT_ID,
            "OAUTH_CLIENT_SECRET": SECRET,
            "ALEXA_VENDOR_ID": VENDOR,
        }
    )
    with serving(app, threads=2) as url:
        yield url


def test_allow_takes_the_browser_on_to_alexa_with_the_code_and_state(browser, linking_server) -> None:
    context = browser.new_context(base_url=linking_server)  # the site's CSP applies
    context.set_default_timeout(10_000)
    reached: list[str] = []

    def alexa(route) -> None:  # Alexa's page, answered here: nothing leaves the machine
        reached.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Alexa</title><p>Linked</p>")

    try:
        page = context.new_page()
        page.route("https://pitangui.amazon.com/**", alexa)
        query = {"response_type": "code", "client_id": CLIENT_ID, "redirect_uri": REDIRECT, "state": "s" * 300}
        page.goto("/oauth/authorize?" + urlencode(query))
        page.get_by_label("Email").fill("oona@example.com")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.get_by_role("heading", name="Alexa asks to use Trust Tracker as you, Oona").wait_for()
        page.get_by_role("button", name="Allow", exact=True).click()
        page.wait_for_url(REDIRECT + "?*")
        assert page.get_by_text("Linked").is_visible()
        [url] = reached
        answer = parse_qs(urlsplit(url).query)
        assert answer["state"] == ["s" * 300] and len(answer["code"][0]) > 20
    finally:
        context.close()
