"""Alembic environment: runs against the engine handed over by models.db.upgrade."""

from alembic import context

from models.base import Base
import models.entities  # noqa: F401  (registers the tables on Base.metadata)

engine = context.config.attributes["engine"]

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
