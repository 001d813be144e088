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
# itself gets it, which the CSRF check over HTTPS requires (Flask-WTF's WTF_CSRF_SSL_STRICT:
# with no Referer at all every form posted through the TLS proxy would be refused).
SECURITY_HEADERS = {
    "Content-Security-Policy": content_security_policy(),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
