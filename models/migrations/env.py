"""Alembic environment.

`trust-tracker db upgrade` and `db revision` hand over their engine (config.attributes);
plain `alembic …` (alembic.ini at the top level) connects to DATABASE_URL, as the site does.
"""

import os

from alembic import context

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

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite cannot ALTER most things
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
