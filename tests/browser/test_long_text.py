"""Every signed-in page fits a phone (390 px) and a laptop (1280 px) whatever people type:
unbroken words and links, emoji runs, right-to-left text, a 10,000-character journal entry,
in every field a partner can fill. Nothing scrolls sideways, neither the page nor a table
inside it, and axe still finds nothing serious. The scene is set through the domain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session

from tests.browser.conftest import check_accessibility
from tests.browser.test_private import open_as, set_scene
from trust_tracker.models import (
    checkin_questions,
    checkins,
    contract_comments,
    contracts,
    journal,
    logbook,
    setbacks,
    spoken_forms,
)
from trust_tracker.models.contract_items import ItemDraft
from trust_tracker.models.entities import CheckIn, CheckInAnswer, ItemKind, LogKind, Partner, Source

URL = "https://example.com/" + "/".join(["a-very-long-path-segment-without-spaces"] * 20) + "?q=" + "x" * 120
WORD = "Unbrokenwordwithoutanyspaces" * 40
EMOJI = "😀🙏🏽👩‍❤️‍👨🇳🇿" * 60
RTL = "نحن نحاول إعادة بناء الثقة خطوة بخطوة " * 10 + "שלוםשלוםשלוםשלוםשלוםשלוםשלוםשלוםשלוםשלום" * 6
HUGE = (f"{WORD} {URL} {RTL} {EMOJI} " * 20)[:10_000]


def fill(text: str, limit: int) -> str:
    return text[:limit]


def _hostile_contract(session: Session, alex: Partner, sam: Partner, now: datetime) -> tuple[Any, Any]:
    def drafts(owner: Partner) -> list[ItemDraft]:
        return [
            ItemDraft(
                ItemKind.COMMITMENT,
                fill(WORD, 500),
                short_name=fill(WORD, 60),
                owner_id=owner.id,
                hard_day_form=fill(URL, 500),
                consequence=fill(EMOJI, 500),
            ),
            ItemDraft(ItemKind.COMMITMENT, fill(RTL, 500), owner_id=sam.id, consequence=fill(WORD, 500)),
            ItemDraft(ItemKind.BOUNDARY, fill(URL, 500), consequence=fill(RTL, 500)),
            ItemDraft(ItemKind.EXAMPLE, fill(EMOJI, 500)),
        ]

    first = contracts.propose_version(session, alex, drafts(alex), note=fill(WORD, 1000), now=now - timedelta(days=9))
    contracts.agree_version(session, sam, first.id, now=now - timedelta(days=9))
    changed = drafts(sam)
    changed[0] = ItemDraft(ItemKind.COMMITMENT, fill(URL, 500), short_name=fill(EMOJI, 60), owner_id=alex.id)
    second = contracts.propose_version(session, alex, changed, note=fill(URL, 1000), now=now)
    contract_comments.comment_on(session, sam, second.id, fill(WORD + " " + URL, 2000), now=now)
    return first, second


def build(session: Session, alex: Partner, sam: Partner) -> dict[str, int]:
    now = datetime.now(UTC)
    first, second = _hostile_contract(session, alex, sam, now)
    mine = first.items[0]
    spoken_forms.save(session, alex, mine.lineage_id, [fill(WORD, 120), fill(URL, 120), "I " + fill(EMOJI, 100)])
    logbook.log_note(session, alex, LogKind.KEPT, fill(WORD, 1000), lineage_id=mine.lineage_id, source=Source.WEB)
    logbook.log_note(session, sam, LogKind.RELIABILITY, fill(URL, 1000), source=Source.WEB, now=now)
    logbook.log_note(session, sam, LogKind.SMALL_WIN, fill(RTL, 1000), source=Source.WEB, now=now)
    missed = logbook.log_note(
        session, sam, LogKind.MISSED, fill(EMOJI, 1000), lineage_id=first.items[1].lineage_id, source=Source.WEB
    )
    setback = setbacks.start_setback(session, sam, missed.entry.id, now=now)
    setbacks.reflect(session, sam, setback.id, trigger=fill(WORD, 1000), prevention=fill(URL, 1000), now=now)
    setbacks.reflect(session, alex, setback.id, trigger=fill(RTL, 1000), prevention=fill(EMOJI, 1000), now=now)

    long_entry = journal.write(session, alex, HUGE, now=now)
    shared = journal.write(session, sam, fill(URL + " " + WORD, 5000), now=now)
    journal.share(session, sam, shared.id, now=now)
    journal.write(session, alex, fill(EMOJI, 3000), now=now)

    for who, text in ((alex, WORD + " " + URL), (sam, RTL + EMOJI)):
        for position, _ in enumerate(checkins.questions(session, alex.couple_id, now)):
            checkins.save_answer(session, who, position, fill(text, 2000), source=Source.WEB, now=now)
    _past_checkin(session, alex, sam, now)
    checkin_questions.propose_questions(session, sam, [fill(WORD, 200), fill(URL, 200), fill(RTL, 200)], now=now)
    return {
        "first": first.id,
        "second": second.id,
        "lineage": mine.lineage_id,
        "journal": long_entry.id,
        "setback": setback.id,
    }


def _past_checkin(session: Session, alex: Partner, sam: Partner, now: datetime) -> None:
    """Last week's check-in, both partners' long answers under long questions."""
    monday = now.date() - timedelta(days=now.weekday() + 7)
    questions = [fill(WORD, 200), fill(URL, 200)]
    old = CheckIn(couple_id=alex.couple_id, week_start=monday, created_at=now - timedelta(days=7), questions=questions)
    session.add(old)
    session.flush()
    for who, text in ((alex, URL + WORD), (sam, EMOJI)):
        for position, question in enumerate(questions):
            answer = fill(text, 2000)
            session.add(
                CheckInAnswer(
                    checkin_id=old.id,
                    partner_id=who.id,
                    position=position,
                    question=question,
                    answer=answer,
                    source=Source.WEB,
                )
            )


def _pages(ids: dict[str, int]) -> list[str]:
    return [
        "/today/",
        "/contract/",
        "/contract/edit",
        "/contract/versions",
        f"/contract/versions/{ids['first']}",
        f"/contract/versions/{ids['second']}",
        f"/contract/said/{ids['lineage']}",
        "/history/",
        "/history/charts",
        "/checkins/",
        "/checkins/past",
        "/checkins/questions",
        "/setbacks/",
        f"/setbacks/{ids['setback']}",
        "/journal/",
        "/account/",
        "/settings/",
        "/settings/security/",
        "/invite",
        "/help",
    ]


def _overflows(page) -> list[str]:
    """The page wider than the window, or any element inside it that scrolls sideways
    (the charts' tables of figures excepted: they scroll in their own box by design)."""
    return page.evaluate(
        """() => {
            const found = [];
            const page = document.scrollingElement.scrollWidth;
            if (page > window.innerWidth) {
                // Name the innermost elements that stick out, to say where to look.
                const out = [...document.body.querySelectorAll("*")].filter(
                    el => el.getBoundingClientRect().right > window.innerWidth + 1);
                const inner = out.filter(el => !out.some(other => other !== el && el.contains(other)));
                found.push(`page ${page}px: ` + inner.slice(0, 3).map(el => el.outerHTML.slice(0, 120)).join(" | "));
            }
            for (const el of document.body.querySelectorAll("*")) {
                const style = getComputedStyle(el);
                // A box made keyboard-scrollable on purpose (tabindex=0: the charts' tables of
                // figures) may scroll; anything else holding people's words may not.
                if (el.scrollWidth > el.clientWidth + 1 && ["auto", "scroll"].includes(style.overflowX)
                    && !["TEXTAREA", "INPUT", "SELECT"].includes(el.tagName) && el.tabIndex !== 0) {
                    found.push(`${el.tagName.toLowerCase()}.${el.className} ${el.scrollWidth}px in ${el.clientWidth}px`);
                }
            }
            return found;
        }"""
    )


@pytest.mark.parametrize("width", ["phone", "laptop"])
def test_every_signed_in_page_fits_any_text(new_page, live_database, width) -> None:
    couple = {"phone": ("Uma", "Vic"), "laptop": ("Wren", "Yael")}[width]
    ids = set_scene(live_database, *couple, build)
    for name, extra in (
        (couple[0], [f"/journal/{ids['journal']}", f"/journal/{ids['journal']}/delete"]),
        (couple[1], []),
    ):
        page = open_as(new_page, width, name)
        for path in [*_pages(ids), *extra]:
            response = page.goto(path)
            assert response is not None and response.status == 200, (path, response and response.status)
            overflowing = _overflows(page)
            assert not overflowing, f"{name} on {path} at {page.viewport_size}: {overflowing}"
            check_accessibility(page)
