"""The weekly check-in on the site: answering this week's questions, editing them, past weeks."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response
from wtforms import HiddenField, TextAreaField

from trust_tracker.models import checkin_questions, checkin_views, checkins
from trust_tracker.models.entities import Partner, Source
from trust_tracker.models.errors import DomainError, ValidationError
from trust_tracker.models.localtime import local_today, week_start
from trust_tracker.models.steering_words import typed_control

from .auth import current_partner
from .config import now
from .db import get_session
from .distress import DISTRESS_STATUS, held_back
from .errors import status_for
from .field_rules import is_count
from .filters import WEEKDAYS, day
from .forms import SiteForm, at_most

bp = Blueprint("checkins", __name__, url_prefix="/checkins")

PAST_WEEKS = 12  # how many past check-ins the page shows


class AnswersForm(SiteForm):
    """One text area per question of this week's check-in, named by its position, and a
    fingerprint of the questions the page showed (`asked`)."""

    asked = HiddenField()

    def answer_fields(self) -> list[Any]:
        return [f for f in self if f.name.startswith("answer_")]


# A typed "skip", "undo that" or "stop" (models/steering_words.py typed_control).
STEERING_MESSAGE = (
    "not an answer, so it was not saved: this box is left empty. "
    "Write your answer here, or leave it empty and come back to it later."
)


def fingerprint(rows: list[checkins.AnsweredQuestion]) -> str:
    """Which questions a page showed: when they change before the form comes back (this
    week's questions were edited before anyone answered), its answers are not saved."""
    wording = json.dumps([row.question for row in rows], ensure_ascii=False)
    return hashlib.sha256(wording.encode()).hexdigest()[:16]


def _answerable(rows: list[checkins.AnsweredQuestion]) -> list[checkins.AnsweredQuestion]:
    return [row for row in rows if row.asked]


def _answers_form(rows: list[checkins.AnsweredQuestion], mine: dict[int, str], *, filled: bool) -> AnswersForm:
    class Form(AnswersForm):
        pass

    rows = _answerable(rows)
    for row in rows:
        setattr(
            Form,
            f"answer_{row.position}",
            TextAreaField(
                row.question,
                validators=[at_most(checkins.MAX_ANSWER)],
                default=mine.get(row.position, ""),
            ),
        )
    form = Form() if filled else Form(formdata=None)
    if not filled:
        form.asked.data = fingerprint(rows)
    return form


class QuestionsForm(SiteForm):
    def question_fields(self) -> list[Any]:
        return [f for f in self if f.name.startswith("question_")]


def _questions_form(current: list[str], *, filled: bool) -> QuestionsForm:
    class Form(QuestionsForm):
        pass

    for i in range(checkins.MAX_QUESTIONS):
        setattr(
            Form,
            f"question_{i}",
            # A box that wraps: a long question reads whole on a phone (tester-web45 F6); line breaks
            # typed in it become spaces (checkins.clean_questions).
            TextAreaField(
                f"Question {i + 1}",
                validators=[at_most(checkins.MAX_QUESTION)],
                default=current[i] if i < len(current) else "",
                render_kw={"rows": 2},
            ),
        )
    return Form() if filled else Form(formdata=None)


def _weeks() -> tuple[date, date]:
    """This week's Monday and last week's, in the couple's time zone."""
    this = week_start(local_today(current_partner().couple, now()))
    return this, this - timedelta(days=7)


def _page(form: AnswersForm, status: int = 200) -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    couple = partner.couple
    this, last = _weeks()
    last_answers = checkin_views.answers_for(session, partner, last)
    return render_template(
        "checkins/index.html",
        form=form,
        viewer=partner,
        partners=_viewer_first(partner),
        this_week=this,
        last_week=last,
        # A couple that did not exist yet last week has no "last week" to compare with.
        had_last_week=any(row.answers for row in last_answers.rows)
        or last >= week_start(local_today(couple, couple.created_at)),
        this_week_answers=checkin_views.answers_for(session, partner, this),
        last_week_answers=last_answers,
        weekdays=WEEKDAYS,
        schedule=checkins.checkin_status(session, couple, now()),
        progress=checkins.checkin_progress(session, couple, now()),
        next_week_changes=_next_week_changes(),
        next_monday=this + timedelta(days=7),
    ), status


def _next_week_changes() -> bool:
    """The couple's questions were edited after this week's check-in was answered: they
    apply from next week, and the page says so."""
    session, partner = get_session(), current_partner()
    return checkins.questions(session, partner.couple_id, now()) != checkins.couple_questions(
        session, partner.couple_id
    )


def _viewer_first(partner: Partner) -> list[Partner]:
    return sorted(partner.couple.partners, key=lambda p: p.id != partner.id)


def _my_answers(rows: list[checkins.AnsweredQuestion], partner_id: int) -> dict[int, str]:
    return {row.position: row.answers[partner_id].answer for row in _answerable(rows) if partner_id in row.answers}


@bp.get("/")
def index() -> tuple[str, int]:
    partner = current_partner()
    rows = checkins.checkin_answers(get_session(), partner.couple_id, _weeks()[0])
    return _page(_answers_form(rows, _my_answers(rows, partner.id), filled=False))


@bp.post("/")
def answer() -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    rows = checkins.checkin_answers(session, partner.couple_id, _weeks()[0])
    mine = _my_answers(rows, partner.id)
    form = _answers_form(rows, mine, filled=True)
    if not form.validate():
        return _page(form, 422)
    if form.asked.data and form.asked.data != fingerprint(_answerable(rows)):
        # Edited meanwhile (nobody had answered yet): what was typed stays in the boxes
        # that still exist, and nothing is saved under a question it was not written for.
        form.form_errors.append(
            "This week's questions were changed while you were writing. Nothing was saved: "
            "check your answers against the questions below and save again."
        )
        form.asked.data = fingerprint(_answerable(rows))
        return _page(form, 409)
    given = {int(f.name.removeprefix("answer_")): (f.data or "").strip() for f in form.answer_fields()}
    if held_back(*given.values()):
        return _page(form, DISTRESS_STATUS)
    steered = {
        f.name: typed_control(f.data) for f in form.answer_fields() if given[int(f.name.removeprefix("answer_"))]
    }
    for field in form.answer_fields():  # never saved as an answer, as the skill hears them
        if steered.get(field.name) == "filler":  # "um", "let me think"
            field.errors = [*field.errors, "That is not an answer yet: write a few words, or leave the box empty."]
        elif steered.get(field.name):  # "skip", "undo that", "stop": this box is left empty
            field.errors = [*field.errors, f'"{field.data.strip()}" is {STEERING_MESSAGE}']
            field.data = ""
    if any(steered.values()):
        return _page(form, 422)
    if not any(given.values()):
        form.form_errors.append("Write an answer to at least one question, or come back later.")
        return _page(form, 422)
    wording = {row.position: row.question for row in _answerable(rows)}
    try:
        saved = checkins.save_answers(
            session,
            partner,
            {position: (wording[position], text) for position, text in given.items()},
            source=Source.WEB,
            now=now(),
        )
    except DomainError as e:  # the request's transaction is rolled back: nothing half-saved
        form.form_errors.append(str(e))
        return _page(form, status_for(e))
    if not saved.saved:
        flash("Nothing new to save: your answers are as they were.", "info")
    elif saved.completed:
        flash("Saved. You have both answered every question: this week's check-in is complete.", "success")
    elif saved.all_mine:
        flash("Saved. You have answered every question this week.", "success")
    else:
        flash(
            f"Saved {saved.saved} answer{'s' if saved.saved != 1 else ''}. "
            "The rest can wait: come back to them any time this week.",
            "success",
        )
    return redirect(url_for(".index"))


class ReplyForm(SiteForm):
    reply = TextAreaField(
        "What you would change",
        validators=[at_most(checkin_questions.MAX_REPLY)],
        description="A few words for your partner: they can revise the questions, or you can.",
    )


def _questions_page(form: QuestionsForm, reply: ReplyForm, status: int = 200, problem: str = "") -> tuple[str, int]:
    session, partner = get_session(), current_partner()
    this, _ = _weeks()
    proposal = checkin_questions.waiting_proposal(session, partner.couple_id)
    return render_template(
        "checkins/questions.html",
        form=form,
        reply_form=reply,
        viewer=partner,
        names={p.id: p.name for p in partner.couple.partners},
        alone=len(partner.couple.partners) < 2,
        current=checkins.couple_questions(session, partner.couple_id),
        proposal=proposal,
        stamp=checkin_questions.stamp(proposal),
        problem=problem,  # why agreeing did not work, beside the button
        next_monday=this + timedelta(days=7),
        frozen=checkins.questions_frozen(session, partner.couple, now()),
    ), status


@bp.get("/questions")
def questions() -> tuple[str, int]:
    """The questions in use and, while one waits, the proposal to change them."""
    return _questions_page(_questions_form(_start(), filled=False), ReplyForm(formdata=None))


def _start() -> list[str]:
    """What the questions form starts from: the waiting proposal, or the questions in use."""
    session, partner = get_session(), current_partner()
    proposal = checkin_questions.waiting_proposal(session, partner.couple_id)
    return list(proposal.questions) if proposal else checkins.couple_questions(session, partner.couple_id)


@bp.post("/questions")
def propose_questions() -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    form = _questions_form([], filled=True)
    if not form.validate():
        return _questions_page(form, ReplyForm(formdata=None), 422)
    texts = [f.data for f in form.question_fields() if (f.data or "").strip()]
    try:
        proposed = checkin_questions.propose_questions(
            session, partner, texts, now(), seen=request.form.get("seen", "")
        )
    except DomainError as e:  # the questions come back as typed
        form.form_errors.append(str(e))
        return _questions_page(form, ReplyForm(formdata=None), status_for(e))
    if proposed.applied is not None:
        flash(_saved_message(proposed.applied), "success")
        return redirect(url_for(".index"))
    flash(
        "You revised the proposed questions. Your partner agrees to them before they are used."
        if proposed.revised
        else "You proposed new questions. Until your partner agrees, the check-in keeps the questions it has.",
        "success",
    )
    return redirect(url_for(".questions"))


def _saved_message(edit: checkins.QuestionsEdit) -> str:
    this, _ = _weeks()
    count = f"{len(edit.questions)} question{'s' if len(edit.questions) != 1 else ''}"
    if edit.this_week:
        return f"Saved: your check-in now has {count}, this week's included."
    return (
        f"Saved: from next week ({day(this + timedelta(days=7))}) your check-in has {count}. "
        "This week's check-in has already been answered, so it keeps its questions."
    )


def _revision() -> int:
    """The revision of the proposed questions the page showed (a hidden field)."""
    value = request.form.get("revision", "")
    if not is_count(value, 9):
        raise ValidationError("Those proposed questions are not the ones waiting: please read them again.")
    return int(value)


@bp.post("/questions/<id:proposal_id>/agree")
def agree_questions(proposal_id: int) -> tuple[str, int] | Response:
    session, partner = get_session(), current_partner()
    try:
        edit = checkin_questions.agree_questions(session, partner, proposal_id, _revision(), now())
    except DomainError as e:  # changed, agreed or withdrawn meanwhile: said beside the button
        form = _questions_form(_start(), filled=False)
        return _questions_page(form, ReplyForm(formdata=None), status_for(e), problem=str(e))
    flash(_saved_message(edit), "success")
    return redirect(url_for(".index"))


@bp.post("/questions/<id:proposal_id>/reply")
def reply_to_questions(proposal_id: int) -> tuple[str, int] | Response:
    form = ReplyForm()
    if not form.validate():
        return _questions_page(_questions_form(_start(), filled=False), form, 422)
    try:
        checkin_questions.ask_for_changes(
            get_session(), current_partner(), proposal_id, _revision(), form.reply.data or ""
        )
    except DomainError as e:  # what was typed stays in the box
        form.reply.errors = [*form.reply.errors, str(e)]
        return _questions_page(_questions_form(_start(), filled=False), form, status_for(e))
    flash("Sent: your partner sees what you would change.", "success")
    return redirect(url_for(".questions"))


@bp.post("/questions/<id:proposal_id>/withdraw")
def withdraw_questions(proposal_id: int) -> Response:
    checkin_questions.withdraw_questions(get_session(), current_partner(), proposal_id)
    flash("You withdrew the proposed questions. The check-in keeps the questions it has.", "success")
    return redirect(url_for(".questions"))


@bp.get("/past")
def past() -> str:
    session, partner = get_session(), current_partner()
    weeks = [
        (checkin, checkin_views.answers_for(session, partner, checkin.week_start))
        for checkin in checkin_views.past_checkins(session, partner.couple_id, PAST_WEEKS)
    ]
    return render_template(
        "checkins/past.html", weeks=weeks, viewer=partner, partners=_viewer_first(partner), limit=PAST_WEEKS
    )
