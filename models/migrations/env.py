"""Alembic environment.

`trust-tracker db upgrade` and `db revision` hand over their engine (config.attributes);
plain `alembic …` (alembic.ini at the top level) connects to DATABASE_URL, as the site does.
"""

import os

from alembic import context
from sqlalchemy import Connection

import trust_tracker.models.entities  # noqa: F401  (registers the tables on Base.metadata)
from trust_tracker.models.base import Base
from trust_tracker.models.db import make_engine

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Set DATABASE_URL to the database to migrate (as for `trust-tracker serve`).")
    engine = make_engine(url)


def _sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    # On the driver's own connection: through SQLAlchemy this would open a transaction first.
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds a table by dropping the old one, and with foreign keys on
        # that drop cascades into every table pointing at it. SQLite switches them only
        # outside a transaction; they are checked before the migration commits.
        _sqlite_foreign_keys(connection, on=False)
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,  # SQLite cannot ALTER most things
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").all()):
                raise RuntimeError(f"The migration left rows pointing at nothing: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            _sqlite_foreign_keys(connection, on=True)
