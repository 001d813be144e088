"""Settings: the couple's time zone and check-in slot, linking an Alexa device, and the linked ones."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from trust_tracker.models import oauth, settings, speakers, voice
from trust_tracker.models.errors import DomainError

from .auth import current_partner
from .config import now
from .db import get_session
from .errors import status_for
from .filters import WEEKDAYS, zone_label
from .forms import ScheduleForm

bp = Blueprint("settings", __name__, url_prefix="/settings")


def _page(form: ScheduleForm, status: int = 200, code: str | None = None) -> tuple[str, int]:
    session, couple_id = get_session(), current_partner().couple_id
    links, grants = speakers.links(session, couple_id), oauth.live_grants(session, couple_id)
    return render_template("settings/index.html", form=form, code=code, alexa_links=links, grants=grants), status


def _current_schedule() -> ScheduleForm:
    couple = current_partner().couple
    return ScheduleForm(
        formdata=None,
        timezone=couple.timezone,
        weekday=str(couple.checkin_weekday),
        checkin_time=couple.checkin_time,
    )


@bp.route("/", methods=["GET", "POST"])
def index() -> tuple[str, int] | Response:
    if request.method == "GET":
        return _page(_current_schedule())
    form = ScheduleForm(timezone=current_partner().couple.timezone)  # the zone saved stays accepted
    if not form.validate():
        return _page(form, 422)
    try:
        couple = settings.update_schedule(
            get_session(),
            current_partner(),
            timezone=form.timezone.data,
            weekday=int(form.weekday.data),
            checkin_time=form.checkin_time.data,
        )
    except DomainError as e:
        form.form_errors.append(str(e))
        return _page(form, status_for(e))
    flash(
        f"Saved: your weekly check-in is on {WEEKDAYS[couple.checkin_weekday]} at "
        f"{couple.checkin_time:%H:%M} ({zone_label(couple.timezone)}).",
        "success",
    )
    return redirect(url_for(".index"))


@bp.post("/pairing-code")
def pairing_code() -> tuple[str, int]:
    # Shown once, never stored in the page's URL or the session: it is a ten-minute secret.
    code = voice.issue_pairing_code(get_session(), current_partner(), now=now())
    return _page(_current_schedule(), code=code)


@bp.post("/alexa/<id:link_id>/unlink")
def unlink_alexa(link_id: int) -> Response:
    """Either partner may unlink any of the couple's Alexa accounts and voices (NotFound: 404)."""
    link = speakers.unlink(get_session(), current_partner(), link_id, now=now())
    what = "That voice" if link.person_id else "That Alexa account"
    flash(
        f"{what} is unlinked: it can no longer log anything as either of you until it is linked again. "
        "Your other devices and voices stay linked.",
        "success",
    )
    return redirect(url_for(".index"))


@bp.post("/alexa-grants/<id:token_id>/unlink")
def unlink_grant(token_id: int) -> Response:
    """Either partner may end any of the couple's account links made in the Alexa app (NotFound: 404)."""
    speakers.end_grant(get_session(), current_partner(), token_id, now=now())
    flash(
        "That account link is ended, and every device and voice linked to the same person: "
        "Alexa can no longer log anything as them until they link again.",
        "success",
    )
    return redirect(url_for(".index"))
