"""Where to turn in danger or crisis, per country: the one list the site and the skill both read.

DESIGN.md, "Safety comes first": any statement of danger, abuse, fear of the partner,
self-harm or crisis gets the local emergency number, a crisis line and a domestic-abuse
line. Plain data, no Flask and no Alexa: the skill speaks it, the site lists it.
Check these against the services' own sites before each release; numbers do change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_LOCALE = "en-US"


_SCHEME_AND_WWW = re.compile(r"^https?://(?:www\.)?")
_DIGIT_GROUP = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class Helpline:
    name: str  # as written on the site
    spoken_name: str  # as the voice says it: no digits or symbols for the speech engine to misread
    number: str | None  # as written, grouped as the service writes it; None for a website only
    url: str | None = None
    note: str = ""  # when and how, as written on the site

    @property
    def site(self) -> str | None:
        """The web address as people read it: "988lifeline.org"."""
        return _SCHEME_AND_WWW.sub("", self.url).rstrip("/") if self.url else None

    def digit_groups(self) -> list[str]:
        """ "1-800-799-7233" -> ["1", "800", "799", "7233"]: each group is read digit by digit."""
        return _DIGIT_GROUP.findall(self.number or "")


@dataclass(frozen=True)
class Resources:
    country: str
    locale: str  # the Alexa locale that speaks these numbers
    emergency: Helpline
    crisis: Helpline
    abuse: Helpline

    @property
    def lines(self) -> tuple[Helpline, Helpline, Helpline]:
        return (self.emergency, self.crisis, self.abuse)


# In the order the site lists them.
RESOURCES: dict[str, Resources] = {
    "en-US": Resources(
        country="United States",
        locale="en-US",
        emergency=Helpline("Emergency services", "emergency services", "911"),
        crisis=Helpline(
            "988 Suicide & Crisis Lifeline",
            "the Suicide and Crisis Lifeline",
            "988",
            "https://988lifeline.org",
            "Call or text, any time.",
        ),
        abuse=Helpline(
            "National Domestic Violence Hotline",
            "the Domestic Violence Hotline",
            "1-800-799-7233",
            "https://www.thehotline.org",
            "Any time.",
        ),
    ),
    "en-CA": Resources(
        country="Canada",
        locale="en-CA",
        emergency=Helpline("Emergency services", "emergency services", "911"),
        crisis=Helpline(
            "9-8-8 Suicide Crisis Helpline",
            "the Suicide Crisis Helpline",
            "988",
            "https://988.ca",
            "Call or text, any time.",
        ),
        # Canada has no single national abuse line; ShelterSafe finds the nearest shelter's line.
        abuse=Helpline(
            "ShelterSafe (shelters and their crisis lines near you)",
            "ShelterSafe dot C A",
            None,
            "https://www.sheltersafe.ca",
        ),
    ),
    "en-GB": Resources(
        country="United Kingdom",
        locale="en-GB",
        emergency=Helpline("Emergency services", "emergency services", "999"),
        crisis=Helpline("Samaritans", "Samaritans", "116 123", "https://www.samaritans.org", "Free, any time."),
        abuse=Helpline(
            "National Domestic Abuse Helpline",
            "the Domestic Abuse Helpline",
            "0808 2000 247",
            "https://www.nationaldahelpline.org.uk",
            "Free, any time.",
        ),
    ),
    "en-AU": Resources(
        country="Australia",
        locale="en-AU",
        emergency=Helpline("Emergency services", "emergency services", "000"),
        crisis=Helpline("Lifeline", "Lifeline", "13 11 14", "https://www.lifeline.org.au", "Any time."),
        abuse=Helpline(
            "1800RESPECT",
            "eighteen hundred respect",
            "1800 737 732",
            "https://www.1800respect.org.au",
            "Any time.",
        ),
    ),
    "en-IN": Resources(
        country="India",
        locale="en-IN",
        emergency=Helpline("Emergency services", "emergency services", "112"),
        crisis=Helpline("Tele-MANAS", "Tele Manas", "14416", "https://telemanas.mohfw.gov.in", "Free, any time."),
        abuse=Helpline("Women Helpline", "the Women Helpline", "181", note="Any time."),
    ),
}

NOT_A_SUBSTITUTE = "Trust Tracker is not a substitute for emergency help or counselling."


def for_locale(locale: str | None) -> Resources:
    """The numbers for this Alexa locale; the United States' for any other."""
    return RESOURCES.get(locale or "", RESOURCES[DEFAULT_LOCALE])


# The couple's country, as far as its time zone tells it; the zones of the countries above.
_ZONE_COUNTRY = (
    (re.compile(r"^(?:Europe/(?:London|Belfast)|GB|GB-Eire)$"), "en-GB"),
    (re.compile(r"^(?:Australia/.+|Antarctica/Macquarie)$"), "en-AU"),
    (re.compile(r"^Asia/(?:Kolkata|Calcutta)$"), "en-IN"),
    (
        re.compile(
            r"^(?:Canada/.+|America/(?:Toronto|Montreal|Vancouver|Edmonton|Winnipeg|Regina|Halifax|St_Johns|"
            r"Moncton|Glace_Bay|Goose_Bay|Whitehorse|Dawson|Dawson_Creek|Fort_Nelson|Creston|Yellowknife|"
            r"Inuvik|Cambridge_Bay|Rankin_Inlet|Resolute|Iqaluit|Swift_Current|Atikokan|Blanc-Sablon|"
            r"Nipigon|Thunder_Bay|Rainy_River|Pangnirtung))$"
        ),
        "en-CA",
    ),
    (
        re.compile(
            r"^(?:US/.+|America/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Detroit|"
            r"Boise|Juneau|Sitka|Nome|Adak|Yakutat|Metlakatla|Menominee|Indiana/.+|Kentucky/.+|"
            r"North_Dakota/.+)|Pacific/Honolulu)$"
        ),
        "en-US",
    ),
)


def for_timezone(timezone: str | None) -> Resources | None:
    """The numbers for the country of this time zone; None when it is none of ours (the
    site then lists every country, as /help does)."""
    for pattern, locale in _ZONE_COUNTRY:
        if pattern.match(timezone or ""):
            return RESOURCES[locale]
    return None


def for_language_tag(tag: str | None) -> Resources | None:
    """The numbers for the country a browser's language tag names ("en-GB", "hi-IN", "zh-Hant-CA");
    None when it names none, or one not listed here."""
    regions = {part.upper() for part in (tag or "").replace("_", "-").split("-")[1:] if len(part) == 2}
    return next((r for r in RESOURCES.values() if r.locale.partition("-")[2] in regions), None)


def every_country(*first: Resources | None) -> list[Resources]:
    """Every country's lines, those in `first` (the most likely the reader's) ahead of the rest, in
    their order; the rest as RESOURCES lists them (tester-web45 F4: never the United States first
    for a couple in London)."""
    ahead = {r.locale: r for r in first if r is not None}
    return [*ahead.values(), *(r for locale, r in RESOURCES.items() if locale not in ahead)]
