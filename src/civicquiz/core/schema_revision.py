"""The newest database schema revision this version of CivicQuiz knows.

Kept apart from the database code so that start-up can compare it without importing
SQLAlchemy or Alembic; a test keeps it equal to Alembic's head revision.
"""

SCHEMA_REVISION = "speed_0001"
