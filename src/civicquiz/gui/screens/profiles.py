"""Profiles: several learners on one computer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from civicquiz.gui.screens.base import Screen, confirm, make_button, make_label
from civicquiz.services.changes import Changes

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


class ProfilesScreen(Screen):
    name = "profiles"
    shows = Changes.LEARNERS | Changes.CLASSES

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(make_label(self.tr("Who is learning?"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Choose your profile, or add a new one. Each learner's progress is kept separately."
                ),
                "muted",
            )
        )
        from civicquiz.gui.screens.seat import SeatClassPicker, pin_button

        self.class_picker = SeatClassPicker(self)
        layout.addWidget(self.class_picker)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learners"))
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.list.currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list, 1)
        actions = QHBoxLayout()
        self.open_button = make_button(self.tr("Open"), primary=True)
        self.open_button.clicked.connect(self.open_selected)
        self.rename_button = make_button(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button = make_button(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.pin_button = pin_button(self)
        for button in (self.open_button, self.rename_button, self.delete_button, self.pin_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.teacher_button = make_button(self.tr("Teacher"))
        self.teacher_button.clicked.connect(lambda: self.controller.go("teacher"))
        actions.addWidget(self.teacher_button)
        layout.addLayout(actions)
        layout.addSpacing(16)
        layout.addWidget(make_label(self.tr("New learner"), "heading"))
        add_row = QHBoxLayout()
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("Name"))
        self.name_field.setAccessibleName(self.tr("Name of the new learner"))
        self.name_field.setMaxLength(60)
        self.name_field.returnPressed.connect(self.add)
        self.name_field.textEdited.connect(self._withdraw_refusal)
        self.add_button = make_button(self.tr("Add learner"))
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.name_field, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.message = make_label("", "muted")
        self.message.setAccessibleDescription(self.tr("Message"))
        layout.addWidget(self.message)
        self.learners: list[tuple[int, str]] = []
        self.note = ""
        self.hint = ""
        self.refused = False  # the message says why the last name was refused

    def enter(self, **params: Any) -> None:
        # Services import the database layer inside, on the worker: on a first start this
        # screen is up before that layer is loaded, and must not wait for it.
        from civicquiz.services import learners

        here = self.controller.here()
        self.class_picker.reload()
        self.controller.ops.query(lambda db: learners.learners_for_seat(db, here), self._show)

    def _show(self, learners: list[tuple[int, str]]) -> None:
        self.learners = learners
        self.list.clear()
        for learner_id, name in learners:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, learner_id)
            self.list.addItem(item)
        if learners:
            current = self.controller.learner_id
            rows = [i for i, (lid, _) in enumerate(learners) if lid == current]
            self.list.setCurrentRow(rows[0] if rows else 0)
            self.list.setFocus()
        else:
            self.name_field.setFocus()
        self.hint = "" if learners else self.tr("No learners yet: type your name and press Enter.")
        self.message.setText(" ".join(part for part in (self.note, self.hint) if part))
        self.note = ""  # said once, after the change it reports
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None
        for button in (self.open_button, self.rename_button, self.delete_button, self.pin_button):
            button.setEnabled(has)

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.text()) if item else None

    def open_selected(self) -> None:
        from civicquiz.gui.screens.seat import open_learner

        selected = self._selected()
        if selected:
            open_learner(self, *selected)

    def add(self) -> None:
        from civicquiz.services import learners

        name = self.name_field.text()
        here = self.controller.here()

        def done(result: tuple[int, str]) -> None:
            self.name_field.clear()
            self.controller.switch_learner(*result)

        self.controller.ops.collection(
            lambda db: learners.add_learner(db, name, here),
            done,
            self._refused,
            initiator=self,  # the new learner is opened at once: no reload here
        )

    def _withdraw_refusal(self) -> None:
        """Typing answers a refusal: the message goes back to the hint."""
        if self.refused:
            self.refused = False
            self.message.setText(self.hint)

    def _refused(self, error: BaseException, _trace: str) -> None:
        self.refused = True
        self.message.setText(str(error))
        self.name_field.setFocus()

    def rename_selected(self) -> None:
        from civicquiz.services import learners

        selected = self._selected()
        if not selected:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename learner"), self.tr("New name:"), text=selected[1]
        )
        if not ok:
            return

        learner_id = selected[0]
        self.controller.ops.collection(
            lambda db: learners.rename_learner(db, learner_id, name),  # the list reloads itself
            None,
            self._refused,
        )

    def delete_selected(self) -> None:
        from civicquiz.services import learners

        selected = self._selected()
        if not selected:
            return
        if not confirm(
            self,
            self.tr("Delete learner"),
            self.tr(
                "Delete {name} and all of their answers and progress? This cannot be undone."
            ).format(name=selected[1]),
        ):
            return

        learner_id = selected[0]

        def done(_: object) -> None:
            if self.controller.learner_id == selected[0]:
                self.controller.forget_learner()
            self.note = self.tr("{name} was deleted.").format(name=selected[1])
            self.enter()  # reloaded here, with the note, rather than by the broadcast

        self.controller.ops.collection(
            lambda db: learners.delete_learner(db, learner_id), done, initiator=self
        )
