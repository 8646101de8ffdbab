"""Every theme, rendered by Qt and measured in pixels: text at least 4.5:1, control edges,
check marks and the focus ring at least 3:1 (WCAG 1.4.3, 1.4.11, 2.4.7), marks that grow
with the text size, and a window that fits 1280×800 at 200 % text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui import theme
from civicquiz.gui.screens.base import make_button, make_label


def hex_of(image: QImage, point: QPoint) -> str:
    return QColor(image.pixel(point)).name()


def strongest(image: QImage, rect: QRect, against: str) -> float:
    """The highest contrast of any pixel in ``rect`` against ``against``: for text, that is
    the glyphs' own colour (edges are anti-aliased towards the background)."""
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            best = max(best, theme.contrast_ratio(hex_of(image, QPoint(x, y)), against))
    return best


class Sample(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.text = make_label("Which body adopts constitutional laws?")
        self.muted = make_label("Timeline of the reform · Ordering · hard", "muted")
        self.unchecked_box = QCheckBox("I was sure of this answer")
        self.checked_box = QCheckBox("Checked")
        self.checked_box.setChecked(True)
        self.unchecked_radio = QRadioButton("Option one")
        self.checked_radio = QRadioButton("Option two")
        self.checked_radio.setChecked(True)
        self.field = QLineEdit()
        row = QHBoxLayout()
        self.plain = make_button("Save and leave")
        self.primary = make_button("Check", primary=True)
        row.addWidget(self.plain)
        row.addWidget(self.primary)
        for widget in (
            self.text,
            self.muted,
            self.unchecked_box,
            self.checked_box,
            self.unchecked_radio,
            self.checked_radio,
            self.field,
        ):
            layout.addWidget(widget)
        layout.addLayout(row)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    theme.apply_theme(qapp, "light", 1.0)


def render(app: QApplication, qtbot: Any, name: str, scale: float = 1.0) -> tuple[Sample, QImage]:
    theme.apply_theme(app, name, scale)
    sample = Sample()
    qtbot.addWidget(sample)
    sample.show()
    qtbot.waitExposed(sample)
    return sample, sample.grab().toImage()


def indicator(widget: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return widget.style().subElementRect(element, option, widget)


def in_sample(widget: QWidget, rect: QRect) -> QRect:
    return rect.translated(widget.mapTo(widget.window(), QPoint(0, 0)))


@pytest.mark.parametrize("name", theme.THEMES)
def test_text_and_controls_have_enough_contrast(app: QApplication, qtbot: Any, name: str) -> None:
    c = theme.colours(name)
    sample, image = render(app, qtbot, name)
    window = hex_of(image, QPoint(2, 2))
    assert window == c["window"]
    for label in (sample.text, sample.muted):
        ratio = strongest(image, in_sample(label, label.rect()), window)
        assert ratio >= 4.5, f"{name}: text {label.text()!r} is {ratio:.2f}:1"

    for box in (sample.unchecked_box, sample.unchecked_radio):
        mark = in_sample(box, indicator(box))
        edge = hex_of(image, QPoint(mark.left() + 1, mark.center().y()))
        ratio = theme.contrast_ratio(edge, window)
        assert ratio >= 3, f"{name}: {type(box).__name__} edge {edge} on {window} is {ratio:.2f}:1"
    for off, on in (
        (sample.unchecked_box, sample.checked_box),
        (sample.unchecked_radio, sample.checked_radio),
    ):
        # a box is filled when checked (sampled inside its corner); a radio gets a dot
        spot = (
            (lambda r: QPoint(r.left() + 4, r.top() + 4))
            if isinstance(on, QCheckBox)
            else (lambda r: r.center())
        )
        empty = hex_of(image, spot(in_sample(off, indicator(off))))
        marked = hex_of(image, spot(in_sample(on, indicator(on))))
        ratio = theme.contrast_ratio(empty, marked)
        assert ratio >= 3, f"{name}: checked {marked} vs unchecked {empty} is {ratio:.2f}:1"

    for widget in (sample.plain, sample.field):
        rect = in_sample(widget, widget.rect())
        edge = hex_of(image, QPoint(rect.left(), rect.center().y()))
        ratio = theme.contrast_ratio(edge, window)
        assert ratio >= 3, f"{name}: {type(widget).__name__} edge {edge} is {ratio:.2f}:1"
    primary = in_sample(sample.primary, sample.primary.rect())
    fill = hex_of(image, QPoint(primary.left() + 5, primary.top() + 5))
    assert theme.contrast_ratio(c["primary_text"], fill) >= 4.5


@pytest.mark.parametrize("name", theme.THEMES)
@pytest.mark.parametrize("which", ["plain", "primary", "field", "unchecked_box"])
def test_the_focus_ring_stands_out(app: QApplication, qtbot: Any, name: str, which: str) -> None:
    theme.apply_theme(app, name, 1.0)
    sample = Sample()
    qtbot.addWidget(sample)
    sample.show()
    qtbot.waitExposed(sample)
    widget: QWidget = getattr(sample, which)
    before = sample.grab().toImage()
    sample.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    after = sample.grab().toImage()
    rect = in_sample(widget, widget.rect())
    ring = QPoint(rect.left() + 1, rect.center().y())
    window = theme.colours(name)["window"]
    inside = hex_of(before, QPoint(rect.left() + 5, rect.top() + 5))
    colour = hex_of(after, ring)
    assert colour == theme.colours(name)["focus"]
    assert theme.contrast_ratio(colour, window) >= 3, f"{name}: ring on the window"
    assert theme.contrast_ratio(colour, inside) >= 3, f"{name}: ring on the {which}'s own fill"
    assert hex_of(before, ring) != colour, "the ring is only there with focus"


@pytest.mark.parametrize("name", theme.THEMES)
def test_check_marks_grow_with_the_text(app: QApplication, qtbot: Any, name: str) -> None:
    normal, _ = render(app, qtbot, name, 1.0)
    size_normal = indicator(normal.unchecked_box).height()
    big, _ = render(app, qtbot, name, 2.0)
    assert indicator(big.unchecked_box).height() >= 1.8 * size_normal
    assert indicator(big.unchecked_radio).height() >= 1.8 * size_normal


@pytest.mark.parametrize("name", theme.THEMES)
def test_at_200_percent_the_window_fits_1280_by_800(driver: Any, name: str) -> None:
    window = driver.window
    driver.new_learner("Aruzhan Seitkali-Nurmagambetova")
    window.controller.apply_settings(theme=name, font_scale=2.0)
    for screen in ("home", "progress", "settings"):
        window.controller.go(screen)
        driver.on(screen)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (screen, hint)
    window.controller.start_quiz(size=3)
    quiz = driver.on("quiz")
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, ("quiz", hint)
    window.resize(1280, 800)
    driver.idle()
    for button in window.nav.values():  # every header button whole, inside the window
        if button.isVisible():
            corner = button.mapTo(window, button.rect().bottomRight())
            assert window.rect().contains(corner), button.text()
    assert quiz.main_button.isVisible()
    window.controller.apply_settings(theme="light", font_scale=1.0)
