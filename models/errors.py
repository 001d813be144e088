"""Domain errors. Each interface maps them to its medium: an HTTP status or speech."""

from datetime import date


class DomainError(Exception):
    """Base class: the message is safe to show to the person who caused it."""


class ValidationError(DomainError):
    """The input is not acceptable (empty, too long, wrong shape)."""


class OthersCommitment(ValidationError):
    """A keep or miss of the other partner's commitment: its owner logs it."""

    def __init__(self, owner: str) -> None:
        super().__init__(f"That is {owner}'s commitment, so {owner} logs it.")


class NotFound(DomainError):
    """No such thing, or not visible to this partner: the two look the same on purpose."""


class Conflict(DomainError):
    """The request clashes with the current state (e.g. a second open proposal)."""


class EmailTaken(Conflict):
    """An email another account has: the site answers as if it were free and mails its owner a note,
    so no one learns from a reply who has an account here."""

    def __init__(self) -> None:
        super().__init__("An account with that email already exists.")


class LoggedThatDay(Conflict):
    """A keep or miss of a promise whose day is logged already ("it counts once"): another was perhaps meant.
    `tried`: the kind the refused entry was ("kept" for "i didn't get defensive", though told as a miss);
    `lineage_id` and `day`: the promise and the day refused, so "another one?" never offers that one, and
    offers what is open that day, however the promise and the day were said ("the first one", a day asked)."""

    def __init__(self, message: str, tried: str, lineage_id: int, day: date) -> None:
        super().__init__(message)
        self.tried, self.lineage_id, self.day = tried, lineage_id, day


class LoggedOtherwise(LoggedThatDay):
    """A keep of a promise that day logged as missed, or the other way round."""


class NotAllowed(DomainError):
    """The partner may not do this (e.g. agree to their own proposal)."""


class InvalidCode(DomainError):
    """A pairing code or invitation that is unknown, used or expired."""
