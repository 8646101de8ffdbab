"""Setting or checking a PIN (teacher or kiosk supervisor) on the worker, with the answer
put into words for the screen that asked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject


class PinEntry(QObject):
    def __init__(self, window: Any, role: str) -> None:
        super().__init__(window)
        self.window = window
        self.role = role

    def submit(
        self, pin: str, *, creating: bool, unlocked: Callable[[], None], say: Callable[[str], None]
    ) -> None:
        """Set ``pin`` (``creating``) or check it; then call ``unlocked`` or ``say`` why not."""
        from civicquiz.core.pins import PinError, check_pin, set_pin

        role = self.role
        if not pin.strip():  # Enter on an empty field: no attempt, nothing counted
            say(self.tr("Type the PIN first."))
            return

        def job() -> Any:
            with self.window.session() as session:
                if creating:
                    set_pin(session, pin, role=role)
                    return None
                return check_pin(session, pin, role=role)

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
                self.window._job_failed(error, _trace)

        self.window.run(job, done, refused)
