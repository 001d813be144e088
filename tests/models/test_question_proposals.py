"""The shared check-in questions change by agreement, like the contract: one partner
proposes, the other agrees or asks for changes, and until then the old questions stay."""

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import checkin_questions, checkins, leaving
from trust_tracker.models.checkin_question_entities import QuestionsProposal
from trust_tracker.models.entities import Source
from trust_tracker.models.errors import Conflict, NotAllowed, NotFound, ValidationError

OLD = list(checkins.DEFAULT_QUESTIONS)
NEW = ["What made you smile this week?", "What was hard?"]


def _proposals(session):
    return session.scalar(select(func.count(QuestionsProposal.id)))


def test_a_proposal_waits_and_the_old_questions_stay_until_the_other_agrees(session, couple):
    alex, sam = couple
    proposed = checkin_questions.propose_questions(session, alex, NEW, NOW)
    assert proposed.proposal is not None and not proposed.revised and proposed.applied is None
    assert checkins.couple_questions(session, alex.couple_id) == OLD
    assert checkins.questions(session, alex.couple_id, NOW) == OLD
    with pytest.raises(NotAllowed):
        checkin_questions.agree_questions(session, alex, proposed.proposal.id, 0, NOW)
    edit = checkin_questions.agree_questions(session, sam, proposed.proposal.id, 0, NOW)
    assert edit.questions == NEW and edit.this_week
    assert checkins.couple_questions(session, alex.couple_id) == NEW
    assert checkin_questions.waiting_proposal(session, alex.couple_id) is None


def test_once_answered_this_week_an_agreed_change_applies_from_next_week(session, couple):
    alex, sam = couple
    checkins.save_answer(session, sam, 0, "Dinner together", source=Source.WEB, now=NOW)
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW).proposal
    assert proposal is not None
    assert checkin_questions.agree_questions(session, sam, proposal.id, 0, NOW).this_week is False
    assert checkins.questions(session, alex.couple_id, NOW) == OLD


def test_asking_for_changes_then_a_revision_keeps_one_proposal(session, couple):
    alex, sam = couple
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW).proposal
    assert proposal is not None
    checkin_questions.ask_for_changes(session, sam, proposal.id, 0, "  Keep 'what went well', please ")
    assert (proposal.reply, proposal.replied_by_id) == ("Keep 'what went well', please", sam.id)
    with pytest.raises(NotAllowed):
        checkin_questions.ask_for_changes(session, alex, proposal.id, 0, "My own")
    revised = checkin_questions.propose_questions(session, alex, [OLD[0], *NEW], NOW)
    assert revised.revised and revised.proposal is proposal and proposal.revision == 1
    assert proposal.reply  # Sam's request stays beside the revision that answers it
    # Sam read revision 0: agreeing to it now would agree to wording Sam has not seen.
    with pytest.raises(Conflict, match="changed meanwhile"):
        checkin_questions.agree_questions(session, sam, proposal.id, 0, NOW)
    assert checkins.couple_questions(session, alex.couple_id) == OLD
    checkin_questions.agree_questions(session, sam, proposal.id, 1, NOW)
    assert checkins.couple_questions(session, alex.couple_id) == [OLD[0], *NEW]
    assert _proposals(session) == 0


def test_the_other_partner_can_revise_and_then_the_proposer_agrees(session, couple):
    alex, sam = couple
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW).proposal
    assert proposal is not None
    checkin_questions.ask_for_changes(session, sam, proposal.id, 0, "Shorter")
    counter = checkin_questions.propose_questions(session, sam, ["What was good?"], NOW)
    assert counter.proposal is proposal and proposal.proposed_by_id == sam.id
    assert proposal.reply == ""  # Sam's own request, answered by Sam's revision
    checkin_questions.agree_questions(session, alex, proposal.id, 1, NOW)
    assert checkins.couple_questions(session, alex.couple_id) == ["What was good?"]


def test_only_the_proposer_withdraws(session, couple):
    alex, sam = couple
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW).proposal
    assert proposal is not None
    with pytest.raises(NotAllowed):
        checkin_questions.withdraw_questions(session, sam, proposal.id)
    checkin_questions.withdraw_questions(session, alex, proposal.id)
    assert _proposals(session) == 0 and checkins.couple_questions(session, alex.couple_id) == OLD
    with pytest.raises(NotFound):
        checkin_questions.agree_questions(session, sam, proposal.id, 0, NOW)


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ([], "between 1 and 10"),
        (["fine", "  "], "cannot be empty"),
        (["q"] * 11, "between 1 and 10"),
        (["x" * 201], "at most 200"),
        (OLD, "already your questions"),
    ],
)
def test_bad_questions_propose_nothing(session, couple, texts, message):
    alex, _ = couple
    with pytest.raises(ValidationError, match=message):
        checkin_questions.propose_questions(session, alex, texts, NOW)
    assert _proposals(session) == 0


@pytest.mark.parametrize(("reply", "message"), [("", "Say what"), ("   ", "Say what"), ("x" * 1001, "At most 1000")])
def test_a_bad_request_for_changes_is_refused(session, couple, reply, message):
    alex, sam = couple
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW).proposal
    assert proposal is not None
    with pytest.raises(ValidationError, match=message):
        checkin_questions.ask_for_changes(session, sam, proposal.id, 0, reply)
    assert proposal.reply == ""


def test_another_couples_proposal_is_not_found(session, couple):
    alex, _ = couple
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW).proposal
    assert proposal is not None
    kim, lee = make_couple(session, first="Kim", second="Lee")
    assert lee is not None
    for attempt in (
        lambda: checkin_questions.agree_questions(session, lee, proposal.id, 0, NOW),
        lambda: checkin_questions.ask_for_changes(session, lee, proposal.id, 0, "no"),
        lambda: checkin_questions.withdraw_questions(session, kim, proposal.id),
    ):
        with pytest.raises(NotFound):
            attempt()
    assert checkins.couple_questions(session, kim.couple_id) == OLD
    assert _proposals(session) == 1


def test_alone_the_questions_change_at_once(session):
    pat, _ = make_couple(session, first="Pat", second=None)
    proposed = checkin_questions.propose_questions(session, pat, NEW, NOW)
    assert proposed.proposal is None and proposed.applied is not None
    assert checkins.couple_questions(session, pat.couple_id) == NEW


def test_a_proposers_deleted_account_takes_the_proposal_with_it(session, couple):
    alex, sam = couple
    checkin_questions.propose_questions(session, alex, NEW, NOW)
    leaving.delete_partner(session, alex, "correct horse battery")
    session.flush()
    assert _proposals(session) == 0
    assert checkins.couple_questions(session, sam.couple_id) == OLD


def test_a_revision_from_a_stale_page_writes_nothing(session, couple):
    alex, sam = couple
    seen_empty = checkin_questions.stamp(None)
    proposal = checkin_questions.propose_questions(session, alex, NEW, NOW, seen=seen_empty).proposal
    assert proposal is not None
    with pytest.raises(Conflict, match="changed meanwhile"):  # Sam's page showed no proposal
        checkin_questions.propose_questions(session, sam, ["Mine"], NOW, seen=seen_empty)
    seen = checkin_questions.stamp(proposal)
    checkin_questions.propose_questions(session, alex, ["Newer"], NOW, seen=seen)
    with pytest.raises(Conflict, match="changed meanwhile"):  # revised since Sam looked
        checkin_questions.propose_questions(session, sam, ["Mine"], NOW, seen=seen)
    assert proposal.questions == ["Newer"] and proposal.proposed_by_id == alex.id
