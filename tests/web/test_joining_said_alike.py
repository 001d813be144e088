"""The invite page says as much as the join page about what joining means (tester-web49: /invite said less), in the
same words, from one partial (auth/_joining.html)."""

from __future__ import annotations

import re

from tests.factories import NOW, make_couple
from tests.web.helpers import log_in, text_of
from trust_tracker.models import accounts

MEANS = re.compile(r'<section class="joining-means".*?</section>', re.S)


def test_the_invite_page_says_what_the_join_page_says_about_joining(client, session) -> None:
    robin, _ = make_couple(session, "Robin", None)
    joining = MEANS.search(client.get(f"/join/{accounts.create_invitation(session, robin, now=NOW)}").text)
    log_in(client, "robin@example.com")
    before, made = client.get("/invite"), client.post("/invite")
    assert joining is not None
    for invite in (before, made):
        assert MEANS.search(invite.text).group(0) == joining.group(0)
        page = text_of(invite)
        for said in (
            "The two of you share one contract, one history of what was kept and missed, and a weekly check-in.",
            "Each journal stays private to whoever writes it",
            "Check-in answers stay hidden until you have both answered",
            "download your data, or leave by deleting your own account",
        ):
            assert said in page


def test_once_the_partner_joined_the_invite_page_does_not_explain_joining(client, couple) -> None:
    log_in(client, "alex@example.com")
    page = client.get("/invite")
    assert "Sam has joined." in text_of(page) and "What joining means" not in page.text
