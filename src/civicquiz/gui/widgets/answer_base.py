"""What a quiz screen needs of any answer widget, whatever the question's type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from civicquiz.core.attempts import PresentedQuestion


class AnswerWidget(QWidget):
    """Base class: what a quiz screen needs of any answer widget."""

    changed = Signal()

    def __init__(self, question: PresentedQuestion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question

    def answer(self) -> dict[str, Any] | None:
        """The answer so far, or None when the learner has given none."""
        raise NotImplementedError

    def set_answer(self, answer: dict[str, Any]) -> None:
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        for child in self.findChildren(QWidget):
            if not isinstance(child, QLabel):
                child.setEnabled(not locked)

    def pick(self, number: int) -> bool:
        """Number key ``number`` (1-based) pressed; True when it did something."""
        return False

    def show_result(self) -> None:
        """After Check: mark the parts of the answer (only matching has several)."""

    def speakable(self) -> str:
        """The choices as they would be read aloud."""
        return ""

    def focus_first(self) -> None:
        self.focusNextChild()
