"""The kiosk's attract screen: what this is, a language choice and a big Start button.
Five taps on the title within four seconds is the supervisor's hidden way in."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from civicquiz import APP_NAME
from civicquiz.gui.i18n import LANGUAGES
from civicquiz.gui.screens.base import Screen, make_button, make_label


class _Title(QLabel):
    def __init__(self, screen: AttractScreen) -> None:
        super().__init__(APP_NAME)
        self.screen = screen
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "title")
        self.taps: list[float] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self.taps = [t for t in self.taps if now - t < 4.0] + [now]
        if len(self.taps) >= 5:
            self.taps.clear()
            self.screen.window_.ask_supervisor()
        super().mousePressEvent(event)


class AttractScreen(Screen):
    name = "attract"

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addStretch(1)
        self.title = _Title(self)
        layout.addWidget(self.title)
        invite = make_label(
            self.tr(
                "How does Kazakhstan's new Constitution work? Learn about the Kurultai, the People's "
                "Council and the referendum in a few minutes, then test yourself."
            ),
            "heading",
        )
        invite.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(invite)
        layout.addSpacing(24)
        languages = QHBoxLayout()
        languages.addStretch(1)
        for code, name in LANGUAGES.items():
            button = make_button(name)
            button.clicked.connect(lambda _=False, c=code: self.window_.apply_settings(language=c))
            languages.addWidget(button)
        languages.addStretch(1)
        layout.addLayout(languages)
        layout.addSpacing(24)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = make_button(self.tr("Start"), primary=True)
        self.start_button.setObjectName("start")
        self.start_button.setStyleSheet(
            "QPushButton#start { min-width: 260px; min-height: 80px; font-size: 20pt; }"
        )
        self.start_button.clicked.connect(self.window_.start_visit)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter starts, as on a ticket machine
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.window_.start_visit)

    def enter(self, **params: Any) -> None:
        self.start_button.setFocus()
