"""History: the timeline (filtered, paged, acknowledged) with this week and streaks, and the charts."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response
from wtforms import DateField, SelectField
from wtforms.validators import Optional, ValidationError

from trust_tracker.models import charts, contracts, disputes, timeline, tracking
from trust_tracker.models.entities import ItemKind, LogKind, Partner
from trust_tracker.models.errors import DomainError
from trust_tracker.models.export import KIND_WORDS
from trust_tracker.models.kept_together import PartnerLoggedOtherwise
from trust_tracker.models.logbook_chosen import NoLongerSo, log_chosen

from . import charts_svg
from .auth import current_partner
from .config import now
from .db import get_session
from .distress import DISTRESS_STATUS, held_back
from .errors import status_for
from .filters import milestone_words
from .forms import HistoryFilter, LogForm
from .logged_otherwise import ask, confirmed_on, no_longer_words

bp = Blueprint("history", __name__, url_prefix="/history")

NO_ITEM = ""
# The log form's groups of items, by the kind of item an entry needs.
ITEM_GROUPS = {
    ItemKind.COMMITMENT: "Kept or missed: which commitment",
    ItemKind.BOUNDARY: "Boundary crossed: which boundary",
}
# When the contract holds nothing an entry could be about: what to do instead.
NOTHING_TO_CHOOSE = {
    ItemKind.COMMITMENT: "You have no commitments to log yet: they come from your contract once you both agree "
    "to it. For now you can log a moment of reliability, a small win or a hard day.",
    ItemKind.BOUNDARY: "Your contract has no boundaries yet, so none can be crossed. You can write what happened "
    "as a note to a moment, in your journal, or propose a boundary in your contract.",
}
# The log form shares the page with the filter: its fields are "log-kind" and so on.
LOG_PREFIX = "log"
# The charts page's calendars: the last 26 weeks, whole weeks from a Monday.
HEATMAP_WEEKS = 26
FILTER_ARGS = ("partner", "kind", "commitment", "start", "end")
# The log form's fields, copied into the question a contradiction of the partner's entry asks first.
LOG_FIELDS = ("csrf_token", "kind", "lineage_id", "note")


class TimelineFilter(HistoryFilter):
    """The history filter, plus a commitment and a range of dates."""

    commitment = SelectField(
        "Which commitment", choices={}, default="", invalid_choice_message="Choose a commitment from the list."
    )
    start = DateField("From", validators=[Optional()], invalid_value_message="Enter a date like 2026-11-01.")
    end = DateField("To", validators=[Optional()], invalid_value_message="Enter a date like 2026-11-30.")

    def validate_end(self, field: DateField) -> None:
        if field.data and self.start.data and field.data < self.start.data:
            raise ValidationError("The end date must not be before the start date.")


def _commitment_choices(couple_id: int) -> dict[str, str]:
    """Every commitment the couple ever had, so old entries can still be found."""
    names = contracts.item_names(get_session(), couple_id, kind=ItemKind.COMMITMENT)
    return {NO_ITEM: "Any"} | {str(lineage_id): name for lineage_id, name in names.items()}


def _item_choices(partner: Partner, *, anyones: bool = False) -> dict[str, list[tuple[str, str]]]:
    """What an entry can be about, grouped by the kinds of entry each suits: the
    commitments this partner may keep or miss (the domain's `loggable_commitments`), the
    active contract's boundaries, and nothing in particular for the rest. With `anyones`,
    the other partner's commitments too: a posted one then reaches the domain, which says
    whose it is instead of a bare "not in the list"."""
    session = get_session()
    version = contracts.active_version(session, partner.couple_id)
    loggable = {c.lineage_id for c in tracking.loggable_commitments(session, partner)}
    commitments = [
        (str(item.lineage_id), item.spoken_name)
        for item in (version.items_of(ItemKind.COMMITMENT) if version else [])
        if anyones or item.lineage_id in loggable
    ]
    boundaries = (
        [(str(item.lineage_id), item.spoken_name) for item in version.items_of(ItemKind.BOUNDARY)] if version else []
    )
    groups = {
        ITEM_GROUPS[ItemKind.COMMITMENT]: commitments,
        ITEM_GROUPS[ItemKind.BOUNDARY]: boundaries,
        "Anything else": [(NO_ITEM, "Nothing in particular")],
    }
    return {label: options for label, options in groups.items() if options}


def _filters_of(form: TimelineFilter) -> timeline.Filters:
    return timeline.Filters(
        partner_id=int(form.partner.data) if form.partner.data else None,
        kind=LogKind(form.kind.data) if form.kind.data else None,
        lineage_id=int(form.commitment.data) if form.commitment.data else None,
        start=form.start.data,
        end=form.end.data,
    )


def _page(filters: TimelineFilter, log_form: LogForm, status: int) -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    couple = partner.couple
    filters.partner.choices = {"": "Both of you"} | {str(p.id): p.name for p in couple.partners}
    filters.commitment.choices = _commitment_choices(partner.couple_id)
    log_form.lineage_id.choices = _item_choices(partner)
    page = timeline.Page([], 1, False)
    if filters.validate():
        try:
            page = timeline.timeline(session, partner.couple_id, _filters_of(filters), filters.page.data or 1)
        except DomainError as e:
            filters.form_errors.append(str(e))
            status = 400
    else:
        status = 400
    args = {name: request.args.get(name) or None for name in FILTER_ARGS} if not filters.errors else {}
    clock = now()
    return render_template(
        "history/index.html",
        filters=filters,
        log_form=log_form,
        entries=page.entries,
        has_more=page.has_more,
        page=page.number,
        args=args,
        filtered=any(args.values()),
        names=contracts.item_names(get_session(), partner.couple_id),
        summary=tracking.week_summary(session, partner, clock),
        streaks=tracking.current_streaks(session, partner, clock),
        removed=disputes.undoable(session, partner, clock),
        viewer=partner,
        couple=couple,
        kinds=list(LogKind),
    ), status


@bp.get("/")
def index() -> tuple[str, int]:
    return _page(TimelineFilter(request.args), LogForm(prefix=LOG_PREFIX), 200)


@bp.get("/log")
def log_page() -> Response:
    """Where a refused log form was answered (reloading it, or going back to it): the page itself, not a 405."""
    return redirect(url_for(".index"))


@bp.post("/log")
def log() -> tuple[str, int] | Response:
    form = LogForm(prefix=LOG_PREFIX)
    form.lineage_id.choices = _item_choices(current_partner(), anyones=True)
    if not form.validate():
        return _page(TimelineFilter(MultiDict()), form, 422)
    # A deliberate "anyway" is used up only once its words are saved, below: a question may come first.
    if held_back(form.note.data, saves=False):
        return _page(TimelineFilter(MultiDict()), form, DISTRESS_STATUS)
    needed = tracking.ITEM_KIND_FOR.get(LogKind(form.kind.data))
    if needed and not form.lineage_id.data and ITEM_GROUPS[needed] not in _item_choices(current_partner()):
        form.form_errors.append(NOTHING_TO_CHOOSE[needed])
        return _page(TimelineFilter(MultiDict()), form, 422)
    try:
        logged = log_chosen(
            get_session(),
            current_partner(),
            LogKind(form.kind.data),
            form.note.data or "",
            lineage_id=int(form.lineage_id.data) if form.lineage_id.data else None,
            confirmed_on=confirmed_on(),
            now=now(),
        )
    except DomainError as e:
        if _replayed(form.note.data):
            return _page(TimelineFilter(MultiDict()), form, DISTRESS_STATUS)
        form.form_errors.append(str(e))
        return _page(TimelineFilter(MultiDict()), form, status_for(e))
    if isinstance(logged, PartnerLoggedOtherwise):  # the partner logged it the other way today: asked first
        return ask(logged, url_for(".log"), tuple(f"{LOG_PREFIX}-{n}" for n in LOG_FIELDS), url_for(".index"))
    if isinstance(logged, NoLongerSo):
        flash(no_longer_words(logged), "info")
        return redirect(url_for(".index"))
    if _replayed(form.note.data):
        return _page(TimelineFilter(MultiDict()), form, DISTRESS_STATUS)
    what = KIND_WORDS[logged.entry.kind].lower()
    if logged.commitment_name is not None:
        what += f": “{logged.commitment_name}”"
    flash(f"Logged: {what}.", "success")
    for milestone in logged.milestones:
        flash(f"Worth celebrating: {milestone_words(milestone)}", "success")
    return redirect(url_for(".index"))


def _replayed(note: str | None) -> bool:
    """Spends a deliberate "anyway" once its words were saved or refused (a question keeps it for the yes): one
    spent before is a replay, held back again with the help shown (a 422: whatever was written rolls back)."""
    return bool(g.get("save_anyway")) and held_back(note)


@bp.post("/entries/<id:entry_id>/acknowledge")
def acknowledge(entry_id: int) -> Response:
    timeline.acknowledge(get_session(), current_partner(), entry_id, now=now())
    flash("Thank you sent: your partner will see that you noticed.", "success")
    return redirect(url_for(".index", _anchor=f"entry-{entry_id}"))


@bp.post("/entries/<id:entry_id>/remove")
def remove(entry_id: int) -> Response:
    # Another couple's entry is a 404, the partner's a 403 (web/errors.py), nothing changed.
    disputes.remove_entry(get_session(), current_partner(), entry_id, now=now())
    flash(f"Removed. You can bring it back for {disputes.UNDO_MINUTES} minutes.", "success")
    return redirect(url_for(".index", _anchor="removed-title"))


@bp.post("/removed/<id:removal_id>/undo")
def undo_removal(removal_id: int) -> Response:
    entry = disputes.undo_removal(get_session(), current_partner(), removal_id, now=now())
    flash("Brought back, exactly as it was.", "success")
    return redirect(url_for(".index", _anchor=f"entry-{entry.id}"))


@bp.post("/entries/<id:entry_id>/not-me")
def not_me(entry_id: int) -> Response:
    disputes.dispute(get_session(), current_partner(), entry_id, now=now())
    flash("Marked “not me”: it no longer counts anywhere, and both of you see it as disputed.", "success")
    return redirect(url_for(".index", _anchor=f"entry-{entry_id}"))


@bp.get("/charts")
def charts_page() -> str:
    partner = current_partner()
    shown = charts.overview(get_session(), partner.couple_id, HEATMAP_WEEKS, now())
    return render_template(
        "history/charts.html",
        heatmaps=shown.heatmaps,
        stats={s.lineage_id: s for s in shown.stats},
        weeks=shown.weeks,
        months=shown.months,
        milestones=shown.milestones,
        svg=charts_svg,
        viewer=partner,
    )
