from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.factories import NOW, make_couple
from trust_tracker.models import journal
from trust_tracker.models.entities import JournalEntry
from trust_tracker.models.errors import NotFound, ValidationError


def _count(session):
    return session.scalar(select(func.count(JournalEntry.id)))


def test_write_keeps_paragraphs_and_entries_are_the_authors_own(session, couple):
    alex, sam = couple
    first = journal.write(session, alex, "  Felt anxious today.\r\n\r\nTalked it through.  ", now=NOW)
    journal.write(session, sam, "Sam's own thoughts", now=NOW)

    assert first.body == "Felt anxious today.\n\nTalked it through."
    assert first.shared_at is None and first.shared_text is None
    assert [e.body for e in journal.entries_for(session, alex)] == [first.body]
    assert [e.body for e in journal.entries_for(session, sam)] == ["Sam's own thoughts"]


@pytest.mark.parametrize("body", ["", "   \n  ", None, "x" * (journal.MAX_BODY + 1)])
def test_write_rejects_empty_and_too_long(session, couple, body):
    alex, _ = couple
    with pytest.raises(ValidationError):
        journal.write(session, alex, body)
    assert _count(session) == 0


def test_private_entries_never_reach_the_partner(session, couple):
    alex, sam = couple
    secret = journal.write(session, alex, "Private: not for Sam", now=NOW)

    assert journal.shared_entries(session, alex.couple_id) == []
    assert journal.entries_for(session, sam) == []
    # Someone else's entry looks exactly like one that does not exist.
    for attempt in (
        lambda: journal.get_own(session, sam, secret.id),
        lambda: journal.share(session, sam, secret.id),
        lambda: journal.unshare(session, sam, secret.id),
        lambda: journal.delete(session, sam, secret.id),
    ):
        with pytest.raises(NotFound) as raised:
            attempt()
        assert str(raised.value) == "No such journal entry."
    with pytest.raises(NotFound) as missing:
        journal.get_own(session, sam, secret.id + 1000)
    assert str(missing.value) == "No such journal entry."
    assert secret.shared_at is None


def test_share_whole_entry_then_unshare(session, couple):
    alex, sam = couple
    entry = journal.write(session, alex, "Thank you for calling when you were late.", now=NOW)

    journal.share(session, alex, entry.id, now=NOW)

    [seen] = journal.shared_entries(session, sam.couple_id)
    assert (seen.id, seen.author_name, seen.text, seen.shared_at) == (entry.id, "Alex", entry.body, NOW)

    journal.unshare(session, alex, entry.id)
    assert journal.shared_entries(session, sam.couple_id) == []
    assert entry.shared_text is None


def test_share_an_excerpt_shows_only_the_excerpt(session, couple):
    alex, sam = couple
    entry = journal.write(session, alex, "I still feel hurt about March.\nBut tonight felt safe and warm.")

    journal.share(session, alex, entry.id, excerpt="  tonight felt\r\nsafe and warm ", now=NOW)

    [seen] = journal.shared_entries(session, sam.couple_id)
    assert seen.text == "tonight felt\nsafe and warm"
    assert "hurt" not in repr(seen)  # the body never leaves the author's own reads


@pytest.mark.parametrize("excerpt", ["something never written", "felt hurt", "x" * (journal.MAX_BODY + 1)])
def test_an_excerpt_must_be_part_of_the_entry(session, couple, excerpt):
    alex, sam = couple
    entry = journal.write(session, alex, "I still feel hurt about March.")
    with pytest.raises(ValidationError):
        journal.share(session, alex, entry.id, excerpt=excerpt)
    session.refresh(entry)
    assert entry.shared_at is None
    assert journal.shared_entries(session, sam.couple_id) == []


def test_other_couples_never_see_shared_entries(session, couple):
    alex, _ = couple
    kim, lee = make_couple(session, first="Kim", second="Lee")
    entry = journal.write(session, alex, "Shared with Sam only")
    journal.share(session, alex, entry.id)
    assert journal.shared_entries(session, kim.couple_id) == journal.shared_entries(session, lee.couple_id) == []
    with pytest.raises(NotFound):
        journal.get_own(session, kim, entry.id)


def test_delete_hides_at_once_restores_exactly_within_ten_minutes_then_is_gone(session, couple):
    alex, sam = couple
    entry = journal.write(session, alex, "to be deleted\nsecond line", now=NOW)
    journal.share(session, alex, entry.id, excerpt="second line", now=NOW)
    journal.delete(session, alex, entry.id, now=NOW)
    assert journal.entries_for(session, alex) == [] and journal.shared_entries(session, sam.couple_id) == []
    with pytest.raises(NotFound):
        journal.get_own(session, alex, entry.id)
    with pytest.raises(NotFound):  # nobody else restores it
        journal.undo_delete(session, sam, entry.id, now=NOW)
    assert journal.recently_deleted(session, alex, NOW + timedelta(minutes=9)) == [entry]

    restored = journal.undo_delete(session, alex, entry.id, now=NOW + timedelta(minutes=9))
    assert (restored.body, restored.shared_text, restored.shared_at, restored.created_at) == (
        "to be deleted\nsecond line",
        "second line",
        NOW,
        NOW,
    )
    assert [e.text for e in journal.shared_entries(session, sam.couple_id)] == ["second line"]

    journal.delete(session, alex, entry.id, now=NOW)
    with pytest.raises(NotFound):
        journal.undo_delete(session, alex, entry.id, now=NOW + journal.UNDO_WINDOW)
    assert _count(session) == 0  # purged: gone for good


def test_an_empty_excerpt_never_shares_the_whole_entry(session, couple):
    alex, sam = couple
    entry = journal.write(session, alex, "Everything I feel", now=NOW)
    for empty in ("", "   ", "\n"):
        with pytest.raises(ValidationError):
            journal.share(session, alex, entry.id, excerpt=empty, now=NOW)
        with pytest.raises(ValidationError):
            journal.preview_share(session, alex, entry.id, empty)
    assert journal.shared_entries(session, sam.couple_id) == []
    assert journal.preview_share(session, alex, entry.id, None) == "Everything I feel"
    assert entry.shared_at is None  # a preview writes nothing


@pytest.mark.parametrize(
    "excerpt",
    [
        "I can",  # "I cannot forgive you yet": the cut reverses it
        "I can't",  # no such words: "can't" is not "cannot"
        "not forgive you yet",  # starts inside "cannot"
        "I cannot forgive you ye",
        "negotiable",  # inside "non-negotiable"
        "It was",  # "It wasn't fine" would become "It was"
    ],
)
def test_an_excerpt_cannot_cut_through_a_word(session, couple, excerpt):
    alex, sam = couple
    entry = journal.write(session, alex, "I cannot forgive you yet… This is non-negotiable. It wasn't fine.")
    with pytest.raises(ValidationError):
        journal.share(session, alex, entry.id, excerpt=excerpt)
    session.refresh(entry)
    assert entry.shared_at is None and entry.shared_text is None
    assert journal.shared_entries(session, sam.couple_id) == []


@pytest.mark.parametrize(
    "excerpt",
    [
        "I cannot forgive you yet",
        "forgive you yet…",
        "… This is non-negotiable.",
        "It wasn't fine.",
        "This",
    ],
)
def test_an_excerpt_of_whole_words_is_shared(session, couple, excerpt):
    alex, sam = couple
    entry = journal.write(session, alex, "I cannot forgive you yet… This is non-negotiable. It wasn't fine.")
    journal.share(session, alex, entry.id, excerpt=excerpt, now=NOW)
    assert [e.text for e in journal.shared_entries(session, sam.couple_id)] == [excerpt]


def test_an_excerpt_that_also_occurs_inside_a_word_is_found_where_it_is_whole(session, couple):
    alex, sam = couple
    entry = journal.write(session, alex, "I cannot say it. But I can try.")
    journal.share(session, alex, entry.id, excerpt="I can", now=NOW)
    assert [e.text for e in journal.shared_entries(session, sam.couple_id)] == ["I can"]
