"""skill.understanding: spoken words into commitments, positions, kinds and names."""

import pytest

from trust_tracker.models import contracts
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import Cadence, ItemKind, LogKind
from trust_tracker.skill import partner_names, replies_said, understanding

C, B, E = ItemKind.COMMITMENT, ItemKind.BOUNDARY, ItemKind.EXAMPLE


def _items():
    return [
        ItemDraft(C, "Call when I'm running late", short_name="call when late"),
        ItemDraft(
            C, "Evening talk about our day", short_name="evening talk", cadence=Cadence.WEEKDAYS, weekdays="0123"
        ),
        ItemDraft(B, "No contact with the ex", consequence="Tell each other within a day"),
        ItemDraft(E, "Texting before the agreed time"),
    ]


def test_commitments_named(session, couple):
    alex, sam = couple
    items = [*_items(), ItemDraft(C, "Evening walk together", short_name="evening walk")]
    contracts.agree_version(session, sam, contracts.propose_version(session, alex, items).id)

    def names(spoken):
        commitments = contracts.active_commitments(session, alex.couple_id)
        return [c.short_name for c in understanding.commitments_named(spoken, commitments)]

    assert names("call when late") == ["call when late"]
    assert names("CALL WHEN LATE") == ["call when late"]
    assert names("my promise to call when i'm late") == ["call when late"]
    assert names("evening talk") == ["evening talk"]
    assert set(names("evening")) == {"evening talk", "evening walk"}  # ambiguous: ask
    assert names("the dishes") == []
    assert names("") == []
    assert names("no contact with the ex") == []  # boundaries are not commitments
    # Every word that matters; one word alone names nothing (issue 8: "which one?" never guesses).
    assert names("called when i was running late") == ["call when late"]
    assert names("when") == [] and names("the second one") == []
    assert names("the walk") == [] and names("late") == []
    assert names("was late") == [] and names("walked the dog") == [] and names("talked to mum") == []


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Sam", "Sam"),
        ("it's sam", "Sam"),
        ("this is Alex", "Alex"),
        ("ALEX", "Alex"),
        ("", None),
        ("both of us", None),
        ("sam and alex", None),
        ("Kim", None),
        ("yes sam's here", "Sam"),
        ("I'm not Sam", None),
        ("no it isn't sam", None),
        ("i am having a really hard day", None),
        ("i'm sorry i missed the evening talk", None),
        ("sam's", "Sam"),
    ],
)
def test_partner_named(couple, said, expected):
    alex, _ = couple
    found = partner_names.partner_named(alex.couple, said)
    assert (found.name if found else None) == expected


def test_the_first_or_second_one_is_among_those_offered_in_the_order_heard(session, couple):
    alex, sam = couple
    contracts.agree_version(session, sam, contracts.propose_version(session, alex, _items()).id)
    call, talk = contracts.active_commitments(session, alex.couple_id)
    words = understanding.Words()
    assert words.named("the first one", [call, talk], offered=[talk, call]) == [talk]
    assert words.named("number two", [call, talk], offered=[talk, call]) == [call]
    assert words.named("the last one", [call, talk], offered=[talk, call]) == [call]
    assert words.named("the third one", [call, talk], offered=[talk, call]) == []
    assert words.named("the first one", [call, talk], offered=[]) == []  # nothing was offered
    assert words.own_words("my promise to call when running late", call) == "call when running late"
    assert words.own_words("call when late", call) == ""


@pytest.mark.parametrize(
    ("said", "kind", "understood"),
    [
        ("call when late", LogKind.KEPT, LogKind.KEPT),
        ("i forgot to call", LogKind.KEPT, LogKind.MISSED),
        ("i kept my promise to call", LogKind.MISSED, LogKind.KEPT),
        ("the evening talk", LogKind.MISSED, LogKind.MISSED),
        # The intent decides; the words overrule it only when they open with it (issue 8).
        ("didn't call when late", LogKind.KEPT, LogKind.MISSED),
        ("that i forgot to call when late", LogKind.KEPT, LogKind.MISSED),
        ("sorry i missed the evening talk", LogKind.KEPT, LogKind.MISSED),
        ("call when late even though i didn't want to", LogKind.KEPT, LogKind.KEPT),
        ("evening talk, never missed it", LogKind.KEPT, LogKind.KEPT),
        ("i didn't forget to call", LogKind.MISSED, LogKind.MISSED),
        ("i kept my promise to call even though i didn't want to", LogKind.MISSED, LogKind.KEPT),
        ("", LogKind.MISSED, LogKind.MISSED),
    ],
)
def test_the_words_decide_kept_or_missed(said, kind, understood):
    assert understanding.kind_said(said, kind) is understood


@pytest.mark.parametrize(
    ("said", "code"),
    [("481516", "481516"), ("4 8 1 5 1 6", "481516"), ("4815", "004815"), ("123", None), ("abc", None)],
)
def test_pairing_codes(said, code):
    assert replies_said.pairing_code(said) == code
