"""Names a weak password hid behind (tester-web49): without their accents, of two letters, in leetspeak, and what
is left without the name scoring just enough (models/passwords.py)."""

import pytest

from tests.factories import PASSWORD
from trust_tracker.models import passwords
from trust_tracker.models.errors import ValidationError

PRIYA = ("Priya Natarajan", "priya.n@mailbox.org")


def _refused(password: str, close: list[str], personal=PRIYA) -> str:
    with pytest.raises(ValidationError) as refusal:
        passwords.check_password(password, personal, close=close)
    return str(refusal.value)


@pytest.mark.parametrize(
    ("password", "nameless", "name"),
    [
        ("i love zoe 2024", "i love zqk 2024", "Zoë"),  # the name without its accent
        ("i love zoë 2024", "i love zqk 2024", "Zoe"),  # the password with one
        ("I LOVE ZOË 2024", "I LOVE ZQK 2024", "Zoë"),
        ("rené forever 2024", "zqvk forever 2024", "Rene"),
        ("i love jo 2024!", "i love qx 2024!", "Jo"),  # two letters, a word of its own
        ("al and me 2024!", "qx and me 2024!", "Al"),
        ("my jo2024 forever", "my qx2024 forever", "Jo"),
        ("i love wr3n 2024", "i love zqvk 2024", "Wren"),  # leetspeak
        ("wr3n 4ever 1999!", "zqvk 4ever 1999!", "Wren"),
        ("i love z0ë 2024", "i love zqk 2024", "Zoë"),
        ("my @l forever 2024", "my qx forever 2024", "Al"),
        ("n3rw forever 2024", "zqvk forever 2024", "Wren"),  # backwards and leet
        # Letters NFKD leaves as they are, as a keyboard without them writes them (tester-web51)
        ("soren4ever2024", "zqvkt4ever2024", "Søren"),
        ("i love oyvind 2024", "i love zqvkxt 2024", "Øyvind"),
        ("i love øyvind 2024", "i love zqvkxt 2024", "Oyvind"),
        ("i love lukasz 2024", "i love zqvkxt 2024", "Łukasz"),
        ("i love dorde 2024", "i love zqvkt 2024", "Đorđe"),
        ("i love aeris 2024", "i love zqvkt 2024", "Æris"),
        ("i love zoellner 2024", "i love zqvkxtmpr 2024", "Zœllner"),
        ("i love strauss 2024", "i love zqvkxtm 2024", "Strauß"),
        ("i love thora 2024", "i love zqvkt 2024", "Þóra"),
        # An umlaut in a name written either way
        ("i love juergen 2024", "i love zqvkxtm 2024", "Jürgen"),
        ("i love jurgen 2024", "i love zqvkxt 2024", "Jürgen"),
        ("i love maedchen 2024", "i love zqvkxtmp 2024", "Mädchen"),
        ("i love joerg 2024", "i love zqvkt 2024", "Jörg"),
    ],
)
def test_a_name_hidden_by_accents_leetspeak_or_its_shortness_is_found(password, nameless, name) -> None:
    passwords.check_password(nameless, PRIYA, close=[name])  # the same shape, no name: fine
    assert _refused(password, [name]).startswith("That password is easy to guess.")


def test_what_is_left_without_the_name_must_hold_on_its_own() -> None:
    """ "my4ever2024" scores 3 by a hair: enough for a password nobody's name is in, not for what a name left."""
    why = _refused("my wren 4ever 2024", ["Wren"])
    assert "Anyone who knows you would try the name in it first" in why
    passwords.check_password("my zqvk 4ever 2024", PRIYA, close=["Wren"])  # without the name: as before


def test_ones_own_short_or_accented_name_counts_too() -> None:
    assert _refused("i love me, jo 2024", [], personal=("Jo", "jo.k@mailbox.org")).startswith("That password is")
    assert _refused("zoë zoë 2024 zoë", [], personal=("Zoë", "z@mailbox.org"))


@pytest.mark.parametrize(
    "password",
    [
        PASSWORD,
        "we always enjoy a quiet harbour",  # "al" and "jo" inside words are no names
        "Joanna's allotment grows leeks",
        "Wren and I walked the dunes in May",  # a name in a long sentence: the rest holds
        "coffee with jo every sunday morning",
        "Zoë's garden gate creaks loudly",
        "a quiet harbour at dawn",
        "bluehouse77 at 3am",
        "smørrebrød on the ferry to Ærø",
        "Die Straße nach Jürgens Mühle",
    ],
)
def test_ordinary_long_passphrases_still_pass(password) -> None:
    passwords.check_password(password, ("Jo Brennan", "jo.b@mailbox.org"), close=["Al", "Zoë", "Wren"])


def test_an_email_word_of_two_letters_is_no_name() -> None:
    passwords.check_password("the quiet harbour of st ives", ("Priya", "st@ab.org"))
