"""The security headers every response carries (set in web/__init__.py, after each request)."""

from __future__ import annotations


def content_security_policy(*form_targets: str) -> str:
    """No scripts, no third parties, no framing; forms post to this site, and to `form_targets`
    too (origins) where a page's form is answered by a redirect elsewhere: browsers apply
    form-action to the redirect as well."""
    form_action = " ".join(("'self'", *form_targets))
    return (
        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
        f"form-action {form_action}; base-uri 'none'; object-src 'none'"
    )


# A page's address (a join or reset link carries a secret) goes to no other site; the site
# itself gets it, which the CSRF check over HTTPS reads (web/csrf.py: the Origin header only
# when a browser sends no Referer at all).
SECURITY_HEADERS = {
    "Content-Security-Policy": content_security_policy(),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
