"""Names that share a start, carry accents or hyphens, or are two words (issue names12 #7, #8). On
voice10, partner_named gave None for "jo", "jo ann" and "joann" when the couple is Jo and Jo-Ann,
and for "tomas" when the partner is Tomás: Alexa writes names lower case, without accents and with
hyphens as spaces. The closest reading now wins (the full name as spelled, then as it sounds, then
a part of it) and two equally close are never guessed between. Held out: none of these couples is
in the code."""

from __future__ import annotations

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from tests.skill.talk import USER, Talk, entries
from trust_tracker.models import voice
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.partner_names import partner_named

# (the couple, what Alexa wrote, who it names): None when nobody or either could be meant.
HEARD = [
    (("Jo", "Jo-Ann"), "jo", "Jo"),
    (("Jo", "Jo-Ann"), "jo ann", "Jo-Ann"),
    (("Jo", "Jo-Ann"), "joann", "Jo-Ann"),
    (("Jo", "Jo-Ann"), "it's jo ann now", "Jo-Ann"),
    (("Jo", "Jo-Ann"), "this is joanne", "Jo-Ann"),
    (("Jo", "Jo-Ann"), "ann", "Jo-Ann"),
    (("Priya", "Tomás"), "tomas", "Tomás"),
    (("Priya", "Tomás"), "it's tomas now", "Tomás"),
    (("Hope", "Will"), "hope here", "Hope"),
    (("Hope", "Will"), "my name is will", "Will"),
    (("Dan", "Danielle"), "dan", "Dan"),
    (("Dan", "Danielle"), "daniel", "Danielle"),
    (("Chris", "Christine"), "chris", "Chris"),
    (("Chris", "Christine"), "yes christine", "Christine"),
    (("Alex", "Alexa"), "alexa", "Alexa"),
    (("Alex", "Alexa"), "it's alex", "Alex"),
    (("Zoë", "José"), "zoe", "Zoë"),
    (("Zoë", "José"), "jose here", "José"),
    (("Siobhán", "Nguyễn"), "siobhan", "Siobhán"),
    (("Siobhán", "Nguyễn"), "nguyen", "Nguyễn"),
    (("Oluwaseun", "Priya"), "oluwaseun speaking", "Oluwaseun"),
    (("Mary-Kate", "Anne Marie"), "mary kate", "Mary-Kate"),
    (("Mary-Kate", "Anne Marie"), "anne marie", "Anne Marie"),
    (("Mary-Kate", "Anne Marie"), "marie", "Anne Marie"),
    (("Rose", "Ross"), "ross", "Ross"),
    (("Rose", "Ross"), "rose", "Rose"),
    (("Mary Ann", "Mary Kate"), "mary", None),
    (("Hope", "Will"), "no, keep it", None),
    (("Hope", "Will"), "that's all", None),
    (("Hope", "Will"), "who am i", None),
    (("Sam", "Alex"), "i'm not sam", None),
    (("Hard", "Sam"), "i'm having a hard day", None),
]
STRANGE = ["\u0000\u0007", "x" * 200, "\U0001f600\U0001f494", "", "   ", "-", "é"]


def _couple(session, a: str, b: str, made: str = "One"):
    one, two = make_couple(session, made, f"{made}Two")
    one.name, two.name = a, b
    session.flush()
    return one, two


@pytest.mark.parametrize(("names", "said", "meant"), HEARD, ids=[f"{n[0]}+{n[1]}:{s}" for n, s, _ in HEARD])
def test_the_closest_name_is_the_partner_and_never_a_guess(session, names, said, meant):
    one, _ = _couple(session, *names)
    found = partner_named(one.couple, said)
    assert (found.name if found else None) == meant


@pytest.mark.parametrize("said", STRANGE)
def test_strange_words_and_strange_names_name_nobody(session, said):
    one, _ = _couple(session, "Jo", "Jo-Ann")
    assert partner_named(one.couple, said) is None
    odd, _ = _couple(session, said, "Jo", made="Odd")
    assert partner_named(odd.couple, "jo").name == "Jo"
    assert partner_named(odd.couple, "hello") is None


@pytest.fixture
def unlinked(session, session_factory):
    """A device paired to a couple by code, no voice profile: whoever speaks says who they are."""

    def home(a: str, b: str) -> Talk:
        one, two = _couple(session, a, b)
        code = voice.issue_pairing_code(session, one, now=NOW)
        voice.link_device(session, code, alexa_user_id=USER, person_id=None, now=NOW)
        agreed_contract(session, one, two)
        session.flush()
        talk = Talk(build_skill(), session_factory, person_id=None)
        talk("open trust tracker")
        return talk

    return home


@pytest.mark.parametrize(("names", "said", "meant"), [
    (("Jo", "Jo-Ann"), "my name is Jo-Ann", "Jo-Ann"),
    (("Jo", "Jo-Ann"), "my name is Jo", "Jo"),
    (("Priya", "Tomás"), "it's Tomas", "Tomás"),
    (("Mary-Kate", "Anne Marie"), "this is Anne Marie", "Anne Marie"),
])  # fmt: skip
def test_on_a_shared_device_each_can_say_who_they_are_and_log(session, unlinked, names, said, meant):
    talk = unlinked(*names)
    talk(said)
    talk("log a small win: I fixed the leaking tap")
    assert [(e.partner.name, e.kind.value) for e in entries(session)] == [(meant, "small_win")]
