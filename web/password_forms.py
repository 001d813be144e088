"""Forms for forgetting, resetting and changing a password."""

from __future__ import annotations

from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length

from trust_tracker.models import accounts, passwords

from .forms import NEW_PASSWORD_HINT, SiteForm, domain_rule


def _current_password() -> PasswordField:
    return PasswordField(
        "Current password",
        validators=[
            InputRequired("Please enter your current password."),
            Length(max=passwords.MAX_PASSWORD_LENGTH, message="That is longer than any password here."),
        ],
    )


def _new_password() -> PasswordField:
    low, high = passwords.MIN_PASSWORD_LENGTH, passwords.MAX_PASSWORD_LENGTH
    return PasswordField(
        "New password",
        validators=[
            InputRequired("Please choose a new password."),
            Length(min=low, max=high, message=f"Passwords need {low} to {high} characters."),
            # The rest of the rule (patterns, the person's own name and email) is the domain call's.
        ],
        description=NEW_PASSWORD_HINT,
    )


def _repeat() -> PasswordField:
    return PasswordField(
        "New password again",
        validators=[
            InputRequired("Please type the new password again."),
            EqualTo("new", "The two new passwords differ."),
        ],
    )


class ForgotForm(SiteForm):
    email = EmailField(
        "Email",
        validators=[
            DataRequired("Please enter your email address."),
            domain_rule(accounts.normalise_email),
        ],
    )


class ResetForm(SiteForm):
    new = _new_password()
    repeat = _repeat()


class ChangePasswordForm(SiteForm):
    current = _current_password()
    new = _new_password()
    repeat = _repeat()
