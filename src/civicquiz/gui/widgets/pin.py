"""Setting or checking a PIN (teacher or kiosk supervisor) on the worker, with the answer
put into words for the screen that asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from civicquiz.gui.router import AppController


class PinEntry(QObject):
    def __init__(self, controller: AppController, role: str) -> None:
        super().__init__(controller)
        self.controller = controller
        self.role = role

    def submit(
        self, pin: str, *, creating: bool, unlocked: Callable[[], None], say: Callable[[str], None]
    ) -> None:
        """Set ``pin`` (``creating``) or check it; then call ``unlocked`` or ``say`` why not."""
        from civicquiz.core.pins import PinError
        from civicquiz.services import settings
        from civicquiz.services.changes import Changed, Changes

        role = self.role
        if not pin.strip():  # Enter on an empty field: no attempt, nothing counted
            say(self.tr("Type the PIN first."))
            return

        def job(db: Any) -> Changed[Any]:
            if creating:
                settings.set_pin(db, pin, role=role)
                return Changed(None, Changes.SETTINGS)
            return settings.check_pin(db, pin, role=role)

        def done(check: Any) -> None:
            if check is None or check.ok:
                unlocked()
            elif check.empty:
                say(self.tr("Type the PIN first."))
            elif check.wait_seconds:
                say(
                    self.tr("Too many wrong PINs. Try again in {s} seconds.").format(
                        s=check.wait_seconds
                    )
                )
            else:
                say(self.tr("That PIN is not right."))

        def refused(error: BaseException, _trace: str) -> None:
            if isinstance(error, PinError):
                say(
                    self.tr("A supervisor PIN is 6 to 12 digits.")
                    if role == "supervisor"
                    else self.tr("A PIN is 4 to 12 digits.")
                )
            else:
                self.controller.show_error(error, _trace)

        self.controller.ops.collection(job, done, refused)
