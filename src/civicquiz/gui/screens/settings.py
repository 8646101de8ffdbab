"""Settings: interface language, the language of lessons and questions, theme and text
size, saved with the learner; and the learner's class, which they pick or change here."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QSlider, QVBoxLayout

from civicquiz.gui.i18n import LANGUAGES
from civicquiz.gui.screens.base import Screen, make_button, make_label

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


class SettingsScreen(Screen):
    name = "settings"

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.addWidget(make_label(self.tr("Settings"), "title"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.content = QComboBox()
        self.content.setAccessibleName(self.tr("Lessons and questions in"))
        self.content.addItem(self.tr("The interface language"), "")
        for code, name in LANGUAGES.items():
            self.content.addItem(name, code)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, name in (
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(name, code)
        self.text_size = QSlider(Qt.Orientation.Horizontal)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setRange(80, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setPageStep(20)
        self.text_size.setTickInterval(20)
        self.text_size.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.size_label = make_label("", wrap=False)
        size_row = QHBoxLayout()
        size_row.addWidget(self.text_size, 1)
        size_row.addWidget(self.size_label)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lessons and questions in"), self.content)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Text size"), size_row)
        self.my_class = QComboBox()
        self.my_class.setAccessibleName(self.tr("My class"))
        self.class_label = make_label(self.tr("My class"), wrap=False)
        self.class_label.setBuddy(self.my_class)
        form.addRow(self.class_label, self.my_class)
        self.class_message = make_label("", "muted")
        self.class_message.setAccessibleName(self.tr("My class"))
        form.addRow("", self.class_message)
        layout.addLayout(form)
        layout.addWidget(
            make_label(self.tr("Changes apply at once and are kept for this learner."), "muted")
        )
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = make_button(self.tr("Back"))
        back.clicked.connect(self.controller.back)
        buttons.addWidget(back)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._loading = False
        self.language.currentIndexChanged.connect(self._changed)
        self.content.currentIndexChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        self.text_size.sliderReleased.connect(self._changed)
        self.text_size.valueChanged.connect(self._size_moved)
        self.my_class.activated.connect(self._class_chosen)

    def enter(self, **params: Any) -> None:
        self._loading = True
        settings = self.controller.settings
        self.language.setCurrentIndex(max(0, self.language.findData(settings["language"])))
        self.content.setCurrentIndex(
            max(0, self.content.findData(settings.get("content_language") or ""))
        )
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings["theme"])))
        self.text_size.setValue(round(float(settings["font_scale"]) * 100))
        self.size_label.setText(f"{self.text_size.value()}%")
        self._loading = False
        self.language.setFocus()
        self.load_class()

    # -- the learner's class ------------------------------------------------------------
    def load_class(self) -> None:
        """The classes the teacher defined and the one this learner is in (a kiosk's
        visitors and a database without classes have no class row)."""
        from civicquiz.services import classes

        learner_id = self.controller.learner_id
        self.class_message.clear()
        if learner_id is None or self.controller.kiosk:
            self._show_class(None)
            return

        self.controller.ops.query(
            lambda db: classes.learner_classes(db, learner_id), self._show_class
        )

    def _show_class(self, loaded: tuple[list[tuple[int, str]], int | None] | None) -> None:
        classes, current = loaded if loaded else ([], None)
        for widget in (self.class_label, self.my_class, self.class_message):
            widget.setVisible(bool(classes))
        self.my_class.clear()
        self.my_class.addItem(self.tr("No class"), None)
        for class_id, name in classes:
            self.my_class.addItem(name, class_id)
        self.my_class.setCurrentIndex(max(0, self.my_class.findData(current)))

    def _class_chosen(self, _index: int) -> None:
        from civicquiz.services import classes

        learner_id, class_id = self.controller.learner_id, self.my_class.currentData()
        name = self.my_class.currentText()
        if learner_id is None:
            return

        def done(_moved: int) -> None:
            self.class_message.setText(
                self.tr("You are now in class {name}.").format(name=name)
                if class_id is not None
                else self.tr("You are now in no class.")
            )

        def refused(error: BaseException, _trace: str) -> None:
            self.class_message.setText(str(error))
            self.load_class()

        self.controller.ops.collection(
            lambda db: classes.move_learners(db, [learner_id], class_id),
            done,
            refused,
            initiator=self,  # it shows the class chosen already
        )

    def _size_moved(self, value: int) -> None:
        self.size_label.setText(f"{value}%")
        if not self.text_size.isSliderDown():
            self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        self.controller.apply_settings(
            language=self.language.currentData(),
            content_language=self.content.currentData(),
            theme=self.theme.currentData(),
            font_scale=self.text_size.value() / 100,
        )
