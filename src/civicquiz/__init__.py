"""CivicQuiz: lessons and quizzes on Kazakhstan's 2026 constitutional reform."""

__version__ = "0.1.0"
APP_NAME = "CivicQuiz"
