"""The skill manifest is ready for Alexa's certification, and the privacy and terms pages
it points at are served to anyone, saying truthfully what is kept."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from tests.web.helpers import log_in, text_of
from trust_tracker.models import voice
from trust_tracker.models.demo import DEMO_EMAILS, DEMO_PASSWORD
from trust_tracker.models.pairing_entities import PairingCode

ROOT = Path(__file__).parents[2]
MANIFEST = json.loads((ROOT / "infra" / "skill.json").read_text(encoding="utf-8"))["manifest"]
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
# Alexa's console: an example phrase opens the skill, or asks it for something its model holds.
OPENING = re.compile(r"^Alexa, (?:open|launch|start) trust tracker$")
ONE_SHOT = re.compile(r"^Alexa, (?:ask|tell) trust tracker(?: to)? (?P<said>.+)$")


def samples(locale: str) -> set[str]:
    model = json.loads((ROOT / "interaction-model" / f"{locale}.json").read_text(encoding="utf-8"))
    return {s for i in model["interactionModel"]["languageModel"]["intents"] for s in i.get("samples", [])}


def test_privacy_and_compliance_say_what_the_skill_does() -> None:
    compliance = MANIFEST["privacyAndCompliance"]
    assert compliance["usesPersonalInfo"] is True  # names, promises, answers: personal by any reading
    assert compliance["isExportCompliant"] is True
    assert compliance["containsAds"] is False
    assert compliance["allowsPurchases"] is False
    assert compliance["isChildDirected"] is False
    assert set(compliance["locales"]) == set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_locale_is_published_with_a_disclaimer_and_phrases_from_its_model(locale) -> None:
    published = MANIFEST["publishingInformation"]["locales"][locale]
    assert published["name"] == "Trust Tracker"
    assert 0 < len(published["summary"]) <= 160
    assert 0 < len(published["description"]) <= 4000
    assert "not therapy, counselling or emergency help" in published["description"]
    assert 1 <= len(published["keywords"]) <= 30 and all(k == k.lower() for k in published["keywords"])
    phrases = published["examplePhrases"]
    assert 1 <= len(phrases) <= 3 and OPENING.match(phrases[0]), phrases
    said = samples(locale)
    for phrase in phrases[1:]:
        found = ONE_SHOT.match(phrase)
        assert found, phrase
        assert found["said"].lower().rstrip("?.") in said, f"{phrase!r} is not a sample of the {locale} model"


def test_testing_instructions_name_the_demo_couple_and_how_to_link() -> None:
    publishing = MANIFEST["publishingInformation"]
    instructions = publishing["testingInstructions"]
    assert len(instructions) <= 4000
    for needed in (*DEMO_EMAILS, DEMO_PASSWORD, "Link an Alexa device", "my code is"):
        assert needed in instructions
    assert publishing["category"] == "HEALTH_AND_FITNESS"
    assert set(publishing["distributionCountries"]) == {locale.split("-")[1] for locale in LOCALES}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("field", ["privacyPolicyUrl", "termsOfUseUrl"])
def test_policy_urls_are_https_pages_the_site_serves_without_a_login(client: FlaskClient, locale, field) -> None:
    url = urlsplit(MANIFEST["privacyAndCompliance"]["locales"][locale][field])
    endpoint = urlsplit(MANIFEST["apis"]["custom"]["endpoint"]["uri"])
    assert url.scheme == "https" and url.netloc == endpoint.netloc
    response = client.get(url.path)
    assert response.status_code == 200, url.path
    assert "text/html" in response.content_type


def test_the_privacy_page_says_what_is_kept_who_sees_it_and_how_to_leave(client: FlaskClient) -> None:
    page = text_of(client.get("/privacy"))
    for truth in (
        "never a recording",
        "kept as typed text",
        "Argon2",
        "journal is yours alone",
        "as JSON",
        "delete your own account",
        "stores nothing of what was said",
        "saves them only if you then choose the button that saves them anyway",
        "no analytics",
        "they see nothing of your earlier relationship",
    ):
        assert truth in page, truth


def test_the_privacy_page_says_exactly_how_pairing_codes_are_kept(client: FlaskClient, couple, session) -> None:
    page = text_of(client.get("/privacy"))
    assert "pairing codes for Alexa (never the six digits themselves: a keyed hash of each" in page
    assert "the six digits themselves," not in page
    assert "pairing codes and reset links (hashes only)" not in page
    code = voice.issue_pairing_code(session, couple[0])
    assert session.scalars(select(PairingCode.code_hash)).all() == [voice.keyed_code(session, code)]  # as the page says


def test_the_terms_say_it_is_not_a_substitute_and_link_help(client: FlaskClient) -> None:
    body = client.get("/terms").get_data(as_text=True)
    assert "Trust Tracker is not a substitute for emergency help or counselling." in body
    assert 'href="/help"' in body and 'href="/privacy"' in body


def test_every_page_links_privacy_and_terms_from_its_footer(client: FlaskClient, couple) -> None:
    for path in ("/", "/help", "/login"):
        footer = client.get(path).get_data(as_text=True).split('<footer class="site-footer">')[1]
        assert 'href="/privacy"' in footer and 'href="/terms"' in footer, path
    log_in(client, "alex@example.com")
    footer = client.get("/today/").get_data(as_text=True).split('<footer class="site-footer">')[1]
    assert 'href="/privacy"' in footer


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_the_legal_pages_only_read(client: FlaskClient, method) -> None:
    assert getattr(client, method)("/privacy").status_code == 405
