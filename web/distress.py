"""Words the partner will read are read for distress first (DESIGN.md, "Safety comes
first"), with the detector the skill uses: when they speak of danger, abuse, fear of the
partner, self-harm or crisis, nothing is saved or shared, the form keeps what was typed,
and the page shows the help lines for the couple's country (templates/_distress.html).

Typed words are deliberate, so the page that held them back also offers a second, explicit
submit (templates/_save_anyway.html): its button carries a token signed with the site's key
for exactly the words held back, by this partner, on this page, for an hour. Sent with the
same words, it lets them through, once (models/used_tokens.py): a first submit, a changed
word, another partner's or another page's token, an old one or one already used is held back
again, with the help shown again."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app, g, request
from flask_login import current_user
from itsdangerous import BadData, URLSafeTimedSerializer

from trust_tracker.models import safety, used_tokens
from trust_tracker.models.entities import Couple
from trust_tracker.skill.distress import is_distress
from trust_tracker.skill.threat_over_promise import threat_over_a_promise, threats_in

from .db import get_session

DISTRESS_STATUS = 422  # nothing was saved: the form comes back as typed
# The second submit's button: its value is the token for the words held back.
SAVE_ANYWAY = "save_anyway"
SAVE_ANYWAY_SECONDS = 3600  # after this, the help is shown again and a fresh button offered


def spoken_of(*texts: str | None) -> bool:
    """True when any of these texts speaks of distress, or threatens to kill over one of the couple's promises
    (skill/threat_over_promise.py, as said by voice)."""
    if any(text and is_distress(text) for text in texts):
        return True
    threats = threats_in([text for text in texts if text])
    return bool(threats) and threat_over_a_promise(get_session(), current_user.partner.couple_id, threats)


def held_back(*texts: str | None, saves: bool = True) -> bool:
    """True, and this page shows the help lines and the "anyway" button, when text meant for
    the partner speaks of distress and this is not the deliberate second submit of exactly
    these words with a token never used before: the caller then saves nothing and shows the
    form again as typed. `saves=False`: this request only shows what a later one will save
    (the journal's confirmation page), so the token is not used up yet."""
    if not spoken_of(*texts):
        return False
    words = _fingerprint(texts)
    if _confirmed(request.form.get(SAVE_ANYWAY, ""), words, saves):
        g.save_anyway = request.form[SAVE_ANYWAY]  # carried on by a page that confirms once more
        return False
    g.distress_held = True
    # A random id in each token, so that each is used once however alike their words.
    g.save_anyway = _signer().dumps([words, secrets.token_urlsafe(16)])
    return True


def _fingerprint(texts: tuple[str | None, ...]) -> str:
    """Who wrote which words where: the words themselves never go into the page's token."""
    said = json.dumps([current_user.partner.id, request.path, [text or "" for text in texts]])
    return hashlib.sha256(said.encode()).hexdigest()


def _confirmed(token: str, words: str, saves: bool) -> bool:
    """The token is genuine, recent, for these words and, when this request saves them, not
    used before (and from now on used, unless this request's transaction rolls back)."""
    if not token:
        return False
    try:
        (signed_words, token_id), signed_at = _signer().loads(token, max_age=SAVE_ANYWAY_SECONDS, return_timestamp=True)
    except (BadData, TypeError, ValueError):  # forged, mangled, too old, or of another shape
        return False
    if signed_words != words:
        return False
    if not saves:
        return True
    expires = signed_at + timedelta(seconds=SAVE_ANYWAY_SECONDS)
    # The signature's own clock (the real one), so the row lives exactly as long as the token.
    now = datetime.now(UTC)
    return used_tokens.use_once(get_session(), f"save-anyway:{token_id}", expires, now)


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="distress-save-anyway")


def help_lines(couple: Couple | None) -> list[safety.Resources]:
    """The couple's country's lines, or every country's when its time zone does not say."""
    found = safety.for_timezone(couple.timezone if couple is not None else None)
    return [found] if found is not None else list(safety.RESOURCES.values())
