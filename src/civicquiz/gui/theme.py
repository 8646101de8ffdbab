"""Themes (light, dark, high contrast) and text size, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("light", "dark", "contrast")
BASE_POINT_SIZE = 11.0

_COLOURS = {
    #            window     text       base       alt-base   button     highlight  hl-text    link       muted      good       bad        focus      edge       primary    prim-text  accent     mark
    "light": ("#f4f6f9", "#1b1f24", "#ffffff", "#eef1f5", "#e7ebf0", "#1d6fb8", "#ffffff", "#1a5fa0", "#57606a", "#1a7f37", "#b3261e", "#1b1f24", "#57606a", "#1d6fb8", "#ffffff", "#1d6fb8", "#ffffff"),
    "dark": ("#1e2227", "#e6e9ee", "#272c33", "#2f353d", "#343a42", "#4c9be8", "#0b0d10", "#7fb8f0", "#a2abb6", "#4ac26b", "#ff7b72", "#ffffff", "#a2abb6", "#2b6cb0", "#ffffff", "#7fb8f0", "#0b0d10"),
    "contrast": ("#000000", "#ffffff", "#000000", "#111111", "#000000", "#ffff00", "#000000", "#00ffff", "#ffffff", "#00ff00", "#ff6060", "#00ffff", "#ffffff", "#000000", "#ffff00", "#ffff00", "#000000"),
}  # fmt: skip
# focus: the focus ring, at least 3:1 against the window and against a primary button's fill;
# edge: boundaries of controls (buttons, fields, check boxes, radio buttons), at least 3:1;
# accent/mark: a checked box's fill and its tick (the tick and dot images in
# resources/styles/ are drawn in these colours).

NAMES = (
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
    "edge",
    "primary",
    "primary_text",
    "accent",
    "mark",
)


def colours(theme: str) -> dict[str, str]:
    return dict(zip(NAMES, _COLOURS.get(theme, _COLOURS["light"]), strict=True))


def luminance(colour: str) -> float:
    """Relative luminance of an sRGB colour, as WCAG defines it."""
    rgb = QColor(colour)
    channels = []
    for value in (rgb.redF(), rgb.greenF(), rgb.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def indicator_px(font_scale: float) -> int:
    """Side of a check box or radio button mark: it grows with the text."""
    return max(16, round(BASE_POINT_SIZE * max(0.8, min(2.0, font_scale)) * 96 / 72 * 1.15))


def _style_url(name: str) -> str:
    from civicquiz.paths import resource_path

    return resource_path("resources", "styles", name).as_posix()


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
    mark = indicator_px(font_scale)
    check, dot = _style_url(f"check-{theme}.svg"), _style_url(f"dot-{theme}.svg")
    if theme not in THEMES:
        check, dot = _style_url("check-light.svg"), _style_url("dot-light.svg")
    app.setStyleSheet(
        f"""
        *:focus {{ outline: none; }}
        QPushButton, QToolButton, QComboBox, QLineEdit, QListWidget, QTextBrowser, QSpinBox {{
            border: {"2px" if theme == "contrast" else "1px"} solid {c["edge"]};
            border-radius: 6px; padding: 6px 12px;
        }}
        QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QListWidget:focus,
        QTextBrowser:focus, QRadioButton:focus, QCheckBox:focus, QSpinBox:focus, QSlider:focus,
        QLabel:focus, QFrame[role="good"]:focus, QFrame[role="bad"]:focus {{
            border: 3px solid {c["focus"]};
        }}
        QLabel:focus {{ border-radius: 4px; }}
        QRadioButton, QCheckBox {{ padding: 6px; border: 3px solid transparent; border-radius: 6px; spacing: 8px; }}
        QCheckBox::indicator, QRadioButton::indicator {{
            width: {mark}px; height: {mark}px; border: 2px solid {c["edge"]}; background: {c["base"]};
        }}
        QCheckBox::indicator {{ border-radius: 4px; }}
        QRadioButton::indicator {{ border-radius: {mark // 2 + 2}px; }}
        QCheckBox::indicator:checked {{
            background: {c["accent"]}; border-color: {c["accent"]}; image: url({check});
        }}
        QRadioButton::indicator:checked {{ border-color: {c["accent"]}; image: url({dot}); }}
        QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
        QPushButton[primary="true"] {{
            background: {c["primary"]}; color: {c["primary_text"]}; font-weight: bold;
            {"border-color: " + c["primary_text"] + ";" if theme == "contrast" else ""}
        }}
        QPushButton[primary="true"]:focus {{ border: 3px solid {c["focus"]}; }}
        QPushButton:disabled, QPushButton[primary="true"]:disabled {{
            background: {c["alt"]}; color: {c["muted"]}; border-style: dashed;
        }}
        QLabel[role="muted"] {{ color: {c["muted"]}; }}
        QLabel[role="right"] {{ color: {c["good"]}; font-weight: bold; border: none; }}
        QLabel[role="wrong"] {{ color: {c["bad"]}; font-weight: bold; border: none; }}
        QLabel[role="title"] {{ font-size: {size * 1.7:.1f}pt; font-weight: bold; }}
        QLabel[role="heading"] {{ font-size: {size * 1.25:.1f}pt; font-weight: bold; }}
        QFrame[role="card"] {{ background: {c["base"]}; border: 1px solid {c["edge"]}; border-radius: 10px; }}
        QFrame[role="good"] {{ background: {c["base"]}; border: {border} solid {c["good"]}; border-radius: 8px; }}
        QFrame[role="bad"] {{ background: {c["base"]}; border: {border} solid {c["bad"]}; border-radius: 8px; }}
        QProgressBar {{ border: 1px solid {c["edge"]}; border-radius: 5px; text-align: center; min-height: 14px; }}
        QProgressBar::chunk {{ background: {c["highlight"]}; border-radius: 4px; }}
        """
        + (
            """
        QPushButton, QComboBox, QLineEdit, QSpinBox { min-height: 44px; min-width: 44px; }
        QRadioButton::indicator, QCheckBox::indicator { width: 32px; height: 32px; border-radius: 6px; }
        QRadioButton, QCheckBox { min-height: 44px; }
        QListWidget::item { min-height: 44px; }
        """
            if touch
            else ""
        )
    )
