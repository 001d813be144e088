"""One-time links and new accounts, two requests at the same moment (tester-security50): each
runs in its own transaction and thread, the second acting between the first's look-up and
its write (tests/races.py). On PostgreSQL a read, then a write, let both in; on SQLite the
second waits for the first. Either way: one winner, the loser answered as a used link (or a
taken email), and nothing of the loser's written."""

from __future__ import annotations

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from tests.factories import NOW, PASSWORD, make_couple
from tests.races import second_between_look_up_and_write
from trust_tracker.models import accounts, leaving
from trust_tracker.models.db import make_sessionmaker
from trust_tracker.models.entities import Invitation, Partner
from trust_tracker.models.errors import EmailTaken, InvalidCode

# After its email is looked up, a new partner is written: the moment another may come between.
EMAIL_LOOK_UP = "partner.email ="


def _alone(engine: Engine) -> int:
    """A couple of one, committed; its partner's id."""
    with make_sessionmaker(engine).begin() as session:
        alex, _ = make_couple(session, second=None)
        return alex.id


def _invited(engine: Engine) -> tuple[int, str]:
    alex_id = _alone(engine)
    with make_sessionmaker(engine).begin() as session:
        return alex_id, accounts.create_invitation(session, session.get_one(Partner, alex_id), now=NOW)


def _joining(token: str, name: str, email: str | None = None):
    def join(session: Session) -> int:
        email_used = email or f"{name.lower()}@example.com"
        return accounts.join(session, token=token, name=name, email=email_used, password=PASSWORD, now=NOW).id

    return join


def _partners_of(engine: Engine, partner_id: int) -> list[str]:
    with make_sessionmaker(engine).begin() as session:
        couple_id = session.get_one(Partner, partner_id).couple_id
        return sorted(session.scalars(select(Partner.name).where(Partner.couple_id == couple_id)))


def _one_won(results: tuple[object, object], lost: type[Exception]) -> None:
    won = [r for r in results if isinstance(r, int)]
    assert len(won) == 1 and any(isinstance(r, lost) for r in results), results


def test_one_invitation_lets_one_person_in_when_two_use_it_at_once(fresh_engine) -> None:
    alex_id, token = _invited(fresh_engine)
    results = second_between_look_up_and_write(
        fresh_engine, _joining(token, "Robin"), _joining(token, "Kim"), look_up=EMAIL_LOOK_UP
    )
    _one_won(results, InvalidCode)  # the loser reads what a used link says (a 404 on the site)
    assert len(_partners_of(fresh_engine, alex_id)) == 2
    with make_sessionmaker(fresh_engine).begin() as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == 2  # the loser's account is not made


def test_a_join_whose_email_is_taken_meanwhile_leaves_the_link_open(fresh_engine) -> None:
    alex_id, token = _invited(fresh_engine)

    def sign_up_first(session: Session) -> int:
        return accounts.sign_up(session, name="Robin", email="robin@example.com", password=PASSWORD).id

    joined, signed_up = second_between_look_up_and_write(
        fresh_engine, _joining(token, "Robin"), sign_up_first, look_up=EMAIL_LOOK_UP
    )
    if isinstance(joined, int):  # SQLite: the join went first, the sign-up found the email taken
        assert isinstance(signed_up, EmailTaken)
        return
    assert isinstance(joined, EmailTaken) and isinstance(signed_up, int)  # the site's reply: as any taken email
    assert _partners_of(fresh_engine, alex_id) == ["Alex"]
    with make_sessionmaker(fresh_engine).begin() as session:
        assert accounts.inviter(session, token, now=NOW).id == alex_id  # unspent: for another address


def test_two_sign_ups_with_one_new_email_make_one_account(fresh_engine) -> None:

    def sign_up(name: str):
        return lambda session: accounts.sign_up(session, name=name, email="new@example.com", password=PASSWORD).id

    results = second_between_look_up_and_write(fresh_engine, sign_up("Robin"), sign_up("Kim"), look_up=EMAIL_LOOK_UP)
    _one_won(results, EmailTaken)  # never a clash that tells a sign-up is under way (tester-security50 D5)
    with make_sessionmaker(fresh_engine).begin() as session:
        assert session.scalar(select(func.count()).select_from(Partner)) == 1


def test_asking_for_two_invitations_at_once_leaves_one_live(fresh_engine) -> None:
    alex_id = _alone(fresh_engine)

    def invite(session: Session) -> str:
        return accounts.create_invitation(session, session.get_one(Partner, alex_id), now=NOW)

    first, second = second_between_look_up_and_write(fresh_engine, invite, invite, look_up="FROM invitation")
    with make_sessionmaker(fresh_engine).begin() as session:
        live = session.scalar(select(func.count()).select_from(Invitation).where(Invitation.used_at.is_(None)))
        assert live == 1
        assert sum(_opens(session, token) for token in (first, second)) == 1


def _opens(session: Session, token: object) -> bool:
    try:
        accounts.inviter(session, str(token), now=NOW)
    except InvalidCode:
        return False
    return True


def test_one_reset_link_sets_one_password_when_two_use_it_at_once(fresh_engine) -> None:
    alex_id = _alone(fresh_engine)
    with make_sessionmaker(fresh_engine).begin() as session:
        token = accounts.create_reset(session, session.get_one(Partner, alex_id), now=NOW)
    passwords = "amber glacier notebook 1", "amber glacier notebook 2"

    def reset(new: str):
        return lambda session: accounts.reset_password(session, token, new, now=NOW).id

    results = second_between_look_up_and_write(
        fresh_engine, reset(passwords[0]), reset(passwords[1]), look_up="FROM password_reset"
    )
    _one_won(results, InvalidCode)  # the loser is told the link is spent, never "your password is set"
    told_set = passwords[results.index(alex_id)]
    with make_sessionmaker(fresh_engine).begin() as session:
        assert accounts.authenticate(session, "alex@example.com", told_set) is not None


def test_deleting_a_lone_account_as_someone_joins_never_deletes_the_joiner(fresh_engine) -> None:
    """tester-web51: the delete read 'alone', the join committed, the couple's delete took the joiner along."""
    alex_id, token = _invited(fresh_engine)

    def delete_alex(session: Session) -> None:
        leaving.delete_partner(session, session.get_one(Partner, alex_id), PASSWORD)

    # The delete pauses right after it has read who is in the couple.
    deleted, joined = second_between_look_up_and_write(
        fresh_engine, delete_alex, _joining(token, "Robin"), look_up="= partner.couple_id"
    )
    assert deleted is None
    with make_sessionmaker(fresh_engine).begin() as session:
        assert session.get(Partner, alex_id) is None
        if isinstance(joined, int):  # the join went first: Robin stays, alone in a dissolved couple
            assert session.get(Partner, joined) is not None
        else:  # the delete went first: the link went with the couple
            assert isinstance(joined, InvalidCode), joined
        assert session.scalar(select(func.count()).select_from(Partner)) == (1 if isinstance(joined, int) else 0)


def test_a_join_just_ahead_of_a_delete_makes_it_a_delete_with_a_partner(fresh_engine) -> None:
    """The other order: the join holds the couple when the delete comes; the delete then finds Robin, and
    deletes Alex's account only, as with any partner: Robin keeps theirs, told at their next log-in."""
    alex_id, token = _invited(fresh_engine)

    def delete_alex(session: Session) -> None:
        leaving.delete_partner(session, session.get_one(Partner, alex_id), PASSWORD)

    # The join pauses once it holds the couple and has counted its partners.
    joined, deleted = second_between_look_up_and_write(
        fresh_engine, _joining(token, "Robin"), delete_alex, look_up="count("
    )
    assert isinstance(joined, int) and deleted is None, (joined, deleted)
    with make_sessionmaker(fresh_engine).begin() as session:
        assert session.get(Partner, alex_id) is None
        robin = session.get_one(Partner, joined)
        assert robin.couple.dissolved_at is not None
