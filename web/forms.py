"""The site's forms. They check shape (required, length, choice, number, time); the
domain checks meaning, and its rules are reused here where a field-level message helps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wtforms import (
    BooleanField,
    EmailField,
    Field,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, StopValidation
from wtforms.widgets import CheckboxInput, ListWidget

from trust_tracker.models import accounts, contracts, passwords, tracking
from trust_tracker.models.entities import Cadence, ItemKind, LogKind
from trust_tracker.models.errors import ValidationError
from trust_tracker.models.export import KIND_WORDS

from .field_rules import CONTROL_MESSAGE as CONTROL_MESSAGE  # what the tests and pages quote
from .field_rules import MAX_ID as MAX_ID
from .field_rules import SiteForm as SiteForm
from .field_rules import TextRules as TextRules
from .field_rules import at_most as at_most
from .field_rules import is_id
from .filters import WEEKDAYS
from .timezones import TimezoneField

# WTForms' shorthand: {value: label}, or {group: {value: label}} for <optgroup>s.
Choices = dict[str, str]


def domain_rule(check: Callable[[Any], Any]) -> Callable[[Form, Field], None]:
    """A WTForms validator from a domain check, so its message shows beside the field."""

    def validate(form: Form, field: Field) -> None:
        try:
            check(field.data)
        except ValidationError as e:
            raise StopValidation(str(e)) from None

    return validate


def _timezone_field(label: str, *, browser_default: bool = False) -> TimezoneField:
    """`browser_default`: the page's script (static/timezone.js) selects the browser's own zone."""
    return TimezoneField(
        label,
        description="Used for “today”, “this week” and the check-in time.",
        render_kw={"data-browser-zone": True} if browser_default else None,
    )


def _name_field() -> StringField:
    return StringField(
        "Your name",
        validators=[
            DataRequired("Please enter your name."),
            Length(
                max=accounts.MAX_NAME_LENGTH, message=f"Names can be at most {accounts.MAX_NAME_LENGTH} characters."
            ),
        ],
    )


def _email_field() -> EmailField:
    return EmailField(
        "Email",
        validators=[DataRequired("Please enter your email address."), domain_rule(accounts.normalise_email)],
    )


# What every new-password field says of the rule (models/passwords.py).
NEW_PASSWORD_HINT = (
    f"At least {passwords.MIN_PASSWORD_LENGTH} characters. Not a common password, your name or your email; "
    "not a word with a year or digits (Summer2025!) nor a pattern like 1234567890 or abababab. "
    "A short sentence of your own is easy to remember and hard to guess."
)


def _new_password_field() -> PasswordField:
    low, high = passwords.MIN_PASSWORD_LENGTH, passwords.MAX_PASSWORD_LENGTH
    return PasswordField(
        "Password",
        validators=[
            InputRequired("Please choose a password."),
            Length(min=low, max=high, message=f"Passwords need {low} to {high} characters."),
        ],
        description=NEW_PASSWORD_HINT,
    )


class SignUpForm(SiteForm):
    name = _name_field()
    email = _email_field()
    password = _new_password_field()
    timezone = _timezone_field("Your time zone", browser_default=True)


class JoinForm(SiteForm):
    name = _name_field()
    email = _email_field()
    password = _new_password_field()


class LoginForm(SiteForm):
    email = EmailField("Email", validators=[DataRequired("Please enter your email address.")])
    password = PasswordField("Password", validators=[InputRequired("Please enter your password.")])
    # Where to go back to: Alexa's account-linking page carries a state of several hundred characters.
    next = HiddenField(validators=[at_most(4096)])


# --- contract ---------------------------------------------------------------

ITEM_KINDS: Choices = {
    ItemKind.COMMITMENT.value: "Commitment",
    ItemKind.BOUNDARY.value: "Boundary",
    ItemKind.EXAMPLE.value: "Example of reliable behaviour",
}
CADENCES: Choices = {
    Cadence.DAILY.value: "Every day",
    Cadence.WEEKDAYS.value: "On chosen days of the week",
    Cadence.WEEKLY.value: "A number of times a week",
}
WEEKDAY_CHOICES: Choices = {str(i): name for i, name in enumerate(WEEKDAYS)}
BOTH = ""  # the owner value for "both of you"
ITEM_TEXT_IN_MESSAGE = 40  # an item named in an error message: its text, this long at most


class ItemForm(Form):
    """One line of the contract. Nested in ContractForm, whose CSRF token covers it."""

    Meta = TextRules  # a nested form has a Meta of its own

    lineage_id = HiddenField()
    kind = SelectField(
        "Kind",
        choices=ITEM_KINDS,
        default=ItemKind.COMMITMENT.value,
        invalid_choice_message="Please choose a kind of item.",
    )
    text = TextAreaField("What exactly", validators=[at_most(contracts.MAX_ITEM_TEXT)])
    short_name = StringField(
        "Short name",
        validators=[at_most(contracts.MAX_SHORT_NAME)],
        description="What you would say to Alexa, e.g. “call when late”.",
    )
    owner = SelectField(
        "Whose commitment", choices={}, default=BOTH, invalid_choice_message="Please choose whose commitment this is."
    )
    cadence = SelectField(
        "How often", choices=CADENCES, default=Cadence.DAILY.value, invalid_choice_message="Please choose how often."
    )
    weekdays = SelectMultipleField(
        "Days of the week",
        choices=WEEKDAY_CHOICES,
        invalid_choice_message="Please choose days from the list.",
        option_widget=CheckboxInput(),
        widget=ListWidget(prefix_label=False),
        description="For “on chosen days of the week”.",
    )
    times_per_week = IntegerField(
        "Times a week",
        description="For “a number of times a week”.",
        validators=[Optional(), NumberRange(1, 7, "Between 1 and 7 times a week.")],
        render_kw={"min": 1, "max": 7, "inputmode": "numeric"},
    )
    due_time = TimeField("Due by", validators=[Optional()], invalid_value_message="Please enter a time like 21:00.")
    category = SelectField(
        "Category",
        choices={c: c.capitalize() for c in contracts.CATEGORIES},
        default="other",
        invalid_choice_message="Please choose a category.",
    )
    hard_day_form = TextAreaField(
        "On a hard day",
        validators=[at_most(contracts.MAX_ITEM_TEXT)],
        description="The simpler form that still counts on a low-capacity day.",
    )
    consequence = TextAreaField(
        "If it lapses", validators=[at_most(contracts.MAX_ITEM_TEXT)], description="The consequence you both agreed to."
    )
    remove = BooleanField("Remove this item")

    def validate_lineage_id(self, field: Field) -> None:
        if field.data and not is_id(field.data):
            raise StopValidation("That item is not part of your contract.")

    def is_blank(self) -> bool:
        """A spare row left empty: it is not an item. Anything typed or chosen makes it one."""
        written = (self.text, self.short_name, self.hard_day_form, self.consequence)
        return not (
            self.lineage_id.data
            or any((f.data or "").strip() for f in written)
            or self.weekdays.data
            or any((f.raw_data or [""])[0].strip() for f in (self.times_per_week, self.due_time))
        )

    def draft(self) -> contracts.ItemDraft:
        return contracts.ItemDraft(
            kind=ItemKind(self.kind.data),
            text=self.text.data or "",
            short_name=self.short_name.data or "",
            owner_id=int(self.owner.data) if self.owner.data else None,
            cadence=Cadence(self.cadence.data),
            weekdays="".join(self.weekdays.data or []),
            times_per_week=self.times_per_week.data,
            due_time=self.due_time.data,
            category=self.category.data,
            hard_day_form=self.hard_day_form.data or "",
            consequence=self.consequence.data or "",
            lineage_id=int(self.lineage_id.data) if self.lineage_id.data else None,
        )


# Rows the editor takes: room to remove every item of a full contract and add as many.
MAX_ROWS = 2 * contracts.MAX_ITEMS


class ContractForm(SiteForm):
    # Rows past MAX_ROWS are not read: a page cannot have them, and each costs time.
    items = FieldList(FormField(ItemForm), max_entries=MAX_ROWS)
    note = TextAreaField(
        "Note for your partner",
        validators=[at_most(contracts.MAX_NOTE)],
        description="Optional: what changed and why.",
    )

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        count = len(self.proposed_rows())
        if count > contracts.MAX_ITEMS:
            self.form_errors.append(
                f"A contract can hold at most {contracts.MAX_ITEMS} items, and this one has {count}. "
                "Remove some, or combine a few into one."
            )
            return False
        return valid

    def set_owners(self, choices: Choices) -> None:
        for row in self.items:
            row.form.owner.choices = choices

    def proposed_rows(self) -> list[int]:
        """The indexes of the rows that are items (not removed, not left blank)."""
        return [i for i, row in enumerate(self.items) if not row.form.remove.data and not row.form.is_blank()]

    def drafts(self) -> list[contracts.ItemDraft]:
        return [self.items[i].form.draft() for i in self.proposed_rows()]

    def valid_drafts(self) -> tuple[list[contracts.ItemDraft], list[int]]:
        """After a failed validate(): the drafts of the rows whose fields were fine, with
        their row indexes, so the domain can check those too and all problems show at once."""
        rows = [i for i in self.proposed_rows() if not self.items[i].errors]
        return [self.items[i].form.draft() for i in rows], rows

    def add_problems(self, problems: list[contracts.ItemProblem], rows: list[int]) -> None:
        """Put the domain's problems beside the fields they are about (`rows` maps each
        problem's index among the drafts to its row of the form)."""
        for problem in problems:
            item = self.items[rows[problem.index]].form
            name = {"owner_id": "owner"}.get(problem.field, problem.field)
            field = getattr(item, name, item.text)
            if problem.message not in field.errors:
                field.errors = [*field.errors, problem.message]

    def item_errors(self) -> list[str]:
        """One line per item with a problem, naming it by its number and what it says."""
        lines = []
        for number, row in enumerate(self.items, start=1):
            messages = [m for field in row.form for m in field.errors]
            if not messages:
                continue
            text = " ".join((row.form.text.data or "").split())
            if len(text) > ITEM_TEXT_IN_MESSAGE:
                text = text[: ITEM_TEXT_IN_MESSAGE - 1].rstrip() + "…"
            lines.append(f"Item {number}{f' (“{text}”)' if text else ''}: {' '.join(messages)}")
        if self.note.errors:
            lines.append(f"The note: {' '.join(self.note.errors)}")
        return lines


# --- history ----------------------------------------------------------------

MAX_PAGE = 10_000  # keeps the database's OFFSET in range whatever is typed into the URL
LOG_KINDS: Choices = {kind.value: words for kind, words in KIND_WORDS.items()}


class HistoryFilter(Form):
    """GET parameters of the history page; no CSRF: it changes nothing."""

    Meta = TextRules

    partner = SelectField("Who", choices={}, default="", invalid_choice_message="Choose one of you, or both.")
    kind = SelectField(
        "What",
        choices={"": "Everything"} | LOG_KINDS,
        default="",
        invalid_choice_message="Choose a kind of entry from the list.",
    )
    page = IntegerField(
        "Page",
        default=1,
        validators=[
            Optional(),
            NumberRange(min=1, max=MAX_PAGE, message=f"Pages go from 1 to {MAX_PAGE}."),
        ],
    )


class LogForm(SiteForm):
    # A moment of reliability needs no item: with "Nothing in particular" below, what the form offers
    # untouched can be saved (a kept promise first said "choose which", tester-web45 F6).
    kind = SelectField(
        "What happened",
        choices=LOG_KINDS,
        default=LogKind.RELIABILITY.value,
        validators=[InputRequired("Choose what happened from the list.")],  # the default is the page's, not a post's
        invalid_choice_message="Choose what happened from the list.",
    )
    # "Nothing in particular" until one is chosen: a browser would otherwise pick the first
    # commitment, and a moment typed without choosing would be filed under it.
    lineage_id = SelectField(
        "Which item",
        choices={},
        default="",
        invalid_choice_message="Choose an item of your current contract, or nothing in particular.",
    )
    note = TextAreaField("Note", validators=[at_most(tracking.MAX_NOTE)], description="Optional, in your own words.")


# --- settings ---------------------------------------------------------------


class ScheduleForm(SiteForm):
    timezone = _timezone_field("Time zone")
    weekday = SelectField(
        "Check-in day", choices=WEEKDAY_CHOICES, invalid_choice_message="Please choose a day of the week."
    )
    checkin_time = TimeField(
        "Check-in time",
        validators=[InputRequired("Please enter a time like 19:00.")],
        invalid_value_message="Please enter a time like 19:00.",
    )
