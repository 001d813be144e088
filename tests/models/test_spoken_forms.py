"""models.spoken_forms: "how we'd say it when it's done", suggested, saved, read, and
kept to the couple whose commitment it is."""

from __future__ import annotations

import pytest

from tests.factories import NOW, agreed_contract, make_couple
from trust_tracker.models import contracts, export, spoken_forms
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, ItemLineage
from trust_tracker.models.errors import NotFound, ValidationError


@pytest.mark.parametrize(
    ("text", "short_name", "expected"),
    [
        (
            "Call or text when I'm running more than 15 minutes late",
            "call when late",
            ["i called when i was running late", "i texted when i was running late", "i called when late"],
        ),
        (
            "Have a 15-minute evening talk about our day",
            "evening talk",
            ["we had our evening talk", "we had an evening talk about our day"],
        ),
        ("Evening check-in talk", "evening talk", ["we had our evening talk"]),
        ("Answer questions about my phone openly", "phone questions", ["i answered questions about my phone openly"]),
        ("Stop checking the phone at dinner", "", ["i stopped checking the phone at dinner"]),
        ("Tidy up after cooking", "", ["i tidied up after cooking"]),
        ("", "", []),
        ("Honesty", "", []),
    ],
)
def test_suggestions_say_the_commitment_as_done(text, short_name, expected) -> None:
    assert spoken_forms.suggest(text, short_name) == expected


def test_suggestions_of_odd_text_stay_short_and_never_fail() -> None:
    assert all(len(s) <= spoken_forms.MAX_LENGTH for s in spoken_forms.suggest("call " + "and more " * 200, "x" * 60))
    assert spoken_forms.suggest("\x00\x1f ☕ <b>", "") == []


def test_without_pronoun_is_what_fills_i_commitment() -> None:
    assert spoken_forms.without_pronoun("I just called when I was running late.") == "called when i was running late"
    assert spoken_forms.without_pronoun("We had our evening talk") == "had our evening talk"
    assert spoken_forms.without_pronoun("Today I called") == "called"


def test_read_suggests_until_saved_and_save_keeps_them_on_the_lineage(session, couple, contract) -> None:
    alex, sam = couple
    lineage = contract.items[0].lineage_id
    found = spoken_forms.read(session, alex, lineage)
    assert found.saved == [] and found.suggested[0] == "i called when running late"
    saved = spoken_forms.save(
        session,
        sam,  # either partner, without the other's agreement
        lineage,
        ["I called when I was running late", "  i CALLED when i was   running late ", "", "I rang to say I'd be late"],
    )
    assert saved == ["I called when I was running late", "I rang to say I'd be late"]  # the repeat dropped
    assert session.get(ItemLineage, lineage).spoken_forms == saved
    assert spoken_forms.read(session, alex, lineage).saved == saved
    assert spoken_forms.forms_by_lineage(session, alex.couple_id) == {lineage: saved, contract.items[1].lineage_id: []}


def test_they_survive_a_new_version_without_agreement(session, couple, contract) -> None:
    alex, sam = couple
    lineage = contract.items[0].lineage_id
    spoken_forms.save(session, alex, lineage, ["I called when I was running late"])
    drafts = [
        ItemDraft(i.kind, i.text + " (revised)", short_name=i.short_name, lineage_id=i.lineage_id)
        for i in contract.items
    ]
    version = contracts.propose_version(session, sam, drafts, now=NOW)
    contracts.agree_version(session, alex, version.id, now=NOW)
    session.flush()
    assert spoken_forms.read(session, sam, lineage).saved == ["I called when I was running late"]


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (["I called\x00 late"], "control characters"),
        (["I called\tlate"], "control characters"),
        (["x" * 121], "at most 120 characters"),
        ([f"I called {n} times" for n in "abcdefghi"], "At most 8 phrasings"),
        (["12345"], "needs words"),
    ],
)
def test_bad_phrasings_are_refused_and_nothing_changes(session, couple, contract, texts, message) -> None:
    alex, _ = couple
    lineage = contract.items[0].lineage_id
    spoken_forms.save(session, alex, lineage, ["I called when I was running late"])
    with pytest.raises(ValidationError, match=message):
        spoken_forms.save(session, alex, lineage, ["I rang", *texts])
    assert session.get(ItemLineage, lineage).spoken_forms == ["I called when I was running late"]


def test_saving_none_clears_them(session, couple, contract) -> None:
    alex, _ = couple
    lineage = contract.items[0].lineage_id
    spoken_forms.save(session, alex, lineage, ["I rang"])
    assert spoken_forms.save(session, alex, lineage, ["", "   "]) == []


def test_another_couples_commitment_or_a_boundary_is_not_found(session, couple, contract) -> None:
    alex, _ = couple
    jo, kim = make_couple(session, "Jo", "Kim")
    theirs = agreed_contract(session, jo, kim)
    boundary = next(i for i in contract.items if i.kind is ItemKind.BOUNDARY)
    for lineage in (theirs.items[0].lineage_id, boundary.lineage_id, 2**31 - 1):
        with pytest.raises(NotFound):
            spoken_forms.read(session, alex, lineage)
        with pytest.raises(NotFound):
            spoken_forms.save(session, alex, lineage, ["I rang"])
    assert session.get(ItemLineage, theirs.items[0].lineage_id).spoken_forms == []


def test_they_are_in_the_couples_export_only(session, couple, contract) -> None:
    alex, sam = couple
    jo, kim = make_couple(session, "Jo", "Kim")
    agreed_contract(session, jo, kim)
    spoken_forms.save(session, sam, contract.items[0].lineage_id, ["I rang"])
    mine = export.export_json(session, alex, NOW)
    assert mine["contract"]["spoken_forms"] == [{"lineage_id": contract.items[0].lineage_id, "phrasings": ["I rang"]}]
    assert export.export_json(session, jo, NOW)["contract"]["spoken_forms"] == []
