"""The site's look, in words a test can read: human error pages, the privacy promise,
the invite and join pages, the day-grouped timeline of sentences, and charts that tell
the truth to a new couple."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, agreed_contract, make_couple, make_entry
from tests.web.helpers import log_in, text_of
from trust_tracker.models import accounts
from trust_tracker.models.charts import WeekBar
from trust_tracker.models.entities import LogEntry, LogKind, Source
from trust_tracker.web.charts_svg import counted_weeks, weekly_bars_svg
from trust_tracker.web.filters import as_written

TODAY = date(2026, 11, 25)
PROMISE = "Our promise about your privacy Your journal is yours alone."


# --- error pages ------------------------------------------------------------------


def test_a_missing_page_speaks_to_a_person_and_offers_a_way_on(client) -> None:
    response = client.get("/history/entries/no-such")
    page = text_of(response)
    assert response.status_code == 404
    assert "Nothing here We could not find that page." in page
    assert "Back to the start" in page and "Need help now?" in page
    assert "Error 404" not in page and "If you tell someone about this, the code is 404." in page


def test_a_forbidden_action_says_why_and_leads_back_to_today(client, alex, session) -> None:
    mine = make_entry(session, alex, LogKind.KEPT, TODAY)
    response = client.post(f"/history/entries/{mine.id}/acknowledge")
    page = text_of(response)
    assert response.status_code == 403
    assert page.startswith("That is not open to you · Trust Tracker")
    assert "Some things belong to one of you only" in page
    assert '<a class="button" href="/today/">Back to Today</a>' in response.text
    assert mine.acknowledged_at is None


def test_too_many_attempts_is_a_calm_page(make_app, couple) -> None:
    client = make_app().test_client()
    for _ in range(30):
        response = client.post("/login", data={"email": "alex@example.com", "password": "wrong"})
        if response.status_code == 429:
            break
    assert response.status_code == 429
    page = text_of(response)
    assert "Too many attempts" in page and "the page will work again shortly" in page
    assert "the code is 429" in page


# --- landing, join and invite ----------------------------------------------------


def test_the_landing_page_promises_privacy_and_warns_the_invited(client) -> None:
    page = text_of(client.get("/"))
    assert PROMISE in page
    assert "Invited by your partner? Open the link they sent you instead" in page
    assert "not a substitute for counselling or for emergency help" in page


def test_the_join_page_says_whose_couple_and_promises_privacy_once(client, session) -> None:
    robin, _ = make_couple(session, "Robin", None)
    token = accounts.create_invitation(session, robin, now=NOW)
    page = text_of(client.get(f"/join/{token}"))
    assert "You are joining Robin’s couple." in page and "What joining means The two of you share one contract" in page
    assert "Each journal stays private to whoever writes it" in page and "Nothing is sold" in page
    assert PROMISE not in page and page.count("journal") == 1  # tester-web51: said twice, in two boxes side by side
    assert "nothing is created until you press “Join Robin”" in page


def test_the_invite_link_comes_with_a_copy_button_for_scripts_only(client, session) -> None:
    make_couple(session, "Robin", None)
    log_in(client, "robin@example.com")
    before = client.get("/invite")
    assert "<script" not in before.text  # nothing to copy yet: no script either
    assert "they are joining Robin’s couple" in text_of(before)
    made = client.post("/invite")
    assert made.status_code == 200
    # Hidden until copy.js (same origin, allowed by the CSP) shows it; the link is in a box anyway.
    assert re.search(r'<button type="button" class="secondary" data-copy="join-link" [^>]*hidden>', made.text)
    assert '<script src="/static/copy.js" defer></script>' in made.text
    assert re.search(r'<input id="join-link" type="text" value="http://localhost/join/[^"]+" readonly', made.text)
    with client.get("/static/copy.js") as script:
        assert script.status_code == 200 and "navigator.clipboard.writeText" in script.text


# --- the timeline -----------------------------------------------------------------


def test_the_timeline_is_grouped_by_day_in_sentences(client, alex, couple, contract, session) -> None:
    _, sam = couple
    call, talk = contract.items[0], contract.items[1]
    make_entry(session, sam, LogKind.MISSED, TODAY - timedelta(days=1), talk)
    make_entry(session, alex, LogKind.KEPT, TODAY, call)
    make_entry(session, sam, LogKind.HARD_DAY, TODAY)
    response = client.get("/history/")
    page = text_of(response)
    assert response.text.count('<h3><time datetime="2026-11-25">Wed 25 Nov 2026</time></h3>') == 1  # one heading a day
    assert "Wed 25 Nov 2026 ☾ Sam had a hard day." in page
    assert "✓ You kept “call when late”." in page
    assert "Tue 24 Nov 2026 ✗ Sam missed “evening talk”." in page
    assert response.text.count('<li class="day">') == 2
    for kind in ("kept", "missed", "hard_day"):
        assert f'class="entry entry-{kind}"' in response.text


def test_voice_text_is_shown_with_its_capitals(client, alex, contract, session) -> None:
    make_entry(session, alex, LogKind.KEPT, TODAY, contract.items[0], note="i called, i'm home", source=Source.VOICE)
    make_entry(session, alex, LogKind.SMALL_WIN, TODAY, note="as typed, lower case")
    page = text_of(client.get("/history/"))
    assert "I called, I'm home Logged by voice" in page
    assert "as typed, lower case Logged on the site" in page  # typed text is left as written
    assert session.scalar(select(func.count()).where(LogEntry.note == "i called, i'm home")) == 1  # stored as said


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("i forgot", "I forgot"),
        ("it's fine, i think", "It's fine, I think"),
        ("hi. i'll try", "Hi. I'll try"),
        ("ipad is fine", "Ipad is fine"),
        ("", ""),
        ("\u00e9t\u00e9 i", "\u00c9t\u00e9 I"),
    ],
)
def test_as_written(said, shown) -> None:
    assert as_written(said) == shown


# --- charts that tell a new couple the truth ---------------------------------------


def test_day_one_is_too_early_to_tell_and_shows_no_weeks_before_the_start(client, session) -> None:
    alex, sam = make_couple(session)
    contract = agreed_contract(session, alex, sam)  # agreed today (NOW)
    make_entry(session, alex, LogKind.KEPT, TODAY, contract.items[0])
    log_in(client, "alex@example.com")
    response = client.get("/history/charts")
    page = text_of(response)
    assert page.count("Too early to tell") == 2  # both commitments, each once
    assert "Strength 0%" not in page and "0%" not in page.split("The long arc")[0]
    # Only this week: the couple began on Wednesday 25th, the eleven weeks before are not theirs.
    assert "Week by week Kept and missed, week by week (1 week) 1 kept and 0 missed over 1 week" in page
    assert "Mon 16 Nov 2026" not in page


def test_counted_weeks_keep_this_week_and_weeks_with_entries(session) -> None:
    alex, _ = make_couple(session)
    mondays = [date(2026, 11, 2) + timedelta(weeks=i) for i in range(4)]
    bars = [WeekBar(mondays[0], 0, 0), WeekBar(mondays[1], 1, 0), WeekBar(mondays[2], 0, 0), WeekBar(mondays[3], 0, 0)]
    alex.couple.created_at = NOW  # Wednesday 25 November, the last week
    assert [b.start for b in counted_weeks(bars, alex.couple, [])] == [mondays[1], mondays[3]]


def test_the_weekly_chart_puts_the_newest_week_on_top_and_marks_it_partial() -> None:
    bars = [WeekBar(date(2026, 11, 16), 5, 1), WeekBar(date(2026, 11, 23), 2, 0)]
    svg = str(weekly_bars_svg(bars, "weeks"))
    assert svg.index("This week") < svg.index("16 Nov")
    assert svg.count('class="kept partial"') == 1 and svg.count('class="missed partial"') == 1
    assert "Week of 23 Nov: 2 kept so far" in svg
    assert re.search(r'viewBox="0 0 [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+"', svg)
    assert "fill=" not in svg  # colours come from the stylesheet, light or dark


def test_a_server_error_is_calm_and_needs_no_database(make_app, couple) -> None:
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("a bug")

    client = app.test_client()
    log_in(client, "alex@example.com")
    response = client.get("/boom")
    page = text_of(response)
    assert response.status_code == 500
    assert "Something went wrong on our side. Nothing was saved." in page
    assert "Back to the start" in page and "Logged in as" not in page  # no navigation: the database may be down
    assert "the code is 500" in page
