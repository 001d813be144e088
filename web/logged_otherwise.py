"""The site's side of "kept together" (models/logbook_chosen.py): the question asked before a keep or a miss that
contradicts the partner's entry of a shared promise today, and what a yes that no longer fits is told. Today's
taps and History's log form both ask it with this page; a yes posts the same form again with `confirmed_on`."""

from __future__ import annotations

from datetime import date

from flask import abort, render_template, request

from trust_tracker.models.entities import LogKind
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.localtime import local_today
from trust_tracker.models.logbook_chosen import NoLongerSo

from .auth import current_partner
from .config import now

# The day the question was answered yes for (ISO): the yes counts only on that day.
CONFIRMED_ON = "confirmed_on"
_ISO_DATE_LENGTH = 10


def confirmed_on() -> date | None:
    """The day a yes was given for, as posted; None before any question. Anything but a date: 400."""
    posted = request.form.get(CONFIRMED_ON, "")
    if not posted:
        return None
    try:
        if len(posted) != _ISO_DATE_LENGTH or not posted.isascii():
            raise ValueError(posted)
        return date.fromisoformat(posted)
    except ValueError:
        abort(400, description="That answer came without the day it was about. Go back and log it again.")


def ask(outcome: PartnerLoggedOtherwise, action: str, fields: tuple[str, ...], back: str) -> tuple[str, int]:
    """The page asking whether to log it all the same: nothing is written before its yes. `fields`: the names
    of the form's fields (its CSRF token's among them), copied as posted, so the yes sends exactly that."""
    wanted = LogKind.MISSED if outcome.held is LogKind.KEPT else LogKind.KEPT  # what was asked: the other way
    return render_template(
        "logged_otherwise.html",
        outcome=outcome,
        wanted=wanted.value,
        today=local_today(current_partner().couple, now()),
        action=action,
        fields={name: request.form.get(name, "") for name in fields},
        back=back,
    ), 200


def no_longer_words(outcome: NoLongerSo) -> str:
    """What a yes that came too late is told: nothing was logged, and why."""
    name = f"“{outcome.commitment.spoken_name}”"
    if outcome.day_turned:
        return f"Nothing logged: that question was about {name} on another day, not today. Log today's if you want to."
    return (
        f"Nothing logged: {outcome.name}'s entry for {name} changed since you were asked. "
        "Here is how it stands now; log it again if you still want to."
    )
