"""Today's "Waiting for you": a first contract, new check-in questions, a request to delete
the couple, each linked; entries to acknowledge in sentences; the check-in status in one sentence."""

from __future__ import annotations

from tests.factories import NOW, PASSWORD, make_entry
from tests.web.helpers import text_of
from trust_tracker.models import checkin_questions, checkins, contracts, leaving
from trust_tracker.models.contracts import ItemDraft
from trust_tracker.models.entities import ItemKind, LogKind, Source


def test_a_first_contract_proposal_waits_beside_the_checklist(client, alex, couple, session) -> None:
    _, sam = couple
    proposal = contracts.propose_version(session, sam, [ItemDraft(ItemKind.COMMITMENT, "Call, always")], now=NOW)
    session.flush()
    response = client.get("/today/")
    page = text_of(response)
    assert "Getting started" in page  # still the checklist: no contract is agreed yet
    assert "Sam proposed your first contract: review it" in page
    assert f'href="/contract/versions/{proposal.id}"' in response.text


def test_the_proposer_is_not_told_to_review_their_own(client, alex, couple, session) -> None:
    contracts.propose_version(session, alex, [ItemDraft(ItemKind.COMMITMENT, "Call, always")], now=NOW)
    session.flush()
    page = text_of(client.get("/today/"))
    assert "Waiting for you" not in page and "review it" not in page


def test_new_check_in_questions_wait_for_the_other(client, sam_client, alex, couple, contract, session) -> None:
    _, sam = couple
    checkin_questions.propose_questions(session, sam, ["How was the week?", "What went well?"], NOW)
    session.flush()
    response = client.get("/today/")
    assert "Sam proposed new check-in questions: agree or ask for changes" in text_of(response)
    assert 'href="/checkins/questions"' in response.text
    assert "proposed new check-in questions" not in text_of(sam_client.get("/today/"))


def test_a_request_to_delete_the_couple_waits_for_the_other(client, sam_client, couple, alex, session) -> None:
    _, sam = couple
    leaving.delete_couple(session, sam, PASSWORD, now=NOW)
    session.flush()
    response = client.get("/today/")
    assert "Sam asked to delete your couple: confirm it, or keep it" in text_of(response)
    assert 'href="/account/#delete-couple-title"' in response.text
    assert "asked to delete your couple" not in text_of(sam_client.get("/today/"))


def test_entries_to_acknowledge_are_sentences(client, alex, couple, contract, session) -> None:
    _, sam = couple
    talk = contract.items[1]
    make_entry(session, sam, LogKind.MISSED, NOW.date(), talk)
    make_entry(session, sam, LogKind.SMALL_WIN, NOW.date())
    page = text_of(client.get("/today/"))
    assert "Sam missed “evening talk” on Wed 25 Nov 2026." in page
    assert "Sam logged a small win on Wed 25 Nov 2026." in page
    assert "Small win (" not in page and "Missed a commitment (" not in page


def test_the_check_in_status_says_you_mid_sentence(client, sam_client, alex, couple, contract, session) -> None:
    _, sam = couple
    checkins.save_answer(session, sam, 0, "Good", source=Source.VOICE, now=NOW)
    session.flush()
    page = text_of(client.get("/today/"))
    assert "You have answered 0 of 4" in page or "; you have answered 0 of 4" in page
    assert "; You have" not in page
    assert "; You have" not in text_of(sam_client.get("/today/"))
