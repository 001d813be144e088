"""The rules every form field of the site follows, whatever its form declares (SiteForm):
what a text may hold (models/text.py), how long it may be, and what a number field may be."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_wtf import FlaskForm
from wtforms import EmailField, Field, Form, HiddenField, IntegerField, PasswordField, StringField, TextAreaField
from wtforms.meta import DefaultMeta
from wtforms.validators import Length, StopValidation

from trust_tracker.models.text import has_control_characters, shows_nothing, without_hidden

# The largest id a database integer column holds (PostgreSQL's INTEGER): a larger
# number is no id of ours, and must not reach the database as an overflow.
MAX_ID = 2**31 - 1


def is_id(text: str) -> bool:
    """Whether `text` names a row: ASCII digits only ("١" and a full-width "１" are digits to Python's
    int(), never an id of ours: tester-web45 F6), no leading zero (as the page writes it), within a column."""
    return text.isascii() and text.isdecimal() and not text.startswith("0") and int(text) <= MAX_ID


def is_count(text: str, digits: int) -> bool:
    """Whether `text` is a whole number of at most `digits` ASCII digits (a revision, a counter)."""
    return text.isascii() and text.isdecimal() and len(text) <= digits


def at_most(limit: int) -> Length:
    return Length(max=limit, message=f"At most {limit} characters, please.")


CONTROL_MESSAGE = "Please retype this: it contains an invisible control character."
# A text field without a cap of its own (a hidden field, the log-in email) gets this one.
DEFAULT_MAX_LENGTH = 1000


def no_control_characters(*, long_text: bool) -> Callable[[Form, Field], None]:
    """The rule of models.text as a validator: a line break or a tab only in long text."""

    def validate(form: Form, field: Field) -> None:
        if isinstance(field.data, str) and has_control_characters(field.data, long_text=long_text):
            raise StopValidation(CONTROL_MESSAGE)

    return validate


def nothing_unseen(form: Form, field: Field) -> None:
    """Text with nothing visible in it (zero-width characters, blank letters) is no text: the
    field's own rules then see it empty ("Please enter your name"), an optional one saves "".
    Not for a password (kept as typed, judged by its own rules) nor a hidden field (the page's own)."""
    if isinstance(field.data, str) and shows_nothing(field.data):
        field.data = ""


def within_a_column(form: Form, field: Field) -> None:
    """A number no column of ours holds is no answer: the field's own range rule then says what
    is (NumberRange would fail with a 500 on a number too large for a float)."""
    if isinstance(field.data, int) and abs(field.data) > MAX_ID:
        field.data = None


def _visible_only(value: Any) -> Any:
    return without_hidden(value) if isinstance(value, str) else value


class TextRules(DefaultMeta):
    """Every form's Meta (see SiteForm): each text field refuses control characters, is empty
    when nothing in it shows, and has a length cap, whatever its form declares; a number
    field holds what a column can."""

    def bind_field(self, form: Form, unbound_field: Any, options: dict[str, Any]) -> Field:
        field = super().bind_field(form, unbound_field, options)
        if isinstance(field, IntegerField):
            field.validators = [within_a_column, *field.validators]
        if isinstance(field, StringField) and not isinstance(field, PasswordField | HiddenField | EmailField):
            field.filters = (*field.filters, _visible_only)  # passwords, tokens and emails stay as sent
        if isinstance(field, StringField):
            capped = any(isinstance(v, Length) for v in field.validators)
            blanked = [] if isinstance(field, PasswordField | HiddenField) else [nothing_unseen]
            field.validators = [
                no_control_characters(long_text=isinstance(field, TextAreaField)),
                *blanked,
                *field.validators,
                *([] if capped else [at_most(DEFAULT_MAX_LENGTH)]),
            ]
        return field


class SiteForm(FlaskForm):
    """The base of every form of the site (a test checks that none is missed)."""

    Meta = TextRules
