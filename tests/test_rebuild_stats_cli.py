"""`trust-tracker db rebuild-stats`: the figures recomputed from the entries, however they went wrong."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select, update

from tests.test_cli import database, migrated, rows, run
from trust_tracker.models import accounts, email_links
from trust_tracker.models.db import make_engine, make_sessionmaker
from trust_tracker.models.demo import DEMO_EMAILS
from trust_tracker.models.email_links import EmailLink
from trust_tracker.models.stat_entities import DailyStat, MonthlyStat

__all__ = ["database", "migrated"]  # fixtures of the CLI tests


def test_rebuild_stats_puts_back_figures_that_were_damaged(migrated) -> None:
    assert run("demo").exit_code == 0
    before = set(
        rows(migrated, select(DailyStat.partner_id, DailyStat.lineage_id, DailyStat.local_date, DailyStat.kept))
    )
    assert before and len(DEMO_EMAILS) == 2
    engine = make_engine(f"sqlite:///{migrated}")
    with make_sessionmaker(engine)() as session, session.begin():  # what a bad import or a bug could leave
        session.execute(delete(MonthlyStat))
        session.execute(update(DailyStat).values(kept=DailyStat.kept + 7))
        alex = accounts.partner_by_email(session, DEMO_EMAILS[0])
        assert alex is not None
        email_links.keep_newest(session, alex.id, "waiting", datetime(2099, 1, 1, tzinfo=UTC))
    engine.dispose()
    result = run("db", "rebuild-stats")
    assert result.exit_code == 0, result.output
    assert f"Rebuilt the figures: {len(before)} daily rows." in result.output
    after = set(
        rows(migrated, select(DailyStat.partner_id, DailyStat.lineage_id, DailyStat.local_date, DailyStat.kept))
    )
    assert after == before
    assert rows(migrated, select(MonthlyStat.id))
    assert rows(migrated, select(EmailLink.nonce)) == [("waiting",)]  # not a figure: a link still waiting


def test_rebuild_stats_before_db_upgrade_says_to_run_it(database) -> None:
    result = run("db", "rebuild-stats")
    assert result.exit_code != 0 and "db upgrade" in result.output and "Traceback" not in result.output
