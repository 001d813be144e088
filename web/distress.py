"""Words the partner will read are read for distress first (DESIGN.md, "Safety comes
first"), with the detector the skill uses: when they speak of danger, abuse, fear of the
partner, self-harm or crisis, nothing is saved or shared, the form keeps what was typed,
and the page shows the help lines for the couple's country (templates/_distress.html).

Typed words are deliberate, so the page that held them back also offers a second, explicit
submit (templates/_save_anyway.html): its button carries a token signed with the site's key
for exactly the words held back, by this partner, on this page, for an hour. Sent with the
same words, it lets them through; a first submit, a changed word, another partner's or
another page's token, or an old one is held back again, with the help shown again."""

from __future__ import annotations

import hashlib
import json

from flask import current_app, g, request
from flask_login import current_user
from itsdangerous import BadData, URLSafeTimedSerializer

from trust_tracker.models import safety
from trust_tracker.models.entities import Couple
from trust_tracker.skill.distress import is_distress

DISTRESS_STATUS = 422  # nothing was saved: the form comes back as typed
# The second submit's button: its value is the token for the words held back.
SAVE_ANYWAY = "save_anyway"
SAVE_ANYWAY_SECONDS = 3600  # after this, the help is shown again and a fresh button offered


def spoken_of(*texts: str | None) -> bool:
    """True when any of these texts speaks of distress."""
    return any(text and is_distress(text) for text in texts)


def held_back(*texts: str | None) -> bool:
    """True, and this page shows the help lines and the "anyway" button, when text meant for
    the partner speaks of distress and this is not the deliberate second submit of exactly
    these words: the caller then saves nothing and shows the form again as typed."""
    if not spoken_of(*texts):
        return False
    words = _fingerprint(texts)
    if _confirmed(request.form.get(SAVE_ANYWAY, ""), words):
        g.save_anyway = request.form[SAVE_ANYWAY]  # carried on by a page that confirms once more
        return False
    g.distress_held = True
    g.save_anyway = _signer().dumps(words)
    return True


def _fingerprint(texts: tuple[str | None, ...]) -> str:
    """Who wrote which words where: the words themselves never go into the page's token."""
    said = json.dumps([current_user.partner.id, request.path, [text or "" for text in texts]])
    return hashlib.sha256(said.encode()).hexdigest()


def _confirmed(token: str, words: str) -> bool:
    try:
        return bool(token) and _signer().loads(token, max_age=SAVE_ANYWAY_SECONDS) == words
    except BadData:  # forged, mangled or too old
        return False


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="distress-save-anyway")


def help_lines(couple: Couple | None) -> list[safety.Resources]:
    """The couple's country's lines, or every country's when its time zone does not say."""
    found = safety.for_timezone(couple.timezone if couple is not None else None)
    return [found] if found is not None else list(safety.RESOURCES.values())
