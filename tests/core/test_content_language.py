"""The content language (issue 14): a learner setting that follows the interface language
until the learner picks another, kept with the learner's settings."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from civicquiz.core.db import session_scope
from civicquiz.core.learners import (
    add_learner,
    content_language,
    learner_settings,
    update_learner_settings,
)
from civicquiz.core.models import Learner


def test_the_content_language_follows_the_interface_until_set(engine: Engine) -> None:
    with session_scope(engine) as session:
        learner_id = add_learner(session, "Dana").id
        assert learner_id is not None
        update_learner_settings(session, learner_id, language="ru")
        assert content_language(learner_settings(session.get(Learner, learner_id))) == "ru"
        # A Russian-speaking student practising in Kazakh.
        update_learner_settings(session, learner_id, content_language="kk")
    with session_scope(engine) as session:  # read back as stored
        settings = learner_settings(session.get(Learner, learner_id))
        assert settings["language"] == "ru" and content_language(settings) == "kk"
        update_learner_settings(session, learner_id, language="en")
        assert content_language(learner_settings(session.get(Learner, learner_id))) == "kk"
        update_learner_settings(session, learner_id, content_language="")
        assert content_language(learner_settings(session.get(Learner, learner_id))) == "en"


def test_an_old_learner_without_the_setting_follows_the_interface() -> None:
    old = Learner(name="Aru", settings={"language": "kk", "theme": "dark", "font_scale": 1.2})
    assert content_language(learner_settings(old)) == "kk"
