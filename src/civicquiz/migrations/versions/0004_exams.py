"""Exams set by teachers, and the attempts that answer them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exam",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("bank_ids", sa.JSON(), nullable=False),
        sa.Column("topic_ids", sa.JSON(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("time_limit_s", sa.Integer(), nullable=True),
        sa.Column("shuffle", sa.Boolean(), nullable=False),
        sa.Column("pass_mark", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attempt", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exam_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_attempt_exam_id", ["exam_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_attempt_exam_id_exam", "exam", ["exam_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("attempt", schema=None) as batch_op:
        batch_op.drop_constraint("fk_attempt_exam_id_exam", type_="foreignkey")
        batch_op.drop_index("ix_attempt_exam_id")
        batch_op.drop_column("exam_id")
    op.drop_table("exam")
