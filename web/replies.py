"""After a form has done its work: say what happened on the next page, and go there
(post, redirect, get: reloading that page never sends the form again)."""

from __future__ import annotations

from flask import flash, redirect, url_for
from werkzeug.wrappers import Response as BaseResponse


def done(message: str, to: str = ".index", category: str = "success") -> BaseResponse:
    """Show `message` once on the page of endpoint `to` (by default the blueprint's own index)."""
    flash(message, category)
    return redirect(url_for(to))
