"""CivicQuiz: lessons and quizzes on Kazakhstan's 2026 constitutional reform."""

import logging

__version__ = "0.1.0"
APP_NAME = "CivicQuiz"
# The desktop entry, AppStream and macOS bundle id (packaging/; docs/packaging.md).
APP_ID = "kz.civicquiz.CivicQuiz"

# Library logging stays quiet unless the app configures a handler (the GUI logs to a file).
logging.getLogger(__name__).addHandler(logging.NullHandler())
