"""The interface in English, Russian and Kazakh."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlmodel import select

from civicquiz.core.db import session_scope
from civicquiz.core.models import Learner
from civicquiz.gui import i18n
from tests.gui.conftest import Driver

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%p%")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_every_string_is_translated_and_keeps_its_placeholders(code: str) -> None:
    tree = ET.parse(TS_DIR / f"civicquiz_{code}.ts")
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        texts = (
            [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        for text in texts:
            assert (text and text != source) or source in ("Quiz",), source
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert ("%n" in source) == ("%n" in text), source


@pytest.mark.parametrize(
    ("code", "home", "hello"),
    [("ru", "Главная", "Здравствуйте"), ("kk", "Басты бет", "Сәлеметсіз бе")],
)
def test_switching_language_translates_the_interface_at_once(
    driver: Driver, code: str, home: str, hello: str
) -> None:
    driver.new_learner("Polyglot")
    driver.window.controller.go("settings")
    settings = driver.on("settings")
    settings.language.setCurrentIndex(settings.language.findData(code))
    driver.idle()
    assert driver.window.nav["home"].text() == home
    driver.window.controller.go("home")
    assert driver.on("home").greeting.text().startswith(hello)
    with session_scope(driver.window.controller.engine) as session:
        assert session.exec(select(Learner)).one().settings["language"] == code
    i18n.install_language("en")


def test_the_content_language_is_a_setting_of_its_own(driver: Driver) -> None:
    driver.new_learner("Polyglot")
    driver.window.controller.go("settings")
    settings = driver.on("settings")
    settings.language.setCurrentIndex(settings.language.findData("ru"))
    driver.idle()
    assert driver.window.controller.content_language == "ru"  # follows the interface by default
    settings = driver.on("settings")
    assert settings.content.currentData() == ""
    settings.content.setCurrentIndex(settings.content.findData("kk"))
    driver.idle()
    assert driver.window.controller.content_language == "kk"
    assert driver.window.nav["home"].text() == "Главная"  # the interface stays Russian
    with session_scope(driver.window.controller.engine) as session:
        stored = session.exec(select(Learner)).one().settings
        assert stored["language"] == "ru" and stored["content_language"] == "kk"
    i18n.install_language("en")
