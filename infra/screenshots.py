"""Screenshots of every main page, at a phone's width and a laptop's, light and dark.

    .venv/bin/python infra/screenshots.py [--out docs/screenshots] [--port 0] [--dark]

Starts the site on a loopback port over a fresh SQLite file holding the demo couple
(`trust-tracker demo`), logs in as Alex in Chromium (Debian's /usr/bin/chromium, driven
by Playwright) and saves one full-page PNG per page and width: `<page>-<width>.png`
(`-dark` added with --dark), and the sign-up page refusing a guessable password. Nothing is sent anywhere; the files are for people to look at.
"""

from __future__ import annotations

import argparse
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from sqlalchemy.orm import Session
from waitress.server import create_server

from trust_tracker.models import accounts
from trust_tracker.models.db import make_engine, upgrade
from trust_tracker.models.demo import DEMO_EMAILS, DEMO_PASSWORD, DEMO_TIMEZONE, create_demo
from trust_tracker.web import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
WIDTHS = {390: 844, 1280: 900}
# Before logging in: what a newcomer and an invited partner see.
PUBLIC_PAGES = {"landing": "/", "login": "/login", "signup": "/signup", "help": "/help", "not-found": "/no-such-page"}
# Logged in as Alex, who shares the demo's eight weeks with Sam.
PAGES = {
    "today": "/today/",
    "contract": "/contract/",
    "versions": "/contract/versions",
    "history": "/history/",
    "charts": "/history/charts",
    "checkin": "/checkins/",
    "setbacks": "/setbacks/",
    "journal": "/journal/",
    "your-data": "/account/",
    "settings": "/settings/",
    "security": "/settings/security/",
}
# Sign-up refusing a guessable password: what the rule says and what would do (models/passwords.py).
GUESSABLE = {"Your name": "Robin Hale", "Email": "robin@example.com", "Password": "Sunshine2024"}
NEWCOMER = ("Jordan", "jordan@example.com")  # signed up alone: the invite and join pages


def _demo_site(folder: Path) -> tuple[str, str]:
    """A migrated SQLite file with the demo couple and a newcomer; returns its URL and
    the newcomer's join link path."""
    url = f"sqlite:///{folder / 'screens.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session, session.begin():
        create_demo(session)
        jordan = accounts.sign_up(
            session, name=NEWCOMER[0], email=NEWCOMER[1], password=DEMO_PASSWORD, timezone=DEMO_TIMEZONE
        )
        token = accounts.create_invitation(session, jordan)
    engine.dispose()
    return url, f"/join/{token}"


def _log_in(page: Page, email: str) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()


def _shoot(page: Page, pages: dict[str, str], out: Path, suffix: str) -> None:
    for width, height in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for name, path in pages.items():
            page.goto(path)
            page.screenshot(path=str(out / f"{name}-{width}{suffix}.png"), full_page=True)
            print(out / f"{name}-{width}{suffix}.png")


def _shoot_refused_sign_up(page: Page, out: Path, suffix: str) -> None:
    for width, height in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        page.goto("/signup")
        for label, value in GUESSABLE.items():
            page.get_by_label(label, exact=True).fill(value)
        page.get_by_role("button", name="Sign up").click()
        page.wait_for_load_state()
        page.screenshot(path=str(out / f"signup-refused-{width}{suffix}.png"), full_page=True)
        print(out / f"signup-refused-{width}{suffix}.png")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--port", type=int, default=0, help="loopback port (0: any free one)")
    parser.add_argument("--dark", action="store_true", help="emulate prefers-color-scheme: dark")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if args.dark else ""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url, join_path = _demo_site(folder)
        app = create_app({"DATABASE_URL": url, "SECRET_KEY": "screenshots only", "INSTANCE_PATH": folder / "i"})
        server = create_server(app, host="127.0.0.1", port=args.port, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        base = f"http://127.0.0.1:{server.effective_port}"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                scheme = "dark" if args.dark else "light"
                visitor = browser.new_context(base_url=base, color_scheme=scheme).new_page()
                _shoot(visitor, PUBLIC_PAGES | {"join": join_path}, args.out, suffix)
                _shoot_refused_sign_up(visitor, args.out, suffix)
                jordan = browser.new_context(base_url=base, color_scheme=scheme).new_page()
                _log_in(jordan, NEWCOMER[1])
                jordan.goto("/invite")
                jordan.get_by_role("button", name="Make an invitation link").click()
                jordan.wait_for_load_state()
                jordan.screenshot(path=str(args.out / f"invite-1280{suffix}.png"), full_page=True)
                alex = browser.new_context(base_url=base, color_scheme=scheme).new_page()
                _log_in(alex, DEMO_EMAILS[0])
                _shoot(alex, PAGES, args.out, suffix)
                browser.close()
        finally:
            server.close()


if __name__ == "__main__":
    main()
