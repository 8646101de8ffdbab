"""The kiosk's attract screen: what this is, a language choice and a big Start button.
Five taps on the title within four seconds is the supervisor's hidden way in."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from civicquiz import APP_NAME
from civicquiz.gui.i18n import LANGUAGES
from civicquiz.gui.screens.base import Screen, make_button, make_label
from civicquiz.gui.speech import Speaker

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


class _Title(QLabel):
    def __init__(self, screen: AttractScreen) -> None:
        super().__init__(APP_NAME)
        self.owner = screen
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "title")
        self.taps: list[float] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self.taps = [t for t in self.taps if now - t < 4.0] + [now]
        if len(self.taps) >= 5:
            self.taps.clear()
            self.owner.controller.ask_supervisor()
        super().mousePressEvent(event)


class AttractScreen(Screen):
    name = "attract"

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
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
        self.invite = invite
        layout.addSpacing(24)
        languages = QHBoxLayout()
        languages.addStretch(1)
        for code, name in LANGUAGES.items():
            button = make_button(name)
            button.clicked.connect(
                lambda _=False, c=code: self.controller.apply_settings(language=c)
            )
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
        self.start_button.clicked.connect(self.controller.start_visit)
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        # Read aloud, offered before the visit starts; questions have their own button.
        speech_row = QHBoxLayout()
        speech_row.addStretch(1)
        self.read_button = make_button(
            self.tr("Read aloud"), tip=self.tr("Hear this screen read aloud (Ctrl+R)")
        )
        self.read_button.clicked.connect(self.read_aloud)
        speech_row.addWidget(self.read_button)
        speech_row.addStretch(1)
        layout.addLayout(speech_row)
        self.speech_note = make_label("", "muted")
        self.speech_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.speech_note)
        self.speaker = Speaker(self)
        self.speaker.problem.connect(self.speech_note.setText)
        read = QShortcut(QKeySequence("Ctrl+R"), self)
        read.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        read.activated.connect(self.read_aloud)
        layout.addStretch(2)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # Enter starts, as on a ticket machine
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter_pressed)

    def _enter_pressed(self) -> None:
        """Enter starts, unless another button has the focus: then it presses that one."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and focused is not self.start_button:
            focused.animateClick()
        else:
            self.controller.start_visit()

    def read_aloud(self) -> None:
        self.speech_note.clear()
        text = f"{self.invite.text()} {self.tr('Press Start to begin.')}"
        self.speaker.say(text, str(self.controller.settings.get("language", "en")))

    def enter(self, **params: Any) -> None:
        self.start_button.setFocus()
