"""Themes (light, dark, high contrast) and text size, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "contrast")
BASE_POINT_SIZE = 11.0

_COLOURS = {
    #            window     text       base       alt-base   button     highlight  hl-text    link       muted      good       bad        focus
    "light": ("#f4f6f9", "#1b1f24", "#ffffff", "#eef1f5", "#e7ebf0", "#1d6fb8", "#ffffff", "#1a5fa0", "#57606a", "#1a7f37", "#b3261e", "#1d6fb8"),
    "dark": ("#1e2227", "#e6e9ee", "#272c33", "#2f353d", "#343a42", "#4c9be8", "#0b0d10", "#7fb8f0", "#a2abb6", "#4ac26b", "#ff7b72", "#7fb8f0"),
    "contrast": ("#000000", "#ffffff", "#000000", "#111111", "#000000", "#ffff00", "#000000", "#00ffff", "#ffffff", "#00ff00", "#ff6060", "#ffff00"),
}  # fmt: skip


def colours(theme: str) -> dict[str, str]:
    names = (
        "window",
        "text",
        "base",
        "alt",
        "button",
        "highlight",
        "hltext",
        "link",
        "muted",
        "good",
        "bad",
        "focus",
    )
    return dict(zip(names, _COLOURS.get(theme, _COLOURS["light"]), strict=True))


def apply_theme(app: QApplication, theme: str, font_scale: float, touch: bool = False) -> None:
    """Palette, text size and style; ``touch`` makes every target at least 44 pixels."""
    c = colours(theme)
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"],
        QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"],
        QPalette.ColorRole.AlternateBase: c["alt"],
        QPalette.ColorRole.Text: c["text"],
        QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"],
        QPalette.ColorRole.Highlight: c["highlight"],
        QPalette.ColorRole.HighlightedText: c["hltext"],
        QPalette.ColorRole.Link: c["link"],
        QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"],
        QPalette.ColorRole.PlaceholderText: c["muted"],
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    app.setPalette(palette)
    font = QFont(app.font())
    size = BASE_POINT_SIZE * max(0.8, min(2.0, font_scale))
    font.setPointSizeF(size)
    app.setFont(font)
    border = "3px" if theme == "contrast" else "2px"
    app.setStyleSheet(
        f"""
        *:focus {{ outline: none; }}
        QPushButton, QToolButton, QComboBox, QLineEdit, QListWidget, QTextBrowser, QSpinBox {{
            border: 1px solid {c["muted"]}; border-radius: 6px; padding: 6px 12px;
        }}
        QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QListWidget:focus,
        QTextBrowser:focus, QRadioButton:focus, QCheckBox:focus, QSpinBox:focus, QSlider:focus {{
            border: {border} solid {c["focus"]};
        }}
        QRadioButton, QCheckBox {{ padding: 6px; border: {border} solid transparent; border-radius: 6px; }}
        QPushButton[primary="true"] {{ background: {c["highlight"]}; color: {c["hltext"]}; font-weight: bold; }}
        QPushButton:disabled, QPushButton[primary="true"]:disabled {{
            background: {c["alt"]}; color: {c["muted"]}; border-style: dashed;
        }}
        QLabel[role="muted"] {{ color: {c["muted"]}; }}
        QLabel[role="title"] {{ font-size: {size * 1.7:.1f}pt; font-weight: bold; }}
        QLabel[role="heading"] {{ font-size: {size * 1.25:.1f}pt; font-weight: bold; }}
        QFrame[role="card"] {{ background: {c["base"]}; border: 1px solid {c["alt"]}; border-radius: 10px; }}
        QFrame[role="good"] {{ background: {c["base"]}; border: {border} solid {c["good"]}; border-radius: 8px; }}
        QFrame[role="bad"] {{ background: {c["base"]}; border: {border} solid {c["bad"]}; border-radius: 8px; }}
        QProgressBar {{ border: 1px solid {c["muted"]}; border-radius: 5px; text-align: center; min-height: 14px; }}
        QProgressBar::chunk {{ background: {c["highlight"]}; border-radius: 4px; }}
        """
        + (
            """
        QPushButton, QComboBox, QLineEdit, QSpinBox { min-height: 44px; min-width: 44px; }
        QRadioButton::indicator, QCheckBox::indicator { width: 32px; height: 32px; }
        QRadioButton, QCheckBox { min-height: 44px; }
        QListWidget::item { min-height: 44px; }
        """
            if touch
            else ""
        )
    )
