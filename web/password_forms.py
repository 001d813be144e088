"""Forms for forgetting, resetting and changing a password."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, Field, Form, PasswordField
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length, StopValidation

from trust_tracker.models import accounts

from .forms import domain_rule


def no_control_characters(form: Form, field: Field) -> None:
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in field.data or ""):
        raise StopValidation("Please use only printable characters.")


def _current_password() -> PasswordField:
    return PasswordField(
        "Current password",
        validators=[
            InputRequired("Please enter your current password."),
            Length(max=accounts.MAX_PASSWORD_LENGTH, message="That is longer than any password here."),
        ],
    )


def _new_password() -> PasswordField:
    low, high = accounts.MIN_PASSWORD_LENGTH, accounts.MAX_PASSWORD_LENGTH
    return PasswordField(
        "New password",
        validators=[
            InputRequired("Please choose a new password."),
            Length(min=low, max=high, message=f"Passwords need {low} to {high} characters."),
            no_control_characters,
            domain_rule(accounts.check_password),
        ],
        description=f"At least {low} characters, and not a common password. A short sentence is easy to remember.",
    )


def _repeat() -> PasswordField:
    return PasswordField(
        "New password again",
        validators=[
            InputRequired("Please type the new password again."),
            EqualTo("new", "The two new passwords differ."),
        ],
    )


class ForgotForm(FlaskForm):
    email = EmailField(
        "Email",
        validators=[
            DataRequired("Please enter your email address."),
            no_control_characters,
            domain_rule(accounts.normalise_email),
        ],
    )


class ResetForm(FlaskForm):
    new = _new_password()
    repeat = _repeat()


class ChangePasswordForm(FlaskForm):
    current = _current_password()
    new = _new_password()
    repeat = _repeat()
