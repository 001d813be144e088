"""Forged forms: Flask-WTF's token on every form, and over HTTPS its same-origin check, where
the Origin header stands in for a Referer the browser did not send."""

from __future__ import annotations

from flask import g, request
from flask_wtf.csrf import CSRFProtect, same_origin

# Flask-WTF's own reasons, word for word, so that errors.py answers them alike wherever raised.
REFERRER_MISSING = "The referrer header is missing."
REFERRER_FOREIGN = "The referrer does not match the host."


class SameOriginCSRF(CSRFProtect):
    """Flask-WTF's WTF_CSRF_SSL_STRICT refuses every form posted over HTTPS without a Referer,
    which some browsers never send (referrers turned off, privacy extensions, some proxies),
    so those people could never log in. Current browsers send Origin with a form's POST: this
    check reads the Referer when there is one, else the Origin, and refuses another site's as
    before. The app turns Flask-WTF's own check off (web/config.py) for this one."""

    def protect(self, apply_exemptions: bool = False) -> None:
        super().protect(apply_exemptions)
        if not g.get("csrf_valid") or not request.is_secure:
            return  # exempt, a method that changes nothing, or plain HTTP (development)
        origin = request.headers.get("Origin")
        source = request.referrer or (origin if origin != "null" else None)
        if not source:
            self._error_response(REFERRER_MISSING)
        if not same_origin(source, f"https://{request.host}/"):
            self._error_response(REFERRER_FOREIGN)
