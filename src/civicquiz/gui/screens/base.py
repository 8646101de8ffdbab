"""What every screen shares: the controller it reports to and small widget helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from civicquiz.services.changes import Changes

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


def make_button(
    text: str, *, primary: bool = False, name: str | None = None, tip: str = ""
) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name or text.replace("&", ""))
    if tip:
        button.setToolTip(tip)
    if primary:
        button.setProperty("primary", True)
        button.setDefault(False)
    return button


def as_rich_text(text: str) -> str:
    """Plain ``text`` (a learner's name, a bank's title) made safe for a place that guesses
    between plain and rich text, such as a message box: escaped, so it shows as typed."""
    import html

    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        title,
        as_rich_text(question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def make_label(text: str = "", role: str = "", wrap: bool = True, rich: bool = False) -> QLabel:
    """A label that shows its text as typed; ``rich=True`` only where the app itself writes
    the markup (and escapes whatever it puts inside). Qt's default would guess, and render
    a learner named ``<img src=x.png>`` as an image read from disk."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


class Screen(QWidget):
    """A page of the app: it gets the controller (navigation, the learner, the operations
    that reach the database), never the window."""

    name = "screen"
    shows: ClassVar[Changes] = Changes.NONE  # the data it shows: reloaded when it changes

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName(self.name)

    def data_changed(self, changes: Changes) -> None:
        """Data this screen shows changed while it is open (the controller calls this
        when an operation reports ``changes`` that meet :attr:`shows`): load it again.
        A hidden screen needs nothing: :meth:`enter` loads afresh each time."""
        self.enter()

    def enter(self, **params: Any) -> None:
        """Called each time the screen is shown; loads what it shows through the worker."""

    def leave(self) -> bool:
        """Called before leaving with Esc or Back; return False to stay."""
        return True
