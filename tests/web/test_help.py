"""/help, "Need help now?": the same lines the skill speaks, for anyone, one click from every page."""

from __future__ import annotations

import re

import pytest
from flask import Flask

from tests.factories import make_couple
from tests.web.helpers import log_in, text_of

# Written out here, not read from models/safety.py, so a wrong number there fails a test.
COUNTRIES = {
    "United States": (
        "911",
        "988 Suicide & Crisis Lifeline",
        "988",
        "National Domestic Violence Hotline",
        "1-800-799-7233",
    ),
    "Canada": ("911", "9-8-8 Suicide Crisis Helpline", "988", "ShelterSafe", "sheltersafe.ca"),
    "United Kingdom": ("999", "Samaritans", "116 123", "National Domestic Abuse Helpline", "0808 2000 247"),
    "Australia": ("000", "Lifeline", "13 11 14", "1800RESPECT", "1800 737 732"),
    "India": ("112", "Tele-MANAS", "14416", "Women Helpline", "181"),
}
NOT_A_SUBSTITUTE = "Trust Tracker is not a substitute for emergency help or counselling."
FOOTER_LINK = re.compile(r'<footer class="site-footer">\s*<p><a href="/help">Need help now\?</a>')


def sections(page: str) -> dict[str, str]:
    """Each country's heading, and the text of its section."""
    found = re.findall(r'<h2 id="country-[^"]+">([^<]+)</h2>(.*?)</section>', page, re.S)
    return {heading: " ".join(re.sub(r"<[^>]+>", " ", body).split()) for heading, body in found}


def assert_help_page(page: str) -> None:
    assert "<h1>Need help now?</h1>" in page
    assert NOT_A_SUBSTITUTE in page
    by_country = sections(page.replace("&amp;", "&"))
    assert sorted(by_country) == sorted(COUNTRIES)
    # One colon per line: "Crisis and suicide: 9-8-8: Suicide Crisis Helpline" read badly.
    for term in re.findall(r"<dt>([^<]*)</dt>", page):
        assert term.count(":") == 1, term
    for country, (emergency, *lines) in COUNTRIES.items():
        assert by_country[country].startswith(f"Emergency: Emergency services {emergency}"), country
        for words in lines:
            assert words in by_country[country], (country, words)


def test_help_needs_no_login(client) -> None:
    response = client.get("/help")
    assert response.status_code == 200
    assert_help_page(response.text)
    assert "Log in" in text_of(response)  # the logged-out menu: nobody was asked to log in


def test_help_logged_in(client, alex) -> None:
    response = client.get("/help")
    assert response.status_code == 200
    assert_help_page(response.text)
    assert "Log out" in text_of(response)


def test_numbers_can_be_tapped_on_a_phone(client) -> None:
    page = client.get("/help").text
    for number in ("911", "988", "18007997233", "999", "116123", "08082000247", "000", "131114", "1800737732", "112"):
        assert f'href="tel:{number}"' in page


@pytest.mark.parametrize("logged_in", [False, True])
def test_every_page_links_to_help_in_its_footer(app: Flask, client, couple, logged_in) -> None:
    if logged_in:
        log_in(client, "alex@example.com")
    checked = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in ("static", "alexa.alexa"):
            continue
        response = client.get(rule.build({name: 1 for name in rule.arguments})[1], follow_redirects=True)
        if response.mimetype != "text/html":
            continue  # the calendar feed, exports, the health check
        assert FOOTER_LINK.search(response.text), rule.rule
        checked += 1
    assert checked >= (15 if logged_in else 5)


def _countries(response) -> list[str]:
    return list(sections(response.text.replace("&amp;", "&")))


@pytest.mark.parametrize(
    ("timezone", "first"),
    [
        ("Europe/London", "United Kingdom"),
        ("Australia/Perth", "Australia"),
        ("Asia/Kolkata", "India"),
        ("America/Toronto", "Canada"),
        ("America/Chicago", "United States"),
    ],
)
def test_a_couples_own_country_comes_first_whatever_the_browser_says(
    client, session, timezone: str, first: str
) -> None:
    """tester-web45 F4: /help listed the United States first for a couple in London."""
    make_couple(session, "Kim", "Lee", timezone=timezone)
    session.flush()
    log_in(client, "kim@example.com")
    response = client.get("/help", headers={"Accept-Language": "en-AU,en-US;q=0.8"})
    assert response.status_code == 200
    countries = _countries(response)
    assert countries[0] == first and sorted(countries) == sorted(COUNTRIES)
    assert_help_page(response.text)


@pytest.mark.parametrize(
    ("header", "order"),
    [
        ("en-GB,en;q=0.9", ["United Kingdom"]),
        ("hi-IN", ["India"]),
        ("fr-CA,en-AU;q=0.5", ["Canada", "Australia"]),
        ("en-au;q=0.2, en-IN;q=0.9", ["India", "Australia"]),
        ("zh-Hant-GB", ["United Kingdom"]),
        ("de-DE,en;q=0.5", []),  # a country not listed: the usual order
        ("", []),
        ("x" * 2000 + ",;;;q=abc,-,--,en-\u0000GB", []),  # nonsense is no country, never a 500
    ],
)
def test_without_a_couple_the_browsers_languages_choose_the_first(client, header: str, order: list[str]) -> None:
    response = client.get("/help", headers={"Accept-Language": header})
    assert response.status_code == 200
    countries = _countries(response)
    assert countries[: len(order)] == order
    assert [c for c in countries if c not in order] == [c for c in COUNTRIES if c not in order]


def test_a_couple_whose_zone_names_no_listed_country_gets_the_browsers_first(client, session) -> None:
    make_couple(session, "Kim", "Lee", timezone="Europe/Berlin")
    session.flush()
    log_in(client, "kim@example.com")
    assert _countries(client.get("/help", headers={"Accept-Language": "en-GB"}))[0] == "United Kingdom"
    assert _countries(client.get("/help"))[0] == "United States"
