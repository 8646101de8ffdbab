"""Small helpers for assistive technology: announcements, plain text, keyboard activation.

Screen readers (Orca over AT-SPI, NVDA/Narrator over UI Automation, VoiceOver) read what
Qt's accessibility interfaces expose. A label's accessible *name* is what is spoken, so
labels that carry content keep their text as their name; status changes are sent as
announcement events, which the platform bridge turns into a spoken message.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QKeyEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QPushButton,
    QToolButton,
    QWidget,
)

# The latest announcements, newest last: what a screen reader was told (kept for tests and
# for the read-aloud button, which repeats the last status on request).
ANNOUNCED: list[str] = []


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers speak ``text`` now (a live region, in web terms)."""
    text = " ".join(text.split())
    if not text:
        return
    ANNOUNCED.append(text)
    del ANNOUNCED[:-50]
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def plain_text(text: str, fmt: Qt.TextFormat) -> str:
    """What a label shows, as plain text (for accessible names and speech)."""
    if fmt == Qt.TextFormat.PlainText:
        return text
    document = QTextDocument()
    if fmt == Qt.TextFormat.MarkdownText:
        document.setMarkdown(text)
    # PySide6's stubs lack Qt.mightBeRichText, which the module has at run time.
    elif fmt == Qt.TextFormat.RichText or Qt.mightBeRichText(text):  # type: ignore[attr-defined]
        document.setHtml(text)
    else:
        return text
    return document.toPlainText().strip()


class EnterActivates(QObject):
    """Application-wide: Enter or Return on a focused push or tool button presses it, as
    Space does (Qt only does this for default buttons in dialogs)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            or not isinstance(watched, (QPushButton, QToolButton))
            or not watched.hasFocus()
        ):
            return False
        if isinstance(watched, QPushButton) and watched.autoDefault():
            return False  # a dialog's buttons already do this
        button: QAbstractButton = watched
        if button.isEnabled():
            button.animateClick()
        return True


# -- scroll areas under a screen reader ---------------------------------------------------
# Qt's own accessible interface for QScrollArea/QAbstractScrollArea lists as children the
# viewport and only the scroll bars that are *visible at that moment*, and its child(i)
# does not check i against that list. A screen reader asks "how many children?" and then
# "child i" in two D-Bus calls; when a scroll bar hides in between (the next question is
# shorter, a screen is switched), child(i) reads past the end of the list and the app dies
# with a segmentation fault in QAccessibleCache::idForObject. This factory gives scroll
# areas the generic widget interface instead, whose child(i) is bounds-checked and whose
# children (viewport and scroll-bar containers) do not come and go with visibility.
SCROLL_AREA_CLASSES = ("QScrollArea", "QAbstractScrollArea")
_installed = False


def _scroll_area_interface(classname: str, obj: QObject) -> QAccessibleInterface | None:
    if classname in SCROLL_AREA_CLASSES and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.Pane)
    return None


def install_accessibility_fixes() -> None:
    """Once per process, before any scroll area is read by assistive technology."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_scroll_area_interface)
        _installed = True
