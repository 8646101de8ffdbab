"""The answer widget for embedded answers (cloze): one input per gap, in the order of the
gaps marked [1], [2]... in the text. A typed or numerical gap is a line edit, a drop-down
gap a combo box, other choice gaps radio buttons or tick boxes (down or across, as the
bank says). Every input is named "Gap 1 of 3" for screen readers and Tab reaches each in
turn; after Check each gap says whether it was right and, if not, its answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from civicquiz.core.qtypes.cloze import Gap, describe_gap, gap_score, gaps_of
from civicquiz.gui.widgets.answer_base import AnswerWidget

if TYPE_CHECKING:
    from civicquiz.core.attempts import PresentedQuestion


class _GapInput:
    """One gap's input, whatever kind of widget it is."""

    def __init__(self, gap: Gap, widget: QWidget, buttons: list[QAbstractButton]) -> None:
        self.gap = gap
        self.widget = widget
        self.buttons = buttons  # choice gaps shown as buttons, in the order shown

    def value(self) -> Any:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text().strip() or None
        if isinstance(self.widget, QComboBox):
            return self.widget.currentData() or None
        ticked = [str(b.property("key")) for b in self.buttons if b.isChecked()]
        if self.gap.multiple:
            return ticked or None
        return ticked[0] if ticked else None

    def set_value(self, value: Any) -> None:
        if isinstance(self.widget, QLineEdit):
            self.widget.setText("" if value is None else str(value))
        elif isinstance(self.widget, QComboBox):
            self.widget.setCurrentIndex(max(0, self.widget.findData(value)))
        else:
            wanted = set(value) if isinstance(value, list) else {value}
            for button in self.buttons:
                button.setChecked(button.property("key") in wanted)

    def focus_widget(self) -> QWidget:
        return self.buttons[0] if self.buttons else self.widget


class ClozeWidget(AnswerWidget):
    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        shown = {o.key: n for n, o in enumerate(question.options)}
        gaps = gaps_of(question.keyed)
        self.inputs: list[_GapInput] = []
        self.verdicts: list[QLabel] = []
        for gap in gaps:
            gap.answers.sort(key=lambda a: shown.get(a.key, 0))  # the order shown
            name = self.tr("Gap {n} of {total}").format(n=gap.number, total=len(gaps))
            gap_input = self._input(gap, name)
            label = QLabel(self.tr("Gap {n}").format(n=gap.number))
            label.setBuddy(gap_input.focus_widget())
            verdict = QLabel("")
            verdict.setWordWrap(True)
            verdict.setTextFormat(Qt.TextFormat.PlainText)
            verdict.hide()
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 6)
            # aligned, a narrow input does not narrow its verdict (which then wraps clipped)
            column.addWidget(gap_input.widget, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(verdict)
            form.addRow(label, column)
            self.inputs.append(gap_input)
            self.verdicts.append(verdict)

    def _input(self, gap: Gap, name: str) -> _GapInput:
        if not gap.choice:
            field = QLineEdit()
            field.setAccessibleName(name)
            field.setMaxLength(200)
            field.setMinimumWidth(260)
            field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            if gap.kind == "NUMERICAL":
                field.setPlaceholderText(self.tr("Type a number"))
                field.setMaximumWidth(260)
            else:
                field.setPlaceholderText(self.tr("Type your answer"))
                field.setMaximumWidth(520)
            field.textChanged.connect(lambda *_: self.changed.emit())
            return _GapInput(gap, field, [])
        if gap.layout == "dropdown":
            box = QComboBox()
            box.setAccessibleName(name)
            box.addItem(self.tr("Choose…"), "")
            for answer in gap.answers:
                box.addItem(answer.text, answer.key)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            box.currentIndexChanged.connect(lambda *_: self.changed.emit())
            return _GapInput(gap, box, [])
        holder = QWidget()
        holder.setAccessibleName(name)
        row: QBoxLayout = QHBoxLayout(holder) if gap.layout == "horizontal" else QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(holder)
        group.setExclusive(not gap.multiple)
        buttons: list[QAbstractButton] = []
        for answer in gap.answers:
            button: QAbstractButton = (
                QCheckBox(answer.text) if gap.multiple else QRadioButton(answer.text)
            )
            button.setProperty("key", answer.key)
            button.setAccessibleName(f"{name}: {answer.text}")
            group.addButton(button)
            row.addWidget(button)
            buttons.append(button)
        if gap.layout == "horizontal":
            row.addStretch(1)
        group.buttonToggled.connect(lambda *_: self.changed.emit())
        return _GapInput(gap, holder, buttons)

    def answer(self) -> dict[str, Any] | None:
        gaps = {str(i.gap.number): v for i in self.inputs if (v := i.value()) is not None}
        return {"gaps": gaps} if gaps else None

    def set_answer(self, answer: dict[str, Any]) -> None:
        given = answer.get("gaps")
        given = given if isinstance(given, dict) else {}
        for gap_input in self.inputs:
            gap_input.set_value(given.get(str(gap_input.gap.number)))

    def show_result(self) -> None:
        given = (self.answer() or {}).get("gaps", {})
        key = self.question.correct_answer()["gaps"]
        for gap_input, verdict in zip(self.inputs, self.verdicts, strict=True):
            gap = gap_input.gap
            said = given.get(str(gap.number))
            score = gap_score(gap, said)
            if score >= 1.0 - 1e-9:
                verdict.setText(self.tr("✓ Right"))
                verdict.setProperty("role", "right")
            else:
                right = describe_gap(gap, key.get(str(gap.number)))
                text = (
                    self.tr("Partly right ({p}%). The answer is: {answer}").format(
                        p=round(score * 100), answer=right
                    )
                    if score > 0
                    else self.tr("✗ Not right. The answer is: {answer}").format(answer=right)
                )
                verdict.setText(text)
                verdict.setProperty("role", "wrong")
            verdict.style().unpolish(verdict)
            verdict.style().polish(verdict)
            verdict.show()
            target = gap_input.focus_widget()
            target.setAccessibleDescription(verdict.text())

    def speakable(self) -> str:
        parts = []
        for gap_input in self.inputs:
            gap = gap_input.gap
            said = self.tr("Gap {n}").format(n=gap.number)
            if gap.choice:
                said += ": " + "; ".join(a.text for a in gap.answers)
            parts.append(f"{said}.")
        return " ".join(parts)

    def focus_first(self) -> None:
        if self.inputs:
            self.inputs[0].focus_widget().setFocus()
