"""Content from a bank file or a learner's keyboard is shown, never obeyed: no local file
is read to show it, markup is only rendered where the app means it, and nesting that
would hang or crash Qt's renderer is cut to what it can bear."""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from sqlmodel import col, select

from civicquiz.core import html_clean
from civicquiz.core.bank import Bank, Option, Question
from civicquiz.core.db import session_scope
from civicquiz.core.html_clean import clean_html, markdown_to_html
from civicquiz.core.library import load_bank
from civicquiz.core.models import Question as QuestionRow
from tests.gui.conftest import Driver

SIDE = 480  # a picture this tall makes any label that shows it obviously tall


def _png(side: int = SIDE) -> bytes:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _data_url(kind: str, payload: bytes) -> str:
    return f"data:image/{kind};base64,{base64.b64encode(payload).decode()}"


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "private.png"
    path.write_bytes(_png())
    return path


def nested(tag: str, depth: int, inner: str = "deep") -> str:
    cell = "<tr><td>" if tag == "table" else ""
    end = "</td></tr>" if tag == "table" else ""
    return f"<{tag}>{cell}" * depth + inner + f"{end}</{tag}>" * depth


# -- the cleaner ---------------------------------------------------------------------------


def test_the_cleaner_keeps_only_embedded_raster_images(picture: Path) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'<image xlink:href="{picture}" width="400" height="400"/></svg>'
    ).encode()
    png = _png(8)
    cases = {
        f'<img src="file://{picture}">': False,
        f'<img src="{picture}">': False,
        '<img src="private.png">': False,
        f'<img src="{_data_url("svg+xml", svg)}">': False,
        f'<img src="{_data_url("png", b"<svg>not a png</svg>")}">': False,  # lies about its kind
        f'<img src="{_data_url("png", png)}">': True,
    }
    for markup, kept in cases.items():
        assert ("<img" in clean_html(markup)) is kept, markup[:60]


def test_the_cleaner_bounds_nesting_tables_spans_and_sizes() -> None:
    tables = clean_html(nested("table", 20))
    assert tables.count("<table>") == html_clean.MAX_TABLE_DEPTH and "deep" in tables
    divs = clean_html(nested("div", 3000))
    assert divs.count("<div>") == html_clean.MAX_DEPTH and divs.count("</div>") == divs.count(
        "<div>"
    )
    assert 'colspan="20"' in clean_html('<table><tr><td colspan="99999">x</td></tr></table>')
    assert "width" not in clean_html('<img width="1e9" src="x">')
    long = clean_html("<p>" + "word " * 50_000 + "</p>")
    assert len(long) < html_clean.MAX_TEXT_CHARS + 100 and long.endswith("[…]</p>")


def test_markdown_never_names_a_local_file(picture: Path) -> None:
    for text in (f"![a](file://{picture})", f"![a]({picture})", "![a](private.png)",
                 f"<img src='{picture}'>", f"[link](file://{picture})"):  # fmt: skip
        assert "<img" not in markdown_to_html(text), text
    assert "<img" in markdown_to_html(f"![dot]({_data_url('png', _png(8))})")
    assert markdown_to_html("**bold**") == "<p><strong>bold</strong></p>\n"
    assert markdown_to_html(">" * 3000 + " x").count("<blockquote>") <= html_clean.MAX_DEPTH


# -- the window ----------------------------------------------------------------------------


def _hostile_bank(picture: Path) -> Bank:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'<image xlink:href="{picture}" width="{SIDE}" height="{SIDE}"/></svg>'
    ).encode()
    true_false = [Option("true", "True", True), Option("false", "False", False)]
    return Bank(
        key="hostile",
        title="Hostile",
        questions=[
            Question(
                "md",
                "true_false",
                f"Look: ![a](file://{picture})",
                options=true_false,
                stem_format="markdown",
            ),
            Question(
                "md-rel",
                "true_false",
                f"Look: ![a]({picture})",
                options=true_false,
                stem_format="markdown",
            ),
            Question(
                "svg",
                "true_false",
                f'See <img src="{_data_url("svg+xml", svg)}">',
                options=true_false,
                stem_format="html",
            ),
            Question(
                "tables",
                "true_false",
                nested("table", 20, "Is this deep?"),
                options=true_false,
                stem_format="html",
            ),
            Question(
                "match",
                "matching",
                "Match them",
                options=[
                    Option("a", f'<img src="{picture}">', match="one"),
                    Option("b", "<b>two</b>", match="two"),
                ],
            ),
        ],
    )


def _labels(widget: Any) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if label.isVisible()]


def test_a_hostile_bank_shows_no_local_file_and_renders_in_bounds(
    driver: Driver, picture: Path
) -> None:
    with session_scope(driver.window.controller.require_engine()) as session:
        load_bank(session, _hostile_bank(picture))
    with session_scope(driver.window.controller.engine) as session:
        ids = list(
            session.exec(
                select(QuestionRow.id)
                .where(col(QuestionRow.key).in_(["md", "md-rel", "svg", "tables", "match"]))
                .order_by(col(QuestionRow.position))
            )
        )
    driver.new_learner("Tester")
    results = driver.window.controller.screen_named("results")
    refused: list[str] = []  # what the review asks for from outside its text
    results.review.resource_refused.connect(refused.append)
    driver.window.controller.start_quiz(question_ids=ids)
    quiz = driver.on("quiz")
    seen = []
    for _ in ids:
        seen.append(quiz.question.qtype)
        for label in _labels(quiz):
            assert label.textFormat() != Qt.TextFormat.AutoText, label.text()[:60]
            assert label.sizeHint().height() < SIDE, f"a label showed a picture: {label.text()}"
        if quiz.question.qtype == "matching":
            prompts = [lb.text() for lb in quiz.widget.findChildren(QLabel)]
            assert f'<img src="{picture}">' in prompts, "the prompt is shown as typed"
        quiz.widget.set_answer(quiz.question.correct_answer())
        driver.click(quiz.main_button)
        driver.click(quiz.main_button)
    assert sorted(seen) == sorted(["true_false"] * 4 + ["matching"])
    assert driver.on("results") is results
    assert results.review.toPlainText(), "the review was shown"
    assert refused == [], "the review asked for resources from outside its text"


def test_a_learner_named_like_markup_is_shown_as_typed(
    driver: Driver, picture: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(picture.parent)  # where Qt would look for a relative image
    name = f"<img src={picture.name}>"
    home = driver.new_learner(name)
    assert driver.window.who.textFormat() == Qt.TextFormat.PlainText
    assert name in driver.window.who.text()
    assert driver.window.who.sizeHint().height() < SIDE
    assert home.greeting.text() == f"Hello, {name}" and home.greeting.sizeHint().height() < SIDE
    for screen in driver.window.controller.screens.values():
        for label in screen.findChildren(QLabel):
            assert label.textFormat() != Qt.TextFormat.AutoText, (screen.name, label.text())


def test_three_thousand_levels_of_html_or_markdown_render_without_crashing(
    tmp_path: Path,
) -> None:
    script = tmp_path / "render.py"
    script.write_text(
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from PySide6.QtCore import Qt\n"
        "from civicquiz.gui.screens.quiz import stem_markup\n"
        "from civicquiz.gui.widgets.safe_text import SafeTextBrowser\n"
        "app = QApplication([])\n"
        "for kind, text in (('html', '<div><table><tr><td>' * 3000 + 'x'),\n"
        "                   ('markdown', '> ' * 3000 + 'x'), ('markdown', '- ' * 3000 + 'x')):\n"
        "    markup = stem_markup(text, kind)\n"
        "    label = QLabel(); label.setTextFormat(Qt.TextFormat.RichText)\n"
        "    label.setWordWrap(True); label.setText(markup); label.resize(600, 400)\n"
        "    label.show(); label.sizeHint(); app.processEvents()\n"
        "    browser = SafeTextBrowser(); browser.setHtml(markup); browser.show()\n"
        "    app.processEvents()\n"
        "print('rendered')\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0 and "rendered" in done.stdout, done.stderr[-2000:]


def test_the_safe_browser_refuses_files_and_says_which(qtbot: Any, tmp_path: Path) -> None:
    from civicquiz.gui.widgets.safe_text import SafeTextBrowser

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n")
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    with qtbot.waitSignal(browser.resource_refused) as refused:
        browser.setHtml(f'<p>look</p><img src="file://{secret}">')
        browser.show()
    assert refused.args == [f"file://{secret}"[:80]]
