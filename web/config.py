"""Configuration from the environment, with overrides for tests and the CLI.

Every variable named TRUST_TRACKER_<KEY> sets the config key <KEY> (Flask's
`from_prefixed_env`, which decodes JSON values such as `false` or `2048`), so any of
Flask's own settings can be given that way. The documented ones:

| environment variable         | config key     | default                                    |
|------------------------------|----------------|--------------------------------------------|
| DATABASE_URL                 | DATABASE_URL   | sqlite:///<instance>/trust-tracker.db      |
| TRUST_TRACKER_SECRET_KEY     | SECRET_KEY     | <instance>/secret_key, generated once      |
| TRUST_TRACKER_ALEXA_SKILL_ID | ALEXA_SKILL_ID | none: /alexa then refuses every request    |
| TRUST_TRACKER_ALEXA_VERIFY   | ALEXA_VERIFY   | true; false in DEV_MODE unless set         |
| TRUST_TRACKER_INSTANCE_PATH  | INSTANCE_PATH  | Flask's instance folder (./instance)       |
| TRUST_TRACKER_OAUTH_CLIENT_ID, TRUST_TRACKER_OAUTH_CLIENT_SECRET, TRUST_TRACKER_ALEXA_VENDOR_ID | OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET, ALEXA_VENDOR_ID | none: account linking off (web/oauth.py) |

DATABASE_URL keeps the unprefixed name hosting platforms set; TRUST_TRACKER_DATABASE_URL,
when given, wins over it.

`create_app(test_config)` takes any of these keys, and also SESSION_FACTORY (a
sessionmaker, instead of DATABASE_URL), ALEXA_VERIFIER (a RequestVerifier), DEV_MODE,
CLOCK (a callable returning the current UTC instant) and Flask's own keys.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from flask import Flask, current_app

from trust_tracker.models.base import utcnow

PREFIX = "TRUST_TRACKER"
# Taken as written, not JSON-decoded: a secret of digits must not become a number, and
# a bad ALEXA_VERIFY is reported as the operator typed it.
_TEXT_SETTINGS = (
    "SECRET_KEY",
    "ALEXA_SKILL_ID",
    "ALEXA_VERIFY",
    "OAUTH_CLIENT_ID",
    "OAUTH_CLIENT_SECRET",
    "ALEXA_VENDOR_ID",
)
SECRET_KEY_FILE = "secret_key"
HOST_ONLY_COOKIE = "__Host-session"
DATABASE_FILE = "trust-tracker.db"
_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


class ConfigError(RuntimeError):
    """The configuration cannot work; the message says which setting and why."""


def parse_bool(name: str, value: str) -> bool:
    word = value.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise ConfigError(f"{name} must be one of 1, 0, true, false, yes, no; got {value!r}.")


def instance_path(test_config: Mapping[str, Any] | None) -> str:
    """Where the instance folder is: as the tests or the environment say, else ./instance.

    Flask cannot guess it for a package installed under another name (trust_tracker.web
    lives in web/), so the default is the folder the command runs in, as the README says.
    """
    if test_config and test_config.get("INSTANCE_PATH"):
        return str(test_config["INSTANCE_PATH"])
    # Flask needs it before there is a config to read it from.
    return os.environ.get(f"{PREFIX}_INSTANCE_PATH") or "instance"


def load(app: Flask, test_config: Mapping[str, Any] | None) -> None:
    """Fill app.config: defaults, then the environment, then `test_config`, then derived values."""
    app.config.from_mapping(
        DEV_MODE=False,
        ALEXA_SKILL_ID=None,
        ALEXA_VERIFIER=None,
        SESSION_FACTORY=None,
        # Tests fix the clock; operations take `now` so days and weeks are repeatable.
        CLOCK=utcnow,
        # Long enough to write a contract version without the form expiring under you.
        WTF_CSRF_TIME_LIMIT=int(timedelta(hours=8).total_seconds()),
        # web/csrf.py makes the same-origin check over HTTPS, taking Origin when there is no Referer.
        WTF_CSRF_SSL_STRICT=False,
        SESSION_COOKIE_SAMESITE="Lax",
        # Forms are small; a page that needs more says so (web/__init__.py, LARGER_BODIES).
        MAX_CONTENT_LENGTH=256 * 1024,
        DEFAULT_TIMEZONE=host_timezone(),
    )
    if os.environ.get("DATABASE_URL"):
        app.config["DATABASE_URL"] = os.environ["DATABASE_URL"]
    app.config.from_prefixed_env(PREFIX)
    for key in _TEXT_SETTINGS:
        if (raw := os.environ.get(f"{PREFIX}_{key}")) is not None:
            app.config[key] = raw
    if test_config:
        app.config.from_mapping(test_config)

    # Development mode turns verification off unless it was asked for explicitly.
    verify = app.config.setdefault("ALEXA_VERIFY", not app.config["DEV_MODE"])
    # Served for real, the site is behind HTTPS (README): cookies never travel in clear.
    # Browsers treat http://localhost and 127.0.0.1 as secure, so local use still works.
    for key in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        if key not in (test_config or {}) and f"{PREFIX}_{key}" not in os.environ:  # unless given
            app.config[key] = not app.config["DEV_MODE"]
    # Served for real, the login cookie is kept by browsers to this exact host (the __Host-
    # prefix): a site on a sibling subdomain cannot toss in a login of its own. Not on
    # http://localhost, where it is not Secure.
    given = {*(test_config or {}), *(key.removeprefix(f"{PREFIX}_") for key in os.environ)}
    if app.config["SESSION_COOKIE_SECURE"] and not given & {"SESSION_COOKIE_NAME", "SESSION_COOKIE_DOMAIN"}:
        app.config["SESSION_COOKIE_NAME"] = HOST_ONLY_COOKIE
    if isinstance(verify, str):
        given_by = "ALEXA_VERIFY" if "ALEXA_VERIFY" in (test_config or {}) else f"{PREFIX}_ALEXA_VERIFY"
        app.config["ALEXA_VERIFY"] = parse_bool(given_by, verify)
    if not app.config.get("SESSION_FACTORY") and not app.config.get("DATABASE_URL"):
        app.config["DATABASE_URL"] = f"sqlite:///{_instance_folder(app) / DATABASE_FILE}"
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret_key(_instance_folder(app))


def _instance_folder(app: Flask) -> Path:
    folder = Path(app.instance_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _instance_secret_key(folder: Path) -> str:
    """The key in <instance>/secret_key, generated (owner-only) the first time."""
    path = folder / SECRET_KEY_FILE
    if not path.exists():
        # Written whole under another name, then linked into place: a link never replaces
        # a file, so when two workers start at once one key wins and neither ever reads a
        # half-written (or still empty) file.
        fd, draft = tempfile.mkstemp(dir=folder, prefix=f".{SECRET_KEY_FILE}.")
        try:
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_hex(32))
            with contextlib.suppress(FileExistsError):
                os.link(draft, path)
        finally:
            os.unlink(draft)
    key = path.read_text().strip()
    if len(key) < 32:
        raise ConfigError(f"{path} holds no usable secret key: delete it to generate a new one.")
    return key


# Zone files that name no place: a build artefact and the machine's own link, never a couple's zone.
NOT_PLACES = frozenset({"Factory", "localtime", "posixrules"})


@cache
def timezone_names() -> tuple[str, ...]:
    """The zones a couple may choose (the forms offer and accept only these)."""
    return tuple(sorted(available_timezones() - NOT_PLACES))


def host_timezone() -> str:
    """The server's own zone name if it has one (a home server shares its users' zone), else UTC."""
    candidates = [os.environ.get("TZ", "").removeprefix(":")]
    with contextlib.suppress(OSError):
        candidates.append(str(Path("/etc/localtime").resolve()).partition("/zoneinfo/")[2])
    return next((name for name in candidates if name in timezone_names()), "UTC")


def now() -> datetime:
    """The current instant by the app's clock (fixed in tests)."""
    clock: Callable[[], datetime] = current_app.config["CLOCK"]
    return clock()
