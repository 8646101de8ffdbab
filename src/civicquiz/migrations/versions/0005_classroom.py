"""Classrooms: stable ids for learners, quizzes and answers (so an answer sent twice, or a
results file merged twice, is stored once), the computer each was given on, classes
defined by teachers and an optional learner PIN.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("learner", "attempt", "response")


def _fill_uids(table: str) -> None:
    """Give every existing row its own random 32-hex id."""
    if op.get_bind().dialect.name == "postgresql":
        value = "replace(gen_random_uuid()::text, '-', '')"
    else:
        value = "lower(hex(randomblob(16)))"
    op.execute(f"UPDATE {table} SET uid = {value} WHERE uid IS NULL")


def upgrade() -> None:
    op.create_table(
        "classroom",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("uid", sa.String(), nullable=True))
        _fill_uids(table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(f"ix_{table}_uid", ["uid"], unique=True)
    for table in ("attempt", "response"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("computer_id", sa.String(), nullable=True))
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("pin", sa.JSON(), nullable=True))
        batch_op.create_index("ix_learner_class_id", ["class_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_learner_class_id_classroom", "classroom", ["class_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("learner", schema=None) as batch_op:
        batch_op.drop_constraint("fk_learner_class_id_classroom", type_="foreignkey")
        batch_op.drop_index("ix_learner_class_id")
        batch_op.drop_column("pin")
        batch_op.drop_column("class_id")
    for table in ("attempt", "response"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("computer_id")
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_uid")
            batch_op.drop_column("uid")
    op.drop_table("classroom")
