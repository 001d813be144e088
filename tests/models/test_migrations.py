from alembic import command

from trust_tracker.models.db import alembic_config, make_engine, upgrade


def test_migrations_match_the_models(engine):
    # Fails when an entity changed without a migration to go with it.
    command.check(alembic_config(engine))


def test_downgrade_and_upgrade_again(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade(engine)
    command.downgrade(alembic_config(engine), "base")
    upgrade(engine)
    command.check(alembic_config(engine))
    engine.dispose()
