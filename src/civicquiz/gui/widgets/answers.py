"""One answer widget per question type, with a common interface for the quiz screen
(:class:`~civicquiz.gui.widgets.answer_base.AnswerWidget`); :data:`WIDGETS` is the GUI's
question-type registry. A new type's widget lives in a module of its own (as
:mod:`civicquiz.gui.widgets.cloze` does) and is named in :data:`WIDGETS`.

Options are shown as a button with a word-wrapping label, so long options never clip when
text is enlarged. Number keys pick options (see :meth:`AnswerWidget.pick`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from civicquiz.gui.widgets.answer_base import AnswerWidget
from civicquiz.gui.widgets.cloze import ClozeWidget

if TYPE_CHECKING:
    from civicquiz.core.attempts import PresentedQuestion

__all__ = ["AnswerWidget", "answer_widget", "retire"]


class _ClickLabel(QLabel):
    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class _OptionList(AnswerWidget):
    """Radio buttons (single choice, true/false) or check boxes (multiple answers)."""

    multiple = False

    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: list[QAbstractButton] = []
        self.keys: list[str] = []
        for row, option in enumerate(question.options):
            text = self._label(option.text)
            button: QAbstractButton = (
                QCheckBox(f"{row + 1}") if self.multiple else QRadioButton(f"{row + 1}")
            )
            button.setAccessibleName(f"{row + 1}: {text}")
            label = _ClickLabel(text)
            label.setBuddy(button)
            label.clicked.connect(button.click)
            self.group.addButton(button, row)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            self.buttons.append(button)
            self.keys.append(option.key)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def _label(self, text: str) -> str:
        return text

    def speakable(self) -> str:
        return " ".join(
            f"{number}: {self._label(option.text)}."
            for number, option in enumerate(self.question.options, start=1)
        )

    def chosen(self) -> list[str]:
        return [
            key for key, button in zip(self.keys, self.buttons, strict=True) if button.isChecked()
        ]

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons) and self.buttons[number - 1].isEnabled():
            button = self.buttons[number - 1]
            button.setFocus()
            if self.multiple:
                button.toggle()
            else:
                button.setChecked(True)
            return True
        return False

    def focus_first(self) -> None:
        checked = [b for b in self.buttons if b.isChecked()]
        (checked or self.buttons)[0].setFocus()


class SingleChoiceWidget(_OptionList):
    def answer(self) -> dict[str, Any] | None:
        chosen = self.chosen()
        return {"option": chosen[0]} if chosen else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        for key, button in zip(self.keys, self.buttons, strict=True):
            button.setChecked(key == answer.get("option"))


class TrueFalseWidget(_OptionList):
    def _label(self, text: str) -> str:
        return self.tr("True") if text == "True" else self.tr("False") if text == "False" else text

    def answer(self) -> dict[str, Any] | None:
        chosen = self.chosen()
        return {"value": chosen[0] == "true"} if chosen else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        wanted = (
            "true"
            if answer.get("value") is True
            else "false"
            if answer.get("value") is False
            else None
        )
        for key, button in zip(self.keys, self.buttons, strict=True):
            button.setChecked(key == wanted)


class MultipleChoiceWidget(_OptionList):
    multiple = True

    def answer(self) -> dict[str, Any] | None:
        chosen = self.chosen()
        return {"options": chosen} if chosen else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        wanted = set(answer.get("options", []))
        for key, button in zip(self.keys, self.buttons, strict=True):
            button.setChecked(key in wanted)


class ShortAnswerWidget(AnswerWidget):
    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Type your answer"))
        self.field.setAccessibleName(self.tr("Your answer"))
        self.field.setMaxLength(200)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textChanged.connect(lambda *_: self.changed.emit())
        layout.addWidget(self.field)
        hint = QLabel(self.tr("Capital letters and accents do not matter."))
        hint.setProperty("role", "muted")
        layout.addWidget(hint)

    def answer(self) -> dict[str, Any] | None:
        text = self.field.text().strip()
        return {"text": text} if text else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        self.field.setText(str(answer.get("text", "")))

    def focus_first(self) -> None:
        self.field.setFocus()


class NumericWidget(AnswerWidget):
    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Type a number"))
        self.field.setAccessibleName(self.tr("Your answer (a number)"))
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?[\d\s,]{0,15}(\.\d{0,6})?"), self)
        )
        self.field.setMaximumWidth(260)
        self.field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.field.textChanged.connect(lambda *_: self.changed.emit())
        layout.addWidget(self.field)
        layout.addStretch(1)

    def answer(self) -> dict[str, Any] | None:
        text = self.field.text().replace(",", "").replace(" ", "").strip()
        if not text or text in ("-", "."):
            return None
        try:
            return {"value": float(text)}
        except ValueError:
            return None

    def set_answer(self, answer: dict[str, Any]) -> None:
        value = answer.get("value")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        self.field.setText("" if value is None else str(value))

    def focus_first(self) -> None:
        self.field.setFocus()


class MatchingWidget(AnswerWidget):
    """Each prompt, in full, above a drop-down of the (shuffled) answers as wide as the
    screen; after Check each row says whether it was right and, if not, the right match."""

    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.boxes: dict[str, QComboBox] = {}
        self.prompts: dict[str, str] = {}
        self.verdicts: dict[str, QLabel] = {}
        for option in (o for o in question.keyed if o.text):  # empty prompts are distractors
            box = QComboBox()
            box.addItem(self.tr("Choose…"), "")
            for choice in question.match_choices:
                box.addItem(choice, choice)
                box.setItemData(box.count() - 1, choice, Qt.ItemDataRole.ToolTipRole)
            # Windows and macOS read the name; AT-SPI reads the label (labelled-by) and
            # the current choice, so the prompt is also in the description.
            box.setAccessibleName(self.tr("Match for {prompt}").format(prompt=option.text))
            box.setAccessibleDescription(option.text)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            view = box.view()  # a combo box's list is a QListView
            assert isinstance(view, QListView)
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setWordWrap(True)
            box.currentIndexChanged.connect(lambda *_, b=box: self._chosen(b))
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.PlainText)  # bank text: never guessed as HTML
            label.setText(option.text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            verdict = QLabel("")
            verdict.setWordWrap(True)
            verdict.setTextFormat(Qt.TextFormat.PlainText)
            verdict.hide()
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 6)
            column.addWidget(box)
            column.addWidget(verdict)
            form.addRow(label, column)
            self.boxes[option.key] = box
            self.prompts[option.key] = option.text
            self.verdicts[option.key] = verdict

    def speakable(self) -> str:
        choices = "; ".join(self.question.match_choices)
        return " ".join(f"{prompt}." for prompt in self.prompts.values()) + f" {choices}."

    def _chosen(self, box: QComboBox) -> None:
        box.setToolTip(box.currentText() if box.currentData() else "")
        self.changed.emit()

    def answer(self) -> dict[str, Any] | None:
        pairs = {key: box.currentData() for key, box in self.boxes.items() if box.currentData()}
        return {"pairs": pairs} if pairs else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        pairs = answer.get("pairs", {})
        for key, box in self.boxes.items():
            index = box.findData(pairs.get(key, ""))
            box.setCurrentIndex(max(0, index))

    def show_result(self) -> None:
        right = self.question.correct_answer().get("pairs", {})
        for key, box in self.boxes.items():
            verdict, wanted = self.verdicts[key], right.get(key, "")
            if box.currentData() == wanted:
                verdict.setText(self.tr("✓ Right"))
                verdict.setProperty("role", "right")
            else:
                verdict.setText(
                    self.tr("✗ Not right. The match is: {answer}").format(answer=wanted)
                )
                verdict.setProperty("role", "wrong")
            verdict.style().unpolish(verdict)
            verdict.style().polish(verdict)
            verdict.show()
            box.setAccessibleDescription(f"{self.prompts[key]}. {verdict.text()}")

    def focus_first(self) -> None:
        next(iter(self.boxes.values())).setFocus()


class _OrderList(QListWidget):
    moved = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.moved.emit()

    def dropEvent(self, event: Any) -> None:
        super().dropEvent(event)
        self.moved.emit()


class OrderingWidget(AnswerWidget):
    """A list to reorder by drag and drop, by Alt+Up/Alt+Down or with the buttons."""

    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = _OrderList()
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setAccessibleDescription(
            self.tr("Use Alt+Up and Alt+Down to move the selected item.")
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for option in question.options:
            item = QListWidgetItem(option.text)
            item.setData(Qt.ItemDataRole.UserRole, option.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = sum(
            self.list.sizeHintForRow(i) + 2 * self.list.spacing() for i in range(self.list.count())
        )
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 8)
        self.list.moved.connect(self._touched)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(self.tr("Move up"))
        self.up.setAccessibleName(self.tr("Move the selected item up"))
        self.up.clicked.connect(lambda: self.list.move_current(-1))
        self.down = QPushButton(self.tr("Move down"))
        self.down.setAccessibleName(self.tr("Move the selected item down"))
        self.down.clicked.connect(lambda: self.list.move_current(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        hint = QLabel(self.tr("Drag, or Alt+↑/↓"))
        hint.setProperty("role", "muted")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.touched = False

    def _touched(self) -> None:
        self.touched = True
        self.changed.emit()

    def speakable(self) -> str:
        return " ".join(f"{self.list.item(i).text()}." for i in range(self.list.count()))

    def order(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def answer(self) -> dict[str, Any] | None:
        # The order shown is never the solution; left untouched, it is no answer at all.
        return {"order": self.order()} if self.touched else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        wanted = list(answer.get("order", []))
        items = {
            self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i).text()
            for i in range(self.list.count())
        }
        if sorted(wanted) != sorted(items):
            return
        self.list.clear()
        for key in wanted:
            item = QListWidgetItem(items[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self._touched()

    def focus_first(self) -> None:
        self.list.setFocus()


WIDGETS: dict[str, type[AnswerWidget]] = {
    "single_choice": SingleChoiceWidget,
    "true_false": TrueFalseWidget,
    "multiple_choice": MultipleChoiceWidget,
    "short_answer": ShortAnswerWidget,
    "numeric": NumericWidget,
    "matching": MatchingWidget,
    "ordering": OrderingWidget,
    "cloze": ClozeWidget,
}


def answer_widget(question: PresentedQuestion, parent: QWidget | None = None) -> AnswerWidget:
    """The widget for ``question``'s type; a type with no widget is refused by name."""
    widget = WIDGETS.get(question.qtype)
    if widget is None:
        raise LookupError(f"no answer widget for the question type {question.qtype!r}")
    return widget(question, parent)


def retire(widget: QWidget) -> None:
    """Take an answer widget off the screen. It keeps its parent until Qt deletes it when
    control returns to the event loop, so nothing (a screen reader's pending request, a
    queued signal) meets a half-destroyed widget, and Python never deletes it mid-handler."""
    widget.hide()
    widget.setEnabled(False)
    widget.deleteLater()
