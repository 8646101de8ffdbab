"""Indexes for the teacher's reports: each answer's marks beside its quiz and question (the
per-quiz and per-learner sums read the index alone), and each question's answers grouped by
their text (the options chosen are read once per distinct answer, not once per answer).

Revision ID: speed_0001
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "speed_0001"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_response_attempt_marks",
        "response",
        ["attempt_id", "question_id", "correct", "score"],
        unique=False,
    )
    op.create_index(
        "ix_response_question_answer",
        "response",
        ["question_id", sa.text("CAST(answer AS TEXT)")],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_response_question_answer", table_name="response")
    op.drop_index("ix_response_attempt_marks", table_name="response")
