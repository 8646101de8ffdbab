"""A seat in a class: the class this computer shows (picked once, kept per computer), and a
learner's optional PIN, asked before their profile opens. Used by the profiles screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLineEdit, QWidget

from civicquiz.gui.screens.base import make_button, make_label

if TYPE_CHECKING:
    from civicquiz.services.classes import SeatClasses


class SeatClassPicker(QWidget):
    """'This computer's class: [7A ▾]': the profiles screen then lists that class only."""

    def __init__(self, screen: Any) -> None:
        super().__init__()
        self.owner = screen
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(make_label(self.tr("This computer's class:"), wrap=False))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("This computer's class"))
        self.choice.activated.connect(self._chosen)
        row.addWidget(self.choice)
        row.addStretch(1)
        self.hide()  # shown once the teacher has defined classes

    def reload(self) -> None:
        from civicquiz.services import classes

        here = self.owner.controller.here()
        self.owner.controller.ops.query(lambda db: classes.seat_classes(db, here), self._show)

    def _show(self, seat: SeatClasses) -> None:
        classes, chosen = seat.classes, seat.chosen
        self.choice.clear()
        self.setVisible(bool(classes))
        if not classes:
            return  # nothing to choose: no list items for a screen reader to stumble on
        self.choice.addItem(self.tr("All learners"), None)
        for class_id, name in classes:
            self.choice.addItem(name, class_id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(chosen)))

    def _chosen(self, index: int) -> None:
        from civicquiz.core.classes import choose_seat_class

        choose_seat_class(self.owner.controller.here(), self.choice.itemData(index))
        self.owner.enter()


def ask_pin(parent: QWidget, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text.strip() if ok else None


def open_learner(screen: Any, learner_id: int, name: str) -> None:
    """Open a profile, asking for its PIN first when it has one."""
    from civicquiz.services import classes

    window = screen.controller

    def decide(protected: bool) -> None:
        if not protected:
            window.switch_learner(learner_id, name)
            return
        pin = ask_pin(
            screen,
            QCoreApplication.translate("ProfilesScreen", "PIN"),
            QCoreApplication.translate("ProfilesScreen", "{name}'s PIN:").format(name=name),
        )
        if pin is None:
            return

        def checked(result: Any) -> None:
            if result.ok:
                window.switch_learner(learner_id, name)
            elif result.wait_seconds:
                screen.message.setText(
                    QCoreApplication.translate(
                        "ProfilesScreen", "Too many wrong PINs. Try again in {s} seconds."
                    ).format(s=result.wait_seconds)
                )
            else:
                screen.message.setText(
                    QCoreApplication.translate("ProfilesScreen", "That PIN is not right.")
                )

        window.ops.collection(lambda db: classes.check_learner_pin(db, learner_id, pin), checked)

    window.ops.query(lambda db: classes.has_learner_pin(db, learner_id), decide)


def pin_button(screen: Any) -> Any:
    """'PIN…': set, change or remove the selected learner's PIN (the old PIN first)."""
    button = make_button(QCoreApplication.translate("ProfilesScreen", "PIN…"))
    button.setAccessibleName(
        QCoreApplication.translate("ProfilesScreen", "Set or change this learner's PIN")
    )
    button.clicked.connect(lambda: change_pin(screen))
    return button


def change_pin(screen: Any) -> None:
    from civicquiz.services import classes

    selected = screen._selected()
    if not selected:
        return
    learner_id, name = selected
    window = screen.controller

    def ask_new(protected: bool) -> None:
        old = None
        if protected:
            old = ask_pin(
                screen,
                QCoreApplication.translate("ProfilesScreen", "PIN"),
                QCoreApplication.translate("ProfilesScreen", "{name}'s PIN now:").format(name=name),
            )
            if old is None:
                return
        new = ask_pin(
            screen,
            QCoreApplication.translate("ProfilesScreen", "PIN"),
            QCoreApplication.translate(
                "ProfilesScreen", "A new PIN of 4 to 6 digits (leave empty for none):"
            ),
        )
        if new is None:
            return

        def done(changed: bool) -> None:
            if not changed:
                said = QCoreApplication.translate(
                    "ProfilesScreen", "That PIN is not right; nothing was changed."
                )
            elif new:
                said = QCoreApplication.translate(
                    "ProfilesScreen", "{name}'s profile is now protected by a PIN."
                ).format(name=name)
            else:
                said = QCoreApplication.translate(
                    "ProfilesScreen", "{name}'s profile has no PIN now."
                ).format(name=name)
            screen.message.setText(said)

        def refused(error: BaseException, _trace: str) -> None:
            screen.message.setText(str(error))

        window.ops.collection(
            lambda db: classes.change_learner_pin(db, learner_id, old, new),
            done,
            refused,
            initiator=screen,  # the list is unchanged; the screen says what happened
        )

    window.ops.query(lambda db: classes.has_learner_pin(db, learner_id), ask_new)
